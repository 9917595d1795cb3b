"""The `kg` command: parse options, call the library, print. Errors exit 1, usage 2."""
from __future__ import annotations

import contextlib
import signal
import sys
import threading
from pathlib import Path

import click
from rdflib import Graph

from .errors import KgError, Terminated, interrupted
from .rdf.export import read_graph, read_graphs, write_graphs
from .io.ids import DEFAULT_BASE
from .rdf.tables import plural
from .views import DEFAULT_MAX_NODES


QUERY_ENDPOINT_HELP = ("Query endpoint of the same store, to resolve entities across all it holds "
                       "(default: the endpoint with /store, /data or /update replaced by /query).")


class Command(click.Command):
    """A command that turns KgError into one line on stderr and exit 1 (130 after
    Ctrl-C, 143 after SIGTERM, which runs the same clean-up as Ctrl-C)."""

    def get_short_help_str(self, limit: int = 45) -> str:
        """The docstring's first sentence, whole: `kg --help` wraps it instead of cutting it."""
        first = (self.help or "").split("\n\n")[0]
        return " ".join(first.split()).split(": ")[0].split(". ")[0].rstrip(".")

    def invoke(self, ctx):
        main = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _terminate) if main else None
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as e:
            raise _exit(interrupted(e, "no output was left half-written")) from None
        except KgError as e:
            raise _exit(e) from None
        finally:
            if main and previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _terminate(signum, frame):
    raise Terminated()


def _exit(e: KgError) -> click.ClickException:
    exc = click.ClickException(str(e))
    exc.exit_code = getattr(e, "exit_code", 1)
    return exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newskg")
def cli():
    """newskg: English news articles to an RDF knowledge graph.

    Example: kg build article.txt -o graph.ttl && kg query graph.ttl roles
    """


@cli.command(cls=Command)
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", help="Output file (.ttl .nt .jsonld .trig .nq) or - for stdout.")
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "trig", "nq"]),
              help="Output format (default: from the output extension; ttl for -).")
@click.option("--model", help="spaCy model name (default: $KG_SPACY_MODEL, en_core_web_sm, then the PyPI package).")
@click.option("--lexicon-dir", envvar="KG_LEXICON_DIR", type=click.Path(file_okay=False),
              help="Folder of word lists (titles.txt, commitment_verbs.txt, ...) that extend the built-in ones; "
                   "a line -word removes one.")
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base of the IRIs minted.")
@click.option("--validate/--no-validate", default=False,
              help="Check the graph against the SHACL shapes (holds it in memory).")
@click.option("--html", "html_path", help="Also write the interactive HTML network to this file.")
@click.option("--store", help="Add the documents to this local store directory (created if missing).")
@click.option("--force", is_flag=True, help="With --store: rebuild documents whose text is unchanged.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1), help="Processes to parse with.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run on this machine, or on a Dask cluster (--scheduler).")
@click.option("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --engine dask).")
@click.option("--strict", is_flag=True, help="Stop at the first bad file or record instead of skipping it.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, warnings or summary.")
def build(inputs, output, fmt, model, lexicon_dir, base_iri, validate, html_path, store, force, jobs, engine,
          scheduler, strict, quiet):
    """Build the knowledge graph of INPUTS: text files, folders (every *.txt inside),
    JSONL corpora (one {"text": ..., "id", "url", "title", "date"} a line), or - for stdin.

    Documents stream to .nq/.nt/.trig as they are built, so memory stays flat.

    Example: kg build article.txt -o graph.ttl; kg build corpus.jsonl -o corpus.nq --jobs 2
    """
    from .corpus import build_into
    from .io.files import check_output
    from .rdf.export import format_for
    from .io.sources import iter_articles

    if not (output or store or html_path):
        raise click.UsageError("give -o FILE, --store DIR or --html FILE")
    if (engine == "dask") != bool(scheduler):
        raise click.UsageError("--engine dask needs --scheduler ADDRESS, and --scheduler needs --engine dask")
    if lexicon_dir:
        from .lexicons import check_dir

        check_dir(lexicon_dir)
    for path in filter(None, (output, html_path)):  # before the build, not after it
        check_output(path)
    rdf_fmt = format_for(output, fmt or ("ttl" if output == "-" else None)) if output else None
    base_iri = _base(base_iri, quiet)
    skipped = []

    def skip(e: KgError) -> None:
        if strict:
            raise e
        skipped.append(e)
        if not quiet:
            click.echo(f"warning: {e} (skipped)", err=True)

    def warn(message: str) -> None:
        if not quiet:
            click.echo(f"warning: {message}", err=True)

    with _progress(quiet) as progress:
        summary, graph = build_into(iter_articles(list(inputs), skip, warn), output, rdf_fmt, store, force,
                                    keep=validate or bool(html_path), model=model, base=base_iri,
                                    lexicon_dir=lexicon_dir,
                                    jobs=jobs, scheduler=scheduler, progress=progress,
                                    check=_check if validate else None, warn=warn)
    summary.skipped = len(skipped)
    if html_path:
        from .views.page import write_html

        _notes(write_html(graph, html_path))
    if not quiet:
        click.echo(f"built {summary.line()}", err=True)
    if summary.counts["failed"]:
        raise click.ClickException(f"{plural(summary.counts['failed'], 'document')} could not be built (see the "
                                   "warnings); the output holds the others")


def _base(base: str, quiet: bool) -> str:
    """The checked --base-iri, with a note when a '/' had to be added."""
    from .io.ids import checked_base

    checked = checked_base(base)
    if checked != base and not quiet:
        click.echo(f"note: --base-iri {base!r} ends in neither '/' nor '#'; using {checked!r}", err=True)
    return checked


@contextlib.contextmanager
def _progress(quiet: bool):
    """A progress bar on stderr when it is a terminal."""
    from tqdm import tqdm

    with tqdm(unit=" docs", disable=quiet or not sys.stderr.isatty(), file=sys.stderr, leave=False) as bar:
        yield bar


def _check(graph: Graph) -> None:
    from .rdf.validate import validate as run

    ok, report = run(graph)
    if not ok:
        click.echo(report, err=True)
        raise click.ClickException("graph does not conform to the SHACL shapes")


@cli.command(cls=Command)
@click.argument("args", nargs=-1, required=True, metavar="[GRAPH] QUERY")
@click.option("--store", help="Query this local store directory instead of a graph file.")
@click.option("--endpoint", help="Query this SPARQL endpoint URL instead of a graph file.")
@click.option("--retries", default=4, show_default=True, type=click.IntRange(0),
              help="With --endpoint: retries on 5xx and connection errors.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--iris", is_flag=True, help="In a table: full IRIs instead of compact names (schema:Person).")
def query(args, store, endpoint, retries, fmt, iris):
    """Run QUERY on GRAPH, a store or an endpoint: a canned name (entities, roles,
    pledges, statements, events, resolved), a .rq file, or inline SPARQL.

    Example: kg query graph.ttl roles --format csv; kg query --store kgdb pledges
    """
    from .rdf.query import canned, in_query_order, query_text, select
    from .rdf.tables import to_csv, to_json, to_table, typed

    remote = store or endpoint
    if len(args) != (1 if remote else 2) or (store and endpoint):
        raise click.UsageError("give GRAPH QUERY, or QUERY with one of --store DIR / --endpoint URL")
    if store:
        from .stores.local import LocalStore

        cols, rows = LocalStore(store, read_only=True).query(query_text(args[0]), union=not canned(args[0]))
    elif endpoint:
        from .stores.remote import Endpoint

        cols, rows = Endpoint(endpoint, retries=retries).query(query_text(args[0]))
    else:
        cols, rows = select(read_graph(args[0]), args[1])
    if remote:
        cols, rows = in_query_order(cols, rows, query_text(args[0]))
    rows = typed(cols, rows)
    click.echo(to_json(cols, rows) if fmt == "json" else to_csv(cols, rows) if fmt == "csv"
               else to_table(cols, rows, iris=iris), nl=False)


@cli.command(cls=Command)
@click.argument("graph")
def validate(graph):
    """Check GRAPH against the newskg SHACL shapes; exit 1 if it does not conform.

    Example: kg validate graph.ttl
    """
    from .rdf.validate import validate as run

    ok, report = run(read_graph(graph))
    if not ok:
        click.echo(report, err=True)
        raise click.ClickException(f"{graph}: does not conform to the SHACL shapes")
    click.echo(f"{graph}: conforms")


@cli.command(cls=Command)
@click.argument("graph")
def stats(graph):
    """Count documents, entities by type, posts, pledges and statements in GRAPH.

    Example: kg stats graph.ttl
    """
    from .rdf.stats import graph_stats

    for name, n in graph_stats(read_graph(graph)).items():
        click.echo(f"{name:18s} {n}")


def _notes(notes: list[str]) -> None:
    for note in notes:
        click.echo(f"note: {note}", err=True)


@cli.command(cls=Command)
@click.argument("graph")
@click.option("-o", "--output", required=True, help="HTML file to write.")
@click.option("--focus", help="Draw only the neighbourhood of this entity (name, alias or IRI).")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(0), help="Radius of --focus.")
@click.option("--max-nodes", default=DEFAULT_MAX_NODES, show_default=True, type=click.IntRange(0),
              help="Keep at most this many nodes, the most connected (0: all).")
@click.option("--raw", is_flag=True, help="Draw every triple, documents and provenance included.")
@click.option("--title", help="Page title (default: the output file name).")
def viz(graph, output, focus, hops, max_nodes, raw, title):
    """Write GRAPH as an interactive HTML network that works offline.

    Example: kg viz graph.ttl -o graph.html --focus "Jane Doe" --hops 2
    """
    from .views.page import write_html

    _notes(write_html(read_graph(graph), output, title, raw=raw, focus=focus, hops=hops,
                      max_nodes=max_nodes or None))


@cli.command(cls=Command)
@click.argument("graph", required=False)
@click.option("-o", "--output", required=True,
              help="Output file: .graphml or .gexf (network), or .ttl .nt .jsonld .trig .nq (RDF).")
@click.option("--store", help="Export this local store directory instead of a graph file.")
@click.option("--raw", is_flag=True, help="For .graphml/.gexf: every triple as an edge.")
def export(graph, output, store, raw):
    """Convert GRAPH (or a whole store) to GraphML or GEXF for Gephi and other network
    tools, or to another RDF format (.trig/.nq keep one named graph per document).

    Example: kg export graph.ttl -o graph.graphml; kg export --store kgdb -o all.trig
    """
    from .rdf.graph import merge
    from .views.network import NETWORK_FORMATS, to_networkx, write_network

    if bool(graph) == bool(store):
        raise click.UsageError("give GRAPH or --store DIR")
    if store:
        from .stores.local import LocalStore

        graphs = LocalStore(store, read_only=True).iter_graphs()
    else:
        graphs = read_graphs(graph)
    if Path(output).suffix.lower() in NETWORK_FORMATS:
        write_network(to_networkx(merge(list(graphs)), raw=raw), output)
    else:
        write_graphs(graphs, output)  # streamed formats take a graph at a time: any store size


@cli.command(cls=Command)
@click.argument("graph")
@click.option("--endpoint", required=True,
              help="Graph Store endpoint URL (e.g. http://localhost:7878/store), "
                   "or the Update endpoint with --protocol update.")
@click.option("--protocol", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True,
              help="SPARQL 1.1 Graph Store HTTP Protocol, or SPARQL 1.1 Update.")
@click.option("--graph", "graph_iri", help="Put everything in this one named graph (default: one graph per document).")
@click.option("--chunk-size", default=100_000, show_default=True, type=click.IntRange(1), help="Triples per request.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(0, min_open=True),
              help="Seconds per request.")
@click.option("--retries", default=4, show_default=True, type=click.IntRange(0),
              help="Retries on 5xx and connection errors.")
@click.option("--query-endpoint", "query_url", help=QUERY_ENDPOINT_HELP)
def push(graph, endpoint, protocol, graph_iri, chunk_size, timeout, retries, query_url):
    """Load GRAPH into a SPARQL 1.1 store; pushing a document again replaces its graph.
    Entities are then resolved across every document the store holds.

    Credentials: $KG_ENDPOINT_TOKEN (bearer), $KG_ENDPOINT_USER/$KG_ENDPOINT_PASSWORD
    (basic), or a netrc entry for the host.

    Example: kg push corpus.trig --endpoint http://localhost:7878/store
    """
    from .stores.base import GraphNameError, name_graphs
    from .stores.entities import is_entities_graph
    from .stores.remote import Endpoint, query_endpoint

    try:
        graphs = name_graphs(read_graphs(graph), graph_iri, graph)
    except GraphNameError as e:
        raise click.UsageError(str(e)) from None
    ep = Endpoint(endpoint, protocol, timeout=timeout, retries=retries, chunk_triples=chunk_size)
    resolver = None if graph_iri else query_endpoint(endpoint, query_url, timeout, retries)
    if resolver:  # the file's entities graph describes its corpus only: the server's is recomputed
        graphs = [g for g in graphs if not is_entities_graph(str(g.identifier))]
    report = ep.push(graphs)
    click.echo(f"stored {plural(len(report.stored), 'graph')}, {plural(sum(report.stored.values()), 'triple')}",
               err=True)
    if resolver:
        _resolve(ep, resolver, list(report.stored))


def _resolve(ep, resolver, iris: list[str]) -> None:
    """Resolve entities again over all the server holds, and say so."""
    from .stores.remote import resolve_entities

    n = resolve_entities(ep, resolver, iris)
    click.echo(f"resolved entities across the {plural(n, 'document')} the store holds", err=True)


@cli.command(cls=Command)
@click.argument("iris", nargs=-1, required=True)
@click.option("--store", help="Local store directory.")
@click.option("--endpoint", help="Graph Store endpoint URL (or Update endpoint with --protocol update).")
@click.option("--protocol", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True)
@click.option("--query-endpoint", "query_url", help=QUERY_ENDPOINT_HELP)
def drop(iris, store, endpoint, protocol, query_url):
    """Delete the named graphs IRIS (document IRIs) from a store or an endpoint, and
    resolve the entities of the documents left again.

    Example: kg drop https://w3id.org/newskg/id/doc/my-article --store kgdb
    """
    if bool(store) == bool(endpoint):
        raise click.UsageError("give one of --store DIR / --endpoint URL")
    from .stores.base import checked_iri

    for iri in iris:  # all of them before any is dropped
        checked_iri(iri)
    if store:
        from .stores.local import LocalStore, keep_answers

        local = LocalStore(store, create=False)
        missing = local.drop_documents(list(iris))
        local.close()
        keep_answers(store)
        for iri in missing:
            click.echo(f"note: {iri}: no such graph", err=True)
    else:
        from .stores.remote import Endpoint, query_endpoint

        ep = Endpoint(endpoint, protocol)
        resolver = query_endpoint(endpoint, query_url)
        for iri in iris:
            if not ep.drop(iri):
                click.echo(f"note: {iri}: no such graph", err=True)
        _resolve(ep, resolver, list(iris))


@cli.command(cls=Command)
@click.option("--store", required=True, help="Local store directory (as given to kg build --store).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
def serve(store, host, port):
    """Serve a local store as a SPARQL 1.1 endpoint (Oxigraph): query at /query,
    Graph Store at /store, update at /update; all documents form the default graph.

    Example: kg serve --store kgdb --port 7878
    """
    from .stores.local import serve as run

    run(store, host, port, announce=lambda line: click.echo(line, err=True))


@cli.command("eval", cls=Command)
@click.argument("inputs", nargs=-1, required=True, metavar="DIR...")
@click.option("--show-errors", is_flag=True, help="List every missed gold item and every extra prediction.")
@click.option("--json", "json_path", help="Also write the summary and per-article detail to this JSON file.")
@click.option("--model", help="spaCy model name (as for kg build).")
def evaluate(inputs, show_errors, json_path, model):
    """Score the tool on annotated articles: every NAME.txt with a NAME.gold.json
    beside it in each DIR (or each NAME.txt given) is built and compared with its gold;
    prints precision, recall and F1 of entities, roles and pledges per article and ALL.

    Example: kg eval examples/ --show-errors --json scores.json
    """
    import json

    from .evaluation import GoldError, evaluate as run, report_lines
    from .io.files import write_bytes

    try:
        ev = run(list(inputs), model)
    except GoldError as e:
        for line in e.problems[:-1]:
            click.echo(f"Error: {line}", err=True)
        raise click.ClickException(e.problems[-1]) from None
    for line in report_lines(ev, show_errors):
        click.echo(line)
    if json_path:
        write_bytes(json_path, json.dumps(ev.to_json(), indent=1, ensure_ascii=False).encode())


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    sys.exit(main())
