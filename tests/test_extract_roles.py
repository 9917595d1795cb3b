"""Title patterns, each shown on sentences from several domains."""
from conftest import roles


def test_roles_place_title_name(facts_of):
    f = facts_of("Texas Governor Jane Doe signed the bill on Monday.")
    assert ("Jane Doe", "governor", "Texas") in roles(f)


def test_roles_org_title_name(facts_of):
    f = facts_of("Acme Corporation CEO John Smith announced record profits.")
    assert ("John Smith", "ceo", "Acme Corporation") in roles(f)


def test_roles_name_comma_title_of_org(facts_of):
    f = facts_of("Maria Lopez, deputy director of the National Health Agency, said costs fell.")
    assert ("Maria Lopez", "deputy director", "National Health Agency") in roles(f)


def test_roles_possessive_org_title(facts_of):
    f = facts_of("Kenya's finance minister Peter Otieno met investors in Nairobi.")
    assert any(r[0] == "Peter Otieno" and "minister" in r[1] and r[2] == "Kenya" for r in roles(f))


def test_roles_name_comma_possessive_title(facts_of):
    f = facts_of("The deal was signed by Anna Berg, Sweden's trade minister, on Friday.")
    assert ("Anna Berg", "trade minister", "Sweden") in roles(f)


def test_roles_two_titles_joined_by_and(facts_of):
    f = facts_of("Chicago Mayor and Party Secretary Tom Green spoke at the rally.")
    r = roles(f)
    assert ("Tom Green", "mayor", "Chicago") in r
    assert ("Tom Green", "party secretary", "Chicago") in r


def test_roles_former_is_marked(facts_of):
    f = facts_of("Former Ohio Governor Bob Taft criticised the plan.")
    assert [(r.title, r.former) for r in f.roles] == [("Governor", True)]


def test_roles_a_post_described_without_a_name_is_nobody_s(facts_of):
    # "the county manager" is someone unnamed, not the person named nearby
    f = facts_of("Karl Brenner visited the plant. The county manager told Brenner the plan would work.")
    assert not roles(f)
    f = facts_of("Jacinda Ardern visited the plant. The Prime Minister said the plan would work.")
    assert not roles(f) and not f.statements  # nothing says she is the Prime Minister
    f = facts_of("Prime Minister Jacinda Ardern visited the plant. The Prime Minister said the plan would work.")
    assert [s.speaker for s in f.statements] == ["jacinda-ardern"]


def test_roles_abbreviated_title(facts_of):
    f = facts_of("According to Gov. Gavin Newsom, the budget is balanced.")
    assert any(r[0] == "Gavin Newsom" and r[1] == "governor" for r in roles(f))


def test_roles_none_without_title(facts_of):
    f = facts_of("Jane Doe and John Smith went to Paris for a holiday.")
    assert roles(f) == set()


def test_roles_title_of_place_comma_name(facts_of):
    f = facts_of("The talks were opened by the mayor of Lima, Jorge Ruiz, on Monday.")
    assert ("Jorge Ruiz", "mayor", "Lima") in roles(f)


def test_roles_unrecognised_org_before_title(facts_of):
    # the organization NER misses is still where the post is held, whatever the title's case
    f = facts_of("Zentrix Dynamics Chief Executive Laura Bennett pledged to hire 300 engineers.")
    assert ("Laura Bennett", "chief executive", "Zentrix Dynamics") in roles(f)
    f = facts_of("On Monday, Quorvel chief executive Samuel Adeyemi promised to open two plants in June.")
    assert ("Samuel Adeyemi", "chief executive", "Quorvel") in roles(f)


def test_roles_name_after_title_is_a_person(facts_of):
    f = facts_of("German Chancellor Olaf Scholz met the French president in Paris on Monday.")
    assert any(r[0] == "Olaf Scholz" and r[1] == "chancellor" for r in roles(f))


def test_roles_portfolio_and_name_particles(facts_of):
    f = facts_of("Meanwhile, Agriculture Minister Tomas Berg said farmers would be paid in May.")
    assert ("Tomas Berg", "agriculture minister", None) in roles(f)
    f = facts_of("Council President Anna van der Berg said the fund was ready. Van der Berg thanked donors.")
    assert any(r[0] == "Anna van der Berg" and r[1] == "president" for r in roles(f))
    assert [e.type for e in f.entities if "Berg" in e.label] == ["Person"]


def test_roles_national_office_in_the_named_country(facts_of):
    f = facts_of("OSLO (Reuters) - Norwegian Prime Minister Ingrid Dahl said Norway would cut oil output. "
                 "Dahl spoke in Oslo after meeting Finance Minister Per Lunde.")
    assert ("Ingrid Dahl", "prime minister", "Norway") in roles(f)
    assert ("Per Lunde", "finance minister", "Norway") in roles(f)


def test_roles_org_by_reference(facts_of):
    f = facts_of("Brightwave Energy said it would build two plants. "
                 "The company's chief financial officer, Nina Holt, said costs would fall.")
    assert ("Nina Holt", "chief financial officer", "Brightwave Energy") in roles(f)


def test_roles_unqualified_corporate_post_in_the_article_company(facts_of):
    f = facts_of("Kestrel Aviation Corp said on Monday it would buy 40 jets. "
                 "Chief Executive Omar Haddad said Kestrel Aviation Corp would hire 500 pilots.")
    assert ("Omar Haddad", "chief executive", "Kestrel Aviation Corp") in roles(f)
    f = facts_of("Kestrel Aviation Corp said it would buy 40 jets. Chief Secretary Helen Ma welcomed the deal.")
    assert any(r[0] == "Helen Ma" for r in roles(f))
    assert not any(r[0] == "Helen Ma" and r[2] == "Kestrel Aviation Corp" for r in roles(f))


def test_roles_party_leader_and_shadow_post(facts_of):
    f = facts_of("Labour leader Tom Hale promised new schools. Shadow Chancellor Ann Price pledged not to raise taxes.")
    assert ("Tom Hale", "leader", "Labour") in roles(f)
    assert any(r[0] == "Ann Price" and r[1] == "shadow chancellor" for r in roles(f))


def test_roles_with_a_portfolio_phrase(facts_of):
    f = facts_of("Ruritania's Secretary for Transport and Logistics, Mei Wong, said fares would fall.")
    assert ("Mei Wong", "secretary for transport and logistics", "Ruritania") in roles(f)
    f = facts_of("Secretary for Security Ken Lau said police were ready.")
    assert ("Ken Lau", "secretary for security", None) in roles(f)
    assert [e.label for e in f.entities if e.type == "Person"] == ["Ken Lau"]


def test_portfolio_words_are_not_the_organization(facts_of):
    f = facts_of("The Secretary for Culture, Sports and Tourism, Miss Ada Kwan, also attended.")
    assert ("Ada Kwan", "secretary for culture, sports and tourism", None) in roles(f)


def test_roles_abbreviated_titles_and_a_surname_ner_calls_an_org(facts_of):
    f = facts_of("Ohio Gov. Dan Ferrell spoke first in Ohio. Lt. Gov. Ruth Amsel, who leads the office, spoke next. "
                 "Ferrell said the plan was ready. Ferrell said it would pass.")
    assert ("Ruth Amsel", "lieutenant governor", "Ohio") in roles(f)
    assert ("Dan Ferrell", "governor", "Ohio") in roles(f)
    assert [e.type for e in f.entities if "Ferrell" in e.label] == ["Person"]


def test_roles_hyphenated_name_and_of_portfolio(facts_of):
    f = facts_of("The fund's Director General for East Africa, Anne-Marie Okoro-Bello, said the plan was ready. "
                 "Ruritania's Minister of Energy, Tomas Brandt, thanked the fund.")
    assert any(r[0] == "Anne-Marie Okoro-Bello" and r[1] == "director general for east africa" for r in roles(f))
    assert ("Tomas Brandt", "minister of energy", "Ruritania") in roles(f)


def test_roles_title_of_place_before_the_name(facts_of):
    # NER runs the place and the name together; the title's "of" says which is which
    f = facts_of("Governor of Lagos Tunde Adeyemi pledged to build roads.")
    assert ("Tunde Adeyemi", "governor", "Lagos") in roles(f)
    f = facts_of("Jakarta: Acting Governor of Jakarta Heru Budi Hartono has vowed to end flooding.\n")
    assert ("Heru Budi Hartono", "acting governor", "Jakarta") in roles(f)
    f = facts_of("Governor of the central bank Ann Lee spoke.")  # not a place a gazetteer knows
    assert not any(r[0] == "Ann Lee" and r[2] for r in roles(f))


def test_roles_title_ending_an_organization_name(facts_of):
    f = facts_of("The Bank of England Governor Andrew Bailey said rates would fall.")
    assert ("Andrew Bailey", "governor", "Bank of England") in roles(f)


def test_portfolio_list_stops_at_a_name(facts_of):
    # the comma list joins the portfolio only when it is words, not the next person
    f = facts_of("Jan Ruml, the head of sales, and Tom Hale spoke at the plant.")
    assert ("Jan Ruml", "head of sales", None) in roles(f)
    f = facts_of("Ada Kimura, the secretary for the company, said it would grow.")
    assert not any(r[1].startswith("secretary for") for r in roles(f))


def test_councillor_sits_on_the_story_town_council(facts_of):
    f = facts_of("One of Tamworth's top councillors pledged to keep libraries open. "
                 "Councillor Ada Obi said the plan was vital.")
    assert ("Ada Obi", "councillor", "Tamworth") in roles(f)
    f = facts_of("Councillor Ada Obi said the plan was vital.")  # no place named: none made up
    assert ("Ada Obi", "councillor", None) in roles(f)


def test_portfolio_ner_took_for_an_organization(facts_of):
    f = facts_of("Punjab Local Government Minister Tom Hale said the work would finish. "
                 "The council wrote to Local Government secretary Ada Obi.")
    assert ("Ada Obi", "local government secretary", None) in roles(f)
    assert ("Tom Hale", "local government minister", "Punjab") in roles(f)
    assert not any(e.label.endswith("Local Government") for e in f.entities)
    f = facts_of("The Finance Ministry Secretary Tom Hale spoke.")  # a body's name stays the organization
    assert ("Tom Hale", "secretary", "Finance Ministry") in roles(f)


def test_governor_of_the_one_state_a_city_story_names(facts_of):
    f = facts_of("Projects in Akure will come first, Ondo state governor, Ada Obi, said. Akure roads will be rebuilt. "
                 "Governor Ada Obi said Akure would get a flyover.")
    assert ("Ada Obi", "governor", "Ondo") in roles(f) or ("Ada Obi", "state governor", "Ondo") in roles(f)


def test_a_capital_is_not_the_governors_state(facts_of):
    # "a trip to Washington": the capital, not the state of Washington
    f = facts_of("Governor Ada Obi is back from her trip to Washington. She met officials in Washington. "
                 "The governor said the hospital would be built.")
    assert ("Ada Obi", "governor", None) in roles(f)
    f = facts_of("Governor Ada Obi of Idaho is back from a trip. The governor said Idaho would build it.")
    assert ("Ada Obi", "governor", "Idaho") in roles(f)


def test_opposition_leader_is_a_national_post_of_the_story_country(facts_of):
    # the country is named twice (once in the headline), another once: the story's country
    f = facts_of("Fiji PM opens schools\n\nFiji's prime minister, Tom Hale, says schools will open. Kiribati sent aid. "
                 "The opposition leader, Ada Obi, has called on soldiers to help.")
    assert ("Ada Obi", "opposition leader", "Fiji") in roles(f)
    f = facts_of("Fiji's prime minister, Tom Hale, says schools will open. Kiribati sent aid. "
                 "The opposition leader, Ada Obi, has called on soldiers to help.")  # a tie: the one named first
    assert ("Ada Obi", "opposition leader", "Fiji") in roles(f)


def test_month_after_a_byline_title_is_no_person(facts_of):
    f = facts_of("By Our Correspondent July 25, 2025\n\nMayor April Ryan said the road will open.")
    assert [e.label for e in f.entities if e.type == "Person"] == ["April Ryan"]


def test_commissioner_of_the_story_state(facts_of):
    f = facts_of("Ada Obi, governor of Abia State, spoke in Abia State. Tom Hale, commissioner for finance, "
                 "said Abia State would pay.")
    assert ("Tom Hale", "commissioner for finance", "Abia State") in roles(f)


def test_two_word_demonym_and_a_country_named_only_by_demonym(facts_of):
    f = facts_of("Sri Lankan President Tom Hale has promised a task force. Prime Minister Ada Obi backed it in Colombo, "
                 "where Sri Lankan troops wait.")
    assert ("Tom Hale", "president", "Sri Lanka") in roles(f)
    assert ("Ada Obi", "prime minister", "Sri Lanka") in roles(f)  # the story's country, named twice by demonym
    assert "Sri Lankan" not in {e.label for e in f.entities}
    f = facts_of("Former South African President Tom Hale spoke.")
    assert ("Tom Hale", "president", "South Africa") in roles(f)


def test_conjoined_list_item_with_a_title_of_its_own(facts_of):
    f = facts_of("It was attended by Ada Obi, Secretary-General of the UN, Tom Hale, UAE Ambassador to Peru, and others.")
    assert not any(r[0] == "Tom Hale" and r[1] == "secretary-general" for r in roles(f))


def test_councillor_sits_on_the_one_council_named(facts_of):
    f = facts_of("Galway County Council will get more money. Councillor Ada Obi said Galway needed it.")
    assert ("Ada Obi", "councillor", "Galway County Council") in roles(f)
    f = facts_of("The Gulf Cooperation Council met. Councillor Ada Obi said Galway needed it. Galway and Galway.")
    assert ("Ada Obi", "councillor", "Galway") in roles(f)  # not a local council


def test_story_filed_from_a_capital_breaks_a_tie_for_its_country(facts_of):
    text = ("BANGKOK, Oct 19 (Newswire) -- The Thai government gave aid to Cambodia and Vietnam. Cambodia and Vietnam "
            "thanked Thailand. Foreign Minister Tom Hale handed over the cash in Cambodia and Vietnam.")
    assert ("Tom Hale", "foreign minister", "Thailand") in roles(facts_of(text))
    untied = text.replace("BANGKOK, Oct 19 (Newswire) -- ", "")  # no dateline: a tie, the one named first
    assert ("Tom Hale", "foreign minister", "Thailand") in roles(facts_of(untied))
    assert ("Tom Hale", "foreign minister", "Cambodia") in roles(facts_of(untied.replace("Thai government", "cabinet")))


def test_a_legislator_holds_the_seat_named_with_the_title(facts_of):
    f = facts_of("Tom Hale, the Labour MP for Kessly North, vowed to fight the closure of the depot.")
    assert ("Tom Hale", "mp", "Kessly North") in roles(f)
    f = facts_of("Norvik West TD Seán Ruml welcomed the grant for the harbour.")
    assert ("Seán Ruml", "td", "Norvik West") in roles(f)
    f = facts_of("Labour MP Tom Hale said the depot would stay open.")  # a party, not a seat
    assert ("Tom Hale", "mp", "Labour") in roles(f)
    assert all(e.type == "Organization" for e in f.entities if e.label == "Labour")


def test_a_title_after_a_bodys_common_noun_is_held_in_that_body(facts_of):
    f = facts_of("Return the Green Dawn Party to power and fares will be frozen, party president Tom Hale promised.")
    assert ("Tom Hale", "president", "Green Dawn Party") in roles(f)
    f = facts_of("Eastmoor County Council met on Monday. Later, council leader Ada Obi said the budget was set.")
    assert ("Ada Obi", "leader", "Eastmoor County Council") in roles(f)
    f = facts_of("The Kessly Rowing Club won. Later, party president Ada Obi said so.")  # no party named
    assert ("Ada Obi", "president", "Kessly Rowing Club") not in roles(f)


def test_a_colon_dateline_after_a_date_line_names_the_story_country(facts_of):
    text = ("Sunday, March 2nd, 2025\n\nBANGKOK: Foreign Minister Tom Hale handed over aid to Cambodia. "
            "Cambodia thanked Thailand. Vietnam will share it.")
    assert ("Tom Hale", "foreign minister", "Thailand") in roles(facts_of(text))


def test_corporate_officer_titles(facts_of):
    f = facts_of("Chief Operating Officer Tom Hale said the foundation would expand. Medical Director Ada Obi agreed.")
    assert {("Tom Hale", "chief operating officer", None), ("Ada Obi", "medical director", None)} <= roles(f)


def test_title_of_an_organization_then_the_name_set_off_by_commas(facts_of):
    f = facts_of("General Secretary of the People’s Reform Party (PRP), Dr Ada Obi, said the bridge will be built.")
    assert ("Ada Obi", "general secretary", "People’s Reform Party") in roles(f)
    f = facts_of("The Green Party, Ada Obi said, will win.")  # a name's last word is no title
    assert not roles(f)


def test_an_abbreviated_title_is_spelt_out_and_kept_as_written(facts_of):
    f = facts_of("Tom Hale was sworn in by Lt. Gov. Ada Obi in Eastmoor.")
    role, = f.roles
    assert (role.title, role.written) == ("Lieutenant Governor", "Lt. Gov.")


def test_minister_in_charge_of_a_portfolio_in_the_country_its_people_name(facts_of):
    text = ("The State Minister in charge of Energy and Water, Eng. Ada Obi, said 40 percent of Kenyans "
            "now have power at home. Most Kenyans welcomed it.")
    assert ("Ada Obi", "state minister in charge of energy and water", "Kenya") in roles(facts_of(text))
    f = facts_of("Minister in charge of Emergency Management Tom Hale visited the camp.")
    assert ("Tom Hale", "minister in charge of emergency management", None) in roles(f)
    f = facts_of("The nurse in charge of Ward Nine, Ada Obi, said so.")  # no title
    assert not roles(f)


def test_title_of_an_organization_before_the_name_and_an_advisers_ministry(facts_of):
    f = facts_of("The premier received Chairman of Kessly Group Jan Ruml in the capital on Monday.")
    assert ("Jan Ruml", "chairman", "Kessly Group") in roles(f)
    f = facts_of("Ada Obi, Adviser to the Ministry of Water and Sanitation, said the wells will be dug.")
    assert ("Ada Obi", "adviser", "Ministry of Water and Sanitation") in roles(f)
    f = facts_of("Tom Hale, Ambassador to Peru, said the talks went well.")  # where he serves is not his post's
    assert ("Tom Hale", "ambassador", "Peru") not in roles(f)


def test_a_state_named_by_its_adjective_holds_the_post(facts_of):
    f = facts_of("Tasmanian Premier Tom Hale visited the new school on Monday.")
    assert ("Tom Hale", "premier", "Tasmania") in roles(f)
    assert "Tasmania" in {e.label for e in f.entities if e.type == "Place"}


def test_an_honorific_before_a_title_is_not_the_post(facts_of):
    f = facts_of("Athletes praised the Honourable Minister of Sports Development, Senator Tom Hale, on Monday.")
    assert ("Tom Hale", "minister of sports development", None) in roles(f)
