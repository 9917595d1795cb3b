"""Triple stores: a local Oxigraph store and any SPARQL 1.1 service."""
