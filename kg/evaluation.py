"""Measure the extractor on annotated articles: every NAME.txt with a NAME.gold.json
beside it is built in this process (the model loaded once), its graph read through
the public vocabulary, and entities, roles and pledges scored against the gold.

The matching rules are those of the project's reference scorer (score.py): names
fold case and punctuation, titles match by words, pairs are found one-to-one, and
optional gold items are never misses nor false positives. Totals are micro-averaged.
No spaCy is imported until articles are built."""
from __future__ import annotations

import json
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from .errors import InputError, KgError
from .models import Article
from .vocab import KG, ORG

KINDS = ("entities", "roles", "pledges")
COARSE = ("Person", "Organization", "Place", "Event")
SCHEMA_NS = ("https://schema.org/", "http://schema.org/")
TITLE_SLACK = 3  # extra title words tolerated beyond the gold title
GOLD_SUFFIX = ".gold.json"
# Required string fields of each kind of gold item; "org" (roles) may be null.
ITEM_FIELDS = {"entities": ("name", "type"), "roles": ("person", "title"), "pledges": ("agent",)}
NAME_PROPS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel,
              *(URIRef(ns + p) for p in ("name", "alternateName") for ns in SCHEMA_NS))


class GoldError(InputError):
    """One or more gold files are unusable; one line per file."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Score:
    """One kind of fact in one article (or all): counts and what went wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[dict] = field(default_factory=list)
    extra: list[dict] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1, with score.py's conventions for empty counts."""
        tp, fp, fn = self.tp, self.fp, self.fn
        p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def metrics(self) -> dict[str, float]:
        return dict(zip(("precision", "recall", "f1"), self.prf()))


@dataclass
class ArticleScore:
    """The scores of one article; `error` when it could not be built."""

    id: str
    scores: dict[str, Score]
    error: str | None = None


@dataclass
class Evaluation:
    """Per-article scores, in file order, and the seconds spent building."""

    articles: list[ArticleScore]
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return sum(1 for a in self.articles if a.error)

    def totals(self) -> dict[str, Score]:
        """Counts summed over the articles (micro-average)."""
        return {k: Score(*(sum(getattr(a.scores[k], f) for a in self.articles) for f in ("tp", "fp", "fn")))
                for k in KINDS}

    def to_json(self) -> dict:
        """{"summary": {kind: {precision, recall, f1}}, "articles": {id: {kind: ...}}, "failed": n}."""
        return {"summary": {k: s.metrics() for k, s in self.totals().items()},
                "articles": {a.id: {k: {"tp": s.tp, "fp": s.fp, "fn": s.fn, **s.metrics(),
                                        "missed": s.missed, "extra": s.extra}
                                    for k, s in a.scores.items()} | ({"error": a.error} if a.error else {})
                             for a in self.articles},
                "failed": self.failed}


# ---------------------------------------------------------------- gold files
def find_pairs(paths: Iterable[str]) -> list[tuple[Path, Path]]:
    """(NAME.txt, NAME.gold.json) of each folder (not recursive) or file given; a
    gold file whose text is missing is kept, for read_golds to report."""
    pairs = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            found = {text_path(g): g for g in p.glob("*" + GOLD_SUFFIX)}
            if not found:
                raise InputError(f"{path}: no NAME.txt with a NAME{GOLD_SUFFIX} beside it")
            pairs += sorted(found.items())
        elif p.is_file() and p.name.endswith(GOLD_SUFFIX):
            pairs.append((text_path(p), p))
        elif p.is_file():
            if not gold_path(p).is_file():
                raise InputError(f"{path}: no {gold_path(p).name} beside it")
            pairs.append((p, gold_path(p)))
        else:
            raise InputError(f"{path}: no such file or folder")
    return list(dict.fromkeys(pairs))


def gold_path(txt: Path) -> Path:
    return txt.with_name(txt.stem + GOLD_SUFFIX)


def text_path(gold: Path) -> Path:
    return gold.with_name(gold.name[:-len(GOLD_SUFFIX)] + ".txt")


def read_gold(path: Path) -> dict:
    """A gold file, checked; InputError naming the file and the first problem."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: invalid JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    problem = gold_problem(gold)
    if problem:
        raise InputError(f"{path}: {problem}")
    return gold


def gold_problem(gold) -> str | None:
    """What is wrong with a parsed gold file, or None."""
    if not isinstance(gold, dict):
        return "expected a JSON object with \"entities\", \"roles\" and \"pledges\" lists"
    for kind, fields in ITEM_FIELDS.items():
        for key in (kind, "optional_" + kind):
            items = gold.get(key, [] if key != kind else None)
            if not isinstance(items, list):
                return f"\"{key}\" must be a list" if key in gold else f"no \"{kind}\" list"
            for i, item in enumerate(items):
                where = f"{key}[{i}]"
                if not isinstance(item, dict):
                    return f"{where} must be an object"
                missing = [f for f in fields if not isinstance(item.get(f), str) or not item[f].strip()]
                if missing:
                    return f"{where} has no \"{missing[0]}\" (a non-empty string)"
                problem = item_problem(kind, item)
                if problem:
                    return f"{where}: {problem}"
    return None


def item_problem(kind: str, item: dict) -> str | None:
    """What is wrong with one gold item beyond its required strings, or None."""
    if kind == "entities":
        if item["type"] not in COARSE:
            return f"type {item['type']!r} is not one of {', '.join(COARSE)}"
        if not _strings(item.get("aliases", [])):
            return "\"aliases\" must be a list of strings"
    elif kind == "roles" and item.get("org") is not None and not isinstance(item["org"], str):
        return "\"org\" must be a string or null"
    elif kind == "pledges" and not (_strings(item.get("keywords")) and item["keywords"]):
        return "\"keywords\" must be a non-empty list of strings"
    return None


def _strings(x) -> bool:
    return isinstance(x, list) and all(isinstance(s, str) for s in x)


def read_golds(pairs: list[tuple[Path, Path]]) -> list[dict]:
    """Every gold file, or a GoldError with one line per bad file."""
    golds, problems = [], []
    for txt, path in pairs:
        if not txt.is_file():
            problems.append(f"{path}: no {txt.name} beside it")
            continue
        try:
            golds.append(read_gold(path))
        except InputError as e:
            problems.append(str(e))
    if problems:
        raise GoldError(problems)
    return golds


# ---------------------------------------------------------------- text folding
def norm(s: str) -> str:
    """Fold case, possessives, hyphens, punctuation and a leading article or honorific."""
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("\u2019", "'").replace("'s ", " ").replace("-", " ")
    s = re.sub(r"[^\w\s&]", " ", s)
    s = re.sub(r"^(the|mr|ms|mrs|dr)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def tokens(s: str) -> list[str]:
    return norm(s).split()


def contains_seq(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


# ---------------------------------------------------------------- the graph
def labels(g: Graph, node) -> set[str]:
    return {str(o) for p in NAME_PROPS for o in g.objects(node, p) if isinstance(o, Literal)}


def coarse_type(g: Graph, node) -> str | None:
    types = {str(t) for t in g.objects(node, RDF.type)}
    return next((c for c in COARSE if any(ns + c in types for ns in SCHEMA_NS)), None)


def read_entities(g: Graph) -> list[dict]:
    """Typed, labelled nodes: {"type", "names"}."""
    ents = []
    for node in sorted(set(g.subjects(RDF.type, None))):
        c, names = coarse_type(g, node), labels(g, node)
        if c and names:
            ents.append({"type": c, "names": names})
    return ents


def read_roles(g: Graph) -> list[dict]:
    """One {"person", "titles", "orgs"} (sets of labels) per holder of each org:Post."""
    roles = []
    for post in sorted(set(g.subjects(RDF.type, ORG.Post))):
        holders = set(g.objects(post, ORG.heldBy)) | set(g.subjects(ORG.holds, post))
        orgs = set().union(*(labels(g, o) for o in g.objects(post, ORG.postIn)))
        titles = set().union(labels(g, post), *(labels(g, r) for r in g.objects(post, ORG.role)))
        roles += [{"person": labels(g, h), "titles": titles, "orgs": orgs} for h in sorted(holders)]
    return roles


def read_pledges(g: Graph) -> list[dict]:
    """One {"agents", "text"} per kg:Pledge; the text is all its literals."""
    pledges = []
    for p in sorted(set(g.subjects(RDF.type, KG.Pledge))):
        agents = set(g.objects(p, KG.pledgedBy)) | set(g.objects(p, PROV.wasAttributedTo))
        text = " ".join(sorted(str(o) for o in g.objects(p, None) if isinstance(o, Literal)))
        pledges.append({"agents": set().union(*(labels(g, a) for a in agents)), "text": text})
    return pledges


# ---------------------------------------------------------------- matching
def name_forms(names: list[str]) -> set[str]:
    return {norm(n) for n in names if n}


def gold_forms(gold: dict, name: str | None) -> set[str]:
    """Every folded form of the gold entity called `name` (name and aliases)."""
    if not name:
        return set()
    for e in gold["entities"] + gold.get("optional_entities", []):
        if norm(e["name"]) == norm(name) or norm(name) in name_forms(e.get("aliases", [])):
            return name_forms([e["name"], *e.get("aliases", [])])
    return {norm(name)}


def title_ok(gold_title: str, pred_titles: set[str]) -> bool:
    """A predicted title holds the gold one (a few words more at most), or most of it."""
    gt = tokens(gold_title)
    for t in pred_titles:
        pt = tokens(t)
        if contains_seq(pt, gt) and len(pt) <= len(gt) + TITLE_SLACK:
            return True
        if contains_seq(gt, pt) and 2 * len(pt) >= len(gt):
            return True
    return False


def org_ok(gold: dict, gold_org: str | None, pred_orgs: set[str]) -> bool:
    if not gold_org:
        return True
    forms = gold_forms(gold, gold_org)
    return any(contains_seq(tokens(p), f.split()) for p in pred_orgs for f in forms)


def match(pred: list[dict], golds: list[dict], optional: list[dict],
          ok: Callable[[dict, dict], bool]) -> Score:
    """Pair golds with predictions one-to-one, as many pairs as possible (augmenting
    paths, in a fixed order); unpaired predictions matching an optional item are not
    false positives."""
    owner: dict[int, int] = {}  # prediction index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pi, p in enumerate(pred):
            if pi not in seen and ok(p, golds[gi]):
                seen.add(pi)
                if pi not in owner or augment(owner[pi], seen):
                    owner[pi] = gi
                    return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    paired = set(owner.values())
    misses = [g for gi, g in enumerate(golds) if gi not in paired]
    extra = [p for pi, p in enumerate(pred) if pi not in owner and not any(ok(p, o) for o in optional)]
    return Score(len(paired), len(extra), len(misses), misses, [_plain(x) for x in extra])


def _plain(x: dict) -> dict:
    return {k: sorted(v) if isinstance(v, set) else str(v) for k, v in x.items()}


def score_graph(g: Graph, gold: dict) -> dict[str, Score]:
    """Entities, roles and pledges of one article's graph against its gold."""
    def entity_ok(p, ge):
        return p["type"] == ge["type"] and bool(
            {norm(n) for n in p["names"]} & name_forms([ge["name"], *ge.get("aliases", [])]))

    def role_ok(p, gr):
        return bool({norm(n) for n in p["person"]} & gold_forms(gold, gr["person"])) \
            and title_ok(gr["title"], p["titles"]) and org_ok(gold, gr.get("org"), p["orgs"])

    def pledge_ok(p, gp):
        if not {norm(n) for n in p["agents"]} & gold_forms(gold, gp["agent"]):
            return False
        text = norm(p["text"])
        return 2 * sum(1 for k in gp["keywords"] if norm(k) in text) >= len(gp["keywords"])

    checks = {"entities": (read_entities, entity_ok), "roles": (read_roles, role_ok),
              "pledges": (read_pledges, pledge_ok)}
    return {k: match(read(g), gold[k], gold.get("optional_" + k, []), ok) for k, (read, ok) in checks.items()}


def unbuilt(gold: dict) -> dict[str, Score]:
    """An article with no graph: every gold item is a miss."""
    return {k: Score(0, 0, len(gold[k]), list(gold[k])) for k in KINDS}


# ---------------------------------------------------------------- the run
def build_all(articles: list[Article], model: str | None) -> list[Graph | str]:
    """Each article's graph, or the error that stopped it (the others still build)."""
    from .pipeline import build_graphs  # loads spaCy, once: the model is cached

    def one(a: Article) -> Graph | str:
        try:
            return build_graphs([a], model)[0]
        except KgError:
            raise
        except Exception as e:
            return f"not built ({type(e).__name__}: {e})"
    try:
        return build_graphs(articles, model)
    except KgError:
        raise
    except Exception:  # a bug on one odd text: find which, keep the rest
        return [one(a) for a in articles]


def evaluate(paths: Iterable[str], model: str | None = None) -> Evaluation:
    """Build and score every annotated article of `paths` (folders or NAME.txt files).

    >>> evaluate(["examples/"]).totals()["roles"].prf()  # doctest: +SKIP
    """
    from .io.sources import load_articles

    pairs = find_pairs(paths)
    golds = read_golds(pairs)  # all checked before the model loads
    articles = load_articles([str(t) for t, _ in pairs])
    start = time.perf_counter()
    graphs = build_all(articles, model)
    seconds = time.perf_counter() - start
    return Evaluation([ArticleScore(a.id, unbuilt(gold), g) if isinstance(g, str)
                       else ArticleScore(a.id, score_graph(g, gold))
                       for a, gold, g in zip(articles, golds, graphs)], seconds)


# ---------------------------------------------------------------- report lines
def metrics_line(scores: dict[str, Score]) -> str:
    return " | ".join("%s P%.2f R%.2f F%.2f" % (k, *s.prf()) for k, s in scores.items())


def report_lines(ev: Evaluation, show_errors: bool = False) -> list[str]:
    """score.py's report: a line per article (then its misses and extras), then ALL."""
    lines = []
    one = {"entities": "entity", "roles": "role", "pledges": "pledge"}
    for a in ev.articles:
        if a.error:
            lines.append(f"{a.id}: {a.error}")
        lines.append(f"{a.id[:44]:44s} " + metrics_line(a.scores))
        for k, s in a.scores.items() if show_errors else ():
            lines += [f"    missed {one[k]}: {json.dumps(m, ensure_ascii=False)}" for m in s.missed]
            lines += [f"    extra  {one[k]}: {json.dumps(x, ensure_ascii=False)}" for x in s.extra]
    lines.append(f"ALL {metrics_line(ev.totals())} | articles {len(ev.articles)} "
                 f"failed {ev.failed} | {ev.seconds:.1f}s")
    return lines
