"""Facts as RDF: the graph, its vocabulary, resolution across documents, SHACL, SPARQL."""
