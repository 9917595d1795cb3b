"""The gazetteers kg reads at start-up in its own faster ways hold what the libraries
they come from give."""
from gender_guesser.detector import Detector

from kg.extract.gazetteer import _given_names, cities, geonames_cities


def test_gazetteer_city_list_is_geonamescaches():
    """data/cities.txt is up to date (else: python scripts/gazetteers.py)."""
    assert cities() == geonames_cities()


def test_gazetteer_given_names_read_as_gender_guesser_reads_them():
    ours, theirs = _given_names().names, Detector(case_sensitive=False).names
    assert list(ours.items()) == list(theirs.items())  # the same genders, in the same order
    assert _given_names().get_gender("Ingrid") == "female"
