"""The gazetteers kg reads at start-up in its own faster ways hold what the libraries
they come from give."""
from gender_guesser.detector import Detector

from kg.extract.gazetteer import _gender, _given_names, adjectives, capital_of, cities, geonames_cities, wordnet_adjectives


def test_gazetteer_city_list_is_geonamescaches():
    """data/cities.txt is up to date (else: python scripts/gazetteers.py)."""
    assert cities() == geonames_cities()


def test_gazetteer_adjective_list_is_the_models_wordnet_index():
    """data/adjectives.txt is up to date (else: python scripts/gazetteers.py)."""
    assert adjectives() == wordnet_adjectives()
    assert {"small", "spiritual", "emeritus"} <= adjectives() and not {"acme", "minister"} & adjectives()


def test_gazetteer_given_names_read_as_gender_guesser_reads_them():
    detector = Detector(case_sensitive=False)
    assert list(_given_names().items()) == list(detector.names.items())  # the same genders, in the same order
    assert all(_gender(name) == detector.get_gender(name) for name in detector.names)
    assert (_gender("Ingrid"), _gender("MORGAN"), _gender("Hong"), _gender("Xq")) == \
        ("female", "mostly_male", "andy", "unknown")


def test_gazetteer_names_match_whichever_apostrophe_the_text_uses():
    assert capital_of("Nuku'alofa") == capital_of("Nuku’alofa") == capital_of("Nuku‘alofa") == "TO"
