"""Triple stores behind one protocol (base.Store): a local Oxigraph store (local) and
any SPARQL 1.1 service over HTTP (remote)."""
