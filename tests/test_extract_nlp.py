"""Long inputs: a paragraph longer than a chunk is split at a sentence end, and a
single-line article of any length is parsed in bounded memory."""
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from thinc.api import Model
from threadpoolctl import threadpool_info

from kg.extract.nlp import chunks, lines, model_names, parse

SENTENCES = ["Mr. Smith met J. Doe in Leeds on Tuesday. ", "Gov. Ann Lee said the plan was fine! ",
             "\"We will build 50 homes,\" she said. ", "Acme Corp. hired 5 people in the U.K. last year? "]


def test_nlp_long_paragraph_split_at_sentence_ends():
    text = "".join(SENTENCES[i % 4] for i in range(600))  # one line, no paragraph break
    pieces = chunks(text, 2000)
    assert "".join(pieces) == text and len(pieces) > 10
    for p in pieces[:-1]:
        assert len(p) <= 2000 and re.search(r"[.!?]\"? $", p), p[-40:]
        assert not re.search(r"\b(Mr|Gov|J)\. $", p), p[-40:]


@pytest.mark.slow
def test_nlp_long_single_line_article_in_bounded_memory(tmp_path):
    """250,000 characters on one line took 940 MB when 13 pieces were parsed in one
    batch; at most 100,000 characters a batch keep it near 520 MB."""
    src = tmp_path / "long.txt"
    src.write_text("".join(SENTENCES[i % 4] for i in range(6000))[:250_000] + "\n")
    kg = str(Path(sys.executable).parent / "kg")
    probe = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
             "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, kg, "build", str(src), "-o", str(tmp_path / "l.nq"), "-q"],
                         capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "0" and int(out[1]) < 700_000, out  # kilobytes
    assert "/doc/long> ." in (tmp_path / "l.nq").read_text()


def test_attribute_rules_set_what_the_models_ruler_sets(nlp):
    """kg_attribute_rules stands in for the model's attribute_ruler: the same part of
    speech, morphology, lemma, tag and dependency on every token, multi-token
    exceptions ("gonna", "there is") and spaces included."""
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    text = ("Y'all gonna do it? I ain't going.  Let's go, c'mon! There is a dog. It was done, "
            "I gave it to you.\n\nGotta go, somethin' 'em ol' doin' goin'. She's had it; they'd got it. "
            + " ".join(SENTENCES))
    with nlp.select_pipes(disable=["kg_attribute_rules", "kg_lemmatizer", "ner"]):
        parsed = nlp(text)
    ours, theirs = parsed.copy(), parsed.copy()
    nlp.get_pipe("kg_attribute_rules")(ours)
    nlp.get_pipe("attribute_ruler")(theirs)
    attrs = [POS, MORPH, LEMMA, TAG, DEP]
    assert "attribute_ruler" in nlp.disabled
    assert (ours.to_array(attrs) == theirs.to_array(attrs)).all()
    assert [t.morph.key for t in ours] == [t.morph.key for t in theirs]


def test_lemmas_set_what_the_models_lemmatizer_sets(nlp):
    """kg_lemmatizer stands in for the model's lemmatizer: the same lemma on every
    token, the ones the attribute rules set kept, also when its answers are remembered
    from an earlier Doc."""
    from spacy.attrs import LEMMA

    text = ("Ministers were meeting; she has met them and they'd gone. The better plans worked best, "
            "ain't they? Leaves fell as the leaves left.\n\n" + " ".join(SENTENCES))
    with nlp.select_pipes(disable=["kg_lemmatizer", "ner"]):
        parsed = nlp(text)
    assert "lemmatizer" in nlp.disabled
    for _ in range(2):
        ours, theirs = parsed.copy(), parsed.copy()
        nlp.get_pipe("kg_lemmatizer")(ours)
        nlp.get_pipe("lemmatizer")(theirs)
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert (ours.to_array([LEMMA]) == theirs.to_array([LEMMA])).all()


BLAS_THREADS: list[int] = []


@Language.component("kg_test_blas_threads")
def _blas_threads(doc):
    BLAS_THREADS.extend(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")
    return doc


def test_numpy_blas_parses_what_blis_parses(nlp):
    """The model kg loads multiplies through numpy's BLAS, on one thread while parsing,
    and tags, parses and finds entities as the model spaCy loads (with BLIS) does."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, TAG

    plain = next(m for name in model_names(None) if (m := _try_load(name)))
    layers = lambda model: [n.ops.use_blis for _, c in model.components  # noqa: E731
                            if isinstance(getattr(c, "model", None), Model) for n in c.model.walk()]
    assert not any(layers(nlp)) and all(layers(plain))
    text = " ".join(SENTENCES) + " Mayor Ada Obi of Lagos vowed to build 30 schools, the council said."
    attrs = [TAG, DEP, HEAD, ENT_IOB, ENT_TYPE]
    with nlp.select_pipes(disable=["kg_title_abbreviations"]):
        assert (nlp(text).to_array(attrs) == plain(text).to_array(attrs)).all()
    nlp.add_pipe("kg_test_blas_threads")
    try:
        BLAS_THREADS.clear()
        parse(nlp, text)
    finally:
        nlp.remove_pipe("kg_test_blas_threads")
    assert BLAS_THREADS and set(BLAS_THREADS) == {1}


def _try_load(name):
    try:
        return spacy.load(name)
    except OSError:
        return None


@pytest.mark.parametrize("text,blanked", [
    ("Ada Obi won in June. (Tomas Varga Ruiz/Newsphoto)\nShe spoke.", "(Tomas Varga Ruiz/Newsphoto)"),
    ("Ada Obi won in June. (Photo: Tom Hale/ Newswire)\nShe spoke.", "(Photo: Tom Hale/ Newswire)"),
])
def test_layout_photo_credits_blanked_offsets_kept(text, blanked):
    from kg.extract.layout import normalise

    out = normalise(text)
    assert len(out) == len(text) and blanked not in out and out[text.index(blanked)] == " "
    assert "(and Tuesday)" in normalise("She spoke on Monday (and Tuesday).")  # a bracket of prose stays


@pytest.mark.parametrize("text,ended", [
    ("Lagos: Acting Governor Ada Obi spoke.", True),
    ("Orion Township, Michigan: Acme Motors said it will hire.", True),
    ("He said: The plan works.", False),  # a colon after lower-case words is prose
])
def test_layout_colon_dateline_ends_a_sentence(text, ended):
    from kg.extract.layout import normalise

    out = normalise(text)
    assert len(out) == len(text) and (out[text.index(":")] == ".") == ended


@pytest.mark.parametrize("text,ended", [
    ("Port Aldin, Nov 22 Ahead of the vote, Ada Obi pledged to build a road.", True),
    ("LAGOS, May 6 (Newswire) The museum reopened.", True),
    ("Ada Obi, Nov 22 was the day she left.", False),  # the lede goes on in lower case
    ("In Lagos, May 6 The museum reopened.", False),  # a preposition opens prose
])
def test_layout_date_dateline_without_dash_ends_a_sentence(text, ended):
    from kg.extract.layout import normalise

    out = normalise(text)
    assert len(out) == len(text) and (out[text.index(",")] == ".") == ended


@pytest.mark.parametrize("text,dateline", [
    ("Port Aldin.- President Ada Obi vowed to build a road.", "Port Aldin."),  # a stop and a dash
    ("Port Aldin May 16/2021 (Newswire) Mayor Ada Obi vowed to build a road.", "Port Aldin May 16/2021  Newswire."),
    ("Mr.- Obi spoke.", None),  # not a place's name
    ("He met Ada Obi (Newswire) and left.", None),  # not at a paragraph's start with a date
])
def test_layout_datelines_with_a_stop_and_dash_or_an_agency_end_a_sentence(text, dateline):
    from kg.extract.layout import normalise

    out = normalise(text)
    assert len(out) == len(text)
    assert (out[:len(dateline)] == dateline) if dateline else out == text


@pytest.mark.parametrize("text,pieces", [
    # a hard-wrapped sentence runs on: after "the", after a comma, before a lower-case line
    ("signed by the\npresidents of the two\nregions, Ada Obi\nand Tom Hale.", 1),
    # a headline, a byline, a blank line still end what is before them
    ("Acme pledges to cut prices\nBy Tom Hale\n\nAcme said so.", 3),
])
def test_nlp_lines_run_on_across_hard_wraps(text, pieces):
    assert "".join(lines(text)) == text
    assert len(lines(text)) == pieces


def test_nlp_indented_lines_start_their_piece_at_the_text(facts_of):
    """Scraped paragraphs indented with spaces: the indent ends the piece before, so no
    sentence opens with a run of spaces (which lost the name and its pledge)."""
    text = "Cup news\n\n    Ada Obi, the president of Acme Corp, pledged to build homes.  \n\n    She spoke in Lagos.\n"
    pieces = lines(text)
    assert "".join(pieces) == text and all(not p[:1].isspace() for p in pieces)
    facts = facts_of(text)
    assert [(p.content, p.evidence.text) for p in facts.pledges] == [
        ("to build homes", "Ada Obi, the president of Acme Corp, pledged to build homes.")]
