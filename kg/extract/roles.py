"""Who holds which post where: title patterns around person names. Each rule
yields posts made by `posts.post`."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from ..lexicons import LEX
from ..models import Role
from ..vocab import EntityType
from .clauses import antecedent, subject_of
from .context import Context, evidence
from .cues import (DASHES, ENVOYS, PORTFOLIO_WORDS, POSSESSIVE, RETIRED, before_honorifics, demonym_code, demonym_words, head_type, in_demonym, is_cap, is_title_head, is_title_noun,
                   is_title_word, title_runs)
from .gazetteer import capital_of, country_code, subdivision_of, us_state_of_code
from .posts import (ADVISERS, BOARDS, SECRETARIES, board_kind, body_named_before, country_entity, country_of, named_before_second, named_countries,
                    macro_region, np_org, ordinal, org_at, org_ref, party_named, post, region_of_demonym, second_post_before, title_head)

TITLE_DEPS = ("amod", "compound", "advmod", "nmod", "npadvmod")


def person_spans(ctx: Context):
    for start, end, key, nested in ctx.res.spans:
        if ctx.types.get(key) == "Person" and not nested:
            yield start, end, key


STYLES = ("prince", "princess", "chief")  # also a style before a name: "Ogun State Governor, Prince Ada Obi"


TIME_WORDS = frozenset({"years", "months", "weeks", "days", "decades", "life", "now", "long"})


def _lowercase_portfolio(ctx: Context, j: int) -> int | None:
    """Where "minister for natural resources and climate change" starts when it ends at j
    (right before a name): a portfolio title in lower case, "for" or "of", and lower-case
    nouns and adjectives joined by "and" or commas; None if the words before j are not one."""
    doc, k = ctx.doc, j
    while k > 0 and j - k < 8 and doc[k].lower_ not in ("of", "for") and ctx.res.key_at(k) is None and (
            doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "CCONJ") or doc[k].text == ","):
        k -= 1
    if k == j or k < 1 or doc[k].lower_ not in ("of", "for") or not doc[j].is_lower or doc[j].pos_ != "NOUN" \
            or any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in TIME_WORDS for t in doc[k + 1:j + 1]):
        return None  # not "the minister for years X"
    title = doc[k - 1]
    return k - 1 if title.is_lower and title.lower_ in LEX.portfolio_titles and ctx.res.key_at(k - 1) is None else None


def styled_name(ctx: Context, start: int) -> bool:
    """Whether "Prince" (or "Chief") before this name is a style, not a royal title: "Chief"
    always; "Prince" before a plain name of two words or more ("Prince Dapo Abiodun"), not a
    royal's ("Prince Abdulaziz bin Salman", "Prince Albert II", "Princess Anne")."""
    doc = ctx.doc
    if doc[start - 1].lower_ == "chief":
        return True
    name = doc[start:ctx.res.end_of(start)]
    return len(name) > 1 and not any(t.lower_ in LEX.name_particles or ROMAN_NUMERAL.fullmatch(t.text) for t in name)


ROMAN_NUMERAL = re.compile(r"[IVX]+")


def title_before_name(ctx: Context):
    """"Lima Mayor Jane Roe", "Peru's minister X", "Acme Group (site) President X"."""
    for start, _end, key in person_spans(ctx):
        yield from _title_before(ctx, start, key)


def _title_before(ctx: Context, start: int, key: str):
    doc, res, j, run = ctx.doc, ctx.res, start - 1, []
    marked = title_runs(doc)
    j = before_honorifics(doc, j)  # "Emir Sheikh Omar": the honorific is the name's
    if j >= 0 and doc[j].lower_ in PLURAL_ABBREVIATIONS:
        return  # "Sens. A and B": role.plural-title's
    if (k := before_honorifics(doc, j, ranks=True)) < j and k >= 0 and (doc[k].text == "," or doc[k + 1].lower_ in RETIRED):
        j = k  # "Minister of Defence, retired Major General Ada Obi": the rank is no post
    if (k := _lowercase_portfolio(ctx, j)) is not None:  # "Malawi's minister for natural resources and climate
        run, j = list(doc[k:j + 1]), k - 1  # change Michael Usi": the portfolio in lower case before the name
    if j > 1 and doc[j].lower_ in STYLES and doc[j - 1].text == "," and j - 2 in marked:
        for part in split_on_and(titled[0]) if (titled := _title_then_comma(ctx, start)) else ():
            yield post(ctx, key, part, titled[1], doc[start], "role.title-before-name")
        if styled_name(ctx, start):
            return  # "Ogun State Governor, Prince Ada Obi has said": his post (or role.appositive-before-name's);
        # "Saudi Arabia's Minister of Sport, Prince Abdulaziz bin Turki": a royal's title too
    while j >= 0:
        t = doc[j]
        if t.text == ")" and "(" in doc[max(0, j - 8):j].text:
            j = max(k for k in range(max(0, j - 8), j) if doc[k].text == "(") - 1
            if run:
                break
            continue  # "International Rowing Union President (IRU) Ida Varga"
        if t.lower_ in LEX.title_descriptors and run:  # "the Union's new president X"
            j -= 1
            continue
        spaced = t.text == "-" and t.whitespace_ and j and doc[j - 1].whitespace_  # "KESSLYNEWS - Prime Minister X":
        # a dateline's dash, no title's hyphen
        titleish = (is_title_word(t) or t.text in ("-", "/") and not spaced or (j in marked and t.is_alpha)) \
            and res.key_at(j) is None \
            and not (t.is_lower and t.pos_ == "VERB") \
            and not (t.text in ("PM", "AM") and j and re.fullmatch(r"\d{1,2}(?:[:.]\d\d)?", doc[j - 1].text))
        # not "will whip Ada Obi", "to chair Ada Obi's panel", "08:26 PM IST Ada Obi" (a clock's PM)
        proper = (is_cap(t) and t.is_alpha and res.key_at(j) is None
                  and not t.is_sent_start and t.pos_ in ("PROPN", "ADJ", "NOUN") and not in_demonym(t))
        joiner = t.lower_ in ("and", "for", "of", "&") and j and (is_title_word(doc[j - 1]) or j - 1 in marked) and run \
            or t.lower_ == "and" and j > 3 and doc[j - 1].text == "," and is_cap(doc[j - 2]) and doc[j - 2].is_alpha \
            and res.key_at(j - 2) is None and run and not doc[j - 2].is_sent_start and not doc[j - 2].is_upper \
            and not is_title_head(doc[j - 2]) and _listed_portfolio_before(ctx, j - 2)  # "Trade, Industry, and
        # Competition Minister X" (the serial comma)
        listed = t.text == "," and run and j and is_cap(doc[j - 1]) and res.key_at(j - 1) is None \
            and any(x.lower_ in ("and", "&") for x in run) and doc[j - 1].ent_type_ not in ("DATE", "TIME")
        # "Investment, Trade and Industry Minister", not "On Monday, Trade and Industry Minister"
        modifier = t.is_lower and any(is_title_head(x) and x.left_edge.i <= j for x in run) and res.key_at(j) is None \
            and (t.pos_ in ("ADJ", "NOUN", "CCONJ") or t.lower_ in ("acting", "interim")) and t.lower_ not in LEX.former
        # "senior peace [commissioner]", "Kosovo acting [Prime Minister]"
        partisan = t.is_sent_start and is_cap(t) and res.key_at(j) is None and short_name(ctx, t)  # "Liberal leader X"
        if t.like_num and run and j and doc[j - 1].lower_ == "ward" and is_cap(doc[j - 1]):
            run[:0] = doc[j - 1:j + 1]  # "Ward 18 councillor X": the numbered ward is the title's
            j -= 2
            break
        if titleish or proper or joiner or listed or modifier or partisan:
            run.insert(0, t)
            j -= 1
        else:
            break
    joined = next((k for k, t in enumerate(run) if t.lower_ in ("and", "&")), None)
    k = j - (j >= 0 and doc[j].lower_ == "the")
    if run and joined is None and k > 0 and doc[k].lower_ == "to" and is_title_word(doc[k - 1]) and is_cap(doc[k - 1]):
        i = k - 1  # "Chief Secretary to the Government X", "Special Adviser to the President X": one title
        while i > 0 and is_title_word(doc[i - 1]) and is_cap(doc[i - 1]) and res.key_at(i - 1) is None:
            i -= 1
        run, j = list(doc[i:run[-1].i + 1]), i - 1
    if joined is not None and k >= 0 and doc[k].lower_ in ("to", "of", "for") \
            and any(is_title_head(t) for t in run[joined + 1:]):
        run = run[joined + 1:]  # "Adviser to the [Prime Minister and] Official Spokesperson X": his post is the last
        # (not "According to Minister for Science and Innovation X": one portfolio)
    if not run and j > 0 and ctx.type_at(j) == "Organization" and doc[j].is_upper and res.start_of(j) == j \
            and (is_title_head(doc[j - 1]) or j - 1 in marked) and is_cap(doc[j - 1]) and res.key_at(j - 1) is None:
        i = j - 1  # "Chairman PTA Ada Obi", "CEO NADRA X", "Director General Health Services KP Dr X": the title,
        while i > 0 and (is_title_word(doc[i - 1]) or i - 1 in marked) and is_cap(doc[i - 1]) \
                and res.key_at(i - 1) is None:  # then its organization's acronym
            i -= 1
        yield post(ctx, key, list(doc[i:j]), org_at(ctx, j), doc[start], "role.title-before-name")
        return
    if not run and (titled := _title_then_comma(ctx, start)):  # "Minister of Home Affairs, Ada Obi, said"
        for part in split_on_and(titled[0]):
            yield post(ctx, key, part, titled[1], doc[start], "role.title-before-name")
        return
    if not run and (placed := _title_of_org_then_comma(ctx, start)):  # "Chair of the Acme Union, Ada Obi, said"
        yield post(ctx, key, *placed, doc[start], "role.title-before-name")
        return
    if not run and (placed := _title_of_place(ctx, j) or (  # "Governor of Lagos Ada Obi",
            j > 0 and doc[j].text == "," and _title_of_place(ctx, j - 1, lower=False))):  # "President of Uganda, Ada Obi"
        title, org = placed
        parts = split_on_and(title)
        for part in parts:  # "Prime Minister and leader of the Kessly Party X": the party is the leader's
            public = len(parts) > 1 and a_party_key(ctx, org) and LEX.public_offices.intersection(t.lower_ for t in part)
            yield post(ctx, key, part, None if public else org, doc[start], "role.title-before-name")
        return
    if not run or not any(is_title_head(t) for t in run) or run[-1].lower_ in ("and", "for", "of"):
        return
    kind = run[0] if len(run) > 1 and (run[0].is_lower or run[0].is_sent_start) else None  # "party president X"
    while run and not is_title_word(run[0]) and run[0].lower_ != "-" and not _portfolio_list(run) \
            and run[0].i not in marked and not short_name(ctx, run[0]) \
            and not (len(run) > 1 and (run[1].lower_ == "affairs"  # "Indian Affairs Minister", "Power Minister"
                                       or run[0].lower_ in PORTFOLIO_WORDS and run[1].lower_ in LEX.portfolio_titles)) \
            and not (run[0].lower_ == "ward" and len(run) > 1 and run[1].like_num):  # "Communities and Local Government Secretary"
        run = run[1:]
    while run and run[0].lower_ in ("and", "&"):
        run = run[1:]  # "the PM, A [and] Commissioner B": B's title is the last
    if not run:
        return
    if run[0].i and (late := doc[run[0].i - 1]).lower_ == "late" and (
            late.is_sent_start or doc[late.i - 1].pos_ in ("DET", "PRON", "ADP")):
        run.insert(0, late)  # "the late Governor X", "of late President X": a former post (not "ran late")
    org_pos, shared = j - 1 if j >= 0 and doc[j].text in POSSESSIVE else j, []
    if org_pos > 1 and doc[org_pos].text == ")" and doc[org_pos - 2].text == "(":
        org_pos -= 3  # "Eastmoor Rowing Union (ERU)'s President X"
    org = org_at(ctx, org_pos)
    if org and ctx.types.get(org) == "Place" and doc[org_pos].text not in POSSESSIVE \
            and (owner := ctx.res.start_of(org_pos) - 1) > 0 and doc[owner].text in POSSESSIVE \
            and ctx.type_at(owner - 1) == "Organization":
        run[:0] = doc[owner + 1:org_pos + 1]  # "Foxconn's India representative X": the company's, for India
        org_pos = j = owner - 1
        org = org_at(ctx, org_pos)
    seat = ctx.res.start_of(org_pos) - 1 if org else -1
    if run[-1].lower_ in LEX.seat_titles and ctx.types.get(org) == "Organization" and seat >= 0 \
            and ctx.type_at(seat) == "Place":
        org, org_pos = org_at(ctx, seat), seat  # "St. Albert NDP MLA X": the seat, before the party
    if org is None and 0 <= org_pos < j and (country := national_government(ctx, doc[org_pos])):
        org = country  # "the Kessish government's Special Envoy X"
    elif org:  # "Former Ohio Governor X"
        first = next(s for s, e, k, n in res.spans if k == org and s <= org_pos < e)
        if first and doc[first - 1].lower_ in LEX.former:
            run.insert(0, doc[first - 1])
    elif j >= 0 and (words := demonym_words(doc[j])):  # "Japanese Prime Minister": Japan
        shared = list(doc[j - words + 1:j + 1])
        run[:0] = shared
        j -= words - 1
        if j and doc[j - 1].lower_ in LEX.former:  # "former Japanese Prime Minister"
            run.insert(0, doc[j - 1])
    elif j >= 0 and run and (region := region_of_demonym(ctx, doc[j])):  # "Victorian Premier X": Victoria
        org = region
    elif kind is not None and (body := body_named_before(ctx, kind)):
        org, run = body, [t for t in run if t != kind]
    elif j >= 0 and (body := led_body(ctx, doc[j - (doc[j].lower_ == "its")])) is not None:
        org = body  # "the Ghana Football Association, led by its President X", "IOA leadership, spearheaded by President X"
    elif j >= 0 and (doc[j].lower_ == "its" or org_pos < j and (doc[org_pos].lower_ in LEX.generic_org_nouns
                                                              or doc[org_pos].lower_ in LEX.org_heads)
                     and doc[org_pos].pos_ == "NOUN") \
            and ctx.types.get(body := ctx.coref.entity_of(doc[org_pos])) == "Organization":
        org = body  # "the bank's board ..., said its Chairman X", "the firm's General Manager X", "the
        # federation's national chairman X": one named so before
    else:
        org = org_after_name(ctx, start)
    for part in split_on_and(run):  # "Australian Deputy Prime Minister and Defence Minister X": both Australia's
        part = part if not shared or part[0].i <= shared[-1].i else shared + part
        yield post(ctx, key, part, org, doc[start], "role.title-before-name")
    if org is not None and 0 <= org_pos < j + 1 and (earlier := _post_before_body(ctx, res.start_of(org_pos) - 1)):
        yield post(ctx, key, *earlier, doc[start], "role.title-before-name")


NEWLY = frozenset({"new", "newly", "sworn", "appointed", "elected", "incoming"})
LEADING = frozenset({"lead", "head", "spearhead"})
LED = frozenset({"leadership", "delegation", "team", "management"})  # "the IOA leadership, spearheaded by"


def led_body(ctx: Context, by: Token) -> str | None:
    """"the Kessly Union (KU), led by its President Y", "the IOA leadership, spearheaded by
    President Y": the organization named right before the led phrase, or the one a
    leadership, delegation or team just before it belongs to (not one of two bodies: "a
    team from the World Bank and the IMF, led by"; nor a country's delegation; nor a meeting
    chaired)."""
    verb, doc = by.head, ctx.doc
    if by.lower_ != "by" or by.dep_ != "agent" or verb.lemma_.lower() not in LEADING or verb.i < 2:
        return None
    k = verb.i - 1 - (doc[verb.i - 1].text == ",")
    if doc[k].text == ")" and "(" in doc[max(0, k - 4):k].text:
        k = max(i for i in range(max(0, k - 4), k) if doc[i].text == "(") - 1  # "(KU)"
    b = ctx.res.start_of(k)
    if ctx.type_at(k) == "Place" and b > 1 and doc[b - 1].lower_ in ("in", "of") and ctx.type_at(b - 2) == "Organization":
        k = b - 2  # "the Organization for Security and Co-operation [in Europe]"
    if ctx.type_at(k) == "Organization":
        root = doc[ctx.res.start_of(k):k + 1].root
        return ctx.res.key_at(k) if root.dep_ != "conj" else None
    if doc[k].lower_ not in LED:
        return None
    bodies = [key for c in doc[k].children if c.dep_ in ("compound", "nmod", "poss")
              and ctx.types.get(key := ctx.res.key_at(c.i)) == "Organization"]
    return bodies[0] if len(set(bodies)) == 1 else None


def _post_before_body(ctx: Context, b: int) -> tuple[list[Token], str | None] | None:
    """"Indonesian President and [ASEAN] Chair X", "Kessly Governor and [Acme] Chairman X":
    the first of two posts joined before the second's body, with its own country or place
    (or, a public office with no article before it, where the story places it: "Prime Minister
    and [GERB] leader X")."""
    doc, res = ctx.doc, ctx.res
    if b < 2 or doc[b].lower_ not in ("and", "&") or not is_title_head(doc[b - 1]) or not is_cap(doc[b - 1]) \
            or res.key_at(b - 1) is not None:
        return None
    i = b - 1
    while i > 0 and is_title_word(doc[i - 1]) and is_cap(doc[i - 1]) and res.key_at(i - 1) is None \
            and not demonym_words(doc[i - 1]):
        i -= 1
    run = list(doc[i:b])
    if i > 0 and (words := demonym_words(doc[i - 1])):
        return [*doc[i - words:i], *run], None  # "Indonesian President": Indonesia
    k = i - 1 - (i > 1 and doc[i - 1].text in POSSESSIVE)
    org = org_at(ctx, k) if k >= 0 else None
    if org is None and (i == 0 or doc[i - 1].pos_ not in ("DET", "PRON")) \
            and any(t.lower_ in LEX.public_offices or t.lower_ in LEX.national_offices for t in run):
        return run, None  # "Prime Minister and GERB leader X": a public office, held where the story says
    return (run, org) if org is not None else None  # not "the Governor and MTA Chairman X": two people


def national_government(ctx: Context, gov: Token) -> str | None:
    """"the Kessish government's Envoy X", "Kessland's government's": the country whose government it is."""
    if gov.lower_ not in LEX.government_heads:
        return None
    for c in gov.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and (code := demonym_code(c)):
            return country_entity(ctx, code, c)
        if c.dep_ in ("poss", "compound") and (place := org_at(ctx, c.i)) and ctx.types.get(place) == "Place":
            return place
    return None


def _title_then_comma(ctx: Context, start: int) -> tuple[list[Token], str | None] | None:
    """"On Monday, Minister of Home Affairs, Ada Obi, opened ...": a capitalised title
    with its portfolio, a comma, then the name set off by commas; and the place opening
    the sentence before the title ("Gombe State Governor, Ada Obi has said")."""
    doc, marked, end = ctx.doc, title_runs(ctx.doc), ctx.res.end_of(start)
    root = doc[start:end].root
    if root.dep_ == "appos" and (is_title_word(root.head) or ctx.type_at(root.head.i) != "Person") \
            and not (ctx.type_at(root.head.i) == "Place" and ctx.res.end_of(root.head.i) == start - 1):
        return None  # role.appositive-before-name (not "A and Economy Minister, B, met", parsed with B on A; but
        # "Commissioner for Justice, Delta State, X": the place set off between)
    start = before_honorifics(doc, start - 1, ranks=True) + 1  # "Minister of Health, Dr. Ada Obi,", "Minister of
    # Defence, retired Major General Ada Obi,"
    start -= start > 1 and doc[start - 1].lower_ in STYLES and doc[start - 2].text == ","
    if start < 2 or doc[start - 1].text != "," or end >= len(doc):
        return None
    last, seated = start - 2, None
    if ctx.type_at(last) == "Place" and (b := ctx.res.start_of(last)) > 2 and doc[b - 1].text == "," \
            and b - 2 in marked:
        last, seated = b - 2, ctx.res.key_at(b)  # "Attorney-General and Commissioner for Justice, Delta State, X"
    if last > 2 and doc[last].text == ")" and doc[last - 2].text == "(" and doc[last - 1].is_upper:
        last -= 3  # "the Chief of Army Staff (COAS), Ada Obi": the title's initials
    if last not in marked or ctx.res.key_at(last) is not None:
        return None  # not "the Office of the Prime Minister, X": a title inside a body's name
    i = last
    while i > 0 and ctx.res.key_at(i - 1) is None and (i - 1 in marked or (  # "Deputy Governor and Finance
            i > 1 and doc[i - 1].lower_ in ("and", "&", "-") and i - 2 in marked)):  # Commissioner, Ada Obi has said"
        i -= 1
    first = i
    while i > 0 and first - i < 3 and is_cap(doc[i - 1]) and is_title_word(doc[i - 1]) and ctx.res.key_at(i - 1) is None \
            and not doc[i - 1].is_sent_start and not in_demonym(doc[i - 1]):
        i -= 1  # "A and Economy Minister, B, met": the portfolio before the title
    i -= i > 0 and doc[i - 1].lower_ == "the"
    placed = i > 0 and ctx.type_at(i - 1) == "Place" and doc[ctx.res.start_of(i - 1)].is_sent_start
    if i > 0 and ctx.type_at(i - 1) == "Organization":  # "The Acme Group CEO, Ada Obi is", "According to
        b = ctx.res.start_of(i - 1)  # KBFN President, Ada Obi, who ..."
        b -= b > 0 and doc[b - 1].lower_ == "the"
        placed = doc[b].is_sent_start or doc[b - 1].pos_ == "ADP"
    owned = i > 1 and doc[i - 1].text in POSSESSIVE and ctx.type_at(i - 2) == "Place" \
        and doc[ctx.res.start_of(i - 2)].is_sent_start  # "Saudi Arabia's Minister of Sport, Prince X, has said"
    placed = placed or owned
    opening = doc[i].is_sent_start or (i and doc[i - 1].text == ":") \
        or all(t.is_space for t in doc[doc[i].sent.start:i])  # "Kathmandu, Aug 6: Health Minister, X has"; after a blank
    post_nominal = end + 1 < len(doc) and doc[end].is_upper and len(doc[end]) > 1 and doc[end + 1].text == ","
    said = i - 1
    while said > 0 and doc[said].is_lower and doc[said].pos_ == "ADJ":
        said -= 1
    quoted = doc[end].text in (".", "!", "?") and said >= 0 and doc[said].lemma_.lower() in LEX.reporting_verbs
    # "..., said federal Minister of the Environment, Ada Obi."
    if doc[end].text != "," and not opening and not placed and not post_nominal and not quoted:  # "The Minister for Works, Ada Obi has
        return None  # said", "Gombe State Governor, Ada Obi has said"
    i += doc[i].lower_ == "the"
    before = doc[i - 1] if i and not placed and not doc[i - 1].is_space else None
    if before is not None and (ctx.res.key_at(before.i) or before.text not in (",", ":") and before.pos_ in ("PROPN", "NOUN")):
        return None  # "Ada Obi, Minister of Finance, Tom Hale, ...": a list
    if before is not None and before.text == "," and i > 1 and ctx.type_at(i - 2) == "Person":
        return None
    toks = list(doc[i:last + 1])
    place = org_at(ctx, i - 1) if i and ctx.type_at(i - 1) in ("Place", "Organization") else None
    place = org_at(ctx, i - 2) if owned else seated or place
    return (toks, place) if any(is_title_head(t) for t in toks) else None


def _title_of_org_then_comma(ctx: Context, start: int) -> tuple[list[Token], str] | None:
    """"General Secretary of the Acme Party (AP), Ada Obi, said": a capitalised title
    opening the sentence, "of" an organization, then the name set off by commas."""
    doc, end = ctx.doc, ctx.res.end_of(start)
    start = before_honorifics(doc, start - 1) + 1  # ", Dr Ada Obi,"
    if start < 4 or doc[start - 1].text != "," or end >= len(doc):
        return None
    closed = doc[end].text == "," or doc[start:end].root.dep_ in ("nsubj", "nsubjpass")  # "..., Ada Obi made this
    if not closed:  # known": the name, the subject of the sentence the title opens
        return None
    k = start - 2
    if ctx.type_at(k) == "Place" and doc[ctx.res.start_of(k) - 1].text == ",":
        k = ctx.res.start_of(k) - 2  # "The new Rector, Kessly University (KU), Norvik, Prof. Ada Obi, said"
    if doc[k].text == ")" and k > 2 and doc[k - 2].text == "(":
        k -= 3  # "(AP)"
    elif doc[k].is_upper and doc[k].is_alpha and k > 2 and doc[k - 1].text == ",":
        k -= 2  # "President of Nigerian Bar Association, NBA, Mr. X"
    org = org_at(ctx, k)
    if org is None or ctx.types.get(org) != "Organization":
        return None
    k = ctx.res.start_of(k) - 1
    k -= doc[k].lower_ == "the"
    head = k - 1  # "Director [of Public Affairs] of the Acme Commission, Ada Obi": a portfolio before the body
    while head > 2 and doc[k].lower_ == "of" and is_cap(doc[head]) and doc[head].is_alpha \
            and not is_title_head(doc[head]) and k - head < 5:
        head -= 1
    head = head - 1 if head > 1 and head < k - 1 and doc[head].lower_ in ("of", "for") else k - 1
    if k > 1 and doc[k].lower_ == "in" and is_title_head(doc[k - 1]):
        head = k - 1  # "Press Secretary in the Office of the Prime Minister, X": the office's post
    if k < 1 or doc[k].lower_ not in ("of", ",", "in") or not is_title_head(doc[head]) or not is_cap(doc[head]):
        return None
    i = head
    while i > 0 and (is_title_word(doc[i - 1]) and is_cap(doc[i - 1]) or doc[i - 1].text == "-"):
        i -= 1
    b = i
    while doc[k].text == "," and b > 0 and (doc[b - 1].lower_ in LEX.title_descriptors or doc[b - 1].lower_ == "the"):
        b -= 1  # "The new Rector, Kessly University, ..."
    while b > 0 and (doc[b - 1].lower_ in LEX.title_descriptors or doc[b - 1].lower_ in APPOINTED):
        b -= 1  # "The newly appointed Executive Vice Chairman of the Acme Commission, Ada Obi has"
    b -= b > 0 and doc[b - 1].lower_ == "the"  # "The Director-General of the Acme Authority, Ada Obi said"
    opens = b == 0 or doc[b - 1].is_sent_end or doc[b].is_sent_start or doc[b - 1].text in (",", ":") \
        or doc[b - 1].lower_ in ("by", "from", "with")  # "a statement signed by the Director of X, Ada Obi,"
    if listed_after_name(ctx, b - 1):
        return None  # "attended by A, Secretary-General of the UN, B, ...": A's title, in a list
    owner = org_at(ctx, b - 1) if b > 0 and doc[k].lower_ == "of" else None
    if owner is not None and ctx.types.get(owner) == "Organization" and doc[start - 2].lower_ in UNITS \
            and start - 2 - k >= 2:  # "of Global Upstream Operations", not "President of Operations"
        return list(doc[i:start - 1]), owner  # "Acme President of Global Upstream Operations, Ada Obi": Acme's post
    return (list(doc[i:k]), org) if opens else None


APPOINTED = frozenset({"newly", "appointed", "elected", "named", "acting", "incoming"})  # "the newly appointed X"
UNITS = frozenset({"operations", "division", "unit", "business", "businesses", "services", "sales", "marketing",
                   "strategy", "research", "engineering", "products", "programmes", "programs", "markets",
                   "technology", "communications"})  # a company's part, named as a title's portfolio


def _title_of_place(ctx: Context, j: int, lower: bool = True) -> tuple[list[Token], str] | None:
    """A place right before a name, after "Title of" or a title ("Chief Minister Punjab
    X"), or an organization after "Title of" ("Chairman of Acme Group X"): the title and
    where it is held."""
    org = org_at(ctx, j)
    if org is None:
        return None
    k = ctx.res.start_of(j) - 1
    while k > 1 and (ctx.doc[k].lower_ == "the" or (ctx.doc[k].is_lower and ctx.doc[k].pos_ == "ADJ")) \
            and (ctx.types.get(org) == "Organization" or ctx.doc[k].lower_ == "the" and ctx.doc[k - 1].lower_ == "of"):
        k -= 1  # "Chairman of the provincial People's Committee X", "President of the Philippines X"
    envoy = next((x for x in range(k - 1, k - 3, -1) if x > 0 and ctx.doc[x].lower_ in ENVOYS), None)  # "Consul General"
    if envoy is not None and ctx.doc[k].lower_ in ("to", "in") and ctx.types.get(org) == "Place" \
            and all(is_title_word(x) and is_cap(x) for x in ctx.doc[envoy:k]):
        i = envoy - 1  # "Chinese Ambassador to Peru X", "Consul General in Lagos X": China's post, else the host's
        while i >= 0 and is_title_word(ctx.doc[i]) and is_cap(ctx.doc[i]):
            i -= 1
        sent = i >= 0 and in_demonym(ctx.doc[i])
        first = i + (not sent)
        i -= not sent and i >= 0 and ctx.doc[i].lower_ in LEX.title_descriptors  # "Kessland's top Envoy to Peru, X"
        i -= not sent and i > 0 and ctx.doc[i].text in POSSESSIVE
        sender = org_at(ctx, i) if not sent and i >= 0 else None
        if not sent and ctx.types.get(sender) != "Place":
            return list(ctx.doc[first:k]), org  # the host's post, when no sender is named
        return list(ctx.doc[first:ctx.res.end_of(j)]), None if sent else sender  # the sender's: the host is part of
        # the title as written
    seat = k > 0 and ctx.doc[k].lower_ == "for" and ctx.doc[k - 1].lower_ in LEX.seat_titles \
        and ctx.types.get(org) == "Place"  # "MP for Slough X": the seat
    if k < 1 or (ctx.doc[k].lower_ != "of" and not is_title_head(ctx.doc[k]) and not seat):
        return None
    if ctx.types.get(org) != "Place" and ctx.doc[k].lower_ != "of":
        return None  # "Chairman of [Acme Group] X", but not "Acme Group X" after a title
    of = lower and ctx.doc[k].lower_ in ("of", "for")  # "chairman of the Acme Board X", "the new mayor of Athens X"
    end, i = (k, k - 1) if ctx.doc[k].lower_ in ("of", "for") else (k + 1, k)  # "Chief Minister Punjab X" too
    marked = title_runs(ctx.doc)  # "Minister of Foreign Affairs and International Trade of Kessland X"
    while i >= 0 and (i in marked or is_title_word(ctx.doc[i]) and (is_cap(ctx.doc[i]) or of) or (  # "President and CEO of Acme X"
            ctx.doc[i].lower_ in ("and", "&") and i and is_title_word(ctx.doc[i - 1]) and i + 1 < end)
            or (ctx.doc[i].text == "-" and i and is_title_word(ctx.doc[i - 1]))):  # "Vice-Chancellor of X"
        i -= 1
    if not lower and listed_after_name(ctx, i - (i > 0 and ctx.doc[i].lower_ == "the")):
        return None  # "A, deputy director of Acme, B, ...": A's title, in a list (not "A, President of X B")
    title = list(ctx.doc[i + 1:end])
    while title and title[0].lower_ in ("and", "&"):
        title = title[1:]  # "the president [and] CEO of Acme, X": the capitalised post
    if title and ctx.doc[k].lower_ == "of" and macro_region(ctx, org):  # "Ford President of the Americas X": a
        title += list(ctx.doc[k:ctx.res.end_of(j)])  # part of the world the post covers, in the title, the
        org = org_at(ctx, i - (i > 0 and ctx.doc[i].text in POSSESSIVE))  # company's named before
    return (title, org) if title and any(is_title_head(t) for t in title) else None


def short_name(ctx: Context, tok: Token) -> bool:
    """"Memorial president X": the first word of an organization's name the story gives
    ("Memorial University"), or a party's adjective."""
    key = party_named(ctx, tok)
    return a_party(ctx, tok) or any(n.split()[0] == tok.text for e in ctx.entities if e.key == key
                                    for n in (e.label, *e.aliases))


def a_party(ctx: Context, tok: Token) -> bool:
    """"Liberal": an adjective naming a party the story names ("the Liberal Party", "the Liberals")."""
    key = party_named(ctx, tok)
    names = [n.lower() for e in ctx.entities if e.key == key for n in (e.label, *e.aliases)]
    return any("party" in n.split() or n.split()[-1] in (tok.lower_ + "s", tok.lower_[:-1] + "ies") for n in names)


def listed_after_name(ctx: Context, k: int) -> bool:
    """Whether token k is the comma after a person's name: a title there ("A, Secretary-General
    of the UN, B") is that person's, in a list, not the next name's."""
    return k > 0 and ctx.doc[k].text == "," and ctx.type_at(k - 1) == "Person"




def _listed_portfolio_before(ctx: Context, k: int) -> bool:
    """Whether the capitalised words ending at token k follow a comma and another such word, no
    name among them: the middle of a list of portfolios ("Trade, [Industry], and", "Villages,
    [Development of Disadvantaged Regions], and"; not "Ann Ross, [PhD], and")."""
    doc, res = ctx.doc, ctx.res
    i = k
    while i > 0 and k - i < 6 and (is_cap(doc[i]) and doc[i].is_alpha or doc[i].lower_ in ("of", "and", "&")) \
            and res.key_at(i) is None:
        i -= 1
    return i > 0 and i < k and doc[i].text == "," and is_cap(doc[i - 1]) and res.key_at(i - 1) is None


def _portfolio_list(run: list[Token]) -> bool:
    """"Investment, Trade and Industry Minister": capitalised portfolio words listed
    with commas and "and" before the title head."""
    return any(t.text == "," for t in run) and is_title_head(run[-1])


def org_after_name(ctx: Context, start: int) -> str | None:
    """"Governor Jane Roe of Lagos State": where the post is held, after the name."""
    doc, end = ctx.doc, ctx.res.end_of(start)
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "at") and doc[end].dep_ == "prep":
        k = end + 1 + (doc[end + 1].lower_ == "the")
        org = org_at(ctx, k) if k < len(doc) else None
        after = ctx.res.end_of(k) if org else k
        if after < len(doc) and doc[after].text in POSSESSIVE:
            return None  # "assured President X of China's support": the support's owner
        return org if doc[end].lower_ == "of" or ctx.types.get(org) == "Organization" else None  # not a venue
    return None


def split_on_and(run: list[Token]) -> list[list[Token]]:
    """"President and Chief Executive": two titles; "Trade and Industry Minister": one;
    "Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs": two, the
    second with its portfolio joined by "and"."""
    parts: list[list[Token]] = [[]]
    for t in run:
        if t.lower_ in ("and", "&"):
            parts.append([t])
        else:
            parts[-1].append(t)
    titled = lambda part: any(is_title_head(t) for t in part)  # noqa: E731
    merged: list[list[Token]] = []
    for part in parts:  # a piece without a title head belongs to the title before it, as does one a portfolio
        # open before goes on ("Secretary for Culture and Social Justice", not "Minister of Health and Deputy Premier")
        opened = merged and any(x.lower_ in ("of", "for") for x in merged[-1]) and len(part) > 1 \
            and not is_title_head(part[1]) and part[1].lower_ not in SECRETARIES and part[1].lower_ not in ("vice", "prime") \
            and part[1].lower_ not in LEX.title_descriptors and part[1].lower_ not in LEX.former \
            and all(x.lower_ in LEX.title_modifiers or x is part[-1] and legislator(x) for x in part if is_title_head(x))  # "and Social Justice", "and Broadcasting [Senator]", not
        # "and Senate leader"
        if merged and (not titled(part) or not titled(merged[-1]) or opened):
            merged[-1] += part
        else:
            merged.append(part)
    merged = [p[1:] if p[0].lower_ in ("and", "&") else p for p in merged]
    merged = [q for p in merged for q in _seat_after_portfolio(p)]
    return merged if len(merged) > 1 and all(titled(p) for p in merged) else [run]


def legislator(tok: Token) -> bool:
    """A legislator's title ("Senator", "MP", "MLA")."""
    return tok.lower_ in LEX.seat_titles or tok.lower_ == "senator"


def _seat_after_portfolio(part: list[Token]) -> list[list[Token]]:
    """"Minister for Information and Broadcasting Senator": a legislator's title after a
    portfolio is a second post."""
    last = part[-1]
    opened = next((k for k, x in enumerate(part) if x.lower_ in ("of", "for")), None)
    if opened is None or len(part) - opened < 3 or not legislator(last) \
            or part[-2].lower_ in ("of", "for", "and", "&") or not is_title_head(part[0]):
        return [part]
    return [part[:-1], [last]]


def plural_title(ctx: Context):
    """"Councillors Ada Obi and Tom Hale", "Senators A, B and C", "Sens. A of Maine and B of
    Alaska": a capitalised plural title before a list of names gives each the title (and the
    place before it or after each name); so does a plural title the list is in apposition to
    ("the three deputy chief ministers, A, B and C")."""
    doc, spans = ctx.doc, {s: (e, k) for s, e, k in person_spans(ctx)}
    carried = None  # where the last list ends, and its title: "Others are D and E" right after it
    for start in sorted(spans):
        lead = before_honorifics(doc, start - 1) + 1  # "are [Prof.] Ada Obi"
        lead -= lead > 1 and doc[lead - 1].text == ":" and doc[lead - 2].lemma_ in ("include", "be")  # "are: A, B"
        t = doc[lead - 1] if lead else None
        if carried and t is not None and t.lemma_ in ("include", "be") and t.i == lead - 1 \
                and all(x.is_punct or x.is_space for x in doc[carried[0]:t.sent.start]) \
                and any(c.dep_ == "nsubj" and c.lower_ in ("others", "other") for c in t.children):
            t = carried[1]  # "Among the new commissioners are A, B and C. Others are D and E": commissioners too
        apposed = t is not None and t.text == "," and start > 1 and doc[start - 2].tag_ == "NNS" \
            and doc[start:spans[start][0]].root.dep_ == "appos" and doc[start:spans[start][0]].root.head.i == start - 2
        t = doc[start - 2] if apposed else t
        of_body = None if apposed or t is None or t.text != "," else plural_of_body(ctx, start - 1, spans)
        if of_body is not None:  # "the co-chairs of the X Group, A and B,": each a co-chair of the group
            t, apposed = of_body[0], True
        listed = t is not None and t.lemma_ in ("include", "be") and t.pos_ in ("VERB", "AUX") and t.i == lead - 1 \
            and (subj := next((c for c in t.children if c.dep_ == "nsubj" and c.tag_ == "NNS"), None)) is not None \
            and (newly_installed(subj) or any(c.dep_ in ("amod", "compound") and is_title_word(c) for c in subj.lefts)
                 and not any(c.lower_ in LEX.former for c in subj.lefts)) \
            and not any(c.dep_ == "prep" for c in subj.children)  # "the newly sworn-in judges", "the new
        # ministers" (not "former ministers", "speakers at the conference", "the judges of the show")
        among = t is not None and t.lemma_ == "be" and t.i == lead - 1 and (head := next(
            (o for p in t.children if p.dep_ == "prep" and p.lower_ == "among" for o in p.children if o.dep_ == "pobj"),
            None)) is not None and head.tag_ == "NNS" and newly_installed(head)
        if among:  # "Among the newly sworn-in commissioners are A, B and C": each one
            subj, listed = head, True
        if listed:  # "the newly sworn-in judges include A, B and C", "the new ministers are A and B": each one
            t, apposed = subj, True
            carried = (t.sent.end, t)
        elif carried and t is carried[1]:
            apposed = True
        body = doc[t.i - 1] if t is not None and t.i and t.lower_ == "members" and doc[t.i - 1].lower_ in BOARDS else None
        single = singular(t.text) if t is not None and (is_cap(t) or apposed or body is not None) else ""
        if single.lower() not in LEX.title_single_heads and (t is None or t.lower_ not in PLURAL_ABBREVIATIONS):
            continue  # "Councillors", "Reps."
        if body is not None:  # "board members A and B": each a board member
            single = f"{body.lower_} member"
        if apposed:  # "deputy chief [ministers]": the title's words before it too
            single = " ".join([*(m.text for m in t.lefts if m.dep_ in ("compound", "amod", "nmod") and is_title_word(m)),
                               single])
        elif body is None and is_cap(t):  # "Deputy Press Secretaries A and B": each a deputy press secretary
            k = t.i
            while k > max(0, t.i - 3) and is_cap(doc[k - 1]) and is_title_word(doc[k - 1]) and ctx.res.key_at(k - 1) is None \
                    and not doc[k - 1].is_sent_start:
                k -= 1
            single = " ".join([*(x.text for x in doc[k:t.i]), single])
        shared = ctx.res.key_at(t.i - 1) if t.i and ctx.type_at(t.i - 1) == "Place" and us_state(doc[t.i - 1].text) \
            else None  # "Virginia Reps. A, B" (not "U.S. Sens. A and B")
        if of_body is not None:
            single, shared = of_body[1], of_body[2]
        elif apposed and shared is None:
            shared = plural_owner(ctx, t)
        at = start
        while at in spans:
            end, key = spans[at]
            own = ctx.res.key_at(end + 1) if end + 1 < len(doc) and doc[end].lower_ == "of" \
                and ctx.type_at(end + 1) == "Place" else None  # "Sens. A of Maine and B of Alaska"
            yield post(ctx, key, [t], own or shared, doc[at], "role.plural-title", single)
            if own is not None:
                end = ctx.res.end_of(end + 1)
            if end + 2 < len(doc) and doc[end].text == "(" and ")" in doc[end + 1:end + 6].text:
                end = next(k for k in range(end + 1, end + 6) if doc[k].text == ")") + 1  # "A (Nairobi), B ..."
            at = end + (end < len(doc) and doc[end].text == ",")
            at += at < len(doc) and doc[at].lower_ == "and"
            at = at if at in spans else next((k for k in range(at, at + 3) if k in spans and before_honorifics(doc, k - 1) + 1 == at),
                                             at)  # ", Mrs. B and Engr. C"
        if carried and carried[1] is t:
            carried = (at, t)  # where the list ends: "Others are ..." follows it


def plural_of_body(ctx: Context, comma: int, spans: dict) -> tuple[Token, str, str | None] | None:
    """"the co-chairs of the Rural Affairs Group, A and B", "Acme's co-founders, A and B": a plural
    title of a named body (or a possessive's) before a list of two or more names in apposition
    gives the plural, each one's title and the body (not a single name: "the heads of Acme, A, said")."""
    doc = ctx.doc
    key = ctx.res.key_at(comma - 1)
    if key is None:
        t, key = doc[comma - 1], plural_owner(ctx, doc[comma - 1])
    elif ctx.types.get(key) in ("Organization", "Place"):
        k = ctx.res.start_of(comma - 1)
        k -= k > 0 and doc[k - 1].lower_ == "the"
        if k < 2 or doc[k - 1].lower_ != "of":
            return None
        t = doc[k - 2]
    else:
        return None
    single = singular(t.lower_)
    if t.tag_ not in ("NNS", "NNPS") or single not in LEX.title_single_heads or single == "member":
        return None  # (not "Members of the Kessly Rowing Club, A and B": no post)
    words, m = [single], t.i - 1
    while m > 0 and (is_title_word(doc[m]) or doc[m].text == "-" or doc[m].lower_ == "co" and doc[m + 1].text == "-"):
        words.insert(0, doc[m].lower_)
        m -= 1
    m -= m > 0 and doc[m].lower_ == "the"
    if doc[m].lower_ == "of":
        return None  # the names may be whose the title's phrase is ("The critics of the co-chairs of X, A and B")
    end = spans[comma + 1][0]
    if end >= len(doc) or not (doc[end].lower_ == "and" or doc[end].text == "," and end + 1 < len(doc)
                               and (end + 1 in spans or doc[end + 1].lower_ == "and")):
        return None  # one name only
    return t, " ".join(words).replace(" - ", "-").replace(" -", "-"), key


def plural_owner(ctx: Context, t: Token) -> str | None:
    """"Kessly Bank's two deputy governors", "Acme's co-founders": the body whose posts they are."""
    doc, m = ctx.doc, t.i - 1
    while m > 0 and (is_title_word(doc[m]) or doc[m].text == "-" or doc[m].lower_ == "co" or doc[m].like_num):
        m -= 1
    return ctx.res.key_at(m - 1) if m > 0 and doc[m].text in POSSESSIVE and ctx.type_at(m - 1) == "Organization" else None


def newly_installed(noun: Token) -> bool:
    """A plural said to be new in office: "the newly sworn-in judges", "the new ministers"."""
    return any(w in NEWLY for c in noun.lefts for w in c.lower_.split("-"))


def honorifics_after(doc, at: int) -> int:
    """Where the name after honorifics starting here begins ("Dr. Ada Obi": at "Ada")."""
    while at < len(doc) and doc[at].lower_ in LEX.honorifics:
        at += 1
    return min(at, len(doc) - 1)


PLURAL_ABBREVIATIONS = frozenset({"sens.", "reps."})  # each name after them a "Sen." or a "Rep."


def singular(word: str) -> str:
    """"Councillors": "Councillor"; "Secretaries": "Secretary"; "Reps.": "Rep."."""
    if word.endswith("s."):
        return word[:-2] + "."
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""


def signed(ctx: Context):
    """"Ada Obi,\nKessly Union President.": a statement's sign-off, a name alone on its line
    and the title (with its body) alone on the next."""
    doc, sents, toks = ctx.doc, list(ctx.doc.sents), ctx.tokens
    for sent, nxt in zip(sents, sents[1:]):
        words = [t for t in toks[sent.start:sent.end] if not t.is_space and not t.is_punct]
        key = ctx.res.key_at(words[0].i) if words else None
        if ctx.types.get(key) != "Person" or ctx.res.end_of(words[0].i) != words[-1].i + 1 \
                or "\n" not in doc[words[-1].i:nxt.start + 1].text_with_ws:
            continue
        line = [t for t in toks[nxt.start:nxt.end] if not t.is_space and not t.is_punct]
        if not 1 <= len(line) <= 8 or not any(is_title_head(t) for t in line):
            continue
        org = next((k for t in line if ctx.types.get(k := ctx.res.key_at(t.i)) == "Organization"), None)
        title = [t for t in line if ctx.res.key_at(t.i) is None]
        if title and all(is_title_word(t) or t.lower_ in ("of", "and", "&") for t in title):
            yield post(ctx, key, title, org, words[0], "role.signed")


def title_after_name(ctx: Context):
    """Bylines: "By Jane Roe Deputy Political Editor"; a post-nominal "Jane Roe MP said"."""
    doc = ctx.doc
    for _start, end, key in person_spans(ctx):
        j = end
        while j < len(doc) and (is_title_word(doc[j]) or (is_cap(doc[j]) and doc[j].is_alpha
                                                          and ctx.res.key_at(j) is None)):
            j += 1
        post_nominal = j == end + 1 and j < len(doc) and doc[end].is_upper and len(doc[end]) > 1 and not is_cap(doc[j])
        if j > end and is_title_head(doc[j - 1]) and (j == len(doc) or doc[j].is_space or doc[j].is_punct or post_nominal):
            yield post(ctx, key, list(doc[end:j]), None, doc[end], "role.title-after-name")
        if (placed := _body_then_title(ctx, end)) is not None:
            yield post(ctx, key, placed[0], placed[1], placed[0][0], "role.title-after-name")


def _body_then_title(ctx: Context, end: int) -> tuple[list[Token], str] | None:
    """"X, Alliance of Progressive Labor (APL) secretary-general, said": a body, its short form,
    then the post, set off by commas after the name (however the parser hung them; not when a
    name follows it: "X, Acme (AC) president, Y, and ...")."""
    doc, res = ctx.doc, ctx.res
    if end + 2 >= len(doc) or doc[end].text != "," or res.start_of(end + 1) != end + 1 \
            or ctx.type_at(end + 1) != "Organization":
        return None
    k = res.end_of(end + 1)
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3  # "(APL)"
    j = k
    while j < len(doc) and (is_title_word(doc[j]) or doc[j].text == "-" and j > k) and res.key_at(j) is None:
        j += 1
    if j == k or j >= len(doc) or doc[j].text != "," or not is_title_head(doc[j - 1]) \
            or j + 1 < len(doc) and ctx.type_at(j + 1) == "Person":
        return None  # not "X, Acme (AC) president, Y, and ...": the name after it holds it
    return list(doc[k:j]), org_at(ctx, end + 1)


def noun_phrase_title(ctx: Context, head: Token) -> list[Token]:
    mods = [c for c in head.lefts if c.dep_ in TITLE_DEPS]
    start = min((c.left_edge.i for c in mods), default=head.i)
    doc = ctx.doc
    if start == head.i and start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2  # "executive vice-president", parsed as three appositions
        while start and is_title_word(doc[start - 1]) and ctx.res.key_at(start - 1) is None:
            start -= 1
    named = [k for k in range(start, head.i) if ctx.type_at(k) == "Person"]
    if named:  # "President Ada Obi and Sports Minister, Tom Hale": no title runs across a name
        start = named[-1] + 1 + (doc[named[-1] + 1].lower_ in ("and", "&"))
    end = head.i + 1
    if end < len(doc) and doc[end].head == head and doc[end].dep_ == "amod" and is_title_word(doc[end]):
        end += 1  # "director general", "attorney general"
    elif end + 1 < len(doc) and doc[end].text == "-" and not head.whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].head == head and is_title_word(doc[end + 1]):
        end += 2  # "the UN secretary-general", parsed in three
    return [t for t in ctx.doc[start:end] if t.dep_ not in ("det", "poss", "case")
            and ctx.res.key_at(t.i) is None] + (title_words_after(ctx, doc[end - 1]) or envoy_to(ctx, head))


def envoy_to(ctx: Context, head: Token) -> list[Token]:
    """"the US ambassador [to the UN]", "the New Zealand High Commissioner [to Tonga]": an
    envoy's host, written as part of the title, when the sender is named before (the post
    is the sender's; "the new Ambassador to Peru" is the host's)."""
    if head.lower_ not in ENVOYS or not any(c.dep_ in ("poss", "compound", "nmod", "amod") and (
            ctx.res.key_at(c.i) or in_demonym(c)) for c in head.lefts):
        return []
    host = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == head.i + 1
                 for g in c.children if g.dep_ == "pobj" and ctx.type_at(g.i) in ("Place", "Organization")), None)
    return list(ctx.doc[head.i + 1:ctx.res.end_of(host.i)]) if host is not None else []


def title_phrase(ctx: Context, head: Token) -> list[Token]:
    """A title noun's phrase with its lower-case portfolio ("minister of jobs and innovation")."""
    toks = noun_phrase_title(ctx, head)
    return toks + ([] if toks[-1].i > head.i else of_portfolio(ctx, head))


def appositive(ctx: Context):
    """"Jane Roe, executive deputy director of the X Office"; in a list the parser reads
    as one ("attended by A, Secretary-General of the UN, B, Ambassador to Peru, and C")."""
    doc, res = ctx.doc, ctx.res
    for t in ctx.tokens:
        hung = t.dep_ not in ("appos", "conj") and name_hung_on(ctx, t)
        if not (t.dep_ in ("appos", "conj") or hung) or not is_title_noun(t) or res.key_at(t.i) is not None:
            continue
        toks = [x for x in title_phrase(ctx, t) if x.i > hung] if hung else title_phrase(ctx, t)
        if titles_next_name(ctx, t):
            continue  # "A, Prime Minister of Kessland B, ...": B's title
        np_start = min([t.left_edge.i if not hung else hung + 1] + [x.i for x in toks])
        before = np_start - 1 if np_start and doc[np_start - 1].text == "," else np_start
        if opening_phrase_then_subject(ctx, before, toks):
            continue  # "To Acme President X, the Chief Justice pledged": the title is the sentence's subject
        said = doc[t.right_edge.i + 1] if t.right_edge.i + 1 < len(doc) else None
        if t.dep_ == "appos" and said is not None and said.pos_ == "VERB" and said.lemma_.lower() in LEX.reporting_verbs \
                and titled_before(ctx, before):
            continue  # "with Acme Director General, X, the prime minister said": the title the verb's subject's
        person = res.key_at(before - 1) if before else None
        if before > 3 and doc[before - 1].text == ")" and (opened := next(
                (k for k in range(before - 2, max(0, before - 8), -1) if doc[k].text == "("), None)) is not None:
            person = res.key_at(opened - 1) if ctx.type_at(opened - 1) == "Person" else person  # "A (정재헌), CEO of X"
        second = t.dep_ == "conj" and before == np_start and is_title_noun(t.head) and (t.head.dep_ == "appos" or (
            t.head.dep_ == "conj" and ctx.type_at(t.head.head.i) == "Person")) \
            and not any(c.dep_ == "det" for c in t.children) \
            and t.head.i < np_start and any(c.dep_ == "cc" and c.lower_ in ("and", "&") and (
                is_title_word(doc[c.i - 1]) or ctx.type_at(c.i - 1) in ("Organization", "Place"))
                for c in t.head.children) and not any(ctx.type_at(k) == "Person" for k in range(t.head.i, np_start))
        first = t.head.head.head if t.dep_ == "conj" and t.head.dep_ == "pobj" and t.head.head.lower_ == "of" else None
        if first is not None and first.dep_ == "appos" and is_title_noun(first) and before == np_start \
                and doc[np_start - 1].lower_ == "and" and not any(c.dep_ == "det" for c in t.children) \
                and ctx.type_at(first.head.i) == "Person":  # "X, co-leader of the chapter and president of Y":
            second, person = True, res.key_at(first.head.i)  # the second title hung on the first's object
        elif second:  # "X, Deputy Prime Minister and Minister of Foreign Affairs, said": both posts X's
            person = res.key_at(t.head.head.i)
        if not second and (head := listed_title_head(ctx, t)) is not None:
            org = np_org(ctx, t) or next((k for x in sorted((head, *head.conjuncts), key=lambda x: x.i)
                                          for c in x.children if c.dep_ == "prep" and c.i > t.i and c.lower_ in ("of", "at")
                                          for p in c.children if p.dep_ == "pobj" and (k := org_ref(ctx, p))), None)
            if org is not None:  # (not the article's company when the of-phrase names none)
                yield post(ctx, res.key_at(head.head.i), toks, org, t, "role.appositive")
            continue  # "X, the founder, chief executive and chair of Acme": every title of the list X's
        if not second and ctx.types.get(person) != "Person" and (chained := chained_holder(ctx, t)) is not None:
            person = chained  # "X, governor of A, chairman of B, and chairman of C": each a post of X's
        elif t.dep_ == "conj" and ((before == np_start and not second) or ctx.types.get(person) != "Person"):
            continue  # a list item is a post only right after a name and its comma
        if ctx.types.get(person) != "Person":
            person = res.key_at(t.head.i)
        after = ("at", "to") if t.lower_ in ADVISERS else ("at",)  # "X, adviser, to the Ministry" (parsed so)
        shared = second and any(c.dep_ == "prep" and c.i > t.i for c in t.head.children)  # "chairman and CEO of X"
        own = next((c for c in t.head.children if c.dep_ == "prep" and c.i > t.i
                    and named_before_second(ctx, t.head, c)), None) if shared else None
        org = np_org(ctx, t) or (next((org_ref(ctx, p) for p in own.children if p.dep_ == "pobj"), None)
                                 if own is not None  # "the AU chairman and president of X"
                                 else np_org(ctx, t.head) if shared else next(
                                     (k for c in t.head.children if (c.dep_ == "poss" or c.dep_ == "nmod" and c.i + 1 < len(doc)
                                                                     and doc[c.i + 1].text in POSSESSIVE)
                                      and (k := org_ref(ctx, c))), None)
                                 if second  # "X, Acme's president and chief executive": both Acme's (also "Acme’", its
                                 # apostrophe parsed as no possessive)
                                 else np_org(ctx, t.head, after) if t.head.dep_ != "appos" else None) \
            or apposed_org(ctx, t.head if second else t) or listed_at(ctx, t) or trailing_org(ctx, t)
        if org is None and first is not None and second:  # "X, Minister of Health and Chair of the Acme Board":
            org = next((k for h in (first, first.head) for c in h.children if c.dep_ == "prep" and c.i > t.i
                        and (k := object_org(ctx, c))), None)  # the of-phrase after the second title, parsed
            # on the first or on the name
        for part in split_on_and(toks):  # "X, the Coordinating Minister for the Economy and Minister of Finance":
            yield post(ctx, person, part, org, t, "role.appositive")  # two posts; "X, vice-president, at Acme"


def opening_phrase_then_subject(ctx: Context, comma: int, toks: list[Token]) -> bool:
    """"the" and a title after a comma in a sentence that opens with a prepositional or
    participial phrase, then a verb: the sentence's subject, not the phrase's name in
    apposition ("Represented by the Minister, X, the president promised")."""
    doc = ctx.doc
    end = max(x.i for x in toks) + 1
    sent = doc[comma].sent
    return doc[comma].text == "," and end < len(doc) and doc[end].tag_ in ("VBD", "VBZ", "VBP", "MD") \
        and sent[0].tag_ in ("IN", "TO", "VBN") and doc[comma + 1].lower_ == "the"


def chained_holder(ctx: Context, t: Token) -> str | None:
    """The person a list of titles set off by commas after a name belongs to, when the parser
    hung each title on the body the one before names ("X, governor of A, chairman of B, and
    chairman of C"); no name among them."""
    x = t
    for _ in range(4):
        h = x.head
        if h.i >= x.i or not any(k.text == "," for k in ctx.doc[h.i:x.i]):
            return None
        if x.dep_ in ("appos", "conj") and h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.lower_ in ("of", "at") \
                and is_title_noun(h.head.head) and (ctx.types.get(org_at(ctx, h.i)) == "Organization" or h.pos_ == "PROPN"):
            x = h.head.head
        elif x.dep_ == "conj" and is_title_noun(h):
            x = h
        else:
            return None
        if any(ctx.type_at(k) == "Person" for k in range(x.i, t.i)):
            return None
        if x.dep_ == "appos" and x.head.i < x.i and ctx.type_at(x.head.i) == "Person" \
                and ctx.doc[x.left_edge.i - 1].text == ",":
            return ctx.res.key_at(x.head.i)
    return None


def listed_title_head(ctx: Context, t: Token) -> Token | None:
    """The first title of a list of titles set after a person's name and a comma ("X, the
    founder, chief executive and chair of Acme"), when `t` is a later one, no name between."""
    head = t
    while head.dep_ == "conj" and head.head.i < head.i and is_title_noun(head.head):
        head = head.head
    if head is t or head.dep_ != "appos" or ctx.type_at(head.head.i) != "Person" or head.head.i > head.i \
            or not any(x.text == "," for x in ctx.doc[head.i:t.i]):
        return None  # a list with commas ("T1 and T2 of X" is role.appositive's own)
    return None if any(ctx.res.key_at(k) is not None for k in range(head.i, t.i)) else head
    # not "X, chairman of Acme and founder of Y": a title of its own


def name_hung_on(ctx: Context, title: Token) -> int:
    """"Nam Kyung-pil, governor-elect of X, said", parsed with the name as a modifier of the
    title: the index of the comma between them (0 if none)."""
    doc = ctx.doc
    for c in title.lefts:
        if c.dep_ == "nmod" and ctx.type_at(c.i) == "Person" and (end := ctx.res.end_of(c.i)) < title.i \
                and doc[end].text == "," and all(is_title_word(x) or x.text == "-" for x in doc[end + 1:title.i]):
            return end
    return 0


def trailing_org(ctx: Context, title: Token) -> str | None:
    """"Tim Cook, CEO, Apple, Patrick Gelsinger, CEO, Intel": the body set off by commas right
    after the title's words (and a title joined to it), whatever the parser made of the list."""
    doc, res, k = ctx.doc, ctx.res, title.i + 1
    while k < len(doc) and (is_title_word(doc[k]) or doc[k].lower_ in ("and", "&")) and res.key_at(k) is None:
        k += 1
    if k + 1 < len(doc) and doc[k].text == "," and res.start_of(k + 1) == k + 1 and ctx.type_at(k + 1) == "Place" \
            and (end := res.end_of(k + 1)) + 1 < len(doc) and doc[end].text == "," \
            and ctx.type_at(end + 1) == "Organization":
        k = end  # "X, president, Middle East & Africa, Acme", "X, director, Kenya, Acme": the part of the world a
        # post covers, then its body
    elif k + 2 < len(doc) and doc[k].text in DASHES and res.start_of(k + 1) == k + 1 and ctx.type_at(k + 1) == "Place" \
            and (end := res.end_of(k + 1)) + 1 < len(doc) and doc[end].text == "," \
            and ctx.type_at(end + 1) == "Organization":
        k = end  # "X, general manager – Asia, Acme"
    if k + 1 >= len(doc) or doc[k].text != "," or res.start_of(k + 1) != k + 1 \
            or ctx.type_at(k + 1) not in ("Organization", "Place"):
        return None
    end = res.end_of(k + 1)
    second = end + 2 < len(doc) and doc[end].lower_ in ("and", "&") and is_title_noun(doc[end + 1]) \
        and doc[end + 2].text == ","  # "X, CEO, Acme and founder, Kessly Trust"
    return res.key_at(k + 1) if end == len(doc) or doc[end].text in (",", ".", ";", "”", '"') or second else None


def listed_at(ctx: Context, title: Token) -> str | None:
    """"A, senior counsel, B, vice president, and C, manager, at Acme": the at-phrase
    after a list of names and their titles is every item's (the parser hangs it on an
    earlier name or title of the list)."""
    x = title.head
    while x.dep_ in ("conj", "appos") and x.head.i < x.i:
        x = x.head
        if not (is_title_noun(x) or ctx.type_at(x.i) == "Person"):
            return None
        for c in x.children:
            if c.dep_ == "prep" and c.lower_ == "at" and c.i > title.i and (key := object_org(ctx, c)):
                return key
    return None


def object_org(ctx: Context, prep: Token) -> str | None:
    """The organization a preposition's object names, if it names one."""
    return next((key for g in prep.children
                 if g.dep_ == "pobj" and ctx.types.get(key := ctx.res.key_at(g.i)) == "Organization"), None)


def comma_org(ctx: Context, tok: Token, after: Token) -> str | None:
    """The organization (or institution) an appositive after `after` names, set off by a comma
    ("X, CEO, Acme", "X, President and CEO, Southlake Regional Health Centre")."""
    if tok.dep_ == "appos" and tok.i > after.i and ctx.doc[tok.left_edge.i - 1].text == "," \
            and body_or_institution(ctx, key := ctx.res.key_at(tok.i)):
        return key
    end = ctx.res.end_of(tok.left_edge.i) if ctx.res.key_at(tok.left_edge.i) else 0
    if tok.dep_ == "conj" and tok.head.i == after.i and tok.left_edge.i == after.i + 2 and ctx.doc[after.i + 1].text == "," \
            and after.is_title and not any(c.dep_ == "det" for c in after.children) \
            and end < len(ctx.doc) and ctx.doc[end].lower_ not in ("and", "&") \
            and ctx.types.get(key := ctx.res.key_at(tok.left_edge.i)) == "Organization":
        return key  # "X, Chairman, House of Assembly Committee on Investment, said", parsed as a list (not "X, the
        # manager, Acme Foods and Kessly Logistics")
    return None


def body_or_institution(ctx: Context, key: str | None) -> bool:
    """An organization, or a place that is an institution's building ("... Health Centre")."""
    kind = ctx.types.get(key)
    return kind == "Organization" or kind == "Place" and any(
        e.label.rsplit(" ", 1)[-1].lower() in LEX.buildings for e in ctx.entities if e.key == key)


def apposed_org(ctx: Context, title: Token) -> str | None:
    """"X, President & CEO, Acme, said": the organization set after a title (or after the
    title it is joined to) between commas, or in an appositive or of-phrase the parser hung
    on the name."""
    for head in (title, *[c for c in title.children if c.dep_ == "conj"]):
        for c in head.children:
            if key := comma_org(ctx, c, title):
                return key
            if head is not title and is_title_noun(head) and c.dep_ == "prep" and c.lower_ in ("of", "at") \
                    and not any(x.dep_ == "prep" for x in title.children) \
                    and (key := object_org(ctx, c)):  # "X, Secretary General and CEO of Acme"
                return key
    name = title.head
    while name.dep_ in ("appos", "conj") and is_title_noun(name):
        name = name.head  # "X, Chairman and CEO of Acme," parsed with "of Acme" on the name
    for c in name.children:
        if key := comma_org(ctx, c, title):
            return key  # "said X, president and chief executive officer, Acme." parsed with Acme on X
        if c.dep_ == "prep" and c.lower_ in ("of", "at") and c.i > title.i and (key := object_org(ctx, c)) \
                and not second_post_before(title, c):
            return key
        if c.dep_ == "prep" and c.lower_ == "for" and c.i == title_phrase(ctx, title)[-1].i + 1 and (key := next(
                (k for g in c.children if g.dep_ == "pobj" and (k := ctx.res.key_at(g.i)) and country_code(ctx.label(k))),
                None)):
            return key  # "X, Minister of State for the United Kingdom," parsed with the for-phrase on the name
    return None


def titles_next_name(ctx: Context, t: Token) -> bool:
    """Whether a title's of-phrase runs straight into a person's name ("Prime Minister of
    Kessland Ada Obi"): the title is that person's."""
    doc, res = ctx.doc, ctx.res
    marked, k = title_runs(doc), t.i + 1
    while k < len(doc) and (k in marked or doc[k].lower_ in LEX.honorifics or doc[k].lower_ in ("and", "&")
                            and k + 1 < len(doc) and (k + 1 in marked or is_title_head(doc[k + 1]))) and res.key_at(k) is None:
        k += 1  # "Minister of State for IT and Telecom [Ms.] Ada Obi", "Acme President and CEO Ada Obi"
    if k < len(doc) and ctx.type_at(k) == "Person" and res.start_of(k) == k:
        return True  # also "A, war cabinet minister B and C": B's
    k = t.right_edge.i + 2  # "A, Prime Minister, [Shri] B said": the title of the sentence's subject B
    while k < len(doc) and doc[k - 1].text == "," and ctx.type_at(k) != "Person" and doc[k].lower_ in LEX.honorifics:
        k += 1
    if k < len(doc) and doc[t.right_edge.i + 1].text == "," and ctx.type_at(k) == "Person" \
            and doc[res.start_of(k):res.end_of(k)].root.dep_ in ("nsubj", "nsubjpass") \
            and titled_before(ctx, t.left_edge.i - 1):
        return True
    first = t
    while first.dep_ == "conj" and is_title_noun(first.head) and first.head.i < first.i:
        first = first.head
    j = first.left_edge.i - 1
    j -= j > 0 and doc[j].lower_ in ("and", "&")
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "," and ctx.type_at(t.i + 2) == "Person" and j > 0 \
            and doc[j].text == "," and titled_before(ctx, j):
        return True  # "King A, and Crown Prince and Prime Minister, B": B's
    if doc[t.left_edge.i].lower_ == "the" and titled_before(ctx, t.left_edge.i - 1):
        k = next((j for j in range(t.i + 1, min(t.i + 12, len(doc) - 1)) if doc[j].text == "," or ctx.type_at(j) == "Person"
                  or doc[j].pos_ in ("VERB", "AUX")), None)  # "joined by the Premier of X, A, the Minister of Y, B"
        if k is not None and doc[k].text == "," and ctx.type_at(k + 1) == "Person" and res.start_of(k + 1) == k + 1:
            return True
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
        k = prep.i + 1 + (prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ == "the")
        if ctx.type_at(k) in ("Place", "Organization") and res.start_of(k) == k:
            end = res.end_of(k)
            if end < len(doc) and ctx.type_at(end) == "Person" and res.start_of(end) == end:
                return True
    return False


def titled_before(ctx: Context, comma: int) -> bool:
    """Whether what a comma follows is already a post's: a title phrase ("A, President of X,
    [the Prime Minister of Y, B]"), or a name with its title before it ("President A, [Prime
    Minister, B] discussed"): a title between it and the next name is that name's."""
    doc = ctx.doc
    if comma < 1 or doc[comma].text != ",":
        return False
    if ctx.type_at(comma - 1) != "Person":
        return any(is_title_head(x) for x in doc[max(0, comma - 6):comma])
    j = before_honorifics(doc, ctx.res.start_of(comma - 1) - 1)
    if j >= 0 and doc[j].text == ",":  # "the Premier of X, A, [the Minister of Y, B]"
        k = j - 1
        while k > max(0, j - 10) and doc[k].text != "," and ctx.type_at(k) != "Person":
            k -= 1
        return any(is_title_head(x) for x in doc[k:j])
    return j >= 0 and is_title_head(doc[j]) and is_cap(doc[j])


def appositive_before_name(ctx: Context):
    """"the mayor of Lima, Jane Roe", "Secretary for Security, Jane Roe" (also parsed with
    the name in apposition to the of-phrase's object: "the president of the Senate, X")."""
    doc, res = ctx.doc, ctx.res
    for t in ctx.tokens:
        if ctx.type_at(t.i) != "Person":
            continue
        head = t.head if t.dep_ in ("appos", "conj") and t.head.i < t.i else None
        if head is not None and not is_title_head(head) and head.dep_ == "pobj" and head.head.lower_ in ("of", "for") \
                and (is_title_word(head.head.head) or is_title_noun(head.head.head)) and head.head.head.i < head.i:
            head = head.head.head  # "the mayor of Lima, Jane Roe": parsed with the name on "Lima"
        if (head is None or not (is_title_word(head) or is_title_noun(head))) and (set_off := _set_off_title(ctx, t)):
            head = set_off  # "announced by the emir of Kuwait, Sheikh X, at", parsed with the name elsewhere
        if head is None:
            continue
        if (to := _to_title(ctx, head)) is not None:  # "the Parliamentary Secretary to the Prime Minister, X": one
            outer = doc[to - 1]  # title, X's
            first = to - 1
            while first > 0 and first - 1 in title_runs(doc) and res.key_at(first - 1) is None:
                first -= 1  # "Chief of [Staff]"
            lead = noun_phrase_title(ctx, outer) if is_title_head(outer) else list(doc[first:to])
            yield post(ctx, res.key_at(t.i), lead + list(doc[to:head.i + 1]), np_org(ctx, outer),
                       t, "role.appositive-before-name")
            continue
        if (t.dep_ == "appos" or not is_title_noun(head)) and t.left_edge.i > 1 \
                and doc[t.left_edge.i - 1].text == ",":  # "A, B and Deputy Minister of Transport and Works, C": a
            item = doc[t.left_edge.i - 2]  # list item's title (also parsed with C in apposition to B, or to the
            while (not is_title_noun(item) or item.dep_ == "pobj") and item.head.i < item.i \
                    and item.dep_ in ("pobj", "prep", "conj", "cc"):
                item = item.head  # title before B: "Title of X, B and Title of Y, C")
            if is_title_noun(item) and item.dep_ == "conj" and not ctx.res.key_at(item.i) and (
                    item.head == head and t.dep_ == "conj" or ctx.type_at(item.head.i) == "Person" and head.i <= item.head.i
                    and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in item.children)):
                head = item
        if t.dep_ == "conj" and not (is_title_noun(head) and doc[t.left_edge.i - 1].text == ","
                                     and list_item_ends(ctx, t)):
            continue  # "the vice minister of Justice, Ada Obi; the ...": parsed as a conjunct
        tail = next((c for c in head.conjuncts if c.i > head.i and is_title_noun(c) and c.i + 2 == t.left_edge.i
                     and doc[c.i + 1].text == ","), None) if not is_title_head(head) and head.is_lower \
            and head.lower_ not in LEX.org_heads else None
        if tail is not None:  # "the UK's energy security and net zero minister, X": a portfolio joined by "and"
            words = [x for x in doc[head.left_edge.i:tail.i + 1] if x.dep_ not in ("poss", "det", "case")
                     and x.i > max((c.i for c in head.children if c.dep_ in ("poss", "det")), default=-1)]
            if all(x.is_lower or x.like_num for x in words) and not any(x.dep_ in ("det", "poss") for x in doc[head.i:tail.i]):
                yield post(ctx, res.key_at(t.i), words, np_org(ctx, head), t, "role.appositive-before-name")
            continue
        if not (is_title_word(head) or is_title_noun(head)) or res.key_at(head.i) or not any(
                is_title_head(x) for x in noun_phrase_title(ctx, head)):
            continue  # not "[the Green Party], Ada Obi": a name's last word
        if t.left_edge.i > 1 and doc[t.left_edge.i - 2].lower_ in UNITS \
                and ctx.type_at(t.left_edge.i - 2) == "Organization" and any(
                ctx.type_at(x) == "Organization" for x in range(max(0, head.left_edge.i - 1), head.i)):
            continue  # "Acme President of Global Operations, X": role.title-before-name's, Acme's
        if listed_after_name(ctx, head.left_edge.i - 1) and not (
                (doc[head.left_edge.i].lower_ == "the" or ctx.type_at(head.left_edge.i) == "Organization")
                and titled_before(ctx, head.left_edge.i - 1)):
            continue  # "A, Secretary-General of the UN, B, ...": A's title, in a list (not "the Premier of X, A,
            # the Minister of Y, B", "Minister A, Acme (AC) president, B": B's, as A has a title)
        port = [] if head.lower_ in LEX.seat_titles else \
            portfolio(ctx, head, t.left_edge.i) or title_words_after(ctx, head) or of_portfolio(ctx, head)  # "in charge of X and Y", not "the MP
        # for [Slough]": the seat
        between = doc[head.i + 1:t.left_edge.i]
        if len(between) > 2 and between[0].lower_ == "to" and between[-1].text == "," and any(
                is_title_head(x) for x in between[1:4]) and not any(ctx.type_at(x.i) for x in between):
            yield post(ctx, res.key_at(t.i), noun_phrase_title(ctx, head) + list(between[:-1]), None, t,
                       "role.appositive-before-name")  # "the Special Adviser to the President on Media, X"
            continue
        joined = [c for c in head.children if c.dep_ == "conj" and is_title_noun(c) and c.i < t.i
                  and not ctx.res.key_at(c.i)]  # "the president and CEO of Acme, X": two posts
        if any((x.lower_ == "and" and x not in port and not any(x.i + 1 == c.left_edge.i or c.left_edge.i < x.i < c.right_edge.i
                                                                  for c in joined))  # "and Chief of A and B, X"
               or ctx.type_at(x.i) == "Person" for x in between):
            continue
        org = np_org(ctx, head, ("of", "at", "in") if port else ("of", "at", "for", "in"))
        if org is None and (split := next((c for c in head.children if c.dep_ == "appos" and c.i == head.i + 1
                                           and is_title_head(c)), None)) is not None:
            org = np_org(ctx, split)  # "the country [Director of UNICEF], X", parsed with the title on "country"
        if org is None and head.dep_ == "appos" and head.head.i < head.i \
                and ctx.types.get(held := org_ref(ctx, head.head)) == "Organization" \
                and not any(x.is_punct and x.text not in "()" for x in doc[head.head.i + 1:head.left_edge.i]):
            org = held  # "Kessly University (KU) new Vice-Chancellor, Ada Obi"
        toks = noun_phrase_title(ctx, head)
        if org is None and toks and toks[0].i and ctx.type_at(toks[0].i - 1) == "Organization":
            org = res.key_at(toks[0].i - 1)  # "the University of Leeds vice-chancellor, X", however parsed
        if org is None and toks and toks[0].i > 3 and doc[toks[0].i - 1].text == ")" and doc[toks[0].i - 3].text == "(" \
                and ctx.type_at(toks[0].i - 4) == "Organization":
            org = res.key_at(toks[0].i - 4)  # "Kessly Fund for Development (KFD) Director General, X"
        if len(port) > len([x for x in toks if x.i > head.i]):  # the longer portfolio wins
            toks = [x for x in toks if x.i < port[0].i] + port  # (after "-general" in "secretary-general for X")
        first = head.head  # "the Kessish Deputy Prime Minister and Foreign Minister, X": both posts X's
        if head.dep_ == "conj" and first.i < head.i and is_title_noun(first) and res.key_at(first.i) is None \
                and doc[first.i + 1].lower_ in ("and", "&") and head.left_edge.i == first.i + 2:
            role = post(ctx, res.key_at(t.i), noun_phrase_title(ctx, first), np_org(ctx, first), t,
                        "role.appositive-before-name")
            yield role
            if org is None and role is not None and "+org-from" not in role.evidence.rule:
                org = role.org  # the demonym or organization the first title states
        for part in split_on_and(toks):  # "Deputy Governor and Finance Commissioner, X": two posts
            yield post(ctx, res.key_at(t.i), part, org, t, "role.appositive-before-name")
        for other in joined:
            yield post(ctx, res.key_at(t.i), noun_phrase_title(ctx, other), org, t, "role.appositive-before-name")


def _set_off_title(ctx: Context, t: Token) -> Token | None:
    """The title noun of the phrase a comma sets off right before the name t is the root of
    ("the president of the Union of Kessish Rowers, X, said", "the state commissioner for
    Health, Dr X said"), whatever the parse hung the name on; not a title in a phrase a
    preposition opens before the name's own sentence ("In a letter to the president of
    Kessland, X said") nor one a verb takes ("after meeting the governor, X said")."""
    doc, res = ctx.doc, ctx.res
    start, end = res.start_of(t.i), res.end_of(t.i)
    if doc[start:end].root != t:
        return None
    j = before_honorifics(doc, start - 1, ranks=True)
    if j < 2 or doc[j].text != "," or t.left_edge.i != j + 1:
        return None
    tok = top = doc[j - 1]
    path = []
    while top.dep_ in ("pobj", "prep", "conj", "cc", "compound", "amod") and top.head.i < top.i and len(path) < 8:
        path.append(top)
        top = top.head
        if is_title_noun(top) and (not is_title_noun(tok) or any(x.dep_ == "prep" and x.i > top.i for x in path)):
            tok = top  # the title whose portfolio it is: "Secretary for Culture and Social [Justice]"
    if not is_title_noun(tok) or any(ctx.type_at(x.i) == "Person" for x in (tok, *path)):
        return None
    if top is not tok and top.pos_ in ("NOUN", "PROPN") and not is_title_noun(top) and path and path[-1].lower_ == "of" \
            and res.key_at(top.i) is None:
        return None  # "the wife of the governor of the bank, X": X is the wife (not "the announcement by the ...")
    if end + 1 < len(doc) and doc[end].lemma_.lower() in LEX.reporting_verbs and doc[end + 1].text == ",":
        return None  # "The chairman of the club, X argued, should resign": X's words, inserted
    first = tok.left_edge.i
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.pos_ in ("VERB", "AUX"):
        return None
    closed = end < len(doc) and doc[end].text in (",", ")", ";")
    if before is not None and before.pos_ == "ADP" and not closed:
        return None
    return tok


def _to_title(ctx: Context, head: Token) -> int | None:
    """Where "to" stands in "Adviser to the President", "Chief of Staff to the Governor":
    a title, "to", then the title the person serves (the head given)."""
    doc, k = ctx.doc, head.i - 1
    if not is_title_head(head):
        return None
    while k > 0 and is_title_word(doc[k]) and ctx.res.key_at(k) is None:
        k -= 1
    k -= k > 0 and doc[k].lower_ == "the"
    if k < 2 or doc[k].lower_ != "to":
        return None
    marked = title_runs(doc)  # "Chief of Staff to the President": a title run with its head before "to"
    return k if is_title_head(doc[k - 1]) or k - 1 in marked and any(
        is_title_head(doc[j]) and j in marked for j in range(max(0, k - 5), k - 1)) else None


def list_item_ends(ctx: Context, name: Token) -> bool:
    """Whether a list item ends with this name ("...; the minister of X, Ada Obi; the ...",
    "the President of X, Ada Obi, Prime Minister Tom Hale"), not "..., Ada Obi, UAE
    Ambassador to Peru," (a title of her own follows)."""
    doc, k = ctx.doc, ctx.res.end_of(name.i) - 1
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    m = k + 2
    while nxt is not None and nxt.text == "," and m < len(doc) and is_cap(doc[m]) and is_title_word(doc[m]):
        m += 1  # ", Prime Minister B": the next item's title, then its name
    return nxt is None or nxt.text in (";", ".") or nxt.lower_ in ("and", "&") \
        or (nxt.text == "," and k + 2 < len(doc) and doc[k + 2].lower_ in ("the", "and")) \
        or m > k + 2 and ctx.type_at(honorifics_after(doc, m)) == "Person"


def title_words_after(ctx: Context, head: Token) -> list[Token]:
    """"Minister [of Foreign Affairs and Trade]": the capitalised portfolio after a title head."""
    marked = title_runs(ctx.doc)
    k = head.i + 1
    while k < len(ctx.doc) and k in marked:
        k += 1
    return list(ctx.doc[head.i + 1:k])


def of_portfolio(ctx: Context, head: Token) -> list[Token]:
    """"head [of military and veteran affairs] at Acme", "secretary [for senior services]",
    "minister [of jobs, economic recovery and innovation]": an of- or for-phrase naming no
    entity is part of the title, up to a phrase naming where it is held."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    if (kind := board_kind(head)) is not None:
        return list(ctx.doc[prep.i:kind.i + 1])  # "Chairman [of the Board of Directors] of Acme"
    held = portfolio_post(head)
    vice = head.lower_ in ("vp", "svp", "evp") or head.lower_ == "president" and head.i and head.nbor(-1).lower_ in ("vice", "-")
    if prep is None or not (held or vice or head.lower_ in ("head", "chief", "director")) or (prep.lower_ == "for" and not held):
        return []
    toks = []
    phrase = ctx.doc[prep.i:prep.right_edge.i + 1]
    for t in phrase:
        if ctx.res.key_at(t.i):
            return []  # "director of the Red Cross": the of-phrase says where
        if t.lower_ in ("at", "in") or not (t.is_alpha or t.text in "-,"):
            break
        if t.text == "," and not is_list(ctx, list(ctx.doc[t.i:phrase.end])):
            break
        toks.append(t)
    toks += listed_portfolio(ctx, head, toks[-1].i + 1) if toks else []
    sole = head.lower_ == "minister" and len(toks) == 3 and toks[-1].lower_ not in LEX.org_heads \
        and toks[-1].lower_ not in LEX.government_heads  # "minister of the interior", not "of the coalition government"
    nouns = sole or any(x.pos_ == "NOUN" for x in toks)
    bare = all(not is_cap(x) and (x.pos_ != "DET" or sole and x.i == prep.i + 1 and x.lower_ == "the")
               for x in toks)  # "of veteran affairs", not "of the automaker"
    return toks if nouns and bare else []


def portfolio_post(head: Token) -> bool:
    """A title whose for- or of-phrase names its portfolio: "minister", "secretary",
    "commissioner", "cabinet member" (for transport)."""
    before = head.doc[head.i - 1].lower_ + " " if head.i else ""
    if head.text == "Responsible" and is_title_noun(head):  # "Minister Responsible for Housing"
        return portfolio_post(head.doc[head.i - 1])
    return head.lower_ in LEX.portfolio_titles or before + head.lower_ in LEX.portfolio_titles


def listed_portfolio(ctx: Context, head: Token, k: int) -> list[Token]:
    """", economic recovery and innovation": the rest of a portfolio list the parser
    hangs on the title noun, when it ends in "and" and names no entity."""
    doc = ctx.doc
    if k >= len(doc) or doc[k].text != ",":
        return []
    conj = [c for c in head.rights if c.dep_ == "conj" and c.i > k]
    if not conj:
        return []
    run = list(doc[k:max(c.right_edge.i for c in conj) + 1])
    return run if is_list(ctx, run) else []


def is_list(ctx: Context, run: list[Token]) -> bool:
    """", education and sport": the rest of a list of words naming no entity, ending in "and"."""
    return any(t.lower_ in ("and", "&") for t in run) and \
        all(t.text == "," or (t.is_alpha and not ctx.res.key_at(t.i)) for t in run)


def portfolio(ctx: Context, head: Token, stop: int) -> list[Token]:
    """"Secretary [for Financial Services and the Treasury], Jane Roe": the words of
    a post's "for" phrase (or an "of" phrase of portfolio words), up to the comma
    before the name."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    if prep is None:
        return []
    toks = list(ctx.doc[prep.i:stop])
    held = next((ctx.types.get(ctx.res.key_at(g.i)) for g in prep.children if g.dep_ == "pobj"), None)
    if prep.lower_ == "for" and held == "Organization" and head.lower_ not in ("minister", "secretary"):
        return []  # "the new VC for Kessly University, X": where the post is held
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if prep.lower_ == "of" and not all(is_title_word(x) or x.lower_ in ("of", "and", "the", ",")
                                        or (is_cap(x) and ctx.res.key_at(x.i) is None and not head_type(x)
                                            and x.lower_ not in LEX.designators) for x in toks):
        return []  # "Minister of Energy" is a title, "Director of Acme" names where it is held
    return toks


def _title_nouns(ctx: Context):
    for t in ctx.tokens:
        if is_title_noun(t) and not ctx.res.key_at(t.i):
            yield t


def graded(noun: Token) -> bool:
    """"the most popular leader", "the best president": a judgement, not a post."""
    return any((c.tag_ in ("JJS", "RBS") and c.nbor().text != "-")
               or any(g.tag_ == "RBS" and g.nbor().text != "-" for g in c.children)
               for c in noun.children if c.dep_ == "amod")  # but "the longest-serving mayor" holds a post


def copula(ctx: Context):
    """"X is the mayor of Y"; "the new chairman is X", "the first Commissioner for Y will be X"
    (now or to come, not "the first mayor was X")."""
    for t in _title_nouns(ctx):
        be = t.head
        if t.dep_ == "nsubj" and be.lemma_ == "be" and (be.tag_ in ("VBZ", "VBP") or any(
                c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in be.children)) \
                and not any(c.dep_ == "neg" for c in be.children) and not graded(t) \
                and any(c.lower_ == "the" or c.dep_ == "poss" for c in t.lefts) \
                and not any(x.lower_ == "only" or x.pos_ == "ADJ" and not is_title_word(x) and not ordinal(x)
                            and x.lower_ not in LEX.title_descriptors for x in t.lefts):  # not "the only female CEO is X"
            named = next((c for c in be.children if c.dep_ == "attr" and ctx.types.get(ctx.coref.entity_of(c)) == "Person"
                          and ctx.res.key_at(c.i)), None)
            if named is not None:
                yield post(ctx, ctx.coref.entity_of(named), title_phrase(ctx, t), np_org(ctx, t), t, "role.copula")
            continue
        attr = t.head if t.dep_ == "conj" and t.head.dep_ == "attr" else t  # "is the X's representative and
        if attr.dep_ == "attr" and attr.head.lemma_ == "be" and not graded(t):  # Vice Chairman of the board"
            subj = next((c for c in attr.head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                subj = antecedent(subj, attr.head)  # "X, who is the chairman of Y"
                yield post(ctx, ctx.coref.entity_of(subj), title_phrase(ctx, t), np_org(ctx, t), t, "role.copula")


DEPUTY = re.compile(r"^(?:deputy|vice|assistant|associate)[- ](.+)$")


def deputy_placed(ctx: Context, roles: list[Role]) -> list[Role]:
    """"Kessly Governor Tom Hale and his Deputy Governor Jan Ruml": a deputy named as
    someone's ("his", "her", "its"), unplaced or placed only by the article's main place
    (or a body's deputy the text places nowhere or by a guess: "UNISON General Secretary A ...
    Deputy General Secretary B", "governor of the Central Bank ... the deputy governors are"),
    holds office where the one post the deputy's title names is held, when the article places
    that post in one place only."""
    held: dict[str, set[str]] = {}
    for r in roles:
        if r.org:
            held.setdefault(r.title.lower(), set()).add(r.org)
    out = []
    for r in roles:
        base = DEPUTY.match(r.title.lower())
        linked = re.search(rf"\b(?:his|her|its|their) {re.escape(r.title)}\b", r.evidence.text, re.I)
        guessed = not r.org or "+org-from-article" in r.evidence.rule  # the article's place is a guess
        orgs = held.get(base[1], set()) if base and guessed else set()
        if not (linked and guessed) and (not r.title.lower().startswith("deputy") or placed_after(ctx, r)
                                         or any(ctx.types.get(o) != "Organization" for o in orgs)):
            orgs = set()  # placed nowhere: only a body's deputy ("Vice President X" may be another country's,
            # "Deputy Chief Executive X of Samsung" another company's)
        if len(orgs) == 1:
            r = replace(r, org=next(iter(orgs)), evidence=replace(r.evidence, rule=r.evidence.rule + "+org-of-deputised"))
        out.append(r)
    return out


def party_state_seats(ctx: Context, roles: list[Role]) -> list[Role]:
    """"Sen. Ada Obi (R-Maine)", "Rep. Tom Hale, D-Ga., said": a legislator's party and state
    after the name place the seat in that state, over a chamber or the article's guess."""
    doc, states = ctx.doc, {}
    for start, end, key in person_spans(ctx):
        k = end + 1
        tagged = end + 3 < len(doc) and doc[end].text in ("(", ",") and doc[k].text in PARTY_LETTERS \
            and doc[k + 1].text in ("-", "–")
        if tagged and (state := us_state_of_code(doc[k + 2].text)):  # "(R-VA)": a postal code
            states.setdefault(key, ctx.entity_named(state, EntityType.PLACE, doc[k + 2]))
        elif tagged and ctx.type_at(k + 2) == "Place" and us_state(doc[k + 2].text):
            full = LEX.region_abbreviations.get(doc[k + 2].text.lower())  # "R-Miss.": the article's Mississippi
            named = next((e.key for e in ctx.entities if full and e.type == "Place" and full in (e.label, *e.aliases)), None)
            states.setdefault(key, named or ctx.res.key_at(k + 2))  # not "R-Chesapeake", a member's home town
    out = []
    for r in roles:
        seat = states.get(r.person)
        words = r.title.lower().replace("-", " ").split()
        if seat and words and words[-1] in LEGISLATORS and ctx.types.get(r.org) != "Place":
            r = replace(r, org=seat, evidence=replace(r.evidence, rule=r.evidence.rule + "+org-from-party-state"))
        out.append(r)
    return out


def us_state(name: str) -> bool:
    """A US state's name or its news abbreviation ("Maine", "Ga.", "Pa.")."""
    return "US" in subdivision_of(name)[0] or LEX.region_abbreviations.get(name.lower()) is not None


PARTY_LETTERS = frozenset({"R", "D", "I"})  # Republican, Democrat, independent
LEGISLATORS = frozenset({"senator", "sen.", "representative", "rep.", "congressman", "congresswoman",
                         "congressmember", "assemblyman", "assemblywoman", "delegate", "lawmaker"})


def placed_after(ctx: Context, r: Role) -> bool:
    """Whether the text names a body right after the person's name in the post's evidence
    ("Deputy Chief Executive Jane Doe of Samsung")."""
    k = next((t.i for t in ctx.tokens if ctx.res.key_at(t.i) == r.person and r.evidence.start <= t.idx < r.evidence.end),
             None)
    if k is None:
        return False
    end = ctx.res.end_of(k)
    return end + 1 < len(ctx.doc) and ctx.doc[end].lower_ in ("of", "at") and ctx.res.key_at(end + 1 + (
        ctx.doc[end + 1].lower_ == "the")) is not None


def counterparts(ctx: Context, roles: list[Role]) -> list[Role]:
    """"Egyptian Defense Minister A and his Angolan counterpart, B", "talks with his
    counterpart from Peru, B": B holds the minister's post A holds in A's country (a post
    every country has; placed by the text, not by the article), in the other country the
    demonym, country name or from-phrase names; not when the text places a post of B's own."""
    doc, res, out = ctx.doc, ctx.res, list(roles)
    for tok in ctx.tokens:
        if tok.lower_ != "counterpart":
            continue
        owner = next((ctx.coref.entity_of(c) for c in tok.children if c.dep_ == "poss"), None)
        code, anchor = next(((code, c) for c in tok.children if c.i < tok.i and (
            code := demonym_code(c) or country_of_key(ctx, res.key_at(c.i) or ""))), (None, None))  # "his US counterpart"
        k = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")
        if code is None and k + 1 < len(doc) and doc[k].lower_ == "from":
            k += 1 + (doc[k + 1].lower_ == "the")  # "his counterpart from (the) Philippines, B"
            if land := country_of_key(ctx, res.key_at(k) or ""):
                code, anchor, k = land, doc[k], res.end_of(k) + (res.end_of(k) < len(doc) and doc[res.end_of(k)].text == ",")
        while k < len(doc) and res.key_at(k) is None and (doc[k].lower_ in LEX.honorifics or doc[k].lower_ in LEX.ranks):
            k += 1  # "his Japanese counterpart [Gen] Nakatani", "Dr."
        person = res.key_at(k) if k < len(doc) and ctx.type_at(k) == "Person" and res.start_of(k) == k else None
        held = [r for r in roles if r.person == owner and not r.former and "+org-from-article" not in r.evidence.rule
                and country_of_key(ctx, r.org or "") not in (None, code)]  # a country's post: the other country's
        titles = sorted({r.title for r in held if COMMON_POSTS.intersection(r.title.lower().split())
                         and "prime minister" not in r.title.lower()}, key=len)
        if titles and all(set(t.lower().split()) <= set(titles[-1].lower().split()) for t in titles):
            titles = titles[-1:]  # "Minister" and "Minister of Defense": one post, said twice
        if code is None or person is None or person == owner or len(titles) != 1 \
                or any(r.person == person and r.org for r in roles):
            continue
        out.append(Role(person, titles.pop(), country_entity(ctx, code, anchor), False, evidence(tok, "role.counterpart")))
    return out


def one_holder(ctx: Context, roles: list[Role]) -> list[Role]:
    """"Prime Minister A and visiting Bangladesh Prime Minister B": a country has one head
    of state or government at a time, so a post the article's country gave A, which the
    same sentence gives B in that country (not a late, acting or incoming one), is A's in
    the other country the article names most (one the text gives no holder of that post)."""
    def office(r: Role) -> str | None:
        low = " ".join(LEX.title_abbreviations.get(w, w) for w in r.title.lower().split())
        return low if low in SOLE_OFFICES and not r.former else None
    placed = {(office(r), r.org, r.evidence.start): r.person for r in roles
              if office(r) and r.org and "+org-from-article" not in r.evidence.rule and country_of_key(ctx, r.org)
              and not re.search(rf"\b(?:late|ex|then)\W+(?:\w+\W+){{0,2}}{re.escape(r.title)}\b", r.evidence.text, re.I)}
    if not placed:
        return roles
    mentions = named_countries(ctx)
    held = {(post, org) for post, org, _ in placed}
    out = []
    for r in roles:
        post = office(r)
        if post and r.evidence.rule.endswith("+org-from-article-country") \
                and placed.get((post, r.org, r.evidence.start), r.person) != r.person:
            other = max((k for k in mentions if k != r.org and (post, k) not in held), key=lambda k: (mentions[k], k),
                        default=None)
            if other is not None:
                r = replace(r, org=other, evidence=replace(r.evidence, rule=r.evidence.rule + "+org-one-holder"))
        out.append(r)
    return out


def visitors(ctx: Context, roles: list[Role]) -> list[Role]:
    """"Foreign Minister A met Fiji's Prime Minister B", "Prime Minister A and his Lao
    counterpart B": where a sentence places the post of the leader or envoy B that A, a leader
    or envoy too, meets in a country by name or demonym, and leaves A's post unplaced, A is not
    of that country (the writer would not name it for one of the two only), so A's posts the
    article's country gave are in the other country the article names most of those it names
    with A. Only when A is named first, and B as an object: a country named for the first person
    holds for those after ("Ukraine's Minister B said President A's initiative"); not in a list
    ("Industry Minister A and Korean Security Adviser B"), nor a former holder, nor a judge or an
    officer B ("President A swore in Kenya's new Chief Justice B": a story names its own country
    too)."""
    mentions, moved = named_countries(ctx), {}
    for r in roles:
        code = country_of_key(ctx, r.org or "") if r.evidence.rule.endswith("+org-from-article-country") else None
        spot = next((ctx.doc[s] for s, _e, k, nested in ctx.res.spans if k == r.person and not nested
                     and r.evidence.start <= ctx.doc[s].idx < r.evidence.end), None)
        if code and spot is not None and not r.former and envoy_post(r.title) and r.person not in moved \
                and (placed_there(ctx, roles, r, spot) or counterpart_there(ctx, r, spot, code)):
            if (other := other_country(mentions, r.org, named_with(ctx, r.person))) is not None:
                moved[r.person] = (r.org, other)
    return moved_posts(roles, moved, "+org-visitor")


def other_country(mentions: dict[str, int], org: str, near: set[str], anywhere: bool = False) -> str | None:
    """The country other than the post's the article names most of those named with the person
    (or, `anywhere`, in the article if twice or more)."""
    rank = lambda k: (mentions[k], k)  # noqa: E731
    return max((k for k in mentions if k != org and k in near), key=rank, default=None) or (
        max((k for k in mentions if k != org and mentions[k] > 1), key=rank, default=None) if anywhere else None)


def moved_posts(roles: list[Role], moved: dict[str, tuple[str, str]], tag: str) -> list[Role]:
    """The posts the article's country gave each moved person, in the country they moved to."""
    return [replace(r, org=moved[r.person][1], evidence=replace(r.evidence, rule=r.evidence.rule + tag))
            if r.person in moved and r.org == moved[r.person][0] and r.evidence.rule.endswith("+org-from-article-country")
            else r for r in roles]


def travellers(ctx: Context, roles: list[Role]) -> list[Role]:
    """"President X, who is in the United Kingdom for the G7", "the US trip of President X",
    "X, on goodwill visits to Tonga and Samoa": a leader or envoy the text has travel to (or
    be in) the article's country is not of it, so the posts that country gave them are in
    the other country named most in the sentences that name them (or in the article)."""
    mentions, moved = named_countries(ctx), {}
    for r in roles:
        if r.evidence.rule.endswith("+org-from-article-country") and not r.former and envoy_post(r.title) \
                and r.person not in moved and travelled_to(ctx, r.person, r.org):
            if (other := other_country(mentions, r.org, named_with(ctx, r.person), anywhere=True)) is not None:
                moved[r.person] = (r.org, other)
    return moved_posts(roles, moved, "+org-traveller")


def travelled_to(ctx: Context, person: str, country: str) -> bool:
    """Whether the text has the person travel to, visit or be in that country (by its name: a
    leader is in, or flies back to, their own capital)."""
    code, labels = country_of_key(ctx, country), {e.key: e.label for e in ctx.entities}
    there = lambda t, visit: (k := ctx.res.key_at(t.i)) == country or visit and code is not None and k is not None \
        and capital_of(labels.get(k, "")) == code  # noqa: E731
    # "his visit to Addis Ababa": a visit to the country's capital is one to the country (not "arrived in", which a
    # leader does at home too)
    for t in ctx.tokens:
        lemma = t.lemma_.lower()
        if lemma not in TRAVEL and not (lemma == "be" and t.dep_ == "relcl"):
            continue
        doers = [c for c in t.children if c.dep_ in ("nsubj", "poss")] + [
            g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"] \
            if lemma != "welcome" else [c for c in t.children if c.dep_ == "nsubjpass"]  # "X was welcomed to China"
        if t.dep_ == "relcl" and any(c.lower_ == "who" for c in doers):
            doers.append(t.head)  # "X, who is in the United Kingdom"
        if t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.dep_ == "relcl":
            doers.append(t.head.head.head)  # "X, who is this week on goodwill visits to Tonga"
        if not any(ctx.coref.entity_of(d) == person for d in doers):
            continue
        spots = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                 for g in c.children if g.dep_ == "pobj"] + [c for c in t.children if c.dep_ in ("dobj", "compound")]
        spots += [g for s in list(spots) for g in s.conjuncts]  # "visits to Tonga, Samoa and Niue"
        if any(there(g, lemma in VISITS) for g in spots):
            return True
    return False


TRAVEL = frozenset({"visit", "trip", "tour", "travel", "arrive", "fly", "land", "journey", "welcome"})
VISITS = frozenset({"visit", "trip", "tour"})


def hosts(ctx: Context, roles: list[Role]) -> list[Role]:
    """"Prime Minister X extended an invitation to President Y to visit Pakistan": who invites
    a guest to visit a country is its host, so the posts the article's country gave them are
    in that country; and "The prime minister was accompanied by A and B": the party
    travelling with a leader moved so holds its posts where the leader does."""
    mentions, moved = named_countries(ctx), {}
    for t in ctx.tokens:
        visit = next((c for c in t.children if c.dep_ in ("acl", "xcomp", "advcl") and c.lemma_.lower() == "visit"), None)
        land = next((k for c in (visit.children if visit is not None else ()) if c.dep_ == "dobj"
                     and (k := ctx.res.key_at(c.i)) in mentions), None)
        by = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        inviter = (by if by is not None and t.lemma_.lower() == "invite" else subject_of(t) if t.lemma_.lower() == "invite"
                   else subject_of(t.head) if t.lemma_.lower() == "invitation" and t.dep_ == "dobj" else None) if land \
            else None  # "Y was invited by X to visit Pakistan": X
        host = ctx.coref.entity_of(inviter) if inviter is not None and not any(
            c.dep_ == "neg" for c in (*t.children, *t.head.children)) else None  # not "has not invited anyone to"
        for r in roles if host else ():
            if r.person == host and r.org != land and r.evidence.rule.endswith("+org-from-article-country"):
                moved[host] = (r.org, land)
    roles = moved_posts(roles, moved, "+org-host")
    placed = {r.person: r.org for r in roles if r.org and envoy_post(r.title)
              and r.evidence.rule.endswith(("+org-host", "+org-traveller", "+org-visitor"))}  # a leader the article's
    # country gave the post of another (not "Indian Prime Minister X ... accompanied by" the host's minister)
    party, home = {}, next((r.org for r in roles if r.evidence.rule.endswith("+org-from-article-country")), None)
    # the article's country, where it gave posts
    for t in ctx.tokens:
        if t.lemma_.lower() != "accompany" or (leader := next((ctx.coref.entity_of(c) for c in t.children
                                                               if c.dep_ == "nsubjpass"), None)) not in placed:
            continue
        for x in (x for c in t.children if c.dep_ == "agent" for x in c.subtree):  # "by A, B and C"
            if (k := ctx.res.key_at(x.i)) and ctx.types.get(k) == "Person" and k != leader and placed[leader] != home:
                party[k] = (home, placed[leader])
    return moved_posts(roles, party, "+org-party")


VISITING_POSTS = frozenset({"president", "minister", "premier", "ambassador", "envoy", "king", "queen", "emir",
                            "sultan", "chancellor", "secretary", "pm"})  # who meet their counterparts abroad


def envoy_post(title: str) -> bool:
    """A leader's, minister's or envoy's post (not a judge's, an officer's, a deputy president's)."""
    words = title.lower().replace("-", " ").split()
    return bool(VISITING_POSTS.intersection(words)) and "deputy" not in words and "vice" not in words


def named_with(ctx: Context, person: str) -> set[str]:
    """The entities named in the sentences that name a person (or refer to them: "she")."""
    sents = {ctx.doc[s].sent.start for s, _e, k, _n in ctx.res.spans if k == person} | {
        t.sent.start for t in ctx.tokens if t.pos_ in ("PRON", "PROPN") and ctx.coref.entity_of(t) == person}
    return {k for s, _e, k, _n in ctx.res.spans if ctx.doc[s].sent.start in sents}


def placed_there(ctx: Context, roles: list[Role], r: Role, spot: Token) -> bool:
    """Whether the sentence of A's post places the post of someone A meets, named after A and
    not in a list with A, in A's article country."""
    for q in roles:
        if q.person == r.person or q.org != r.org or q.former or q.evidence.start != r.evidence.start \
                or "+org-from" in q.evidence.rule or not envoy_post(q.title):
            continue
        other = next((ctx.doc[s] for s, _e, k, nested in ctx.res.spans if k == q.person and not nested
                      and r.evidence.start <= ctx.doc[s].idx < r.evidence.end), None)
        head = ctx.doc[ctx.res.end_of(other.i) - 1] if other is not None else None
        while head is not None and head.dep_ in ("appos", "compound") and head.head.i < head.i:
            head = head.head  # "met [Kenya's President] Ada Obi"
        if head is not None and spot.i < other.i and head.dep_ in ("dobj", "pobj", "dative") \
                and list_of(ctx, spot) != list_of(ctx, other):
            return True  # "A met B", "talks with B", "a reception for B"
    return False


def list_of(ctx: Context, name: Token) -> Token:
    """The first item of the list a name is in (the name's head word if in none)."""
    head = ctx.doc[ctx.res.end_of(name.i) - 1]
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head


def counterpart_there(ctx: Context, r: Role, spot: Token, code: str) -> bool:
    """Whether the sentence calls someone A's counterpart of that country ("his Lao counterpart")."""
    return any(t.lower_ == "counterpart" and any(c.dep_ == "poss" and ctx.coref.entity_of(c) == r.person
                                                 for c in t.children)
               and any(c.i < t.i and demonym_code(c) == code for c in t.children) for t in spot.sent)


def speaks_for(ctx: Context, roles: list[Role]) -> list[Role]:
    """"President A committed the Republic of Korea to ...", "Prime Minister A pledged Japan
    would cut its emissions": a leader commits their own country, so a national post the
    article's country gave A is in the one country A commits (not one A vows will pay, or
    promises support: "vowed Russia would pay", "promised Israel support")."""
    committed: dict[str, set[str]] = {}
    for tok in ctx.tokens:
        if tok.lemma_.lower() not in ("commit", "pledge", "promise") or tok.pos_ != "VERB":
            continue
        person = next((k for c in tok.children if c.dep_ == "nsubj" and ctx.types.get(k := ctx.coref.entity_of(c)) == "Person"),
                      None)  # "• [President A] committed", parsed with the bullet as a subject too
        for c in tok.children if person is not None else ():
            if c.dep_ == "dobj" and tok.lemma_.lower() == "commit" and country_of_key(ctx, land := ctx.res.key_at(c.i) or ""):
                committed.setdefault(person, set()).add(land)
            if c.dep_ != "ccomp" or c.lemma_.lower() in THREATS \
                    or not any(t.lower_ == "its" and t.dep_ == "poss" for t in c.subtree):
                continue  # "pledged Japan would cut its emissions": A's own country's act
            doers = [g for g in c.children if g.dep_ == "nsubj"] or [  # "pledged [Norway] would double its aid",
                g for g in tok.children if g.dep_ == "dobj" and g.i < c.i]  # parsed with the country the object
            for s in doers:
                if country_of_key(ctx, land := ctx.res.key_at(s.i) or ""):
                    committed.setdefault(person, set()).add(land)
    return [replace(r, org=lands.pop(), evidence=replace(r.evidence, rule=r.evidence.rule + "+org-committed"))
            if r.evidence.rule.endswith("+org-from-article-country") and len(lands := set(committed.get(r.person, ()))) == 1
            and r.org not in lands else r for r in roles]


THREATS = frozenset({"pay", "suffer", "regret", "face", "lose", "answer", "fall", "fail"})  # "pledged Kessland would
# pay for its crimes": another's country


SOLE_OFFICES = frozenset({"president", "prime minister", "chancellor", "king", "queen", "emir",
                          "head of state", "foreign minister", "president-elect"})  # one holder per country


COMMON_POSTS = frozenset({"minister"})  # posts every country has by that name (not "Chancellor",
# "Foreign Secretary", "Secretary of Defense"; a president's or prime minister's counterpart may be either)


def premiers_cabinet(ctx: Context, roles: list[Role]) -> list[Role]:
    """"NSW Premier Ada Obi ... Health Minister Tom Hale": where the text places the one
    premier in a state or province, and no prime minister or president in a country,
    a minister it does not place sits in that premier's cabinet."""
    heads = {r.org for r in roles if r.org and r.title.lower().split()[-1] == "premier"
             and not DEPUTY.match(r.title.lower()) and ("+org-from-article" not in r.evidence.rule
                                                        or r.evidence.rule.endswith(("+org-from-article-demonym",
                                                                                     "+org-from-article-premier-state")))}
    national = any(r.org and country_of_key(ctx, r.org) and any(w in r.title.lower() for w in ("prime", "president"))
                   for r in roles)
    state = next(iter(heads)) if len(heads) == 1 and not national else None
    if state is None or country_of_key(ctx, state):
        return roles
    return [replace(r, org=state, evidence=replace(r.evidence, rule=r.evidence.rule + "+org-of-premier"))
            if r.org is None and "minister" in r.title.lower() and "prime" not in r.title.lower() else r
            for r in roles]


def country_of_key(ctx: Context, key: str) -> str | None:
    """The ISO code of the country an entity of the article names, if it names one."""
    return next((country_of(e) for e in ctx.entities if e.key == key), None)


def round_up(ctx: Context, roles: list[Role]) -> list[Role]:
    """"In Taita Taveta, governor X ... In Kilifi County, Y was sworn in as governor ...
    governor Z": where the text places one office (a governor's, a mayor's) in two
    places or more, one of them the article's main state or city, the article is a
    round-up, and a post of that office the text does not place is not placed there."""
    offices = sorted(LEX.region_offices | LEX.city_offices)
    office = [next((o for o in offices if o in r.title.lower()), None) for r in roles]
    placed: dict[str, set[str]] = {}
    for r, o in zip(roles, office):
        if r.org and o and "+org-from-article" not in r.evidence.rule:
            placed.setdefault(o, set()).add(r.org)
    out = []
    for r, o in zip(roles, office):
        rule = r.evidence.rule
        others = placed.get(o, set())
        if rule.endswith(("+org-from-article-state", "+org-from-article-city")) and len(others) > 1 and r.org in others:
            r = replace(r, org=None, evidence=replace(r.evidence, rule=rule.rsplit("+", 1)[0]))
        out.append(r)
    return out


def drop_unplaced(ctx: Context, roles: list[Role]) -> list[Role]:
    """"Governor Jane Roe of Lagos State ... Governor Roe said": the post said again
    without its place is the same post."""
    placed = {(r.person, r.title.lower()) for r in roles if r.org}
    return [r for r in roles if r.org or (r.person, r.title.lower()) not in placed]


def drop_shadowed(ctx: Context, roles: list[Role]) -> list[Role]:
    """Of two posts of one person, drop the one the other says more fully: a shorter
    title in the same place ("Prince" beside "Crown Prince", "Minister" beside "Minister
    of Defence"), or the same title placed only by the article beside one the text
    places ("President" of the country beside "President" of the party), or a shorter title
    only the article places beside a longer one the text places elsewhere (not a deputy's);
    a longer title only the article places gives way to a shorter one the text places."""
    def shadowed(r: Role) -> bool:
        words = set(r.title.lower().split())
        for o in roles:
            if o is r or o.person != r.person:
                continue
            owords = set(o.title.lower().split())
            placed, oplaced = ("+org-from-article" not in x.evidence.rule for x in (r, o))
            if o.org == r.org and words < owords and (oplaced or not placed):
                return True
            if r.org is None and o.org is not None and words < owords:
                return True  # "Adviser X", unplaced, beside "Foreign Affairs Adviser X" of Bangladesh
            if o.org == r.org and owords < words and oplaced and not placed:
                return True  # the longer title only the article places gives way to the one the text places
            if words == owords and r.org and o.org and not placed and oplaced:
                return True
            if words < owords and not placed and oplaced and not (owords - words) & LESSER:
                return True  # "Commissioner X" placed by the article beside "EU Commissioner for Enlargement X"
        return False
    return [r for r in roles if not shadowed(r)]


LESSER = frozenset({"vice", "deputy", "assistant", "associate", "under", "lieutenant", "co", "former", "ex", "acting",
                    "interim", "sub", "junior"})  # "Vice President of the party" says no more of a "President"
PARTY_WORDS = frozenset({"party", "democrats", "republicans", "socialists", "conservatives", "liberals", "greens",
                         "tories", "nationals"})


def a_party_key(ctx: Context, key: str | None) -> bool:
    """Whether an organization is a political party by its name ("Kessly Party", "the Greens")."""
    return ctx.types.get(key) == "Organization" and any(
        n.lower().split()[-1] in PARTY_WORDS for e in ctx.entities if e.key == key for n in (e.label, *e.aliases) if n)
    # "the Kessly Party", "the Social Democrats"; not "the Tea Party Society"


def party_members(ctx: Context, roles: list[Role]) -> list[Role]:
    """"Ada Obi, a member of the Social Democrats", "People's Party member Ada Obi": a party's
    member holds no post in it."""
    return [r for r in roles if not (r.title.lower() in ("member", "party member") and a_party_key(ctx, r.org))]


def keep_first(ctx: Context, roles: list[Role]) -> list[Role]:
    """One post per person, title and place: the first rule that found it keeps it."""
    seen: dict[tuple, Role] = {}
    for r in roles:
        seen.setdefault((r.person, r.title.lower(), r.org), r)
    return list(seen.values())


INFERRED = ("role.copula",)


POSITIONS = frozenset({"position", "post", "office", "role", "rank", "seat"})


def described(ctx: Context):
    """"No new charges, the leader of Leeds City Council has pledged. Councillor X made the
    commitment": a title held in a named body, as a subject, that coreference gives a person."""
    for t in ctx.tokens:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN" or not is_title_noun(t) \
                or ctx.res.key_at(t.i) or not any(c.lower_ == "the" or c.dep_ == "poss" for c in t.lefts):
            continue
        owners = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        owners += [c for c in t.children if c.dep_ == "poss"]  # "Kessland's new president has been sworn in"
        held = next((key for g in owners if ctx.types.get(key := ctx.res.key_at(g.i)) in ("Organization", "Place")), None)
        named = t.i + 1 < len(ctx.doc) and ctx.type_at(t.i + 1) == "Person" or ctx.type_at(t.head.i) == "Person"
        person = ctx.coref.entity_of(t) if held and not named else None  # not "Liberia's minister Ada Obi said"
        if ctx.types.get(person) == "Person":
            yield post(ctx, person, noun_phrase_title(ctx, t), held, t, "role.described")


def appointed(ctx: Context):
    """"Vale, who took over as Acme Canada's president and CEO", "Jane Roe became mayor
    of Lima", "was named chief executive of Acme": each title the verb gives its subject,
    or the person it names ("appointed Ada Obi as CEO", "swore in Ada Obi as mayor")."""
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in LEX.appointment_verbs:
            continue
        heads = [c for c in verb.children if c.dep_ in ("attr", "oprd")]
        heads += prep_objects(verb, ("as",))
        positions = [p for p in prep_objects(verb, ("to", "into"))  # "appointed to the position of Defense Minister",
                     + [c for c in verb.children if c.dep_ == "dobj"]  # "taking on the roles of MD and CEO"
                     if p.lemma_.lower() in POSITIONS]
        heads += [g for p in positions for g in prep_objects(p, ("of",))]
        heads = [h for h in heads if is_title_noun(h) and not ctx.res.key_at(h.i)]
        subj = max((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i, default=None)
        if subj is None:  # "was re-elected as": the split-off "re" leads the parser to hang it elsewhere
            near = [verb.head, *verb.head.children] if verb.dep_ == "advcl" and verb.head.lower_ == "re" else []
            near += [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            subj = next((c for a in near for c in a.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl") and verb.i > 1 \
                and ctx.doc[verb.i - 1].text == "," and ctx.type_at(verb.i - 2) == "Person":
            subj = ctx.doc[verb.i - 2]  # "..., with Ada Obi, serving as secretary to the board"
        if subj is None and verb.dep_ == "conj" and not any(ctx.type_at(k) == "Person" for k in range(verb.head.i, verb.i)):
            subj = subject_of(verb)  # "X will stay on as A and assume the post of B": X (not "..., and Y will")
        if subj is None and verb.dep_ == "xcomp":  # "appointed X to serve as": X
            subj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if subj is None and verb.dep_ == "pcomp" and verb.tag_ == "VBN" and verb.head.lower_ in ("after", "since", "upon", "on"):
            subj = subject_of(verb.head.head)  # "X spoke after being elected chairman of Y": X
        if not heads or subj is None:
            continue
        subj = antecedent(subj, verb)
        named = [c for c in verb.children if c.dep_ in ("dobj", "oprd")] + prep_objects(verb, ("in",))  # "named
        # [David Marlow] as the Interim CEO", parsed with the name a predicate
        named += [g for c in named if is_title_noun(c) for g in c.children if g.dep_ == "appos"]  # "named its
        # chairman, Ada Obi, as chief executive"
        obj = next((c for c in named if ctx.types.get(ctx.coref.entity_of(c)) == "Person"
                    and not (is_title_noun(c) and c.pos_ == "NOUN")), None)  # the name, not its description
        # ("selected economist X as minister": X, not whom "economist" would refer back to)
        person = ctx.coref.entity_of(obj if obj is not None else subj)  # "appointed Ada Obi as CEO", "swore in Y as"
        for head in heads:
            org = np_org(ctx, head) or next((k for p in prep_objects(verb, ("to", "at")) if (k := org_ref(ctx, p))),
                                            None)  # "serving as secretary to the board", parsed under the verb
            if org is None and obj is not None and verb.lemma_.lower() in UNVEILING and ctx.type_at(subj.i) == "Organization" \
                    and not any(c.dep_ == "poss" for c in subj.children) and subj.lower_ not in BOARDS \
                    and ctx.doc[ctx.res.end_of(subj.i) - 1].lower_ not in ("directors", "court", "appeal") \
                    and not any(c.dep_ in ("prep", "relcl", "acl") or c.dep_ == "amod" and not is_title_word(c)
                                for c in head.children):
                org = ctx.coref.entity_of(subj)  # "GAVI named X as the Interim CEO": GAVI's (not "its Board named
                # X as CEO", "the Journal named X as CEO of the Year", "as the best-performing CEO", "as the
                # director who approved the contract")
            for title in [head, *[c for c in head.conjuncts if is_title_noun(c)]]:
                yield post(ctx, person, title_phrase(ctx, title), org, title, "role.appointed")


def as_title(ctx: Context):
    """"re-elected as union president", "her plans as governor", "who won a third term
    as club chairman", "swore in Ada Obi as governor": a title after "as" is a post of
    the verb's object, else its subject, or of the noun's owner (a bare title or "the";
    "as a mother" is a description)."""
    for t in _title_nouns(ctx):
        prep = t.head
        if t.dep_ != "pobj" or prep.lower_ != "as" or any(c.dep_ == "det" and c.lower_ != "the" for c in t.children):
            continue
        head = prep.head
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in LEX.appointment_verbs:
            continue  # role.appointed
        if head.lemma_.lower() in LEX.leaving_verbs or head.lemma_.lower() in LEAVING_NOUNS or any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in head.children):
            continue  # "resigned as chairman", "as mayor, she would cut taxes"
        if head.lemma_.lower() in ("replace", "succeed") and any(c.dep_ == "nsubjpass" for c in head.children):
            continue  # "X was replaced as chief executive by Y"
        named = ctx.doc[prep.i - 1] if prep.i else prep
        if named.dep_ == "pobj" and named.head.lower_ == "with" and \
                ctx.types.get(ctx.coref.entity_of(named)) == "Person":  # "a committee with X as its chairman"
            its = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children)
            body = named.head.head  # the body "with" describes, or the object of the verb it goes with
            body = next((c for c in body.children if c.dep_ == "dobj"), body) if body.pos_ == "VERB" else body
            org = its and org_at(ctx, body.i) or np_org(ctx, t)
            yield post(ctx, ctx.coref.entity_of(named), noun_phrase_title(ctx, t), org, t, "role.as-title")
            continue
        owner = next((c for c in head.children if c.dep_ == "poss"), None) if head.pos_ == "NOUN" else None
        owner = owner or appointee(head)  # "the appointment of X as Vice Chancellor"
        clause = head.head if head.pos_ == "NOUN" and head.dep_ in ("dobj", "attr") else head
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None) \
            if clause is head and head.lemma_.lower() not in ("replace", "succeed") else None  # the predecessor
        obj = appointee(obj) or obj if obj is not None else None  # "welcomed the election of X as"
        if obj is not None and obj.pos_ == "NOUN" and is_title_noun(obj):  # "selected economist X as": X
            obj = next((c for c in obj.children if c.dep_ == "appos"), obj)
        obj = obj if obj is not None and ctx.types.get(ctx.coref.entity_of(obj)) == "Person" else None
        subj = owner or obj or next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        subj = antecedent(subj, clause) if subj is not None else None
        toks = title_phrase(ctx, t)
        org = np_org(ctx, t)
        if org is None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)  # "Acme unveiled X as their new
            org = org_at(ctx, doer.i) if doer is not None and doer is not subj and clause.lemma_.lower() in UNVEILING \
                else None  # chairman": Acme's (not "Acme saw X as its new chief")
            if ctx.types.get(org) != "Organization":
                continue  # a post of a body the text leaves unnamed here
        if any(ordinal(x) for x in toks) and (org is None or t.lower_ == "member"):
            continue  # "as the fifth speaker at the rally", "as the 100th member of the club": a place in a line
        taken = clause.lemma_.lower() in UNVEILING or clause.lemma_.lower() in TAKING or appointee(head) is not None
        # "the election of X as the new Premier of Y"
        if subj is not None and not any(x.pos_ == "ADJ" and not is_title_word(x) and not (taken and (
                ordinal(x) or x.lower_ in LEX.title_descriptors)) for x in toks):  # "as the right leader", "saw X
            # as its new chief" (but "assumed office as the 11th substantive Vice Chancellor of X")
            yield post(ctx, ctx.coref.entity_of(subj), toks, org, t, "role.as-title")


UNVEILING = frozenset({"unveil", "introduce", "present", "announce", "confirm", "hire", "welcome", "name", "appoint",
                       "install", "choose", "select", "pick", "tap", "elect", "recruit"})
TAKING = frozenset({"assume", "take", "serve", "swear", "inaugurate", "begin", "start", "enthrone", "return", "replace",
                    "succeed"})  # "X replaced Y as the new chief"
LEAVING_NOUNS = frozenset({"resignation", "retirement", "departure", "exit", "removal", "dismissal", "ouster", "sacking"})
APPOINTMENTS = frozenset({"appointment", "election", "nomination", "confirmation", "selection", "reappointment",
                          "re-election", "reelection", "inauguration", "installation", "elevation", "swearing"})


def appointee(noun: Token) -> Token | None:
    """"the appointment of X", "the election of X": whom the noun appoints."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in APPOINTMENTS:
        return None
    return next(iter(prep_objects(noun, ("of",))), None)


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositions among `preps` ("as CEO": CEO)."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def chairs(ctx: Context):
    """"Ada Obi, who chairs the Water Board", "Ada Obi heads the Obi Foundation", "the
    Ethics Committee, chaired by Ada Obi": the chair (or head) of the organization."""
    doc = ctx.doc
    for v in ctx.tokens:
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or lemma not in ("chair", "head"):
            continue
        by = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if by is not None:  # "the Board, chaired by X" (however the parser attaches "chaired")
            person = ctx.coref.entity_of(by)
            org = org_at(ctx, v.i - 2) if v.i > 1 and doc[v.i - 1].text == "," else \
                (org_at(ctx, v.head.i) if v.dep_ == "acl" else None)
        else:
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            person = ctx.coref.entity_of(antecedent(subj, v)) if subj is not None else None
            org = org_at(ctx, obj.i) if obj is not None else None
        if ctx.types.get(person) == "Person" and ctx.types.get(org) == "Organization":
            yield Role(person, lemma, org, False, evidence(v, "role.chairs"))


def drop_weaker(ctx: Context, roles: list[Role]) -> list[Role]:
    """A post inferred from a copula ("X is the minister for trade") is dropped when the
    same person has a post with that head noun stated by name (not a former one: "X,
    former Party chief of A, is B's new Party chief")."""
    named = {(r.person, title_head(r.title)) for r in roles if not r.evidence.rule.startswith(INFERRED) and not r.former}
    return [r for r in roles if not r.evidence.rule.startswith(INFERRED)
            or (r.person, title_head(r.title)) not in named]

