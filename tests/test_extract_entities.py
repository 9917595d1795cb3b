"""Mentions merged into one entity per document, with general corrections."""


def by_label(f):
    return {e.label: e for e in f.entities}


def test_entities_surname_and_pronoun_merge(facts_of):
    f = facts_of("Finance Minister Ama Mensah spoke. Mensah said growth would return.")
    e = by_label(f)
    assert e["Ama Mensah"].type == "Person" and "Mensah" in e["Ama Mensah"].aliases
    assert "Mensah" not in e


def test_entities_name_after_title_completed(facts_of):
    f = facts_of("Suzhou Mayor Feng Lan attended the meeting.")
    assert "Feng Lan" in by_label(f)


def test_entities_acronym_in_brackets(facts_of):
    f = facts_of("The World Health Organization (WHO) met in Geneva. WHO later issued a report.")
    e = by_label(f)
    assert "WHO" in e["World Health Organization"].aliases and "WHO" not in e


def test_entities_long_org_name_with_and_of(facts_of):
    f = facts_of("Li Wei, director of the Trade and Investment Office of the State Council, spoke.")
    e = by_label(f)
    assert e["Trade and Investment Office of the State Council"].type == "Organization"
    assert e["State Council"].type == "Organization"


def test_entities_event_by_head_noun(facts_of):
    f = facts_of("Leaders met at the third Global Climate Summit in Lima. The climate summit ended.")
    e = by_label(f)
    assert e["Global Climate Summit"].type == "Event"
    assert "third Global Climate Summit" in e["Global Climate Summit"].aliases


def test_entities_possessive_stripped(facts_of):
    f = facts_of("Kenya's exports rose. Kenya is a leading exporter.")
    assert [e.label for e in f.entities if e.type == "Place"] == ["Kenya"]


def test_entities_government_org(facts_of):
    f = facts_of("The agency works under the Kessly government on housing.")
    e = by_label(f)
    assert e["Kessly government"].type == "Organization" and e["Kessly government"].government


def test_entities_known_places_government_is_the_place(facts_of):
    f = facts_of("Ada Obi, a minister in the Ontario government, said the Tanzania government has committed "
                 "to raise teacher pay.")
    e = by_label(f)
    assert "Ontario government" not in e and "Tanzania government" not in e
    assert e["Ontario"].type == "Place" and {(r.person, r.org) for r in f.roles} == {(e["Ada Obi"].key, e["Ontario"].key)}
    assert [p.agent for p in f.pledges] == [e["Tanzania"].key]


def test_entities_lede_capitals(facts_of):
    f = facts_of("BERLIN, Germany - Olaf Weber said on Monday that trade grew.")
    assert by_label(f)["Berlin"].type == "Place"


def test_entities_dateline_place_and_agency(facts_of):
    f = facts_of("WASHINGTON (Reuters) - Lawmakers met on Tuesday.")
    e = by_label(f)
    assert e["Washington"].type == "Place" and e["Reuters"].type == "Organization"


def test_entities_country_initialism_is_the_country(facts_of):
    f = facts_of("New Zealand has announced an aid programme. NZ said the aid would start soon. "
                 "Prime Minister Tom Hale said NZ would pay. He spoke in Suva, Fiji, and in Apia, Samoa, and Fiji.")
    e = by_label(f)
    assert e["New Zealand"].type == "Place" and "NZ" in e["New Zealand"].aliases and "NZ" not in e
    f = facts_of("The Eastmoor Rowing Union said ERU would grow. ERU said so.")  # not a place: no change
    assert by_label(f)["Eastmoor Rowing Union"].type == "Organization"


def test_entities_couples_foundation_is_one_name(facts_of):
    e = by_label(facts_of("The fund got $5 million from the Tom and Ada Hale Foundation for research."))
    assert e["Tom and Ada Hale Foundation"].type == "Organization"
    e = by_label(facts_of("He met Ada and Tom Hale."))  # two people, no organization
    assert "Ada" in e and "Tom Hale" in e


def test_entities_short_name_skipping_middle_words(facts_of):
    e = by_label(facts_of("Chief Minister Syed Tariq Ali Rana met the press. Later Tariq Rana said roads would open."))
    assert "Tariq Rana" in e["Syed Tariq Ali Rana"].aliases and "Tariq Rana" not in e
    e = by_label(facts_of("Minister Syed Tariq Ali Rana met Omar Rana. Omar Rana said roads would open."))
    assert "Omar Rana" in e  # another person with the surname


def test_entities_event_name_after_a_persons_of_has_no_article(facts_of):
    e = by_label(facts_of("Maria Santos of the Kessly Climate Forum said the city must change."))
    assert "Kessly Climate Forum" in e and "Maria Santos" in e


def test_entities_place_and_compass_word_are_one_name(facts_of):
    e = by_label(facts_of("“It is unacceptable,” said Galway East TD Sean Canney, a former Lamu West MP."))
    assert e["Galway East"].type == "Place" and "East" not in e
    e = by_label(facts_of("Winds blew east over Galway on Monday."))  # a lower-case direction is no name
    assert "Galway" in e and "Galway east" not in e


def test_a_name_written_with_a_curly_apostrophe_is_whole(facts_of):
    f = facts_of("Minister for Housing Ada O’Brien has said the scheme will go ahead in Kessly’s north.")
    assert "Ada O'Brien" in {e.label for e in f.entities if e.type == "Person"}


def test_places_a_road_joins_are_places(facts_of):
    f = facts_of("MPs want the government to tarmac the 48km Villa Norte – Bukana – Ruvale road before the rains.")
    places = {e.label for e in f.entities if e.type == "Place"}
    assert {"Villa Norte", "Bukana", "Ruvale"} <= places


def test_a_ministry_named_with_a_list_of_portfolios_is_one_name(facts_of):
    f = facts_of("The Ministry of Environment, National Beautification and the Blue and Green Economy has pledged "
                 "to partner with the fishermen.")
    assert "Ministry of Environment, National Beautification and the Blue and Green Economy" in {
        e.label for e in f.entities if e.type == "Organization"}
    f = facts_of("The University of Kessly and Wake Forest University will share the grant.")
    assert "University of Kessly and Wake" not in {e.label for e in f.entities}


def test_a_common_word_capitalised_only_where_every_word_is_no_name(facts_of):
    f = facts_of("Farmers will get free power. The state will also help farmers buy pumps, Tom Hale said on Monday.")
    assert {e.label for e in f.entities} == {"Tom Hale"}
    f = facts_of("Talks between National and the Greens failed. National said the national budget was at risk.")
    assert "National" in {e.label for e in f.entities}  # written capitalised mid-sentence: a name


def test_two_names_joined_by_an_unspaced_dash_are_one_place(facts_of):
    f = facts_of("The MP for Spadina—Fort York spoke. The Villa Norte – Bukana road will be paved, Tom Hale said.")
    places = {e.label for e in f.entities if e.type == "Place"}
    assert "Spadina—Fort York" in places and "Villa Norte – Bukana" not in places


def test_a_title_that_ends_a_name_after_of_stays_in_it(facts_of):
    f = facts_of("Staff at the Office of the President said the plan was ready. The Bank of Kessly Governor agreed.")
    orgs = {e.label for e in f.entities if e.type == "Organization"}
    assert "Office of the President" in orgs and "Bank of Kessly" in orgs


def test_names_in_a_line_shouted_in_capitals_count_only_when_written_elsewhere(facts_of):
    text = ("Tom Hale said the mill will stay open.\n\nACME JOINS KESSLY CORP IN FIGHT TO SAVE THE MILL\n\n"
            "Kessly Corp said it would help.")
    names = {e.label for e in facts_of(text).entities}
    assert names == {"Tom Hale", "Kessly Corp"}  # not "MILL" nor "ACME JOINS KESSLY CORP"
