"""Inputs and outputs: articles from files, JSONL and stdin; atomic writes; ids."""
