"""The `kg` command: parse options, call the library, print. Errors exit 1, usage 2."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click
from rdflib import Graph
from rdflib.namespace import RDF

from .errors import KgError
from .export import read_graph, write_graphs
from .graph import DEFAULT_BASE
from .namespaces import KG, ORG, SCHEMA
from .viz import DEFAULT_MAX_NODES


class Command(click.Command):
    """A command that turns KgError into one line on stderr and exit 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as e:
            raise click.ClickException(str(e)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newskg")
def cli():
    """newskg: English news articles to an RDF knowledge graph.

    Example: kg build article.txt -o graph.ttl && kg query graph.ttl roles
    """


@cli.command(cls=Command)
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="Output file (.ttl .nt .jsonld .trig .nq) or - for stdout.")
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "trig", "nq"]),
              help="Output format (default: from the output extension; ttl for -).")
@click.option("--model", help="spaCy model name (default: $KG_SPACY_MODEL, en_core_web_sm, then the PyPI package).")
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base of the IRIs minted.")
@click.option("--validate/--no-validate", default=False, help="Check the graph against the SHACL shapes.")
@click.option("--html", "html_path", help="Also write the interactive HTML network to this file.")
def build(inputs, output, fmt, model, base_iri, validate, html_path):
    """Build the knowledge graph of INPUTS (text files, or - for stdin).

    Example: kg build article.txt -o graph.ttl
    """
    from .pipeline import build_graphs
    from .sources import load_articles

    if output == "-" and not fmt:
        fmt = "ttl"
    graphs = build_graphs(load_articles(list(inputs)), model, base_iri)
    if validate:
        _check(graphs)
    write_graphs(graphs, output, fmt)
    if html_path:
        from .graph import merge
        from .viz import write_html

        _notes(write_html(merge(graphs), html_path))


def _check(graphs: list[Graph]) -> None:
    from .graph import merge
    from .validate import validate as run

    ok, report = run(merge(graphs))
    if not ok:
        click.echo(report, err=True)
        raise click.ClickException("graph does not conform to the SHACL shapes")


@cli.command(cls=Command)
@click.argument("graph")
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(graph, query, fmt):
    """Run QUERY on GRAPH: a canned name (entities, roles, pledges, statements,
    events), a .rq file, or inline SPARQL.

    Example: kg query graph.ttl roles --format csv
    """
    from .query import format_rows, run_query

    cols, rows = run_query(read_graph(graph), query)
    click.echo(format_rows(cols, rows, fmt), nl=False)


@cli.command(cls=Command)
@click.argument("graph")
def validate(graph):
    """Check GRAPH against the newskg SHACL shapes; exit 1 if it does not conform.

    Example: kg validate graph.ttl
    """
    from .validate import validate as run

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
    g = read_graph(graph)
    counts = Counter()
    for name, cls in (("documents", SCHEMA.NewsArticle), ("persons", SCHEMA.Person),
                      ("organizations", SCHEMA.Organization), ("places", SCHEMA.Place),
                      ("events", SCHEMA.Event), ("posts", ORG.Post), ("pledges", KG.Pledge),
                      ("statements", KG.Statement)):
        counts[name] = len(set(g.subjects(RDF.type, cls)))
    counts["triples"] = len(g)
    for k, v in counts.items():
        click.echo(f"{k:14s} {v}")


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
    from .viz import write_html

    _notes(write_html(read_graph(graph), output, title, raw=raw, focus=focus, hops=hops,
                      max_nodes=max_nodes or None))


@cli.command(cls=Command)
@click.argument("graph")
@click.option("-o", "--output", required=True,
              help="Output file: .graphml or .gexf (network), or .ttl .nt .jsonld .trig .nq (RDF).")
@click.option("--raw", is_flag=True, help="For .graphml/.gexf: every triple as an edge.")
def export(graph, output, raw):
    """Convert GRAPH: to GraphML or GEXF for Gephi and other network tools, or to another RDF format.

    Example: kg export graph.ttl -o graph.graphml
    """
    from .network import NETWORK_FORMATS, to_networkx, write_network

    g = read_graph(graph)
    if Path(output).suffix.lower() in NETWORK_FORMATS:
        write_network(to_networkx(g, raw=raw), output)
    else:
        write_graphs([g], output)


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    sys.exit(main())
