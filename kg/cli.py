"""The `kg` command: parse options, call the library, print. Errors exit 1, usage 2."""
from __future__ import annotations

import sys
from collections import Counter

import click
from rdflib import Graph
from rdflib.namespace import RDF

from .errors import KgError
from .export import read_graph, write_graphs
from .graph import DEFAULT_BASE
from .namespaces import KG, ORG, SCHEMA


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
def build(inputs, output, fmt, model, base_iri, validate):
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


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    sys.exit(main())
