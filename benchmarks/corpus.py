"""Benchmark of corpus builds, side by side in one run on the same texts:
raw spaCy nlp.pipe words/s (the model's full pipeline, as spacy.load gives it, and the
pipeline kg parses with) against kg build words/s (in process, --jobs 1 and 2), peak RSS of
`kg build` at 1k and 10k documents, and the N-Quads / Turtle / TriG write rates beside
Oxigraph's raw Turtle dump of the same triples (and rdflib's Turtle).

The texts are the paragraphs of the articles in examples/ and ../shared/eval/dev,
cycled to the number of documents wanted.

    .venv/bin/python benchmarks/corpus.py [--docs 600] [--repeat 3] [--rss 1000 10000]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import spacy
from rdflib import Graph
from threadpoolctl import threadpool_limits

from kg.corpus import Writer, build_corpus
from kg.extract import load_model
from kg.extract.nlp import model_names
from kg.io.sources import iter_articles
from kg.rdf.export import OX_PREFIXES, nquads, trig_block, turtle
from kg.rdf.graph import merge

ROOT = Path(__file__).resolve().parent.parent
KG = Path(sys.executable).parent / "kg"


def paragraphs() -> list[str]:
    files = sorted(ROOT.glob("examples/*.txt")) + sorted((ROOT.parent / "shared/eval/dev").glob("*.txt"))
    out = []
    for f in files:
        out += [p.strip() for p in f.read_text("utf-8").split("\n\n") if len(p.split()) >= 20]
    return out


def write_corpus(path: Path, n: int, per_doc: int = 3) -> int:
    """A JSONL corpus of n documents of `per_doc` paragraphs each; returns its words."""
    paras, words = paragraphs(), 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = "\n\n".join(paras[(i * per_doc + k) % len(paras)] for k in range(per_doc))
            words += len(text.split())
            f.write(json.dumps({"id": f"doc-{i}", "text": text}) + "\n")
    return words


def peak_rss_mb(cmd: list[str]) -> tuple[float, float, float]:
    """Seconds, CPU seconds and peak resident memory (MB) of a command run to completion."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    assert status == 0, cmd
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def full_pipeline() -> tuple[str, spacy.language.Language]:
    """The model kg would load, as spacy.load gives it: every component, none of kg's."""
    for name in model_names(None):
        try:
            return name, spacy.load(name)
        except OSError:
            continue
    raise SystemExit(f"none of {', '.join(model_names(None))} is installed")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=600, help="documents for the throughput rows")
    ap.add_argument("--rss", type=int, nargs="*", default=[1000, 10000], help="corpus sizes for peak RSS")
    ap.add_argument("--repeat", type=int, default=3, help="rounds of the throughput runs (medians shown)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus.jsonl"
        words = write_corpus(corpus, args.docs)
        texts = [a.text for a in iter_articles([str(corpus)])]
        name, full = full_pipeline()
        nlp = load_model()
        for model in (full, nlp):
            list(model.pipe(texts[:20]))  # warm up
        def command(jobs: int) -> tuple[float, float]:
            return peak_rss_mb([str(KG), "build", str(corpus), "-o", str(tmp / "o.nq"), "-q", "--jobs", str(jobs)])[:2]

        runs = {f"raw spaCy nlp.pipe ({name}, full)": lambda: timed(lambda: full.pipe(texts, batch_size=32)),
                "raw spaCy nlp.pipe, kg's pipeline": lambda: one_core(lambda: nlp.pipe(texts, batch_size=32)),
                "kg build, in process (model loaded)": lambda: in_process(corpus, built),
                "kg build --jobs 1 (whole command)": lambda: command(1),
                "kg build --jobs 2 (whole command)": lambda: command(2)}
        built: list = []
        times = {run: [] for run in runs}
        for _ in range(args.repeat):  # rounds of every run, side by side: the machine's load changes
            for run, fn in runs.items():
                times[run].append(fn())
        secs = {run: statistics.median(w for w, _ in t) for run, t in times.items()}
        cpu = {run: statistics.median(c for _, c in t) for run, t in times.items()}
        first = next(iter(runs))
        raw, raw_cpu = secs[first], cpu[first]
        print(f"throughput: {args.docs} documents, {words} words; median of {args.repeat} rounds "
              "(CPU: user and system seconds of the process and its workers)\n")
        print(f"{'run':<52} {'seconds':>8} {'words/s':>8} {'vs spaCy':>9} {'CPU s':>7} {'CPU vs spaCy':>13}")
        for run, t in secs.items():
            print(f"{run:<52} {t:>8.1f} {words / t:>8.0f} {raw / t:>9.2f} {cpu[run]:>7.1f} {raw_cpu / cpu[run]:>13.2f}")
        for run, note in (("kg build --jobs 1 (whole command)", "goal 1.0; at least 0.8"),
                          ("kg build, in process (model loaded)", "the ratio reported before")):
            print(f"\n{run} / raw spaCy (full pipeline): {raw / secs[run]:.2f} in words/s, "
                  f"{raw_cpu / cpu[run]:.2f} in CPU ({note})", end="")
        print()

        print(f"\n{'documents':>9} {'words':>9} {'seconds':>8} {'peak RSS MB':>12}")
        for n in args.rss:
            big = tmp / f"c{n}.jsonl"
            w = write_corpus(big, n)
            t, _, rss = peak_rss_mb([str(KG), "build", str(big), "-o", str(tmp / "big.nq"), "-q"])
            print(f"{n:>9} {w:>9} {t:>8.1f} {rss:>12.0f}")

        write_rates(built)


def in_process(corpus: Path, built: list) -> tuple[float, float]:
    """Seconds and CPU seconds of build_corpus (the model loaded) to N-Quads; the first
    run's documents are kept in `built`."""
    keep = not built
    with open(os.devnull, "wb") as null:
        start, cpu = time.perf_counter(), time.process_time()
        writer = Writer(null, "nquads")
        _, entities = build_corpus(iter_articles([str(corpus)]),
                                   lambda d: (writer(d), built.append(d) if keep else None), fmt="nquads")
        writer.close(entities)
        return time.perf_counter() - start, time.process_time() - cpu


def one_core(run) -> tuple[float, float]:
    """timed(run) with numpy's BLAS on one thread, as kg parses (see kg.extract.nlp)."""
    with threadpool_limits(1, user_api="blas"):
        return timed(run)


def timed(run) -> tuple[float, float]:
    """Seconds and CPU seconds to exhaust the Docs `run` yields."""
    start, cpu = time.perf_counter(), time.process_time()
    for _ in run():
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def write_rates(docs: list) -> None:
    """Writing the built documents: N-Quads, Turtle and TriG as kg writes them (from each
    document's N-Triples), beside Oxigraph's raw Turtle dump of the same triples and
    rdflib's Turtle serializer."""
    nts = [d.nt for d in docs]
    store = ox.Store()
    store.load(b"".join(nts), format=ox.RdfFormat.N_TRIPLES)
    triples = len(store)
    graphs = [Graph().parse(data=nt, format="nt") for nt in nts]
    runs = [("N-Quads (kg)", lambda: b"".join(nquads(d.nt, d.iri) for d in docs)),
            ("Turtle (kg)", lambda: turtle(b"".join(nts))),
            ("TriG (kg)", lambda: b"".join(trig_block(d.nt, d.iri) for d in docs)),
            ("Turtle, Oxigraph raw dump", lambda: store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(),
                                                             prefixes=OX_PREFIXES)),
            ("Turtle, rdflib", lambda: merge(graphs).serialize(format="turtle"))]
    print(f"\n{'write':<26} {'triples':>8} {'seconds':>8} {'triples/s':>10}")
    for name, fn in runs:
        start = time.perf_counter()
        fn()
        t = time.perf_counter() - start
        print(f"{name:<26} {triples:>8} {t:>8.2f} {triples / t:>10.0f}")

if __name__ == "__main__":
    main()
