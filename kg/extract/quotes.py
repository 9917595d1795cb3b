"""Quotations and who they are attributed to, across sentences and paragraphs: in
"“We will build it. We are committed to it,” said X." both sentences are X's, and so
is a paragraph opened by “ and left open when the next paragraph goes on with “ (the
news convention for a quote that runs over several paragraphs), and a quotation with
no attribution right after an attributed one."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicons import LEX
from .nlp import tokens

OPEN, CLOSE = "“", "”"


def regions(doc: Doc) -> list[tuple[int, int]]:
    """(first, last) token indices of each quotation, its marks included. Straight
    quotes alternate open and close within a paragraph; a paragraph ends an open
    quotation unless the next one goes on with an opening mark."""
    out, start, going_on = [], None, -1
    toks = tokens(doc)
    for t in toks:
        if t.text == OPEN or (t.text == '"' and start is None) or t.i == going_on:
            start = t.i if start is None else start  # a paragraph's opening mark goes on with the quotation
        elif t.text in (CLOSE, '"') and start is not None:
            out.append((start, t.i))
            start = None
        if "\n" in t.text_with_ws and start is not None:
            nxt = next((x for x in toks[t.i + 1:] if not x.is_space), None)
            if nxt is None or nxt.text not in (OPEN, '"'):
                out.append((start, t.i))
                start = None
            else:
                going_on = nxt.i
    return out


def attribution(doc: Doc, first: int, last: int) -> Token | None:
    """The subject of the reporting verb that attributes a quotation: right after it in
    its closing sentence ("...,” said X"; "...,” X said") or right before it in its
    opening one ("X said: “...")."""
    toks = tokens(doc)
    if (named := labelled(toks, first)) is not None:
        return named
    closing = toks[last].sent
    after = [t for t in toks[last + 1:closing.end] if t.text not in (OPEN, '"')]
    before = list(reversed(toks[toks[first].sent.start:first]))
    for side in (after[:10], before[:6]):  # "...,” Acme Textiles Director R S Jalan said"
        for t in side:
            if t.pos_ == "VERB" and t.lemma_.lower() in LEX.reporting_verbs:
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is not None and not first <= subj.i <= last:
                    return subj
                break
    return None


def labelled(toks: list, first: int) -> Token | None:
    """"Vice President Ada Obi: “Our commitment ...”": a line that opens with a name (and its
    title) and a colon before the quotation gives the speaker."""
    k = first - 1
    if k < 2 or toks[k].text != ":" or toks[k - 1].pos_ != "PROPN":
        return None
    j = k - 1
    while j > 0 and toks[j - 1].is_title and toks[j - 1].is_alpha and k - j < 8:
        j -= 1
    opens = j == 0 or "\n" in toks[j - 1].text_with_ws or toks[j - 1].is_space
    return toks[k - 1] if opens else None


def spoken(doc: Doc) -> list[tuple[int, int, Token | None]]:
    """Each quotation's (first, last) token and the subject of its reporting verb, found once per Doc."""
    found = doc.user_data.get("kg.quotes")
    if found is None:
        found, toks = [], tokens(doc)
        for a, b in regions(doc):
            speaker = attribution(doc, a, b)
            if speaker is None and found and found[-1][2] is not None and next_to(toks, found[-1][1], a):
                speaker = found[-1][2]  # the next paragraph of quotation, with no attribution of its own
            if speaker is None:
                speaker = reporter_before(toks, a)
            found.append((a, b, speaker))
        doc.user_data["kg.quotes"] = found
    return found


def reporter_before(toks: list, start: int) -> Token | None:
    """"He noted that roads need repairs.\n\n“I made a commitment ...”": a quotation that
    opens a paragraph after one that ends with a reporting sentence ("X noted", "she said")
    is that reporter's."""
    k = start - 1
    while k >= 0 and toks[k].is_space:
        k -= 1
    if k < 0 or "\n" not in toks[k].text_with_ws + "".join(t.text for t in toks[k + 1:start]):
        return None
    root = toks[k].sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    issued = any(c.dep_ == "dobj" and c.lemma_.lower() in STATEMENTS for c in root.children)  # "X issued the
    return subj if (root.lemma_.lower() in LEX.reporting_verbs or issued) and subj is not None else None  # following statement:"


STATEMENTS = frozenset({"statement", "letter", "message", "note", "memo", "email", "release"})  # "issued the
# following statement:"; pledges.MESSAGES adds what else one sends


def next_to(toks: list, end: int, start: int) -> bool:
    """Whether a quotation starting at `start` follows one ending at `end` with nothing
    between but the rest of the earlier one's sentence (its attribution)."""
    closing = toks[end].sent.end
    return all(t.is_space or t.i < closing for t in toks[end + 1:start])


def speaker_of(tok: Token) -> Token | None:
    """The subject of the reporting verb of the quotation `tok` is in, if any."""
    return next((s for a, b, s in spoken(tok.doc) if a <= tok.i <= b), None)


def quote_start(tok: Token) -> int | None:
    """The first token of the quotation `tok` is in, if any."""
    return next((a for a, b, _ in spoken(tok.doc) if a <= tok.i <= b), None)
