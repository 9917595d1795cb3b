"""The structure of a news text, read before parsing: paragraphs and lines,
datelines, bylines, photo credits, timestamps and scraped markup. `normalise`
returns a copy of the same length (offsets stay the input's) in which every line
break that ends a paragraph or a headline stays a break, and what is not article
prose (credits, timestamps, markup) is blanked out."""
from __future__ import annotations

import re

from ..io.sources import DATE_HEADER
from ..lexicons import LEX
from .gazetteer import capital_of, country_code, is_capital, is_place_name

# "NAIROBI, June 10 (Reuters) - ", "LAGOS, May 6 — ", "KESSLY, May 6, GNA - ", "SPRINGFIELD -- " or
# a press release's "DAYTON, Ohio, May 6, 2024 /PRNewswire/ -- ": the dash after a dateline.
DATELINE_DASH = re.compile(r"(?m)^([ \t]*[A-Z][^\n()]{1,60}?\([^\n()]{1,40}\)[ \t]+|"
                           r"[ \t]*[A-Z][^\n()/]{1,60}?/[A-Za-z][\w .-]{1,40}/[ \t]+|"
                           r"[ \t]*[A-Z][A-Z .'’-]{2,40}(?:, (?:[A-Z][a-z]+\.?|(?:[A-Z]\.){2,3})(?: \d{1,2})?)?(?:, [A-Z]{2,8})?[ \t]+)"
                           r"(--|[-–—])(?=[ \t])")
# "Lagos: Acting Governor ...", "Orion Township, Michigan: ...", "LAGOS, May 6 (Newswire): ...": a place
# (and its state, date and agency)
# and a colon opening a paragraph end a sentence.
DATELINE_COLON = re.compile(r"(?m)^([ \t]*[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2}"
                            r"(?:, [A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2})?|"
                            r"[ \t]*[A-Z][^\n()]{1,60}?\([^\n()]{1,40}\))(:)(?=[ \t]+[A-Z])")
NAME_APOSTROPHE = re.compile(r"(?<=\b[A-Z])[’‘](?=[A-Z][a-z])")
OPENING_QUOTE_POSSESSIVE = re.compile(r"(?<=[a-z])‘(?=s\b)")
CONTRACTION = re.compile(r"(?<=[A-Za-z])[’‘](?=(?:re|ll|ve|m|d|t)\b)")
RE_COMMIT = re.compile(r"(?i)\bre-(?=(?:pledg|commit|affirm|promis|vow)[a-z]*\b)")
LEDE_CAPS = re.compile(r"(?:(?<=\A)|(?<=\n))([ \t\-–—]*)([A-Z][A-Z'’]{3,})(?=[\s,])")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "New Delhi, Nov 22 Ahead of ...", "United Nations, 20 Sept. The ...": a place and a date opening a paragraph,
# then the lede with no dash.
DATELINE_DATE = re.compile(rf"(?m)^([ \t]*(?!(?:In|On|At|By|From|Since|Until|Before|After) )[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){{0,2}})(,)"
                           rf"(?= (?:{MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {MONTH}(?: \d{{4}})?)(?: \([^\n()]{{1,40}}\))? [A-Z])")
# "Santo Domingo.- President X": a place, a stop and a dash opening a paragraph.
DATELINE_STOP_DASH = re.compile(r"(?m)^([ \t]*(?!(?:Mrs?|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Hon|Rev|St)\.)"
                                r"[A-Z][A-Za-z'’]*(?: [A-Z][A-Za-z'’]*){0,3}\.)([-–—]{1,2})(?=[ \t]+[A-Z])")
# "Addis Ababa May 16/2021 (ENA) Prime Minister X": a place, a date and an agency, with no dash.
DATELINE_AGENCY = re.compile(rf"(?m)^([ \t]*[A-Z][A-Za-z'’]*(?: [A-Z][A-Za-z'’]*){{0,2}} {MONTH} \d{{1,2}}(?:/\d{{4}}|, \d{{4}})? )"
                             r"\(([^\n()]{1,40})\)(?=[ \t]+[A-Z])")
# "(Yicai Global) Sept. 9 -- Chinese firms ...": an agency in brackets and a date opening a paragraph, then a dash.
DATELINE_BRACKETED = re.compile(rf"(?m)^([ \t]*\([^\n()]{{1,40}}\)[ \t]+{MONTH} \d{{1,2}}[ \t]+)(--|[-–—])(?=[ \t])")
# "WASHINGTON  The mayor ...": a place in capitals opening a paragraph, then a gap where the page's dash was.
DATELINE_GAP = re.compile(r"(?m)^([ \t]*[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2})( {2,})(?=[A-Z][a-z])")
# "WASHINGTON—The Senate ...": a place in capitals opening a paragraph, a dash with no space, the lede.
DATELINE_GLUED = re.compile(r"(?m)^([ \t]*[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2})([–—])(?=[A-Z][a-z])")
# A line that is only a date or time: "3rd Mar 2021 8:15 AM", "Published Jan 9, 2023 10:40 am", "Updated 14:05".
TIMESTAMP = re.compile(rf"(?im)^[ \t]*(?:(?:published|updated|posted|last updated)[: ]+)?(?:[a-z]+day,? )?"
                       rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {MONTH},? \d{{4}}|{MONTH} \d{{1,2}},? \d{{4}}|\d{{4}}-\d\d-\d\d)?"
                       rf"[ ,]*(?:(?:at )?\d{{1,2}}[:.]\d\d(?: ?[ap]\.?m\.?)?(?: [A-Z]{{2,4}})?)?[ \t]*$")
# "(Photo: Jane Roe/ AFP)", "Photograph: Tom Hale/Getty Images", "(AFP)" or "(Jane Roe/Newswire)" at the
# end of a caption; the "FILE PHOTO:" opening a caption (whose words are the article's).
CREDIT = re.compile(r"(?i)\((?:photo|photograph|image|picture|file photo)s?(?: by)?:[^)\n]*\)|\(photo credit[^)\n]*\)|"
                    r"(?:photo|photograph|image|picture)s?(?: by)?:[^\n]{0,60}$|"
                    r"^[ \t]*(?:file )?(?:photo|photograph|image|picture)s?:|"
                    r"\((?:AFP|AP|Reuters|EPA|Getty Images|Xinhua|Bloomberg|File)\)[ \t]*$|"
                    r"\([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} ?/ ?[A-Z][\w.'’ -]{1,30}\)[ \t]*$", re.M)
# "... last August. File Photo by Yonhap/EPA-EFE", "Photo by Jane Roe" alone on a line: a caption's credit.
PHOTO_BY = re.compile(r"(?m)(?:(?<=[.!?] )|^[ \t]*)(?:File )?(?:Photo|Photograph|Image|Picture)s? by [^\n.!?]{1,60}$")
# "REUTERS/Jane Roe", "NSTP/Ada Obi", "REUTERS/Staff/File Photo", "... Jane Roe/Reuters" ending a caption: an agency's credit in capitals, a slash, the photographer.
AGENCY_CREDIT = re.compile(r"(?m)(?:^[ \t•·-]*|(?<=[.!?|] ))[A-Z]{2,}(?: [A-Z]{2,})?(?:/ ?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})+[ \t]*$|"
                           r"(?<=[.!?] )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} ?/ ?(?:Reuters|AFP|AP|EPA|Getty Images|Xinhua|"
                           r"Bloomberg|AP Photo)[ \t]*$")
# A scraped link to another story: "READ ALSO: ...", "Related: ...", "See also: ...", "Next Article ...".
RELATED = re.compile(r"(?im)^[ \t]*(?:(?:read also|also read|read more|related(?: stor(?:y|ies)| news| articles?)?|see also)[ \t]*:"
                     r"|(?:previous|next|prev) (?:article|story|post)(?!(?-i:[a-z]))"
                     r"|(?:share this (?:story|article|post)|latest news|top stories|advertisement|exit mobile version|[•·]?[ \t]*pdf)"
                     r"[ \t]*:?[ \t]*$)"
                     r"[^\n]*$")  # a page's navigation: "SHARE THIS STORY:", "Latest News", "• PDF" alone on a line
# A stock's exchange code after a company's name, as wires write it: "Acme ACME.O", "Kessly Foods
# 1234.KS", "(BP.L)"; no name's part (not "U.S.", "No.1").
TICKER = re.compile(r"(?<=[\w)]) \(?[A-Z0-9]{2,6}\.[A-Z]{1,2}\)?(?:[,;:]|(?=[\s.)]|$))(?<![A-Z]\.[A-Z]\.)")
# Markdown and HTML markup: "![caption](https://...)", "<b>", "**".
MARKUP = re.compile(r"!\[|\]\([^)\s]*\)|<[a-zA-Z/][^>\n]{0,200}>|\*\*|__")
TERMINAL = tuple('.!?:;"”’\')]…')


def normalise(text: str) -> str:
    """Same-length copy of the text that parses better (see the module)."""
    m = DATE_HEADER.match(text)
    if m:
        text = " " * m.end() + text[m.end():]
    text = text.replace("\t", " ").replace("\r", " ").replace("\u201a", ",")  # "‚" (a low quote mark) typed for a comma
    text = NAME_APOSTROPHE.sub("'", text)  # "O’Brien", "D’Souza": names the tagger knows with a straight one
    text = OPENING_QUOTE_POSSESSIVE.sub("’", text)  # "the government‘s": an opening quote typed for an apostrophe
    text = CONTRACTION.sub("'", text)  # "We’re", "won’t": verbs the tagger knows with a straight apostrophe
    text = RE_COMMIT.sub("   ", text)  # "to re-pledge election commitments": the verb the tagger knows
    if hard_wrapped(text):
        text = join_wrapped_lines(text)
    for pattern in (MARKUP, CREDIT, PHOTO_BY, AGENCY_CREDIT, TIMESTAMP, RELATED):
        text = pattern.sub(blank, text)
    text = TICKER.sub(ticker, text)
    # the dateline ends a sentence, so it is not read as the subject of the lede
    text = DATELINE_DASH.sub(lambda m: shouted_place(m.group(1)) + "." + " " * (len(m.group(2)) - 1), text)
    text = DATELINE_COLON.sub(lambda m: m.group(1) + ".", text)
    text = DATELINE_DATE.sub(lambda m: m.group(1) + ".", text)
    text = DATELINE_STOP_DASH.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    text = DATELINE_AGENCY.sub(lambda m: m.group(1) + " " + m.group(2) + ".", text)
    text = DATELINE_BRACKETED.sub(lambda m: m.group(1) + "." + " " * (len(m.group(2)) - 1), text)
    text = DATELINE_GAP.sub(gapped_dateline, text)
    text = DATELINE_GLUED.sub(gapped_dateline, text)

    text = HEADLINE_LINE.sub(lambda m: headline_words(m.group()), text)

    def cap(m: re.Match) -> str:
        word = m.group(2)
        return m.group(1) + word[0] + word[1:].lower()
    # Only when the next word is not in capitals too (a headline or acronym run).
    return LEDE_CAPS.sub(lambda m: cap(m) if _next_is_mixed(text, m.end()) and not _named_then_described(text, m.end())
                         and not _acronym(text, m.group(2)) else m.group(), text)


def gapped_dateline(m: re.Match) -> str:
    """"WASHINGTON  The mayor ...", "KENYA—The ...": a place a gazetteer knows, in title case,
    ending its own sentence where the page's dash was (a line of its own when no space follows
    the dash); "ANALYSIS  The ...", "EXCLUSIVE—..." stay as they are."""
    lead = m.group(1)[:len(m.group(1)) - len(m.group(1).lstrip())]
    name = m.group(1).strip().title()
    end = "." + m.group(2)[1:] if m.group(2).startswith(" ") else "\n"
    return lead + name + end if is_place_name(name) else m.group()


SHOUTED_PLACE = re.compile(r"[ \t]*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)+(?=,| \(|[ \t]*$)")


def shouted_place(dateline: str) -> str:
    """"EASTERN CAPE - ": a dateline's place of two or more words in capitals, in title
    case (the tagger knows "Eastern Cape", not "EASTERN CAPE")."""
    m = SHOUTED_PLACE.match(dateline)
    return dateline if m is None else m.group().title() + dateline[m.end():]


HEADLINE_LINE = re.compile(r"(?m)^[^\n]*[^\s.!?:;\"”’)…][ \t]*$")  # a line not ended as a sentence
SMALL_WORDS = frozenset("a an and as at by for from in into of on or over the to with".split())
RESTATING = frozenset({"reaffirm", "affirm", "restate", "reiterate", "renew", "repeat"})


def small(word: str) -> bool:
    """A word a title-case headline capitalises but a sentence does not: a small word
    or a commitment word ("For", "Pledges", "Vowed", "Promise")."""
    low = word.lower()
    stems = {low, low[:-1], low[:-2], low[:-3]}  # "pledges", "vowed", "promised", "commits"
    return low in SMALL_WORDS or bool(stems & LEX.commitment_words or stems & RESTATING)


def title_case(line: str) -> bool:
    """Whether a line is written in title case: four to twenty-five words (a headline's
    length, not a caption's), most of those that are not small words capitalised."""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    content = [w for w in words if not small(w)]
    return 4 <= len(words) <= 25 and sum(w[0].isupper() for w in content) >= 0.7 * len(content)


def headline_words(line: str) -> str:
    """A headline in title case ("Minister Pledges Better Pay For Nurses") with its small
    words in lower case, as a sentence writes them, so that the parser sees the verb;
    other lines as they are."""
    if not title_case(line):
        return line
    out = list(line)
    for w in list(re.finditer(r"[A-Za-z][\w'’-]*", line))[1:]:
        if small(w.group()):
            out[w.start()] = w.group()[0].lower()
    return "".join(out)


def ticker_after(doc, end: int) -> bool:
    """Whether the input writes a stock's exchange code right after token `end - 1`."""
    last = doc[end - 1]
    return bool(TICKER.match(doc.user_data.get("kg.text", ""), last.idx + len(last.text)))


def ticker(m: re.Match) -> str:
    """A stock's code blanked, the comma after it moved up to the name ("Acme," then
    spaces), so that the parser reads a list of names as one."""
    code = m.group()
    return code[-1] + " " * (len(code) - 1) if code[-1] in ",;:" else " " * len(code)


def blank(m: re.Match) -> str:
    """Spaces in place of what matched, line breaks kept."""
    return re.sub(r"[^\n]", " ", m.group())


def hard_wrapped(text: str) -> bool:
    """Text broken into lines of a fixed width (most lines short and unfinished), rather
    than a line per paragraph or headline."""
    lines = [ln.rstrip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4 or max(map(len, lines)) > 100:
        return False
    unfinished = sum(1 for ln in lines if not ln.endswith(TERMINAL))
    return unfinished >= len(lines) / 2


def join_wrapped_lines(text: str) -> str:
    """A single line break inside a wrapped paragraph becomes a space, unless the line
    ends a sentence or the next line is a list item."""
    return re.sub(r"(?<=[^\s.!?:;\"”’)…])[ \t]*\n(?=[ \t]*[^\s\-*•➡])", lambda x: " " * len(x.group()), text)


def _named_then_described(text: str, pos: int) -> bool:
    """"YRCI, for instance, ...", "NASA, which ...": an initialism opening a sentence, then a
    comma and lower-case words (a dateline goes on with a place or a date)."""
    word = re.search(r"[A-Z'’]+$", text[:pos])
    return bool(re.match(r",[ \t]+[a-z]", text[pos:pos + 4])) and word is not None and len(word.group()) <= 5


def _acronym(text: str, word: str) -> bool:
    """"CFNU President" opening a line: a word the text writes in capitals inside a line too
    is an acronym, not a shouted first word."""
    return re.search(rf"[^\s][ (]\(?{re.escape(word)}\b", text) is not None  # a word before it on its line


def _next_is_mixed(text: str, pos: int) -> bool:
    nxt = re.match(r"[\s,]+(\S+)", text[pos:pos + 60])
    return bool(nxt) and not nxt.group(1).isupper()


DATELINE = re.compile(r"^[ \t]*([A-Z](?:[^\W\d_]|[.'’ -]){2,30}?)(?:,| \(|:|\. | [-–—])", re.M)  # "KATHMANDU: " too (ended with a stop)
NAMED_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Za-z.'’ -]{2,30}?), ([A-Z][A-Za-z.'’ -]{2,30}?)(?:,| \(| [-–—.]|:)", re.M)
# "KINGSTON, Jamaica –": a capital's name and the country it is the capital of
PUBLISHER_DATELINE = re.compile(r"^[ \t]*[A-Z][\w'’ ]{2,30} [-–—] ([A-Z][A-Z.'’ -]{2,30}?)(?:,| \(|:| [-–—])", re.M)


def dateline_country(text: str) -> str | None:
    """The country of a capital the story is filed from ("BANGKOK, Oct 19 (Agency) --": TH;
    "Ammon News - AMMAN (Petra)--": JO, after the publisher's name; "KINGSTON, Jamaica –":
    JM, where two countries have capitals so named)."""
    head = text[:600]
    found = sorted([*((m.start(), 1, code) for pattern in (DATELINE, PUBLISHER_DATELINE) for m in pattern.finditer(head)
                      if (code := capital_of(m[1].strip()))),
                    *((m.start(), 0, code) for m in NAMED_DATELINE.finditer(head)
                      if is_capital(m[1].strip()) and (code := country_code(m[2])))])
    return found[0][2] if found else None
