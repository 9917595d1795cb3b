"""The model's rule lemmatizer with its answers remembered: a token's lemma depends only
on its text, part of speech and morphology, yet spaCy's Lemmatizer works it out again
for most tokens (it remembers only the ones its rules change) and reads each token's
morphology as a dict to do so. This asks it once for each such combination."""
from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

PURE = (Lemmatizer, EnglishLemmatizer)  # classes whose lemma is a function of those three values


class Lemmas:
    """Does to a Doc what `lemmatizer` does (see the module)."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], str] = {}

    @classmethod
    def of(cls, lemmatizer) -> Lemmas | None:
        """The lemmas of a rule lemmatizer of spaCy's own classes, or None for another."""
        return cls(lemmatizer) if type(lemmatizer) in PURE and lemmatizer.mode == "rule" else None

    def __call__(self, doc: Doc) -> Doc:
        lem, cache = self.lemmatizer, self.cache
        if not lem._validated:
            lem._validate_tables(Errors.E1004)
        for tok, (orth, pos, morph, lemma) in zip(doc, doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lem.overwrite or lemma == 0:
                lemma = cache.get((orth, pos, morph))
                if lemma is None:
                    lemma = cache[orth, pos, morph] = lem.lemmatize(tok)[0]
                tok.lemma_ = lemma
        return doc


@Language.factory("kg_lemmatizer")
def make_lemmas(nlp: Language, name: str) -> Lemmas:
    return Lemmas.of(nlp.get_pipe("lemmatizer"))
