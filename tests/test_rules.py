"""Every registered rule, pinned by sentences from several domains: a positive case
it must find (and that no other rule is credited with) and a negative case it must
not fire on. Removing or emptying any registered rule fails here."""
import pytest

from kg.extract.layout import normalise
from kg.extract.posts import portfolio_secretary
from kg.extract.registry import REFINERS, RULES
from kg.extract.types import TYPE_RULES

from conftest import labels, pledges, roles

# rule name -> [(text, expected fact or None)]; None: the rule finds nothing in that text.
# Facts are projected: role (person, title, where), pledge (agent, content),
# statement (speaker, content), relation (subject, predicate, object).
CASES = {
    "role.title-before-name": [
        # a seat of two places joined by a hyphen is one ("the MLA for [Regina]-Rosemont" is no name)
        ("The MLA for Regina-Rosemont, Tom Hale, spoke at the rally.", ("Tom Hale", "mla", "Regina-Rosemont")),
        # a numbered ward before a councillor's title is the title's ("Ward 7 will vote for Councillor X" is not)
        ("Ward 5 alderman Tom Hale said the library will open.", ("Tom Hale", "ward 5 alderman", None)),
        ("Ward 7 will vote for Councillor Tom Hale on Monday.", ("Tom Hale", "councillor", None)),
        ("Homeland Security Secretary Tom Hale toured the port.", ("Tom Hale", "homeland security secretary", "United States")),
        # a given name with an accent the list writes without; a city's clerk in the city the story is about
        ("The tour of Galway was led by Taoiseach Seán Kelly.", ("Seán Kelly", "taoiseach", "Ireland")),
        # an office only one country has is held there, wherever the story is set
        ("In Boston, Tanaiste Tom Hale met the mayor.", ("Tom Hale", "tanaiste", "Ireland")),
        ("In Tempe, City Clerk Ada Obi read the oath to the council.", ("Ada Obi", "city clerk", "Tempe")),
        # two posts joined before the second's body: the first with its own country
        ("Kenyan President and African Union Chairperson Ada Obi spoke in Accra.", ("Ada Obi", "president", "Kenya")),
        ("Idaho Governor Ada Kimura pledged to expand broadband.", ("Ada Kimura", "governor", "Idaho")),
        ("Rome Holdings chief executive Mark Tull said sales will rise.",
         ("Mark Tull", "chief executive", "Rome Holdings")),
        ("On Monday, Minister of Home Affairs, Tomas Wirya, inaugurated Hartono as acting mayor.",
         ("Tomas Wirya", "minister of home affairs", None)),
        ("Tom Hale, Minister of Finance, Ada Obi and Jan Ruml met.", None),
        ("The envoys met Minister of State for Foreign Trade Tom Hale on Monday.",
         ("Tom Hale", "minister of state for foreign trade", None)),
        ("The talks were between the Minister of Health, Dr. Ada Obi, and the union.",
         ("Ada Obi", "minister of health", None)),
        ("Chinese Ambassador to Peru Ada Obi spoke on Monday.", ("Ada Obi", "ambassador to peru", "China")),  # the sender's
        ("The Ambassador to Peru Ada Obi spoke on Monday.", ("Ada Obi", "ambassador", "Peru")),  # else the host's
        ("Adviser to the Prime Minister and Official Spokesperson Dr Tom Hale spoke.",
         ("Tom Hale", "official spokesperson", None)),
        ("President and CEO of Zentrix Maria Lopez announced that the firm will invest.",
         ("Maria Lopez", "president", "Zentrix")),  # two titles of one organization
        ("Lima, May 2: Deputy Mayor and Urban Planning Commissioner, Jan Ruml has said the park will open.",
         ("Jan Ruml", "urban planning commissioner", None)),  # two titles, after a dateline
        ("The league met Culture and Sport Secretary Tom Hale.", ("Tom Hale", "culture and sport secretary", None)),
        ("The plan was backed by Ada Obi and Health Secretary Ken Ade.", ("Ken Ade", "health secretary", None)),
        ("Cllr Ada Obi opened the library.", ("Ada Obi", "councillor", None)),
        ("Egypt's Minister of Manpower and Immigration Aisha Omar Salem promised, in a statement on Monday, to "
         "provide jobs.", ("Aisha Omar Salem", "minister of manpower and immigration", "Egypt")),
        ("Lieutenant Governor Ada Obi of Ohio spoke on Monday.", ("Ada Obi", "lieutenant governor", "Ohio")),
        ("Health Minister Hon. Tom Hale opened the clinic.", ("Tom Hale", "health minister", None)),
        ("The Norvik Rowing Federation’s (NRF) new president Tom Hale said more.",
         ("Tom Hale", "president", "Norvik Rowing Federation")),
        ("New Finance Minister Ada Obi said taxes will fall.", ("Ada Obi", "finance minister", None)),
        ("Rookie MLA Ada Obi takes over education.", ("Ada Obi", "mla", None)),
        # "acting" is the title's, and the body before it where the post is held
        ("KESSVILLE – Kosovo acting Prime Minister Tom Hale said he would respond.",
         ("Tom Hale", "acting prime minister", "Kosovo")),
        ("The club's acting chief executive Ada Obi resigned.", ("Ada Obi", "acting chief executive", None)),
        ("Peru's senior peace commissioner Tom Hale traveled to Cuba.", ("Tom Hale", "senior peace commissioner", "Peru")),
        ("She met former health minister Tom Hale.", ("Tom Hale", "health minister", None)),
        ("Deputy Prime Minister and Minister for Foreign Affairs Kamal Ruml insisted on support.",
         ("Kamal Ruml", "minister for foreign affairs", None)),  # the portfolio ends before a given name
        ("The summit was attended by President of Uganda, Tom Hale, and others.", ("Tom Hale", "president", "Uganda")),
        ("He flew in with Civil Defence Minister Jan Ruml.", ("Jan Ruml", "civil defence minister", None)),
        ("Chief Minister Punjab Sardar Usman Ruml vowed to finish the roads.",
         ("Sardar Usman Ruml", "chief minister", "Punjab")),  # the state NER ran into the name
        ("Ada Kimura pledged to expand broadband.", None),
        # a title opening the sentence, then the name after a comma (no closing comma)
        ("The Minister for Roads and Transport, Ada Obi has promised to fix the road.",
         ("Ada Obi", "minister for roads and transport", None)),
        ("In the letter, Ada Obi, Tom Hale said the road is closed.", None),
    ],
    "role.title-after-name": [
        ("By Sarah Connor Deputy Political Editor", ("Sarah Connor", "deputy political editor", None)),
        ("By Sarah Connor and friends", None),
        ("Tom Hale MP said the plan is weak.", ("Tom Hale", "mp", None)),  # a post-nominal
        ("Ada Obi CEO Tom Hale spoke.", None),
        ("Ada Obi spoke.\nBy Ada Obi MP", ("Ada Obi", "mp", None)),  # at the very end of the text
        # a body, its short form and the post, set off by commas after the name
        ("Tom Hale, Alliance of Progressive Farmers (APF) secretary-general, said the march would go ahead.",
         ("Tom Hale", "secretary-general", "Alliance of Progressive Farmers")),
        ("Tom Hale, Acme Holdings and Norvik Bank, said the deal was off.", None),
    ],
    "role.plural-title": [
        ("Councillors Tom Hale and Ada Obi attended the summit.", ("Ada Obi", "councillor", None)),
        ("Senators Tom Hale, Ada Obi and Jan Ruml wrote to the board.", ("Jan Ruml", "senator", None)),
        ("Governors Tom Hale (Lagos) and Ada Obi (Kano) met.", ("Ada Obi", "governor", "Kano")),
        ("Farmers Tom Hale and Ada Obi sold the land.", None),
        ("The gala was attended by the two deputy governors, Tom Hale and Ada Obi.", ("Ada Obi", "deputy governor", None)),
        ("He thanked the governors, Ada Obi said.", None),
        # "Sens.", "Reps.": the abbreviations' plurals, with the place before them or after each name
        ("Ohio Reps. Tom Hale and Ada Obi backed the dam.", ("Ada Obi", "rep.", "Ohio")),
        ("Sens. Tom Hale of Iowa and Mary Jones of Utah backed the dam.", ("Mary Jones", "sen.", "Utah")),
    ],
    "role.appositive": [
        ("Tom Hale, a delegate for Kessly Shire Council, urged the minister to act.",
         ("Tom Hale", "delegate", "Kessly Shire Council")),
        ("\"We will grow,\" said Ada Obi, President and CEO, Kessly Regional Health Centre.",
         ("Ada Obi", "ceo", "Kessly Regional Health Centre")),  # an institution's building
        # "X, Title, Body, said", parsed as a list: the body is the post's
        ("Muhammad Lawal, Chairman, Kessly Chamber of Commerce, Industry and Mines, called on investors to act.",
         ("Muhammad Lawal", "chairman", "Kessly Chamber of Commerce, Industry and Mines")),
        ("Dr Ada Obi, President, Acme Holdings, praised the firm.", ("Ada Obi", "president", "Acme Holdings")),
        # a list of titles after the name: every one the person's, with the body after the last
        ("Tom Hale, the founder, secretary and president of Kessly Rovers, said the club will survive.",
         ("Tom Hale", "secretary", "Kessly Rovers")),
        ("The talks were attended by Tom Hale, Secretary-General of the UN, Ada Obi, UAE Ambassador to Peru, and others.",
         ("Ada Obi", "ambassador to peru", "UAE")),
        ("The board includes Tom Hale, Ada Obi, and a chairman from Norvik.", None),
        ("Jane Roe, executive director of the Red Cross, said the camp will open.",
         ("Jane Roe", "executive director", "Red Cross")),
        ("Marc Stone, executive vice-president of corporate affairs at Norvik Foods, said the plant will stay open.",
         ("Marc Stone", "executive vice-president of corporate affairs", "Norvik Foods")),
        ("\"Sales will rise,\" said Jane Roe, a senior analyst at car researcher Norvik Research.",
         ("Jane Roe", "senior analyst", "Norvik Research")),
        ("Jan Ruml, the minister of health, education and sport, spoke.",
         ("Jan Ruml", "minister of health, education and sport", None)),
        ("Tom Hale, parliamentary secretary for senior services, said the fund would grow.",
         ("Tom Hale", "parliamentary secretary for senior services", None)),
        ("Jane Roe, a friend of the family, said the camp will open.", None),
    ],
    "role.appositive-before-name": [
        ("Ada Obi was sworn in before the president of the Senate, Tom Hale.", ("Tom Hale", "president", "Senate")),
        ("He thanked the people of Lima, Ada Obi said.", None),
        ("Secretary for Security, Chris Tang, said police will patrol.",
         ("Chris Tang", "secretary for security", None)),
        ("The plan came from a discussion between the Minister of Health, Dr. Ada Obi, and the Red Cross "
         "Representative in Kessly, Tom Hale.", ("Tom Hale", "representative", "Red Cross")),
        ("The consul in Lima, Ada Obi, said so.", ("Ada Obi", "consul", "Lima")),
        ("The director general of the Norvik Rowing Union, Tom Hale, said so.",
         ("Tom Hale", "director general", "Norvik Rowing Union")),
        ("It was attended by the director of the Norvik Rowing Union, Ada Obi; the vice minister of Justice, "
         "Tom Hale; and others.", ("Tom Hale", "vice minister of justice", None)),  # a list the parser conjoins
        ("My neighbour, Chris Tang, said police will patrol.", None),
        ("The Minister-designate for Education, Ada Obi, has assured teachers of better pay.",
         ("Ada Obi", "minister-designate for education", None)),
        ("Deputy Governor and Finance Commissioner, Tom Hale has said the plan will help.",
         ("Tom Hale", "finance commissioner", None)),  # two posts
    ],
    "role.appointed": [
        # the owner of a sentence's subject is who "he" next refers to
        ("Minister Ada Obi said the talks went well. Tom Hale's arrival was welcome. He served as the national "
         "security adviser between 2019 and 2021.", ("Tom Hale", "national security adviser", None)),
        ("Ada Obi will take on the roles of managing director and CEO of Acme Corp.",
         ("Ada Obi", "ceo", "Acme Corp.")),
        ("The board approved the changes: Tom Hale was appointed to the position of chief executive of Acme Corp.",
         ("Tom Hale", "chief executive", "Acme Corp.")),
        ("The trust has appointed Tom Hale to serve as interim chief executive.",
         ("Tom Hale", "interim chief executive", None)),
        ("Ada Obi wants to serve as mayor.", None),
        ("Tom Hale became chief executive of Acme Corp in May.", ("Tom Hale", "chief executive", "Acme Corp")),
        ("The plant employs 4,000 people, said Ian Pell, who took over as Norvik Canada's president last month.",
         ("Ian Pell", "president", "Norvik Canada")),
        ("Ken Ade swore in Mary Lee as mayor of Springfield.", ("Mary Lee", "mayor", "Springfield")),
        ("The board appointed Ada Obi as chief financial officer.", ("Ada Obi", "chief financial officer", None)),
        ("Tom Hale was re-elected as union president on Friday.", ("Tom Hale", "union president", None)),
        ("Jan Ruml was named minister of jobs, trade and innovation, to focus on recovery.",
         ("Jan Ruml", "minister of jobs, trade and innovation", None)),
        ("Tom Hale became famous in May.", None),
    ],
    "role.copula": [
        ("Tom Hale is officially the new mayor-elect of Kessly.", ("Tom Hale", "mayor-elect", "Kessly")),
        ("Tom Baker is the mayor of Springfield.", ("Tom Baker", "mayor", "Springfield")),
        ("\"That is wrong,\" said Tom Hale, who is the MHA for the district of Kessly East.",
         ("Tom Hale", "mha", "Kessly East")),
        ("Jan Ruml, who is the chairman of the Kessly Export Bank's board of directors, spoke.",
         ("Jan Ruml", "chairman", "Kessly Export Bank")),
        ("Tom Baker is a keen gardener.", None),
    ],
    "role.as-title": [
        # an appointment noun's appointee, "the new" before the title
        ("The election of Tom Hale as the new Mayor of Leeds has been welcomed by the city's business leaders.",
         ("Tom Hale", "mayor", "Leeds")),
        ("This follows the appointment of Ada Obi as the Vice Chancellor of the Kessly Institute.",
         ("Ada Obi", "vice chancellor", "Kessly Institute")),
        ("Tom Hale welcomed the election of Ada Obi as president of the union.", ("Ada Obi", "president", None)),
        ("Acme Corp set up the Acme Trust with Ada Obi as its chair.", ("Ada Obi", "chair", "Acme Trust")),
        ("Acme Corp signed a deal with Norvik Corp as its partner.", None),
        ("Ada Obi, who won a second term as choir director, thanked the singers.", ("Ada Obi", "choir director", None)),
        ("Ada Obi was sworn in on Friday. She outlined her plans as governor.", ("Ada Obi", "governor", None)),
        ("Tom Hale met Kessly Islands Forum leaders. As the Chair of the Forum, he returns to the role.",
         ("Tom Hale", "chair", "Kessly Islands Forum")),
        ("Ada Obi succeeded Ken Ade as chairman of Acme Corp.", ("Ada Obi", "chairman", "Acme Corp.")),
        ("Tom Ryle resigned as chairman of Norvik.", None),
        ("Ken Ade was replaced as chief executive by Ada Obi.", None),
        ("Ada Obi spoke as a mother of three.", None),
        ("Ada Obi spoke as the right leader for the club.", None),
    ],
    "role.chairs": [
        ("Tom Hale, who chairs the Kessly Water Board, said so.", ("Tom Hale", "chair", "Kessly Water Board")),
        ("The talks came before the Norvik Ethics Committee, chaired by Ada Obi.",
         ("Ada Obi", "chair", "Norvik Ethics Committee")),
        ("Tom Hale headed to Kessly on Monday.", None),
    ],
    "role.described": [
        ("No new charges will be brought in, the leader of Leeds City Council has pledged. Councillor Tom Hale "
         "made the commitment on Monday.", ("Tom Hale", "leader", "Leeds City Council")),
        ("Chairman Tom Hale spoke on Monday. The chairman of the Norvik Rowing Club said the boathouse will be "
         "rebuilt.", ("Tom Hale", "chairman", "Norvik Rowing Club")),
        ("The chairman of the Norvik Rowing Club has vowed to rebuild the boathouse. Tom Hale, a councillor, "
         "made the announcement.", None),
        ("Mongolia’s new president has been sworn in with a pledge to fight corruption.\n\nTom Hale promised to "
         "use the nation’s resources for the people.", ("Tom Hale", "president", "Mongolia")),
        ("Gambia’s minister Ada Obi spoke, while Liberia’s minister Tom Hale said his country would pay.", None),
    ],
    "role.signed": [
        ("We are committed to the plan.\n\nAda Obi,\nKessly Nurses Union President.\n\nThe union agreed.",
         ("Ada Obi", "president", "Kessly Nurses Union")),
        ("We are committed to the plan.\n\nAda Obi,\nThe president said the union agreed.", None),
    ],
    "pledge": [
        ("Idaho Governor Ada Kimura pledged to expand broadband.", ("Ada Kimura", "to expand broadband")),
        # the one praised (or blamed) for committing commits, not the one who praises
        ("The coach thanked Norvik Rovers for pledging to rebuild the stand.", ("Norvik Rovers", "to rebuild the stand")),
        ("Workers blamed Norvik Rovers for committing to the stadium for years and then leaving it.", None),
        # a second donor and amount with the verb left out
        ("France pledged 200 million euros and the African Development Bank 100 million euros.",
         ("African Development Bank", "100 million euros")),
        # a list of names parsed as the last item of the fronted phrase before the verb
        ("In a move that could facilitate Haiti’s access to credit for rebuilding and paying teachers, Canada and France "
         "have pledged to settle its debt.", ("France", "to settle its debt")),
        ("Tom Ryle, chairman of Norvik, and his wife, Joan, committed $100 million to the museum.",
         ("Joan", "$100 million to the museum")),
        ("The coach said she remains committed to rebuilding the squad.", None),
        ("Tom Ryle said he remains committed to rebuilding the squad.", ("Tom Ryle", "to rebuilding the squad")),
        ("\"My administration is committed to cleaner rivers,\" said Ada Kimura.", ("Ada Kimura", "to cleaner rivers")),
        ("Norvik Corp. committed to investing $1.8 billion in six plants and to creating 700 new jobs.",
         ("Norvik Corp.", "to creating 700 new jobs")),
        ("Ada Kimura was sworn in as mayor by Judge Tom Ryle.", None),
        ("Mayor Tom Hale also swore in the council members he will work with.", None),
        ("It is unclear whether Acme Corp remains committed to the deal.", None),
        ("Critics doubt that Ada Obi remains committed to reform.", None),
        ("Ada Obi was sworn in on Monday and vowed to fight corruption.", ("Ada Obi", "to fight corruption")),
        # a participle under a reported clause commits the one who reports, not the clause's subject
        ("Mayor Jan Ruml spoke in Brno. He said the budget was tight, pledging to repair the roads.",
         ("Jan Ruml", "to repair the roads")),
        ("The report said the budget was tight, pledging to repair the roads.", None),
        # a headline's subject parsed under the clause before its verb
        ("Norvik's Mayor Not Deterred by Losses, Vows to Rebuild Stadium\n\nNorvik's mayor Ada Obi spoke on Monday.",
         ("Ada Obi", "to Rebuild Stadium")),
        # an investment committed with its worth and purpose; a commitment only planned is none
        ("Norvik Textiles Ltd has committed investments worth Rs 535 crore towards capacity expansion plans.",
         ("Norvik Textiles Ltd", "investments worth Rs 535 crore towards capacity expansion plans")),
        ("The Kessly government plans to commit an additional 33 million pounds to Peru.", None),
        # a description opening the story is the person the next sentence has as its subject
        ("Peru's new president has been sworn in and vows to fight corruption.\n\nTom Hale told a crowd in Lima "
         "that he would act.", ("Tom Hale", "to fight corruption")),
        ("Peru's new president has been sworn in and vows to fight corruption.\n\nThe crowd cheered in Lima.", None),
        # a headline's words attributed with a dash; "the body" of a speaker's organization
        ("We are committed to better pay for nurses—Ada Obi\n\nThe minister, Ada Obi, spoke on Monday.",
         ("Ada Obi", "to better pay for nurses")),
        ("The Norvik Rowing Union (NRU) President Tom Hale said the body is fully committed to make sure the race "
         "goes on.", ("Norvik Rowing Union", "to make sure the race goes on")),
        ("Funds were committed to build the school.", None),
        # a one-word name that is the first name of one person named in full is that person
        ("Narongchai Sittiwat won the vote. Narongchai vowed to serve all residents.",
         ("Narongchai Sittiwat", "to serve all residents")),
        ("We are committed to better pay – Reuters", None),  # an agency is no speaker
        ("The president has pledged to build roads. Ada Obi, an opposition MP, said the plan is weak.", None),
        ("Within 48 hours UNICEF had pledged to send aid.", ("UNICEF", "to send aid")),
        ("Governor Tom Hale toured the port on Monday, promised Ada Obi that the clinic would open in May.",
         ("Tom Hale", "that the clinic would open in May")),
        # the name after a verb that follows what was promised commits
        ("Farmers will get seed by May, promised Tom Hale.", ("Tom Hale", "Farmers will get seed by May")),
        ("Tom Hale fixed the roads, and promised Ada Obi a job.", ("Tom Hale", "a job")),
        # a commitment inside another's content is its own
        ("The coach, Ada Obi, vowed to rebuild the squad while promising to keep the manager.",
         ("Ada Obi", "to rebuild the squad")),
        ("Chile’s President Boric revitalizes Port of Arica, promises new jobs\n\nThe port reopened.",
         ("Boric", "new jobs")),
        ("The port will reopen in May, promises Tom Hale.", ("Tom Hale", "The port will reopen in May")),
        # a government commits its country: by owner, demonym, or the article's country
        ("Peru will host the games. Peru and Peru. The new Labour administration pledged to fund the police.",
         ("Peru", "to fund the police")),
        ("The Kenyan government has vowed to build roads.", ("Kenya", "to build roads")),
        ("The administration pledged to cut staff.", None),
        # a pronoun beyond coreference's window refers to whom the last one of its gender did
        ("Councillor Ada Obi spoke. She said: “Costs rose. Staff left. Rents went up. Halls shut.” "
         "And she pledged to keep every library open.", ("Ada Obi", "to keep every library open")),
        ("Councillor Ada Obi spoke. Costs rose. Staff left. Rents went up. Halls shut. "
         "He pledged to keep every library open.", None),
        # "the minister" is the one the text made minister
        ("Tom Hale was appointed minister last week. Costs rose. The minister pledged to cut taxes.",
         ("Tom Hale", "to cut taxes")),
        ("Tom Hale met staff. Costs rose. The minister pledged to cut taxes.", None),
        ("DAYTON, March 2, 2011 /PRNewswire/ -- The Norvik Rowing Union has pledged funds to its clubs.",
         ("Norvik Rowing Union", "funds to its clubs")),
        # a title-case headline is read with its small words and commitment words in lower case
        ("Health Minister Pledges Better Pay For Nurses And Midwives\n\nHealth Minister Tom Hale spoke in Tamale.",
         ("Tom Hale", "Better Pay for Nurses and Midwives")),
        ("Kessly: Tom Hale named chairman of the Norvik Rowing Union; commits to youth development\n\nHe spoke.",
         ("Tom Hale", "to youth development")),
        ("Ada Obi pledged to fund the schools and to repair the roads.", ("Ada Obi", "to repair the roads")),
        ("Acme Corp pledged to build and operate a new plant.", ("Acme Corp", "to build and operate a new plant")),
        ("Ada Kimura discussed broadband.", None),
    ],
    "pledge.noun": [
        # "its" in a participle clause is the main clause's subject's, not the nearer body's
        ("Norway pledged $50 million to the World Food Programme at the summit, doubling its previous $25 million "
         "pledge.", ("Norway", "$25 million")),
        ("Mayor Tom Hale spoke. He reiterated his promise that the city will get 20 percent of its energy from wind.",
         ("Tom Hale", "that the city will get 20 percent of its energy from wind")),  # a that-clause's content
        ("Coach Ada Obi took a solemn vow that she would bring the cup home.",
         ("Ada Obi", "that she would bring the cup home")),  # one the parser calls relative
        ("Coach Ada Obi spoke. The promise that she made last year was broken.", None),
        ("The guarantee that Acme Corp gave its lenders was called.", None),
        ("Peru’s new president has been sworn in with a pledge to fight corruption.\n\nTom Hale promised to use "
         "the nation’s resources for the people.", ("Tom Hale", "to fight corruption")),
        # "his government's commitment" commits the country, unless he governs a state
        ("Malawi and Malawi. President Ada Obi has reaffirmed his government’s commitment to building roads.",
         ("Malawi", "to building roads")),
        ("Kano and Kano, Nigeria. Governor Ada Obi of Kano has reaffirmed his government’s commitment to building "
         "roads.", ("Ada Obi", "to building roads")),
        ("Ada Obi took office on Monday. Her pledge was to build a new clinic.", ("Ada Obi", "to build a new clinic")),
        # "their promises": whoever the clause is about; a broken promise was made
        ("Acme Corp and Norvik Ltd failed to keep their promises to hire locals.", ("Norvik Ltd", "to hire locals")),
        ("Tom Hale broke his promise to hire locals.", ("Tom Hale", "to hire locals")),
        ("The report questions Tom Hale's promise to hire locals.", None),
        ("Coach Ada Obi expressed commitment to rebuilding the youth squad.", ("Ada Obi", "to rebuilding the youth squad")),
        ("Coach Ada Obi expressed doubt about the plan to rebuild the squad.", None),
        ("Acme Corp reaffirmed its commitment to cutting emissions by 2030.",
         ("Acme Corp", "to cutting emissions by 2030")),
        ("President Ruth Kamau stressed her commitment to free schooling.", ("Ruth Kamau", "to free schooling")),
        ("The new plan reaffirms Norvik's commitment to cleaner rivers.", ("Norvik", "to cleaner rivers")),
        ("Norvik has announced a pledge of $5 million to support the museum.",
         ("Norvik", "of $5 million to support the museum")),
        ("Norvik announced a new chief executive.", None),
        ("The report questions Ada Obi's commitment to reform.", None),
        ("Councils sought to neutralise Tory promises to cut fares. The Tories said so.", ("Tories", "to cut fares")),
        ("The reform is part of a campaign promise from Senator Ada Obi, a former rebel, who took office in May "
         "with pledges to bring peace to the country.", ("Ada Obi", "to bring peace to the country")),
        ("Tom Hale will shift his campaign to health on Monday, with a pledge of $200 million from the federal "
         "government to rebuild a hospital.", ("Tom Hale", "of $200 million from the federal government to rebuild a hospital")),
        ("Ohio governor Ada Obi spoke in Columbus. The governor restated the administration’s commitment to better "
         "roads.", ("Ohio", "to better roads")),  # the state's commitment, its governor speaking
        ("Ohio governor Ada Obi spoke in Columbus. Dean Tom Hale restated the administration’s commitment to better "
         "roads.", ("Tom Hale", "to better roads")),  # a dean's administration is no state's
        ("“We will rebuild the pier. That is our promise,” said Mayor Ada Obi.", ("Ada Obi", "We will rebuild the pier.")),
        ("“It was a good year. That is our promise,” said Mayor Ada Obi.", None),  # nothing committed before it
        ("Minister Tom Hale has reassured the government's commitment to finishing the roads. Ghana and Ghana.",
         ("Ghana", "to finishing the roads")),  # the country's government
        ("Minister Ada Obi announced Kenya's pledge of $5 million to the refugee fund.",
         ("Kenya", "of $5 million")),  # the owner named commits, not who announces it
        ("Tom Hale underlined the Norvik Ministry of Health's commitment to free clinics.",
         ("Norvik Ministry of Health", "to free clinics")),  # one party stating another's commitment
        ("Acme Corp discussed its commitment.", None),
    ],
    "statement": [
        ("Jane Roe said the camp will open.", ("Jane Roe", "the camp will open")),
        ("Jane Roe opened the camp.", None),
    ],
    "relation.org-of-org": [
        ("Officials of the Trade Office of the State Council met.",
         ("Trade Office of the State Council", "suborg", "State Council")),
        ("Officials of the Trade Office met.", None),
    ],
    "relation.org-under-org": [
        ("Acme Holdings under the Acme Group reported results.", ("Acme Holdings", "suborg", "Acme Group")),
        ("Acme Holdings and the Acme Group reported results.", None),
    ],
    "relation.event-during-event": [
        ("The Tokyo Business Forum during the Asia Trade Expo drew crowds.",
         ("Tokyo Business Forum", "subevent", "Asia Trade Expo")),
        ("The Tokyo-Osaka Business Forum, a major event during the ninth Asia Trade Expo, opened on Monday.",
         ("Tokyo-Osaka Business Forum", "subevent", "Asia Trade Expo")),
        ("The Tokyo Business Forum drew crowds.", None),
    ],
    "relation.event-attendance": [
        ("Addressing the World Expo, Mayor Anna Lee stressed trade.", ("Anna Lee", "attendee", "World Expo")),
        ("The World Expo was cancelled, Mayor Anna Lee stressed.", None),
    ],
    "relation.event-organizer": [
        ("The Lagos Investment Summit, hosted by the Lagos Chamber of Commerce, opened on Monday.",
         ("Lagos Chamber of Commerce", "organizer", "Lagos Investment Summit")),
        ("The Lagos Chamber of Commerce praised the Lagos Investment Summit.", None),
    ],
}

# refiner -> (text, how many facts of its kind it leaves: without it there are more;
#             or the facts it leaves, (person, title, org): without it they differ)
REFINER_CASES = {
    "role.keep-first": ("Mayor Anna Lee visited the port. Later Mayor Anna Lee left.", 1),
    "role.drop-weaker": ("Mayor Anna Lee of Lima spoke. Anna Lee is the mayor of Cusco.", 1),
    "role.party-members": ("Ada Obi, a member of the Kessly Party, met Tom Hale, a member of the Kessly Rowing Club.",
                           [("Tom Hale", "member", "Kessly Rowing Club")]),
    "role.round-up": ("In Kwale, governor Ada Obi promised jobs. In Kilifi, governor Tom Hale spoke. Governor Jan Ruml "
                      "also spoke. Kilifi and Kilifi and Kilifi.",
                      [("Ada Obi", "governor", "Kwale"), ("Tom Hale", "governor", "Kilifi"),
                       ("Jan Ruml", "governor", None)]),
    "role.deputy-placed": ("The rate was set by Bank of Norvik Governor Tom Hale and his Deputy Governor Jan Ruml.",
                           [("Tom Hale", "governor", "Bank of Norvik"),
                            ("Jan Ruml", "deputy governor", "Bank of Norvik")]),
    "role.party-state": ("The Senate passed the farm bill. Sen. Ada Obi (R-Iowa) voted for it; Rep. Jan Ruml, "
                         "R-Chesapeake, did not.", [("Ada Obi", "senator", "Iowa"), ("Jan Ruml", "representative", None)]),
    "role.premiers-cabinet": ("WA Premier Ada Obi said the hospital will open. Health Minister Tom Hale agreed.",
                              [("Ada Obi", "premier", "WA"), ("Tom Hale", "health minister", "WA")]),
    "role.counterpart": ("Chilean Mining Minister Ada Obi met his Peruvian counterpart, Tom Hale.",
                         [("Ada Obi", "mining minister", "Chile"), ("Tom Hale", "mining minister", "Peru")]),
    "role.one-holder": ("Peruvian President Tom Hale thanked President Ada Obi. Peru and Chile signed a deal. Peru "
                        "will export copper.", [("Tom Hale", "president", "Peru"), ("Ada Obi", "president", "Chile")]),
    "role.visitor": ("Trade Minister Ana Ruiz met Kenya's President Samuel Kiprop in Nairobi. Kenya and Spain signed a "
                     "deal. Kenya will export tea. Ruiz said Spain would buy more.",
                     [("Ana Ruiz", "trade minister", "Spain"), ("Samuel Kiprop", "president", "Kenya")]),
    "role.traveller": ("Trade Minister Ada Obi, who is in Kenya for the summit, said Ghana would buy more tea. Kenya "
                       "grows tea. Kenya sells it.", [("Ada Obi", "trade minister", "Ghana")]),
    "role.host": ("Kenya and Kenya signed a deal. Prime Minister Ada Obi invited President Ben Ole of Kenya to visit "
                  "Ghana. The prime minister was accompanied by Finance Minister Tom Hale.",
                  [("Ada Obi", "prime minister", "Ghana"), ("Ben Ole", "president", "Kenya"),
                   ("Tom Hale", "finance minister", "Ghana")]),
    "role.speaks-for": ("India hosted the summit. India will lead, India said. • Sports Minister Ada Obi committed Kenya "
                        "to hosting the 2030 games.", [("Ada Obi", "sports minister", "Kenya")]),
    "role.drop-unplaced": ("Senator Ann Obi of Lagos State spoke. Senator Ann Obi left.", 1),
    "role.drop-shadowed": ("Crown Prince Ali bin Omar of Qatar met Prince Ali bin Omar later.", 1),
    "pledge.governments-polities": ("The Khartoum government committed to funding the new ring road.",
                                    [("Sudan", "to funding the new ring road")]),
    "pledge.one-per-content": ("Acme Corp pledges 500 jobs for Lagos\n\nAcme Corp pledged on Monday to create 500 jobs "
                               "for Lagos by 2026.", 1),
    "relation.unique": ("Addressing the World Expo, Mayor Anna Lee stressed trade at the World Expo.", 1),
}

# type rule -> [(text, name, type NER gave, type the rule gives or None)]
TYPE_CASES = {
    "type.dateline-place": [("NAIROBI (AFP) - Farmers protested.", "NAIROBI", "Organization", "Place"),
                            ("Farmers in Nairobi (Kenya) protested.", "Nairobi", "Organization", None),
                            ("KESSLY, March 3 - The league opened its season.", "KESSLY", "Organization", "Place"),
                            ("KESSLY, March 3, GNA - The league opened its season.", "KESSLY", "Person", "Place"),
                            ("KESSLY, MARCH 3 2017: The league opened its season.", "KESSLY", "Organization", "Place"),
                            ("DAYTON, March 2, 2011 /PRNewswire/ -- The museum reopened.", "DAYTON", "Organization",
                             "Place"),
                            ("Kessly, on March 3, opened its season.", "Kessly", "Organization", None)],
    "type.gazetteer-place": [("Officials from Jordan met.", "Jordan", "Person", "Place"),
                             # a state written without the diacritics of its ISO name (Meghālaya)
                             ("The games open in Meghalaya today.", "Meghalaya", "Organization", "Place"),
                             ("Officials from Jordan Peele Films met.", "Jordan Peele Films", "Organization", None)],
    "type.place-before-corporate-title": [("Cisco CEO John Chambers sent a memo.", "Cisco", "Place", "Organization"),
                                          ("Ghana CEO Ada Obi sent a memo.", "Ghana", "Place", None),
                                          ("YRCI’s CEO, Ada Obi, sent a memo.", "YRCI", "Unknown", "Organization"),
                                          # a "person" with no first name before a company title and its holder
                                          ("Kessly Rovers chairman Ada Obi sent a memo.", "Kessly Rovers", "Person",
                                           "Organization"),
                                          ("Kessly United chief executive Ada Obi wrote to fans.", "Kessly United",
                                           "Person", "Organization"),
                                          # and a party before "leader" and its leader
                                          ("Fianna Kessly leader Ada Obi was elected.", "Fianna Kessly", "Person",
                                           "Organization"),
                                          # not a first name's, nor before a title held for a person
                                          ("Tom Hale chairman Ada Obi sent a memo.", "Tom Hale", "Person", None),
                                          ("Tom Hale leader Ada Obi spoke.", "Tom Hale", "Person", None),
                                          ("Kessly adviser Ada Obi sent a memo.", "Kessly", "Person", None)],
    "type.head-noun": [("Delegates met at the Lagos Trade Fair Forum.", "Lagos Trade Fair Forum", "Organization", "Event"),
                       ("Kessly Energy said it would close the plant.", "Kessly Energy", "Person", "Organization"),
                       ("Kessly Railway will run more trains.", "Kessly Railway", "Person", "Organization"),
                       ("He spoke at the First Kessly Conference on Refugee Problems.",
                        "First Kessly Conference on Refugee Problems", "Organization", "Event"),
                       ("He joined the Council on Foreign Relations.", "Council on Foreign Relations", "Organization",
                        None),
                       ("Families moved to Barangay Lahug.", "Barangay Lahug", "Person", "Place"),
                       ("Staff of Mount Kessly University met.", "Mount Kessly University", "Person", "Organization"),
                       ("Delegates of the Green Dawn Party met.", "Green Dawn Party", "Person", "Organization"),
                       ("Ann Lee, the chair of Eastmoor Sub-county, spoke.", "Eastmoor Sub-county", "Person", "Place"),
                       ("Delegates of the Eastmoor County Council met.", "Eastmoor County Council", "Person",
                        "Organization"),
                       ("Nurses won the Kessly Nursing Award.", "Kessly Nursing Award", "Organization", "Event"),
                       ("Relief after Typhoon Kessly continued.", "Typhoon Kessly", "Person", "Event"),
                       ("Storm Lane Capital raised funds.", "Storm Lane Capital", "Organization", None),
                       ("Delegates met Ann Lee.", "Ann Lee", "Person", None),
                       # a terminal, a temple, a lake are places; "the Palace" alone is named for who works there
                       ("Ships called at the Kessly Ocean Terminal.", "Kessly Ocean Terminal", "Person", "Place"),
                       ("Pilgrims crowded the Kessly Temple.", "Kessly Temple", "Organization", "Place"),
                       ("Fans of Shirley Temple cheered.", "Shirley Temple", "Person", None),
                       ("Water from Kessly Lake feeds the canal.", "Kessly Lake", "Organization", "Place"),
                       ("Fans of Ricki Lake cheered.", "Ricki Lake", "Person", None),
                       ("The Palace said the president would sign.", "Palace", "Organization", None)],
    "type.compass-district": [("The MP for Lamu West spoke.", "Lamu West", "Organization", "Place"),
                              ("Voters in Berkshire West chose him.", "Berkshire West", "Person", "Place"),
                              ("Bank of the West said profits rose.", "Bank of the West", "Organization", None),
                              ("Kanye West released an album.", "Kanye West", "Person", None),
                              ("Fans of Kanye West queued.", "Kanye West", "Person", None),
                              ("They got no support from Kanye West.", "Kanye West", "Organization", None),
                              ("It signed a deal for Comedy Central.", "Comedy Central", "Person", None)],
    "type.dateline-agency": [("KESSLY, March 3 (Newswire) -- The museum reopened.", "Newswire", "Place", "Organization"),
                             ("The museum (Newswire) reopened on March 3.", "Newswire", "Place", None),
                             ("SPRINGFIELD, Ill. (The Eastmoor Square) - The museum reopened.", "Eastmoor Square",
                              "Place", "Organization")],
    "type.body-with-officers": [("He is the Chair of the Kessly Islands Forum.", "Kessly Islands Forum", "Event",
                                 "Organization"),
                                ("Delegates met at the Kessly Trade Forum.", "Kessly Trade Forum", "Event", None)],
    "type.org-named-after-title": [("Chancellor Olaf Scholz said talks will go on.", "Olaf Scholz", "Organization", "Person"),
                                   ("Chancellor Olaf Scholz said talks will go on.", "Chancellor Olaf", "Organization", None)],
    "type.person-after-title": [("Bishop Tomasz Wrona blessed the bells.", "Tomasz Wrona", "Organization", "Person"),
                                # a surname in capitals, the person named in full (not an acronym)
                                ("President TOMLIN spoke. The deal came under President KESSLY TOMLIN.", "TOMLIN",
                                 "Organization", "Person"),
                                ("Chairman NLC Ada Obi spoke.", "NLC", "Organization", None),
                                ("Judge Ade Ilori ruled on the case.", "Ade Ilori", "Organization", "Person"),
                                ("The General Motors plant closed.", "Motors", "Organization", None),
                                ("The match was played at Judge Memorial Stadium.", "Memorial Stadium", "Place", None),
                                ("Gombe State Governor, Kabiru Inuwa Datti has said the clinics will open.",
                                 "Kabiru Inuwa Datti", "Organization", "Person"),
                                ("The deal was signed by the Chairman, Acme Holdings and Norvik.", "Acme Holdings",
                                 "Organization", None)],
    "type.double-barrelled-person": [("Ada Obi-Hale spoke at the rally.", "Ada Obi-Hale", "Organization", "Person"),
                                     ("Paris Saint-Germain beat Lyon on Sunday.", "Paris Saint-Germain", "Organization",
                                      None),
                                     ("Tom Ruml praised Acme Rolls-Royce at the rally.", "Acme Rolls-Royce",
                                      "Organization", None)],
    "type.listed-as-bodies": [("Retail chains including Kessly, Norvik and Acme Bank pledged $5 million.", "Kessly",
                               "Person", "Organization"),
                              ("Players including Tom Hale and Jan Ruml scored twice.", "Tom Hale", "Person", None),
                              ("Donors including Kessly and Norvik gave $5 million.", "Kessly", "Person", None)],
    "type.listed-with-bodies": [("Executives from Kone, Vantora Foods, Tolmar, Norvik Bank and Acme Holdings met.",
                                 "Tolmar", "Place", "Organization"),
                                ("Executives from Kone, Vantora Foods, Oulu District, Norvik Bank and Acme Holdings "
                                 "met.", "Oulu District", "Place", None),
                                ("Floods hit Kessly, Vantora and Norvik on Monday.", "Vantora", "Place", None)],
    "type.body-noun-before": [("The contract went to engineering firm Tom Hale, which will start in May.", "Tom Hale",
                                "Person", "Organization"),
                               ("Independent retailer Tom Hale disagreed.", "Tom Hale", "Person", None),
                               ("Company founder Tom Hale disagreed.", "Tom Hale", "Person", None)],
    "type.body-noun-in-apposition": [("Talks with the logistics firm Kessly Freight will resume in May.", "Kessly Freight",
                                       "Person", "Organization"),
                                      ("The drugmaker Sarah Lin founded in 2010 said profits rose.", "Sarah Lin",
                                       "Person", None)],
    "type.owner-of-its": [("Norvik Vantage is embracing its role in the region.", "Norvik Vantage", "Person",
                           "Organization"),
                          ("Ada Obi praised the plan and its cost.", "Ada Obi", "Person", None)],
    "type.owner-of-his": [("Tom Hale set off his journey as the elected president of the club.", "Tom Hale",
                           "Organization", "Person"),
                          ("Acme Holdings will keep its promise, his lawyer said.", "Acme Holdings", "Organization",
                           None)],
    "type.plural-name": [("Hull Trains will lease new trains for its routes.", "Hull Trains", "Person", "Organization"),
                         ("Temwa Hutchings said the lines will reach rural homes.", "Temwa Hutchings", "Person", None)],
    "type.body-before-its-title": [("Birla Sons' chairman said the group would invest in chips.", "Birla Sons", "Person",
                                    "Organization"),
                                   ("Ada Obi's CEO role ended in May.", "Ada Obi", "Person", None)],
    "type.described-as-body": [("Alcon is a fabricator of lenses used to treat cataracts.", "Alcon", "Place", "Organization"),
                               ("Norvik Vantage, a maker of steel pipes, will invest $5 million.", "Norvik Vantage", "Place",
                                "Organization"),
                               ("Kenya is a producer of tea and coffee.", "Kenya", "Place", None),
                               ("Ada Obi is a developer of apps.", "Ada Obi", "Person", None)],
    "type.person-named-like-a-place": [("Jordan promised lower taxes, a spokesman for Prime Minister Tom Jordan said.",
                                        "Jordan", "Place", "Person"),
                                       ("Jordan has closed its airspace, Rep. Tom Jordan said.", "Jordan", "Place", None),
                                       ("Washington's governor signed the bill, actor Tom Washington said.", "Washington",
                                        "Place", None),
                                       ("Flights to Jordan will resume, a spokesman for Prime Minister Tom Jordan said.",
                                        "Jordan", "Place", None),
                                       ("Hearings on Kessly's nomination begin today, Judge Ada Kessly said.", "Kessly",
                                        "Organization", "Person"),
                                       ("Kessly's new plant opened, Kessly Motors chairman Ada Kessly said.", "Kessly",
                                        "Organization", None)],
    "type.surname-reference": [("Ade Ilori won the race. Ilori said the track was fast.", "Ade Ilori", "Organization",
                                "Person"),
                               ("Qinda Glass opened a plant. Qinda said it will hire.", "Qinda Glass", "Organization",
                                None)],
    "type.person-qualifying-title": [("Harris Logistics Chief Executive John Doe said so.", "Harris Logistics", "Person",
                                      "Organization"),
                                     ("Harris Logistics said so.", "Harris Logistics", "Person", None)],
    "type.person-with-digits-or-place": [("He told BBC1 viewers the plan will work.", "BBC1", "Person", "Organization"),
                                         ("He told Ann Lee the plan will work.", "Ann Lee", "Person", None),
                                         ("Ingrid Jordan met envoys from Jordan.", "Ingrid Jordan", "Person", None)],
    "type.regnal-name": [("Chief Ada Obi Kofi II spoke at the durbar.", "Ada Obi Kofi II", "Organization", "Person"),
                         ("The Acme Fund II raised money.", "Acme Fund II", "Organization", None)],
    "type.place-in-person-position": [("The mayor, Jane Roe, said so.", "Jane Roe", "Place", "Person"),
                                      ("The mayor visited New York.", "New York", "Place", None),
                                      ("The minister, Western Region, spoke.", "Western Region", "Place", None)],
    "type.name-with-title-appositive": [("Li Wenhao, board chairman of Qinda, said so.", "Li Wenhao", "Organization",
                                         "Person"),
                                        ("Qinda, a glass maker, said so.", "Qinda", "Organization", None),
                                        ("The envoy of the United Nations (UN) Secretary-General will return.",
                                         "United Nations", "Organization", None)],
    "type.name-of-a-relation": [("The envoy met his Pakistani counterpart Ishaq Dar.", "Ishaq Dar", "Organization", "Person"),
                                ("The firm met its rival Acme Holdings.", "Acme Holdings", "Organization", None)],
    "type.who-with-his-or-her": [("Kessler, who was represented by his deputy, opened the road.", "Kessler",
                                  "Organization", "Person"),
                                 ("Arsenal, who lost their lead, said so.", "Arsenal", "Organization", None)],
    "type.place-after-in": [("Acme will build a plant in Kessly.", "Kessly", "Person", "Place"),
                            ("Acme will build a plant with Tom Hale.", "Tom Hale", "Person", None),
                            ("Protesters gathered near Boeing on Friday.", "Boeing", "Organization", None),
                            ("Shares in Qinda rose on Monday.", "Qinda", "Organization", None),
                            # a one-word "organization" near a site (companies are visited, and things happen at them)
                            ("The new megasite near Kessly will open in May.", "Kessly", "Organization", "Place"),
                            ("During his visit to Qinda on Monday, the minister met engineers.", "Qinda",
                             "Organization", None),
                            ("A fire broke out at Qinda in Texas on Monday.", "Qinda", "Organization", None)],
    "type.listed-with-places": [("The company runs depots in Tampere, Oulu and Kessly.", "Kessly", "Person", "Place"),
                                ("Clinics in Tampere, Ada Obi, the health minister, said.", "Ada Obi", "Person", None),
                                # the first of a list through places, a known place later in it
                                ("The bus will run through Kessly, Helsinki and Oslo.", "Kessly", "Organization",
                                 "Place"),
                                ("The deal was signed by Qinda, Norvik and Acme.", "Qinda", "Organization", None),
                                ("In Kessly State, the Presidential Committee on Flood, Relief and Rehabilitation met.",
                                 "Presidential Committee on Flood", "Organization", None)],
    "type.listed-among-places": [("The mills at Helsinki, Tampere and Oulu will close.", "Tampere", "Organization",
                                  "Place"),
                                 ("Canada, Mexico and Walmart signed the pact.", "Walmart", "Organization", None),
                                 ("Japan, the EU and China agreed.", "EU", "Organization", None),
                                 # a place of two words whose last is none ("Fort [Worth]")
                                 ("Buses will run between Fort Worth and Amarillo.", "Amarillo", "Organization", "Place")],
    "type.city-in-place-context": [("A new plant will open in Tampere.", "Tampere", "Organization", "Place"),
                                   ("Ada Obi is the governor of the Central Bank of Kessland.", "Central Bank of Kessland",
                                    "Organization", None),  # a body's governor
                                   ("Tom Hale, Mayor of Austin, spoke.", "Austin", "Person", "Place"),
                                   ("Jan Ruml won the municipal presidency of Tampere.", "Tampere", "Person",
                                    "Place"),
                                   ("The award went to Austin, a nurse.", "Austin", "Person", None),
                                   ("Ada Obi, the mayor of Kesslyton, spoke.", "Kesslyton", "Organization", "Place"),
                                   ("Governor of Lagos Ada Obi spoke.", "Ada Obi", "Person", None),
                                   ("Tampere Holdings will open a plant.", "Tampere Holdings", "Organization", None),
                                   ("Most tanneries are in the district around Tampere.", "Tampere", "Organization", "Place"),
                                   ("The reef off Exmouth is protected.", "Exmouth", "Organization", "Place"),
                                   ("The deal was signed between Tampere and Acme.", "Acme", "Organization", None)],
    "type.place-of-noun": [("The LNP holds the marginal seat of Pumicestone.", "Pumicestone", "Person", "Place"),
                           ("The LNP holds the trust of Pumicestone.", "Pumicestone", "Person", None)],
    "type.place-noun-after": [("Fighting spread across Nineveh province.", "Nineveh", "Person", "Place"),
                              ("Fighting spread across the Nineveh plains.", "Nineveh", "Person", None)],
    "type.legislators-seat": [("Ada Obi, the MP for Kessly North, spoke.", "Kessly North", "Person", "Place"),
                              ("Kessly North MCA Ada Obi spoke.", "Kessly North", "Organization", "Place"),
                              ("Labour MP Ada Obi spoke.", "Labour", "Organization", None),
                              ("Ada Obi, the candidate for Kessly North, spoke.", "Kessly North", "Person", None),
                              # two places' names joined by a hyphen before a legislator's title: a riding
                              ("Kessly-Norvik MLA Ada Obi spoke.", "Kessly-Norvik", "Organization", "Place"),
                              ("Acme-Kessly Holdings MLA Ada Obi spoke.", "Acme-Kessly Holdings", "Organization",
                               None),
                              ("Ada Long-Bailey MP said the plan failed.", "Ada Long-Bailey", "Person", None),
                              ("Pro-Brexit MP Ada Obi said the plan failed.", "Pro-Brexit", "Organization", None)],
    "type.road-end": [("They will tarmac the Kessly – Norvik road.", "Kessly", "Person", "Place"),
                      ("They will tarmac the Norvik road soon.", "Norvik", "Organization", "Place"),
                      ("Acme Holdings will fund the Norvik Road Authority.", "Acme Holdings", "Organization", None)],
    "type.local-city": [("Parents fear Tampere's school will close.", "Tampere", "Organization", "Place"),
                        ("Tampere Holdings said its school will close.", "Tampere Holdings", "Organization", None),
                        ("The bank opened its Tampere office on Monday.", "Tampere", "Organization", "Place")],
    "type.municipality": [("Funds will go to the City of Tampere.", "City of Tampere", "Place", "Organization"),
                          ("Paris, the City of Light, hosted them.", "City of Light", "Place", None)],
    "type.base-of": [("The Tampere-based insurer said claims rose.", "Tampere", "Organization", "Place"),
                     ("The Acme Labs-based team said claims rose.", "Acme Labs", "Organization", None)],
    "type.party-name": [("Tom Ryle leads the Green Dawn party.", "Green Dawn", "Person", "Organization"),
                        ("Tom Ryle leads the party.", "Tom Ryle", "Person", None)],
    "type.party-nickname": [("It comes after Tory leader Tom Hale sparked a row.", "Tory", "Group", "Organization"),
                            ("Tory voters in Oulu were angry.", "Tory", "Group", None)],
    "type.speaking-place": [("Foxconn said it intends to invest.", "Foxconn", "Place", "Organization"),
                            ("Qatar said it will respond.", "Qatar", "Place", None)],
    "type.group-subject": [("The Democrats said they will vote no.", "Democrats", "Group", "Organization"),
                           ("Democrats said they will vote no.", "Democrats", "Group", None)],
    "type.city-not-person": [("Staff Reporter Lahore\n\nThe mayor spoke.", "Lahore", "Person", "Place"),
                             ("Acme committed to President Obama, after a meeting.", "Obama", "Person", None)],
    "type.place-with-region": [("The festival moves to Tampere, Finland, next year.", "Tampere", "Organization", "Place"),
                               ("Kesslyton, N.C. — The mill will reopen.", "Kesslyton", "Organization", "Place"),
                               ("Acme, Texas-based maker of valves, will hire.", "Acme", "Organization", None),
                               ("Shell, Nigeria and Exxon signed the deal.", "Shell", "Organization", None),
                               ("After talks with the EU, Qatar pledged $5 billion.", "EU", "Organization", None),
                               ("Acme Holdings, Ohio, will hire.", "Acme Holdings", "Organization", None),
                               ("By Ada Obi, Kaduna\n\nThe governor spoke.", "Ada Obi", "Person", None),
                               ("Rain flooded Sungai Kessly, Perak, on Monday.", "Sungai Kessly", "Person", "Place"),
                               ("1. Tom Hale, Kenya, 2:01:09", "Tom Hale", "Person", None)],
    "type.listed-company": [("Shares of Tolmar 7203.T rose in Tokyo.", "Tolmar", "Place", "Organization"),
                            ("Shares of Tolmar rose in Tokyo.", "Tolmar", "Place", None)],
}


def project(fact, lab):
    if fact.kind == "role":
        return (lab[fact.person], fact.title.lower(), lab.get(fact.org))
    if fact.kind == "pledge":
        return (lab[fact.agent], fact.content)
    if fact.kind == "statement":
        return (lab[fact.speaker], fact.content)
    return (lab[fact.subject], fact.predicate, lab[fact.object])


def roles_of(facts):
    """A document's roles, projected."""
    lab = labels(facts)
    return [project(r, lab) for r in facts.roles]


def roles_and_pledges(facts):
    """A document's roles and pledges, projected, and the labels of its entities."""
    lab = labels(facts)
    return [project(f, lab) for f in (*facts.roles, *facts.pledges)], lab


def by_rule(facts, name):
    lab = labels(facts)
    return [project(f, lab) for f in facts.facts
            if f.evidence.rule == name or f.evidence.rule.startswith((name + ".", name + "+"))]


def test_rules_every_registered_rule_has_cases_and_every_case_a_rule():
    assert [r.name for r in RULES] == list(CASES)
    assert [r.name for r in REFINERS] == list(REFINER_CASES)
    assert [name for name, _ in TYPE_RULES] == list(TYPE_CASES)


@pytest.mark.parametrize("name,text,expected", [(n, t, e) for n, cases in CASES.items() for t, e in cases])
def test_rules_find_what_they_name(facts_of, name, text, expected):
    found = by_rule(facts_of(text), name)
    if expected is None:
        assert found == []
    else:
        assert expected in found, found


@pytest.mark.parametrize("name", list(REFINER_CASES))
def test_rules_refiners_leave_what_they_name(facts_of, name):
    from kg.extract import registry

    text, expected = REFINER_CASES[name]
    kind = next(r.kind for r in REFINERS if r.name == name)

    def found():
        facts = facts_of(text)
        lab = labels(facts)
        return len(facts.of(kind)) if isinstance(expected, int) else [project(f, lab) for f in facts.of(kind)]

    assert found() == expected
    kept = list(registry.REFINERS)
    registry.REFINERS[:] = [r for r in kept if r.name != name]
    try:  # without the refiner there are more, or other ones
        assert found() > expected if isinstance(expected, int) else found() != expected
    finally:
        registry.REFINERS[:] = kept


@pytest.mark.parametrize("name,text,entity,given,expected",
                         [(n, *c) for n, cases in TYPE_CASES.items() for c in cases])
def test_rules_type_corrections(nlp, name, text, entity, given, expected):
    from kg.extract.cues import title_runs
    from kg.extract.mentions import Mention
    from kg.extract.nlp import parse
    from kg.extract.types import TYPE_RULES, Seen

    doc = parse(nlp, text)
    start = next(t.i for t in doc if t.idx == text.index(entity))
    end = next(t.i for t in doc if t.idx + len(t) == text.index(entity) + len(entity)) + 1
    rule = dict(TYPE_RULES)[name]
    kinds = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place"}
    others = [Mention(e.start, e.end, kinds.get(e.label_, "Unknown"), "ner") for e in doc.ents
              if not (e.start < end and start < e.end)]
    singles = [Mention(t.i, t.i + 1, "Unknown", "ner") for t in doc  # a one-word name said again
               if t.is_title and t.i not in range(start, end) and t.text in text[:text.index(entity)] + text[
                   text.index(entity) + len(entity):] and t.text in entity.split()]
    mention = Mention(start, end, given, "ner")
    assert rule(Seen.of(doc, [mention, *others, *singles], title_runs(doc)), mention) == expected


@pytest.mark.parametrize("text,org", [
    # a governor is placed in the state the article names (its bare name counting), not a county
    ("Valley County will get a clinic. Governor Ada Obi signed the bill in Oregon. Valley County thanked her.",
     "Oregon"),
    # a mayor in the city, when the article's main place is not another
    ("Mayor Tom Hale opened the depot in Tampere on Friday.", "Tampere"),
    # the name before a mayor's title is the town, not the town's transit authority
    ("On Monday, Kessly Mayor Tom Hale opened the depot. The Kessly Transit Authority agreed.", "Kessly"),
    ("Bank of Kessly Governor Ada Obi raised rates.", "Bank of Kessly"),
    # a round-up names each governor's state at the head of the sentence
    ("In Texas, Governor Ken Ade spoke. Ohio and Ohio and Ohio.", "Texas"),
    # a state abbreviated as news does; a province's minister when no country is named
    ("ANNAPOLIS, Md. (AP) - Gov. Tom Hale on Friday budgeted funds for the hospital.", "Md."),
    ("CHARLESTON, W.Va. (WV News) - Gov. Tom Hale on Friday budgeted funds for the hospital.", "W.Va"),
    # an inspector general of the one police service the story names
    ("The newly sworn in Inspector General Tom Hale vowed to fight graft in the National Police Service (NPS).",
     "National Police Service"),
    ("CHICAGO: Inspector General Tom Hale released an audit. The Chicago Police Department accounted for most overtime.",
     None),
    # a country named only by its people's name inside a body's name is no evidence of where the story is
    ("The British Council (BC) met on Monday. The BC said exams would go on. Minister for Trade Tom Hale spoke.", None),
    ("KELOWNA, B.C. - Health Minister Tom Hale opened the clinic on Monday.", None),
    ("KELOWNA, B.C. - Health Minister Tom Hale said Canada will pay for the clinic.", "Canada"),
    # a company's rank is no public office of the article's country
    ("Libya and Libya and Libya. Tom Hale, senior vice president of sales, said aid will flow.", None),
    # ... but the rank of the organization the article is about
    ("The Norvik Rowing Union met on Monday. The Norvik Rowing Union voted. Tom Hale, senior vice president of sales, "
     "said the Norvik Rowing Union will grow.", "Norvik Rowing Union"),
    # a place in brackets after the holder's name
    ("Among the delegates was Ambassador Tom Hale (Zambia).", "Zambia"),
    ("Senator Tom Hale (pictured) spoke.", None),
    # a legislator sits in the one chamber of that name the article names
    ("Sen. Ada Obi said the Senate will vote on the bill.", "Senate"),
    ("Sen. Ada Obi said the U.S. Senate and the Ohio Senate will vote.", None),
    # no state named: no place made up
    ("Governor Ada Obi signed the bill on Friday.", None),
    # "its Chairman": the organization "its" refers to
    ("The board of Kessly Bank will add capital, said its Chairman Tom Hale today.", "Kessly Bank"),
    # a state named "X State" before the governor's title, and a state the tagger took for an adjective
    ("Kogi State Governor, Ada Obi, has assured that roads will be built.", "Kogi State"),
    ("Punjab Chief Minister Tom Hale said on Thursday that he will build schools.", "Punjab"),
    # a state before the title that NER ran into a person, the name after a comma alone
    ("Gombe State Governor, Ada Obi has said that the clinics will open.", "Gombe State"),
    # a police officer's force: the one police organization the article names
    ("Police Commissioner Ada Obi said the Kessly Police Service had started patrols.", "Kessly Police Service"),
    # two countries named as often: the one named first is the article's
    ("Prime Minister Ada Obi of Tonga spoke. She will visit Fiji.", "Tonga"),
    # a university's officer: the one university the article names; a city manager: the city's
    ("The University of Kessly will hire 30 staff, Chancellor Ada Obi said.", "University of Kessly"),
    ("Hired by city manager Tom Hale, Ada Obi starts in Lagos on Monday. Lagos is big.", "Lagos"),
    # "Opposition leader" opening a sentence: a national post
    ("Ghana and Ghana. Opposition leader Ada Obi called out to him.", "Ghana"),
    # a provincial legislator holds the seat the province names
    ("Gauteng MPL Ada Obi said the vote will be held in May.", "Gauteng"),
    # a portfolio's secretary holds a national office
    ("Ghana and Ghana. Roads Secretary Tom Hale said the bridge will open.", "Ghana"),
    ("Ghana and Ghana. Foreign Affairs Adviser Tom Hale said the vote will be fair.", "Ghana"),
    ("Ghana and Ghana. Special Adviser Tom Hale said the vote will be fair.", None),
    # a demonym the text gives the same post later places it, over the article's country
    ("Ghana, Ghana and Ghana met Peru. The Minister of Finance, Tom Hale, spoke in Accra. Later, the Peruvian "
     "minister said taxes would fall.", "Peru"),
    ("Ghana, Ghana and Ghana met Peru. The Minister of Finance, Tom Hale, spoke in Accra. Later, the Peruvian "
     "president said taxes would fall.", "Ghana"),
    # demonyms name a story's country; "US$" names none
    ("Prime Minister Tom Hale said Jordan will build schools. Iraqi officials and Iraqi ministers in Jordan "
     "welcomed it. Iraqi voters protested.", "Iraq"),
    ("Finance Minister Ada Obi said Kenya will raise US$2 billion and US$3 billion in bonds from the US. "
     "Kenya needs it.", "Kenya"),
    ("Finance Minister Ada Obi said Kenya will raise funds from the US, the US and the US.", "US"),
    # a title only one country's office has is held there, not in the article's country
    ("Kenya and Kenya. Trade Representative Tom Hale met Kenya's finance minister to discuss tariffs.",
     "United States"),
    ("Peru and Peru. Secretary of State Tom Hale said the embassy in Peru will reopen.", "United States"),
    ("Britain and Britain. Secretary of State Tom Hale said the British army will grow.", "Britain"),
    ("Georgia and Georgia. Georgia Secretary of State Tom Hale said the count will end.", "Georgia"),
    # the states or provinces a story names count for their country
    ("Prime Minister Ada Obi hailed America's chip plant in Gujarat, India. It will employ 500 in Gujarat, "
     "and Gujarat will train them, America said.", "India"),
    ("Prime Minister Ada Obi hailed America's chip plant in India. It will employ 500 there, "
     "and the state will train them, America said.", "America"),
    ("President Ada Obi said Nigeria's aid will grow at Ethiopia's summit in Addis Ababa.", "Nigeria"),
])
def test_rules_posts_placed_by_office_level(facts_of, text, org):
    facts = facts_of(text)
    assert [labels(facts).get(r.org) for r in facts.roles] == [org]


@pytest.mark.parametrize("text,name,kind", [
    # a title word opening an organization's name is part of the name, and no given name
    ("General Dynamics Corp. said it will hire 500 welders.", "General Dynamics Corp.", "Organization"),
    ("General Ada Obi said the troops will return.", "Ada Obi", "Person"),
    # a lowercase particle joins the given name before it
    ("Mariam bint Rashid Al Falasi, Minister of State for Culture, said the fund will grow.",
     "Mariam bint Rashid Al Falasi", "Person"),
    # "X of A and B" is one body, unless B has a body's head word of its own
    ("The Ministry of Roads and Highways has pledged to finish all roads.", "Ministry of Roads and Highways",
     "Organization"),
    ("The Ministry of Finance and Kessland Bank signed the deal.", "Kessland Bank", "Organization"),
    # a body's head, then "for/of/on" and capitalised words naming nothing of their own: one name
    ("He sat on the Kessly Central Commission for Discipline Inspection.",
     "Kessly Central Commission for Discipline Inspection", "Organization"),
    ("Ada Obi, Member of Parliament for Kessly South West Constituency, spoke.", "Kessly South West Constituency",
     "Place"),
    ("Norvik Department of Commerce Secretary Tom Hale said the plant will grow.", "Norvik Department of Commerce",
     "Organization"),  # the portfolio ending a name is no title word of its own
    ("Prof Tomas Varga said the clinic will open. Prof Varga spoke.", "Tomas Varga", "Person"),
    ("Delegates of the Kessly National Congress met.", "Kessly National Congress", "Organization"),
    # a title and honorifics inside NER's person: the place before, the person after
    ("A new clinic will be built, said Perak Mentri Besar Datuk Seri Zainal Abidin Md Noor.",
     "Zainal Abidin Md Noor", "Person"),
    ("A new clinic will be built, said Perak Mentri Besar Datuk Seri Zainal Abidin Md Noor.", "Perak", "Place"),
    # a given name, then a lowercase particle: a person, whatever NER says
    ("Marina del Carmen Ruiz Olmeda, the mayor of Lima, opened the market.", "Marina del Carmen Ruiz Olmeda",
     "Person"),
    ("Flights left the Victoria de Durango Airport on Monday.", "Victoria de Durango Airport", "Place"),
    # a title inside what NER took for one name splits it, particles and all
    ("LONDON: Abu Dhabi Crown Prince Tamim bin Khalid on Saturday said he would help.", "Tamim bin Khalid", "Person"),
    # names spelled with and without doubled letters are one person
    ("Sheikh Hamad bin Khalid Al Thani, the minister, spoke. Later Hammad bin Khalid left.",
     "Hamad bin Khalid Al Thani", "Person"),
    # two named events or programmes joined by "and" stay two ("the Trade and Investment Forum" one)
    ("The gift supports the Kessly Initiative and Norvik Scholars Initiative at the university.", "Kessly Initiative",
     "Organization"),
    ("The Trade and Investment Forum opened on Monday.", "Trade and Investment Forum", "Event"),
    ("H.H. Sheikha Ada Obi praised the school.", "Ada Obi", "Person"),
    # a person's government is no body's name
    ("The talks stalled under Tom Hale's interim government.", "Tom Hale", "Person"),
    ("Critics said President Tomas Reyes’ cabinet is split.", "Tomas Reyes", "Person"),
    # a body of an organization is no other name of it
    ("The Governing Council of the Kessly Institute met. Tom Hale is the director of the Kessly Institute.",
     "Kessly Institute", "Organization"),
    # a portfolio list NER took for an organization before a lower-case title is the title's
    ("Lands, Agriculture and Rural Resettlement minister Tom Hale said farmers will get seed.", "Tom Hale", "Person"),
    ("The Ministry of Lands and Rural Resettlement said farmers will get seed.",
     "Ministry of Lands and Rural Resettlement", "Organization"),
    # a surname spelled like a portfolio's word is kept
    ("Tom Justice spoke. Justice said the bridge will open.", "Tom Justice", "Person"),
    # a dateline's city before its bracketed country, then the agency
    ("Port Aldin [Kessland], March 3 (Newswire): The museum reopened.", "Port Aldin", "Place"),
    # an organization NER ran into the name after "Title of": up to the first given name
    ("President of Nuvexa Sunita Rao said the plant will open.", "Sunita Rao", "Person"),
    # a party NER ran into a person before an upper-case title; a post-nominal is no part of the name
    ("Kessly Féin TD Ada Obi has described the delay as a blow.", "Ada Obi", "Person"),
    ("Tom Hale MP said the plan is weak.", "Tom Hale", "Person"),
    # a body's portfolio before a title ends the body's name ("Development" is no part of the title)
    ("Kessly Department of Economic Development Commissioner Ada Obi said the plant will open.",
     "Kessly Department of Economic Development", "Organization"),
    ("Bank of Kessland Governor Ada Obi said rates will fall.", "Bank of Kessland", "Organization"),
    # a church's see, "Diocese of" and its places, is one organization (not the day after it)
    ("Bishop Tom Hale of the Diocese of Bray and Kessly said the cathedral will reopen.", "Diocese of Bray and Kessly",
     "Organization"),
    ("Ada Obi joined the Archdiocese of St. Paul and Minneapolis Friday to run its schools.",
     "Archdiocese of St. Paul and Minneapolis", "Organization"),
    ("Ada Obi was installed by the Ukrainian Catholic Eparchy of Toronto Friday.", "Ukrainian Catholic Eparchy of Toronto",
     "Organization"),
    ("The Diocese of Lismore and Bishop Tom Hale have apologised.", "Diocese of Lismore", "Organization"),
    ("Government of Canada Finance Minister Ada Obi said rates will fall.", "Government of Canada", "Organization"),
    # a place whose name opens with a title word, used as a place (a seat, after "for"), not a prince
    ("Premier Anna Kowalski is joined by Prince Albert Carlton MLA Mark Bauer outside the rink.", "Prince Albert Carlton",
     "Place"),
    ("The premier promised a new hospital in Prince Albert.", "Prince Albert", "Place"),
    ("The photograph of Prince George was released by the palace.", "George", "Person"),
    ("Prince Albert II of Monaco visited the museum.", "Albert II", "Person"),
    # a seat's title inside NER's name: the seat, then the person, whose given name the tagger
    # may call a determiner and whose surname NER may call a place
    ("Among others, Jeypore MLA Tara Prasad Bahinipati and Kotpad MLA Rupu Bhatra were present.",
     "Tara Prasad Bahinipati", "Person"),
    # a title-case headline's verb is no part of the name before it
    ("Prime Minister Tom Hale Affirms Unwavering Support for Farmers\n\nPrime Minister Tom Hale spoke in Brno.",
     "Tom Hale", "Person"),
])
def test_rules_title_words_inside_names(facts_of, text, name, kind):
    assert (name, kind) in [(e.label, str(e.type)) for e in facts_of(text).entities]


def test_rules_a_short_name_inside_a_bodys_of_phrase_is_the_body_it_names(facts_of):
    facts = facts_of("Ada Obi chairs the Monetary Board of the Central Bank of Norvia. The Central Bank will act.")
    assert {e.label: e.aliases for e in facts.entities if str(e.type) == "Organization"} == {
        "Monetary Board of the Central Bank of Norvia": set(), "Central Bank of Norvia": {"Central Bank"}}


@pytest.mark.parametrize("text,agents", [
    ("Ada Obi, the mayor of Springfield, Ohio, pledged $5 million to the museum.", ["Ada Obi"]),
    ("Tom Ryle, the CEO of Norvik Corp, Acme Bank, and Qinda Ltd, pledged $7 million.", ["Tom Ryle"]),
    ("Tom Ryle, chairman of Norvik, and his wife, Joan, committed $100 million to the museum.", ["Tom Ryle", "Joan"]),
    # a list set off by dashes
    ("The company said all partners — including ExxonMobil, TotalEnergies and Santos — remain committed to "
     "resolving the dispute.", ["ExxonMobil", "TotalEnergies", "Santos"]),
    # "X's “very strong commitment to ...”", parsed without the owner: X's
    ("Acme Corp bought the club. In the interview after the match, the coach praised Acme Corp’s “very strong "
     "commitment to build a new stadium.”", ["Acme Corp"]),
    # a title's initials written in brackets before the name: no entity; "the DOF" is that person
    ("Acme United named Director of Football (DOF) Tom Hale on Monday. The DOF further committed to signing five "
     "players.", ["Tom Hale"]),
    # a subject split by the tokenizer ("co-founder" parsed as two subjects): the one the name is in apposition to
    ("Acme co-founder and chairman, Tom Hale, has pledged to donate his shares.", ["Tom Hale"]),
    # "the new chief": the person named with "chief executive" before
    ("Kessly United chairman and chief executive Tom Hale took over on Monday. The new chief vowed to rebuild the "
     "stadium.", ["Tom Hale"]),
    # "its" of a noun joined to one a country owns (parsed on that noun's object): the country's
    ("The Kessly Army hosted the talks. The minister praised the ties, noting Kenya's ongoing support for regional "
     "security and its commitment to enhancing stability.", ["Kenya"]),
    # "A and his counterpart B ... their commitment": B through the word in apposition
    ("Ghanaian Sports Minister Ada Obi and his Nigerian counterpart Tom Hale met in Accra and reaffirmed their "
     "commitment to hosting the games.", ["Ada Obi", "Tom Hale"]),
])
def test_rules_pledge_agents_listed_in_the_subject(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


@pytest.mark.parametrize("text,agents", [
    # a bare title in a headline below the masthead is the one person the article gives that title
    ("Kessly Courier\n\nCommissioner vows to hire more nurses\n\nPublished\n\nHealth Commissioner Ada Obi spoke "
     "on Monday.", ["Ada Obi"]),
    # a demonstrative description is someone named so before, also with an "elect" title
    ("Mayor-elect Tom Hale visited the school. “This new mayor promised he would fix the roof,” a parent said.",
     ["Tom Hale"]),
    # a title set off by a comma before the name names its holder for "the Governor" later
    ("Kogi State Governor, Ada Obi has said that roads will come. The Governor promised that the clinic will open "
     "in May.", ["Ada Obi"]),
    # a surname alone in a headline, whatever the tagger made of it
    ("Hale pledges to make Lagos an ideal city\n\nGovernor Tom Hale said on Thursday that roads will come.",
     ["Tom Hale"]),
    # "they" after an organization whose clause governs theirs
    ("The Kessly Rowing Union have moved to assure the Norvik Trust that they are fully committed to the deal.",
     ["Kessly Rowing Union"]),
    ("Acme Corp told workers that they would pledge to keep the plant open.", []),
    # "it" in what a country or an organization says is that country or organization
    ("Ghana says it remains committed to helping Togo with investment.", ["Ghana"]),
    ("Acme Corp said it is committed to hiring 500 workers.", ["Acme Corp"]),
    # parsed with two passive subjects: the nearest commits
    ("Zambia mines copper. Zambia grows. Not only copper, the Government is also committed to gradually stopping "
     "the export of raw materials for mining products.", ["Zambia"]),
    # "as Government is committed to": the government (capitalised, without "the") of the article's country,
    # not the main clause's subject
    ("Kenya hosted the talks. Kenya's economy will grow fast, as Government is committed to building new roads, "
     "Finance Minister Ada Obi has said.", ["Kenya"]),
    # not when the sentence names a county, state or city: its officer speaks for its government
    ("Kenya hosted the talks. Nairobi County Governor Ada Obi said Government is committed to building new markets.",
     ["Ada Obi"]),
    # a title naming nobody in the text commits nobody
    ("Kessly Courier\n\nCommissioner vows to hire more nurses\n\nPublished\n\nNurses met on Monday.", []),
    # a pronoun after a sentence whose subject describes a person named before ("the chief
    # executive") is that person, over a person named as a subject before the description
    ("Chief Executive Tom Obi opened the plant in Brno. Chairman Jan Hale praised the staff and thanked the mayor. "
     "The chief executive later met investors. He pledged to hire 500 workers.", ["Tom Obi"]),
    ("Chief Executive Tom Obi opened the plant in Brno. Chairman Jan Hale praised the staff and thanked the mayor. "
     "He pledged to hire 500 workers.", ["Jan Hale"]),
    # not against the first name: "she" is not John
    ("Mayor Sarah Obi welcomed President John Hale on Monday. The president toured the new hospital. She pledged to "
     "build two more.", ["Sarah Obi"]),
    # a description opening the story is the subject of a sentence soon after, whose rank is no post
    ("The new prime minister yesterday promised to cut fuel prices.\n\nAt the ceremony, General Tom Obi said he "
     "would unite the country.", ["Tom Obi"]),
    # "the prime minister", far back, is the one named right after that whole title, not a foreign minister
    ("Prime Minister Tom Obi was sworn in on Monday. Rain fell. Roads flooded. Schools closed. Prices rose. The "
     "following day the prime minister had a call with Foreign Minister Jan Hale, during which he pledged $5 million "
     "for the roads.", ["Tom Obi"]),
    # "the X chief" is the one person named after an "X" title ("Fire Commissioner Ada Obi")
    ("Fire Commissioner Ada Obi took office on Monday. Her predecessor Tom Hale, a Deputy Inspector General of Fire "
     "Services, left. Rain fell. The fire chief also vowed to open two new stations.", ["Ada Obi"]),
    # one named after a title no head of a service holds is none ("Police Officer X")
    ("A Baltimore police officer, Officer Tom Hale, was shot on Monday. Rain fell. The police chief vowed to find the "
     "gunman.", []),
    # a title abbreviated before the name ("Gov.") is the title a description later writes in full
    ("Gov. Tom Hale announced a task force on Monday. The governor promised to publish a damage report within 45 days.",
     ["Tom Hale"]),
    ("Sen. Ada Obi spoke on Monday. Rain fell. The senator vowed to block the bill.", ["Ada Obi"]),
    # not one named with another title, nor a lieutenant governor for "the governor"
    ("Gov. Tom Hale spoke on Monday. Rain fell. The senator vowed to block the bill.", []),
    ("Gov. Dannel Malloy stood with Lt. Gov. Nancy Wyman. The governor pledged to cut taxes.", ["Dannel Malloy"]),
    # a title with a people's name is the one named after that name, however far back
    ("Prime Minister Tom Hale met his Ghanaian counterpart Ada Obi in Lagos on Monday. PM Obi hailed the ties. Rain "
     "fell. Roads flooded. Schools closed. Prices rose. The Ghanaian PM also pledged to support the bid.", ["Ada Obi"]),
    # not a minister of another portfolio named after that people's name
    ("Indian External Affairs Minister S Jaishankar arrived on Monday. The Indian PM pledged to build a port.", []),
    # not the nearest one so titled, named after another people's name
    ("Lao Prime Minister Tom Hale met Ghanaian Prime Minister Ada Obi. The Lao prime minister vowed to build a road.",
     ["Tom Hale"]),
    # a description opening the story is not the next sentence's subject named with another post
    ("The culture minister on Tuesday pledged to restore the old city. Governor Tom Hale was speaking after the "
     "Cabinet met.", []),
    # "it" past the window is the body a description since ("the retailer") refers to
    ("Acme Foods has pledged to buy local beef. Sales rose. Rain fell. The retailer aims to sell local lamb. It has also "
     "promised to use only local milk.", ["Acme Foods", "Acme Foods"]),
    # not a description that names no body
    ("Prices rose. Sales fell. Rain fell. Snow fell. It has also promised to use only local milk.", []),
    # "the province" beyond the window is the one province the story names
    ("Ontario will spend $9 billion on hospitals. Premier Tom Hale spoke in Mississauga. Rain fell. Roads flooded. "
     "Schools closed. The province is committing to three new hospital projects.", ["Ontario"]),
    # not when it names two
    ("Ontario and Quebec will spend $9 billion on hospitals. Premier Tom Hale spoke in Mississauga. Rain fell. Roads "
     "flooded. Schools closed. The province is committing to three new hospital projects.", []),
    # a named body's unit, arm or subsidiary commits for the body
    ("Kessly Motors's German subsidiary has promised to cut emissions by half.", ["Kessly Motors"]),
    ("Rivers use much water. Acme Corp’s Japan unit has pledged to recycle more water.", ["Acme Corp"]),
    # not a person's, nor an unnamed body's
    ("The bank's lending arm vowed to double loans to farmers.", []),
])
def test_rules_pledges_of_a_description(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


@pytest.mark.parametrize("text,agents", [
    # "we" in a quotation that runs over sentences and paragraphs is whoever it is attributed to
    ("Coach Tom Hale spoke after the match.\n“We pledge to win the cup next year. We lost today,” Hale said.",
     ["Tom Hale"]),
    ("Acme Corp chief executive Ada Obi met staff.\n“The plant stays open.\n“We are firmly committed to "
     "keeping every job,” said the chief executive.", ["Ada Obi"]),
    ("Ada Obi said: “We will help. We promise to fund the schools.” The talks ended.", ["Ada Obi"]),
    # an unattributed quotation commits nobody
    ("The club's season ended.\n“We pledge to win the cup next year.”\nFans left early.", []),
])
def test_rules_quoted_first_person_is_the_speaker(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


def test_rules_deputy_unplaced_when_the_post_is_held_in_two_places(facts_of):
    facts = facts_of("Bank of Norvik Governor Tom Hale met Bank of Kessland Governor Ada Obi and Deputy Governor "
                     "Jan Ruml.")
    lab = labels(facts)
    assert ("Jan Ruml", "deputy governor", None) in [project(r, lab) for r in facts.roles]


@pytest.mark.parametrize("text,facts", [
    # a surname alone in its own paragraph is the person NER named in full as a body's name
    ("Rodrigo Alves was appointed coach of the club on Sunday.\n\nAlves also vowed to win the league.",
     [("Rodrigo Alves", "to win the league")]),
    # not a company's word
    ("Sophia Holdings said profits rose on Sunday.\n\nHoldings also pledged to cut jobs.", []),
])
def test_rules_bare_surname_of_a_name_ner_took_for_a_body(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # "X said his ministry was committed to": X, for a body the text does not name (also parsed on "was")
    ("Sports Minister Ada Obi spoke. Later, Obi said her ministry was committed to complete the stadium as soon "
     "as possible.", [("Ada Obi", "sports minister", None), ("Ada Obi", "to complete the stadium as soon as possible")]),
    ("Health Minister Ada Obi told the nurses that her department was committed to see the new clinic open soon.",
     [("Ada Obi", "health minister", None), ("Ada Obi", "to see the new clinic open soon")]),
    ("“We are ready,” coach Ada Obi said. “My department has undertaken to assist the band with travel,” she said.",
     [("Ada Obi", "to assist the band with travel")]),
    # not "my department" in a statement no one is quoted in, nor a purpose after "can do"
    ("I am delighted to announce that my department has undertaken to assist the band.", []),
    ("Mayor Ada Obi said there is more his administration can do to guarantee their safety.",
     [("Ada Obi", "mayor", None)]),
    ("Acme Corp worked hard to guarantee the safety of its workers.", []),
    # but "will do everything possible to guarantee X" commits
    ("“We will do everything possible to guarantee that every child gets a place in school,” Education Minister "
     "Ada Obi said.", [("Ada Obi", "education minister", None), ("Ada Obi", "that every child gets a place in school")]),
    # an envoy's or a spokesman's "his government" is the one they speak for, not the story's country nor them
    ("Kenya is ready. Japan's Ambassador to Kenya, Kenji Sato, said his government was committed to supporting "
     "Kenya's energy sector.", [("Kenji Sato", "ambassador to kenya", "Japan")]),
    ("Kenya is ready. Government spokesman Isaac Kamau said his government was committed to building roads.",
     [("Isaac Kamau", "spokesman", None)]),
    ("Tom Hale said the council is committed to cutting costs.", []),
])
def test_rules_his_unnamed_ministry_commits_through_him(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # "assured President X of China's support": the of-phrase is the support's owner, not X's post
    ("Peru and Kessland met. The envoy assured President Ada Obi of Kessland’s readiness to help. Peru will benefit, "
     "Peru said.", [("Ada Obi", "president", "Peru")]),
    ("Peru and Kessland met. Governor Ada Obi of Lima spoke.", [("Ada Obi", "governor", "Lima")]),
    # the Exchequer is an office's word, no body: "the Chancellor of the Exchequer, X" holds a country's post
    ("Britain will pay. We thank the Chancellor of the Exchequer, Sarah Hale, for the money.",
     [("Sarah Hale", "chancellor of the exchequer", "Britain")]),
])
def test_rules_of_phrases_that_place_no_post(facts_of, text, facts):
    assert sorted(r for r in roles_and_pledges(facts_of(text))[0] if len(r) == 3) == sorted(facts)


@pytest.mark.parametrize("text,names,role", [
    # a portfolio NER cut at "and" into bodies is the title's ("Road Transport and Bridges Minister")
    ("Bangladesh will pay. Minister Ada Obi met Road Transport and Bridges Minister Rafiqul Hasan on Wednesday.",
     ["Ada Obi", "Bangladesh", "Rafiqul Hasan"], ("Rafiqul Hasan", "transport and bridges minister", "Bangladesh")),
    ("Kenya will pay. Shell and Energy Secretary Ed Harlow clashed over the licence.",
     ["Ed Harlow", "Kenya", "Shell"], None),
    # not a body named before "and" and another title
    ("Kenya will pay. Acme Group and Finance Minister Ada Obi signed the deal.", ["Acme Group", "Ada Obi", "Kenya"],
     ("Ada Obi", "finance minister", "Kenya")),
])
def test_rules_portfolio_cut_at_and(facts_of, text, names, role):
    facts = facts_of(text)
    assert sorted(labels(facts).values()) == names
    assert role is None or role in roles_and_pledges(facts)[0]


@pytest.mark.parametrize("text,facts", [
    # the subject pronoun of a relative clause: the person its sentence names as a subject before it
    ("Coach Tom Hale praised the players. The club cited remarks owner Peter Ruiz made on Monday, in which he vowed "
     "to build a new stadium.", [("Peter Ruiz", "to build a new stadium")]),
    # not a subject of a reported or adverbial clause
    ("President Ben Ray addressed the nation on Sunday. Analysts said Tom Hale would be pleased by the address, in "
     "which he pledged to raise the minimum wage.", [("Ben Ray", "to raise the minimum wage")]),
    # of the pronoun's gender
    ("Coach Tom Hale praised the players. The club cited remarks Susan Ruiz made on Monday, in which he vowed to "
     "build a new stadium.", [("Tom Hale", "to build a new stadium")]),
])
def test_rules_pronoun_of_a_relative_clause(facts_of, text, facts):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2] == facts


@pytest.mark.parametrize("text,facts", [
    # "The IOC President's first pledge was ... He pledged": the description, over a subject inside a quotation
    ("IOC President Tom Hale spoke in Paris on Monday. The summit drew many leaders. It was held at the Louvre. The "
     "weather was fine. Hale said the summit was a great chance. Guests arrived late. The hall was full.\n\nThe IOC "
     "President’s first pledge was that “we unite the world, as coach Peter Ruiz is doing.”\n\nSecondly, he pledged "
     "that the IOC would invest $2 billion.", [("Tom Hale", "that the IOC would invest $2 billion")]),
    # not over a subject named outside quotations
    ("IOC President Tom Hale spoke in Paris on Monday. The summit drew many leaders. It was held at the Louvre. The "
     "weather was fine. Hale said the summit was a great chance. Guests arrived late. The hall was full.\n\nThe IOC "
     "President’s first pledge was unity. Coach Peter Ruiz agreed.\n\nSecondly, he pledged that the IOC would invest "
     "$2 billion.", [("Peter Ruiz", "that the IOC would invest $2 billion")]),
])
def test_rules_pronoun_after_a_described_owner(facts_of, text, facts):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2] == facts


@pytest.mark.parametrize("text,facts", [
    # a description no one was named with before is the next sentence's subject described so
    ("The governor has pledged to finish the road by June.\n\nTom Hale, the governor, said the work was on schedule.",
     [("Tom Hale", "to finish the road by June")]),
    # not one the text describes otherwise
    ("The governor has pledged to finish the road by June.\n\nMr. Tom Hale, the contractor handling the project, said "
     "the work was on schedule.", []),
    # but a background description does not set the subject apart
    ("The governor has pledged to finish the road by June.\n\nAda Obi, a former teacher, took office in January.",
     [("Ada Obi", "to finish the road by June")]),
])
def test_rules_description_is_the_next_subject_described_so(facts_of, text, facts):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2] == facts


@pytest.mark.parametrize("text,facts", [
    # "the regional government said it": the government, not a body named before
    ("The Kessly Teachers Union rejected the offer. The regional government said it was making commitments to cut "
     "class sizes.", []),
    # a country's government said so commits the country
    ("Germany will host the talks. The German government said it will pledge $277 million.",
     [("Germany", "$277 million")]),
])
def test_rules_it_of_a_government_that_says_so(facts_of, text, facts):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2] == facts


@pytest.mark.parametrize("text,facts", [
    # "committed the company to cutting X": what the body is committed to (not "committed the robbery to ...")
    ("Acme Corp chief Ada Obi committed the company to cutting emissions by half.",
     [("Ada Obi", "to cutting emissions by half")]),
    ("Acme Corp chief Ada Obi committed the robbery to pay debts.", []),
    # "Lagos Governor X reiterated that the city is committed to": the city the sentence named before (not a
    # country, nor where the speaker went)
    ("Lagos Governor Ada Obi reiterated that the city is committed to cleaner buses.", [("Lagos", "to cleaner buses")]),
    ("Kenya is growing fast. Governor Ada Obi reiterated that the city is committed to cleaner buses.", []),
    ("Mayor Ada Obi met investors in Chicago on Tuesday, saying that the city is committed to building homes.", []),
    # "[Hale and club] officials vowed", parsed with the name a modifier: the person named vows
    ("Coach Tom Hale met the press. Hale and club officials vowed to keep the team in the league.",
     [("Tom Hale", "to keep the team in the league")]),
    ("Coach Tom Hale met the press. The club officials vowed to keep the team in the league.", []),
    ("Coach Tom Hale met fans. Hale and club supporters vowed to turn out in record numbers.", []),
])
def test_rules_bodies_and_cities_committed(facts_of, text, facts):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2] == facts


@pytest.mark.parametrize("text,facts", [
    # "refusing to commit", "failed to show leadership and commit to": no commitment
    ("Kenya needs roads. The federal government is refusing to commit to its share of the cost.", []),
    ("Housing Minister Tom Hale spoke. \"The Prime Minister also failed to show leadership and commit to the "
     "target,\" Ada Obi said.", []),
    # but "vowed to train hard and commit to the club" commits
    ("Coach Tom Hale vowed to train hard and commit to the club.",
     [("Tom Hale", "to train hard"), ("Tom Hale", "to the club")]),
    # "X was a major promise by A and B": each of them promised X
    ("The new stadium was a major promise by the Kessly Sports Club and coach Ada Obi before the season.",
     [("Kessly Sports Club", "The new stadium"), ("Ada Obi", "The new stadium")]),
    # "the 2021 Labour manifesto commitments to": the party's
    ("The nurses' union highlighted the 2021 Labour manifesto commitments to employ 500 more nurses.",
     [("Labour", "to employ 500 more nurses")]),
])
def test_rules_refused_and_stated_commitments(facts_of, text, facts):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2] == facts


@pytest.mark.parametrize("text,facts", [
    # "[A and Mayor] B met ... The politicians vowed", parsed with A a modifier of B: both
    ("President Carlos Mejia and Mayor Andres Rojas met in Medellin on Monday. The politicians also vowed to "
     "dismantle criminal gangs.", [("Carlos Mejia", "to dismantle criminal gangs"),
                                   ("Andres Rojas", "to dismantle criminal gangs")]),
    # not one person named alone
    ("Coach Tom Hale met the fans on Monday. The politicians vowed to build a stadium.", []),
    # "A used the first meeting with B ... The leaders pledged": A and B (not a body A met)
    ("Coach Tom Hale used the first meeting with captain Peter Ruiz to discuss tactics. The leaders pledged to win "
     "the cup.", [("Tom Hale", "to win the cup"), ("Peter Ruiz", "to win the cup")]),
    ("Coach Tom Hale used the first meeting with the board to discuss tactics. The leaders pledged to win the cup.", []),
])
def test_rules_plural_descriptions_of_a_pair_named_as_a_modifier(facts_of, text, facts):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2] == facts


@pytest.mark.parametrize("text,facts", [
    # a devolved government a story names as a body, where it names no country, is where its ministers sit
    ("Health Secretary Ada Obi said the Scottish Government would fund 20 clinics.",
     [("Ada Obi", "health secretary", "Scottish Government")]),
    # not a post only the union's government has, nor where the story names the country
    ("Foreign Secretary Ada Obi said the Scottish Government would fund 20 clinics.",
     [("Ada Obi", "foreign secretary", None)]),
    ("Britain is rich. Britain will pay. Health Secretary Ada Obi said the Welsh Government would fund 20 clinics.",
     [("Ada Obi", "health secretary", "Britain")]),
])
def test_rules_ministers_of_a_devolved_government_named_as_a_body(facts_of, text, facts):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 3] == facts


@pytest.mark.parametrize("text,facts", [
    # "A and B are committing $X and $Y, respectively": each its own amount (also with the names parsed as a
    # second subject after "Energy firms")
    ("Energy firms NorthGas and Acme Pacific are committing US$4.5 billion and US$15 billion, respectively.",
     [("NorthGas", "US$4.5 billion"), ("Acme Pacific", "US$15 billion")]),
    ("Acme Corp and Kessly Bank pledged $5 million and $7 million to the fund, respectively.",
     [("Acme Corp", "$5 million"), ("Kessly Bank", "$7 million to the fund")]),
    # not without "respectively"
    ("Acme Corp and Kessly Bank pledged $5 million and $7 million to the fund.",
     [("Acme Corp", "$7 million to the fund"), ("Kessly Bank", "$7 million to the fund")]),
])
def test_rules_amounts_committed_respectively(facts_of, text, facts):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2] == facts


@pytest.mark.parametrize("text,facts", [
    # "her promises include X": what they include is promised
    ("Coach Ada Obi took over in May. Her promises include a new training ground and two new strikers.",
     [("Ada Obi", "a new training ground and two new strikers")]),
    # not what a bill includes, nor what the pledges did not include
    ("Acme Corp spoke. The pledges included in the bill did not include pensions.", []),
    ("Coach Ada Obi took over in May. Her promises did not include a new stadium.", []),
    # "his commitments this week included a summit": a schedule
    ("President Ada Obi flew home. Her commitments this week included a summit in Addis Ababa.",
     [("Ada Obi", "president", None)]),
])
def test_rules_what_promises_include(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


def test_rules_transliterations_are_one_person(facts_of):
    facts = facts_of("Sheikh Hamad bin Khalid Al Thani, the minister, spoke. Later Hammad bin Khalid left.")
    assert [e.label for e in facts.entities if str(e.type) == "Person"] == ["Hamad bin Khalid Al Thani"]


def test_rules_no_entities_of_currencies_diseases_or_initialisms(facts_of):
    facts = facts_of("The minister announced a GHC 50,000 award for Ada Obi, a nurse at St Mary High School. "
                     "Peru pledged USD810 million. COVID-19 filled the ICU.")
    assert sorted((e.label, str(e.type)) for e in facts.entities) == [
        ("Ada Obi", "Person"), ("Peru", "Place"), ("St Mary High School", "Organization")]
    facts = facts_of("The firms will invest $7.35 billion USD in Mexico. The clinic in Kampala became Health Centre IV.")
    assert "USD" not in labels(facts).values() and "IV" not in labels(facts).values()
    facts = facts_of("Ada Obi votes in Lima, Peru, on May 7. REUTERS/Tom Hale\n\nThe talks began at 10:30 IST.")
    assert sorted(labels(facts).values()) == ["Ada Obi", "Lima", "Peru"]


def test_rules_a_government_described_by_its_moment_party_or_leader_is_no_name(facts_of):
    facts = facts_of("Kenya's new government will cut fuel taxes. The Labour government and the Ada Obi administration "
                     "raised them.")
    assert not any(n.endswith(("government", "administration")) for n in labels(facts).values())
    # a known place's government in lower case is the place, named with a common noun; an unknown
    # place's stays a body's name
    facts = facts_of("The Ontario government will cut fuel taxes. The Lagos State government raised them. The Chad "
                     "government, led by Ada Obi, spoke. Nigeria's federal government agreed. The Kessly government "
                     "did not.")
    assert {"Ontario", "Lagos State", "Chad", "Kessly government"} <= set(labels(facts).values())
    assert not {"Ontario government", "Lagos State government", "Chad government"} & set(labels(facts).values())
    assert "Nigeria's federal government" not in labels(facts).values()  # a country's, described


def test_rules_a_post_before_another_posts_body(facts_of):
    # the first of two posts joined before the second's body has its own country; "and" joining a
    # person is no post
    assert roles_of(facts_of("Kenyan President and African Union Chairperson Ada Obi spoke in Accra.")) == [
        ("Ada Obi", "chairperson", "African Union"), ("Ada Obi", "president", "Kenya")]
    assert roles_of(facts_of("She met Tom Hale and African Union Chairperson Ada Obi in Accra.")) == [
        ("Ada Obi", "chairperson", "African Union")]
    # a bare first title is another person's ("the Governor and MTA Chairman X")
    assert roles_of(facts_of("He thanked the Governor and Kessly Transit Authority Chairman Ada Obi for the plan.")) == [
        ("Ada Obi", "chairman", "Kessly Transit Authority")]


def test_rules_a_name_with_a_company_designator_is_an_organization_in_all_its_mentions(facts_of):
    facts = facts_of("The contributing companies are Kessly Communications Bhd, Suria Plc and Norvik Sdn Bhd. Suria, "
                     "Kessly and Norvik jointly donated RM10 million.")
    assert {(e.label, str(e.type)) for e in facts.entities if e.label.startswith("Suria")} == {("Suria Plc", "Organization")}


def test_rules_a_whip_is_a_post_and_a_title_used_as_a_verb_is_none(facts_of):
    assert roles_of(facts_of("House Majority Whip Tom Hale said the vote will pass.")) == [
        ("Tom Hale", "majority whip", "House")]
    assert roles_of(facts_of("The party will whip Ada Obi into line, said Tom Hale.")) == []
    # a majority or minority post is held in the one chamber the story names
    assert roles_of(facts_of("The majority leader, Ada Obi, said the Senate would vote on Monday.")) == [
        ("Ada Obi", "majority leader", "Senate")]
    assert roles_of(facts_of("The majority leader, Ada Obi, said the Senate and the House would vote.")) == [
        ("Ada Obi", "majority leader", None)]
    assert roles_of(facts_of("She was asked to chair Ada Obi's panel on Monday.")) == []


def test_rules_an_alderman_sits_on_the_citys_council(facts_of):
    assert roles_of(facts_of("Alderman Ada Obi said the Springfield City Council will vote. Voters are angry.")) == [
        ("Ada Obi", "alderman", "Springfield City Council")]
    assert roles_of(facts_of("Alderman Ada Obi said the city will act. Calgary voters decide Monday. Calgary is big.")) == [
        ("Ada Obi", "alderman", "Calgary")]


def test_rules_majority_leaders_and_county_managers(facts_of):
    assert roles_of(facts_of("Senate Minority Leader Ada Obi met the press in Carson City.")) == [
        ("Ada Obi", "minority leader", "Senate")]
    assert roles_of(facts_of("KESSLYVILLE - County Manager Tom Hale said the Kessly County budget is tight.")) == [
        ("Tom Hale", "county manager", "Kessly County")]
    # two counties named: no county is his
    assert roles_of(facts_of("County Manager Tom Hale said the Kessly County and Norvik County jails are full.")) == [
        ("Tom Hale", "county manager", None)]


def test_rules_a_list_after_a_bodys_of_phrase_is_a_portfolio_only_of_portfolio_words(facts_of):
    facts = facts_of("Funding came from the Department of Energy, Chevron and Exxon on Monday. The Ministry of "
                     "Agriculture, Forestry and Fisheries will pay.")
    assert {"Department of Energy", "Chevron", "Exxon", "Ministry of Agriculture, Forestry and Fisheries"} <= set(
        labels(facts).values())


def test_rules_a_title_and_comma_before_a_list_of_bodies_is_no_post_of_the_first(facts_of):
    assert roles_of(facts_of("The jury heard from Tom Hale, the manager, Acme Foods and Kessly Logistics.")) == [
        ("Tom Hale", "manager", None)]


def test_rules_names_listed_after_a_plural_for_organizations_are_organizations(facts_of):
    facts = facts_of("Oil majors Kessoil, Norvex and Qindar pledged to cut emissions by 2030.")
    assert {("Kessoil", "Organization"), ("Norvex", "Organization")} <= {(e.label, str(e.type)) for e in facts.entities}
    assert {labels(facts)[p.agent] for p in facts.pledges} >= {"Kessoil", "Norvex"}


def test_rules_two_people_joined_by_a_hyphen_are_no_entity(facts_of):
    facts = facts_of("Governor Ada Obi and her deputy Tom Hale won. The Obi-Hale ticket promised free school meals. "
                     "The Obi–Hale administration will start in May.")
    assert not any(n.startswith("Obi") and "Hale" in n for n in labels(facts).values())
    # a double-barrelled surname (a person's, whatever NER says), a company named after two
    # founders the article does not name
    facts = facts_of("Ada Obi-Hale spoke. Tom Ruml of Hewlett-Packard said the plant will open.")
    assert [("Ada Obi-Hale", "Person"), ("Hewlett-Packard", "Organization")] == [
        (e.label, str(e.type)) for e in facts.entities if e.label in ("Ada Obi-Hale", "Hewlett-Packard")]


def test_rules_a_premiers_ministers_are_the_provinces(facts_of):
    facts = facts_of("KELOWNA, B.C. - Premier Ada Obi named Tom Hale health minister. Health Minister Tom Hale "
                     "opened the clinic, and Prime Minister Jan Ruml praised it.")
    lab = labels(facts)
    assert sorted((lab[r.person], lab.get(r.org)) for r in facts.roles) == [
        ("Ada Obi", "B.C."), ("Jan Ruml", None), ("Tom Hale", "B.C.")]
    # a province named once in a city's story, with its provincial government
    facts = facts_of("Manitoba will pay for Winnipeg's new bridges, Transport Minister Tom Hale says. Winnipeg council "
                     "must still vote. The provincial government said Winnipeg and Winnipeg would get more.")
    assert [(labels(facts)[r.person], labels(facts).get(r.org)) for r in facts.roles] == [("Tom Hale", "Manitoba")]
    # no provincial government: a national minister is not the province's
    facts = facts_of("Manitoba will pay for Winnipeg's new bridges, Transport Minister Tom Hale says. Winnipeg council "
                     "must still vote. Winnipeg and Winnipeg would get more.")
    assert [(labels(facts)[r.person], labels(facts).get(r.org)) for r in facts.roles] == [("Tom Hale", None)]


def test_rules_a_chief_ministers_ministers_are_the_states(facts_of):
    # a state's story under its chief minister, naming no country: its ministers are the state's
    text = ("Chief Minister Ada Obi opened the new school in Punjab on Monday. Punjab will build ten more, she said. "
            "Health Minister Tom Hale and {}Minister Jan Ruml were present.")
    facts = facts_of(text.format(""))
    lab = labels(facts)
    assert sorted((lab[r.person], lab.get(r.org)) for r in facts.roles) == [
        ("Ada Obi", "Punjab"), ("Jan Ruml", "Punjab"), ("Tom Hale", "Punjab")]
    # a union or federal minister is the country's, not the state's
    facts = facts_of(text.format("Union "))
    lab = labels(facts)
    assert ("Jan Ruml", "Punjab") not in [(lab[r.person], lab.get(r.org)) for r in facts.roles]
    # a national portfolio, or a story in the national capital, is not the state's
    facts = facts_of(text.format("").replace("Health Minister", "Defence Minister"))
    lab = labels(facts)
    assert ("Tom Hale", None) in [(lab[r.person], lab.get(r.org)) for r in facts.roles]
    facts = facts_of(text.format("").replace("opened the new school in Punjab", "met officials in New Delhi"))
    lab = labels(facts)
    assert ("Tom Hale", "Punjab") not in [(lab[r.person], lab.get(r.org)) for r in facts.roles]
    # no chief minister: a minister in a state's story stays unplaced
    facts = facts_of(text.format("").replace("Chief Minister", "Governor"))
    lab = labels(facts)
    assert ("Tom Hale", None) in [(lab[r.person], lab.get(r.org)) for r in facts.roles]


@pytest.mark.parametrize("text,facts", [
    # a vice president is not "the President"; a pronoun does not skip over a new person
    ("Vice President Ada Obi visited Detroit. Costs rose. Staff left. Rents went up. The President pledged $3 billion.",
     [("Ada Obi", "vice president", None)]),
    ("Prosecutor Ada Obi said she would seek a retrial. The defendant wept. Costs rose. Staff left. Rents rose. "
     "She promised to appeal.", [("Ada Obi", "prosecutor", None)]),
    # a deputy of another country's president; a state's government is not its country's
    ("Kenyan President Tom Hale met Vice President Ada Obi in Washington.",
     [("Tom Hale", "president", "Kenya"), ("Ada Obi", "vice president", None)]),
    ("Kerala is in India. India and India. The state government pledged to rebuild roads.",
     [("Kerala", "to rebuild roads")]),  # the state's
    # the home governor keeps the dateline's state among other states' governors
    ("AUSTIN, Texas - Governor Tom Hale spoke with Florida Governor Ada Obi and Oklahoma Governor Jan Ruml. Texas "
     "and Texas.", [("Tom Hale", "governor", "Texas"), ("Ada Obi", "governor", "Florida"),
                    ("Jan Ruml", "governor", "Oklahoma")]),
    # a national minister is no province's; an MP no supranational parliament's
    ("TORONTO - Finance Minister Ada Obi visited Ontario factories on Monday.", [("Ada Obi", "finance minister", None)]),
    ("The European Parliament voted. MP Tom Hale called it absurd.", [("Tom Hale", "mp", None)]),
])
def test_rules_red_team_negatives(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,name,kind", [
    ("AMD said on Tuesday it would invest $400 million in India.", "AMD", "Organization"),
    ("Los Angeles Unified School District said it will open schools.", "Los Angeles Unified School District",
     "Organization"),
    ("Ships crossed the Juan de Fuca Strait.", "Juan de Fuca Strait", "Place"),
    ("Trinidad and Tobago Prime Minister, Dr. Ada Obi.", "Trinidad and Tobago", "Place"),
    ("He won against the Kessly People’s Revolutionary Party on Monday.", "Kessly People’s Revolutionary Party",
     "Organization"),
    ("Nepal will export power from Upper Kessbari to India.", "Upper Kessbari", "Place"),  # "Upper", "Lower"
    ("The Upper House passed the bill.", "Upper House", "Organization"),  # a chamber
])
def test_rules_red_team_types(facts_of, text, name, kind):
    assert (name, kind) in [(e.label, str(e.type)) for e in facts_of(text).entities]


def test_rules_only_a_portfolios_secretary_is_a_national_office():
    assert portfolio_secretary(["roads", "secretary"]) and portfolio_secretary(["energy", "secretary"])
    assert not any(portfolio_secretary([w, "secretary"]) for w in ("company", "press", "general", "permanent"))


def test_rules_a_portfolio_word_alone_is_no_person(facts_of):
    facts = facts_of("As the minister responsible for Works and Transport, I will act, Ada Obi said.")
    assert "Works" not in labels(facts).values()
    facts = facts_of("“Madam Vice Chancellor, Professor Ada Obi, you will have my support,” he said.")
    assert "Madam" not in labels(facts).values() and "Ada Obi" in labels(facts).values()


def test_rules_the_people_of_a_place_are_no_entity(facts_of):
    names = labels(facts_of("Governor Ada Obi asked Lagosians and Londoners to be patient. Tom Myers agreed.")).values()
    assert "Lagosians" not in names and "Londoners" not in names and "Tom Myers" in names


def test_rules_an_academic_rank_is_an_honorific_no_post(facts_of):
    facts = facts_of("Professor Ada Obi, the dean of the law school, said the lab will open.")
    assert [(labels(facts)[r.person], r.title) for r in facts.roles] == [("Ada Obi", "dean")]


def test_rules_a_portfolio_list_before_a_lower_case_title_is_no_organization(facts_of):
    facts = facts_of("Lands, Agriculture and Rural Resettlement minister Tom Hale said farmers will get seed.")
    assert [r.title for r in facts.roles] == ["Lands, Agriculture and Rural Resettlement minister"]
    assert [e.type for e in facts.entities] == ["Person"]


def test_rules_an_unplaced_short_title_gives_way_to_the_placed_full_one(facts_of):
    facts = facts_of("Ghana and Ghana. Foreign Affairs Adviser Tom Hale spoke on Monday. Adviser Hale said the vote "
                     "will be fair.")
    assert [(r.title, labels(facts).get(r.org)) for r in facts.roles] == [("Foreign Affairs Adviser", "Ghana")]


def test_rules_a_judgement_is_no_post(facts_of):
    assert facts_of("Tom Hale is the most popular leader in Ghana.").roles == []
    assert [r.title for r in facts_of("Ada Obi is the longest-serving mayor of Lima.").roles] == ["longest-serving mayor"]


def test_rules_a_holders_description_is_no_entity(facts_of):
    facts = facts_of("Horgan named a new education minister, rookie MLA Ada Obi, a former union executive. "
                     "Rookie MLA Tom Hale spoke.")
    assert "rookie" not in {e.label.lower() for e in facts.entities}


def test_rules_links_to_other_stories_are_no_text(facts_of):
    facts = facts_of("Minister Tom Hale spoke on Monday.\nREAD ALSO: Acme Bank gains as Norvik Corp slips\n"
                     "Related: Kessly Airways cuts jobs\nPrevious ArticleNBC docks three boats\n"
                     "Next Article Kessly Foods will hire 90 people\nJobs will grow, Tom Hale said.")
    assert [e.label for e in facts.entities if str(e.type) != "Person"] == []
    assert "Ada Obi" in labels(facts_of("Previous posts held by Ada Obi include the mayoralty.")).values()
    assert normalise("Previous ArticleKBC docks three boats\nNext Article Norvik hires").strip() == ""
    # a page's navigation alone on a line; the same words in a sentence stay
    assert normalise("Latest News\nSHARE THIS STORY:\n  • PDF\n").strip() == ""
    assert normalise("The latest news on the roads is good.").strip() == "The latest news on the roads is good."


@pytest.mark.parametrize("text,facts", [
    # a polity or a body's board named with "of" is the polity or the body
    ("The minister said the government of Peru pledged $3 million to the flood fund.",
     [("Peru", "$3 million to the flood fund")]),
    ("The new board of the Kessly Rowing Association pledged to build a boathouse.",
     [("Kessly Rowing Association", "to build a boathouse")]),
    ("The state of the roads promised to get worse.", []),
    # a pledge noun's "by" phrase names who pledges, not who announced it
    ("The minister announced a new pledge of $40 million by the government of Peru.",
     [("Peru", "of $40 million")]),
    ("Ada Obi made a pledge of $5 million by Friday.", [("Ada Obi", "of $5 million")]),
    # "the VC": the vice-chancellor named before
    ("Norvik University new Vice-Chancellor, Prof Ada Obi, spoke. The VC, a chemist, promised to build a lab.",
     [("Ada Obi", "vice-chancellor", "Norvik University"), ("Ada Obi", "to build a lab")]),
    # "the Kingdom": a country styled a kingdom named before, not the nearest country
    ("Ambassador Ali Omar of Jordan visited Chile. He reaffirmed the Kingdom's unwavering commitment to Chile.",
     [("Ali Omar", "ambassador", "Jordan"), ("Jordan", "to Chile")]),
    ("Ambassador Ali Omar of Peru visited Chile. He reaffirmed the kingdom's commitment to peace.",
     [("Ali Omar", "ambassador", "Peru"), ("Chile", "to peace")]),
])
def test_rules_pledges_of_polities_boards_and_abbreviated_titles(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,roles", [
    # two titles in apposition joined by "and" are two posts; a shared of-phrase places both
    ("Tom Hale, Deputy Mayor and Commissioner of Police, opened the park.",
     [("Tom Hale", "deputy mayor", None), ("Tom Hale", "commissioner of police", None)]),
    ("Ada Obi, chairman and chief executive of Norvik Foods Ltd, said sales rose.",
     [("Ada Obi", "chairman", "Norvik Foods Ltd"), ("Ada Obi", "chief executive", "Norvik Foods Ltd")]),
    ("Ada Obi, chairman of Norvik Bank and president of the Kessly Club, spoke.",
     [("Ada Obi", "chairman", "Norvik Bank"), ("Ada Obi", "president", "Kessly Club")]),
    # "Title, Organization (ABBR), Town, Name": the post is the organization's
    ("The new Rector, Norvik University (NU), Abuja, Prof. Ada Obi, has promised to build a lab.",
     [("Ada Obi", "rector", "Norvik University")]),
    ("The match was watched by Tom Hale, Secretary-General of the Kessly Football Union, Ada Obi, Mayor of Lima, "
     "and fans.", [("Tom Hale", "secretary-general", "Kessly Football Union"), ("Ada Obi", "mayor", "Lima")]),
    # "for" an organization places a post; "Minister for" a portfolio does not
    ("The new Dean for Norvik University, Dr Ada Obi, spoke.", [("Ada Obi", "dean", "Norvik University")]),
    # a party's adjective opening a sentence places its leader
    ("The Liberals won. Liberal leader Ada Obi thanked voters.", [("Ada Obi", "leader", "Liberals")]),
    ("The Liberals won. Liberal voters thanked Ada Obi.", []),
])
def test_rules_posts_in_apposition_lists_and_parties(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,present,absent", [
    # a state's party in the plural is the party; a story link is no text
    ("Victorian Greens promise cheaper trains\nRelated Story: Kessly Rail cuts fares\nThe Victorian Green Party has "
     "pledged to cut fares. The Greens said it would.", {("Victorian Green Party", "Organization")},
     {"Victorian Greens", "Kessly Rail"}),
    # "University of X (UX) new rector" is an organization, not a dateline place or a person
    ("University of Norvik (UNOR) new Rector, Prof Ada Obi, has unveiled a plan.",
     {("University of Norvik", "Organization"), ("Ada Obi", "Person")}, set()),
    ("NAIROBI (AFP) - Farmers protested.", {("NAIROBI", "Place")}, set()),
    # a given name the tagger reads as a modal ("leader Will Tanner")
    ("Kessly Labour leader Will Tanner said it.", {("Will Tanner", "Person")}, {"Tanner"}),
])
def test_rules_party_plurals_and_names_before_brackets(facts_of, text, present, absent):
    found = {(e.label, str(e.type)) for e in facts_of(text).entities}
    assert present <= found and not absent & {n for n, _ in found}, found


@pytest.mark.parametrize("text,facts", [
    # a sheriff is the one county's the story names; a mayor the city's, also a city that is a province
    ("MARION COUNTY, Ore. – The Marion County sheriff released a video. Sheriff Tom Hale said the road is closed.",
     [("Tom Hale", "sheriff", "Marion County")]),
    ("Mayor Ada Obi vowed to build 5,000 homes in Seoul within four years.",
     [("Ada Obi", "mayor", "Seoul"), ("Ada Obi", "to build 5,000 homes in Seoul within four years")]),
    # a country inside a headline's capitalised run places the national posts
    ("Prices Soar All Across Kenya\n\nNAIROBI, May 2 — Finance Minister Ada Obi said taxes will fall.",
     [("Ada Obi", "finance minister", "Kenya")]),
    # a seat NER ran into the title and an honorific; a state NER took for a people
    ("He replied to Kessly MP Datuk Seri Ada Obi, who asked about roads.", [("Ada Obi", "mp", "Kessly")]),
    ("Exhorting investors, Kerala Chief Minister Ada Obi said: 'Come here.'", [("Ada Obi", "chief minister", "Kerala")]),
    # "gave a guarantee that ...": a pledge; a loan guarantee is none
    ("“I gave a guarantee that the clinic will open in May,” Ada Obi said.",
     [("Ada Obi", "that the clinic will open in May")]),
    ("The bank offered loan guarantees to small firms.", []),
    # an amount with its currency glued on; "and another" amount is a second pledge
    ("Tom Hale committed Rs.200 crore to the hospital and another Rs.50 crore by building roads.",
     [("Tom Hale", "Rs.200 crore to the hospital"), ("Tom Hale", "another Rs.50")]),
    ("Norvik Bank promised $5 million for the injured and another $2 million for the families.",
     [("Norvik Bank", "$5 million for the injured"), ("Norvik Bank", "another $2 million for the families")]),
    # a currency code and its number, parsed as two objects, are one amount with its purpose ("crore" too)
    ("The Acme Foundation has committed USD 500 million to the flood relief fund.",
     [("Acme Foundation", "USD 500 million to the flood relief fund")]),  # an ISO code before the number
    ("Kerala Chief Minister Ada Obi has committed Rs 350 crore to develop the new airport terminal.",
     [("Ada Obi", "chief minister", "Kerala"), ("Ada Obi", "Rs 350 crore to develop the new airport terminal")]),
    ("The Acme Foundation has committed Ksh 50 million to ensure that 1,000 pupils get books.",
     [("Acme Foundation", "Ksh 50 million to ensure that 1,000 pupils get books")]),
    # an organization's officials commit it; bare officials are a group of no one named
    ("Norvik Bank officials vowed to repay the loans.", [("Norvik Bank", "to repay the loans")]),
    ("Officials vowed to repay the loans.", []),
])
def test_rules_offices_amounts_and_bodies_from_held_out_news(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


def test_rules_a_bare_first_word_of_a_group_is_the_group(facts_of):
    facts = facts_of("Zhukov Mining Group plans to invest in Chile. Ada Obi said Zhukov is hiring. Zhukov will expand.")
    assert sorted((e.label, str(e.type)) for e in facts.entities) == [
        ("Ada Obi", "Person"), ("Chile", "Place"), ("Zhukov Mining Group", "Organization")]
    facts = facts_of("President Tom Hale spoke. The Hale Administration will act. Hale said so.")
    assert ("Tom Hale", "Person") in [(e.label, str(e.type)) for e in facts.entities]


@pytest.mark.parametrize("text,facts", [
    # a state's word NER left out of its name; "the state Commissioner": the article's state's
    ("The Ogun State Governor, Barrister Ada Obi, has promised to finish the roads.",
     [("Ada Obi", "governor", "Ogun State"), ("Ada Obi", "to finish the roads")]),
    ("The Kaduna state government built a clinic. The state Commissioner for Health, Dr. Ada Obi, opened it.",
     [("Ada Obi", "commissioner for health", "Kaduna")]),
    ("Secretary of state Ada Obi spoke.", [("Ada Obi", "secretary of state", "United States")]),
    # what one sends "pledging" something is the sender's pledge; a delegation pledging is its own
    ("Norvik CEO Ada Obi has sent a message to all staff pledging changes in the group's operations.",
     [("Ada Obi", "ceo", "Norvik"), ("Ada Obi", "changes in the group's operations")]),
    ("Ada Obi met a delegation pledging support.", []),
    # "it" in a relative clause is the country the clause depends on
    ("The Norvik Fund said Kenya must repay the loans it has promised to repay.", [("Kenya", "to repay")]),
    # a lone company's officers, when the story names no other organization
    ("Cisco CEO Jane Roe wrote a memo. Roe said Cisco would work with recently appointed COO Tom Hale.",
     [("Jane Roe", "ceo", "Cisco"), ("Tom Hale", "coo", "Cisco")]),
])
def test_rules_state_posts_senders_and_relative_pronouns(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts
    assert "Barrister" not in lab.values()


@pytest.mark.parametrize("text,facts", [
    # a lower-case title compounding a name NER called an organization: the name is a person's
    ("Newly-elected Kessly rowing chief Najam Ruml vowed on Wednesday to build a boathouse.",
     [("Najam Ruml", "to build a boathouse")]),
    # "after being elected chairman of X": the main clause's subject
    ("Ada Obi made the promise after being elected chairman of the Norvik Rowing Club for a three-year term.",
     [("Ada Obi", "chairman", "Norvik Rowing Club")]),
    ("Ada Obi spoke after Tom Hale was elected chairman.", [("Tom Hale", "chairman", None)]),
    # an untyped name that becomes a title holder is a person
    ("Ardi Wiryanto will officially become a Jakarta Governor on Monday. He pledged to fix the floods.",
     [("Ardi Wiryanto", "governor", "Jakarta"), ("Ardi Wiryanto", "to fix the floods")]),
    ("Kessly Harbour will become a port city.", []),
    # "general director with Acme Vietnam": where the post is held; "the mayor with X" is company kept
    ("Olcan Demir, general director with Norvik Group, said sales rose.",
     [("Olcan Demir", "general director", "Norvik Group")]),
    ("Ada Obi, the mayor with Tom Hale, spoke.", [("Ada Obi", "mayor", None)]),
    # a rank is no name, and no post: the post before it is his
    ("Also present was Secretary-General Brig. Gen. Tom Hale.", [("Tom Hale", "secretary-general", None)]),
])
def test_rules_names_compounded_with_titles_and_posts_won(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts
    assert not {"Brig", "Brig."} & set(lab.values())


@pytest.mark.parametrize("text,facts", [
    # "the province" is the province the story names
    ("Saskatchewan Premier Tom Hale spoke in Regina. Hale reaffirmed the province’s commitment to fight the tax.",
     [("Tom Hale", "premier", "Saskatchewan"), ("Saskatchewan", "to fight the tax")]),
    # "Title for Portfolio, Name MSP," and a later "the Title" is that person
    ("The meeting was joined by Cabinet Secretary for Transport, Fiona Grant MSP, who listened. At the summit, the "
     "Cabinet Secretary also committed to replacing the ageing ferry.",
     [("Fiona Grant", "cabinet secretary for transport", None), ("Fiona Grant", "msp", None),
      ("Fiona Grant", "to replacing the ageing ferry")]),
    # "re-pledge", "re-committed": the verb; "commitments, including A and B": one pledge each
    ("Premier Tom Hale used a visit to Kessly High School to re-pledge election commitments, including a new "
     "secondary school in Lima and new primary schools in Cusco.",
     [("Tom Hale", "premier", None), ("Tom Hale", "a new secondary school in Lima"),
      ("Tom Hale", "new primary schools in Cusco")]),
    ("Ada Obi made promises, including schools for boys and girls.", [("Ada Obi", "schools for boys and girls")]),
    ("Ada Obi re-committed to building the road.", [("Ada Obi", "to building the road")]),
    ("His commitments, including a new clinic, were broken.", []),
])
def test_rules_provinces_portfolio_titles_and_listed_commitments(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,facts", [
    # "St." for "Saint" names the country; a Governor General is a national office
    ("CASTRIES, St. Lucia – Ada Obi was sworn in on Friday by Governor General Tom Hale at Government House.",
     [("Tom Hale", "governor general", "St. Lucia")]),
    # "Title to the Government/President Name": one title, national
    ("LILONGWE, Malawi - Speaking earlier, Chief Secretary to the Government Peter Mwale commended the cabinet.",
     [("Peter Mwale", "chief secretary to the government", "Malawi")]),
    ("Special Adviser to the President Tom Hale spoke.", [("Tom Hale", "special adviser to the president", None)]),
    ("He gave the award to the President Tom Hale.", [("Tom Hale", "president", None)]),
    # a venue after the name is not where the post is held; "his resignation as" is no post
    ("He swore in Attorney General Tom Hale at Kessly International Convention Centre.",
     [("Tom Hale", "attorney general", None)]),
    ("Prime Minister Tom Hale spoke. The opposition will be led by Ada Obi, who on Friday announced his "
     "resignation as party leader.", [("Tom Hale", "prime minister", None)]),
])
def test_rules_national_titles_and_venues(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


def test_rules_a_middle_initial_is_the_middle_name(facts_of):
    facts = facts_of("Peter Joseph Mwale was sworn in. Prime Minister Peter J Mwale spoke. Jane Ann Mwale left.")
    assert sorted(e.label for e in facts.entities) == ["Jane Ann Mwale", "Peter Joseph Mwale"]


@pytest.mark.parametrize("text,facts", [
    # an initialism opening a sentence, then a description: no dateline, the name stays as written
    ("NVKB, for instance, a locally based recruiting firm, pledged $100,000 to the campaign in March.",
     [("NVKB", "$100,000 to the campaign")]),
    # a name the parser hung on a fronted phrase commits
    ("During her speech Rachel Hale pledged to not slash funding to core public services.",
     [("Rachel Hale", "to not slash funding to core public services")]),
    ("Unfazed by criticism, Governor Rachel Hale on Thursday, February 2, vowed to hire more nurses.",
     [("Rachel Hale", "governor", None), ("Rachel Hale", "to hire more nurses")]),
    # not a name inside the fronted phrase itself
    ("Unfazed by criticism from Senator Tom Hale on Thursday, the party vowed to fight on.",
     [("Tom Hale", "senator", None)]),
    # a title of an organization NER ran into the name after it; lower-case "chairman of the ..."
    ("Addressing the ceremony, chairman of the provincial People’s Committee Le Anh Duong pledged to help investors.",
     [("Le Anh Duong", "chairman", "People’s Committee"), ("Le Anh Duong", "to help investors")]),
    ("He met the chairman of Norvik Bank Tom Hale.", [("Tom Hale", "chairman", "Norvik Bank")]),
    ("New Vice-Chancellor of the Norvik State University, Prof. Ada Obi, called for calm.",
     [("Ada Obi", "vice-chancellor", "Norvik State University")]),
    # in a list "A, the Director of X, B, President of Y", each title is the name's before it
    ("It was attended by Mr Tom Hale, the Director of the Kessly Sports College, Mr Peter Mwale, President of the "
     "Norvik Olympic Committee, and others.",
     [("Tom Hale", "director", "Kessly Sports College"), ("Peter Mwale", "president", "Norvik Olympic Committee")]),
    ("The summit was attended by Ada Obi, Secretary-General of the UN, Tom Hale, and others.",
     [("Ada Obi", "secretary-general", "UN")]),
])
def test_rules_initialisms_fronted_names_and_titled_lists(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


def test_rules_a_title_case_headline_affirms_a_commitment(facts_of):
    facts = facts_of("Premier Tom Hale Affirms Unwavering Commitment to Serving Norvik Province\n\nTom Hale spoke.")
    lab = labels(facts)
    assert [project(p, lab) for p in facts.pledges] == [("Tom Hale", "to Serving Norvik Province")]


def test_rules_a_pledge_in_apposition_to_the_subject(facts_of):
    facts = facts_of("For the new rector of Norvik University, Professor Tom Hale, his pledge was to build a library.")
    assert [project(p, labels(facts)) for p in facts.pledges] == [("Tom Hale", "to build a library")]


@pytest.mark.parametrize("text,facts", [
    ("Prime Minister Tom Hale visited Norvik on Monday. Finance Minister Ada Obi presented the budget. The PM "
     "pledged to cut taxes.", [("Tom Hale", "prime minister", None), ("Ada Obi", "finance minister", None),
                               ("Tom Hale", "to cut taxes")]),
    ("Acme Health pledged to donate 20,000 N95 masks to Kessly hospitals.",
     [("Acme Health", "to donate 20,000 N95 masks to Kessly hospitals")]),
    ("Ada Obi received a letter from Tom Hale pledging support for the new clinic.", []),
    ("The mayor, Ada Obi, praised Tom Hale, who backed her pledge to build 500 homes.",
     [("Ada Obi", "mayor", None), ("Ada Obi", "to build 500 homes")]),
    ("Former Acme Bank executives vowed to sue the bank over unpaid bonuses.", []),
    ("Greenpeace protested outside the plant. Green leader Tom Hale pledged to close it.",
     [("Tom Hale", "to close it")]),
    ("The mayor, Tom Hale, pledged to fix the roads. Ada Obi flew in from Singapore to attend.",
     [("Tom Hale", "mayor", None), ("Tom Hale", "to fix the roads")]),
    ("Ada Obi, Governor of Lagos State and the Chief Justice inspected the new court on Monday.",
     [("Ada Obi", "governor", "Lagos State")]),
    ("Tom Hale, state secretary at the Kessly finance ministry, said so.",
     [("Tom Hale", "state secretary", "Kessly finance ministry")]),
    ("Sheriff Tom Hale said the suspect fled to Norvik County.", [("Tom Hale", "sheriff", None)]),
    ("Acme Bank pledged $5 million for the hospital in Kessly and $2 million for schools in Norvik.",
     [("Acme Bank", "$5 million for the hospital"), ("Acme Bank", "$2 million for schools in Norvik")]),
    # a country named by demonym and inside a place's name is the story's
    ("Ugandans cheered on Monday. President Tom Hale toured Northern Uganda.", [("Tom Hale", "president", "Uganda")]),
])
def test_rules_red_team_negatives_of_this_round(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,absent", [
    ("NORVIK (Reuters) - Ada Obi pledged to reopen the mill.", {("NORVIK", "Organization"), ("Norvik", "Organization")}),
    ("The chairman of the Kessly Teachers Union Western Region said the strike would continue.",
     {("Western Region", "Person")}),
    ("Jordan Hale Named Kessly Rovers Captain\n\nThe defender, 24, will lead the side.", {("Jordan", "Place")}),
    ("KESSLY, home to 40,000 people, flooded again. Mayor Tom Hale vowed to help.", {("KESSLY", "Person")}),
])
def test_rules_red_team_entities_of_this_round(facts_of, text, absent):
    assert not absent & {(e.label, str(e.type)) for e in facts_of(text).entities}


@pytest.mark.parametrize("text,facts", [
    # "An ally, X vowed": parsed with two subjects, the name commits; "We, Acme staff pledge" is no name
    ("An important Kessish ally, King Abdullah also vowed a tougher fight against corruption.",
     [("Abdullah", "king", None), ("Abdullah", "a tougher fight against corruption")]),
    # a country written with its diacritics; a person NER named after it, run into one place
    ("General Director of Foxconn in Việt Nam Chen Xianwei, on behalf of the investors, pledged to abide by laws.",
     [("Chen Xianwei", "to abide by laws")]),
])
def test_rules_two_subjects_and_diacritic_countries(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


def test_rules_a_place_and_its_state_stay_one_name(facts_of):
    names = {(e.label, str(e.type)) for e in facts_of("Ada Obi flew to Washington, DC on Monday.").entities}
    assert ("Washington, DC", "Place") in names or ("Washington", "Place") in names
    assert not any(n.startswith(",") for n, _ in names)


@pytest.mark.parametrize("text,facts", [
    # "sworn into office by X" is an inauguration, no pledge of X's
    ("Ada Obi spoke after he was sworn into office by Governor General Tom Hale at his residence.",
     [("Tom Hale", "governor general", None)]),
    # the pronoun attributing a quotation is not someone the quotation names
    ("Karachi Mayor Ada Obi thanked the people. “Chairman Tom Hale has directed us to work without any "
     "discrimination,” she said. “You will see the things rolling in the right direction,” she promised.",
     [("Ada Obi", "mayor", "Karachi"), ("Tom Hale", "chairman", None),
      ("Ada Obi", "You will see the things rolling in the right direction")]),
])
def test_rules_inaugurations_and_quoted_names(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


def test_rules_an_organizations_spokesperson_speaks_for_it(facts_of):
    facts = facts_of("A Norvik Bank spokesperson said: “We are committed to keeping the plant open.”")
    assert [project(p, labels(facts)) for p in facts.pledges] == [("Norvik Bank", "to keeping the plant open")]
    assert facts_of("A spokesperson said: “We are committed to keeping the plant open.”").pledges == []


@pytest.mark.parametrize("text,facts", [
    # "our" in the words of a company's officer is the company's; a council leader's is the leader's own
    ("Tom Hale, Managing Director of Norvik Foods Ltd, said: “We remain committed to keeping the plant open.”",
     [("Tom Hale", "managing director", "Norvik Foods Ltd"), ("Norvik Foods Ltd", "to keeping the plant open")]),
    ("Ada Obi, leader of Kessly County Council, said: “That is our pledge to protect services.”",
     [("Ada Obi", "leader", "Kessly County Council"), ("Ada Obi", "to protect services")]),
    ("Tom Hale, chairman of Norvik Bank, said: “I promise to keep the branch open.”",
     [("Tom Hale", "chairman", "Norvik Bank"), ("Tom Hale", "to keep the branch open")]),
])
def test_rules_we_of_a_company_officer_is_the_company(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,facts", [
    # a council's cabinet member (for a portfolio) and its deputy leader: the one council the story names
    ("Leeds City Council met on Monday. Tom Hale, cabinet member for parks and leisure, said the pools "
     "would stay open. Deputy Leader Ada Obi agreed.",
     [("Ada Obi", "deputy leader", "Leeds City Council"),
      ("Tom Hale", "cabinet member for parks and leisure", "Leeds City Council")]),
    # "formerly" makes the post a former one
    ("Leeds City Council has a new cabinet. Tom Hale, formerly cabinet member for housing, said no.",
     [("Tom Hale", "cabinet member for housing", "Leeds City Council")]),
    # a deputy leader in a story naming no council is not placed in one
    ("Deputy Leader Ada Obi said the party would fight on.", [("Ada Obi", "deputy leader", None)]),
])
def test_rules_a_councils_cabinet_members_and_leaders(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


def test_rules_formerly_marks_a_former_post(facts_of):
    roles = facts_of("Leeds City Council has a new cabinet. Tom Hale, formerly cabinet member for "
                     "housing, said no.").roles
    assert [r.former for r in roles] == [True]


@pytest.mark.parametrize("text,facts", [
    # "his country is committed to": the country named with the speaker's title
    ("Chilean Trade Minister Tom Hale said his country supports the plan and is committed to cutting tariffs.",
     [("Tom Hale", "trade minister", "Chile"), ("Chile", "to cutting tariffs")]),
    ("The Peruvian trade minister, Ana Ruiz, met officials in Beijing. Ruiz said her country is committed "
     "to selling more copper.",
     [("Ana Ruiz", "trade minister", "Peru"), ("Peru", "to selling more copper")]),
    # no commitment word, no pledge
    ("Chilean Trade Minister Tom Hale said his country will sell more copper.",
     [("Tom Hale", "trade minister", "Chile")]),
])
def test_rules_his_country_commits(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,facts", [
    # "has (long) shown / has a commitment to": the subject commits
    ("Kessly University has long shown a strong commitment towards ensuring that poor students can study.",
     [("Kessly University", "towards ensuring that poor students can study")]),
    ("The Red Cross has a strong commitment to helping flood victims, its director Ada Obi said.",
     [("Ada Obi", "director", "Red Cross"), ("Red Cross", "to helping flood victims")]),
    # denied, no pledge
    ("Norvik Motors Ltd does not have a commitment to reform.", []),
])
def test_rules_a_commitment_shown_or_held(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


def test_rules_an_honorific_makes_ners_organization_a_person(facts_of):
    types = {e.label: str(e.type) for e in facts_of("Prof Lindiwe Zulu said the fund was good.").entities}
    assert types == {"Lindiwe Zulu": "Person"}
    types = {e.label: str(e.type) for e in facts_of("Dr Ada Obi Foundation pledged to build a school.").entities}
    assert types["Ada Obi Foundation"] == "Organization"


@pytest.mark.parametrize("text,facts", [
    # initiatives, alliances, societies are organizations that hold posts
    ("“We will succeed,” said Ada Obi, Program Director of the Green Energy Initiative.",
     [("Ada Obi", "program director", "Green Energy Initiative")]),
    ("Ada Obi, executive director of the Clean Air Alliance, said the law was weak.",
     [("Ada Obi", "executive director", "Clean Air Alliance")]),
    ("Tom Hale, secretary of the Kessly Rowing Society, spoke.",
     [("Tom Hale", "secretary", "Kessly Rowing Society")]),
])
def test_rules_organization_head_nouns(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert [f for f in projected if len(f) == 3] == facts


@pytest.mark.parametrize("text,facts", [
    # "the Kessish government's Envoy X": the demonym's country; "High Commissioner" one title
    ("The photo showed the Kenyan government's Special Envoy for Climate Ada Obi at the summit.",
     [("Ada Obi", "special envoy for climate", "Kenya")]),
    ("The talks were led by the Colombian government's High Commissioner for Peace Tom Hale.",
     [("Tom Hale", "high commissioner for peace", "Colombia")]),
    # a government no country names: not placed by this rule
    ("The photo showed the government's Special Envoy for Climate Ada Obi at the summit.",
     [("Ada Obi", "special envoy for climate", None)]),
])
def test_rules_a_national_governments_officer(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,facts", [
    # "hospital president and CEO X", "the hospital's chief executive, X": the hospital named before
    ("The Kessly General Hospital opened in 1990. “We will win,” said hospital president and chief executive "
     "officer Tom Hale.",
     [("Tom Hale", "president", "Kessly General Hospital"),
      ("Tom Hale", "chief executive officer", "Kessly General Hospital")]),
    ("The Norvik City Museum reopened. It was busy. The new wing is big. It has a cafe. The museum's acting "
     "director, Ada Obi, wants more visitors.",
     [("Ada Obi", "acting director", "Norvik City Museum")]),
    # a museum never named: no place for the post
    ("The museum's acting director, Ada Obi, wants more visitors.", [("Ada Obi", "acting director", None)]),
])
def test_rules_an_institutions_officers(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,facts", [
    # "the Vice Chancellors of A, B and C have committed": each organization commits
    ("By signing the pledge, the Vice Chancellors of the University of Reading, University of Winchester and "
     "Newcastle University have committed to reducing carbon emissions by 30%.",
     [("University of Reading", "to reducing carbon emissions by 30%"),
      ("University of Winchester", "to reducing carbon emissions by 30%"),
      ("Newcastle University", "to reducing carbon emissions by 30%")]),
    ("The chief executives of Acme Corp and Norvik Bank pledged to hire 500 apprentices.",
     [("Acme Corp", "to hire 500 apprentices"), ("Norvik Bank", "to hire 500 apprentices")]),
    # no commitment word: nothing
    ("The chief executives of Acme Corp and Norvik Bank said they would hire 500 apprentices.", []),
])
def test_rules_the_heads_of_organizations_commit_them(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,facts", [
    # "Chairman PTA Ada Obi": the title, its organization's acronym, then the person
    ("The minister met Chairman PTA Syed Ismail Shah on Monday.", [("Syed Ismail Shah", "chairman", "PTA")]),
    ("CEO NADRA Tariq Malik Khan said the cards will be issued.", [("Tariq Malik Khan", "ceo", "NADRA")]),
    # initials open a person's name: no organization
    ("Prime Minister PV Narasimha Rao spoke.", [("PV Narasimha Rao", "prime minister", None)]),
])
def test_rules_title_acronym_name(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


def test_rules_a_road_is_a_place(facts_of):
    types = {e.label: str(e.type) for e in facts_of("Residents of Kazi Alauddin Road in Wari complained.").entities}
    assert types["Kazi Alauddin Road"] == "Place"


def test_rules_a_captions_verb_is_no_part_of_a_name(facts_of):
    labels_ = {e.label for e in facts_of("President Ada Obi Addresses the Gathering at the Maple Leaf Ball").entities}
    assert "Ada Obi" in labels_ and not any("Addresses" in n for n in labels_)
    assert {e.label for e in facts_of("Mayor Tom Hughes said the roads will be fixed.").entities} == {"Tom Hughes"}
    assert "Peter" in {e.label for e in facts_of("Governor Peter Chairing the Central Provincial Assembly Meeting")
                       .entities}
    assert {e.label for e in facts_of("Mayor Tom Manning said the roads will be fixed.").entities} == {"Tom Manning"}
    # a headline's verb after a title opens no name: "Foreign Minister Supports Strong Ties"
    people = [e.label for e in facts_of("Kazakhstan Foreign Minister Supports Strong Ties With U.S.").entities
              if str(e.type) == "Person"]
    assert people == []


def test_rules_an_attorney_general_holds_a_public_office(facts_of):
    text = ("Malawi's president swore in his cabinet in Lilongwe. The ministers and Attorney General Tom Hale "
            "took the oath. Malawi has 18 ministries.")
    assert ("Tom Hale", "attorney general", "Malawi") in roles_and_pledges(facts_of(text))[0]


@pytest.mark.parametrize("text,facts", [
    # "the commitment of X (to Y)": X commits
    ("The commitment of Acme Corp to cleaner water was praised by residents.", [("Acme Corp", "to cleaner water")]),
    # "the institution's commitment": the organization named before
    ("Kessly State University opened a fund. The fund reflects the institution's commitment to expanding access "
     "to higher education.", [("Kessly State University", "to expanding access to higher education")]),
    # an amount's of-phrase is what is pledged, not who pledges
    ("The pledge of $5 million by Acme Corp was welcomed.", [("Acme Corp", "of $5 million")]),
])
def test_rules_whose_commitment(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,facts", [
    # "A, Title of X B, Title2 C": each title is the name's it runs into
    ("He met the President of Pakistan Arif Malik, Prime Minister of Pakistan Imran Qureshi, Minister of State "
     "for IT and Telecom Ms. Sana Rahim, and others.",
     [("Arif Malik", "president", "Pakistan"), ("Imran Qureshi", "prime minister", "Pakistan"),
      ("Sana Rahim", "minister of state for it and telecom", "Pakistan")]),
    # "According to KBFN President, X, who ...", "The Acme Group CEO, X is ...": the organization before the title
    ("According to KBFN President, Okon Wilson Godwin, who was recently elected, the sport is growing.",
     [("Okon Wilson Godwin", "president", "KBFN")]),
    ("The VimpelCom Group CEO, Jo Lunder is visiting Pakistan to discuss business.",
     [("Jo Lunder", "ceo", "VimpelCom Group")]),
    # a list keeps the title with the name before it
    ("The report was praised by Ada Obi, Acme CEO, Tom Hale, and Ann Lee.", [("Ada Obi", "ceo", "Acme")]),
    # "X, IFRC secretary general": the organization compounded with the title
    ("The International Federation of Red Cross (IFRC) appealed. “The world cannot ignore the crisis,” said "
     "Tom Hale, IFRC secretary general.",
     [("Tom Hale", "secretary general", "International Federation of Red Cross")]),
])
def test_rules_titles_with_organizations_in_lists_and_openings(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


def test_rules_the_country_a_story_writes_as_owner_holds_its_offices(facts_of):
    # India is named more, but Nepal is the owner ("Nepal's territory"): the minister is Nepal's
    text = ("Foreign Minister Tom Hale has pledged not to allow encroachment of Nepal’s territory. He said Prime "
            "Minister Ada Obi’s visit to India was fruitful. Talks were held with India on exports to India. "
            "India will buy power. The records of Nepal’s ministry will be kept safe.")
    roles = [r for r in roles_and_pledges(facts_of(text))[0] if len(r) == 3]
    assert ("Tom Hale", "foreign minister", "Nepal") in roles


def test_rules_a_dateline_from_a_capital_weighs_for_its_country(facts_of):
    text = ("KATHMANDU: Minister for Energy Tom Hale has reaffirmed the government’s commitment to hydropower. "
            "India’s GMR Group and India’s banks will invest. Nepal will export power.")
    roles = [r for r in roles_and_pledges(facts_of(text))[0] if len(r) == 3]
    assert ("Tom Hale", "minister for energy", "Nepal") in roles


@pytest.mark.parametrize("dateline,country", [
    ("Valley Times - LIMA (Andina)--", "Peru"),  # a capital after the publisher's name weighs for its country
    ("Valley Times - TRUJILLO (Andina)--", "Chile"),  # not a capital: the country named most, then first
])
def test_rules_a_capital_dateline_after_the_publishers_name(facts_of, dateline, country):
    text = (f"{dateline}Prime Minister Tom Hale received a Chilean envoy. Chilean officials praised "
            "Peru's reforms. Peru will hold elections.")
    roles = [r for r in roles_and_pledges(facts_of(text))[0] if len(r) == 3]
    assert ("Tom Hale", "prime minister", country) in roles


@pytest.mark.parametrize("text,facts", [
    # a bishop of the one diocese the story names; "Bishop Ada Obi" that NER took for an organization
    ("The Catholic Diocese of Albany has a new leader. Bishop Ada Obi said the churches will stay open.",
     [("Ada Obi", "bishop", "Catholic Diocese of Albany")]),
    # a council's portfolio holder
    ("Bradford Council met. He praised Councillor David Green, Bradford Council’s portfolio holder for "
     "regeneration, economy and sustainability, in January.",
     [("David Green", "councillor", "Bradford Council"),
      ("David Green", "portfolio holder for regeneration, economy and sustainability", "Bradford Council")]),
    # a record holder holds no post
    ("World record holder Ada Obi won again.", []),
])
def test_rules_bishops_and_portfolio_holders(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


def test_rules_a_country_known_only_from_its_capitals_dateline(facts_of):
    # no demonym, no name of the country as a place: the dateline's capital gives it
    text = ("Kathmandu, Dec 13 : Minister for Physical Infrastructure Tom Hale visited the road with former Prime "
            "Minister Ada Nepal. The Nepal Roads Board and the Nepal Telecom office were there. “I will finish "
            "the road,” Hale said.")
    facts = facts_of(text)
    assert facts.entities  # built, no error
    assert ("Tom Hale", "minister for physical infrastructure", "Nepal") in roles_and_pledges(facts)[0]


@pytest.mark.parametrize("text,facts", [
    # "X, the Amoamanhene, who is the A's representative and Vice Chairman of the board": X, both titles
    ("The Kessly Water Board was inaugurated. The other members are Tom Hale, the Amoamanhene, who is the "
     "chief’s representative and Vice Chairman of the board.",
     [("Tom Hale", "vice chairman", "Kessly Water Board")]),
    # "X, serving as secretary to the board": the participle's name
    ("The Kessly Water Board met. Others are Tom Hale, with Ada Obi, serving as secretary to the board.",
     [("Ada Obi", "secretary", "Kessly Water Board")]),
    # "a mother and a teacher" are no posts
    ("Ada Obi is a mother and a teacher.", []),
])
def test_rules_relative_and_participle_posts(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert [f for f in projected if f[2] is not None] == facts


@pytest.mark.parametrize("text,facts", [
    # "the Kessish Deputy Prime Minister and Foreign Minister, X": both posts, both the demonym's country
    ("Wang Yi called the Kazakh Deputy Prime Minister and Foreign Minister, Mukhtar Tileuberdi.",
     [("Mukhtar Tileuberdi", "deputy prime minister", "Kazakhstan"),
      ("Mukhtar Tileuberdi", "foreign minister", "Kazakhstan")]),
    # no "and" left at a title's start: "president and CEO" are two posts
    ("Ada Obi met the president and CEO of Acme Corp, Tom Hale.",
     [("Tom Hale", "ceo", "Acme Corp"), ("Tom Hale", "president", "Acme Corp")]),
])
def test_rules_two_titles_share_their_place(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,facts", [
    # "the minister at the time X said, 'I promise you that ...'": the name, of the two subjects the parser gives
    ("Seeing the flooding in 2017, the local government minister at the time Ada Obi said, “I promise you that "
     "there will be no waterlogging in the city next year.”",
     [("Ada Obi", "that there will be no waterlogging in the city next year")]),
    # "He said the storm was a reminder and pledged to ...", parsed with "pledged" under the reported clause
    ("Prime Minister Tom Hale toured the island. He said the storm was a stark reminder of climate change and "
     "pledged to continue advocating for climate justice.",
     [("Tom Hale", "prime minister", None), ("Tom Hale", "to continue advocating for climate justice")]),
    # reported, not pledged
    ("Tom Hale said the council is committed to cutting costs.", []),
    # "promising a course of action if ...": the object is what is promised, not the condition
    ("Mayor Ada Obi spoke on Monday. Obi will ask for a report on whether there was negligence, promising a "
     "course of action if it was negligence.", [("Ada Obi", "mayor", None), ("Ada Obi", "a course of action")]),
    # nor a time clause parsed under the verb ("promising X, two weeks after Y lifted ...")
    ("Club owner Ada Obi met the fans, promising a new stadium in the city, two days after the league fined the "
     "club.", [("Ada Obi", "a new stadium in the city")]),
])
def test_rules_speakers_who_pledge(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


def test_rules_a_capitalised_description_past_a_byline_is_the_person_named_next(facts_of):
    text = ("PHUKET: The new Governor of Phuket who arrived yesterday has promised that he is ready to serve the "
            "people.\n\nBy The Island News\n\nTuesday 2 October 2018, 09:51AM\n\nNew Phuket Governor Tom Hale "
            "speaks to the people yesterday morning. Photo: PR Dept\n\nGovernor Tom Hale made his promise in "
            "public at 11am yesterday.")
    projected, lab = roles_and_pledges(facts_of(text))
    assert ("Tom Hale", "that he is ready to serve the people") in projected
    assert ("Tom Hale", "governor", "Phuket") in projected
    assert "New Phuket" not in lab.values()


def test_rules_an_institution_named_after_its_town_is_one_name(facts_of):
    facts = facts_of("CAMBRIDGE — Cambridge Memorial Hospital got a $2-million boost. “We will win,” said hospital "
                     "president Tom Hale.")
    assert ("Tom Hale", "president", "Cambridge Memorial Hospital") in roles_and_pledges(facts)[0]
    # a town before a place that is no institution stays apart
    labels_ = {e.label for e in facts_of("Ada Obi flew from Lagos to Accra on Monday.").entities}
    assert {"Lagos", "Accra"} <= labels_


@pytest.mark.parametrize("text,facts", [
    # initials and a surname NER typed apart are one person; "[GHCL] Textiles Director" one organization;
    # "our promise" in the words of a company's director (title before the name) is the company's
    ("“These investments are in line with our promise to deliver value for our stakeholders,” GHCL Textiles "
     "Director R S Jalan said.",
     [("R S Jalan", "director", "GHCL Textiles"), ("GHCL Textiles", "to deliver value for our stakeholders")]),
    # a council leader's "we" stays the leader's own
    ("“We remain committed to keeping the roads open,” Kessly County Council leader Tom Hale said.",
     [("Tom Hale", "leader", "Kessly County Council"), ("Tom Hale", "to keeping the roads open")]),
])
def test_rules_a_directors_our_and_initials(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,facts", [
    # "Minister of Foreign Affairs and International Trade of Zimbabwe X": the portfolio, then the country
    ("Ada Obi met the Minister of Foreign Affairs and International Trade of Zimbabwe Frederick Shava in Minsk.",
     [("Frederick Shava", "minister of foreign affairs and international trade", "Zimbabwe")]),
    # "Ethiopia new Prime Minister Dr. X has vowed": the country stays a place, the person vows
    ("Ethiopia new Prime Minister Dr. Abiye Ahmed has vowed to bring economic transformations.",
     [("Abiye Ahmed", "prime minister", "Ethiopia"), ("Abiye Ahmed", "to bring economic transformations")]),
])
def test_rules_a_country_before_or_after_a_title(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert [f for f in projected if f[0] != "Ada Obi"] == facts
    assert not any(label.startswith("of ") for label in lab.values())


def test_rules_a_headlines_bare_common_noun_is_the_one_body_named_so(facts_of):
    facts = facts_of("School promises improvements after poor report\n\nSue Roberts, head of Haddenham Junior "
                     "School, said the school would improve.")
    assert ("Haddenham Junior School", "improvements") in roles_and_pledges(facts)[0]
    # two companies: no way to tell which
    facts = facts_of("Company vows to keep plant open\n\nAcme Foods Ltd and Norvik Bank said the plant would stay.")
    assert facts.pledges == []


def test_rules_a_possessive_inside_a_for_phrase_stays_in_the_name(facts_of):
    labels_ = {e.label for e in facts_of("David Alexander, president and CEO of the Lucile Packard Foundation for "
                                         "Children’s Health, said the gift is big.").entities}
    assert "Lucile Packard Foundation for Children’s Health" in labels_


@pytest.mark.parametrize("text,facts", [
    # a lede's shouted first word opens the compass-named seat after it
    ("BURY North MP David Nuttall, who pledged to save threatened services at the hospital, spoke.",
     [("David Nuttall", "mp", "Bury North"), ("David Nuttall", "to save threatened services at the hospital")]),
    # "was designated as the new regional director of X"
    ("Esquivel replaced Chief Supt. Tom Hale who was designated as the new regional director of the Kessly "
     "Police Regional Office.", [("Tom Hale", "regional director", "Kessly Police Regional Office")]),
])
def test_rules_shouted_ledes_and_designations(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert [f for f in projected if len(f) == 2 or f[2] is not None] == facts


def test_rules_a_statement_in_straight_quotes_over_paragraphs_is_its_issuers(facts_of):
    # "X issued the following statement:", then paragraphs each opened by a straight quote
    text = ('Kessly Police Chief Tom Hale issued the following statement this morning:\n"To our citizens,\n'
            '"Recent events shocked us all. I have spoken to many officers.\n'
            '"Those actions do not align with our values. We remain committed to serving every member of this '
            'community with respect.\n"Sincerely, Tom Hale"')
    pledges = [p for p in roles_and_pledges(facts_of(text))[0] if len(p) == 2]
    assert pledges == [("Tom Hale", "to serving every member of this community with respect")]


def test_rules_an_honorific_left_out_of_the_name_is_kept_as_a_form_of_it(facts_of):
    people = [e for e in facts_of("Sheikh Sabah al-Ahmed al-Sabah made the pledge at the conference.").entities
              if str(e.type) == "Person"]
    assert [(e.label, sorted(e.aliases)) for e in people] == [
        ("Sabah al-Ahmed al-Sabah", ["Sheikh Sabah al-Ahmed al-Sabah"])]


def test_rules_a_royal_title_is_kept_as_a_form_of_the_name(facts_of):
    people = [e for e in facts_of("In a televised address, King Abdullah II promised further changes.").entities
              if str(e.type) == "Person"]
    assert [(e.label, "King Abdullah II" in e.aliases) for e in people] == [("Abdullah II", True)]


def test_rules_a_name_and_a_colon_before_a_quotation_give_its_speaker(facts_of):
    text = ("The government spoke.\n\nVice President Ada Obi: “Our commitment to peace is our most important "
            "commitment.”\n\nPresident Tom Hale: “We promised to guarantee peace.”")
    pledges = sorted(p for p in roles_and_pledges(facts_of(text))[0] if len(p) == 2)
    assert pledges == [("Ada Obi", "to peace"), ("Tom Hale", "to guarantee peace")]


def test_rules_the_member_for_a_seat_then_a_name_are_two_names(facts_of):
    labels_ = {e.label: str(e.type) for e in facts_of("Premier Ada Obi joined the member for Bundaberg Tom Smith "
                                                      "on the campaign trail.").entities}
    assert labels_.get("Bundaberg") == "Place" and labels_.get("Tom Smith") == "Person"


def test_rules_a_city_with_a_particle_split_in_a_dateline_is_one_city(facts_of):
    labels_ = {e.label for e in facts_of("Dar es Salaam. The new ministers who were sworn into Office in Dar es "
                                         "Salaam yesterday spoke.").entities}
    assert labels_ == {"Dar es Salaam"}


def test_rules_a_police_chiefs_we_is_the_police_force_the_story_names(facts_of):
    text = ('Kessly Police Chief Tom Hale issued the following statement this morning:\n"To our citizens,\n'
            '"Those actions do not align with the values of the Kessly Police Department. We remain committed to '
            'serving every member of this community with respect.\n"Sincerely, Tom Hale"')
    pledges = [p for p in roles_and_pledges(facts_of(text))[0] if len(p) == 2]
    assert pledges == [("Kessly Police Department", "to serving every member of this community with respect")]


def test_rules_a_seat_joined_by_hyphens_is_one_place(facts_of):
    facts = facts_of("Opposition member Tom Hale, Wildrose MLA for Barrhead-Morinville-Westlock, was not impressed.")
    assert ("Tom Hale", "mla", "Barrhead-Morinville-Westlock") in roles_and_pledges(facts)[0]


@pytest.mark.parametrize("text,facts", [
    # "St. Albert NDP MLA X": the seat, then the party; a legislator's post is held in the seat
    ("St. Albert NDP MLA Marie Renaud was pleased with the plan.", [("Marie Renaud", "mla", "St. Albert")]),
    # a party chairman's post stays the party's
    ("Lagos APC Chairman Tom Hale spoke.", [("Tom Hale", "chairman", "APC")]),
])
def test_rules_a_place_and_a_party_before_a_title(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert projected == facts


@pytest.mark.parametrize("text,expected", [
    # a street's or square's head makes a place even of what NER calls a person
    ("Residents on Kessly Lawson Drive said the work was late.", {("Kessly Lawson Drive", "Place")}),
    ("The crash closed Roehampton Square on Tuesday.", {("Roehampton Square", "Place")}),
    # a newspaper's head makes an organization ("the Connacht Tribune")
    ("Mary Walsh told the Eastmoor Tribune that she would stand.",
     {("Mary Walsh", "Person"), ("Eastmoor Tribune", "Organization")}),
    # a person whose surname is such a word stays a person
    ("Diane Lane said she was pleased.", {("Diane Lane", "Person")}),
    ("Bill Law said the plan would work.", {("Bill Law", "Person")}),
    # a common noun's initialism is no name; a named body's acronym is one
    ("FDI inflows rose as the ICT sector grew, the WHO said. Nurses lacked PPE.", {("WHO", "Organization")}),
    ("The Ministry of SMEs and Startups said it would help.", {("Ministry of SMEs and Startups", "Organization")}),
    # an abbreviated title NER put inside an organization's name: the rest is a person
    ("Speaking at the launch, Cllr Coghill said the scheme would help.", {("Coghill", "Person")}),
    ("CM Sarma said the state would build roads.", {("Sarma", "Person")}),
    ("General Motors said it would invest.", {("General Motors", "Organization")}),
    # a demonym before a title NER took into a name is no organization
    ("Australian Chargé d’affaires Stuart Campbell said the embassy would help.",
     {("Stuart Campbell", "Person"), ("Australia", "Place")}),
    # a surname that is also a place's name, after an honorific or an abbreviated title, is a person's
    ("Cllr Greenland said the council would act.", {("Greenland", "Person")}),
    ("Mr Jordan said the plan would work.", {("Jordan", "Person")}),
    ("Jordan said the plan would work.", {("Jordan", "Place")}),
    # an acronym before a title is the body the post is held in, not a portfolio
    ("They met U.N. Secretary General Antonio Guterres.", {("U.N.", "Organization"), ("Antonio Guterres", "Person")}),
    # "Red Crescent" is no street
    ("The Tunisian Red Crescent said it would help.", {("Tunisian Red Crescent", "Organization")}),
    # a short form of a name whose head has a doubled letter ("Commission", "Committee") is the same body
    ("A proposal by the Kessish Sports Commission failed. The Sports Commission had waited for 18 months.",
     {("Kessish Sports Commission", "Organization")}),
    ("The Eastmoor Planning Committee met. The Planning Committee said no.", {("Eastmoor Planning Committee", "Organization")}),
    # a description with a possessive, a superlative or a person is no body's name
    ("The University of Sydney, Australia’s oldest university, will act.",
     {("University of Sydney", "Organization"), ("Australia", "Place")}),
    ("Minister Ada Obi’s office said no.", {("Ada Obi", "Person")}),
    # a name compounding a body's common noun is the body: "Brazil's Bndes development bank"
    ("The money goes to Brazil's Bndes development bank.", {("Brazil", "Place"), ("Bndes", "Organization")}),
    # "X's parent company Y": a description of the name that follows
    ("Acme’s parent company VimpelCom has invested in Kessly.",
     {("Acme", "Organization"), ("VimpelCom", "Organization"), ("Kessly", "Place")}),
    # the common noun named after its place stays one organization
    ("Beijing's liaison office in Hong Kong said so.",
     {("Beijing's liaison office in Hong Kong", "Organization"), ("Beijing", "Place"), ("Hong Kong", "Place")}),
    # a dateline's city is a place however NER types it elsewhere
    ("KARACHI: Newly elected Mayor of Karachi, Ada Obi, has vowed to serve the city, ARY News reported. "
     "He promised to bring back the glory of Karachi.",
     {("Karachi", "Place"), ("Ada Obi", "Person"), ("ARY News", "Organization")}),
    # "[today's] Ministerial Council": no lower-case name before the possessive
    ("At today’s Ministerial Council, they agreed, Minister Tom Hale said.",
     {("Ministerial Council", "Organization"), ("Tom Hale", "Person")}),
    # "[Chair of New Zealand]'s group": the title's country, not an organization
    ("He will step down as Chair of New Zealand's Regional Sector Group.",
     {("New Zealand", "Place"), ("Regional Sector Group", "Organization")}),
    # a shorter name of the one event of its kind the story names is that event
    ("Athletes prepared for the Tokyo Olympic Games. The Olympics will open in July. Tokyo Games chiefs agreed.",
     {("Tokyo Olympic Games", "Event")}),
    # not a women's event, nor one of two
    ("Fans watched the World Cup and the Women’s World Cup.", {("World Cup", "Event"), ("Women’s World Cup", "Event")}),
    ("The 2015 World Cup and the 2019 World Cup were held. The World Cup grew.",
     {("2015 World Cup", "Event"), ("2019 World Cup", "Event"), ("World Cup", "Event")}),
    # "Mine" heads a place's name, "Electric" a company's
    ("Workers at the Kessly Gold Mine went on strike, Johnson Electric said.",
     {("Kessly Gold Mine", "Place"), ("Johnson Electric", "Organization")}),
    # a person's name has no lower-case word but a particle
    ("The grace period ended, said Marina del Pilar Avila and Ali bin Omar.",
     {("Marina del Pilar Avila", "Person"), ("Ali bin Omar", "Person")}),
    # an election is an event, and a date NER took for one is none
    ("Voters go to the polls in the February 11 General Election in Cebu.",
     {("General Election", "Event"), ("Cebu", "Place")}),
    ("The Lagos State Independent Electoral Commission said so.",
     {("Lagos State Independent Electoral Commission", "Organization")}),
    # a name NER left unclaimed after "Title of Place State": the person's, not "State Ada Obi"
    ("He met the Governor of Lagos State Ada Obi on Monday.", {("Lagos", "Place"), ("Ada Obi", "Person")}),
    # an untyped capitalised word saying or committing is a surname only of a full name the text gives
    ("Unite pledged to strike on Monday, and Aslef said drivers would walk out.", {("Aslef", "Person")}),
    ("The Collector also promised meal provisions and health camps.", set()),  # a title with "the"
    (" date 2024-12-31 Govt vows to pursue more FTAs in 2025\n\nThe ministry said trade will grow.", set()),  # a headline's
    # a constituency's compass words are no person's name after its place
    ("He is the Member of Parliament for Mzimba South West Constituency.",
     {("Mzimba South West Constituency", "Place")}),
    # a person's name ends before "-led", "-backed": not a party "Imran Khan-led"
    ("The PTI, the Imran Khan-led party, said it will protest.", {("PTI", "Organization"), ("Imran Khan", "Person")}),
    # a station's call letters in brackets after a dateline's place are not the place's short form
    ("DAYTON, Ohio (WKEF) — The school board met on Monday.",
     {("Dayton", "Place"), ("Ohio", "Place"), ("WKEF", "Organization")}),
    ("The Eastmoor Local Government Area (LGA) said the LGA will pave roads.", {("Eastmoor Local Government Area", "Organization")}),
    # "... News" names a publisher even where NER says a person
    ("Tom Hale News - LAGOS (Bada)--The talks went well.",
     {("Tom Hale News", "Organization"), ("LAGOS", "Place"), ("Bada", "Organization")}),
    # a name with the common noun saying what it is: the name ("a Kessly Holdings company", "the Xinhua news agency")
    ("Birch Mills Ltd., a Kessly Holdings company, will add jobs.",
     {("Birch Mills Ltd.", "Organization"), ("Kessly Holdings", "Organization")}),
    ("The Xinhua news agency reported it.", {("Xinhua", "Organization")}),
    ("He met the Lagos State government.", {("Lagos State", "Place")}),
    ("He met the Kessly State government.", {("Kessly State government", "Organization")}),
    # a "person" NER names by one word only, never after a title or honorific nor saying or vowing, is no person;
    # "Mayor Murray", "Putin vowed" are
    ("Jostens job growth proves its commitment to Sedalia, Ada Obi said.", {("Sedalia", "Place"), ("Ada Obi", "Person")}),
    ("Mayor Murray said the budget is tight.", {("Murray", "Person")}),
    ("Putin vowed to press on with the offensive in eastern Ukraine.", {("Putin", "Person"), ("Ukraine", "Place")}),
    # a bill's number and a company's bare designator are no names
    ("The Governor signed HB 563 into law.", set()),
    ("Clean Tech Silicon & Bar, LLC will not build the plant.", {("Clean Tech Silicon & Bar", "Organization")}),
    # a credit with a slash in brackets or with spaces is no name; a party's name with one is
    ("LAGOS (The Daily Planet/ANN) - The council approved the bridge.", {("Lagos", "Place")}),
    ("He said the People's Progressive Party/Civic will win.", {("People's Progressive Party/Civic", "Organization")}),
    # a body's portfolio list that NER cut at "and" is the body's name, not "and Ada Obi" or "and Kenya Red Cross"
    ("Officials of the Ministry of Inner Cities and Zongo Development met.",
     {("Ministry of Inner Cities and Zongo Development", "Organization")}),
    ("The Department of Agriculture, Forestry and Fisheries will help.",
     {("Department of Agriculture, Forestry and Fisheries", "Organization")}),
    ("The Ministry of Finance and Ada Obi met.", {("Ministry of Finance", "Organization"), ("Ada Obi", "Person")}),
    # a body or a building named after a post is one name with it; a person is not
    ("The talks were held at the President's House, President's Media Division said.",
     {("President's House", "Place"), ("President's Media Division", "Organization")}),
    ("He will appoint an officer at the Prime Minister's Office.", {("Prime Minister's Office", "Organization")}),
    ("The President's wife Ada Obi spoke.", {("Ada Obi", "Person")}),
    # "coalition" in lower case says what the name is; "Alliance" in capitals is part of it
    ("The Freedom Advances coalition won. The Democratic Alliance lost.",
     {("Freedom Advances", "Organization"), ("Democratic Alliance", "Organization")}),
    # a kibbutz is a place
    ("Residents of Kibbutz Nir Oz returned on Sunday.", {("Kibbutz Nir Oz", "Place")}),
])
def test_rules_names_and_their_types(facts_of, text, expected):
    assert {(e.label, str(e.type)) for e in facts_of(text).entities} == expected


@pytest.mark.parametrize("text,facts", [
    # "the TITLE of X, NAME," parsed with the name as a conjunct of X
    ("Some residents feel the mayor of Durban, Peter Jensen, and senior officials have failed them.",
     [("Peter Jensen", "mayor", "Durban")]),
    # two titles joined by "and" before the name: two posts
    ("The president and CEO of software company Acme, Jane Roe, apologized to customers.",
     [("Jane Roe", "president", "Acme"), ("Jane Roe", "ceo", "Acme")]),
    # a later name is not given the first list item's title
    ("The president of Acme, Jane Roe, and the chairman of Kessly Bank, Tom Hale, met.",
     [("Jane Roe", "president", "Acme"), ("Tom Hale", "chairman", "Kessly Bank")]),
    # a South African provincial MEC, with its portfolio, held in the province
    ("The Eastern Cape's Finance MEC, Ada Obi, pledged on Thursday to build a school.",
     [("Ada Obi", "finance mec", "Eastern Cape"), ("Ada Obi", "to build a school")]),
    # a one-word portfolio NER took for an organization is no place of the post
    ("Ministers backed a proposal by Drought Minister Tom Hale for a new group.", [("Tom Hale", "minister", None)]),
    # a chief constable, described before the sentence that names him
    ("The chief constable of Kessly police has vowed to take knives off the street. Tom Hale wants a safer county.",
     [("Tom Hale", "chief constable", "Kessly police"), ("Tom Hale", "to take knives off the street")]),
    # a lower-case "minister of" names its portfolio, not a party ("Labour")
    ("The new ministers are minister of Labour, Peter Dimba and Deputy Minister of Transport and Public Works, "
     "Baba Steven Malondera.", [("Peter Dimba", "minister of labour", None),
                                ("Baba Steven Malondera", "deputy minister of transport and public works", None)]),
    # a country a story names only inside other names, twice, holds its national posts
    ("Sport Minister Ada Obi said Netball Australia and the Australian Sports Commission would meet.",
     [("Ada Obi", "sport minister", "Australia")]),
    # once is not enough
    ("Sport Minister Ada Obi said Korean Air would fly.", [("Ada Obi", "sport minister", None)]),
    # a province's story keeps its ministers in the province
    ("Newfoundland and Labrador will freeze fees. Minister of Education Sarah Mitchell and Premier Peter Jensen "
     "said so. The Canadian Federation of Students and the Canadian Medical Association welcomed it.",
     [("Sarah Mitchell", "minister of education", "Newfoundland and Labrador"),
      ("Peter Jensen", "premier", "Newfoundland and Labrador")]),
    # districts of the country named inside other names are where its story is set
    ("The Kenya Power Authority will light 900 homes. Energy Minister Ada Obi said the Kenya Power Authority would "
     "start in Turkana and Marsabit.", [("Ada Obi", "energy minister", "Kenya")]),
    # red team: not where a minister visits from another country's capital
    ("The Kenya Power Authority will light 900 homes. Finance Minister Ada Obi, visiting from Pretoria, said the "
     "Kenya Power Authority would start in Turkana and Marsabit.", [("Ada Obi", "finance minister", None)]),
    # not a capital another country's body is named with (a foreign agency's story)
    ("The Japan International Cooperation Agency will fund the line. Transport Secretary Ben Ole said the Japan "
     "International Cooperation Agency met him in Tokyo.", [("Ben Ole", "transport secretary", None)]),
    # a federal minister in a story of provinces is their country's
    ("Farmers in Ontario and Quebec will be paid. Federal agriculture minister Ada Obi announced the payments.",
     [("Ada Obi", "federal agriculture minister", "Canada")]),
    # a story naming a state (or its people) and no country: its head of government is the state's country's
    ("The Tasmanian government will get a new hospital, Prime Minister Julia Gillard says.",
     [("Julia Gillard", "prime minister", "Australia")]),
    # a president may be a university's: no country from the states
    ("President Leroy Tam knows the value of scholarships to students. A California native, Tam spoke.",
     [("Leroy Tam", "president", None)]),
    # a bare attorney general is the country's, unless the story is a state's
    ("Attorney General Frank Mbeta spoke in Lilongwe. President Peter Mutharika agreed. Malawi is calm.",
     [("Frank Mbeta", "attorney general", "Malawi"), ("Peter Mutharika", "president", "Malawi")]),
    ("Attorney General Ken Paxton sued in Austin, Texas on Monday. Texas officials agreed.",
     [("Ken Paxton", "attorney general", "Texas")]),
    # "chief disciplinary officer Judge X": the post, then the rank the name is written with
    ("The sacking was by chief disciplinary officer Judge Jeff Blackett.",
     [("Jeff Blackett", "chief disciplinary officer", None)]),
    ("The deputy chief executive Dr Ann Lee spoke.", [("Ann Lee", "deputy chief executive", None)]),
    # "[Northumbria Police] Chief Constable X": the force, then the post
    ("Northumbria Police Chief Constable Vanessa Jardine said crime fell.",
     [("Vanessa Jardine", "chief constable", "Northumbria Police")]),
    # "Police Commissioner" after a state stays the state's
    ("Lagos Police Commissioner Ada Obi spoke.", [("Ada Obi", "police commissioner", "Lagos")]),
    # "a pledge worth $X from Y", "received a $X pledge from Y": Y pledges the amount
    ("The conference opened with a pledge worth $300 million from Kuwait.", [("Kuwait", "$300 million")]),
    ("The hospital received a $5 million pledge from Acme Corp to build a new wing.", [("Acme Corp", "$5 million")]),
    # a letter received from Y is no pledge of Y's
    ("The school received a letter from Acme Corp about the weather.", []),
    # "He is the first sitting US president to ...": the country his title is held in, named later
    ("President Joe Biden announced a contribution from Manaus in Brazil. Brazil welcomed it. Brazil is large. "
     "He is the first sitting US president to visit the rainforest.", [("Joe Biden", "president", "US")]),
    # "His Majesty King Abdullah": a style, no organization
    ("His Majesty King Abdullah on Wednesday called for a fund.", [("Abdullah", "king", None)]),
    # "its" of a reported clause's subject is the country that reports it
    ("Qatar on Tuesday reaffirmed that its steadfast commitment to the Palestinian people will not waver.",
     [("Qatar", "to the Palestinian people")]),
    # "the U.S. president" said of someone else names no country of the president the story names
    ("President Ada Obi of Kazakhstan met Tom Hale. The U.S. president sent a letter. Kazakhstan welcomed it.",
     [("Ada Obi", "president", "Kazakhstan")]),
    # "general secretary of UEFA": an acronym after a lower-case title is where the post is held
    ("Gianni Infantino, currently general secretary of UEFA, has put forward his bid.",
     [("Gianni Infantino", "general secretary", "UEFA")]),
    # "the chief constable of Hampshire police": NER's person in a body's name leaves the body
    ("The chief constable of Hampshire police has vowed to take knives off the street. Tom Hale wants a safer county.",
     [("Tom Hale", "chief constable", "Hampshire police"), ("Tom Hale", "to take knives off the street")]),
    # a title NER took for a body ("[the Minister of X and Y]"), then the name after a comma
    ("This was said by the Minister of Fisheries and Marine Resources, Tom Hale, on Thursday.",
     [("Tom Hale", "minister of fisheries and marine resources", None)]),
    # "County" ends the place NER took into a title ("[Kessly County Administrative Coordinator]")
    ("According to Kessly County Administrative Coordinator Ada Obi, the county is seeking answers.",
     [("Ada Obi", "administrative coordinator", "Kessly County")]),
    # a compass word and the name NER took apart from it are one region
    ("West Kalimantan Governor Ada Obi said roads will be built.", [("Ada Obi", "governor", "West Kalimantan")]),
    ("West Ham United manager Tom Hale said the club will recover.", [("Tom Hale", "manager", "West Ham United")]),
    # a Roman numeral after a title is the title's, not the name's; a king's is his
    ("It was attended by Kessly Finance Minister II Ada Obi.", [("Ada Obi", "finance minister ii", "Kessly")]),
    ("Pope John Paul II visited Manila.", [("John Paul II", "pope", None)]),
    # "Regent X" of the one Board of Regents the story names; not of a board of trustees
    ("The Kessly Board of Regents met on Friday. Regent Ada Obi said the deal is off.",
     [("Ada Obi", "regent", "Kessly Board of Regents")]),
    ("The Kessly Board of Trustees voted. Regent Ada Obi said the deal is off.", [("Ada Obi", "regent", None)]),
    ("NYERI, Kenya, Aug 25 – Governor Ada Obi took the oath on Thursday. The Council of Governors met.",
     [("Ada Obi", "governor", "Nyeri")]),  # a regional office stays in its region
    ("Denver District Attorney Ada Obi said charges will be filed.", [("Ada Obi", "district attorney", "Denver")]),
    # a speaker's present wish to promise is the promise; another's wish, or a past one, is not
    ("\"I want to promise that we will fix the roads,\" said Minister Ada Obi.",
     [("Ada Obi", "minister", None), ("Ada Obi", "that we will fix the roads")]),
    ("Minister Ada Obi wants to promise more roads.", [("Ada Obi", "minister", None)]),
    ("\"I wanted to promise more roads,\" said Ada Obi.", []),
    # a second title the parser hung on the first one's object is the same person's post
    ("\"It works,\" said Tom Hale, co-leader of the Kessly chapter and president of the Acme Trust.",
     [("Tom Hale", "co-leader", "Kessly"), ("Tom Hale", "president", "Acme Trust")]),
    ("Tom Hale, head of the Kessly union and members of the board, met on Monday.",
     [("Tom Hale", "head", "Kessly union")]),
    # a common noun the body's name modifies commits as the body; a title noun does not
    ("The Toyota plant has promised to hire 500 workers.", [("Toyota", "to hire 500 workers")]),
    ("The Kessly union leader vowed to fight the cuts.", []),
    # a second commitment verb the parser joined to the first one's clause is its own pledge
    ("The government of Kenya has promised to strengthen ties with Uganda and promised to inject $1 billion in "
     "the water sector.", [("Kenya", "to strengthen ties with Uganda"), ("Kenya", "to inject $1 billion in the water sector")]),
    ("Ada Obi pledged to build roads and schools.", [("Ada Obi", "to build roads and schools")]),
    # the name after an inverted commitment verb, with its lower-case title
    ("The brands will be retained, promised chief executive Tom Hale.",
     [("Tom Hale", "chief executive", None), ("Tom Hale", "The brands will be retained")]),
    ("The plan will work, told reporters Tom Hale.", []),
    # "the President of [South Sudan] [Ada Obi]": the longest known place, then the name; the place is
    # where the post is held, no portfolio
    ("Other leaders included the President of South Sudan Salva Kiir.", [("Salva Kiir", "president", "South Sudan")]),
    # a premier of the one state the text's adjectives name; not of one of two
    ("The Victorian election race moved to Wonthaggi when the Premier Ada Obi made a visit.",
     [("Ada Obi", "premier", "Victoria")]),
    ("The Tasmanian and Victorian leaders met. Premier Ada Obi spoke.", [("Ada Obi", "premier", None)]),
    # "As promised by X, CLAUSE": the clause is what X promised; "as reported by X" promises nothing
    ("As promised by Mayor Tom Hale, the city will repave Main Street this summer.",
     [("Tom Hale", "mayor", None), ("Tom Hale", "the city will repave Main Street this summer")]),
    ("As reported by Tom Hale, the city will repave Main Street.", []),
    # a commitment noun whose maker is the subject or by-agent of "made", its content on "made"
    ("The promises made by Tom Hale to build roads were broken.", [("Tom Hale", "to build roads")]),
    ("\"We will keep the commitment we made last spring to involve all new students,\" said Ada Obi.",
     [("Ada Obi", "to involve all new students")]),
    ("The promise made to the city was broken.", []),
    ("The promises made by Tom Hale to voters were false, Ada Obi said.", []),
    # red-team negatives: a person noun a body's name modifies; an era; a wish taken back; a commissioner elsewhere
    ("A Boeing whistleblower promised to testify before Congress.", []),
    ("The Victorian-era building will be restored, Premier Doug Ford said.", [("Doug Ford", "premier", None)]),
    ("\"I want to promise that we will fix the roads, but the budget won't let me,\" said Mayor Jane Doe.",
     [("Jane Doe", "mayor", None)]),
    ("The Lincoln County Commissioners met on Tuesday. Commissioner Tom Hale said the league would review the rule.",
     [("Tom Hale", "commissioner", None)]),
    # "said X, TITLE and TITLE, ORG." parsed with the organization on the name: both posts in it
    ("“We are proud,” said Ada Obi, president and chief executive officer, Birch Mills Ltd.",
     [("Ada Obi", "president", "Birch Mills Ltd."), ("Ada Obi", "chief executive officer", "Birch Mills Ltd.")]),
    # the at-phrase after a list of names and titles is every item's; not one inside an earlier item
    ("Ada Ross, general counsel, Ben Ode, vice president of sales, and Jo Hale, plant manager, at Birch Mills Ltd. "
     "joined the mayor.", [("Ada Ross", "general counsel", "Birch Mills Ltd."), ("Ben Ode", "vice president of sales",
                                                                              "Birch Mills Ltd."),
                           ("Jo Hale", "plant manager", "Birch Mills Ltd.")]),
    ("Ada Ross, dean at Birch College, and Ben Ode, registrar, attended the ceremony.",
     [("Ada Ross", "dean", "Birch College"), ("Ben Ode", "registrar", None)]),
    # "Chief <function> Officer" is one title, its function no name
    ("Chief Medical Officer Ada Obi said the ward is ready.", [("Ada Obi", "chief medical officer", None)]),
    ("Chief Human Resources Officer Ada Obi said pay will rise.", [("Ada Obi", "chief human resources officer", None)]),
    # "made/gave an undertaking to X": the infinitive on the verb is what is pledged; not "made his pledge (told
    # before) during a visit to ..."
    ("Ada Obi, the club's owner, gave an undertaking to repay the loans by June.",
     [("Ada Obi", "to repay the loans by June")]),
    ("Ada Obi made her promise during a visit to Lagos to thank the staff.", []),
    # a lower-case "the TITLE of PLACE NAME": the place, then the name, and the post held there
    ("The bishop of Lagos Ada Obi opened the school.", [("Ada Obi", "bishop", "Lagos")]),
    ("The people of Kentucky Ada Obi said are proud.", []),
    # "N charities, including A and B, pledged": each one named pledges
    ("Ten charities, including the Birch Trust and the Kessly Foundation, pledged to feed 5,000 families.",
     [("Birch Trust", "to feed 5,000 families"), ("Kessly Foundation", "to feed 5,000 families")]),
    ("Ten charities, including the Birch Trust, refused to sign, the mayor promised.", []),
    # "said the Kessish government pledges to ..." parsed as one noun phrase: the demonym's country pledges
    ("Minister Ada Obi said the Vietnamese government pledges to make efforts to cut school fees.",
     [("Ada Obi", "minister", None), ("Vietnam", "to make efforts to cut school fees")]),
    # the demonyms of small states count for the story's country; "the North" is no state of a country
    ("Prime Minister Ada Obi told Belizeans that the economy will grow. Belizean farmers agree.",
     [("Ada Obi", "prime minister", "Belize")]),
    ("Prime Minister Ada Obi visited farmers in the North.", [("Ada Obi", "prime minister", None)]),
    # a wire's "(Agency)--" glued to the first word: the dash and bracket are tokens, the title whole
    ("Kessly News - KESSLY (Petra)--Prime Minister Ada Obi said the talks went well.",
     [("Ada Obi", "prime minister", None)]),
    # a dateline's bracketed agency is no subject; the name after it pledges
    ("(KWN) — Kessly founder and CEO Ada Obi pledged that she will give away her shares.",
     [("Ada Obi", "founder", None), ("Ada Obi", "ceo", None), ("Ada Obi", "that she will give away her shares")]),
    # an amount glued to its ISO code is an amount committed; a country named before the commitment noun commits
    ("Birch Mills said it had committed USD150,000 to support flood relief.",
     [("Birch Mills", "USD150,000 to support flood relief")]),
    ("Coach Tom Hale reaffirmed the strong U.S. commitment to youth football.", [("U.S.", "to youth football")]),
    ("Prime Minister Tom Hale reaffirmed the NHS commitment to cut waiting lists.",
     [("Tom Hale", "prime minister", None), ("Tom Hale", "to cut waiting lists")]),
    # a plural demonym of several words names the story's country, no person
    ("Prime Minister Ada Obi said Papua New Guineans will vote. Papua New Guineans want roads.",
     [("Ada Obi", "prime minister", "Papua New Guinea")]),
    # "X, TITLE and TITLE of PLACE ORG": the organization NER found is no place and a name; both posts in it
    ("Ada Obi, Director General and CEO of Kenya Red Cross, said the floods were bad.",
     [("Ada Obi", "director general", "Kenya Red Cross"), ("Ada Obi", "ceo", "Kenya Red Cross")]),
    # a participle after a relative clause pledges for the main clause's subject, passive too
    ("Ada Obi was sworn in at a ceremony that drew thousands, vowing to end graft.", [("Ada Obi", "to end graft")]),
    # "'...,' he said" paragraphs after the story's only person; not "she" for a man's first name
    *[(f"The new mayor of Lagos Tom Obi was sworn in on Sunday in a ceremony at the park.\n\nOn the site where the "
       f"philosopher founded the first university of antiquity, the officials who were elected in the two rounds of "
       f"the elections promised to serve the citizens.\n\nIt was the first of a series of ceremonies scheduled "
       f"across the country this week, as new councils formally take office on September 1.\n\n\"Today I had a "
       f"great honor. I promise that I will serve the people,\" {pronoun} said.", [("Tom Obi", "mayor", "Lagos"), *more])
      for pronoun, more in (("he", [("Tom Obi", "that I will serve the people")]), ("she", []))],
    # "A, TITLE B and C": a title running straight into a name is that name's, not A's
    ("Premier Ada Obi, junior health minister Tom Hale and Finance Minister Ben Ode opened the clinic.",
     [("Ada Obi", "premier", None), ("Tom Hale", "health minister", None), ("Ben Ode", "finance minister", None)]),
    # "Lincoln County Sheriff X" that NER left untagged: the county, then the title (not "Denver District Attorney")
    ("Lincoln County Sheriff Mike Lewis said the library will reopen.", [("Mike Lewis", "sheriff", "Lincoln County")]),
    # a dateline's dash glued to a state's abbreviation is no part of the name after it
    ("SALISBURY, Md.- Wicomico County Sheriff Mike Lewis said the library will reopen.",
     [("Mike Lewis", "sheriff", "Wicomico County")]),
    # a hard-wrapped paragraph is read as its sentences, not cut at each line's end
    ("The contract was approved on Monday by the chairman of the\nboard, Tom Hale, who pledged to\nhire ten new "
     "teachers by September.", [("Tom Hale", "chairman", None), ("Tom Hale", "to hire ten new teachers by September")]),
    # "that shows his commitment to X": a sign of commitment, no pledge; "X has shown a commitment to" is one
    ("Governor Tom Hale visited. \"I think that shows his commitment to our area,\" said Ada Obi.",
     [("Tom Hale", "governor", None)]),
    ("Governor Tom Hale has shown a strong commitment to rebuilding the port.",
     [("Tom Hale", "governor", None), ("Tom Hale", "to rebuilding the port")]),
    # a body's name written again where NER found none is the body: "ORG President and CEO X" both posts in it
    ("Acme Holdings said it will pay.\n\n\"We are committed to the town,\" Acme Holdings President and CEO "
     "Ada Obi said.", [("Ada Obi", "president", "Acme Holdings"), ("Ada Obi", "ceo", "Acme Holdings"),
                       ("Ada Obi", "to the town")]),
    # "the demise of MP X": the title alone, not "of MP"
    ("The seat fell vacant after the demise of MP Tom Hale who passed away in August.", [("Tom Hale", "mp", None)]),
    # a police chief with no place is the story's city's, like its mayor
    ("TACOMA, Wash. — Tacoma will hire more officers. Mayor Ada Obi said on Monday that Tacoma is growing. "
     "Police Chief Tom Hale said patrols will grow.",
     [("Ada Obi", "mayor", "Tacoma"), ("Tom Hale", "police chief", "Tacoma")]),
    # a list of bare infinitives after one "to" is one pledge (as news readers count them), also when the
    # parser hangs the bare verbs on "promising"; each "to" of its own is one more
    ("Mayor Ada Obi promised to build more homes, fix the roads and cut taxes.",
     [("Ada Obi", "mayor", None), ("Ada Obi", "to build more homes, fix the roads and cut taxes")]),
    ("Ada Obi opened the clinic, promising to hire nurses, cut fees and build a second ward.",
     [("Ada Obi", "to hire nurses, cut fees and build a second ward")]),
    ("Mayor Ada Obi promised to build more homes and to cut taxes.",
     [("Ada Obi", "mayor", None), ("Ada Obi", "to build more homes"), ("Ada Obi", "to cut taxes")]),
    ("Ada Obi spoke on Monday, promising to fix the roads, and thanked voters.",
     [("Ada Obi", "to fix the roads")]),
    # "MLA for Surrey X", "the MLA for Surrey, X": the place is the seat, the title the seat's
    ("MLA for Surrey Ada Obi said the hospital will be built.", [("Ada Obi", "mla", "Surrey")]),
    ("The MLA for Surrey, Ada Obi, said the hospital will be built.", [("Ada Obi", "mla", "Surrey")]),
    ("“We chose well,” said Ada Obi, Managing Director of Osaka Rail Europe, who praised the builder.",
     [("Ada Obi", "managing director", "Osaka Rail Europe")]),
])
def test_rules_posts_and_pledges_found(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


def test_rules_a_premier_is_held_in_the_province_its_section_names(facts_of):
    text = ("Saskatchewan\n\nIn Saskatchewan, the spotlight will be on Premier Ada Obi this week.\n\nManitoba\n\n"
            "Premier Tom Hale has announced that the Manitoba government is investing in the league.")
    roles = roles_and_pledges(facts_of(text))[0]
    assert roles == [("Ada Obi", "premier", "Saskatchewan"), ("Tom Hale", "premier", "Manitoba")]
    # a premier of a country that has no premiers' states stays national
    text = "Premier Tom Hale visited Guangdong. China's economy grew, Hale said."
    assert roles_and_pledges(facts_of(text))[0] == [("Tom Hale", "premier", "China")]


def test_rules_a_shouted_dateline_of_two_words_is_one_place(facts_of):
    facts = facts_of("EASTERN CAPE - The Eastern Cape's Finance MEC, Ada Obi, visited a school.")
    assert {e.label for e in facts.entities} == {"Eastern Cape", "Ada Obi"}


def test_rules_a_states_common_abbreviation_is_the_state(facts_of):
    facts = facts_of("NSW Premier Ada Obi said the KZN floods were bad, and QLD agreed.")
    assert {(e.label, str(e.type)) for e in facts.entities} == {
        ("NSW", "Place"), ("Ada Obi", "Person"), ("KZN", "Place"), ("QLD", "Place")}
    assert roles_and_pledges(facts)[0] == [("Ada Obi", "premier", "NSW")]


@pytest.mark.parametrize("text,facts", [
    # a press release's "X, President & CEO, Acme, said": both posts at the company set after them
    ("Rashid Khan, President & CEO, Mobilink, added that it was good.",
     [("Rashid Khan", "president", "Mobilink"), ("Rashid Khan", "ceo", "Mobilink")]),
    # "X, Chairman and CEO of Acme," with "of Acme" parsed on the name
    ("Ada Obi, Chairman and CEO of Kessly Bank, said it was good.",
     [("Ada Obi", "chairman", "Kessly Bank"), ("Ada Obi", "ceo", "Kessly Bank")]),
    # the company an officer's title places there is an organization wherever else NER calls it a place
    ("Mobilink grew in Lahore. Rashid Khan, President & CEO, Mobilink, added that Mobilink was good.",
     [("Rashid Khan", "president", "Mobilink"), ("Rashid Khan", "ceo", "Mobilink")]),
    # a governor's place set after the title is no company
    ("Ada Obi, Governor, Lagos, said it was good.", []),
    # "chief executive [Nicola] Roe": NER's organization of a given name, then a surname, is a person
    ("“We will act,” the Office for Students’ chief executive Nicola Dandridge said.",
     [("Nicola Dandridge", "chief executive", "Office for Students")]),
])
def test_rules_posts_in_press_release_appositions(facts_of, text, facts):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 3] == facts


@pytest.mark.parametrize("text,pledges", [
    # a past commitment verb joined to a present-tense clause inside what was said: the sayer's
    ("Coach Ada Obi said the loss was a reminder that football is a hard game and pledged to rebuild the squad.",
     [("Ada Obi", "to rebuild the squad")]),
    ("Coach Ada Obi said the loss was a reminder that football is a hard game.", []),
    # "maintained", "insisted", "argued" report what was said as "said" does
    ("Minister Tom Hale maintained that nobody is above the law and vowed that the courts will be obeyed.",
     [("Tom Hale", "that the courts will be obeyed")]),
])
def test_rules_a_pledge_joined_inside_a_reported_clause_is_the_sayers(facts_of, text, pledges):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2] == pledges


def test_rules_a_name_cut_before_for_joins_its_object_and_supreme_is_a_title_word(facts_of):
    facts = facts_of("Sheikha Fatima, President of the Supreme Council for Motherhood and Childhood, Supreme "
                     "Chairwoman of the Family Development Foundation, spoke.")
    labels_ = {e.label for e in facts.entities}
    assert "Supreme Council for Motherhood and Childhood" in labels_
    assert not labels_ & {"Motherhood", "Childhood", "Supreme"}


@pytest.mark.parametrize("text,expected", [
    # a body's object listed with commas and "and" is part of its name
    ("He told the Senate Committee on Employment, Labour and Productivity that the plan would work.",
     {"Senate Committee on Employment, Labour and Productivity"}),
    # a name after the comma is its own
    ("The Committee on Roads, Acme Corp said, met.", {"Committee on Roads", "Acme Corp"}),
])
def test_rules_a_bodys_listed_object_is_part_of_its_name(facts_of, text, expected):
    assert {e.label for e in facts_of(text).entities} == expected


def test_rules_a_list_of_places_ner_took_as_one_name_is_split(facts_of):
    facts = facts_of("Aid went to Barbados, Dominica and Grenada. Lagos, Nigeria is big.")
    assert {(e.label, str(e.type)) for e in facts.entities} == {
        ("Barbados", "Place"), ("Dominica", "Place"), ("Grenada", "Place"), ("Lagos", "Place"), ("Nigeria", "Place")}


def test_rules_a_city_and_its_state_stay_one_place(facts_of):
    facts = facts_of("The talks were held at the Annual Meetings in Washington, DC, USA, on Monday.")
    assert "Washington, DC" in {e.label for e in facts.entities}


@pytest.mark.parametrize("text,agents", [
    # "A, flanked by his deputy B, ... They promised": A and B
    ("Mayor Ada Obi, flanked by her deputy, Tom Hale, heard complaints. They promised to fix the pipes.",
     ["Ada Obi", "Tom Hale"]),
    # one person alone is no "they"
    ("Mayor Ada Obi heard complaints from residents. They promised to fix the pipes.", []),
])
def test_rules_they_are_a_subject_and_the_people_flanking_them(facts_of, text, agents):
    assert [p[0] for p in roles_and_pledges(facts_of(text))[0] if len(p) == 2] == agents


@pytest.mark.parametrize("text,expected", [
    # a list of bodies NER took as one name is split at each comma, not joined as a body's object
    ("The heads of the University of Reading, University of Winchester, University of Nottingham, Newcastle "
     "University and Northumbria University have committed to cuts.",
     {"University of Reading", "University of Winchester", "University of Nottingham", "Newcastle University",
      "Northumbria University"}),
    ("The Ministry of Cooperative Governance and Traditional Affairs, National Treasury and SALGA met.",
     {"Ministry of Cooperative Governance and Traditional Affairs", "National Treasury", "SALGA"}),
])
def test_rules_a_list_of_bodies_is_no_bodys_object(facts_of, text, expected):
    assert {e.label for e in facts_of(text).entities} == expected


@pytest.mark.parametrize("text,expected", [
    ("Joseph ole Lenku spoke to the county.", {"Joseph ole Lenku"}),  # a Maa name's particle
    ("The festival's chef, Carmen M. dela Cruz, opened the kitchen on Friday.", {"Carmen M. dela Cruz"}),
    ("Coach Ramon delos Santos named his team.", {"Ramon delos Santos"}),  # Filipino particles
    ("The club signed Diego de los Reyes on Monday.", {"Diego de los Reyes"}),
    ("Director Anna Berg de facto ran the museum.", {"Anna Berg"}),  # a particle before a lower-case word joins nothing
])
def test_rules_particles_and_bodies_named_with_commas(facts_of, text, expected):
    assert {e.label for e in facts_of(text).entities} == expected


def test_rules_a_company_invested_in_stays_a_company(facts_of):
    # "an investment in Oakville, Canada" makes an "organization" in a known place a place; not a stake in one
    facts = facts_of("Acme Corp bought a stake in Globex Inc, Lagos said.")
    assert ("Globex Inc", "Organization") in {(e.label, str(e.type)) for e in facts.entities}


@pytest.mark.parametrize("text,agents", [
    # "the institution" is the university (school, hospital) named before, not any body
    ("Kessly State University established the Acme Endowed Scholarship, a new fund reflecting the institution’s "
     "commitment to expanding access to higher education.", ["Kessly State University"]),
    ("Acme Corp set up the Kessly Fund, a new fund reflecting the institution’s commitment to cleaner air.",
     ["Acme Corp"]),  # no institution named: the sentence's subject
])
def test_rules_the_institution_is_one_named_as_one(facts_of, text, agents):
    assert [p[0] for p in roles_and_pledges(facts_of(text))[0] if len(p) == 2] == agents


def test_rules_disease_initialisms_are_no_names_and_a_partys_initials_stay_one(facts_of):
    facts = facts_of("COVID cases rose by USD 79 million. AMD said it would grow. Ada Obi, who is PKR deputy "
                     "president, spoke to the PKR assemblymen.")
    assert {(e.label, str(e.type)) for e in facts.entities} == {
        ("AMD", "Organization"), ("Ada Obi", "Person"), ("PKR", "Organization")}


def test_rules_a_university_named_inside_its_council_is_where_its_posts_are(facts_of):
    facts = facts_of("The Governing Council of the University of Ghana has appointed Professor Daniel Ofori to act "
                     "as the Pro Vice Chancellor in charge of academic affairs.")
    assert roles_and_pledges(facts)[0] == [("Daniel Ofori", "pro vice chancellor", "University of Ghana")]


def test_rules_an_acronym_opening_a_line_keeps_its_capitals(facts_of):
    facts = facts_of("We are committed to fixing this shortage.\n\nLinda Silas,\nCFNU President.\n\nThe CFNU said so.")
    assert "CFNU" in {e.label for e in facts.entities}


@pytest.mark.parametrize("text,pledges", [
    # "X touted his record as a reason to win, promising voters that ...": X promises
    ("On the trail, Governor Ada Obi touted her record as a reason to return to office, promising voters that "
     "her plan would create jobs.", [("Ada Obi", "that her plan would create jobs")]),
    # a participle on a named object is no promise of the subject's
    ("The council praised Tom Hale, promising nothing.", []),
])
def test_rules_a_participle_after_a_comma_on_an_object_is_the_subjects(facts_of, text, pledges):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2] == pledges


@pytest.mark.parametrize("text,agents", [
    # "its" of a later noun in a list is the owner the list's first noun names
    ("Sayyid Badr stressed Oman’s permanent positions based on dialogue, its firm commitment to principles of "
     "justice, and its respect for the law.", ["Oman"]),
    ("The minister praised the Kessly Water Board's record and its commitment to safety.", ["Kessly Water Board"]),
])
def test_rules_its_in_a_list_is_the_first_owners(facts_of, text, agents):
    assert [p[0] for p in roles_and_pledges(facts_of(text))[0] if len(p) == 2] == agents


def test_rules_a_shouted_first_word_of_a_lede_is_title_cased_unless_an_acronym_inside_a_line(facts_of):
    facts = facts_of("PNG rolls out aid\n\n PAPUA New Guinea has announced an aid programme. PNG will pay.")
    assert ("Papua New Guinea", "Place") in {(e.label, str(e.type)) for e in facts.entities}


def test_rules_an_acronym_with_officers_is_no_events_short_name(facts_of):
    text = ("The Western Sydney Leadership Dialogue (WSLD) praised the plan.\n\nWSLD Chairman, Christopher Brown, "
            "said he was proud.")
    assert ("Christopher Brown", "chairman", "WSLD") in roles_and_pledges(facts_of(text))[0]


def test_rules_the_state_of_a_subdivision_is_a_place(facts_of):
    facts = facts_of("Delfina Gómez was sworn in as Governor of the State of México on Monday.")
    assert {(e.label, str(e.type)) for e in facts.entities} == {("Delfina Gómez", "Person"), ("State of México", "Place")}
    assert roles_and_pledges(facts)[0] == [("Delfina Gómez", "governor", "State of México")]


def test_rules_a_deputy_placed_by_the_articles_city_is_the_principals(facts_of):
    text = ("Residents met officials in Tongaat. The mayor of Durban, Peter Jensen, spoke. Jensen, flanked by his "
            "deputy mayor, Thabo Nkosi, and three ward councillors, heard complaints from residents in Tongaat.")
    assert ("Thabo Nkosi", "deputy mayor", "Durban") in roles_and_pledges(facts_of(text))[0]


@pytest.mark.parametrize("text,roles", [
    # a head of a place's government: "of X" is the place, known to a gazetteer or not
    ("Chief Minister of Kessland Ada Obi opened the hospital.", [("Ada Obi", "chief minister", "Kessland")]),
    ("Deputy Chief Minister of Kessland Tom Hale opened the school.", [("Tom Hale", "deputy chief minister", "Kessland")]),
    # a minister's "of X" is a portfolio, and a company's chairman sits in the company NER found
    ("Minister of Finance Ada Obi opened the bank.", [("Ada Obi", "minister of finance", None)]),
    ("The chairman of Kessly Holdings Tom Hale opened the plant.", [("Tom Hale", "chairman", "Kessly Holdings")]),
    # a councillor of a place whose council the article names sits on the council; not where it names none
    ("Leeds councillor Ada Obi opposed the plan. Leeds City Council will vote on it.",
     [("Ada Obi", "councillor", "Leeds City Council")]),
    ("Manchester councillor Tom Hale opposed the plan. Leeds City Council will vote on it.",
     [("Tom Hale", "councillor", "Manchester")]),
])
def test_rules_a_place_office_of_an_unknown_place(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,facts", [
    # a headline's "X pledges support": the parser's subject noun is the verb, the name before it who pledges
    ("EU pledges support for Greece as markets plunge\n\nThe European Union said it would help Greece.",
     [("European Union", "support for Greece")]),
    ("The pledges support the fund, the charity said.", []),
    ("Kessly's new CEO pledges net zero emissions by 2050\n\nAda Obi, the chief executive of Kessly Oil, spoke.",
     [("Ada Obi", "chief executive", "Kessly Oil"), ("Ada Obi", "net zero emissions by 2050")]),
    ("EU pledges fall short of target\n\nThe European Union said so.", []),
    # "which has" right after a list's last name: that name commits, not the list ("A and B, who have": both)
    ("Donors came, including Italy, France and Japan, which has also committed to making the first payment.",
     [("Japan", "to making the first payment")]),
    ("Governors from Ohio and Texas, who have vowed to cut taxes, met in Austin.",
     [("Ohio", "to cut taxes"), ("Texas", "to cut taxes")]),
    # "the country's largest lender, NAME,": the name, not a lender named before
    ("Kessly Bank kept its rate. The country's largest lender, Acme Bank, has committed to keeping its fees steady.",
     [("Acme Bank", "to keeping its fees steady")]),
])
def test_rules_headline_pledges_and_descriptions_with_a_name(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,roles", [
    # a name after "bin" in a longer name is the father's, another person; "Ben Smith" is "Smith"
    ("King Salman bin Abdulaziz met Crown Prince Mohammed bin Salman bin Abdulaziz in Riyadh, Saudi Arabia.",
     [("Salman bin Abdulaziz", "king", "Saudi Arabia"), ("Mohammed bin Salman bin Abdulaziz", "crown prince", "Saudi Arabia")]),
    # a king in a story set in a republic reigns in the one kingdom it names; in a kingdom, in that kingdom
    ("Pakistan's minister met the Saudi envoy in Islamabad. Pakistan and Saudi Arabia signed a pact. Pakistan will "
     "gain. King Ali Omar sent greetings.", [("Ali Omar", "king", "Saudi Arabia")]),
    ("Jordan's minister met the Saudi envoy in Amman. Jordan and Saudi Arabia signed a pact. Jordan will "
     "gain. King Ali Omar sent greetings.", [("Ali Omar", "king", "Jordan")]),
])
def test_rules_royal_names_and_where_a_king_reigns(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,facts", [
    # a story filed from a capital, its country named only by a demonym: the country the post is held in
    ("Lima.- President Ada Obi vowed to build 30 schools. Peruvians will vote in May.",
     [("Ada Obi", "president", "Peru"), ("Ada Obi", "to build 30 schools")]),
    ("Trujillo.- President Ada Obi vowed to build 30 schools. Peruvians and Chileans will vote in May.",
     [("Ada Obi", "president", None), ("Ada Obi", "to build 30 schools")]),
])
def test_rules_a_capitals_dateline_and_a_demonym_give_the_country(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,roles", [
    # "X-based" is where someone works from: no part of a post, and "a Boston-based executive" no post
    ("Tom Hale, the Kessly Bank's Boston-based chief executive, agreed.", [("Tom Hale", "chief executive", "Kessly Bank")]),
    ("\"We stay,\" said Ada Obi, a Boston-based executive of Kessly Bank.", []),
    # a provincial minister's post is the province's, not the country's
    ("Punjab Governor Ali Sarwar met them in Lahore. Provincial Ministers Raja Ali and Tom Hale were present. "
     "Pakistan's economy grew. Pakistan will export more.",
     [("Ali Sarwar", "governor", "Punjab"), ("Raja Ali", "minister", "Punjab"), ("Tom Hale", "minister", "Punjab")]),
    ("Punjab Governor Ali Sarwar met them in Lahore. Ministers Raja Ali and Tom Hale were present. "
     "Pakistan's economy grew. Pakistan will export more.",
     [("Ali Sarwar", "governor", "Punjab"), ("Raja Ali", "minister", "Pakistan"), ("Tom Hale", "minister", "Pakistan")]),
    # "the head of state and former mayor of X": the first post, a national one, without the "and"
    ("Colombia will build it, said Ada Obi, the current head of state and former mayor of Cali. Colombia agreed.",
     [("Ada Obi", "head of state", "Colombia")]),
])
def test_rules_a_posts_words_without_where_it_is_based_or_a_trailing_and(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,facts", [
    # red-team negatives of this round's rules
    ("RABAT - Morocco and Spain signed 12 agreements on Monday. The Kingdom has pledged to strengthen cooperation.",
     [("Morocco", "to strengthen cooperation")]),  # the kingdom the story is filed from
    ("Galway city councillor Niall Murphy criticised the delay. Galway County Council said it would act.",
     [("Niall Murphy", "city councillor", "Galway")]),  # a city councillor sits on no county council
    ("Biden pledges meet stiff resistance in Congress\n\nPresident Joe Biden said so.",
     [("Joe Biden", "president", None)]),  # pledges as a noun
    ("Mayor of Port Augusta Brett Benbow said the plan is good.", [("Brett Benbow", "mayor", "Port Augusta")]),
])
def test_rules_red_team_negatives_of_the_latest_rules(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,expected", [
    ("Fans cheered as the band (AC/DC) played in Sydney.", {("AC/DC", "Organization"), ("Sydney", "Place")}),
    ("The Ministry of Defence and Babcock signed a contract.", {("Ministry of Defence", "Organization")}),
    ("The ruling National Council for Peace and Order (NCPO) met.",
     {("National Council for Peace and Order", "Organization")}),  # its short form says where it ends
    ("Former England defender Wayne Bridge has moved to Sunderland on loan.",
     {("Wayne Bridge", "Person"), ("England", "Place"), ("Sunderland", "Place")}),
    # a capitalised word joined by an unspaced hyphen opens the name of the body NER found after it
    ("The Co-operative Group has pledged to support farmers.", {("Co-operative Group", "Organization")}),
    ("The Co-operative Bank of Kenya said profits rose.", {("Co-operative Bank of Kenya", "Organization")}),
    ("The long-term Group plan failed.", set()),
    ("The London-based Institute for Fiscal Studies said taxes would rise.",
     {("London", "Place"), ("Institute for Fiscal Studies", "Organization")}),
    # a ministry's portfolio listed with commas is one name, not a list of bodies
    ("He works for the Department for Environment, Food and Rural Affairs in London.",
     {("Department for Environment, Food and Rural Affairs", "Organization"), ("London", "Place")}),
    ("Shares in the Bank of England, Barclays and Lloyds fell.",
     {("Bank of England", "Organization"), ("Barclays", "Organization"), ("Lloyds", "Organization")}),
])
def test_rules_red_team_names_of_the_latest_rules(facts_of, text, expected):
    assert {(e.label, str(e.type)) for e in facts_of(text).entities} == expected


@pytest.mark.parametrize("text,facts", [
    # "Title, Prince X": a style set off from a post before it is no post of its own
    ("Enugu State Governor, Prince Ada Obi has assured residents the road will be finished.",
     [("Ada Obi", "governor", "Enugu State")]),
    ("Ogun State Governor, Prince Dapo Abiodun has assured his administration will ensure completion.",
     [("Dapo Abiodun", "governor", "Ogun State")]),
    ("The Chairman of the board, Chief Ada Obi, said the firm would grow.", [("Ada Obi", "chairman", None)]),
    ("The governor, Prince Faisal bin Bandar, said he would help.",  # no capitalised post before: a prince
     [("Faisal bin Bandar", "prince", None), ("Faisal bin Bandar", "governor", None)]),
    # a paragraph opening with a place in capitals and a gap where the dash was: a dateline, no subject
    ("NAIROBI  The exiled mayor of Kessly has vowed to rebuild his city.", []),
    ("BERLIN  The chancellor, Tom Hale, has pledged to cut taxes.",
     [("Tom Hale", "chancellor", "Germany"), ("Tom Hale", "to cut taxes")]),
    # ... or a dash with no space after it
    ("NAIROBI—The exiled mayor of Kessly has vowed to rebuild his city.", []),
    ("KENYA—The Kessly Union has pledged to fund ten clinics by 2040.", [("Kessly Union", "to fund ten clinics by 2040")]),
    ("EXCLUSIVE—Tom Hale has pledged to cut taxes.", [("Tom Hale", "to cut taxes")]),
    # a law's name after a title ("the Office of Governor Act") is no person
    ("The oaths were taken under Section 12 of the Assumption of the Office of Governor Act, 2019.", []),
    ("Governor Bill Lee said he would act.", [("Bill Lee", "governor", None)]),
])
def test_rules_styles_gapped_datelines_and_law_names(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # a title inside what NER took for one body, before a name the text gives a person elsewhere: a split
    ("Kessly Nation President Buu Nygren met the miners. \"We will build roads,\" said President Nygren.",
     [("Buu Nygren", "president", "Kessly Nation")]),
    # "President A and Interior Secretary B expressed their commitment", parsed with B in apposition to A: both
    ("Acme President Jane Roe and Kessland Finance Minister Tom Hale pledged to build the plant.",
     [("Jane Roe", "president", "Acme"), ("Tom Hale", "finance minister", "Kessland"),
      ("Tom Hale", "to build the plant"), ("Jane Roe", "to build the plant")]),
    ("Jane Roe, the Acme president, pledged to build the plant.",
     [("Jane Roe", "president", "Acme"), ("Jane Roe", "to build the plant")]),
])
def test_rules_a_title_inside_a_body_name_and_two_titled_subjects(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # "X, considered the richest man, has pledged": parsed with "considered" as the main verb; X pledges
    ("Kessly banker Ada Obi, considered the richest woman in Africa by Forbes, has pledged $8 million to the fund.",
     [("Ada Obi", "$8 million to the fund")]),
    ("Ada Obi, elected in 2019 with a large majority, has promised to build 300 homes.",
     [("Ada Obi", "to build 300 homes")]),
    ("Jane Roe said, the board has pledged to invest.", []),
    # a company officer's name that opens with a province's ("CEO Van Anh Nguyen") is one name; a minister's
    # province before the name is the province
    ("Acme Motors CEO Van Anh Nguyen committed to starting production in 2025.",
     [("Van Anh Nguyen", "ceo", "Acme Motors"), ("Van Anh Nguyen", "to starting production in 2025")]),
    ("Information Minister Punjab Azma Bokhari spoke.", [("Azma Bokhari", "information minister", "Punjab")]),
])
def test_rules_a_reduced_relative_before_the_verb_and_a_province_as_a_first_name(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # a military rank is no post: after a post it is how the name is written ("Army Chief General X"); alone, nothing
    ("On Sunday, Army Chief General Ada Obi pledged support for the north. Kenya will benefit.",
     [("Ada Obi", "army chief", "Kenya"), ("Ada Obi", "support for the north")]),
    ("On Sunday, Chief of Army Staff General Ada Obi met the delegation in Mombasa. Kenya will benefit.",
     [("Ada Obi", "chief of army staff", "Kenya")]),
    ("Brigadier General Tom Hale, the RDF spokesperson, said the troops would stay.",
     [("Tom Hale", "spokesperson", "RDF")]),
    ("Gen. Tom Hale said the troops would stay.", []),
    ("Attorney General Jane Roe vowed to sue.", [("Jane Roe", "attorney general", None), ("Jane Roe", "to sue")]),
    ("Inspector General of Police Ada Obi vowed to end crime.",
     [("Ada Obi", "inspector general of police", None), ("Ada Obi", "to end crime")]),
    ("Navy Chief Ada Obi said so. Ghana will benefit.", [("Ada Obi", "navy chief", "Ghana")]),
])
def test_rules_ranks_are_no_posts_and_service_chiefs_are_national(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # a first name the name list gives mostly one gender is no place before the surname ("Mary", a Turkmen region)
    ("The fund was named for his parents, said Acme spokeswoman Mary Lou Baker.",
     [("Mary Lou Baker", "spokeswoman", "Acme")]),
    ("Chief Minister Punjab Maryam Nawaz pledged to build schools.",
     [("Maryam Nawaz", "chief minister", "Punjab"), ("Maryam Nawaz", "to build schools")]),
    # clergy and council posts in local news; a saint's church, college or hospital is one name
    ("Father Tom Hale, vicar of St Joseph's Church, vowed to rebuild it.",
     [("Tom Hale", "vicar", "St Joseph's Church"), ("Tom Hale", "to rebuild it")]),
    ("She works at St Vincent's Hospital in Sydney, said Ada Obi, vicar of Kessly.",
     [("Ada Obi", "vicar", "Kessly")]),
    ("DENVER — City Councilwoman Ada Obi pledged to fix potholes.",
     [("Ada Obi", "city councilwoman", "Denver"), ("Ada Obi", "to fix potholes")]),
])
def test_rules_first_names_clergy_and_saints_institutions(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


def test_rules_a_saints_name_without_an_institution_is_left_to_ner(facts_of):
    labels = {e.label for e in facts_of("The choir of St Mary's Cathedral sang on St Patrick's Day.").entities}
    assert "St Mary's Cathedral" in labels and not any(label.startswith("St Patrick's") for label in labels)


@pytest.mark.parametrize("text,facts", [
    # a day parsed as the subject ("New Zealand Sunday pledged"): the name before it commits
    ("Wellington: New Zealand Sunday pledged to provide support for Tonga.",
     [("New Zealand", "to provide support for Tonga")]),
    ("The Kessly Herald Monday reported that the mayor pledged to cut fares.", []),
    # keeping a commitment with its content: the keeper's ("will stick to a commitment to build")
    ("Ada Obi says that she will stick to a previously approved commitment to build 4,000 homes.",
     [("Ada Obi", "to build 4,000 homes")]),
    ("Acme will not stick to its pledge to cut prices.", [("Acme", "to cut prices")]),  # (its pledge, made before)
    # "the Head of State": the one president (king, emir) the article names
    ("President Ada Obi met envoys. The Head of State vowed to strengthen foreign relations.",
     [("Ada Obi", "president", None), ("Ada Obi", "to strengthen foreign relations")]),
    ("President Ada Obi met President Tom Hale. The head of state vowed to strengthen relations.",
     [("Ada Obi", "president", None), ("Tom Hale", "president", None)]),
    # "A met B ... They committed": both
    ("Ada Obi met Tom Hale in Canberra on Monday. They committed to work together.",
     [("Ada Obi", "to work together"), ("Tom Hale", "to work together")]),
    ("Ada Obi met the workers on Monday. They vowed to strike.", []),
])
def test_rules_days_kept_commitments_heads_of_state_and_those_who_met(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,expected", [
    # two places NER cut from one a gazetteer knows are one place; a royal's county or college is one name
    ("The Salt Lake City councilwoman said she would fix potholes.", {("Salt Lake City", "Place")}),
    ("He flew from Paris to London.", {("Paris", "Place"), ("London", "Place")}),
    ("He moved to Prince George's County in Maryland.", {("Prince George's County", "Place"), ("Maryland", "Place")}),
    ("She studied at King's College and Queen's University.",
     {("King's College", "Organization"), ("Queen's University", "Organization")}),
    ("The King's Speech was read.", set()),
    # an honorific and a first name before "X of [Body]": a person NER took for part of the body
    ("The Rev. Ada Obi of First Baptist Church said the patrols would help.",
     {("Ada Obi", "Person"), ("First Baptist Church", "Organization")}),
])
def test_rules_place_parts_royal_possessives_and_a_reverend_of_a_church(facts_of, text, expected):
    assert {(e.label, str(e.type)) for e in facts_of(text).entities} == expected


@pytest.mark.parametrize("text,expected", [
    # a rank, written out or abbreviated without a stop, is no part of the name after it
    ("Talking to the troops, Gen Tom Hale said the road was important.", {("Tom Hale", "Person")}),
    ("Major Ada Obi was hurt in the attack.", {("Ada Obi", "Person")}),
    ("Major League Baseball said it would expand.", {("Major League Baseball", "Organization")}),
    ("Gen Z voters backed the plan.", set()),
    # a country's one-word name after a title word is no person
    ("Captain America opened in cinemas.", {("America", "Place")}),
])
def test_rules_ranks_before_names_and_a_country_after_a_title(facts_of, text, expected):
    assert {(e.label, str(e.type)) for e in facts_of(text).entities} == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence's first word NER left, a place the gazetteer knows, before a lower-case noun, is the place
    ("Caerphilly council leader Ada Obi said the merger was off. The merger of Caerphilly and Newport is off.",
     ("Ada Obi", "leader", "Caerphilly")),
    ("Leeds council leader Ada Obi said the merger was off.", ("Ada Obi", "leader", "Leeds")),
])
def test_rules_a_place_opening_a_sentence_before_a_post(facts_of, text, expected):
    assert expected in roles_of(facts_of(text))


@pytest.mark.parametrize("text", ["Bath residents protested.", "Union leaders said they would strike."])
def test_rules_a_common_noun_opening_a_sentence_is_no_place(facts_of, text):
    assert [e.label for e in facts_of(text).entities] == []


@pytest.mark.parametrize("text,facts", [
    # a chain, firm or group named in apposition after "of" is where the post is held
    ("Ada Obi, chief executive of Texas-based supermarket chain Kessly Foods, said so.",
     [("Ada Obi", "chief executive", "Kessly Foods")]),
    # a portfolio word before a title is no body ("Business Secretary X")
    ("Business Secretary Tom Hale said reforms were needed.", [("Tom Hale", "business secretary", None)]),
    # "the Budget" is no entity, nor a page's "Exit mobile version"
    ("The funding may be in the Budget, Ada Obi says.\n\nExit mobile version\nThe mayor spoke.", []),
])
def test_rules_bodies_in_apposition_portfolios_and_budgets(facts_of, text, facts):
    found = facts_of(text)
    assert roles_and_pledges(found)[0] == facts
    assert all(e.label not in ("Budget", "Business", "Exit") for e in found.entities)


@pytest.mark.parametrize("text,facts", [
    # a mayor in a story that names the city only by its residents ("Aucklanders") is the city's
    ("Mayor Ada Obi promised Aucklanders lower rates.",
     [("Ada Obi", "mayor", "Auckland"), ("Ada Obi", "lower rates")]),
    ("Mayor Ada Obi promised Parisians lower fares.", [("Ada Obi", "mayor", "Paris"), ("Ada Obi", "lower fares")]),
    ("Mayor Ada Obi met Chicagoans and Parisians.", [("Ada Obi", "mayor", None)]),  # two cities: neither
    ("Mayor Ada Obi met Georgians and Americans.", [("Ada Obi", "mayor", None)]),  # a state's, a country's people
])
def test_rules_a_mayor_of_the_city_whose_residents_the_story_names(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # a lone capitalised word compounded with the name after it is its first name
    ("Newly-elected President of the Kessly Chamber of Commerce (KCC) Bhawani Rana says the state should act.",
     [("Bhawani Rana", "president", "Kessly Chamber of Commerce")]),
    # two posts before a name, the second with a portfolio joined by "and": both
    ("Acme Foods named a new team. Acme Foods' Executive Vice President and Chief of Sustainability and Strategy, "
     "Ada Obi, spoke.", [("Ada Obi", "executive vice president", "Acme Foods"),
                         ("Ada Obi", "chief of sustainability and strategy", "Acme Foods")]),
])
def test_rules_first_names_joined_and_a_second_post_with_a_portfolio_list(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # "to do A and not allow B", "to do A and make B so": one commitment
    ("Interior Minister Ada Obi pledged to impose security and not allow anyone to harm the state.",
     [("Ada Obi", "interior minister", None), ("Ada Obi", "to impose security and not allow anyone to harm the state")]),
    ("Ada Obi pledged to resolve the traffic problem and make commutes stress free.",
     [("Ada Obi", "to resolve the traffic problem and make commutes stress free")]),
])
def test_rules_a_negated_second_verb_is_the_same_commitment(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # a government named by its level alone is no entity; the country or state it governs commits (but "the
    # Federal Government", so capitalised, is a body of its own)
    ("Prime Minister Ada Obi visited Lagos, Nigeria. The federal government has committed to paying the costs.",
     [("Ada Obi", "prime minister", "Nigeria"), ("Nigeria", "to paying the costs")]),
    ("Premier Tom Hale visited Regina, Saskatchewan. The Provincial Government has committed to paying the costs.",
     [("Tom Hale", "premier", "Saskatchewan"), ("Saskatchewan", "to paying the costs")]),
    # a place whose name opens with a title word is a place in every mention once one says so
    ("Premier Tom Hale visited Prince Albert, Saskatchewan. Prince Albert will get a hospital, he said.",
     [("Tom Hale", "premier", "Saskatchewan")]),
    ("Prince George met the Queen. Later he flew to Prince George Airport in Canada.",
     [("George", "prince", "Canada")]),  # an airport named after the city says nothing of the other mention
])
def test_rules_governments_by_level_and_places_named_like_royals(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # a governor in a story naming its state only as the first word of bodies' names (twice): that state
    ("Governor Ada Obi promised new regents for Texas Tech. State Senator Tom Hale praised Texas A&M.",
     [("Ada Obi", "governor", "Texas"), ("Tom Hale", "state senator", "Texas"),
      ("Ada Obi", "new regents for Texas Tech")]),
    ("Governor Ada Obi praised Texas Tech and Florida Power.", [("Ada Obi", "governor", None)]),  # once each: neither
])
def test_rules_a_state_named_only_inside_bodies_names(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


def test_rules_alderman_abbreviated_sits_on_the_council(facts_of):
    text = "The Denver City Council approved the budget. Alds. Ada Obi, 32nd, and Tom Hale, 2nd, voted no."
    assert ("Ada Obi", "alderman", "Denver City Council") in roles_of(facts_of(text))


@pytest.mark.parametrize("text,facts", [
    # "Minister A, Prime Minister B and C have pledged", parsed with A and B both subjects: all three
    ("Foreign Minister Ada Obi, Prime Minister Tom Hale and Trade Minister Jan Ruml have pledged more money to fight "
     "climate change.", [("Ada Obi", "to fight climate change"), ("Tom Hale", "to fight climate change"),
                         ("Jan Ruml", "to fight climate change")]),
    ("Speaking to reporters on Monday, Mayor Ada Obi vowed to fight.", [("Ada Obi", "to fight")]),
])
def test_rules_a_list_of_titled_people_misparsed_as_two_subjects_all_commit(facts_of, text, facts):
    assert sorted(f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2) == sorted(facts)


@pytest.mark.parametrize("text,expected", [
    # a description opening a sentence or a headline before a name written alone elsewhere is no part of it
    ("Billionaire Ada Obi announced a fund on Monday. The billionaire said Ada Obi would give more.",
     {("Ada Obi", "Person")}),
    ("Insurgent Obi Vows To Cut Spending\n\nThe insurgent candidate Tom Obi said so. Obi will run.",
     {("Tom Obi", "Person")}),
])
def test_rules_a_description_opening_a_name(facts_of, text, expected):
    assert {(e.label, str(e.type)) for e in facts_of(text).entities} >= expected


@pytest.mark.parametrize("text,expected", [
    # a company's or charity's head word ends a body's name ("Steward Healthcare", "Christian Aid"), even one NER
    # took for a person; in lower case it names no body ("U.S. aid", "state-owned enterprises")
    ("Steward Healthcare said it would close the hospital.", {("Steward Healthcare", "Organization")}),
    ("U.S. aid to Kenya rose as state-owned enterprises grew.", {("U.S.", "Place"), ("Kenya", "Place")}),
])
def test_rules_company_head_words_in_names_only(facts_of, text, expected):
    assert {(e.label, str(e.type)) for e in facts_of(text).entities} == expected


@pytest.mark.parametrize("text,facts", [
    # a present-tense "pledges" the tagger took for a plural noun, with a subject and an infinitive, is the verb
    ("At the meeting, the Vietnamese government pledges to make efforts to solve the problems.",
     [("Vietnam", "to make efforts to solve the problems")]),
    ("The pledges to cut taxes were broken.", []),
    # "the president-elect": the one named president(-elect)
    ("President-elect Ada Obi won the vote on Sunday. The president-elect has promised to focus on water.",
     [("Ada Obi", "president-elect", None), ("Ada Obi", "to focus on water")]),
    # the headline's pledge told again in the lede, in other words: one pledge (the fuller)
    ("Ada Obi pledges to donate 99 percent of Acme shares\n\nAda Obi pledged that she and her husband will give "
     "away 99 percent of their shares in the company to charity.",
     [("Ada Obi", "that she and her husband will give away 99 percent of their shares in the company to charity")]),
    ("Ada Obi pledges to build schools\n\nAda Obi pledged to cut taxes by 5 percent.",
     [("Ada Obi", "to cut taxes by 5 percent"), ("Ada Obi", "to build schools")]),
])
def test_rules_verbs_read_as_nouns_elect_titles_and_a_headline_told_again(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # "countries promising X included A, with $5m; B, with $2m; and the C": every item of the semicolon list
    ("Countries promising to contribute to the fund included Germany, with $100 million; Britain, with 60 million "
     "pounds; and the United States, with $17.5 million.",
     [("Germany", "to contribute to the fund"), ("Britain", "to contribute to the fund"),
      ("United States", "to contribute to the fund")]),
    # a place and a day-first date opening a paragraph are a dateline, not the lede's subject
    ("United Nations, 20 Sept. The Kessly Development Bank pledged on Tuesday that 40% of its lending will go to "
     "green projects.", [("Kessly Development Bank", "that 40% of its lending will go to green projects")]),
])
def test_rules_semicolon_lists_of_pledgers_and_day_first_datelines(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # red-team negatives of this round's rules: a royal's "Prince" stays; a shouted non-place opening no dateline;
    # a rank's "Vice" no part of the post; an army's name keeps its "Army"; names that are clergy words stay names
    ("Saudi Arabia's Energy Minister, Prince Abdulaziz bin Salman, said OPEC+ would cut output.",
     [("Abdulaziz bin Salman", "prince", "Saudi Arabia"), ("Abdulaziz bin Salman", "energy minister", "Saudi Arabia")]),
    ("EXCLUSIVE  Acme chief executive Tom Hale has pledged to cut jobs.",
     [("Tom Hale", "chief executive", "Acme"), ("Tom Hale", "to cut jobs")]),
    ("Nigeria's Chief of Naval Staff Vice Admiral Ada Obi said the navy would act.",
     [("Ada Obi", "chief of naval staff", "Nigeria")]),
    ("The Salvation Army commander Tom Hale said so.", [("Tom Hale", "commander", "Salvation Army")]),
    ("Coach chief executive Ada Obi said handbag sales rose.", [("Ada Obi", "chief executive", "Coach")]),
])
def test_rules_red_team_negatives_of_this_rounds_rules(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


def test_rules_a_saints_institution_keeps_a_name_word_before_it(facts_of):
    assert "Mount St. Mary's University" in {e.label for e in facts_of("Mount St. Mary's University president Ada Obi "
                                                                        "said so.").entities}


@pytest.mark.parametrize("text,facts", [
    # a portfolio in lower case, joined by "and", between a post and the name
    ("Similarly, Malawi's minister for natural resources and climate change Ada Obi stressed the challenges.",
     [("Ada Obi", "minister for natural resources and climate change", "Malawi")]),
    ("He met the minister for years Ada Obi.", []),
    ("The minister of health and the police chief Ada Obi met.", [("Ada Obi", "police chief", None)]),
])
def test_rules_lower_case_portfolios_before_a_name(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # amounts in a currency only one country uses set the story there ("4.7 baht": Thailand); shared ones do not
    ("New Prime Minister Ada Obi has promised cheaper energy. The tariff is 4.7 baht a unit, and the subsidy has cost "
     "135 billion baht.", [("Ada Obi", "prime minister", "Thailand"), ("Ada Obi", "cheaper energy")]),
    ("New Prime Minister Ada Obi has promised cheaper energy. The tariff is 4.7 rupees a unit.",
     [("Ada Obi", "prime minister", None), ("Ada Obi", "cheaper energy")]),
])
def test_rules_a_national_currency_sets_the_story(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


def test_rules_a_country_inside_a_body_named_often_is_the_storys(facts_of):
    text = ("The Ghana Ports and Harbours Authority (GPHA) met on Monday. Minister of Transport, Ada Obi, praised GPHA. "
            "GPHA staff cheered. GPHA will grow.")
    assert ("Ada Obi", "minister of transport", "Ghana") in roles_of(facts_of(text))


@pytest.mark.parametrize("text,facts", [
    # an envoy's post is the sending country's: a demonym, a country before the title, or its possessive;
    # "His Excellency" before the name is an honorific, not part of the title or the name
    ("Ghana Ambassador to Peru, His Excellency Tom Hale also presented his credentials.",
     [("Tom Hale", "ambassador to peru", "Ghana")]),
    ("Kenya's top Envoy to Uganda, Mr Ada Obi also paid a courtesy call.", [("Ada Obi", "envoy to uganda", "Kenya")]),
    ("The new Ambassador to Peru, Tom Hale, spoke.", [("Tom Hale", "ambassador", "Peru")]),
    # a title between two names, set off by commas, is the sentence subject's after it
    ("In his talks with President Ada Obi, Prime Minister, Tom Hale discussed trade.",
     [("Ada Obi", "president", None)]),
    ("The deal was signed by Ada Obi, chief executive of Acme, Tom Hale, chairman of Kessly Bank, and Ann Lee.",
     [("Ada Obi", "chief executive", "Acme"), ("Tom Hale", "chairman", "Kessly Bank")]),
    # an official residence is a place, never where a post is held
    ("President Ada Obi received the envoys at State House in Lusaka.", [("Ada Obi", "president", None)]),
    # "undertook a visit" is a task; "undertook to finish" a commitment
    ("The Kessly Group undertook a state visit to Peru. Acme Corp has undertaken to finish the bridge by June.",
     [("Acme Corp", "to finish the bridge by June")]),
    # "he" in an adverbial clause of a clause whose subject is a person: that person
    ("Ada Obi met Tom Hale. \"Tom Hale, long before he was mayor, was a friend,\" she said.",
     [("Tom Hale", "mayor", None)]),
    ("Tom Hale met the board. \"The board, long before he was mayor, was a friend,\" he said.",
     [("Tom Hale", "mayor", None)]),
])
def test_rules_envoys_senders_residences_and_undertakings(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "the Title, Name" pairs in a list: each title is the name's after it, once the name before has its own
    ("The ceremony was attended by the Chairman of Acme Holdings, Tunde Bakare, the Director of the National "
     "Museum, Ilse Varga, and the Governor of Kessly State, Ola Eze.",
     [("Tunde Bakare", "chairman", "Acme Holdings"), ("Ilse Varga", "director", None),
      ("Ola Eze", "governor", "Kessly State")]),
    # a name the NER missed after "the" and a title phrase set off by commas
    ("She met the Minister of Sport, Maninder Sidhu, on Monday.", [("Maninder Sidhu", "minister of sport", None)]),
    # "Title A, and Title and Title, B": the titles joined after a titled name are B's
    ("He praised the leadership of Chairman Ada Obi, and Deputy Chairman and Treasurer, Tom Hale, to always stand by "
     "the club.", [("Ada Obi", "chairman", None), ("Tom Hale", "deputy chairman", None), ("Tom Hale", "treasurer", None)]),
    # the name before has no title: the title set off after it is its own
    ("The deal was signed by Ada Obi, the Chairman of Acme, and Tom Hale.", [("Ada Obi", "chairman", "Acme")]),
    # a portfolio's words after its comma are no name
    ("The award went to the Minister of Trade, Industry and Tourism for the second year.", []),
    ("The Minister for Communications, Urban Infrastructure, Cities and the Arts, Paul Fletcher, said the plan was ready.",
     [("Paul Fletcher", "minister for communications, urban infrastructure, cities and the arts", None)]),
])
def test_rules_titles_and_names_in_a_list_of_pairs(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a portfolio before the name may name its field with "the", also after "and" in a list
    ("Minister for the Arts Tom Hale opened the gallery.", [("Tom Hale", "minister for the arts", None)]),
    ("The union called on Minister for Agriculture, Food and the Marine Martin Heydon to act.",
     [("Martin Heydon", "minister for agriculture, food and the marine", None)]),
    ("Secretary for Financial Services and the Treasury Ada Obi said rates would fall.",
     [("Ada Obi", "secretary for financial services and the treasury", None)]),
    # a portfolio's last word NER glued to the holder's name is the portfolio's
    ("Minister for the Arts and Sport Rod Kemp said in a statement that the orchestras would be saved.",
     [("Rod Kemp", "minister for the arts and sport", None)]),
    # not a place or a second title after "the"
    ("President of the United States Joe Biden said the talks would go on.", [("Joe Biden", "president", "United States")]),
    ("The Minister for Finance and the Governor of the Central Bank, Tom Hale, met.",
     [("Tom Hale", "governor", "Central Bank")]),
])
def test_rules_portfolios_with_the(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # proper nouns ending in a country or region, right before a title and its holder, name one body
    ("Kessly Farmers of Canada chair Pierre Lampron said prices would rise.",
     [("Pierre Lampron", "chair", "Kessly Farmers of Canada")]),
    ("Freeport Indonesia president director Maroef Sjamsuddin admitted delays.",
     [("Maroef Sjamsuddin", "president director", "Freeport Indonesia")]),
    ("Toyota Motor North America CEO Ted Ogawa spoke on Monday.", [("Ted Ogawa", "ceo", "Toyota Motor North America")]),
    # not a country or a place's own name, nor a word that only opens the sentence
    ("Former Kenya President Mwai Kibaki died on Friday.", [("Mwai Kibaki", "president", "Kenya")]),
    ("Trinidad and Tobago Prime Minister Keith Rowley spoke.", [("Keith Rowley", "prime minister", "Trinidad and Tobago")]),
    ("He met Mexico City Mayor Clara Brugada on Monday.", [("Clara Brugada", "mayor", "Mexico City")]),
    ("Republican Texas Senator Ted Cruz spoke on Monday.", [("Ted Cruz", "senator", "Texas")]),
    ("NAIROBI Kenya President Samuel Kiprop spoke on Monday.", [("Samuel Kiprop", "president", "Kenya")]),
])
def test_rules_a_body_named_with_its_country_before_a_title(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,names", [
    # a given name, a nickname in quotes and a surname are one person's name; the nickname alone is theirs
    ("Governor Joko \"Jokowi\" Widodo vowed to fix the floods. Jokowi spoke later.",
     {"Joko \"Jokowi\" Widodo": ["Jokowi"]}),
    ("Director John “Wasusana” Mithamo promised a bonus. Mithamo spoke later.",
     {"John “Wasusana” Mithamo": ["Mithamo"]}),
    ("President Joko \"Jokowi\" Widodo opened the plant. The plant is a major project, Jokowi said in a statement.",
     {"Joko \"Jokowi\" Widodo": ["Jokowi"]}),
    ("The party welcomed Gilbert “Gibo” Teodoro Jr.’s appointment as defence chief.",
     {"Gilbert “Gibo” Teodoro Jr.": []}),
    # not a name that opens with no given name, nor a body's or an event's
    ("The army launched Operation \"Sea Lion\" Kessly on Monday.", {}),
    ("The Grace \"Hope\" Foundation said it would help.", {}),
])
def test_rules_nicknames_inside_names(facts_of, text, names):
    people = {e.label: sorted(e.aliases) for e in facts_of(text).entities if str(e.type) == "Person"}
    assert people == names


@pytest.mark.parametrize("text,agents", [
    # "the companies", "both countries", "the two leaders", "they": the ones of that kind named together before
    ("The minister hailed a partnership between Acme Motors and Kessly Steel. Through this investment, the companies "
     "have committed to hiring 250 workers.", ["Acme Motors", "Kessly Steel"]),
    ("Japan has pledged to provide $170 million to Cambodia, while both countries pledged to deepen their partnership.",
     ["Japan", "Japan", "Cambodia"]),
    ("President Tom Hale met Prime Minister Ada Obi in Lima. Both leaders vowed to cut emissions.", ["Tom Hale", "Ada Obi"]),
    # not "they" for bodies, nor a pair named other than as subjects ("analysts at A and B"), nor a city for a country
    ("The gang robbed Equity Bank and KCB Bank on Monday. They vowed to return.", []),
    ("Microsoft and OpenAI signed a deal, said analysts at Goldman Sachs and Morgan Stanley. The firms pledged to invest "
     "$5 billion.", ["Microsoft", "OpenAI"]),
    ("Meeting in Nairobi, Kenya, the two countries pledged to open their borders.", []),
    ("Nigeria, Ghana and Senegal signed a deal. Both countries pledged to open their borders.", []),
    # not a group named with words of its own, nor one body alone
    ("Ford, GM and Stellantis met the union. The so-called Detroit Big Three automakers committed $1.5 billion.", []),
    ("Acme Motors hired staff on Monday. The companies pledged to grow.", []),
])
def test_rules_plural_descriptions_commit_for_those_named_together(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


@pytest.mark.parametrize("text,pledges", [
    # "made pledges on X": what the pledges are on is what is pledged
    ("At the conference, chief executive Tom Hale made pledges on two-year contracts and shorter supply chains.",
     [("Tom Hale", "on two-year contracts and shorter supply chains")]),
    ("Mayor Ada Obi made a promise on bus fares.", [("Ada Obi", "on bus fares")]),
    # "its commitment to the government to build X": what is promised, not to whom
    ("Acme Mining has given its full commitment to the government to build a smelter.",
     [("Acme Mining", "to build a smelter")]),
    # not a day or a channel, nor a promise made by no one named
    ("Mayor Ada Obi made a pledge on Monday.", []),
    ("Mayor Ada Obi made pledges on social media.", []),
])
def test_rules_pledges_made_on_a_subject(facts_of, text, pledges):
    facts = facts_of(text)
    assert [(labels(facts)[p.agent], p.content) for p in facts.pledges] == pledges


@pytest.mark.parametrize("text,facts", [
    # "the new X include/are A, B and C": each holds the title; a judge sits on the one court the story names
    ("Judges of the High Court were sworn in. The newly sworn-in judges include Ada Obi, Tom Hale and Ken Ade.",
     [("Ada Obi", "judge", "High Court"), ("Tom Hale", "judge", "High Court"), ("Ken Ade", "judge", "High Court")]),
    ("The new deputy ministers are Tom Hale and Ada Obi.",
     [("Tom Hale", "deputy minister", None), ("Ada Obi", "deputy minister", None)]),
    # not former holders, a plural that is no title, or holders not newly installed
    ("Former ministers include Tom Hale and Ada Obi.", []),
    ("The judges of the talent show include Simon Cowell and Amanda Holden.", []),
    ("Speakers at the conference include Jane Goodall and Kofi Annan.", []),
    ("A defamation case is at the High Court. The new judges on The Voice include Kelly Clarkson and John Legend.", []),
    # a judge is of no court named only after ("will appeal to the Supreme Court")
    ("Judge Juan Merchan sentenced him. His lawyers vowed to take the case to the Supreme Court.",
     [("Juan Merchan", "judge", None)]),
    ("The winners include Tom Hale and Ada Obi.", []),
    # "Among the new X are A and B", honorifics before the names; "Others are C" right after: X too
    ("Among the new deputy ministers are Dr. Tom Hale and Deacon Ada Obi. Others are Mrs. Ken Ade.",
     [("Tom Hale", "deputy minister", None), ("Ada Obi", "deputy minister", None), ("Ken Ade", "deputy minister", None)]),
    ("Among the guests were Dr. Tom Hale and Ada Obi. Others are Ken Ade.", []),
    ("Among the former ministers are Tom Hale and Ada Obi.", []),
    ("The new deputy ministers are Tom Hale and Ada Obi. The judges praised them. Others are Ken Ade.",
     [("Tom Hale", "deputy minister", None), ("Ada Obi", "deputy minister", None)]),
])
def test_rules_titles_of_a_listed_plural(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "Title, Name has ..." opening the article after its date line
    (" date 2017-11-17 \nFinance Minister, Ken Ofori-Atta has announced a fund for the arts.",
     [("Ken Ofori-Atta", "finance minister", None)]),
    ("Finance Minister, Ken Ofori-Atta has announced a fund for the arts.", [("Ken Ofori-Atta", "finance minister", None)]),
    # "First Minister" is a post, not a minister described as the first
    ("First Minister Vaughan Gething defended the cuts.", [("Vaughan Gething", "first minister", None)]),
    ("The first female president, Ada Obi, spoke.", [("Ada Obi", "president", None)]),
])
def test_rules_a_title_set_off_before_the_name_at_the_start(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "Title ACRONYM Dr Name": the acronym is the body the post is held in, the name after the honorific the holder
    ("The launch was attended by Director EPI Dr Akram Shah and others.", [("Akram Shah", "director", "EPI")]),
    ("The launch was attended by Director General Health Services KP Dr Arshad Khan and others.",
     [("Arshad Khan", "director general health services", "KP")]),
    # not an acronym that is no body's before a name with no honorific
    ("Speaking to JOE, Tom Hale said the plan would work.", []),
])
def test_rules_an_acronym_before_an_honorific_and_a_name(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,event", [
    # an event's name goes on with its of- or on-phrase, opens with its ordinal and ends with its year
    ("Leaders met at the 37th Ordinary Session of the Kessly Union in Lagos.", "37th Ordinary Session of the Kessly Union"),
    ("Japan pledged at the Seventh Tokyo International Conference on African Development in Yokohama.",
     "Seventh Tokyo International Conference on African Development"),
    ("He spoke at the National Organ Donation Awareness Week 2025 in Kuala Lumpur.",
     "National Organ Donation Awareness Week 2025"),
    # not the day it is held on, the channel showing it, nor a distance
    ("She graced the Koroga Festival on Sunday in Nairobi.", "Koroga Festival"),
    ("Millions watched the Olympics on NBC.", "Olympics"),
    ("He attended the Cannes Film Festival of Thierry Fremaux.", "Cannes Film Festival"),
    ("She won the Olympics 1500 metres final.", "Olympics"),
])
def test_rules_event_names_with_their_phrases(facts_of, text, event):
    names = {n for e in facts_of(text).entities if str(e.type) == "Event" for n in (e.label, *e.aliases)}
    assert event in names


@pytest.mark.parametrize("text,facts", [
    # a counterpart holds the post the owner holds in a country, in the country its demonym or from-phrase names
    ("Ghanaian Sports Minister Ada Obi will hold talks with her Nigerian counterpart, Tom Hale, in Accra.",
     [("Ada Obi", "sports minister", "Ghana"), ("Tom Hale", "sports minister", "Nigeria")]),
    ("Peru's Energy Minister Ada Obi met her counterpart from Chile, Tom Hale, on Monday.",
     [("Ada Obi", "energy minister", "Peru"), ("Tom Hale", "energy minister", "Chile")]),
    # no country named for the counterpart, or the owner's post is a company's: no post
    ("Acme chief executive Ada Obi met her counterpart at Globex, Tom Hale.", [("Ada Obi", "chief executive", None)]),
    ("Acme Corp chairman Ada Obi met his German counterpart, Tom Hale.", [("Ada Obi", "chairman", "Acme Corp")]),
    # a country's name before "counterpart" names the other country too
    ("Chilean Mining Minister Ada Obi met his US counterpart, Tom Hale.",
     [("Ada Obi", "mining minister", "Chile"), ("Tom Hale", "mining minister", "US")]),
    # a post only some countries have, or a head of government's, is not copied
    ("German Chancellor Olaf Scholz and his French counterpart, Emmanuel Macron, met in Paris.",
     [("Olaf Scholz", "chancellor", "Germany")]),
])
def test_rules_a_counterpart_holds_the_same_post_in_another_country(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "A and Title, B, met": the title set off by commas is B's, B parsed in apposition to A
    ("Club owner Jair Bolsonaro spoke. On Thursday morning, Bolsonaro and Sports Minister, Paulo Guedes, met with "
     "the players.", [("Paulo Guedes", "sports minister", None)]),
    # a party's adjective before the title is no portfolio, and the title set off is B's
    ("President Joe Biden and Democratic Senator, Joe Manchin, met on Monday.",
     [("Joe Biden", "president", None), ("Joe Manchin", "democratic senator", None)]),
    # no title runs across a person's name
    ("On Monday, President Ada Obi and Sports Minister, Tom Hale, opened the stadium.",
     [("Ada Obi", "president", None), ("Tom Hale", "sports minister", None)]),
    # a surname NER took for a place no gazetteer knows is the person named in full ("with X as chairman")
    ("Coach Pandeli Majko arrived. The board met in May, with Majko as chairman.", [("Pandeli Majko", "chairman", None)]),
])
def test_rules_titles_set_off_after_and_and_surnames_as_places(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # two titles joined by "and", the second with its own portfolio joined by "and": two posts
    ("Vice President and Secretary for Arts and Culture Ada Obi opened the festival.",
     [("Ada Obi", "vice president", None), ("Ada Obi", "secretary for arts and culture", None)]),
    # a portfolio joined by "and" that opens the sentence is the title's, no body
    ("Arts and Cultural Heritage Minister Ada Obi opened the museum.",
     [("Ada Obi", "arts and cultural heritage minister", None)]),
    ("Youth and Community Sport Minister Ada Obi opened the stadium.",
     [("Ada Obi", "youth and community sport minister", None)]),
    # a portfolio list ends before a family name and a hyphenated given name the NER missed
    ("Minister of Sports, Youth and Tourism Chae Hwi-young opened the festival.",
     [("Chae Hwi-young", "minister of sports, youth and tourism", None)]),
    # a hyphenated portfolio word stays the portfolio's
    ("Minister of Agriculture and Agri-Food Ada Obi opened the fair.", [("Ada Obi", "minister of agriculture and agri-food", None)]),
])
def test_rules_a_portfolio_list_ends_before_a_hyphenated_name(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a body named after a post that NER cut inside the title ("[Office of the Vice] Chancellor") runs on to the
    # title's head, and the post set off before it is held there
    ("Press Officer in the Office of the Vice Chancellor, Tom Hale, said the campus would reopen.",
     [("Tom Hale", "press officer", "Office of the Vice Chancellor")]),
    # "Title to the Title, Name": one title, the name's; the title served is no post of the name's
    ("The club thanked the Special Adviser to the Chairman, Ada Obi, for her work.",
     [("Ada Obi", "special adviser to the chairman", None)]),
    ("The club thanked the Chairman, Ada Obi, for her work.", [("Ada Obi", "chairman", None)]),
    ("The club's Chief of Staff to the Chairman, Tom Hale, said the stadium would open.",
     [("Tom Hale", "chief of staff to the chairman", None)]),
    # with the adviser's brief after the title served
    ("The Senior Adviser to the Chairman on Media and Publicity, Tom Hale, said the club would grow.",
     [("Tom Hale", "senior adviser to the chairman on media and publicity", None)]),
])
def test_rules_a_title_to_a_title_is_one_title(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,name", [
    # a name in apposition to a word for a counterpart or kin is a person's, even with a place's name inside
    ("The envoy held talks with Dar on Monday and then met his Pakistani counterpart Ishaq Dar.", "Ishaq Dar"),
    ("The singer thanked Lagos fans and her husband, Bayo Lagos.", "Bayo Lagos"),
])
def test_rules_a_counterpart_or_relative_is_a_person(facts_of, text, name):
    assert ("Person", name) in {(str(e.type), e.label) for e in facts_of(text).entities}


def test_rules_one_word_after_a_ministers_of_is_the_portfolio(facts_of):
    # NER ran "Labour" into the name after it: the portfolio, not a party
    facts = facts_of("Minister of Labour, Joseph Hamilton on Monday reaffirmed the plan. Minister of Labour Joseph "
                     "Hamilton during the community engagement on Monday.")
    assert roles_and_pledges(facts)[0] == [("Joseph Hamilton", "minister of labour", None)]
    assert {e.label for e in facts.entities} == {"Joseph Hamilton"}


def test_rules_a_bodys_counterpart_stays_a_body(facts_of):
    facts = facts_of("Airbus is outpacing its American counterpart, Boeing, in orders. Boeing shares fell.")
    assert ("Organization", "Boeing") in {(str(e.type), e.label) for e in facts.entities}


def test_rules_a_curly_possessive_before_a_title_is_no_part_of_the_owners_name(facts_of):
    labels = {e.label: e.type for e in facts_of("Tom Hale was still Japan’s Foreign Affairs Minister then.").entities}
    assert labels.get("Japan") == "Place" and "Japan’s" not in labels


@pytest.mark.parametrize("text,facts", [
    # a capitalised word no NER name takes, after a country's adjective or a title word, is a minister's portfolio
    ("On Sunday, Brazilian Culture Minister Ada Obi spoke.", [("Ada Obi", "culture minister", "Brazil")]),
    ("France’s Culture Minister Ann Lee spoke.", [("Ann Lee", "culture minister", "France")]),
    ("Amid the changes, Chief Economic Affairs Minister Tom Hale said so.",
     [("Tom Hale", "chief economic affairs minister", None)]),
    ("It was attended by Kessly Finance Minister Ada Obi.", [("Ada Obi", "finance minister", "Kessly")]),
    ("Acme Oil Company Secretary Tom Hale resigned.", [("Tom Hale", "secretary", "Acme Oil Company")]),
    # "Chairman of Environment Authority": a body, though a portfolio word begins it
    ("Ada Obi, Chairman of Environment Authority, spoke.", [("Ada Obi", "chairman", "Environment Authority")]),
    ("Tom Hale, Secretary of Energy, spoke.", [("Tom Hale", "secretary of energy", None)]),
])
def test_rules_lone_portfolio_words_and_bodies_after_a_title(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a title's initials in brackets between the title and the name set off by a comma
    ("The board thanked the Director of Public Prosecutions (DPP), Ada Obi, for her work.",
     [("Ada Obi", "director of public prosecutions", None)]),
    # the pronoun thread: "The army chief said ... He also pledged": the person the description names
    ("The Chief of Army Staff (COAS), Tom Hale, was decorated by President Ada Obi on Monday.\n\n"
     "Speaking after the event, the Chief of Army Staff said the army would do its best.\n\n"
     "He also pledged loyalty to the constitution.",
     [("Ada Obi", "president", None), ("Tom Hale", "chief of army staff", None),
      ("Tom Hale", "loyalty to the constitution")]),
    # a headline's second clause after a colon, its verb read as a noun: the first clause's subject pledges
    ("Tom Hale Takes Charge as Chief Executive of Acme Bank: Pledges to Cut Fees\nThe story goes on here.",
     [("Tom Hale", "chief executive", None), ("Tom Hale", "to Cut Fees")]),
    ("Acme results: pledges to the fund fell sharply\nThe story goes on here.", []),
])
def test_rules_title_initials_described_threads_and_colon_headlines(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # the organizations a plural subject lists after "including", each committing
    ("Other firms, including Toyota, Unilever and Nestle, have helped, reaffirming their commitment to the region's "
     "growth.", [("Toyota", "to the region's growth"), ("Unilever", "to the region's growth"),
                 ("Nestle", "to the region's growth")]),
    # a copula makes its subject a possessor's commitment; not a short or negated one
    ("A new stadium by the river was Tom Hale's key promise.", [("Tom Hale", "A new stadium by the river")]),
    ("Cheaper bus fares are one of Ada Obi's campaign promises.", [("Ada Obi", "Cheaper bus fares")]),
    ("The problem is Ada Obi's promise. The stadium is not Tom Hale's promise.", []),
])
def test_rules_including_lists_and_stated_commitments(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_rules_a_single_capital_is_no_short_form_of_a_name(facts_of):
    facts = facts_of("Google, Microsoft, Mastercard, 3M and UPS sponsor the games.")
    assert {e.label: e.aliases for e in facts.entities}.get("Mastercard") == set()


@pytest.mark.parametrize("text,facts", [
    # a national office in a story about a nation with its own cabinet (Scotland, Wales) is held there;
    # the union's offices (prime minister) are not
    ("Wales will get more buses, Transport Secretary Ada Obi said. The Welsh Government will fund them in Wales. "
     "Prime Minister Tom Hale backed Wales.",
     [("Ada Obi", "transport secretary", "Wales"), ("Tom Hale", "prime minister", None)]),
    # a short name in capitals a text gave in brackets names the body again ("WHO Regional Director"); an
    # organization before a title wins over a region after "for"
    ("The Food and Agriculture Organization (FAO) met. Ada Obi, FAO Regional Representative for Asia, spoke.",
     [("Ada Obi", "regional representative", "Food and Agriculture Organization")]),
    ("Tom Hale, Acme Bank vice president for Asia, spoke.", [("Tom Hale", "vice president", "Acme Bank")]),
    ("Ann Lee, Kenya's minister for Lamu, spoke.", [("Ann Lee", "minister", "Kenya")]),
])
def test_rules_devolved_nations_short_names_again_and_regional_posts(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a two-word honorific ("Dato Sri", "Tan Sri") is no name, and not the start of one
    ("Kessly assemblyman Dato Sri Dr Ada Obi said the drains would be fixed. Tan Sri Tom Hale agreed.",
     [("Ada Obi", "assemblyman", None)]),
    # an inverted "Said" opening a sentence before a title is the verb, not a first name; "Said Jalili" is a name
    ("Said Trade and Industry Minister Ada Obi: \"We will build more homes.\" Said Jalili met Tom Hale.",
     [("Ada Obi", "trade and industry minister", None)]),
])
def test_rules_two_word_honorifics_and_an_inverted_said(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)
    assert "Sri" not in {e.label for e in facts_of(text).entities}


@pytest.mark.parametrize("text,facts", [
    # a demonym before companies, investors or investment names the visitors, not the story's country
    ("Lima. President Ada Obi returned from Seoul with pledges from Korean companies. Korean investors and Korean "
     "firms will build plants in Peru, and Korean carmakers will follow.", [("Ada Obi", "president", "Peru")]),
    ("President Ada Obi met the Korean government in Seoul. Korean officials and the Korean minister agreed.",
     [("Ada Obi", "president", "South Korea")]),
])
def test_rules_a_demonym_before_traders_is_no_story_country(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_rules_partners_ends_a_company_name(facts_of):
    assert {e.label: e.type for e in facts_of("Millennium Partners bought the tower.").entities} \
        == {"Millennium Partners": "Organization"}


@pytest.mark.parametrize("text,facts", [
    # red-team negatives of this round's rules
    ("The reason for the strike is Ada Obi's broken promise. The biggest problem is Tom Hale's promise.", []),
    ("Free school meals were Labour's flagship pledge.", [("Labour", "Free school meals")]),
    ("Scotland beat Wales 27-20 at Murrayfield. Scottish fans celebrated. Health Secretary Ada Obi later announced "
     "new funding for England.", [("Ada Obi", "health secretary", None)]),
    ("After talks with Joe Biden, President of the United States, Narendra Modi said the partnership was strong.",
     [("Joe Biden", "president", "United States")]),
    ("Welcoming Jane Roe, Chief Executive of Acme Bank, Tom Hale said the investment was welcome.",
     [("Jane Roe", "chief executive", "Acme Bank")]),
    ("Tom Hale, ODM Senator for Kisumu, said the county needed more funds.", [("Tom Hale", "senator", "Kisumu")]),
    ("Several clubs, including Arsenal, Chelsea and Liverpool, have pledged to cut ticket prices.",
     [("Arsenal", "to cut ticket prices"), ("Chelsea", "to cut ticket prices"), ("Liverpool", "to cut ticket prices")]),
    ("President Ruto undertook a tour of Western Kenya to drum up support for the housing levy.",
     [("Ruto", "president", None)]),
    ("The funeral was led by Methodist Minister Tom Hale.", [("Tom Hale", "minister", "Methodist")]),
])
def test_rules_red_team_negatives_of_the_envoy_and_portfolio_round(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,name,kind", [
    ("The Excellency Hotel in Nairobi was sold to Acme Holdings.", "Excellency Hotel", "Place"),
    ("Students at Shri Ram College of Commerce protested the fee increase.", "Shri Ram College of Commerce",
     "Organization"),
    ("The bill passed the Massachusetts State House on Monday.", "Massachusetts State House", "Organization"),
])
def test_rules_honorifics_and_residences_inside_names_of_bodies(facts_of, text, name, kind):
    assert {e.label: e.type for e in facts_of(text).entities}.get(name) == kind


@pytest.mark.parametrize("text,facts", [
    # a rank (and "retired") between a title's comma and the name is no post; the title before the comma is
    ("Also speaking, Minister of Health, retired Major General Ada Obi, said the clinics were ready.",
     [("Ada Obi", "minister of health", None)]),
    ("Attorney General Tom Hale spoke.", [("Tom Hale", "attorney general", None)]),
    # a church's primate is a post
    ("The Primate of the Church of Uganda, Dr Stephen Kaziimba, has pledged the church's support for peace.",
     [("Stephen Kaziimba", "primate", "Church of Uganda"), ("Stephen Kaziimba", "the church's support for peace")]),
])
def test_rules_ranks_after_a_titles_comma_and_primates(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)



@pytest.mark.parametrize("text,facts", [
    # "The Title of the Body (ABBR), Name made ...": the post, without a comma after the name that is the subject
    ("The Director-General of the Kenya Ports Authority (KPA), Michael Otieno made this known on Monday.",
     [("Michael Otieno", "director-general", "Kenya Ports Authority")]),
    # a company before "Title of <a company's part>": the company's post, the part in the title
    ("Google Vice President of Global Marketing, Tom Hale, spoke.",
     [("Tom Hale", "vice president of global marketing", "Google")]),
    ("The President of the Acme Workers Union, Ada Obi, said so.", [("Ada Obi", "president", "Acme Workers Union")]),
    # a party's flagbearer holds a post in the party
    ("Ada Obi, the flagbearer of the Kessly People's Party (KPP), has vowed to cut taxes.",
     [("Ada Obi", "flagbearer", "Kessly People's Party"), ("Ada Obi", "to cut taxes")]),
])
def test_rules_opening_titles_company_parts_and_flagbearers(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "Minister of Health and Chair of the X Board": two posts, the second's of-phrase its own
    ("Ada Obi, Minister of Health and Chair of the Kessly Water Board, will lead the delegation.",
     [("Ada Obi", "minister of health", None), ("Ada Obi", "chair", "Kessly Water Board")]),
    ("Tom Hale, President and CEO of Acme Bank, spoke.",
     [("Tom Hale", "president", "Acme Bank"), ("Tom Hale", "ceo", "Acme Bank")]),
    ("On Monday, Communities and Local Government Secretary Ann Lee came.",
     [("Ann Lee", "communities and local government secretary", None)]),
    # a chief justice, or a country's inspector general of police, is a national post
    ("Namibia's courts reopened. Chief Justice Peter Shivute said cases would be heard faster in Namibia.",
     [("Peter Shivute", "chief justice", "Namibia")]),
])
def test_rules_two_posts_with_their_own_of_phrases_and_national_judges(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a given name written with a hyphen and a lower-case syllable is one name; "-led" is no syllable
    ("Attending were Kim Min-jun (김민준), CEO of Acme Telecom; and Lee Seo-yeon (이서연), CEO of Kessly Mobile.",
     [("Kim Min-jun", "ceo", "Acme Telecom"), ("Lee Seo-yeon", "ceo", "Kessly Mobile")]),
    # a country's possessive opening the sentence before "Title, Style Name": the title is held there, the
    # royal style too
    ("Saudi Arabia’s Minister of Sport, Prince Abdulaziz bin Turki al-Faisal, has said the stadiums are ready.",
     [("Abdulaziz bin Turki", "minister of sport", "Saudi Arabia"), ("Abdulaziz bin Turki", "prince", "Saudi Arabia")]),
    ("Kenya's Minister of Health, Ada Obi said so.", [("Ada Obi", "minister of health", "Kenya")]),
])
def test_rules_hyphenated_given_names_and_possessive_countries_before_a_comma_title(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_rules_a_compound_participle_is_no_syllable_of_a_name(facts_of):
    assert "Tom Hale" in {e.label for e in facts_of("Tom Hale met Ada Obi. The Tom Hale-led talks ended.").entities}


def test_rules_a_description_of_a_speaker_with_a_portfolio_of_several_words(facts_of):
    text = ("Minister for Water and Sanitation, Ada Obi has assured residents that the dams will be finished.\n\n"
            "\"We are very committed to completing them,\" the Minister said.\n\n"
            "\"I am also committed to ensuring that they are maintained.\"")
    pledges = [p for p in roles_and_pledges(facts_of(text))[0] if len(p) == 2]
    assert ("Ada Obi", "to completing them") in pledges and ("Ada Obi", "to ensuring that they are maintained") in pledges


def test_rules_a_demonym_description_of_one_of_two_ministers_places_neither(facts_of):
    text = ("The Minister of Foreign Affairs, Ada Obi, was in Peru on a visit. In Lima, she met the President of Peru, "
            "Tom Hale, and the Minister of Foreign Affairs, Ann Lee. The Chilean Foreign Minister underlined the ties.")
    roles = roles_of(facts_of(text))
    assert not any(p == "Ann Lee" and o == "Chile" for p, _t, o in roles)


@pytest.mark.parametrize("text,facts", [
    # "wa" inside a name ("Bingu wa Mutharika") is a particle of it
    ("Malawi’s President Bingu wa Mutharika has pledged to build a mosque in Mangochi.",
     [("Bingu wa Mutharika", "president", "Malawi"), ("Bingu wa Mutharika", "to build a mosque in Mangochi")]),
    # "the police chief" is the one named after "Inspector General of Police" (the last named, if two heads are)
    ("The Inspector General of Police, Ada Obi, released her targets. The police chief has vowed to deal with corrupt "
     "officers.", [("Ada Obi", "inspector general of police", None), ("Ada Obi", "to deal with corrupt officers")]),
])
def test_rules_name_particle_wa_and_police_chiefs_of_police(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a portfolio of-phrase between the title and the body's of-phrase; "newly appointed" and "signed by" before it
    ("In a statement signed by the Director of Public Affairs of the Kenya Ports Authority, Michael Otieno, the "
     "port said so.", [("Michael Otieno", "director of public affairs", "Kenya Ports Authority")]),
    ("The newly appointed Executive Vice Chairman of the Kenya Ports Authority (KPA), Michael Otieno has promised "
     "to speed up clearance.", [("Michael Otieno", "executive vice chairman", "Kenya Ports Authority"),
                                ("Michael Otieno", "to speed up clearance")]),
    ("Ann Lee, Director of Public Affairs of the Acme Bank, spoke.",
     [("Ann Lee", "director of public affairs", "Acme Bank")]),
])
def test_rules_portfolios_between_a_title_and_its_body(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)
    assert "Public Affairs" not in {e.label for e in facts_of(text).entities}


@pytest.mark.parametrize("text,facts", [
    # red-team negatives of the second round
    ("Cheng Yu-tung (鄭裕彤), chairman of New World Development, promised dividends.",
     [("Cheng Yu-tung", "chairman", "New World Development"), ("Cheng Yu-tung", "dividends")]),
    ("The Primate of the Church of Nigeria (Anglican Communion), Henry Ndukuba, promised to build schools.",
     [("Henry Ndukuba", "primate", "Church of Nigeria"), ("Henry Ndukuba", "to build schools")]),
    ("The team's flagbearer at the Olympics, sprinter Blessing Okagbare, waved.", []),
    ("Assistant Inspector General of Police, Ade Shinaba, met the press. The police chief promised to arrest the "
     "kidnappers.", [("Ade Shinaba", "assistant inspector general of police", None)]),
])
def test_rules_red_team_negatives_of_the_second_round(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "pledges include $X from A, $Y from B": one pledge per donor, with its amount
    ("Pledges for the flood appeal include $2m from Kenya, $500,000 from the Acme Foundation and $1m from Uganda.",
     [("Kenya", "$2m from Kenya"), ("Acme Foundation", "$500,000 from the Acme Foundation"),
      ("Uganda", "$1m from Uganda")]),
    ("Imports from Kenya rose by $5bn despite the pledges.", []),
    ("Pledges from Kenya and Uganda arrived on Monday.", []),
])
def test_rules_pledged_amounts_from_donors(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a title written with a hyphen and a lower-case head ("Vice-president") is one title, after a body's short name
    ("The Kenya Private Sector Alliance (KEPSA) met on Monday.\n\nKEPSA Senior Vice-president Ada Obi said the "
     "alliance would grow.", [("Ada Obi", "senior vice-president", "Kenya Private Sector Alliance")]),
    ("The well-known Ada Obi spoke.", []),
])
def test_rules_a_hyphenated_lower_case_title_head(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "Name, Title, Body," in a list: the body set off by commas after the title holds the post
    ("She met executives: Ada Obi, CEO, Safaricom, Tom Hale, President & Chief Operating Officer, Equity Bank, "
     "and others.", [("Ada Obi", "ceo", "Safaricom"), ("Tom Hale", "president", "Equity Bank"),
                     ("Tom Hale", "chief operating officer", "Equity Bank")]),
    ("Ada Obi, the mayor, spoke to Kenya Airways staff.", [("Ada Obi", "mayor", None)]),
])
def test_rules_a_body_set_off_after_a_title_in_a_list(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,run", [
    # a portfolio ends before a name parsed as the subject the title hangs on
    ("Minister of State for Sports Tunde Bakare said the stadium would open.", "Minister of State for Sports"),
    # the title itself the subject: the portfolio's words stay the title's
    ("The Minister of Foreign Affairs said the talks went well.", "Minister of Foreign Affairs"),
    # a portfolio word parsed on the name is still the portfolio's
    ("State Secretary for Foreign Affairs and External Economic Relations Tunde Bakare said the talks went well.",
     "State Secretary for Foreign Affairs and External Economic Relations"),
])
def test_rules_a_portfolio_ends_before_the_subjects_name(nlp, text, run):
    from kg.extract.cues import title_runs
    from kg.extract.nlp import parse

    doc = parse(nlp, text)
    assert " ".join(doc[i].text for i in sorted(title_runs(doc))) == run


@pytest.mark.parametrize("text,facts", [
    # "Minister Responsible for X": one title, "Responsible" is no one's name
    ("The Minister Responsible for Seniors, Ada Obi, opened the clinic.",
     [("Ada Obi", "minister responsible for seniors", None)]),
    ("Ada Obi, Minister Responsible for Tourism, said visits will rise.",
     [("Ada Obi", "minister responsible for tourism", None)]),
    # lower case, and "responsible" describing a person, are no such title
    ("Ada Obi, the official responsible for Tourism, said visits will rise.", []),
    ("Police said Tom Hale was Responsible for the crash.", []),
    # "Title of X, A and Title of Y, B": B's title, also parsed as B in apposition to A
    ("The coach was joined by Director of Football, Tom Hale and Head of Recruitment, Ada Obi.",
     [("Tom Hale", "director of football", None), ("Ada Obi", "head of recruitment", None)]),
    ("The party was joined by Secretary of State, Tom Hale and Minister of Justice, Ada Obi.",
     [("Tom Hale", "secretary of state", "United States"), ("Ada Obi", "minister of justice", None)]),
    ("The prize went to Tom Hale and Ada Obi, a nurse, for their work.", []),
])
def test_rules_titles_responsible_for_and_title_name_pairs_joined_by_and(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # amounts committed "each": one pledge per agent
    ("Chile and Norway have committed $2 million each, while others pledged less.",
     [("Chile", "$2 million each"), ("Norway", "$2 million each")]),
    ("The two brothers committed each of the robberies, police said.", []),
    # a light verb's commitment with a named owner: the owner commits, not the speaker
    ("Tom Hale reaffirmed Kessland's commitment to finalizing the treaty, officials said.",
     [("Kessland", "to finalizing the treaty")]),
    ("Tom Hale reaffirmed his commitment to finalizing the treaty.", [("Tom Hale", "to finalizing the treaty")]),
    # thanked or praised for a pledge: the one praised pledged
    ("The coach praised Ada Obi for a pledge of $500 to the youth team.", [("Ada Obi", "of $500")]),
    ("The fans thanked the club for the new stadium.", []),
    ("Nobody thanked Acme for its promise to cut jobs.", []),
])
def test_rules_amounts_each_owners_of_reaffirmed_commitments_and_praised_pledges(facts_of, text, facts):
    pledges = [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2]
    assert sorted(pledges) == sorted(facts)


def test_rules_a_bodys_initialism_written_again_is_its_mention(facts_of):
    # an initialism NER tagged as an organization elsewhere is that body where NER missed it
    text = ("KMS said on Monday that prices must rise, and KMS members marched. "
            "The march was led by Tom Hale, General Secretary of KMS.")
    assert [where for person, _title, where in roles_and_pledges(facts_of(text))[0] if person == "Tom Hale"] == ["KMS"]
    # an upper-case word NER never took for a body stays no one's
    text = "Prices must rise, the union said. The march was led by Tom Hale, General Secretary of KMS."
    assert [where for person, _title, where in roles_and_pledges(facts_of(text))[0] if person == "Tom Hale"] == [None]


@pytest.mark.parametrize("text,facts", [
    # an abbreviated given name is the first word of the name after it
    ("The cricket board said its president Md. Nazmul Hassan would tour.",
     [("Md. Nazmul Hassan", "president", None)]),
    ("Chief executive Ma. Lourdes Reyes opened the new branch.", [("Ma. Lourdes Reyes", "chief executive", None)]),
    # a state's abbreviation after a city and its comma stays a place
    ("Governor Wes Moore spoke in Baltimore, Md. The talks ended.", [("Wes Moore", "governor", "Md.")]),
])
def test_rules_abbreviated_given_names(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "the X government said it will ...": the country commits, not a body named before
    ("The World Bank will host the talks. The Canadian government said it will commit $50 million to the fund.",
     [("Canada", "$50 million to the fund")]),
    ("The World Bank will host the talks. The lender said it will commit $50 million to the fund.",
     [("World Bank", "$50 million to the fund")]),
    # "the monarch": the one king, queen, emir or sultan the article names
    ("Sultan Ibrahim Iskandar opened the stadium. The monarch promised to fund the youth league.",
     [("Ibrahim Iskandar", "to fund the youth league")]),
    ("Queen Margrethe met King Harald. The monarch promised to fund the youth league.", []),
])
def test_rules_a_government_saying_it_and_the_monarch(facts_of, text, facts):
    pledges = [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2]
    assert sorted(pledges) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a definite description of a person as the subject: the person named just before
    ("Ada Obi took over the club in May. The billionaire promised to build a new stadium.",
     [("Ada Obi", "to build a new stadium")]),
    ("Tom Hale was elected on Sunday. The 61-year-old vowed to cut the queue at the clinic.",
     [("Tom Hale", "to cut the queue at the clinic")]),
    # not a description with an owner or an of-phrase, nor an age of a thing
    ("Ada Obi took over the club in May. The billionaire's company promised to build a new stadium.", []),
    ("Tom Hale spoke on Sunday. The 61-year-old law promised much.", []),
])
def test_rules_a_person_called_by_description(facts_of, text, facts):
    pledges = [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2]
    assert sorted(pledges) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "Name, title of X, said", parsed with the name as the title's modifier
    ("Nam Kyung-pil, governor-elect of Gyeonggi Province, said he would build roads.",
     [("Nam Kyung-pil", "governor-elect", "Gyeonggi Province")]),
    ("Ada Obi, the coach's sister, said the team would win.", []),
])
def test_rules_a_name_parsed_as_its_titles_modifier(facts_of, text, facts):
    roles = [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 3]
    assert sorted(roles) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # red-team negatives of this round: a surname "Ma" ends its sentence; a state's "Md." after its city
    ("The event drew co-founder Jack Ma. Chief executive Eddie Wu said growth would return.",
     [("Jack Ma", "co-founder", None), ("Eddie Wu", "chief executive", None)]),
    ("The family moved to Baltimore, Md. Frank Smith, the uncle, said it was sad.", []),
    # praised for devotion is no pledge; in "thanked A for X and B for Y" the pledge is B's
    ("The coach praised Tom Hale for a commitment to the team that never wavered.", []),
    ("The president thanked Japan for its commitment and Germany for its pledge of 5 billion euros.",
     [("Germany", "of 5 billion euros")]),
    ("The mayor thanked Tom Hale for his commitment to raise $1 million for the shelter.",
     [("Tom Hale", "to raise $1 million for the shelter")]),
    # "the late monarch", "the Thai monarch" are not the one king named
    ("King Charles unveiled a statue of his mother. The late monarch had promised to visit the town.",
     [("Charles", "king", None)]),
])
def test_rules_red_team_negatives_of_the_third_round(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "X were among the promises made by Z": what the copula names is Z's pledge
    ("Free bus passes were among the pledges made by Ada Obi on Monday.", [("Ada Obi", "Free bus passes")]),
    ("Free bus passes were among the topics raised by Ada Obi on Monday.", []),
    # "X was a key Labour manifesto pledge": the party named on the noun pledged X
    ("A new hospital was a key Labour manifesto pledge in the election.", [("Labour", "A new hospital")]),
    ("A new hospital was a key Labour talking point in the election.", []),
])
def test_rules_pledges_named_by_a_copula(facts_of, text, facts):
    pledges = [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2]
    assert sorted(pledges) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a dateline's colon glued to the first word: the demonym still places the post
    ("NAIROBI, May 2 (KNA):Kenyan Ambassador Ada Obi opened the trade fair.", [("Ada Obi", "ambassador", "Kenya")]),
    # a name NER took for a body after "Title," and before "and" is a person's
    ("The minister met Kessly Farmers Union (KFU) President, Zubair Tufail and other union leaders.",
     [("Zubair Tufail", "president", "Kessly Farmers Union")]),
    ("The deal was signed by the club's President, Kenya Airways and the league.", []),
])
def test_rules_glued_dateline_colons_and_names_after_a_title_before_and(facts_of, text, facts):
    roles = [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 3]
    assert sorted(roles) == sorted(facts)


def test_rules_a_one_word_person_ner_also_calls_a_body_is_the_body(nlp):
    # NER calls "Zentrix" a person twice and a body once, never with a given name: a body
    from kg.extract.entities import resolve_entities
    from kg.extract.mentions import Mention
    from kg.extract.nlp import parse

    doc = parse(nlp, "Zentrix will grow. If Zentrix wins a deal, Zentrix chief executive Tom Hale will hire staff.")
    at = [t.i for t in doc if t.text == "Zentrix"]
    kinds = ["Person", "Organization", "Person"]
    entities, _ = resolve_entities(doc, [Mention(i, i + 1, k, "ner") for i, k in zip(at, kinds)])
    assert [(e.label, e.type.value) for e in entities] == [("Zentrix", "Organization")]
    # no post held there: a one-word name NER once called a body is no body ("Djokovic withdrew")
    doc = parse(nlp, "Zentrix withdrew. If Zentrix recovers, Zentrix will play.")
    at = [t.i for t in doc if t.text == "Zentrix"]
    entities, _ = resolve_entities(doc, [Mention(i, i + 1, k, "ner") for i, k in zip(at, kinds)])
    assert entities == []
    # called a person only, it is no entity (a one-word "person" is NER's guess)
    entities, _ = resolve_entities(doc, [Mention(i, i + 1, "Person", "ner") for i in at])
    assert entities == []


@pytest.mark.parametrize("text,facts", [
    # a title's of-phrase writing a body the article names in full, short of its designator
    ("Heathrow Airport will expand. Ada Obi, who took over as CEO of Heathrow in July, said it would grow.",
     [("Ada Obi", "ceo", "Heathrow Airport")]),
    # a portfolio that begins a committee's name stays the title's
    ("The Foreign Affairs Committee met. Ada Obi, who became Minister of Foreign Affairs in May, spoke.",
     [("Ada Obi", "minister of foreign affairs", None)]),
])
def test_rules_a_body_written_short_in_a_titles_of_phrase(facts_of, text, facts):
    roles = [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 3]
    assert sorted(roles) == sorted(facts)


@pytest.mark.parametrize("text,name", [
    # a credit in capitals NER ran into the name is no part of it; initials in capitals are
    ("Photo by THE CANADIAN PRESS Travis Toews, Minister of Finance, speaks to the media.", "Travis Toews"),
    ("The meeting was attended by Finance Minister AH Mahmood Ali on Monday.", "AH Mahmood Ali"),
])
def test_rules_capitals_run_into_a_name(facts_of, text, name):
    assert name in {e.label for e in facts_of(text).entities if e.type.value == "Person"}


@pytest.mark.parametrize("text,facts", [
    # Sarawak, like Australia's states and Canada's provinces, has a premier
    ("Roads in Sarawak will be repaired, Deputy Premier Awang Tengah said after talks with Malaysia's "
     "federal government in Malaysia.", [("Awang Tengah", "deputy premier", "Sarawak")]),
    # "the (ANC)-led provincial government": the province commits, whoever leads it
    ("The Gauteng legislature met on Monday. Premier Panyaza Lesufi said the African National Congress (ANC)-led "
     "provincial government is committed to building 500 clinics.",
     [("Panyaza Lesufi", "premier", "Gauteng"), ("Gauteng", "to building 500 clinics")]),
])
def test_rules_premiers_of_sarawak_and_governments_led_by_a_party(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a deputy the text places nowhere holds office where the one post its title names is held
    ("Kessly Reserve Bank Governor Tom Hale said rates would hold. Deputy Governor Ada Obi said inflation would ease.",
     [("Tom Hale", "governor", "Kessly Reserve Bank"), ("Ada Obi", "deputy governor", "Kessly Reserve Bank")]),
    # not when that post is held in two places
    ("Kessly Reserve Bank Governor Tom Hale and Lagos Governor Jan Ruml met. Deputy Governor Ada Obi said "
     "inflation would ease.", [("Tom Hale", "governor", "Kessly Reserve Bank"), ("Jan Ruml", "governor", "Lagos"),
                               ("Ada Obi", "deputy governor", None)]),
])
def test_rules_a_deputy_placed_nowhere(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a city NER ran into the title and name after it is the post's place
    ("Busan Mayor Park Hyung-joon said the city would grow.", [("Park Hyung-joon", "mayor", "Busan")]),
    # a given name that is also a town's name stays the person's ("Ali King", not "Ali")
    ("Labor's Ali King is attempting to win back the seat.", []),
    # a hyphenated given name makes NER's "organization" a person
    ("The UK Minister for the Indo-Pacific, Anne-Marie Trevelyan, today announced further funding.",
     [("Anne-Marie Trevelyan", "minister for the indo-pacific", "UK")]),
])
def test_rules_cities_run_into_names_and_hyphenated_given_names(facts_of, text, facts):
    projected, lab = roles_and_pledges(facts_of(text))
    assert sorted(projected) == sorted(facts)
    assert "Ali" not in lab


@pytest.mark.parametrize("text,facts", [
    # red-team negatives of the fourth round
    ("Microsoft President Brad Smith spoke. Vice President Kamala Harris also addressed delegates.",
     [("Brad Smith", "president", "Microsoft"), ("Kamala Harris", "vice president", None)]),
    ("The panel included the Chairman, General Motors and Ford representatives.", []),
    ("The Governor, Wells Fargo and Citigroup all issued statements.", []),
    ("Jane Fonda, 86, joined the protest with Greta Thunberg. The 21-year-old vowed to return.", []),
    ("Jane Fonda, 86, joined the protest with Greta Thunberg, 21. The 21-year-old vowed to return.",
     [("Greta Thunberg", "to return")]),
    # "who" after an adjunct: the person named before it, not a group
    ("The coach spoke with Tom Hale about the transfer, who promised him a new contract.",
     [("Tom Hale", "a new contract")]),
    ("Tom Hale spoke to the crowd at the rally, who promised to vote for him.", []),
])
def test_rules_red_team_negatives_of_the_fourth_round(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # ISO 3166-2 writes Chinese and Korean names with a romanised type word ("Hainan Sheng",
    # "Gyeonggi-do"): the bare name is the province, where a governor is placed
    ("HAIKOU, May 2. The city of Haikou hosted the fair. Hainan is building a free trade port, said provincial "
     "governor Chen Xiaoming.", [("Chen Xiaoming", "provincial governor", "Hainan")]),
    ("SUWON, May 2. The city of Suwon hosted the fair. Gyeonggi will build a new port, said Governor Kim Dong-yeon.",
     [("Kim Dong-yeon", "governor", "Gyeonggi")]),
])
def test_rules_chinese_and_korean_provinces_by_their_bare_names(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_gazetteer_strips_romanised_type_words():
    from kg.extract.gazetteer import is_subdivision, state_country

    assert is_subdivision("Hainan") and state_country("Guangdong") == "CN" and is_subdivision("Gyeonggi")
    assert not is_subdivision("Seoul Tower")


@pytest.mark.parametrize("text,facts", [
    # "Among those who pledged X are A, B and C": each one named pledged X
    ("Among the companies that have committed to invest in the park are Acme Corp and Zentrix Ltd.",
     [("Acme Corp", "to invest in the park"), ("Zentrix Ltd.", "to invest in the park")]),
    ("Among those who spoke were Michael Bloomberg and Ted Turner.", []),
])
def test_rules_agents_named_after_among(facts_of, text, facts):
    pledges = [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2]
    assert sorted(pledges) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a headline's second verb read as a noun joined to the first verb's object
    ("Mayor praises volunteers and pledges to rebuild the bridge\nMayor Ada Obi said the town would recover.",
     [("Ada Obi", "mayor", None), ("Ada Obi", "to rebuild the bridge")]),
    # not in a sentence, nor pledges as a noun
    ("The union welcomes the deal and pledges from donors.", []),
])
def test_rules_a_headlines_second_verb_read_as_a_noun(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "one of X's promises was to V": X pledged what the copula names
    ("One of the club chairman Ada Obi's promises at the annual meeting was to build a new stadium by 2030.",
     [("Ada Obi", "chairman", None), ("Ada Obi", "to build a new stadium by 2030")]),
    # not a promise the sentence says was broken, with nothing to do
    ("One of the council's promises was broken last year.", []),
])
def test_rules_one_of_the_promises_was_to(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "X took the lead in V-ing by pledging Y": X pledged
    ("Lenovo took the lead in supporting the schools by pledging 2,000 laptops.", [("Lenovo", "2,000 laptops")]),
    # not a role someone else praised
    ("Critics praised Lenovo's role in supporting the schools by pledging laptops.", []),
])
def test_rules_by_pledging_after_leading_the_way(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)



@pytest.mark.parametrize("text,facts", [
    # "X will exceed its pledge to V with a new commitment to W": two pledges, both X's
    ("Nestle said it will exceed its 2020 pledge to cut plastic by a third with a new commitment to halve it by 2030.",
     [("Nestle", "to cut plastic by a third"), ("Nestle", "to halve it by 2030")]),
    ("Critics said Nestle did not exceed its pledge to cut plastic.", [("Nestle", "to cut plastic")]),  # (a pledge
    # reported as not kept is still one, ANNOTATION.md)
    # "X has joined the Race to Zero, a commitment to V": X commits
    ("Harvard University has joined the Race to Zero, a commitment to be carbon neutral by 2035.",
     [("Harvard University", "to be carbon neutral by 2035")]),
    ("Harvard University has not signed the charter, a commitment to be carbon neutral by 2035.", []),
    # "a promise made in May that she will V", however the parser hangs the that-clause
    ("Chairwoman Ada Obi said she repeated a promise made at the last meeting that she will step down next year.",
     [("Ada Obi", "chairwoman", None), ("Ada Obi", "that she will step down next year")]),
])
def test_rules_pledges_exceeded_joined_and_made_that(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a company and the country or region it works in, before a post, name one body
    ("Unilever Kenya Managing Director Ada Obi said the firm would hire 300 people. Samsung Vietnam CEO Choi Joo-ho "
     "agreed.", [("Ada Obi", "managing director", "Unilever Kenya"), ("Choi Joo-ho", "ceo", "Samsung Vietnam")]),
    # not a company's name before a place and its title ("Kenya Airways spokesman")
    ("Kenya Airways spokesman John Mwangi said the airline would hire.",
     [("John Mwangi", "spokesman", "Kenya Airways")]),
    # an interim or acting CEO is held at the article's company
    ("Boeing Co. said its finance chief would lead it. Boeing Chief Financial Officer Greg Smith will serve as interim "
     "CEO during the transition. Boeing shares rose.",
     [("Greg Smith", "chief financial officer", "Boeing"), ("Greg Smith", "interim ceo", "Boeing Co.")]),
    # "named its chairman, X, as chief executive": X is named
    ("Arsenal named its chairman, Arsene Wenger, as chief executive.",
     [("Arsene Wenger", "chairman", "Arsenal"), ("Arsene Wenger", "chief executive", "Arsenal")]),
    # "Mr [Kobina] [Tahir Hammond]": a one-word name NER took for a place, between Mr and a person's name
    ("Mr Kobina Ada Obi, the chief executive, said sales rose.", [("Kobina Ada Obi", "chief executive", None)]),
    ("In Accra, Ada Obi, the chief executive, said sales rose.", [("Ada Obi", "chief executive", None)]),
])
def test_rules_company_arms_interim_posts_and_named_appointees(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "[King Tupou VI]", which NER took for a body: a monarch's title, a name and a regnal number
    ("Xi Jinping sent a message of sympathy to King Tupou VI of Tonga after the cyclone.",
     [("Tupou VI", "king", "Tonga")]),
    # not a county named after a prince
    ("Prince George's County officials met on Monday.", []),
])
def test_rules_a_monarch_with_a_regnal_number(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_rules_a_quotes_capitalised_first_word_written_lower_case_elsewhere_is_no_name(facts_of):
    facts = facts_of("Chief Ada Obi spoke at the durbar. According to the Chief, “Galamsey will never happen in this "
                     "area. We will report anyone engaged in galamsey.”")
    assert sorted(labels(facts).values()) == ["Ada Obi"]
    # a name that is never written lower case stays one
    facts = facts_of("According to the Chief, “Mensah will lead the durbar.” Mensah agreed.")
    assert "Mensah" in labels(facts).values()


@pytest.mark.parametrize("text,facts", [
    # a step not taken, another's pledge, or no pledge named: no commitment by the subject
    ("Nigeria refused to sign the Methane Pledge, a commitment to cut methane by 30 per cent.", []),
    ("India has yet to join the Global Methane Pledge, a commitment to cut methane.", []),
    ("Kenya endorsed Britain's pledge, a commitment to end coal by 2030.", []),
    ("Greenpeace joined the protest, a commitment to keep pressure on Shell.", []),
    # "with a promise from suppliers": the suppliers', not the subject's
    ("Unilever will exceed its commitment to halve plastic use with a promise from suppliers to cut packaging.",
     [("Unilever", "to halve plastic use")]),
    # a one-word country between Mr and a name is no given name
    ("Kenya beat Uganda. Coach Mr Kenya John Otieno praised the team.", []),
])
def test_rules_red_team_negatives_of_the_fifth_round(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_rules_red_team_names_of_the_fifth_round(facts_of):
    # a body named only at sentence starts and after an opening quote stays one
    facts = facts_of("Shell reported record profits. “Shell is committed to Nigeria,” a spokesman said. Critics say it "
                     "uses a shell company in Bermuda.")
    assert "Shell" in labels(facts).values()
    assert ("Shell", "to Nigeria") in roles_and_pledges(facts)[0]
    # "Storm" is a given name too; typhoons and hurricanes stay storms
    assert "Storm Reid" in labels(facts_of("Storm Reid starred in Euphoria. Reid said the role changed her life.")).values()
    facts = facts_of("Typhoon Ompong hit the north on Saturday. Ompong killed 60 people.")
    assert [e.type for e in facts.entities if e.label == "Typhoon Ompong"] == ["Event"]


@pytest.mark.parametrize("text,facts", [
    # a to-clause the parser hung on the noun of a phrase between the verb and it
    ("Mayor Ada Obi vowed at the rally to cut taxes.", [("Ada Obi", "mayor", None), ("Ada Obi", "to cut taxes")]),
    ("Senator Ada Obi pledged during her campaign to fight racism in the police.",
     [("Ada Obi", "senator", None), ("Ada Obi", "to fight racism in the police")]),
    # "the governments of A and B pledged": A and B
    ("The governments of Germany and Netherlands pledged to each contribute $17.5 million toward a new trust fund.",
     [("Germany", "to each contribute $17.5 million toward a new trust fund"),
      ("Netherlands", "to each contribute $17.5 million toward a new trust fund")]),
    # "signed a letter of intent committing $5m", "unveiled a budget committing": the signer's
    ("Finance Minister Ada Obi unveiled a budget committing $5 billion to health.",
     [("Ada Obi", "finance minister", None), ("Ada Obi", "$5 billion to health")]),
    ("Lawmakers praised a bill committing $5 billion to health.", []),
    # "she highlights a commitment to": hers; not a report's
    ("Governor Ada Obi spoke on Monday. She highlights a commitment to enhancing road connectivity.",
     [("Ada Obi", "governor", None), ("Ada Obi", "to enhancing road connectivity")]),
    ("Governor Ada Obi spoke on Monday. The report highlights a commitment to enhancing road connectivity.",
     [("Ada Obi", "governor", None)]),
    # "X will meet its promise": its is X's, whatever body was named before
    ("Norway's minister spoke about the Amazon Fund, which has grown. Norway will meet its promise to support the "
     "Amazon Fund with $1 billion.", [("Norway", "to support the Amazon Fund with $1 billion")]),
    # a portfolio listed with commas before the title
    ("Environment, Forest and Climate Change Minister Saber Hossain Chowdhury said the bank would help.",
     [("Saber Hossain Chowdhury", "environment, forest and climate change minister", None)]),
])
def test_rules_stranded_clauses_governments_papers_and_portfolio_lists(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a to-clause of purpose after "in a bid", "in an effort": no pledge
    ("Boris Johnson vowed in a bid to win votes in the north.", []),
    ("Joe Biden pledged on Tuesday in an effort to calm markets.", []),
    # a petition committing someone else, a list of others committing: not the signer's or publisher's
    ("Greenpeace signed a petition committing the government to ban coal.", []),
    ("The UN released a list of companies pledging to cut emissions.", []),
    # "X urged donors to pledge": the donors', not X's
    ("Kenya urged donors to pledge more money.", []),
    # a court or a bank stressing a commitment makes none
    ("The Supreme Court emphasised a commitment to free speech in the constitution.", []),
    # "signing a pledge vowing to": the signer vows
    ("Governor Greg Abbott spoke on Thursday, signing a pledge vowing to back the police.",
     [("Greg Abbott", "governor", None), ("Greg Abbott", "to back the police")]),
    # "the firm's General Manager X": the firm named before
    ("Chilean miner SQM has a priority commitment to the communities, the firm's General Manager Ricardo Ramos said.",
     [("Ricardo Ramos", "general manager", "SQM"), ("SQM", "to the communities")]),
    # "the union's national chairman X": the one body named so before, not another
    ("The Kessly Rugby Federation said so. The federation’s national secretary Mark Jones welcomed the plan.",
     [("Mark Jones", "national secretary", "Kessly Rugby Federation")]),
    ("Acme Bank said so. The federation’s national secretary Mark Jones welcomed the plan.",
     [("Mark Jones", "national secretary", None)]),
    # "the country Director of X, Y", parsed with the title in apposition to "country": X's
    ("Meanwhile, the country Director of the World Food Programme (WFP), Ada Obi, pledged support.",
     [("Ada Obi", "country director", "World Food Programme"), ("Ada Obi", "support")]),
    # a portfolio listed with commas after "The"
    ("The Police, Fire and Crime Commissioner Ada Obi said crime fell.",
     [("Ada Obi", "police, fire and crime commissioner", None)]),
])
def test_rules_red_team_negatives_of_the_sixth_round(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a body's name NER ran on into the person named after its head word or a title
    ("Minister for Asia at the Foreign and Commonwealth Office Mark Field said the UK would help.",
     ["Asia", "Foreign and Commonwealth Office", "Mark Field", "UK"]),
    ("Gerindra Party Chairperson Prabowo Subianto spoke on Monday.", ["Gerindra Party", "Prabowo Subianto"]),
    # not a bank named after a person, nor a body named so
    ("Bank of America Merrill Lynch said so.", ["Bank of America Merrill Lynch"]),
])
def test_rules_a_person_named_after_a_body_ner_ran_on(facts_of, text, facts):
    assert sorted(labels(facts_of(text)).values()) == sorted(facts)


def test_rules_units_time_zones_and_technologies_written_as_initials_are_no_names(facts_of):
    facts = facts_of("Acme Power will build a 300 MW plant by 2027 and use AI to run it, Acme Power said at 10:00 GMT.")
    assert sorted(labels(facts).values()) == ["Acme Power"]


@pytest.mark.parametrize("text,name,kind", [
    # a people's adjective leading a person's name keeps it a person
    ("German Efromovich said he would invest in the airline.", "German Efromovich", "Person"),
    # a people's adjective is no given name ("Philippine" is one in name lists)
    ("The Philippine Red Cross sent aid. Philippine Red Cross chairman Richard Gordon spoke.", "Philippine Red Cross",
     "Organization"),
    # "Member States" later does not make the country a person named States
    ("The United States pledged $5 billion. Member States agreed.", "United States", "Place"),
    # a person stays one
    ("Mary Jordan said the plan would work. Jordan spoke in Amman.", "Mary Jordan", "Person"),
])
def test_rules_bodies_and_countries_that_looked_like_people_and_people_that_look_like_bodies(facts_of, text, name, kind):
    assert [e.type for e in facts_of(text).entities if e.label == name] == [kind]


@pytest.mark.parametrize("name,code", [("Macedonia", "MK"), ("Brunei", "BN"), ("Palestine", "PS"), ("Swaziland", "SZ"),
                                       ("St. Lucia", "LC"), ("Vatican", "VA"),
                                       # "&" for "and"
                                       ("Antigua & Barbuda", "AG"), ("St. Vincent & the Grenadines", "VC")])
def test_gazetteer_knows_the_short_and_former_names_news_uses(name, code):
    from kg.extract.gazetteer import country_code

    assert country_code(name) == code


def test_rules_a_country_named_once_by_its_short_name_holds_the_national_posts(facts_of):
    facts = facts_of("The highway opened today, the largest project in Macedonia. Prime Minister Hristijan Mickoski "
                     "said the rest would open next year.")
    assert ("Hristijan Mickoski", "prime minister", "Macedonia") in roles_and_pledges(facts)[0]



@pytest.mark.parametrize("text,facts", [
    # a plural name's bare apostrophe, parsed as a modifier: the owner of the commitment
    ("The governor welcomed Hutchison Ports’ commitment to invest $1 billion in the harbour.",
     [("Hutchison Ports", "to invest $1 billion in the harbour")]),
    ("The governor welcomed the ports’ new cranes.", []),
])
def test_rules_a_plural_names_apostrophe_owns_a_commitment(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a post "for" a part of the world is held where the text says, not in that region
    ("Ada Obi, Director for Africa at the World Bank, spoke.", [("Ada Obi", "director", "World Bank")]),
    ("Ada Obi, the minister for Kenya, spoke.", [("Ada Obi", "minister", "Kenya")]),
    # red-team negatives: a company known by initials, a university named after a ruler
    ("UTC chief executive Greg Hayes said the merger with Raytheon would close in April.",
     [("Greg Hayes", "chief executive", "UTC")]),
    ("Universiti Sultan Zainal Abidin vice-chancellor Fadzli Adam said classes would resume.",
     [("Fadzli Adam", "vice-chancellor", "Universiti Sultan Zainal Abidin")]),
])
def test_rules_posts_for_world_regions_and_red_team_negatives_of_the_seventh_round(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_rules_plans_goals_and_papers_are_no_entities(facts_of):
    facts = facts_of("Oman Vision 2040 aims to diversify the economy. The National Development Plan will finish in "
                     "2027, and the Sustainable Development Goals guide it, Acme Holdings said.")
    assert sorted(labels(facts).values()) == ["Acme Holdings"]
    # a body or a person named with such a word keeps its name
    assert "Project Syndicate" in labels(facts_of("Project Syndicate published the essay.")).values()


@pytest.mark.parametrize("text,name", [
    # a title-case headline's verb NER ran into a name is no part of it
    ("Kenya Airways Launches New Route to Lagos\nKenya Airways said the flights start in May.", "Kenya Airways"),
    ("EdUKS Holds 30th Anniversary Education Summit\n\nThe Education University of Kessly (EdUKS) held the summit on "
     "23 November 2024.", "Education University of Kessly"),
])
def test_rules_a_headline_verb_inside_a_name_ends_it(facts_of, text, name):
    assert name in labels(facts_of(text)).values()
    assert not any("Launches" in n or "Applauds" in n or "Holds" in n for n in labels(facts_of(text)).values())
    assert not any("Launches" in n or "Applauds" in n for n in labels(facts_of(
        "Mulimba Applauds UPDF for Civil Work\nMinister Ali Mulimba spoke in Busia.")).values())


@pytest.mark.parametrize("text,facts", [
    # "promised to V and emphasized Y": the finite verb goes with "promised", not with what is promised
    ("Club president Ada Obi promised to visit the injured players shortly and emphasized the need of moving quickly "
     "with the repairs.", [("Ada Obi", "president", None), ("Ada Obi", "to visit the injured players shortly")]),
    # bare verbs after "to" are promised with the first
    ("Mayor Ada Obi promised to fund the schools and repair the roads.",
     [("Ada Obi", "mayor", None), ("Ada Obi", "to fund the schools and repair the roads")]),
    # "to A for all and to B": the second to-clause, parsed under the first, is promised on its own
    ("Coach Ada Obi, 43, a Kessly native, vowed to play for the fans and all and to win the league next year.",
     [("Ada Obi", "to play for the fans and all"), ("Ada Obi", "to win the league next year")]),
    # not a purpose inside the first ("in order to grow and to compete")
    ("Acme Corp vowed to invest more in order to grow and to compete.",
     [("Acme Corp", "to invest more in order to grow and to compete")]),
])
def test_rules_a_finite_verb_after_a_promise_is_no_promised_item(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_rules_red_team_names_of_the_eighth_round(facts_of):
    # a charity or a project with no year keeps its name; a country's name in a headline is whole
    assert "World Vision" in labels(facts_of("World Vision said it had delivered food.")).values()
    assert "Innocence Project" in labels(facts_of("The Innocence Project said it would appeal the ruling.")).values()
    facts = facts_of("United States Signs Trade Deal With Kenya\nThe United States and Kenya signed a deal.")
    assert sorted(labels(facts).values()) == ["Kenya", "United States"]
    # devotion to youth football is no pledge, however the owner is written
    assert roles_and_pledges(facts_of("The coach praised the Kaizer Chiefs’ commitment to youth development."))[0] == []
    # a minister for a region is placed there when the text says no more
    facts = facts_of("Lord Collins, Minister for Africa, arrived in Kenya on Monday to discuss trade with Kenyan officials.")
    assert ("Collins", "minister", "Africa") in roles_and_pledges(facts)[0]


@pytest.mark.parametrize("text,facts", [
    # a lower-case title right before a name NER calls a person's
    ("Acme's president Ada Obi said sales rose.", [("Ada Obi", "president", "Acme")]),
    ("The club's president Monday said so.", []),
])
def test_rules_a_lower_case_title_before_a_persons_name(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_rules_a_lower_case_title_makes_a_one_word_name_a_person(facts_of):
    facts = facts_of("“I promise you the full commitment of president Obama and myself to help,” Kerry said in Cairo.")
    assert "Obama" in labels(facts).values()


@pytest.mark.parametrize("text,facts", [
    # red-team: a finite verb under the second promised item is dropped, not merged into it
    ("Governor Gavin Newsom promised to fund schools, build parks and hired new teachers.",
     [("Gavin Newsom", "governor", None), ("Gavin Newsom", "to fund schools, build parks")]),
    # a bare verb the tagger reads as past ("set") is still promised
    ("President Emmanuel Macron vowed to reform pensions and set a new retirement age.",
     [("Emmanuel Macron", "president", None), ("Emmanuel Macron", "to reform pensions and set a new retirement age")]),
    # a lower-case title modifying a place's or a contest's name is no post
    ("She was treated at the queen Elizabeth hospital in Birmingham.", []),
    ("The beauty queen Miriam won the crown.", []),
])
def test_rules_red_team_negatives_of_the_ninth_round(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_rules_member_states_are_no_person(facts_of):
    facts = facts_of("EU Member States have pledged to cut emissions. The UN said Member States must pay their dues.")
    assert sorted(labels(facts).values()) == ["EU", "UN"]
    # a surname that speaks stays one
    assert "Sadyr Japarov" in labels(facts_of("Sadyr Japarov became president. Japarov said he would act.")).values()


@pytest.mark.parametrize("text,facts", [
    # "X made a lot of promises, including V-ing": X pledges what is listed
    ("During the campaign, club chairman Ada Obi made a lot of promises, including building a new stadium.",
     [("Ada Obi", "chairman", None), ("Ada Obi", "building a new stadium")]),
    # not promises someone else lists
    ("Critics listed a lot of broken promises, including the clinic.", []),
])
def test_rules_a_lot_of_promises_including(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "board members A, B and C": each a board member, in lower case too
    ("The school board voted 6-3. Board members Ada Obi, Tom Hale and Jan Ruml voted against the plan.",
     [("Ada Obi", "board member", None), ("Jan Ruml", "board member", None), ("Tom Hale", "board member", None)]),
    ("The hospital's trustees met, and council members Ada Obi and Tom Hale objected.",
     [("Ada Obi", "council member", None), ("Tom Hale", "council member", None)]),
    # a club's or a union's members hold no post; nor does a member described alone
    ("Club members Ada Obi and Tom Hale resigned. Jan Ruml, a new member, spoke.", []),
])
def test_rules_members_of_a_board_before_their_names(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "assumed office as the 11th substantive Vice Chancellor of X": the post, its ordinal and standing no part of it
    ("Ada Obi on Monday assumed office as the 11th substantive Vice Chancellor of Kessly University.",
     [("Ada Obi", "vice chancellor", "Kessly University")]),
    ("Tom Hale took the oath as the third Chief Justice of Kessland on Friday.",
     [("Tom Hale", "chief justice", "Kessland")]),
    # "as its/their new chairman": the subject body's post, none when the text leaves the body unnamed there
    ("The Kessly Football Club unveiled local businessman Tom Hale as their new chairman.",
     [("Tom Hale", "chairman", "Kessly Football Club")]),
    ("The fans have hailed local businessman Tom Hale as their new chairman.", []),
    ("He spoke as the fifth speaker of the evening.", []),
])
def test_rules_posts_after_as_with_ordinals_and_owners(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "committed to V-ing X, and to V Y": a second pledge, parsed on the verb
    ("Chancellor Ada Obi committed to reviewing the fees, and to build a new library.",
     [("Ada Obi", "chancellor", None), ("Ada Obi", "to build a new library"), ("Ada Obi", "to reviewing the fees")]),
    # not the purpose of a pledged object
    ("Club president Tom Hale pledged continued support of the academy to train coaches and also to open a gym.",
     [("Tom Hale", "president", None),
      ("Tom Hale", "continued support of the academy to train coaches and also to open a gym")]),
    # "We at X are committed to ...": X
    ("\"We at the Kessly Water Trust are committed to cleaning the river,\" said Ada Obi.",
     [("Kessly Water Trust", "to cleaning the river")]),
    ("\"We at home are committed to recycling,\" said Ada Obi.", [("Ada Obi", "to recycling")]),
    # "X delivered an address praising Y and promising to ...": X
    ("Mayor Tom Hale gave a speech praising the players and promising to win the cup.",
     [("Tom Hale", "mayor", None), ("Tom Hale", "to win the cup")]),
    ("Mayor Tom Hale read a letter from fans criticising the club and promising to protest.",
     [("Tom Hale", "mayor", None)]),
])
def test_rules_second_to_clauses_we_at_a_body_and_promising_speeches(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # red-team negatives of this round's rules
    ("Senator Mark Udo spoke as the fifth speaker at the rally in Uyo.", [("Mark Udo", "senator", None)]),
    ("John Kim registered as the 100th member of the Kessly Golf Club.", []),
    ("Judge Carlos Mendes was sworn in as the 12th substantive Chief Justice of Mozambique.",
     [("Carlos Mendes", "chief justice", "Mozambique"), ("Carlos Mendes", "judge", None)]),
    ("Microsoft saw Sam Altman as its new AI chief, the report said.", []),
    ("Coach Tom Hall vowed to win, and to make matters worse his captain was injured.", [("Tom Hall", "to win")]),
    ("Governor Paul Obi committed to reopening the mine, and to add insult to injury, the union was not consulted.",
     [("Paul Obi", "governor", None), ("Paul Obi", "to reopening the mine")]),
    ("Governor Ann Lee delivered the president's speech praising farmers and promising to cut taxes.",
     [("Ann Lee", "governor", None)]),
    ("Governor Ann Lee made public a letter from President Tom Hall praising farmers and promising to cut taxes.",
     [("Ann Lee", "governor", None)]),
    ("Panel members Judith Kerr and Omar Shah spoke.",
     [("Judith Kerr", "panel member", None), ("Omar Shah", "panel member", None)]),
])
def test_rules_red_team_negatives_of_the_tenth_round(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_rules_a_library_is_a_place(facts_of):
    facts = facts_of("The council will close Tottington Library and Unsworth Library next year, said Ada Obi.")
    assert {e.label: e.type for e in facts.entities} == {
        "Tottington Library": "Place", "Unsworth Library": "Place", "Ada Obi": "Person"}


@pytest.mark.parametrize("text,facts", [
    # an associate vice president is a body's rank, not a country's office: the story's body, or nowhere
    ("Kessly Bank opened a branch in Lima. Kessly Bank's president spoke, and Associate Vice President Tom Hale said "
     "Kessly Bank will hire.", [("Tom Hale", "associate vice president", "Kessly Bank")]),
    ("Peru's economy grew. Peru will vote. Associate Vice President Tom Hale said Peru will hire.",
     [("Tom Hale", "associate vice president", None)]),
    ("Peru's economy grew. Peru will vote. Vice President Tom Hale said Peru will hire.",
     [("Tom Hale", "vice president", "Peru")]),
    # an associate minister is a country's
    ("Associate Minister of Health Ada Obi said New Zealand would fund nurses. New Zealand needs nurses.",
     [("Ada Obi", "associate minister of health", "New Zealand")]),
])
def test_rules_an_associate_rank_is_no_national_office(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "X named Y as (the) Interim CEO": the naming body's post, not its board's
    ("In response, the Kessly Vaccine Alliance named Tom Hale as the Interim CEO on Friday.",
     [("Tom Hale", "interim ceo", "Kessly Vaccine Alliance")]),
    ("Acme Corp said its Board of Directors has named Tom Hale as chief executive officer.",
     [("Tom Hale", "chief executive officer", "Acme Corp")]),
    ("President Tom Hale named Ada Obi as finance minister.",
     [("Ada Obi", "finance minister", None), ("Tom Hale", "president", None)]),
    # an award, a description or a board naming someone: not the namer's post
    ("Harvard Business Review named Tom Hale as the best-performing CEO in the world.",
     [("Tom Hale", "best-performing ceo", None)]),
    ("The Ethics Commission named Ada Obi as the director who approved the contract.", [("Ada Obi", "director", None)]),
    ("The Board of Directors named Maria Lopez as chief executive, effective immediately.",
     [("Maria Lopez", "chief executive", None)]),
])
def test_rules_bodies_naming_officers(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # "the Sovereign", "the Monarch", "His Majesty": the one ruler the article names
    ("King Ada Obi II delivered the Throne Day speech. The Sovereign pledged to improve rural roads.",
     [("Ada Obi II", "king", None), ("Ada Obi II", "to improve rural roads")]),
    ("Sultan Tom Hale opened the mosque. His Majesty vowed to fund new schools.",
     [("Tom Hale", "sultan", None), ("Tom Hale", "to fund new schools")]),
    # not when two rulers are named, nor a sovereign fund
    ("The late King Tom Hale built dams. His Majesty pledged to continue his father's work.",
     [("Tom Hale", "king", None)]),
    ("Sultan Tom Hale and King Jan Ruml met. His Majesty vowed to fund new schools.",
     [("Jan Ruml", "king", None), ("Tom Hale", "sultan", None)]),
    ("The Sovereign Wealth Fund pledged to invest in roads.", [("Sovereign Wealth Fund", "to invest in roads")]),
])
def test_rules_a_rulers_style_is_the_ruler(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


def test_rules_a_country_named_like_a_plural_demonym_is_a_country(facts_of):
    # "the Philippines", "Laos": a country's name, though it reads as the plural of an adjective
    facts = facts_of("The Philippines has committed to achieving the goals. Laos agreed.")
    assert labels(facts).values() and {e.label: e.type for e in facts.entities} == {"Philippines": "Place", "Laos": "Place"}
    assert roles_and_pledges(facts)[0] == [("Philippines", "to achieving the goals")]
    # the people of a country are still no entity
    assert not facts_of("Papua New Guineans and Filipinos voted.").entities


@pytest.mark.parametrize("text,name", [
    # a country's name the tagger reads as a common noun at a sentence's start, or with an organization's head word
    ("Barbados has committed to building new schools, officials said on Monday.", "Barbados"),
    ("Seychelles has pledged to protect its reefs.", "Seychelles"),
    ("The Russian Federation has committed to the treaty.", "Russian Federation"),
])
def test_rules_every_countrys_name_is_a_place(facts_of, text, name):
    assert {e.label: e.type for e in facts_of(text).entities}.get(name) == "Place"
    # a body named after a country keeps its type; a country's name modifying a noun is no place
    assert {e.label: e.type for e in facts_of("The Russian Federation Council approved it.").entities} == {
        "Russian Federation Council": "Organization"}
    assert not facts_of("Bermuda shorts are back in fashion.").entities


@pytest.mark.parametrize("text,names", [
    # a country's name NER splits is one place
    ("The Democratic Republic of the Congo has pledged to hold elections.", {"Democratic Republic of the Congo": "Place"}),
    ("St Vincent and the Grenadines has committed to the plan.", {"St Vincent and the Grenadines": "Place"}),
    ("DR Congo has vowed to end the fighting.", {"DR Congo": "Place"}),
    # not inside a longer name
    ("Cricket South Africa renewed its deal with MTN.", {"Cricket South Africa": "Organization", "MTN": "Organization"}),
    ("The Bank of the Republic of Burundi raised rates.", {"Bank of the Republic of Burundi": "Organization"}),
    # before a title it is the post's country
    ("St Vincent and the Grenadines Prime Minister Tom Hale spoke.",
     {"St Vincent and the Grenadines": "Place", "Tom Hale": "Person"}),
])
def test_rules_a_split_countrys_name_is_one_place(facts_of, text, names):
    assert {e.label: e.type for e in facts_of(text).entities} == names


@pytest.mark.parametrize("text,names", [
    # a place described by a lower-case "city" or "village" is the place; a city NER calls a person is a city
    ("The hospital in Nagpur city will open soon.", {"Nagpur": "Place"}),
    # not a city whose name has the word, nor a country's capital
    ("Floods hit Quezon city on Monday.", {"Quezon city": "Place"}),
    ("Police in Mexico city arrested two men.", {"Mexico city": "Place"}),
    ("Crops failed at Halakundi and Mincheri. The minister spoke in Halakundi village.",
     {"Halakundi": "Place"}),
    ("Ho Chi Minh City grew fast.", {"Ho Chi Minh City": "Place"}),
])
def test_rules_described_settlements(facts_of, text, names):
    assert {e.label: e.type for e in facts_of(text).entities} == names


@pytest.mark.parametrize("text,facts", [
    # "Kenya's government", "Nigeria's federal government": the country, described; no entity of its own
    ("Kenya's government has pledged to build 500 schools.", [("Kenya", "to build 500 schools")]),
    ("Nigeria's federal government has pledged to build 500 schools.", [("Nigeria", "to build 500 schools")]),
    # a capitalised body after the possessive keeps its name
    ("Nigeria's Federal Government has pledged to build 500 schools.",
     [("Federal Government", "to build 500 schools")]),
])
def test_rules_a_countrys_government_described_is_the_country(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts
    assert not any("'s" in e.label for e in facts_of(text).entities)


@pytest.mark.parametrize("text,facts", [
    # a president in a story set in a kingdom or sultanate holds office in the other country it names most
    ("Sultan Ada Obi of Brunei met President Tom Hale. Brunei and Peru signed a deal. Brunei will build roads.",
     [("Ada Obi", "sultan", "Brunei"), ("Tom Hale", "president", "Peru")]),
    ("The Kingdom of Morocco hosted the talks. Morocco and Chile agreed. President Tom Hale thanked the hosts, and "
     "Chile will sign.", [("Tom Hale", "president", "Chile")]),
    # not the Emirates' own president, nor a president speaking of his own kingdom, nor where a ruler is only
    # described ("the Sultan of Sokoto, leader of Nigeria's Muslims")
    ("ABU DHABI -- President Ada Obi received President Tom Hale of Turkey. The UAE and Turkey signed a deal. The "
     "UAE will invest, the UAE said.", [("Ada Obi", "president", "UAE"), ("Tom Hale", "president", "Turkey")]),
    ("MADRID -- President Ada Obi said Spain would press France to reopen the border. Spain's ministers agreed. "
     "France will act.", [("Ada Obi", "president", "Spain")]),
    ("ABUJA -- The Sultan of Sokoto, leader of Nigeria's Muslims, met President Ada Obi on the coup in Niger. "
     "Nigeria's army is ready. Niger refused.", [("Ada Obi", "president", "Nigeria")]),
    # not in a republic's story
    ("President Tom Hale said Peru will build roads. Peru and Chile signed a deal. Peru will pay.",
     [("Tom Hale", "president", "Peru")]),
])
def test_rules_a_president_in_a_kingdoms_story(facts_of, text, facts):
    assert sorted(roles_and_pledges(facts_of(text))[0]) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a portfolio whose noun needs its qualifier ("Human Resources", "International Development") keeps it,
    # at a sentence's start, after a preposition or after "the"; a common noun opening the sentence too
    ("Natural Resources Minister Ada Obi said the mine would reopen.",
     [("Ada Obi", "natural resources minister", None)]),
    ("The union met Human Resources Minister Ada Obi on Monday.", [("Ada Obi", "human resources minister", None)]),
    ("Ahead of the talks, the International Development Secretary Ada Obi called on donors.",
     [("Ada Obi", "international development secretary", None)]),
    ("Consumer Affairs Minister Ada Obi said the recall was over.", [("Ada Obi", "consumer affairs minister", None)]),
    # not a place, a people, an acronym, a company NER found or a mere description before the title
    ("Telstra Services Minister Rob Webb said.", [("Rob Webb", "services minister", "Telstra")]),
    ("He met DAP Works Minister Ada Obi.", [("Ada Obi", "works minister", "DAP")]),
    ("Beleaguered Health Secretary Ada Obi said the plan was sound.", [("Ada Obi", "health secretary", None)]),
    ("Ontario Energy Minister Ada Obi said the plant would close.", [("Ada Obi", "energy minister", "Ontario")]),
    ("Indian External Affairs Minister Ada Obi said.", [("Ada Obi", "external affairs minister", "India")]),
    ("Kessly Works Commissioner Ada Obi said. The road to Kessly is long.",
     [("Ada Obi", "works commissioner", "Kessly")]),
    ("The Defence Minister, Ada Obi, said the army was ready.", [("Ada Obi", "defence minister", None)]),
])
def test_rules_qualified_portfolios(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # "the president-elect of X, NAME," as a subject: the person the title phrase names commits
    ("The governor-elect of Kessly State, Ada Obi, on Monday thanked voters and vowed to fix the roads.",
     [("Ada Obi", "governor-elect", "Kessly State"), ("Ada Obi", "to fix the roads")]),
    # a passive parse with "committed" tagged an adjective still commits its subject ("Kessly Indonesia")
    ("The email said that Kessly University was “committed to fully supporting the affected students.",
     [("Kessly University", "to fully supporting the affected students")]),
    # not money committed to a project, nor a title phrase naming no one
    ("Funds were committed to the project in Java.", []),
    ("The mayor-elect of the city vowed to fix the roads.", []),
    ("The president-elect of Peru, who defeated Tom Hale, promised to cut spending.", []),
    ("The governor-elect of Kessly State, a protege of Tom Hale, promised to fix roads.", []),
])
def test_rules_elected_titles_and_committed_passives(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,names", [
    # Indonesia's company prefix "PT" and the capitalised words after it are one company
    ("The smelter built by PT Kessly Nickel Industry opened in May.", {"PT Kessly Nickel Industry": "Organization"}),
    ("PT Kessly Safari Indonesia will build a wind farm.", {"PT Kessly Safari Indonesia": "Organization", "Indonesia": "Place"}),
    # up to a title; not a time zone
    ("PT Kessly Timah President Director Ada Obi said.", {"PT Kessly Timah": "Organization", "Ada Obi": "Person"}),
    ("The webinar starts at 10 a.m. PT Monday.", {}),
])
def test_rules_prefixed_companies(facts_of, text, names):
    assert {e.label: e.type for e in facts_of(text).entities} == names


def test_rules_prefixed_companies_end_with_their_sentence(facts_of):
    found = {e.label for e in facts_of("He did PT. Jakarta was hot.").entities}
    assert "Jakarta" in found and "PT Jakarta" not in found


@pytest.mark.parametrize("text,facts", [
    # a country has one president or prime minister at a time: the post the story's country gave A, which the
    # text gives B there, is A's in the other country the story names most
    ("President Ada Obi hosted Peruvian President Tom Hale. Peru and Chile signed a deal. Peru will export copper, "
     "Peru said.", [("Ada Obi", "president", "Chile"), ("Tom Hale", "president", "Peru")]),
    ("Kenyan PM Tom Hale met Prime Minister Ada Obi in Nairobi. Kenya and Ghana agreed on trade. Kenya will buy "
     "cocoa.",
     [("Tom Hale", "prime minister", "Kenya"), ("Ada Obi", "prime minister", "Ghana")]),
    # not a former holder, nor the same person twice, nor where the story names no other country
    ("President Ada Obi met former Peruvian President Tom Hale. Peru and Chile signed a deal. Peru will export "
     "copper.", [("Ada Obi", "president", "Peru"), ("Tom Hale", "president", "Peru")]),
    ("Peruvian President Ada Obi spoke in Lima. President Ada Obi said Peru and Chile would trade.",
     [("Ada Obi", "president", "Peru")]),
    ("President Ada Obi hosted Peruvian President Tom Hale in Lima. Peru will export copper.",
     [("Ada Obi", "president", "Peru"), ("Tom Hale", "president", "Peru")]),
    # nor a late or acting holder, nor one another sentence names (a predecessor, a rival)
    ("President Ada Obi laid a wreath for the late Peruvian President Tom Hale. Peru and Chile signed a deal. Peru "
     "will export copper.", [("Ada Obi", "president", "Peru"), ("Tom Hale", "president", "Peru")]),
    ("Peruvian President Tom Hale lost the vote. President Ada Obi was sworn in. Peru and Chile signed a deal. "
     "Peru will export copper.", [("Ada Obi", "president", "Peru"), ("Tom Hale", "president", "Peru")]),
])
def test_rules_one_holder_of_a_countrys_office(facts_of, text, facts):
    assert sorted(r for r in roles_and_pledges(facts_of(text))[0] if len(r) == 3) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a sentence that names the country of the one a person meets, and not the person's own, sets them apart
    ("Sports Minister Ana Ruiz held talks with her Kenyan counterpart Tom Hale. Kenya and Spain will co-host a "
     "marathon. Kenya will build a track. Ruiz said Spain would pay for it.", [("Ana Ruiz", "sports minister", "Spain")]),
    ("President Ada Obi hosted a dinner for Kenyan Foreign Minister Tom Hale in Lima. Peru and Kenya signed a deal. "
     "Kenya will export tea. Kenya praised Peru. Obi said Peru would buy more.",
     [("Ada Obi", "president", "Peru"), ("Tom Hale", "foreign minister", "Kenya")]),
    # not for a person named after the one placed (the country holds for those after), nor in a list
    ("Ukraine's Farm Minister Tom Hale said President Ada Obi's plan would feed Africa. Russia blocked the ports of "
     "Ukraine. Russia said Ukraine lied.", [("Tom Hale", "farm minister", "Ukraine"), ("Ada Obi", "president", "Ukraine")]),
    ("Industry Minister Ada Obi and Kenyan Security Adviser Tom Hale attended talks on Spain. Kenya will buy ships "
     "from Kenya's partners. Kenya agreed.",
     [("Ada Obi", "industry minister", "Kenya"), ("Tom Hale", "security adviser", "Kenya")]),
    # nor a judge the story's own country swears in, nor a third country never named with the visitor
    ("President Samuel Kiprop on Monday swore in Kenya's new Chief Justice Jane Achieng at State House. Envoys from "
     "Uganda and Tanzania attended. Uganda's envoy praised Kenya's judiciary. Kenya will host a summit.",
     [("Samuel Kiprop", "president", "Kenya"), ("Jane Achieng", "chief justice", "Kenya")]),
    ("Foreign Minister Anne Kerr met Fiji's Prime Minister Josefa Tora in Suva. The Pacific is being courted by "
     "China. China has signed a security pact. China denies any plan for a base. Fiji wants aid.",
     [("Anne Kerr", "foreign minister", "Fiji"), ("Josefa Tora", "prime minister", "Fiji")]),
    # every post the article's country gave the visitor moves; a surname that is a title word is still the name
    ("Foreign Minister Ada Bishop met Fiji's Prime Minister Josefa Tora in Suva on Monday. Fiji wants aid. Fiji "
     "is poor. Bishop said Australia would fund roads. Minister Bishop said she was pleased.",
     [("Ada Bishop", "foreign minister", "Australia"), ("Josefa Tora", "prime minister", "Fiji")]),
])
def test_rules_visitor_set_apart_from_the_country_of_the_one_met(facts_of, text, facts):
    assert sorted(r for r in roles_and_pledges(facts_of(text))[0] if len(r) == 3) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a leader commits their own country: "President A committed the Republic of Kessland to ..."
    ("India hosted the summit. India will lead, India said. President Ada Obi committed Kenya to ending coal "
     "financing.", [("Ada Obi", "president", "Kenya")]),
    # not a country the person says another will act for, vows will pay, or promises help
    ("India hosted the summit. India will lead, India said. President Ada Obi said Kenya would host the 2030 games.",
     [("Ada Obi", "president", "India")]),
    ("India hosted the summit. India will lead, India said. President Ada Obi vowed Kenya would pay for the strike.",
     [("Ada Obi", "president", "India")]),
    ("India hosted the summit. India will lead, India said. President Ada Obi promised Kenya unwavering support.",
     [("Ada Obi", "president", "India")]),
])
def test_rules_leader_speaks_for_the_country_committed(facts_of, text, facts):
    assert sorted(r for r in roles_and_pledges(facts_of(text))[0] if len(r) == 3) == sorted(facts)


@pytest.mark.parametrize("text,facts", [
    # a country parsed in apposition to the person before it is the one that commits (a person is no country)
    ("During talks between Prime Minister Ada Obi and visiting Chilean Prime Minister Tom Hale, Peru also "
     "committed $500 million to Chile.", [("Peru", "$500 million to Chile")]),
    # not a title or an honorific after the name
    ("Professor Ada Obi, SAN, on Monday took office with a promise to rebuild the school.",
     [("Ada Obi", "to rebuild the school")]),
])
def test_rules_country_apposed_to_a_person_commits(facts_of, text, facts):
    assert [f for f in roles_and_pledges(facts_of(text))[0] if len(f) == 2] == facts


@pytest.mark.parametrize("text,names", [
    # a programme of the United Nations is run as a body: "the United Nations Development Programme"; a
    # government's programme is no body ("the Mobile Black Spot Program")
    ("The United Nations Development Programme (UNDP) pledged $5 million.",
     {"United Nations Development Programme": "Organization"}),
    ("The Kessly Black Spot Program will fund towers.", {"Kessly Black Spot Program": None}),
    # not one in lower case after a name
    ("Students joined the Erasmus programme in Kessly.", {"Erasmus programme": None, "Kessly": "Place"}),
])
def test_rules_programmes_are_bodies(facts_of, text, names):
    found = {e.label: e.type for e in facts_of(text).entities}
    assert {k: found.get(k) for k in names} == names


@pytest.mark.parametrize("text,facts", [
    # an elected or designated head of state holds a national office, placed in the story's country
    ("President-elect Ada Obi said Peru will build roads. Peru is large.", [("Ada Obi", "president-elect", "Peru")]),
    # not a company's officer
    ("Ada Obi, the Acme Corp chairman-designate, said Peru is large.", [("Ada Obi", "chairman-designate", "Acme Corp")]),
])
def test_rules_elected_offices_are_national(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,names", [
    # a title, a name and a body's or a place's head noun are one name: no one holds the title there
    ("Fans filled the King Ada Stadium on Friday.", {"King Ada Stadium": "Place"}),
    ("She studied at Queen Obi University in Lagos.", {"Queen Obi University": "Organization", "Lagos": "Place"}),
    ("The Prince Kessly Golf and Curling Club opened.", {"Prince Kessly Golf and Curling Club": "Organization"}),
    # not a person with a title, nor two names joined by "and" before a country's body, nor a government
    ("King Ada Obi met President Tom Hale in Lagos.", {"Ada Obi": "Person", "Tom Hale": "Person", "Lagos": "Place"}),
    ("President Tom Hale and Kessly Bank chairman Ada Obi met.",
     {"Tom Hale": "Person", "Kessly Bank": "Organization", "Ada Obi": "Person"}),
])
def test_rules_titled_namesakes(facts_of, text, names):
    assert {e.label: e.type for e in facts_of(text).entities} == names


def test_rules_titled_namesakes_hold_no_post(facts_of):
    assert roles_and_pledges(facts_of("Fans filled the King Ada Stadium on Friday."))[0] == []
    facts = facts_of("Navajo Nation President Tom Hale and United States Department of Kessly Secretary Ada Obi met.")
    assert ("Tom Hale", "president", "Navajo Nation") in roles_and_pledges(facts)[0]


@pytest.mark.parametrize("text,names", [
    # "Lib Dem" is a party's short name; "Coun" is a councillor's abbreviated title, no part of the name
    ("Cllr Ada Obi (Lib Dem) said the council must think again.", {"Ada Obi": "Person", "Lib Dem": "Organization"}),
    ("Coun Ada Obi said the council must think again.", {"Ada Obi": "Person"}),
    # "Govt" is a government, no name of its own
    ("The Govt said the council must think again. Kenya is large.", {"Kenya": "Place"}),
])
def test_rules_party_short_names_and_abbreviated_titles(facts_of, text, names):
    assert {e.label: e.type for e in facts_of(text).entities} == names


@pytest.mark.parametrize("text,facts", [
    # a chief minister holds a state's office, though "minister" is a country's word: the state the story names
    ("Chief Minister Ada Obi said Kerala will build roads. India is large.", [("Ada Obi", "chief minister", "Kerala")]),
    # not a prime minister
    ("Prime Minister Ada Obi said Kerala will build roads. India is large.", [("Ada Obi", "prime minister", "India")]),
    # a territory with no states is the chief minister's own
    ("Chief Minister Ada Obi said Gibraltar would sign.", [("Ada Obi", "chief minister", "Gibraltar")]),
    # a presidential councillor is a country's
    ("Presidential Councillor Ada Obi said Libya would sign.", [("Ada Obi", "presidential councillor", "Libya")]),
])
def test_rules_chief_ministers_are_a_states(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # a title whose holder leads the body named before ("led by", "spearheaded by", "headed by") is held there
    ("The Kessly Rowing Union leadership, spearheaded by President Ada Obi, announced a new league.",
     [("Ada Obi", "president", "Kessly Rowing Union")]),
    ("A delegation of the Acme Workers Union, led by its President Ada Obi, met the minister in Lagos.",
     [("Ada Obi", "president", "Acme Workers Union")]),
    # not a country led by its president, nor a body no verb says the holder leads
    ("Kenya, led by President Ada Obi, signed the deal. Kenya will pay.", [("Ada Obi", "president", "Kenya")]),
    ("The Acme Workers Union met President Ada Obi in Nairobi. Kenya will pay.", [("Ada Obi", "president", "Kenya")]),
    # nor one of two bodies, nor a country's delegation, nor a meeting chaired
    ("A team from Acme Bank and Kessly Fund, led by President Ada Obi, arrived.", [("Ada Obi", "president", None)]),
    ("Kenya's delegation, led by Finance Minister Ada Obi, met donors. Kenya will pay.",
     [("Ada Obi", "finance minister", "Kenya")]),
    ("The Kessly Union summit, chaired by President Ada Obi of Peru, ended.", [("Ada Obi", "president", "Peru")]),
])
def test_rules_titles_of_the_body_they_lead(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # "Sultan" before a family name's "Al" is a given name, no title
    ("Dr. Sultan Al Kessly, the UAE's industry minister, pledged $100 million.",
     [("Sultan Al Kessly", "industry minister", "UAE"), ("Sultan Al Kessly", "$100 million")]),
    # a sultan named with "bin" is one, and so is a Malay ruler's regnal "Al-"
    ("Sultan Ada bin Obi of Brunei received the minister.", [("Ada bin Obi", "sultan", "Brunei")]),
])
def test_rules_sultan_as_a_given_name(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # a title whose body is named before it leaves the of-phrase after a second title to that title
    ("Ada Obi, the Kessly Union chairman and president of Peru, said talks went well.",
     [("Ada Obi", "chairman", "Kessly Union"), ("Ada Obi", "president", "Peru")]),
    ("Ada Obi, the World Bank vice president and chair of the Global Water Council, spoke.",
     [("Ada Obi", "vice president", "World Bank"), ("Ada Obi", "chair", "Global Water Council")]),
    # not a place named before the first title (its scope), nor two titles of one body named after them
    ("Ada Obi, the Ekiti State chairman and caretaker chairman of the APC, said the party would win.",
     [("Ada Obi", "caretaker chairman", "APC")]),
    ("Ada Obi, president and chief executive of Acme Corp, said sales rose.",
     [("Ada Obi", "president", "Acme Corp"), ("Ada Obi", "chief executive", "Acme Corp")]),
])
def test_rules_two_titles_with_their_own_bodies(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # "Grand" qualifies a title ("Grand Chief", "Grand Mufti"); a mufti holds a post
    ("AMC Grand Chief Ada Obi welcomed the decision.", [("Ada Obi", "grand chief", "AMC")]),
    ("Grand Mufti Ada Obi of Egypt spoke at the mosque.", [("Ada Obi", "grand mufti", "Egypt")]),
    # not a place's name that opens with "Grand"
    ("Grand Rapids Mayor Ada Obi spoke at the park.", [("Ada Obi", "mayor", "Grand Rapids")]),
])
def test_rules_grand_titles(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # "became the latest/first N to commit": the copula's subject commits
    ("Kessly Fund and Acme Bank have become the latest funds to commit to the initiative.",
     [("Kessly Fund", "to the initiative"), ("Acme Bank", "to the initiative")]),
    ("Acme Corp is the first company to promise to cut its emissions by half.",
     [("Acme Corp", "to cut its emissions by half")]),
    # not a noun with no rank, a negated or wished-for rank, nor a verb between the rank and the commitment
    ("Acme Corp is a company to promise to cut its emissions by half.", []),
    ("Acme Corp was not the first company to promise to cut its emissions by half.", []),
    ("Acme Corp wants to be the first company to promise to cut its emissions by half.", []),
    ("Acme Corp was the only company to refuse to promise to cut its emissions by half.", []),
])
def test_rules_ranked_among_those_who_commit(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,merged", [
    # a party's nickname is the party named with the word it stands for
    ("The Conservatives won the vote. The Tories said taxes would fall.", {"Conservatives": ["Tories"]}),
    ("The Progressive Conservative won the vote. The Tories said taxes would fall.",
     {"Progressive Conservative": ["Tories"]}),
    ("The Progressive Conservative Party won in Manitoba. Manitoba Tories said taxes would fall.",
     {"Progressive Conservative Party": ["Manitoba Tories"]}),
    ("The Republican Party won in Tennessee. The Tennessee GOP said taxes would fall.",
     {"Republican Party": ["Tennessee GOP"]}),
    ("The Conservative Party won in Nova Scotia. Nova Scotia Tories said taxes would fall.",
     {"Nova Scotia Tories": ["Conservative Party"]}),
    ("The GOP said taxes would fall. The Republican Party won.", {"Republican Party": ["GOP"]}),
    # not a person's name, nor another party, nor a body that is no party
    ("Tory Rushton, the Conservative MLA, spoke.", {"Tory Rushton": [], "Conservative": []}),
    ("The Liberal Party won the vote. The Tories said taxes would fall.", {"Liberal Party": [], "Tories": []}),
    ("Mayor John Tory led the Progressive Conservative Party. Tory said so.",
     {"John Tory": ["Tory"], "Progressive Conservative Party": []}),
    ("The GOP said taxes would fall. The Republican National Committee met.",
     {"GOP": [], "Republican National Committee": []}),
])
def test_rules_party_nicknames(facts_of, text, merged):
    entities = {e.label: sorted(e.aliases) for e in facts_of(text).entities if e.label in merged}
    assert entities == merged


@pytest.mark.parametrize("text,merged", [
    # a given name NER took for an organization, after the one person so named, is that person
    ("Cabinet Secretary Amina Mohamed spoke in Nairobi. Amina said her ministry endorsed the festival.",
     {"Amina Mohamed": ["Amina"]}),
    # not a body spoken of as one ("it"), nor before the person is named
    ("Lincoln Riley spoke on Monday. Lincoln said it would recall 10,000 cars.", {"Lincoln Riley": []}),
    ("Chelsea Clinton spoke at the gala. Chelsea manager Enzo Maresca said he would rotate the squad.",
     {"Chelsea Clinton": []}),
    ("Amina said the festival would grow. Cabinet Secretary Amina Mohamed spoke in Nairobi.", {"Amina Mohamed": []}),
])
def test_rules_a_given_name_alone_is_the_person_named_so(facts_of, text, merged):
    people = {e.label: sorted(e.aliases) for e in facts_of(text).entities if e.label in merged}
    assert people == merged


@pytest.mark.parametrize("text,names", [
    # a common noun's initialism in mixed case, its plural and a title's plural are no names
    ("The two countries signed three MoUs on trade in Lagos.", ["Lagos"]),
    ("Kessly MPs voted against the bill. The VCs met in Lagos.", ["Lagos"]),
    # not a company's name written in mixed case
    ("McKinsey said sales rose in Lagos.", ["McKinsey", "Lagos"]),
])
def test_rules_plural_initialisms_are_no_names(facts_of, text, names):
    assert [e.label for e in facts_of(text).entities] == names


@pytest.mark.parametrize("text,name,kind", [
    # a centre named for what it does is an organization; any other (a venue) a place
    ("The Kessly Legal and Human Rights Centre said the law was unfair.", "Kessly Legal and Human Rights Centre",
     "Organization"),
    ("The summit was held at the Kessly International Convention Centre.", "Kessly International Convention Centre",
     "Place"),
    ("She spoke at the Kennedy Center in Washington.", "Kennedy Center", "Place"),
    ("Fans packed the Rogers Centre in Toronto.", "Rogers Centre", "Place"),
    ("The Kessly Research Center said most adults agreed.", "Kessly Research Center", "Organization"),
])
def test_rules_centres_that_work_and_centres_that_host(facts_of, text, name, kind):
    assert [e.type for e in facts_of(text).entities if e.label == name] == [kind]


@pytest.mark.parametrize("text,name,kind", [
    # "Sabha" names no assembly by itself: the Libyan city keeps its type
    ("Forces keep a heavy presence in Sabha, officials in Tripoli said.", "Sabha", "Place"),
])
def test_rules_sabha_alone_is_no_assembly(facts_of, text, name, kind):
    assert [e.type for e in facts_of(text).entities if e.label == name] == [kind]


def test_rules_a_bodys_foundation_is_another_body(facts_of):
    """"X Centre Foundation" raised money for "X Centre": two organizations, not one."""
    text = "The Kessly Health Centre Foundation raised money for the Kessly Health Centre."
    assert sorted(e.label for e in facts_of(text).entities) == ["Kessly Health Centre", "Kessly Health Centre Foundation"]


@pytest.mark.parametrize("text,names", [
    # a name NER ended on a particle glued by a hyphen to a capitalised word goes on through it
    ("Egypt's resort city of Sharm el-Sheikh hosted the signing.", ["Egypt", "Sharm el-Sheikh"]),
    # not a name followed by a compound of its own
    ("The Kenya-based Acme Corp opened in Nairobi.", ["Kenya", "Acme Corp", "Nairobi"]),
])
def test_rules_names_through_a_hyphened_particle(facts_of, text, names):
    assert [e.label for e in facts_of(text).entities] == names


@pytest.mark.parametrize("text,facts", [
    # in a title-case headline, a verb right after a title is no one's name
    ("Premier Speaks to Annual Assembly of Chiefs\n\nPremier Ada Obi of Manitoba spoke in Winnipeg on Tuesday.",
     [("Ada Obi", "premier", "Manitoba")]),
    ("Delhi Mayor Pushes for Workers' Pay\n\nMayor Ada Obi of Delhi spoke on Tuesday.", [("Ada Obi", "mayor", "Delhi")]),
    # not a given name after a title, nor a surname that looks like a verb's "-es" form
    ("Governor Hope Visits Flood Victims\n\nGovernor Hope Obi of Imo spoke on Tuesday.",
     [("Hope Obi", "governor", "Imo")]),
    ("Mayor Backes Signs Budget\n\nMayor Tom Backes of Kessly signed the budget on Friday.",
     [("Tom Backes", "mayor", None)]),
])
def test_rules_a_headline_verb_after_a_title_is_no_name(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,facts", [
    # a common noun's shape before a portfolio title is the portfolio, no body
    ("Privatization Minister Ada Obi said Pakistan will sell the airline.", [("Ada Obi", "minister", "Pakistan")]),
    ("Families Minister Ada Obi said Canada would help.", [("Ada Obi", "minister", "Canada")]),
    # not a body's name before a company title, nor a place's before a portfolio title
    ("Lansing Commissioner Ada Obi voted against the plan.", [("Ada Obi", "commissioner", "Lansing")]),
    ("Kessly Mining chairman Ada Obi said Acme would grow.", [("Ada Obi", "chairman", "Kessly Mining")]),
])
def test_rules_portfolio_words_before_titles(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,name,kind", [
    # an acronym defined in brackets after an organization's name is the organization's, though a
    # gazetteer knows it as a country's ("ROC": Taiwan)
    ("The Rovian Olympic Committee (ROC) met in Lagos. The ROC president said the ROC would bid.",
     "Rovian Olympic Committee", "Organization"),
    # not a country's own short form
    ("The Democratic Republic of Congo (DRC) voted. The DRC army left.", "Democratic Republic of Congo", "Place"),
])
def test_rules_acronyms_defined_after_a_name(facts_of, text, name, kind):
    assert [e.type for e in facts_of(text).entities if e.label == name] == [kind]


def pledges_of(facts):
    """A document's pledges, projected."""
    lab = labels(facts)
    return [project(p, lab) for p in facts.pledges]


@pytest.mark.parametrize("text,facts", [
    # gerunds joined by "and" after one "to" are one content (as bare infinitives), whether or not they
    # share an object
    ("Siemens said it is committed to building two plants in Texas and hiring 500 workers.",
     [("Siemens", "to building two plants in Texas and hiring 500 workers")]),
    ("Toyota is committed to building and maintaining roads in Ghana.",
     [("Toyota", "to building and maintaining roads in Ghana")]),
    ("Nestle is committed to cutting sugar and salt in its cereals.", [("Nestle", "to cutting sugar and salt in its cereals")]),
])
def test_rules_coordinated_gerunds_are_one_content(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,agents", [
    # a leader's government commits through its leader, named as its owner
    ("Chancellor Ada Obi's government is committed to building 400,000 homes, the housing minister said.", ["Ada Obi"]),
    ("The minister said President Ben Ole's administration had pledged to cut fuel prices.", ["Ben Ole"]),
    # not a country's government, nor one the leader only serves in
    ("Kenya's government is committed to building 400,000 homes, Ada Obi said.", ["Kenya"]),
])
def test_rules_a_leaders_government_commits_through_the_leader(facts_of, text, agents):
    assert [a for a, _ in pledges_of(facts_of(text))] == agents


@pytest.mark.parametrize("text,agents", [
    # "They" after two ministers named as one subject, each with a title before the name
    ("Education Minister Ada Obi and Health Minister Ben Ole are backing the plan. They are pledging to hire 900 nurses.",
     ["Ada Obi", "Ben Ole"]),
    # not when the earlier subject names one person
    ("Education Minister Ada Obi is backing the plan with the unions. They are pledging to strike.", []),
])
def test_rules_they_after_two_titled_people(facts_of, text, agents):
    assert [a for a, _ in pledges_of(facts_of(text))] == agents


@pytest.mark.parametrize("text,facts", [
    # "made the promise" with no content of its own: what the sentence before says the maker will do
    ("Retail chief Ada Obi says she will open 30 stores in Peru next year. Obi made the promise at a shareholders' meeting.",
     [("Ada Obi", "she will open 30 stores in Peru next year")]),
    ("Coach Ben Ole has restated the club's plan to build a youth academy in Accra. He made this commitment on Friday.",
     [("Ben Ole", "the club's plan to build a youth academy in Accra")]),
    # not what someone else said before, nor "made a promise" with nothing before
    ("Analysts say the bank will cut rates in June. Ada Obi made the promise in Lima.", []),
])
def test_rules_made_the_promise_refers_back(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # a name a country and a state share is the state's where the text gives it a governor; a state's
    # elected officers besides the governor are the state's too
    ("Georgia Gov. Ada Obi swore in Agriculture Commissioner Ben Ole in Atlanta. Georgia will pay teachers more.",
     [("Ada Obi", "governor", "Georgia"), ("Ben Ole", "agriculture commissioner", "Georgia")]),
    ("Ohio Gov. Ada Obi thanked Treasurer Ben Ole and Attorney General Tom Hale in Columbus, Ohio.",
     [("Ada Obi", "governor", "Ohio"), ("Ben Ole", "treasurer", "Ohio"), ("Tom Hale", "attorney general", "Ohio")]),
    # not the country of that name, nor a city's or a district's officer
    ("Georgia's President Ada Obi met Prime Minister Ben Ole in Tbilisi. Georgia will join the talks.",
     [("Ada Obi", "president", "Georgia"), ("Ben Ole", "prime minister", "Georgia")]),
    ("Ohio Gov. Ada Obi thanked district Superintendent Ben Ole in Columbus, Ohio.",
     [("Ada Obi", "governor", "Ohio"), ("Ben Ole", "district superintendent", None)]),
])
def test_rules_a_states_governor_and_officers(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # "the Senate" or "the House" named bare in a federation's state's story is the state's legislature: its
    # leaders' posts are the state's, the chamber in the title, and so are its members'
    ("Senate Majority Leader Ada Obi and House Speaker Ben Ole met Ohio Gov. Tom Hale in Columbus. The Legislature will "
     "vote.",
     [("Ada Obi", "senate majority leader", "Ohio"), ("Ben Ole", "house speaker", "Ohio"), ("Tom Hale", "governor", "Ohio")]),
    ("Sen. Ada Obi said the Senate would pass House Bill 18. Texas Gov. Tom Hale agreed in Austin, Texas.",
     [("Ada Obi", "senator", "Texas"), ("Tom Hale", "governor", "Texas")]),
    # not in a territory's story, whose "House" may be the nation's
    ("Puerto Rico Gov. Tom Hale met House Speaker Ada Obi in San Juan. The House will vote on aid to Puerto Rico.",
     [("Tom Hale", "governor", "Puerto Rico"), ("Ada Obi", "speaker", "House")]),
])
def test_rules_a_states_bare_chambers(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,agents", [
    # "When X did Y, he pledged ...": the pronoun is the fronted clause's subject, one the story named before,
    # over an earlier sentence's
    ("Club owner Ben Ole met coach Tom Hale on Monday. Hale spoke first. After Ole sold the stadium in 2019, he vowed "
     "to build a new one in Leeds.", ["Ben Ole"]),
    # not one new to the story ("When Y signed the bill, he vowed to repeal it")
    ("Coach Tom Hale spoke on Monday. When President Sam Kiprop signed the bill, he vowed to repeal it.", ["Tom Hale"]),
    # not one of the other gender, nor a clause whose subject is no person
    ("Coach Tom Hale spoke on Monday. When Ada Obi sold the stadium in 2019, he vowed to build a new one in Leeds.",
     ["Tom Hale"]),
    ("Coach Tom Hale spoke on Monday. When the storm hit the stadium in 2019, he vowed to build a new one in Leeds.",
     ["Tom Hale"]),
])
def test_rules_a_pronoun_after_a_fronted_clause(facts_of, text, agents):
    assert [a for a, _ in pledges_of(facts_of(text))] == agents


@pytest.mark.parametrize("text,facts", [
    # a bracketed "Pvt" or "Private" before "Ltd" or "Limited" ends a company's name, capitals and all
    ("Lanka Tiles (Pvt) Ltd. has pledged to build a plant in Kandy.",
     [("Lanka Tiles (Pvt) Ltd.", "to build a plant in Kandy")]),
    # a title's of-phrase that opens a body's name is cut from the title, however the title runs on
    ("“We will invest,” said Ada Obi, Managing Director of KX Port Holdings (Private) Limited. “Our plan is sound.”",
     [("Ada Obi", "managing director", "KX Port Holdings (Private) Limited")]),
    # not a bracketed word that is no company's ("(Pvt)" alone, or before another word)
    ("Ada Obi (Pvt) said the unit would leave Kandy.", []),
])
def test_rules_private_limited_companies(facts_of, text, facts):
    assert roles_and_pledges(facts_of(text))[0] == facts


@pytest.mark.parametrize("text,names", [
    # two or three capitalised words before ", the [new] governor of": a person NER left unnamed
    ("Chukwuemeka Obi-Nwosu, the new chairman of Enyimba FC, promised to build a stadium in Aba.",
     ["Chukwuemeka Obi-Nwosu", "Enyimba FC", "Aba"]),
    ("On Monday Kwabena Duffuor, the former minister, spoke in Accra.", ["Kwabena Duffuor", "Accra"]),
    # not a place, nor a date before the name
    ("Nairobi County, the governor said, will hire 300 nurses.", ["Nairobi County"]),
])
def test_rules_a_name_before_a_described_post(facts_of, text, names):
    assert [e.label for e in facts_of(text).entities] == names


@pytest.mark.parametrize("text,agents", [
    # "his country" of a minister named after "Kessland's Foreign Minister,": that country, the comma and all
    ("Haiti asked for help. Kenya's Foreign Minister, Ada Obi, said her country's commitment is to send 1,000 police "
     "officers to Haiti.", ["Kenya"]),
    # with no country before the title, the article's country (not one the sentence names after the name)
    ("Haiti asked for help. The Foreign Minister, Ada Obi, said her country's commitment is to send 1,000 police "
     "officers to Haiti. Haiti thanked Kenya.", ["Haiti"]),
])
def test_rules_his_country_after_a_titled_name(facts_of, text, agents):
    assert [a for a, _ in pledges_of(facts_of(text))] == agents


@pytest.mark.parametrize("text,facts", [
    # "X added that it was his priority to do Y and pledged to Z": the past tense goes with X, not with the "it"
    ("Coach Ada Obi spoke on Friday. She added that it was her top priority to improve the squad and pledged to "
     "sign two strikers.", [("Ada Obi", "to sign two strikers")]),
    # not a bare verb that is part of what was a priority
    ("Coach Ada Obi spoke on Friday. She added that it was time to improve the squad and sign two strikers.", []),
])
def test_rules_a_past_verb_after_an_it_clause(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,entities", [
    # a one-word name in quotes right after a person's full name is that person's nickname
    ("Prime Minister Kwame Mensah ‘Tornado’ spoke on Sunday. PM Tornado said the club will win the league.",
     [("Kwame Mensah", ["Tornado"])]),
    # not a name the story never gives a title (a film's, a rival's)
    ("Kwame Mensah ‘Tornado’ feud grew on Friday. Tornado vowed to sue the label.", [("Kwame Mensah", [])]),
    # not a quoted word further on in the sentence
    ("Minister Ada Obi called the plan ‘Progress’ on Sunday. Progress will cost $5 million.", [("Ada Obi", [])]),
])
def test_rules_a_quoted_nickname_after_a_full_name(facts_of, text, entities):
    assert [(e.label, sorted(e.aliases)) for e in facts_of(text).entities if e.type == "Person"] == entities


def test_rules_a_plural_title_all_qualifiers_does_not_break_the_article(facts_of):
    # "other former Governors" after "former Governors A and B": the single title's words are all qualifiers
    facts = facts_of("The Council of Governors has lauded the decision by President Ada Obi to nominate former "
                     "Governors Ben Ole and Tom Hale to his Cabinet. Council Chairman Sam Kiprop said the nomination "
                     "of Ole and other former Governors will deepen the relationship.")
    assert ("Sam Kiprop", "chairman", "Council of Governors") in roles_of(facts)


@pytest.mark.parametrize("text,facts", [
    # "made the promise to 300 residents": to whom; what is promised is what the sentence before says
    ("Mayor Ada Obi said she will rebuild the bridge in Lima. Obi made the promise to 300 residents at a town hall.",
     [("Ada Obi", "she will rebuild the bridge in Lima")]),
    # not when a to-clause says what ("made a promise to voters to cut taxes")
    ("Mayor Ada Obi made a promise to voters to cut taxes in Lima.", [("Ada Obi", "to cut taxes in Lima")]),
])
def test_rules_a_promise_made_to_people(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # "Prime Minister A pledged Norway would cut its emissions": a leader pledges their own country's act
    ("The summit opened in Nairobi, Kenya. Kenya hosted 40 leaders. Prime Minister Ada Obi pledged Norway would "
     "double its aid by 2030.", [("Ada Obi", "prime minister", "Norway")]),
    # not a country the leader says will pay, nor one with no act of its own
    ("The summit opened in Nairobi, Kenya. Kenya hosted 40 leaders. Prime Minister Ada Obi pledged Russia would "
     "pay for its crimes.", [("Ada Obi", "prime minister", "Kenya")]),
    ("The summit opened in Nairobi, Kenya. Kenya hosted 40 leaders. Prime Minister Ada Obi pledged Norway would "
     "get help.", [("Ada Obi", "prime minister", "Kenya")]),
])
def test_rules_a_leader_pledges_their_countrys_act(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # red-team of "made the promise": not a past fact, a warning, another's future, a refusal, a question or a denial
    ("Prime Minister Ada Obi said the economy grew 2 percent last year. Obi made the pledge on Monday.", []),
    ("Governor Ada Obi warned that fire insurance premiums would rise sharply. Obi made the promise on Monday.", []),
    ("President Ada Obi said Ben Ole would destroy democracy. Obi made the pledge on Monday.", []),
    ("Mayor Ada Obi declined to say whether she would raise property taxes. Obi made the promise on Monday.", []),
    ("Will Prime Minister Ada Obi cut taxes? Obi made the promise in her manifesto.", []),
    ("Chancellor Ada Obi said she would cut fuel duty. Obi has not made that pledge.", []),
])
def test_rules_made_the_promise_red_team(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # red-team: a member of Congress ("Texas Sen.") says "the Senate" of the story is Congress's
    ("Texas Sen. Ada Obi said the Senate would confirm the nominee. Senate Majority Leader Ben Ole scheduled the vote. "
     "Texas Gov. Tom Hale praised it.",
     [("Ada Obi", "senator", "Texas"), ("Ben Ole", "majority leader", "Senate"), ("Tom Hale", "governor", "Texas")]),
])
def test_rules_state_officers_red_team(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,labels", [
    # red-team: a name before "the new governor's ..." is the governor's thing, no person; a company's hyphen
    ("Morning Glory, the new governor's campaign song, topped the charts in Lagos.", ["Lagos"]),
    ("Pakistan's K-Electric (Pvt) Ltd raised tariffs. Sunrise Textiles (Pvt.) Ltd. said it would invest.",
     ["Pakistan", "K-Electric (Pvt) Ltd", "Sunrise Textiles (Pvt.) Ltd."]),
])
def test_rules_names_red_team(facts_of, text, labels):
    assert [e.label for e in facts_of(text).entities] == labels


@pytest.mark.parametrize("text,facts", [
    # a short title line of its own, read as one noun phrase: the name that opens it pledges the rest
    ("Kessly Bank pledges new branches\n\nThe bank said on Monday it would open 30 branches in Lagos.",
     [("Kessly Bank", "new branches")]),
    # not a sentence, nor a title line whose name is not first ("Donor pledges fall short")
    ("The pledges of donors fell short of the target in Lagos.", []),
    ("New pledges for Kessly Bank\n\nThe bank said on Monday it would open 30 branches in Lagos.", []),
])
def test_rules_a_title_line_read_as_a_noun_phrase(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,agents", [
    # "pledges of $X from A, B, C and D", parsed with B in apposition to A and the rest joined to B: each donor
    ("The museum has received pledges of over $2 million from Japan, Brazil, Canada and the World Bank.",
     ["Japan", "Brazil", "Canada", "World Bank"]),
    # not a place in apposition to a city ("from Nairobi, Kenya"), nor a list of amounts each with its own "from"
    ("The fund received pledges of $5 million from Nairobi, Kenya, on Monday.", ["Nairobi"]),
    ("Pledges include $1bn from India, $500m from China and $600m from the ADB.", ["India", "China", "ADB"]),
])
def test_rules_pledges_from_a_list_of_donors(facts_of, text, agents):
    assert [a for a, _ in pledges_of(facts_of(text))] == agents


@pytest.mark.parametrize("text,labels", [
    # portfolio words NER took for a body inside the list after a minister's "for" are the title's
    ("The Union Minister for Railways, Communications, Electronics and Information Technology, Ada Obi, spoke in "
     "Delhi.", ["Ada Obi", "Delhi"]),
    # not companies listed after a title's of-phrase
    ("The Minister of Energy, Ada Obi, met Shell and BP in Lagos.", ["Ada Obi", "Shell", "BP", "Lagos"]),
])
def test_rules_portfolio_words_in_a_ministers_list(facts_of, text, labels):
    assert [e.label for e in facts_of(text).entities] == labels


@pytest.mark.parametrize("text,facts", [
    # a dateline's place glued to the subject by a dash: the place, then the person, who commits
    ("Nakuru—Tom Kiprop, the former Nyeri Governor, has committed to delivering fair services to all Kenyans.",
     [("Tom Kiprop", "to delivering fair services to all Kenyans")]),
    # a constituency's two names joined by a dash stay one place
    ("Voters in Spadina—Fort York backed the plan. Ada Obi pledged to fix the roads.", [("Ada Obi", "to fix the roads")]),
])
def test_rules_a_dateline_glued_by_a_dash(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # red-team, second pass: a title line that is no commitment
    ("Kessly Bank pledges under scrutiny\n\nThe bank said on Monday it would open 30 branches in Lagos.", []),
    # places saying where the donors are are no donors
    ("The fund received pledges of $300 million from Nairobi, Kenya, and Kampala, Uganda.",
     [("Nairobi", "$300 million from Nairobi")]),
    # a pledge the sentence before gives to others is not the maker's
    ("Protesters vowed to return to the square on Monday. Mayor Ada Obi made the promise to residents in a radio address.",
     []),
    # "said it was sorry and pledged": "it" is the company, no extraposition
    ("A statement from Acme Airways said it was deeply sorry and pledged to compensate every passenger.",
     [("Acme Airways", "to compensate every passenger")]),
    # "his country" is not a country named before the title's words
    ("Flights from France resumed, and Transport Minister Ada Obi said his country's pledge is to reopen all airports "
     "by June. Obi heads Kenya's transport ministry. Kenya closed them in May.", [("Kenya", "to reopen all airports by June")]),
])
def test_rules_red_team_second_pass(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # red-team, second pass: a national officer beside a governor, a leader of Congress in a state's story
    ("Texas Gov. Ada Obi spoke in Austin, Texas. Senate Majority Leader Ben Ole said the Senate would confirm the "
     "nominee.", [("Ada Obi", "governor", "Texas"), ("Ben Ole", "majority leader", "Senate")]),
])
def test_rules_red_team_second_pass_roles(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


def test_rules_a_countrys_unnamed_sole_office_places_its_one_holder(facts_of):
    # "Jordan's King said ... King X told the summit": the one king the story names is Jordan's
    facts = facts_of("Delegates met in Nairobi, Kenya. Jordan's King said on Monday his country would help. King Ben Ole "
                     "told the summit in Nairobi that aid would come soon.")
    assert roles_of(facts) == [("Ben Ole", "king", "Jordan")]
    # not when the story names two holders of the title
    facts = facts_of("Delegates met in Nairobi, Kenya. Ghana's President said on Monday his country would help. "
                     "President Ben Ole and President Ada Obi met in Nairobi.")
    assert not [r for r in facts.roles if r.evidence.rule.endswith("+org-from-description")]


@pytest.mark.parametrize("text,facts", [
    # "committed and focused on V-ing", "committed and determined to V": the paired state's content
    ("Coach Ben Ole said he is committed and focused on rebuilding the squad.", [("Ben Ole", "on rebuilding the squad")]),
    ("Acme Corp said it remains committed and determined to build the plant in Ohio.",
     [("Acme Corp", "to build the plant in Ohio")]),
    # a state with no act is no pledge
    ("Coach Ben Ole said he is committed and focused on the match.", []),
    ("Coach Ben Ole said he was committed and happy with the squad.", []),
    ("Leeds City Council is committed and determined to build 900 homes.", [("Leeds City Council", "to build 900 homes")]),
    # red team: a crime committed, a state that is no resolve
    ("Prosecutors said Tom Hale committed and tried to conceal the theft of the funds.", []),
    ("Acme Corp remains committed and open to talks with the unions.", []),
])
def test_rules_committed_and_a_paired_state(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # a government named by its country or state (or their people) commits that polity
    ("The Alberta government committed to funding the new ring road.", [("Alberta", "to funding the new ring road")]),
    ("She said the US government remained committed to supporting the clinic.", [("US", "to supporting the clinic")]),
    ("The Tamil Nadu state government has committed to providing land for the plant.",
     [("Tamil Nadu", "to providing land for the plant")]),
    ("The Vietnamese Government is committed to supporting business interests.",
     [("Vietnam", "to supporting business interests")]),
    # red team: a capital's government is its country's; a state government the state's
    ("The Khartoum government committed to opening two aid corridors.", [("Sudan", "to opening two aid corridors")]),
    ("The Ogun state government committed to building two clinics.", [("Ogun", "to building two clinics")]),
    # not a devolved government, a body of its own, nor a government named by no place
    ("The Scottish Government has committed to hiring 500 nurses.", [("Scottish Government", "to hiring 500 nurses")]),
    ("Acme Holdings has committed to hiring 500 nurses.", [("Acme Holdings", "to hiring 500 nurses")]),
])
def test_rules_a_places_government_commits_the_polity(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # a demonym before two posts joined by "and" places both
    ("Guests included Ugandan Finance Minister and Deputy Prime Minister Ben Ole. Kenya hosted. Kenya and Kenya.",
     [("Ben Ole", "finance minister", "Uganda"), ("Ben Ole", "deputy prime minister", "Uganda")]),
    # a country's name before them places them as before; no demonym leaves the second to the story
    ("Guests included Trade and Industry Minister Ben Ole. Kenya hosted. Kenya and Kenya.",
     [("Ben Ole", "trade and industry minister", "Kenya")]),
])
def test_rules_a_demonym_places_each_post_joined_before_a_name(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # a minister the text has be in (or travel to) the story's country is another country's
    ("Trade Minister Ada Obi, who is in Kenya for the summit, said Ghana would buy more tea. Kenya grows tea. Kenya "
     "sells it.", [("Ada Obi", "trade minister", "Ghana")]),
    ("Ghana's cocoa exports rose. The Kenya trip of Trade Minister Ada Obi ended on Monday. Kenya and Kenya signed deals "
     "with Ghana.", [("Ada Obi", "trade minister", "Ghana")]),
    # red team: not a leader in (or back in) their own capital
    ("President Ada Obi, who is in Nairobi for the budget, said Ghana would buy more tea. Kenya grows tea. Kenya "
     "sells it.", [("Ada Obi", "president", "Kenya")]),
    # not one who only meets visitors at home, nor whose visit is to another country
    ("Trade Minister Ada Obi met traders from Ghana in Nairobi. Kenya grows tea. Kenya sells it.",
     [("Ada Obi", "trade minister", "Kenya")]),
    ("Trade Minister Ada Obi said the visit of Ghana's president to Kenya was a success. Kenya grows tea. Kenya "
     "sells it.", [("Ada Obi", "trade minister", "Kenya")]),
])
def test_rules_a_traveller_is_not_of_the_country_visited(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # a party before "Councillor" is an affiliation, not where the seat is: the story's council holds it
    ("Cork City Council met on Monday. Plaid Cymru Councillor Ada Obi said Plaid Cymru would vote no. Independent "
     "Councillor Tom Hale agreed.",
     [("Ada Obi", "councillor", "Cork City Council"), ("Tom Hale", "councillor", "Cork City Council")]),
    # a ward or a council before it is where the seat is
    ("Headingley ward councillor Ada Obi spoke at Leeds City Council.", [("Ada Obi", "councillor", "Leeds City Council")]),
])
def test_rules_a_councillors_party_is_not_the_council(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # a donor list after the first pledge's amount: each body or country with its own amount
    ("At the Oslo conference, Norway pledged $40 million, the World Bank $25 million and Canada $12 million.",
     [("Norway", "$40 million"), ("World Bank", "$25 million"), ("Canada", "$12 million")]),
    ("Pledges included Sweden's $8 million pledge, the Red Cross's $3 million and Chile's $1 million.",
     [("Sweden", "$8 million"), ("Red Cross", "$3 million"), ("Chile", "$1 million")]),
    # not a list whose items say more than an amount, nor an amount with no body before it
    ("Norway pledged $40 million, Canada $12 million in loans and Chile $1 million.", [("Norway", "$40 million")]),
    ("Norway pledged $40 million, and $12 million came from loans.", [("Norway", "$40 million")]),
    # red team: not the recipients' shares after "with"; the last donor may say where
    ("The World Bank pledged $900 million, with Kenya $400 million and Ethiopia $300 million.",
     [("World Bank", "$900 million")]),
    ("Norway pledged $40 million, the World Bank $25 million and Canada $12 million at the Oslo meeting.",
     [("Norway", "$40 million"), ("World Bank", "$25 million"), ("Canada", "$12 million")]),
])
def test_rules_a_donor_list_after_the_first_pledge(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


def test_rules_the_province_is_one_with_a_government(facts_of):
    # "committed by the province": the province the story names, not a parish of the same name as a city
    facts = facts_of("The New Brunswick government will pay for the bridge. Premier Ada Obi visited Saint John on "
                     "Monday. Another $10.7 million was committed by the province to upgrade the water plant.")
    assert pledges_of(facts) == [("New Brunswick", "Another $10.7 million")]


@pytest.mark.parametrize("text,facts", [
    # "the government" a chief minister or a premier speaks of is their state's
    ("Chief Minister Ada Obi of Kerala said that the government is committed to hiring 900 nurses. India is large.",
     [("Kerala", "to hiring 900 nurses")]),
    ("Premier Ada Obi of Queensland said the government is committed to building 500 homes. Australia will help.",
     [("Queensland", "to building 500 homes")]),
    # red team: not a foreign premier's, nor in a story of two states
    ("Chinese Premier Ada Obi said the government is committed to buying more beef. Queensland farmers cheered.",
     [("Ada Obi", "to buying more beef")]),
    ("Premier Ada Obi said the government is committed to opening markets. She met traders from Victoria and "
     "Tasmania in Shanghai.", [("Ada Obi", "to opening markets")]),
    # a prime minister's is the country's
    ("Prime Minister Ada Obi said the government is committed to building 500 homes in Queensland. Australia will help.",
     [("Australia", "to building 500 homes in Queensland")]),
])
def test_rules_the_government_a_states_head_speaks_of(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # the premier of the one province the story names, and the premier's cabinet with it
    ("Manitoba will cut power bills, Premier Ada Obi said. Finance Minister Ben Ole agreed.",
     [("Ada Obi", "premier", "Manitoba"), ("Ben Ole", "finance minister", "Manitoba")]),
    # the one province a story names is the premier's, not a town that shares a parish's name
    ("Nova Scotia will fund the wharf in Saint John, premier Ada Obi said on Monday. Saint John welcomed it.",
     [("Ada Obi", "premier", "Nova Scotia")]),
    # red team: not a province's people (an era's, a rival state's), nor in a story of two premiers
    ("Premier Ada Obi opened a show on how Victorians lived in the slums of London.", [("Ada Obi", "premier", None)]),
])
def test_rules_a_premier_sits_in_the_province_the_story_names(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # a headline's second verb after a comma: the headline's subject pledges what follows it
    ("Mayor urges calm after floods, pledges new drains for Kisumu\n\nKISUMU: Mayor Ada Obi spoke on Monday.",
     [("Ada Obi", "new drains for Kisumu")]),
    ("Governor vows to fix roads, pledges new schools for Kano\n\nKANO: Governor Ben Ole spoke on Monday.",
     [("Ben Ole", "to fix roads"), ("Ben Ole", "new schools for Kano")]),
    # not a noun after the comma ("pledges of aid pour in")
    ("Rains hit Kisumu, pledges of aid pour in\n\nDonors met on Monday.", []),
])
def test_rules_a_headlines_second_verb_after_a_comma(facts_of, text, facts):
    assert pledges_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # "Chairman of the Board of Directors of X": the board is the title's, X where it is held
    ("Ada Obi, Chairman of the Board of Directors of Kessly Breweries Ltd, said sales rose.",
     [("Ada Obi", "chairman of the board of directors", "Kessly Breweries Ltd")]),
    ("Tom Hale, a member of the Board of Trustees of the Kessly Museum, agreed.",
     [("Tom Hale", "member of the board of trustees", "Kessly Museum")]),
    # a board named for no kind is a body's name
    ("Ada Obi, chairman of the Board of Kessly Breweries Ltd, said sales rose.",
     [("Ada Obi", "chairman", "Board of Kessly Breweries Ltd")]),
])
def test_rules_a_board_of_directors_is_part_of_the_title(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


@pytest.mark.parametrize("text,facts", [
    # a leader by kind is a description, not a post
    ("Kenya's President Ada Obi, the first foreign leader to call, spoke. Business leader Tom Hale agreed.",
     [("Ada Obi", "president", "Kenya")]),
    # an opposition leader holds a post
    ("Opposition leader Ada Obi spoke in Nairobi, Kenya.", [("Ada Obi", "opposition leader", "Kenya")]),
    # red team: "Community leader X" opening a sentence, read as a body and a title
    ("Community leader Ada Obi said the town would rebuild.", []),
])
def test_rules_a_leader_by_kind_is_no_post(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


def test_rules_a_clocks_pm_is_no_title(facts_of):
    # "08:26 PM IST Ada Obi , Reuters": a byline's time, not a prime minister
    facts = facts_of("Ports will reopen, Kenya vows\n\n1 min read . 08:26 PM IST Ada Obi , Reuters\n\nKenya will reopen "
                     "its ports, said PM Ben Ole of Kenya.")
    assert roles_of(facts) == [("Ben Ole", "prime minister", "Kenya")]


def test_rules_a_story_of_two_premiers_places_neither_by_its_one_province(facts_of):
    facts = facts_of("Premier Ada Obi said Quebec would not pay for the bridge. Premier Ben Ole said talks would go on.")
    assert not [r for r in facts.roles if r.evidence.rule.endswith("+org-from-article-premier-state")]


def test_rules_a_currency_glued_to_its_number_with_a_dollar_sign(facts_of):
    # "NZ$16.5 million", tokenised as one word and a scale: an amount committed
    facts = facts_of("The visit saw the Kenyan government commit NZ$16.5 million to help deal with floods.")
    assert [(p.amount, p.currency) for p in facts.pledges] == [(16500000.0, "NZD")]


def test_rules_a_rulers_title_after_another_title_is_a_given_name(facts_of):
    # "Foreign Minister Amir X": a given name after the title's head, before a lone surname
    facts = facts_of("Iranian Foreign Minister Amir Tehrani promised aid to the flood victims.")
    assert roles_of(facts) == [("Amir Tehrani", "foreign minister", "Iran")]
    # not a ruler's title before a full name ("Emir Tamim bin Hamad")
    facts = facts_of("The Emir Sheikh Tamim bin Hamad pledged support to Qatar's farmers.")
    assert ("Tamim bin Hamad", "emir", "Qatar") in roles_of(facts)


@pytest.mark.parametrize("text,facts", [
    # who invites a guest to visit a country is its host; a leader's party holds its posts where the leader does
    ("Peru and Peru signed a deal. Trade Minister Ada Obi extended an invitation to President Ben Ole of Peru to visit "
     "Chile. The minister was accompanied by Deputy Minister Tom Hale.",
     [("Ada Obi", "trade minister", "Chile"), ("Ben Ole", "president", "Peru"), ("Tom Hale", "deputy minister", "Chile")]),
    # an invitation in the passive; not one denied
    ("Peru and Peru signed a deal. President Ben Ole of Peru was invited by Trade Minister Ada Obi to visit Chile.",
     [("Ben Ole", "president", "Peru"), ("Ada Obi", "trade minister", "Chile")]),
    ("Peru and Peru signed a deal. Trade Minister Ada Obi has not invited anyone to visit Chile.",
     [("Ada Obi", "trade minister", "Peru")]),
    # not an invitation to visit a place that is no country, nor a party with posts of its own
    ("Peru and Peru signed a deal. Trade Minister Ada Obi invited investors to visit Lima's port. She was accompanied "
     "by Chile's Deputy Minister Tom Hale.",
     [("Ada Obi", "trade minister", "Peru"), ("Tom Hale", "deputy minister", "Chile")]),
])
def test_rules_a_host_and_a_leaders_party(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


def test_rules_an_assistant_to_a_title_before_a_name(facts_of):
    # "Special Assistant to Prime Minister X": one title, the assistant's (not the prime minister's)
    facts = facts_of("Ghana and Ghana. The team included Special Assistant to Prime Minister Ada Obi.")
    assert roles_of(facts) == [("Ada Obi", "special assistant to prime minister", "Ghana")]
    # "Welcome to Prime Minister X": no title before "to"
    facts = facts_of("Ghana and Ghana. Welcome to Prime Minister Ada Obi.")
    assert roles_of(facts) == [("Ada Obi", "prime minister", "Ghana")]


@pytest.mark.parametrize("text,facts", [
    # red team: the host's minister escorting a visitor the text places stays the host's
    ("Indian Prime Minister Ada Obi toured Dhaka, Bangladesh on Friday. He was accompanied by Foreign Minister Ben "
     "Ole during the visit. Bangladesh and Bangladesh signed deals.",
     [("Ada Obi", "prime minister", "India"), ("Ben Ole", "foreign minister", "Bangladesh")]),
    # a ruler's title after a governor's is a title, not a given name
    ("Riyadh Governor Emir Faisal spoke at the opening ceremony.", [("Faisal", "governor emir", "Riyadh")]),
])
def test_rules_red_team_third_pass(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


def test_rules_a_body_run_into_a_name_written_alone_elsewhere_ends_there(facts_of):
    # NER runs "the Sports Council" on into the chairman's name; the article writes the name alone later
    facts = facts_of("Chairman of the Sports Council Yaw Osei-Bonsu opened the gym. Yaw Osei-Bonsu said it cost $5 million.")
    assert {(e.label, e.type) for e in facts.entities} >= {("Sports Council", "Organization"),
                                                            ("Yaw Osei-Bonsu", "Person")}
    assert not any("Osei-Bonsu" in e.label for e in facts.entities if e.type == "Organization")
    # no title before it: a company named after its founder stays whole
    facts = facts_of("Louis Vuitton was born in 1821. Moet Hennessy Louis Vuitton said profit rose.")
    assert "Moet Hennessy Louis Vuitton" in {e.label for e in facts.entities if e.type == "Organization"}


def test_rules_a_title_with_a_preposition_inside_is_one_title_word(facts_of):
    # "Commander in Chief" between "President and" and the name: the first title still the person's
    assert ("Tom Hale", "president", None) in roles_of(facts_of("President and Commander in Chief Tom Hale inspected the troops."))


def test_rules_portfolio_words_are_no_body(facts_of):
    # portfolio words NER took for bodies: before a title, listed with other portfolios
    facts = facts_of("The mayor will invest in Health, Education and Trade, Housing Minister Tom Hale said.")
    assert not [e.label for e in facts.entities if e.type != "Person"]
    # a party whose name is such a word keeps it when it acts alone
    facts = facts_of("National said it will cut taxes. National leader Tom Hale spoke.")
    assert "National" in {e.label for e in facts.entities}


def test_rules_a_long_name_after_a_title_in_a_caption_is_a_name(facts_of):
    # a photo caption in title case: the name after the title and honorific is no headline word
    facts = facts_of("Jordan's Prime Minister Sheikh Omar Al-Hassan Al-Rifai Al-Zoubi, Aug. 4 (File Photo)\n\n"
                     "The budget passed on Monday.")
    assert any(e.type == "Person" and e.label.endswith("Al-Zoubi") for e in facts.entities)


def test_rules_a_name_no_model_typed_that_commits_is_a_body(facts_of):
    assert not facts_of("Senior Tories said the prime minister should resign.").entities  # a party's members
    facts = facts_of("The Kessly Greens have committed to a review of the rail plan.")
    assert ("Kessly Greens", "Organization") in {(e.label, e.type) for e in facts.entities}
    assert [(p.content, p.kind) for p in facts.pledges if p.agent] and all(
        {e.key: e.label for e in facts.entities}[p.agent] == "Kessly Greens" for p in facts.pledges)


def test_rules_a_postal_code_in_a_party_tag_is_the_seats_state(facts_of):
    facts = facts_of("The farm bill passed. Sen. Ada Obi (R-IA) voted for it; the VA said it would not comment.")
    assert ("Ada Obi", "senator", "Iowa") in roles_of(facts)
    labels = {e.label for e in facts.entities}
    assert "IA" not in labels and "VA" in labels  # the tag's code is no body; the Veterans Affairs department is one


def test_rules_a_headline_runs_no_words_into_a_name_after_a_title(facts_of):
    facts = facts_of("Chancellor Tom Hale Budget Speech Draws Criticism\n\nChancellor Tom Hale delivered the budget in London.")
    assert "Tom Hale" in {e.label for e in facts.entities if e.type == "Person"}
    assert not any("Criticism" in e.label for e in facts.entities)


def test_rules_names_written_as_whole_words_ending_in_a_stop_and_not_as_a_currency():
    from kg.extract.posts import times_written
    assert times_written("The U.S. and U.S.-made goods, US$5 and USD 4 in the US.", ["U.S.", "US"]) == 3
    assert times_written("USA, AUS and BUS.", ["US"]) == 0


@pytest.mark.parametrize("text,roles", [
    # the posts of faiths: a kadhi's, an abbot's; an office's adjective is the title's, no body
    ("Chief Kadhi Tom Hale of the Sharia Court said the court will sit.", [("Tom Hale", "chief kadhi", "Sharia Court")]),
    ("Abbess Ada Obi said the school will stay open.", [("Ada Obi", "abbess", None)]),
    ("His Eminence Cardinal Tom Hale said he will pray.", [("Tom Hale", "cardinal", None)]),
    ("Papal Nuncio Tom Hale said he will pray.", [("Tom Hale", "papal nuncio", None)]),
    # no title: a family's patriarch
    ("The family patriarch, Tom Hale, said the farm will stay open.", []),
])
def test_rules_posts_of_faiths(facts_of, text, roles):
    facts = facts_of(text)
    assert roles_of(facts) == roles and "Eminence" not in labels(facts).values()


@pytest.mark.parametrize("text,span,person", [
    # a title and a name NER took for a body or a place: the person, when the text names them so
    ("Senator Colm Hale said the roads will open. Later, Hale said more.", "Senator Colm Hale", "Colm Hale"),
    ("He hoped that Bishop Bomansaan would be granted wisdom, Francis Bomansaan said.", "Bishop Bomansaan", "Bomansaan"),
    ("Labour MP Simone Wilson said the vote was lost.", "MP Simone Wilson", "Simone Wilson"),
    ("Readers of CEO Magazine said more.", "CEO Magazine", None),
    ("Police in General Santos said more. Jomar Santos agreed.", "General Santos", None),
    ("Shares of General Motors fell. Motors said more.", "General Motors", None),
    ("Visitors at the Bishop Museum said it was great.", "Bishop Museum", None),
])
def test_rules_a_titled_name_taken_for_a_body_is_a_person(nlp, text, span, person):
    from kg.extract.mentions import Mention, _titled_person
    from kg.extract.nlp import parse

    doc = parse(nlp, text)
    start = next(t.i for t in doc if t.idx == text.index(span))
    m = Mention(start, start + len(span.split()), "Organization", "ner")
    surnames = {t.lower_ for t in doc if t.ent_type_ == "PERSON"}
    found = _titled_person(doc, m, surnames)
    assert (found.span(doc).text if found.type == "Person" else None) == person


@pytest.mark.parametrize("text,org", [
    # "the state's Commissioner X": the article's state's (not a firm's)
    ("Kano State Governor Ada Obi will build roads, a statement by the state's Commissioner of Works, Tom Hale, said.",
     "Kano State"),
    ("Kano State Governor Ada Obi will build roads, a statement by the firm's Commissioner of Works, Tom Hale, said.",
     None),
])
def test_rules_the_states_officer_is_the_articles_states(facts_of, text, org):
    assert [r[2] for r in roles_of(facts_of(text)) if r[0] == "Tom Hale"] == [org]


@pytest.mark.parametrize("text,roles", [
    # "the Title of X, A, Title B": A's item ends where the next item's title and name begin
    ("He met the Mayor of the City of Kessly, Ada Obi, Deputy Mayor Tom Hale, and chiefs.",
     [("Ada Obi", "mayor", "City of Kessly"), ("Tom Hale", "deputy mayor", None)]),
    ("The meeting was attended by Ada Obi, UAE Ambassador to Peru, and others.", [("Ada Obi", "ambassador to peru", "UAE")]),
])
def test_rules_a_list_item_ends_before_the_next_items_title(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,span,kind", [
    # a ward's name and its seat's title NER took for a person: the ward
    ("The council elected Kessly Ward Councillor, Ada Obi, as its chair.", "Kessly Ward Councillor", "Place"),
    ("The council thanked Tom Hale Ward for his work.", "Tom Hale Ward", "Person"),
])
def test_rules_a_ward_before_a_title_is_a_place(nlp, text, span, kind):
    from kg.extract.mentions import Mention, _ward_before_title
    from kg.extract.nlp import parse

    doc = parse(nlp, text)
    start = next(t.i for t in doc if t.idx == text.index(span))
    assert _ward_before_title(doc, Mention(start, start + len(span.split()), "Person", "ner")).type == kind


def test_rules_a_city_named_like_a_province_of_a_country_the_text_does_not_name_is_no_state():
    from kg.extract.posts import foreign_city
    assert foreign_city("Savannah", {"US"}) and not foreign_city("Savannah", {"GH"})
    assert not foreign_city("Savannah", set()) and not foreign_city("Lagos", {"NG", "US"})


@pytest.mark.parametrize("text,roles", [
    # "X, title, PART OF THE WORLD, Body": the region (or country) a post covers, then where it is held
    ("“We will grow,” said Ada Obi, president, Middle East & Africa, Kessly Hotels International.",
     [("Ada Obi", "president", "Kessly Hotels International")]),
    ("Tom Hale, director, Kenya, Norvex Foods, said sales rose.", [("Tom Hale", "director", "Norvex Foods")]),
    ("Ada Obi, director, Kenya, and Tom Hale, director, Uganda, spoke.",
     [("Ada Obi", "director", "Kenya"), ("Tom Hale", "director", "Uganda")]),
    ("Commenting on the deal, Jan Ruml, general manager – Asia, Vantora Airlines, said fares would fall.",
     [("Jan Ruml", "general manager", "Vantora Airlines")]),
    # a second title after the body: "X, CEO, Acme and founder, Kessly Trust"
    ("“We are proud,” said Jan Ruml, CEO, Norvik Bank and founder, Kessly Trust.", [("Jan Ruml", "ceo", "Norvik Bank")]),
    ("“We are proud,” said Jan Ruml, CEO, Norvik Bank and Kessly Trust.", [("Jan Ruml", "ceo", None)]),
])
def test_rules_a_region_between_a_title_and_its_body(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


def test_rules_parts_of_the_world_are_places():
    from kg.extract.gazetteer import is_world_region
    assert all(map(is_world_region, ["Middle East & Africa", "Asia Pacific", "Southern Africa", "the Americas", "EMEA",
                                     "Central & Eastern Europe"]))
    assert not any(map(is_world_region, ["Central", "North & South"]))
    assert not any(map(is_world_region, ["South Africa", "Acme Africa", "Pacific Gas", "East Timor"]))


@pytest.mark.parametrize("text,people", [
    # "Member for SEAT Ada Obi": the seat, then the member, not one name
    ("“Roads matter,” Member for Kesslyvale Ada Obi said.", ["Ada Obi"]),
    # a first name that is also a title word, right after a title: the name's
    ("Kenya's Prime Minister Dean Mwangi said the talks went well.", ["Dean Mwangi"]),
    ("Associate Dean Mary Hale said the school will grow.", ["Mary Hale"]),
    ("CEO Prince Adewale said the firm will grow.", ["Adewale"]),
])
def test_rules_names_after_seats_and_titles(facts_of, text, people):
    assert [e.label for e in facts_of(text).entities if str(e.type) == "Person"] == people


@pytest.mark.parametrize("text,kind", [
    # a "given name" before a part of the world is a company's name, not a person's
    ("Royal Caribbean said its ship will return. Royal Caribbean's president, Tom Hale, spoke.", "Organization"),
    # a company designator ends a company's name
    ("Tom Hale, founder, Kessly Properties, said sales rose.", "Organization"),
])
def test_rules_company_names_that_look_like_people(facts_of, text, kind):
    assert str(next(e.type for e in facts_of(text).entities if e.label.startswith(("Royal", "Kessly")))) == kind


@pytest.mark.parametrize("text,roles", [
    # an adjective capitalised before a title is the title's word, no body's name
    ("Small Business Minister Ada Obi said Canada will invest.", [("Ada Obi", "business minister", "Canada")]),
    ("Emeritus Senior Minister Tom Hale spoke to the press.", [("Tom Hale", "emeritus senior minister", None)]),
    # but a company before its chairman, a party before its leader
    ("Prudential Chairman Tom Hale said the insurer would grow.", [("Tom Hale", "chairman", "Prudential")]),
    ("Conservative Leader Tom Hale said he would cut the tax.", [("Tom Hale", "leader", "Conservative")]),
    ("Corrections Minister Ada Obi said the prison will open.", [("Ada Obi", "minister", None)]),
    # but a company written so again, or before an upper-case title, keeps its name
    ("Virgin CEO Tom Hale said the airline will hire.", [("Tom Hale", "ceo", "Virgin")]),
    ("Continental Chairman Tom Hale said Continental will hire.", [("Tom Hale", "chairman", "Continental")]),
])
def test_rules_an_adjective_before_a_title(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,org", [
    # a country named only by demonym, whose states the story names: the story's country
    ("Railway Minister Ada Obi promised Indian railway lines for Madhya Pradesh. Work in Madhya Pradesh and "
     "Gujarat will start soon, Obi said.", "India"),
    # one demonym alone is not enough
    ("Railway Minister Ada Obi promised new lines. An Indian firm will build them, Obi said.", None),
])
def test_rules_a_country_named_by_demonym_and_by_its_states(facts_of, text, org):
    assert [r[2] for r in roles_of(facts_of(text)) if r[0] == "Ada Obi"] == [org]


@pytest.mark.parametrize("text,org", [
    # "the Ghanaian Government": a demonym naming the country's own government counts twice
    ("The Kenyan Government will fund start-ups, Minister of Business Development Ada Obi said.", "Kenya"),
    ("A Kenyan firm will fund start-ups, Minister of Business Development Ada Obi said.", None),
])
def test_rules_a_demonym_naming_a_government(facts_of, text, org):
    assert [r[2] for r in roles_of(facts_of(text)) if r[0] == "Ada Obi"] == [org]


def test_rules_a_file_photos_caption_is_article_text_and_its_credit_is_not():
    caption = ("FILE PHOTO: Kessland's Foreign Minister Ada Obi speaks during a joint press conference in Kessly, "
               "May 1, 2024. REUTERS/Tom Hale/File")
    kept = normalise(caption)
    assert "Foreign Minister Ada Obi speaks" in kept and "FILE PHOTO" not in kept and "REUTERS" not in kept
    assert normalise("Photo: Jane Roe/AFP").strip() == ""


@pytest.mark.parametrize("text,people", [
    # honorifics that go before people only make NER's "organization" a person; a one-word
    # person after one and an unknown word after it are one name; a name nothing typed in a
    # list of people is a person's
    ("The new members are Deacon Ada Obi, Dame Ugochi Kessude, Tom Hale, Obi Nwokessa, Emeka Ajokess and Ann Lee.",
     ["Ada Obi", "Ugochi Kessude", "Tom Hale", "Obi Nwokessa", "Emeka Ajokess", "Ann Lee"]),
    ("The firms are Kessly Foods, Norvex Group and Acme Mills.", []),
])
def test_rules_people_in_lists_and_after_honorifics(facts_of, text, people):
    assert [e.label for e in facts_of(text).entities if str(e.type) == "Person"] == people


@pytest.mark.parametrize("text,people", [
    # "Among the new commissioners are A and B. Other(s) are C and D": each a commissioner, the
    # second list right after the first however the sentences are cut
    ("Among the newly sworn-in commissioners are Prof. Ada Obi and Mrs. Ann Lee.\n\nOther are Deacon Tom Hale "
     "and Patrick Roe.", ["Ada Obi", "Ann Lee", "Tom Hale", "Patrick Roe"]),
    ("Among the newly sworn-in commissioners are Prof. Ada Obi and Mrs. Ann Lee. The governor spoke. Others are "
     "Tom Hale and Patrick Roe.", ["Ada Obi", "Ann Lee"]),
])
def test_rules_others_are_right_after_the_list(facts_of, text, people):
    assert [r[0] for r in roles_of(facts_of(text)) if r[1] == "commissioner"] == people


@pytest.mark.parametrize("text,entities", [
    # a Nguni place name or a company written with a lower-case prefix is a name (not a product's "iPhone")
    ("The new eThekwini Municipality mayor Ada Obi was sworn in.", [("eThekwini Municipality", "Organization")]),
    ("Ada Obi bought new iPhones for the office.", []),
    # a place head after a person's name of two words: a place named after the person
    ("She spoke to the residents of Nelson Kessly Bay.", [("Nelson Kessly Bay", "Place")]),
    ("Director Michael Bay said it.", [("Michael Bay", "Person")]),
])
def test_rules_names_written_with_prefixes_and_places_named_for_people(facts_of, text, entities):
    assert [(e.label, str(e.type)) for e in facts_of(text).entities if e.label != "Ada Obi"] == entities


@pytest.mark.parametrize("text,roles", [
    # the chair of an Irish council: Cathaoirleach, also before "Cllr" and the name
    ("Cllr Ada Obi has been elected Cathaoirleach of Kessly County Council. Cathaoirleach Cllr Obi said he was "
     "honoured.", [("Ada Obi", "cathaoirleach", "Kessly County Council")]),
])
def test_rules_an_irish_councils_chair(facts_of, text, roles):
    assert set(roles) <= set(roles_of(facts_of(text)))
    assert ("Ada Obi", "Person") in [(e.label, str(e.type)) for e in facts_of(text).entities]


@pytest.mark.parametrize("text,agents", [
    # "The Ministers confirmed their commitment": each minister the story names
    ("Ada Obi, Minister of Health, and Tom Hale, Minister of Sport, met on Monday. The Ministers confirmed their "
     "strong commitment to building ten clinics.", ["Ada Obi", "Tom Hale"]),
    ("Governor Ada Obi met Governor Tom Hale in Kessly. The two governors pledged to build a bridge.",
     ["Ada Obi", "Tom Hale"]),
    # not a group the phrase itself qualifies, nor one person named with the title
    ("Governor Ada Obi met Governor Tom Hale in Kessly. The governors of the north pledged to build a bridge.", []),
    ("Governor Ada Obi spoke in Kessly. The governors pledged to build a bridge.", []),
])
def test_rules_a_plural_title_pledges_for_the_people_named_with_it(facts_of, text, agents):
    facts = facts_of(text)
    lab = labels(facts)
    assert [lab.get(p.agent) for p in facts.pledges if lab.get(p.agent) in ("Ada Obi", "Tom Hale")] == agents
    assert not any(e.label.lower() in ("ministers", "governors") for e in facts.entities)


def test_rules_chief_scientists_and_mayors(facts_of):
    # "Chief Scientist" is a title; a mayor's office is a city's, never a country's (but Singapore's)
    assert roles_of(facts_of("Kessland's Chief Scientist Ada Obi said the reef was at risk.")) == [
        ("Ada Obi", "chief scientist", "Kessland")]
    assert ("Tom Hale", "mayor", None) in roles_of(facts_of(
        "Philippines: Ministry urges community to follow whale shark guidelines\n\nThe Ministry of Tourism stresses the "
        "need for training in parts of the Philippines where whale sharks frequent.\n\nThe photo from the shoreline of "
        "Barangay Kessgrande, Kesslyjoon, Cebu prompted Director Ann Lee to meet with Mayor Tom Hale."))
    assert roles_of(facts_of("Singapore's Mayor Tom Hale spoke.")) == [("Tom Hale", "mayor", "Singapore")]


@pytest.mark.parametrize("text,roles", [
    # a part of the world before a title is what the post covers, not where it is held
    ("Africa Director Ada Obi said the group will grow.", [("Ada Obi", "director", None)]),
    ("Kessly Water Chief Engineer Ada Obi said the project will help.", [("Ada Obi", "water chief engineer", None)]),
    # a county before a title stays the county
    ("Cecil County Executive Ada Obi said the budget will pass.", [("Ada Obi", "executive", "Cecil County")]),
])
def test_rules_regions_before_titles(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


def test_rules_red_team_of_the_ninth_round(facts_of):
    # agencies' credits in every shape end a caption and are no entity
    for caption in ("FILE PHOTO: REUTERS/Staff\nOil prices rose on Monday.",
                    "FILE PHOTO: The Kessco logo is seen in Kessly, March 5, 2023. REUTERS/Staff/File Photo\nOil rose.",
                    "Photo: Refugees wait for food at a camp in Kessly. Ada Obi/Reuters\nAid agencies warned of famine."):
        assert not any("/" in e.label or e.label in ("REUTERS", "FILE") for e in facts_of(caption).entities)
    assert "US/UK" in normalise("Trade between the US/UK\nrose.")
    assert normalise("  • LETA/TBT Staff\n").strip() == ""  # a byline's agencies after a bullet
    # a foreign government named in lower case does not make the story its country's
    text = ("The Chinese government protested after the coast guard boarded a boat near Scarborough Shoal. "
            "Defence Secretary Ada Obi said the Philippines would not back down.")
    assert roles_of(facts_of(text)) == [("Ada Obi", "defence secretary", "Philippines")]
    # a person's three names ending in a place word stay a person's, unless a place's preposition comes before
    assert [str(e.type) for e in facts_of("Chan Ho Park threw the ceremonial first pitch.").entities] == ["Person"]


@pytest.mark.parametrize("text,roles", [
    # "New" before a name and a title is the post's only when the name is a place's or written alone elsewhere
    ("Kessland will not back down, New Democracy leader Ada Obi said.", [("Ada Obi", "leader", "New Democracy")]),
    ("The council met. New Ekurhuleni Mayor Ada Obi was sworn in. Ekurhuleni residents cheered.", [("Ada Obi", "mayor", "Ekurhuleni")]),
    # the US's own offices
    ("Soldiers who served in Iraq wait for claims, Veterans Affairs Secretary Ada Obi said.",
     [("Ada Obi", "veterans affairs secretary", "United States")]),
])
def test_rules_new_parties_and_us_offices(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


def test_rules_a_name_in_a_list_is_a_persons_only_among_people(facts_of):
    text = "The two will sign a MoU on Vocational Training and Youth Development. Prime Minister Ada Obi will attend."
    assert "Youth Development" not in [e.label for e in facts_of(text).entities if str(e.type) == "Person"]


@pytest.mark.parametrize("text,roles", [
    # a post for (or head of) a part of the world at a body is the body's
    ("Ada Obi, vice president for Latin America at Kessly Systems, said sales rose.",
     [("Ada Obi", "vice president", "Kessly Systems")]),
    ("Ann Lee, head of Europe, Middle East and Africa at Vantage Software, spoke.", [("Ann Lee", "head", "Vantage Software")]),
    # but a minister for a region keeps it, and a mayor of a town no gazetteer knows keeps the town
    ("Lord Ada Obi, Minister for Africa, arrived in Kenya.", [("Ada Obi", "minister", "Africa")]),
    ("Mayor of Kesslyburg Ada Obi spoke.", [("Ada Obi", "mayor", "Kesslyburg")]),
])
def test_rules_posts_for_parts_of_the_world_at_a_body(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


def test_rules_red_team_of_the_tenth_round(facts_of):
    def agents(text):
        facts = facts_of(text)
        lab = labels(facts)
        return sorted(lab.get(p.agent, p.agent) for p in facts.pledges)
    # a plural title's count must be the number named; a group named larger before is not those named
    assert agents("Governor Ada Obi of Ohio, Governor Tom Hale of Kansas and Governor Ann Lee of Iowa attended. "
                  "Both governors vowed to cut farm runoff by 2030.") == []
    assert agents("Finance ministers from 27 countries gathered in Lisbon. Finance Minister Ada Obi of Portugal and "
                  "Finance Minister Tom Hale of Spain chaired it. The ministers pledged to finish the union by 2027.") == []
    # a prime minister is none of "the ministers"
    assert agents("Minister Ada Obi and Minister Tom Hale joined Prime Minister Ann Lee in Manila. The ministers vowed "
                  "to protect fishermen.") == ["Ada Obi", "Tom Hale"]
    # a first name first in a list of one other person is a person's
    assert "Amara Osei" in [e.label for e in facts_of("The award went to Zarvo, Amara Osei and Kofi Boateng.").entities
                            if str(e.type) == "Person"]


def test_rules_fr_is_a_priests_honorific(facts_of):
    people = [e.label for e in facts_of("The mass was led by Rev. Fr. Ada Obi, the parish priest.").entities
              if str(e.type) == "Person"]
    assert people == ["Ada Obi"]


@pytest.mark.parametrize("text,roles", [
    # a company and the country of its unit, compounded after "of", name the unit
    ("Ada Obi, chief financial officer of Vodafone Egypt, said the network grew.", [("Ada Obi", "chief financial officer",
                                                                                    "Vodafone Egypt")]),
    ("Tom Hale, managing director of Lidl Ireland, said prices would fall.", [("Tom Hale", "managing director",
                                                                              "Lidl Ireland")]),
    # a body of the country's, named beside its common noun, is where the post is held (not the country)
    ("Ann Lee is the president of Brazil's largest steel company, Gerdau Steel Group.", [("Ann Lee", "president",
                                                                                             "Gerdau Steel Group")]),
    ("Sam Roe, the chairman of Kenya's biggest lender, Equity Group, said profits rose.", [("Sam Roe", "chairman",
                                                                                         "Equity Group")]),
])
def test_rules_a_company_unit_and_a_described_company(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


def test_rules_a_country_after_a_company_that_starts_a_clause_is_not_its_unit(facts_of):
    labels_ = [e.label for e in facts_of("Vodafone said Egypt would auction spectrum next year.").entities]
    assert "Vodafone Egypt" not in labels_ and "Egypt" in labels_


@pytest.mark.parametrize("text,roles", [
    # a hyphenated title in lower case after the name keeps its second part
    ("The draw was made by Ada Obi, the FIFA secretary-general.", [("Ada Obi", "secretary-general", "FIFA")]),
    # and before a portfolio too
    ("The risk is rising, according to the IMF deputy director-general for Asia, Ada Obi.",
     [("Ada Obi", "deputy director-general for asia", "IMF")]),
    # titles listed with commas after a name, each hung by the parser on the body before it, are all the name's
    ("Ada Obi, rector of Kessly University, chair of Acme Holdings, and president of the Kessly Chess Federation, "
     "spoke.", [("Ada Obi", "chair", "Acme Holdings"), ("Ada Obi", "president", "Kessly Chess Federation"),
                ("Ada Obi", "rector", "Kessly University")]),
    # a portfolio list with a serial comma before the title is the title's
    ("He met Tourism, Culture, and Sport Minister Ada Obi.", [("Ada Obi", "tourism, culture, and sport minister", None)]),
    # but not a post-nominal, nor a name, before ", and"
    ("Sir Tom Hale, KBE, MP, and Finance Minister Ada Obi spoke.", [("Ada Obi", "finance minister", None)]),
    ("He thanked Tom Hale, and Finance Minister Ada Obi.", [("Ada Obi", "finance minister", None)]),
    ("Dr Ann Ross, PhD, and Health Minister Joe Banda spoke.", [("Joe Banda", "health minister", None)]),
    ("Ann Lee, Labour, and Finance Minister Tom Hale spoke.", [("Tom Hale", "finance minister", None)]),
])
def test_rules_hyphenated_titles_title_chains_and_serial_commas(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


def test_rules_a_bare_name_listed_among_organizations_is_one(facts_of):
    def orgs(text):
        return sorted(e.label for e in facts_of(text).entities if str(e.type) == "Organization")
    assert "Monzo" in orgs("Monzo, Kessly Telecom, Acme Networks Ltd and Vantage Mobile signed the code.")
    assert "Starling" in orgs("The deal was signed by Acme Networks Ltd, Vantage Mobile and Starling.")
    # not a place, nor a name among people or places
    assert "Lagos" not in orgs("Kessly Telecom, Acme Networks Ltd and Lagos signed the code.")
    assert "Starling" not in orgs("Ada Obi, Tom Hale and Starling met in Abuja.")
    assert "Moreover" not in orgs("Moreover, Kessly Telecom, Acme Networks Ltd and Vantage Mobile signed the code.")
    assert "Monitoring" not in orgs("He toured Support Services, the Kessly Inspection Unit and Monitoring.")


def test_rules_a_name_a_noun_for_a_company_modifies_is_the_companys(facts_of):
    def types(text):
        return {e.label: str(e.type) for e in facts_of(text).entities}
    assert types("The contract went to engineering firm Tom Hale, which will start work in May.").get("Tom Hale") == \
        "Organization"
    # but not a noun that names people too, nor a title before a name
    assert types("Independent retailer Tom Hale, who owns two shops, disagreed.").get("Tom Hale") == "Person"
    assert types("Company founder Tom Hale disagreed.").get("Tom Hale") == "Person"
    assert types("The party Jane Doe leads won the vote.").get("Jane Doe") != "Organization"


@pytest.mark.parametrize("text,roles", [
    # a company's possessive before two joined titles places both
    ("Ada Obi, Kessly Bank's chairman and chief executive, said so.",
     [("Ada Obi", "chairman", "Kessly Bank"), ("Ada Obi", "chief executive", "Kessly Bank")]),
    # a one-word name before a company's title stays what it is (a person's staff)
    ("Sipho Dube, Ramaphosa's chief operating officer, resigned.", [("Sipho Dube", "chief operating officer", None)]),
    # a body after the common noun that is the subject of a reporting clause is no employer
    ("The deal was confirmed by Ann Lee, spokeswoman for the ministry, Reuters reported.",
     [("Ann Lee", "spokeswoman", None)]),
    # a body named beside the common noun of a title's of-phrase
    ("Tom Hale, deputy chairman of Lisbon consultancy Norvik Partners, said prices rose.",
     [("Tom Hale", "deputy chairman", "Norvik Partners")]),
    # but a person's possessive before a post of the person's staff is no company
    ("Ann Lee, Biden's chief of staff, spoke.", [("Ann Lee", "chief of staff", None)]),
])
def test_rules_posts_of_a_possessive_company_and_a_named_common_noun(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,roles", [
    # a portfolio NER takes for a body, before a minister's title, is the title's
    ("The talks were joined by Railway Minister Ada Obi and Power Minister Tom Hale.",
     [("Ada Obi", "railway minister", None), ("Tom Hale", "power minister", None)]),
    # but a company's name with the word stays the company's
    ("Kessly Power CEO Ann Lee said tariffs would rise.", [("Ann Lee", "ceo", "Kessly Power")]),
    # an abbreviated police chief's title
    ("The meeting was attended by DGP Ada Obi.", [("Ada Obi", "director general of police", None)]),
])
def test_rules_portfolios_ner_takes_for_bodies(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,roles", [
    # a demonym before "Affairs" is a portfolio's word, not the country the post is held in
    ("The deal was signed by Ada Obi, Minister of Indian Affairs.", [("Ada Obi", "minister of indian affairs", None)]),
    ("He met Hispanic Affairs Commissioner Tom Hale.", [("Tom Hale", "hispanic affairs commissioner", None)]),
    # and a compass word in a joined portfolio is no place
    ("The bill was tabled. Regional Affairs and Northern Development Minister Ann Lee spoke.",
     [("Ann Lee", "regional affairs and northern development minister", None)]),
    # but a demonym before a title still places it
    ("Ada Obi, the Indian foreign minister, spoke.", [("Ada Obi", "foreign minister", "India")]),
])
def test_rules_demonym_portfolios(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,roles", [
    # "X replaced Y as the new Z": X takes the post
    ("Ada Obi replaced Tom Hale as the new chief executive of Kessly Foods.", [("Ada Obi", "chief executive", "Kessly Foods")]),
    # a former post stated by name leaves the current one a copula states
    ("Ann Lee, former chairman of Kessly Bank, is the new chairman of Norvik Holdings.",
     [("Ann Lee", "chairman", "Kessly Bank"), ("Ann Lee", "chairman", "Norvik Holdings")]),
    # "Party" alone before a title is the party committee's post where it sits, not the party's own
    ("The Communist Party of China met. Ada Obi replaced Tom Hale as new Party chief in Hunan province.",
     [("Ada Obi", "chief", "Hunan province")]),
])
def test_rules_replacements_and_party_posts(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


def test_rules_it_is_promising_to_see_is_a_hope_not_a_pledge(facts_of):
    def pledges(text):
        facts = facts_of(text)
        lab = labels(facts)
        return sorted(lab.get(p.agent, p.agent) for p in facts.pledges)
    assert pledges("The Kessly Club met. It said it was promising to see new members join.") == []
    # but a body that is promising to act pledges
    assert pledges("The Kessly Club met. It said it is promising to build a new stadium.") == ["Kessly Club"]


@pytest.mark.parametrize("text,roles", [
    # a name joined by "n" ("and") is one name
    ("Rack n Roll CEO Ada Obi said the chain would open ten stores.", [("Ada Obi", "ceo", "Rack n Roll")]),
    # a company nothing typed and its country unit before a possessive and a lower-case title are one body
    ("Ada Obi, NORVIK US’ chief executive officer, said sales rose.", [("Ada Obi", "chief executive officer", "NORVIK US")]),
])
def test_rules_company_names_in_two_parts(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,roles", [
    # a hyphenated title the parser splits keeps its hyphens
    ("Ann Moss, the army's chief-of-staff, spoke.", [("Ann Moss", "chief-of-staff", None)]),
    # a compass word before a portfolio title is the portfolio's, not a place
    ("He met Northern Affairs Minister Dan Vandal.", [("Dan Vandal", "northern affairs minister", None)]),
    # but a region so named keeps the post
    ("He met Western Cape Agriculture Minister Ivan Meyer.", [("Ivan Meyer", "agriculture minister", "Western Cape")]),
])
def test_rules_hyphens_and_compass_portfolios(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


def test_rules_resident_representative_is_one_title(facts_of):
    facts = facts_of("The talks were opened by UNICEF Resident Representative Ada Obi in Lusaka on Monday.")
    assert roles_of(facts) == [("Ada Obi", "resident representative", "UNICEF")]
    assert "Resident" not in [e.label for e in facts.entities]


def test_rules_an_aside_before_a_title_is_no_part_of_it(facts_of):
    facts = facts_of("The fund grew. \"It will rise,\" Dr Ada Obi, also a Kessly Council fellow, told reporters.")
    assert roles_of(facts) == [("Ada Obi", "fellow", "Kessly Council")]


def test_rules_a_state_written_as_one_breaks_a_tie(facts_of):
    # "the state of X" marks the story's state where two are named as often
    assert roles_of(facts_of("Two plants will open in the state of Sonora and one in Chihuahua. Governor Ada Obi "
                             "welcomed the plan.")) == [("Ada Obi", "governor", "Sonora")]
    assert roles_of(facts_of("Two plants will open in Sonora and one in Chihuahua. Governor Ada Obi welcomed the "
                             "plan.")) == [("Ada Obi", "governor", None)]


@pytest.mark.parametrize("text,roles", [
    # a title phrase set off by a comma before the name, whatever the parser hangs the name on
    ("The plan was announced by the mayor of Lyon, Dr Ada Obi, at the gate.", [("Ada Obi", "mayor", "Lyon")]),
    ("Rowers cheered the announcement by the Commissioner for Rivers, Ada Obi, about the new locks.",
     [("Ada Obi", "commissioner for rivers", None)]),
    ("The Managing Director of Norvik Freight, Ada Obi said the trucks would run.",
     [("Ada Obi", "managing director", "Norvik Freight")]),
    ("On Monday, the president of the Guild of Kessish Bakers, Ada Obi, said bread would cost more.",
     [("Ada Obi", "president", "Guild of Kessish Bakers")]),
    # a lower-case portfolio after a vice-president's title is the title's
    ("Norvik Freight's VP of customer care and quality, Ada Obi, answered.",
     [("Ada Obi", "vp of customer care and quality", "Norvik Freight")]),
    # not a title in a phrase a preposition opens before the name's own sentence, nor one a verb takes
    ("In a letter to the mayor of Lyon, Ada Obi said the gate would close.", []),
    ("After meeting the mayor of Lyon, Ada Obi said the gate would close.", []),
])
def test_rules_a_title_set_off_before_the_name(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,roles", [
    # words joined by "and" after a portfolio's "for" stay in the portfolio
    ("Cabinet Secretary for Rivers and Inland Justice, Ada Obi, spoke.",
     [("Ada Obi", "cabinet secretary for rivers and inland justice", None)]),
    # but a ranked or described second title after "and" is a second post
    ("Minister of Rivers and Deputy Premier Ada Obi spoke.",
     [("Ada Obi", "deputy premier", None), ("Ada Obi", "minister of rivers", None)]),
    ("The minister for Rivers and current chair of the Lake Council, Ada Obi, spoke.",
     [("Ada Obi", "chair of the lake council", None), ("Ada Obi", "minister for rivers", None)]),
    # a legislator's title after a portfolio is a second post
    ("Minister for Rivers and Lakes Senator Ada Obi spoke.",
     [("Ada Obi", "minister for rivers and lakes", None), ("Ada Obi", "senator", None)]),
])
def test_rules_portfolios_joined_by_and(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,agents", [
    # who campaigns on or puts out a platform promises what it promises
    ("Ada Obi won the vote. Obi campaigned on a manifesto promising to build ten hospitals.", ["Ada Obi"]),
    ("The Kessly Rowing Union unveiled a programme pledging to train 500 coaches.", ["Kessly Rowing Union"]),
    ("Critics attacked the manifesto promising to build ten hospitals.", []),
    # "the utility": a body named before whose name says what it supplies
    ("Kessly Power Company cut supply to 800,000 homes. The utility promised to restore power by Friday.",
     ["Kessly Power Company"]),
    ("Kessly Air cancelled 40 flights. The utility promised to refund every passenger.", []),
    # not a former post's body, nor "we as parents"
    ("Ada Obi, former chief executive of Kessly Foods, spoke. She added, “We are committed to hiring 200 workers.”",
     ["Ada Obi"]),
    ("Ada Obi, chief executive of Kessly Foods, spoke. She added, “We as parents are committed to safer roads.”",
     ["Ada Obi"]),
    # "we" in the words of a pronoun is the body the person's own mention places them in
    ("Ada Obi, chief executive of Kessly Foods, opened the plant. She added, “We are committed to hiring 200 "
     "workers.”", ["Kessly Foods"]),
    # a quotation mark glued to the words around it is its own token
    ("Ada Obi, chief executive of Kessly Foods, opened the plant. She added,“We are committed to hiring 200 "
     "workers.”", ["Kessly Foods"]),
    # a list's bullets put no distance between the lines around them
    ("Kessly Power cut supply to 800,000 homes.\n\n  • Its chief executive apologised\n\n  • Engineers worked through the night\n\n"
     "  • The utility now vows to restore power to all customers by Friday", ["Kessly Power"]),
])
def test_rules_pledges_of_platforms_bodies_and_quoted_staff(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


@pytest.mark.parametrize("text,roles", [
    # a public office listed with a party's post is not held in the party
    ("Kessish Prime Minister and leader of the Kessly Party Ada Obi spoke.",
     [("Ada Obi", "leader", "Kessly Party"), ("Ada Obi", "prime minister", None)]),
    # but a company's two posts are both the company's
    ("President and CEO of Kessly Foods, Ada Obi, spoke on Monday.",
     [("Ada Obi", "ceo", "Kessly Foods"), ("Ada Obi", "president", "Kessly Foods")]),
    # "assume the position of", also as the second verb of the subject
    ("The talks ended. Ada Obi will continue as minister of the interior and assume the position of transport "
     "minister.", [("Ada Obi", "minister of the interior", None), ("Ada Obi", "transport minister", None)]),
    ("Ada Obi spoke during her first visit as Prime Minister of the coalition government to Lyon.",
     [("Ada Obi", "prime minister", None)]),
    # the title the subject of "is" or "will be", the name its complement
    ("The first-ever Commissioner for Rivers and Lakes will be Ada Obi, the president said.",
     [("Ada Obi", "commissioner for rivers and lakes", None)]),
    ("The new chief executive of Kessly Foods is Ada Obi.", [("Ada Obi", "chief executive", "Kessly Foods")]),
    ("The first mayor of Lyon was Ada Obi.", []),
    ("The mayor's guest is Ada Obi.", []),
])
def test_rules_public_offices_positions_and_titles_as_subjects(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,roles", [
    # an envoy's host is part of the title as written; the post is the sender's
    ("Ada Obi, the French ambassador to the UN, said the council would act.",
     [("Ada Obi", "ambassador to the un", "France")]),
    ("Japanese Ambassador to Peru Ada Obi opened the fair.", [("Ada Obi", "ambassador to peru", "Japan")]),
    # not a to-phrase naming no place or body
    ("Ada Obi, the French ambassador, went to Lyon.", [("Ada Obi", "ambassador", "France")]),
])
def test_rules_an_envoys_host_is_part_of_the_title(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,agents", [
    # who gives a speech or writes a letter promises what it promises
    ("Ada Obi was sworn in as mayor of Lyon, and followed her inauguration with a speech promising to fix roads.",
     ["Ada Obi"]),
    ("Ada Obi delivered an address promising to cut fares.", ["Ada Obi"]),
    ("Critics attacked the speech promising to cut fares.", []),
    # a place NER ran on past a comma into a surname the text gives in full is two names
    ("Ada Obi was sworn in. In her address at the Kessly National Stadium, Obi promised to build roads.", ["Ada Obi"]),
])
def test_rules_pledges_of_speeches_and_surnames_after_a_place(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


def test_rules_two_joined_titles_before_a_name_are_not_the_name_before(facts_of):
    # "A, Acme President and CEO B": both titles are B's, not A's too
    facts = facts_of("He talked with Mayor Ada Obi, Kessly Foods President and CEO Tom Hale, and others.")
    assert ("Ada Obi", "president", "Kessly Foods") not in roles_of(facts)
    assert ("Tom Hale", "ceo", "Kessly Foods") in roles_of(facts)


@pytest.mark.parametrize("text,roles", [
    # a visit to the story's country's capital is a visit to the country: the visitor's post is the other country's
    ("Ethiopia and France signed three grants. France will fund a dam in Ethiopia. President Ada Obi pledged support "
     "during his visit to Addis Ababa.", [("Ada Obi", "president", "France")]),
    # so is being welcomed to it
    ("Kenya and China upgraded ties. China will build a railway in Kenya. President Ada Obi was welcomed to China by "
     "its leaders.", [("Ada Obi", "president", "Kenya")]),
    # a leader at home visits their own regions
    ("After the G7 summit in Japan, Prime Minister Ada Obi promised to help northern Italy. Obi visited towns in "
     "Emilia-Romagna. Italy will rebuild.", [("Ada Obi", "prime minister", "Italy")]),
    # a visiting team's demonym does not make the story its country's
    ("The visiting British team met officials. The British team members praised Guyana. Finance Minister Ada Obi "
     "spoke to the British team in Georgetown.", [("Ada Obi", "finance minister", "Guyana")]),
    # a counterpart's demonym is the other side's
    ("Nigeria's Vice President Ada Obi met firms. Obi praised the firms and their Chinese counterparts, saying "
     "Nigeria is ready. Nigeria will grow.", [("Ada Obi", "vice president", "Nigeria")]),
])
def test_rules_visitors_and_the_story_country(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


def test_rules_a_ministry_run_into_a_name_and_his_excellency_written_short(facts_of):
    # "[Ministry of Agriculture Paul Rono]": the ministry, then the person
    facts = facts_of("The event was attended by Principal Secretary in the Ministry of Agriculture Grace Wanjiru and others.")
    assert sorted(labels(facts).values()) == ["Grace Wanjiru", "Ministry of Agriculture"]
    assert "Bank of America Merrill Lynch" in labels(facts_of("Analysts at Bank of America Merrill Lynch said rates would "
                                                                 "rise.")).values()
    # "H.E" without its last full stop is an honorific too
    facts = facts_of("President Ada Obi spoke. H.E Obi pledged his support to the fund.")
    assert [labels(facts)[p.agent] for p in facts.pledges] == ["Ada Obi"]


@pytest.mark.parametrize("text,roles", [
    # red team: a name with an inserted reporting verb, a relative of a title's holder, a second clause's own subject
    ("The chairman of the club, Tom Smith argued, should resign.", []),
    ("The wife of the governor of the central bank, Maria Smith, opened the gallery.", []),
    ("Minister for Sport and Senate leader Jane Obi opened the stadium.",
     [("Jane Obi", "minister for sport", None), ("Jane Obi", "senate leader", None)]),
    ("The only female chief executive in the index is Ada Obi.", []),
    ("Jack Black, a member of the Tea Party Society, spoke.", [("Jack Black", "member", "Tea Party Society")]),
])
def test_rules_red_team_negatives_of_the_fourteenth_round(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


def test_rules_cio_inside_a_name_is_no_title(facts_of):
    assert "AFL-CIO" in labels(facts_of("The AFL-CIO, led by Liz Shuler, backed the strike.")).values()


@pytest.mark.parametrize("text,roles", [
    # a council member's post is the one council the story names, also by its kind alone
    ("The County Council voted on Tuesday. Council members Ada Obi and Tom Hale opposed the budget.",
     [("Ada Obi", "council member", "County Council"), ("Tom Hale", "council member", "County Council")]),
    # not when the story names two
    ("The County Council and the City Council met. Council members Ada Obi and Tom Hale opposed the budget.",
     [("Ada Obi", "council member", None), ("Tom Hale", "council member", None)]),
])
def test_rules_the_one_council_named_by_its_kind(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,agents", [
    # a headline's bare title as subject is the one person the article names with it
    ("Rail minister vows to double the network\n\nLUSAKA: Federal Minister for Rail Ada Obi said the plan was ready.",
     ["Ada Obi"]),
    # also a title set off by a comma before the name and a style ("Minister of Sport, Prince X")
    ("Kessish sports minister promises to host the games\n\nKessland's Minister of Sport, Prince Ada Obi, has said the "
     "games will come.", ["Ada Obi"]),
    # not one named after a quotation that follows the title ("The Governor said: \"X's ...\"")
    ("Kessland envoy vows to help minorities\n\nThe envoy spoke. The envoy said: \"Tom Hale's crime was speaking out.\"",
     []),
])
def test_rules_a_headline_title_is_the_one_so_named(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges if p.agent in labels(facts)] == agents


@pytest.mark.parametrize("text,names", [
    # compass words listed before what they modify are no places of their own
    ("It will build stores on the East and West coasts.", []),
    ("Flights link Eastern and Western Canada.", ["Western Canada"]),
    # but a list of regions is, and so is one alone
    ("Funds of the Northeast, North and Midwest were cut.", ["Northeast", "North", "Midwest"]),
    ("Aid went to the West.", ["West"]),
])
def test_rules_compass_words_modifying_a_noun_are_no_places(facts_of, text, names):
    assert sorted(labels(facts_of(text)).values()) == sorted(names)


@pytest.mark.parametrize("text,roles", [
    # a portfolio listed after a title's "of" is no party's name, whatever else the text calls it
    ("Unions welcome Labour's win\n\nThe deal was signed by the Minister of Labour and Employment, Dr. Ada Obi, "
     "Zambia Labour Congress (ZLC) president, Tom Hale, and others.",
     [("Ada Obi", "minister of labour and employment", "Zambia"), ("Tom Hale", "president", "Zambia Labour Congress")]),
    # a body and its post set off after a name with no title of its own are that name's
    ("The deal was signed by Tom Hale, Zambia Labour Congress (ZLC) president, on Monday.",
     [("Tom Hale", "president", "Zambia Labour Congress")]),
])
def test_rules_a_titled_name_then_a_body_post_and_a_name(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


def test_rules_pledges_sharing_only_function_words_are_two(facts_of):
    facts = facts_of("Governor Ada Obi vowed to stand up against attacks on unions and efforts to roll back their "
                     "rights. She told workers that she will not waver in her commitment to protecting their rights.")
    assert len(facts.pledges) == 2


@pytest.mark.parametrize("text,roles", [
    # a public office with no article before it, joined to a party's post before the name: both the name's
    ("At a rally on Saturday, Prime Minister and Labour leader Tom Hale thanked the volunteers.",
     [("Tom Hale", "leader", "Labour"), ("Tom Hale", "prime minister", None)]),
    # "the Governor and MTA Chairman X": two people
    ("At a meeting, the Governor and MTA Chairman Tom Hale spoke.", [("Tom Hale", "chairman", "MTA")]),
])
def test_rules_a_public_office_and_a_partys_post(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


def test_rules_a_region_named_with_its_kind_places_the_story(facts_of):
    # "Stara Zagora Region" counts for Bulgaria as "Stara Zagora" would, against a country named once in passing
    facts = facts_of("Finance Minister Tom Hale met mayors in Stara Zagora Region. He praised the President of "
                     "Germany. Bulgaria will apply for funds, Hale said.")
    assert ("Tom Hale", "finance minister", "Bulgaria") in roles_of(facts)


@pytest.mark.parametrize("text,roles", [
    # a bare title the article places gives way to the fuller one the text places elsewhere
    ("TIRANA – EU Commissioner for Enlargement Ada Obi met Albania's leaders in Albania. Later, Commissioner Obi spoke.",
     [("Ada Obi", "commissioner for enlargement", "EU")]),
    # the cut leading "and" of a list ("the PM, A and Commissioner B")
    ("Earlier the PM, Tom Rama and Commissioner Ada Obi had a meeting.", [("Ada Obi", "commissioner", None)]),
])
def test_rules_a_bare_title_beside_a_fuller_one(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,agents", [
    # the nation's commitment a leader reaffirms is the nation's: the leader's country
    ("KINGSTON, Jamaica - Prime Minister Ada Obi reaffirmed the nation's commitment to joining the trade bloc.",
     ["Jamaica"]),
    # her own commitment is hers
    ("Prime Minister Ada Obi reaffirmed her commitment to joining the trade bloc.", ["Ada Obi"]),
    # not a country the sentence names after the leader (the one helped, the one met)
    ("Prime Minister Ada Obi reaffirmed the nation's commitment to aid for Haiti.", ["Ada Obi"]),
    ("Foreign Minister Tom Hale said after meeting Chinese officials that he reaffirmed the country's commitment to "
     "the one-China policy.", ["Tom Hale"]),
])
def test_rules_the_nations_commitment_a_leader_reaffirms(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


@pytest.mark.parametrize("text,facts", [
    # a list item that opens with a name and a colon, then a commitment verb: the name pledges the rest
    ("Here are some of the donors:\n\n•Norway: Boosted its pledge by 50% to 5 billion krone ($455 million).\n\n"
     "• Spain: Committed 400 million euros, a 37% increase.",
     [("Norway", "by 50% to 5 billion krone ($455 million)"), ("Spain", "400 million euros, a 37% increase")]),
    # a bullet glued to a name is no part of it; a line opening with a name but no commitment verb pledges nothing
    ("Clubs that spoke:\n\n•Acme Rovers: Unveiled a new stadium plan.", []),
])
def test_rules_pledges_of_list_items(facts_of, text, facts):
    found = facts_of(text)
    lab = labels(found)
    assert [(lab[p.agent], p.content) for p in found.pledges] == facts
    assert not any(name.startswith("•") for name in lab.values())


@pytest.mark.parametrize("text,agents", [
    # "A, B and C, all of which/whom ...": each of them commits
    ("The deal was backed by Acme Holdings, Norvik Bank and Kessly Power, all of which have pledged to invest "
     "$5 million.", ["Acme Holdings", "Norvik Bank", "Kessly Power"]),
    ("The investors included Acme Holdings, Norvik Bank and Kessly Power, all of whom restated their commitment "
     "to investing in gas.", ["Acme Holdings", "Norvik Bank", "Kessly Power"]),
    # the commitment of a body a speaker reiterates is the body's
    ("Executive Secretary Ada Obi reiterated the commitment of SADC to work collaboratively on trade.", ["SADC"]),
    # not "all of them" outside a relative clause
    ("Acme Holdings and Norvik Bank met. All of them said profits fell.", []),
])
def test_rules_all_of_whom_and_the_commitment_of_a_body(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


def test_rules_an_initialism_ner_took_for_a_person_joins_the_body_it_abbreviates(facts_of):
    facts = facts_of("KRCS Opens New Clinics\n\nThe Kessly Red Cross Society has opened two clinics. KRCS said more "
                     "will follow, and KRCS vice president Ada Obi said the clinics are free.")
    lab = labels(facts)
    assert "KRCS" not in lab.values()
    assert ("Ada Obi", "vice president", "Kessly Red Cross Society") in roles_of(facts)


def test_rules_a_photo_credits_mark_ends_a_name(facts_of):
    facts = facts_of("President Ada Obi PIC: TOM HALE\n\nPresident Ada Obi opened the plant on Monday.")
    assert "Ada Obi PIC" not in labels(facts).values()
    assert ("Ada Obi", "president", None) in roles_of(facts)


@pytest.mark.parametrize("text", [
    # a bare office is no one's the article names otherwise (a coach, a nurse, a candidate: the office is another's)
    "Coach Bill Tanner praised his players after the final. Tanner said the defence was superb. The mayor said the "
    "city would hold a parade.",
    "Maria Santos, a nurse, has worked in Manila for twenty years. Santos said she was exhausted. The president said "
    "she had ordered more vaccines.",
    "Ruth Abara wants to unseat the incumbent. Abara told a rally in Accra that prices were too high. The president "
    "dismissed the criticism.",
])
def test_rules_a_bare_office_is_not_the_story_subjects(facts_of, text):
    assert roles_of(facts_of(text)) == []


@pytest.mark.parametrize("text,names", [
    # a body's name in capitals NER cut at an unspaced hyphen is one name
    ("ABS-CBN president Ada Obi promised to comply. The ABS-CBN network will air it.", ["ABS-CBN network", "Ada Obi"]),
    # not two bodies each named on its own too, nor a party-and-state tag
    ("The EU-IMF talks resumed. The EU and the IMF met in Brussels.", ["Brussels", "EU", "IMF"]),
])
def test_rules_initials_joined_by_a_hyphen(facts_of, text, names):
    assert sorted(set(labels(facts_of(text)).values())) == sorted(names)


@pytest.mark.parametrize("text,agents", [
    # an agency in brackets and a date opening a paragraph, then a dash: a dateline, no subject
    ("(Kessly News) Sept. 9 -- Acme Holdings and Norvik Bank have pledged their support to the plan.",
     ["Acme Holdings", "Norvik Bank"]),
    # "HRH" is an honorific, no body
    ("HRH Prince Tom Hale pledged to fund the new hospital.", ["Tom Hale"]),
])
def test_rules_a_bracketed_agency_dateline_and_hrh(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


@pytest.mark.parametrize("text,roles", [
    # two posts joined by "and" after a name and a comma are two, however the parser hangs the second
    ("The fund will grow, said Ada Obi, the Coordinating Minister for the Economy and Minister of Finance, in Accra.",
     [("Ada Obi", "coordinating minister for the economy", None), ("Ada Obi", "minister of finance", None)]),
    # a portfolio joined by "and" stays one post
    ("The fund will grow, said Ada Obi, the Minister for Trade and Industry, in Accra.",
     [("Ada Obi", "minister for trade and industry", None)]),
])
def test_rules_two_posts_in_apposition_joined_by_and(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,roles", [
    # a plural title of a named body, then two or more names in apposition: each holds it there
    ("The co-chairs of the Rural Affairs Group, Ann Cole and Peter Hart, signed the letter.",
     [("Ann Cole", "co-chair", "Rural Affairs Group"), ("Peter Hart", "co-chair", "Rural Affairs Group")]),
    ("Two vice presidents of the World Bank, Indermit Gill and Anna Bjerde, visited Lagos on Monday.",
     [("Indermit Gill", "vice president", "World Bank"), ("Anna Bjerde", "vice president", "World Bank")]),
    # a possessive's plural title, however the parser hangs it
    ("Google's co-founders, Larry Page and Sergey Brin, stepped back.",
     [("Larry Page", "co-founder", "Google"), ("Sergey Brin", "co-founder", "Google")]),
    ("Kessly Bank's two deputy governors, Ann Cole and Peter Hart, resigned.",
     [("Ann Cole", "deputy governor", "Kessly Bank"), ("Peter Hart", "deputy governor", "Kessly Bank")]),
    # two bodies: whose is whose is not said
    ("The presidents of France and Germany, Emmanuel Macron and Olaf Scholz, met in Berlin.", []),
    # not a post
    ("Fans of Manchester United, Tom Reed and Sam Hill, queued for tickets.", []),
    ("Members of the Kessly Rowing Club, Ann Cole and Peter Hart, won medals.", []),
    # the names may be whose the title's phrase is
    ("The critics of the co-chairs of the Ocean Group, Amy Fox and Raj Dev, spoke out.", []),
])
def test_rules_a_plural_title_of_a_body_before_a_list_of_names(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,roles", [
    # "late" right before a title before a name: a former post, and no place "Late"
    ("The late Governor Frank Mills built the bridge.", [("Frank Mills", "Governor", None, True)]),
    ("Late Mayor Tom Hale's son spoke at the opening.", [("Tom Hale", "Mayor", None, True)]),
    ("A park named after late President Ada Obi opened.", [("Ada Obi", "President", None, True)]),
    # "late" of the verb before: the post is current
    ("The train arrived late Governor Frank Mills said on Monday.", [("Frank Mills", "Governor", None, False)]),
])
def test_rules_late_before_a_title_and_name(facts_of, text, roles):
    facts = facts_of(text)
    lab = {e.key: e.label for e in facts.entities}
    assert sorted((lab[r.person], r.title, lab.get(r.org), r.former) for r in facts.roles) == roles


def test_rules_the_late_holder_of_a_title_held_it_before(facts_of):
    # "the late Governor": no "Late" in the title, and the post is a former one
    facts = facts_of("The late Governor, Ann Cole, built the road. The meeting ran late, Governor Tom Hale said.")
    lab = {e.key: e.label for e in facts.entities}
    assert sorted((lab[r.person], r.title, r.former) for r in facts.roles) == [("Ann Cole", "Governor", True),
                                                                             ("Tom Hale", "Governor", False)]


@pytest.mark.parametrize("text,roles", [
    # a body named right before a lower-case title set off before a name holds the post, however parsed
    ("The University of Leeds vice-chancellor, Simone Berg, said the cuts were painful. Professor Mark Smith, "
     "vice-chancellor of Lancaster University, spoke too.",
     [("Simone Berg", "vice-chancellor", "University of Leeds"), ("Mark Smith", "vice-chancellor", "Lancaster University")]),
    ("The Acme Group finance director, Ann Cole, said profits rose at Acme Group and at Kessly Bank.",
     [("Ann Cole", "finance director", "Acme Group")]),
])
def test_rules_a_body_named_before_a_title_set_off_before_a_name(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,names", [
    # a ministry's list of portfolios is one name, whatever words of it also head bodies' names ("Energy")
    ("The Ministry of Trade, Industry and Energy said exports rose.", ["Ministry of Trade, Industry and Energy"]),
    ("The Ministry of Transport, Communications and Works said the road would open.",
     ["Ministry of Transport, Communications and Works"]),
    # bodies listed after a ministry stay apart
    ("The Department of Energy, Chevron and Exxon signed a deal.", ["Chevron", "Department of Energy", "Exxon"]),
])
def test_rules_a_ministrys_portfolios_with_a_bodys_head_word(facts_of, text, names):
    assert sorted(e.label for e in facts_of(text).entities) == names


@pytest.mark.parametrize("text,agents", [
    # "it" reported by an unnamed body's noun is the body named so, or no one named (not another body)
    ("Kessly Bank opened a branch. The union said it would commit to reaching a deal.", []),
    ("The Kessly Workers Union met Acme Corp. The union said it would commit to reaching a deal.",
     ["Kessly Workers Union"]),
    ("Kessly Bank opened a branch. The bank said it would commit to reaching a deal.", ["Kessly Bank"]),
    # a person who reports it: the body named before
    ("Acme Corp hired staff. A spokesman said it would commit to building roads.", ["Acme Corp"]),
])
def test_rules_it_reported_by_an_unnamed_body(facts_of, text, agents):
    assert [a for a, _c in pledges(facts_of(text))] == agents


def test_rules_a_name_titled_elsewhere_is_no_city(facts_of):
    # a one-word name a gazetteer knows as a city is the person the text titles elsewhere ("President Obama")
    facts = facts_of("Obama Pledges Aid to Kessland\n\nOn Friday President Obama pledged $200 million to Kessland. "
                     "Obama made the pledge in the capital.")
    assert {(e.label, e.type) for e in facts.entities} >= {("Obama", "Person")}
    # and the city stays a city where no title names it so
    assert ("Lahore", "Place") in {(e.label, e.type) for e in facts_of("Flights from Lahore resumed.").entities}


def test_rules_an_initialism_is_no_city(facts_of):
    # "UN" is no city "Un", and bodies listed with it are no places
    facts = facts_of("Officials from the UN, the World Bank and the Red Cross attended the talks in Geneva.")
    assert {(e.label, e.type) for e in facts.entities} == {("UN", "Organization"), ("World Bank", "Organization"),
                                                            ("Red Cross", "Organization"), ("Geneva", "Place")}


@pytest.mark.parametrize("text,agents", [
    # a country set off after a noun that describes it commits
    ("Donors met on Thursday. Conference host Sweden promised $20 million.", ["Sweden"]),
    ("The host, Sweden, promised $20 million.", ["Sweden"]),
    # a city does not
    ("Conference host Stockholm promised $20 million.", []),
])
def test_rules_a_country_described_before_its_name_commits(facts_of, text, agents):
    assert [a for a, _c in pledges(facts_of(text))] == agents


def test_rules_a_countrys_title_goes_to_the_one_named_with_it_however_far_back(facts_of):
    # "Sweden's foreign minister" is the one named "Foreign Minister" before, not the nearer prime minister
    facts = facts_of("Swedish Foreign Minister Jan Berg opened the talks. Donors met. They spoke. Aid was discussed. "
                     "Roads were discussed. Schools were discussed. PM Tom Hale told the meeting his country needed "
                     "help. Sweden's foreign minister announced the total.")
    assert [r for r in roles_of(facts) if r[1] == "foreign minister"] == [("Jan Berg", "foreign minister", "Sweden")]


@pytest.mark.parametrize("text,roles", [
    # a capitalised plural title before a list names each one after it, whatever NER missed or ran together
    ("The offices of Councilmembers Todd Gloria, Carl DeMaio and Marti Emerald were closed.",
     [("Todd Gloria", "councilmember", None), ("Carl DeMaio", "councilmember", None),
      ("Marti Emerald", "councilmember", None)]),
    ("Councillors Ann Cole, Tom Hale, Peter Hart and Mary Jones voted for the plan.",
     [("Ann Cole", "councillor", None), ("Tom Hale", "councillor", None), ("Peter Hart", "councillor", None),
      ("Mary Jones", "councillor", None)]),
    # no plural title, no names
    ("Volunteers Needed For Spring Cleanup", []),
])
def test_rules_names_listed_after_a_plural_title(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,names", [
    # a title-case headline's verb after a title is no name ("Governor Creates Task Force")
    ("Iowa Governor Creates Task Force to Focus on Rebuilding\nIowa Gov. Chet Culver on June 27 announced a task force.",
     ["Chet Culver", "Iowa"]),
    # a town's name after a word the text writes in lower case, only in the headline, is no place
    ("Mayor Eyes New Stadium Deal\nMayor Ann Cole said on Monday the city would build a stadium.", ["Ann Cole"]),
    # but after a verb, or named again in the text, it is
    ("Storm Hits Houston\nThe storm hits hard, the mayor said.", ["Houston"]),
    ("New Stadium Planned For Deal\nMayor Ann Cole said the town would build a stadium in Deal.", ["Ann Cole", "Deal"]),
])
def test_rules_title_case_headline_words(facts_of, text, names):
    assert sorted(e.label for e in facts_of(text).entities) == names


@pytest.mark.parametrize("text,roles", [
    # a name right after an envoy's title and the place it is to or in is the envoy's, the sender's post
    ("Chinese Ambassador to Kenya Zhou Pingjian said the loan was approved.",
     [("Zhou Pingjian", "ambassador to kenya", "China")]),
    ("Addressing the ceremony, Chinese Consul General in New York Huang Ping said ties were good.",
     [("Huang Ping", "consul general in new york", "China")]),
    # a place's name, not a person's
    ("The company will build a new plant in Ohio Valley Springs next year.", []),
])
def test_rules_a_name_after_an_envoys_post_and_place(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


def test_rules_a_dateline_agency_is_an_organization_throughout(facts_of):
    # the agency a dateline brackets is one, whatever a gazetteer knows of its name (a Chinese town "Xinhua")
    facts = facts_of("DAYTON, Jan. 6 (Xinhua) -- Acme Glass said it will invest. In an interview with Xinhua, the "
                     "chairman spoke.")
    assert ("Xinhua", "Organization") in {(e.label, e.type) for e in facts.entities}


@pytest.mark.parametrize("text,roles", [
    # "Title of the Place Name": the place's post (the article "the" before the place's name)
    ("President of the Philippines Ferdinand Marcos Jr. said the deal was good.",
     [("Ferdinand Marcos Jr.", "president", "Philippines")]),
    # a part of the world after "of the" is in the title, the post held by the body named before it
    ("\"We remain committed to our plants,\" Ford President of the Americas Joe Hinrichs said in a statement.",
     [("Joe Hinrichs", "president of the americas", "Ford")]),
])
def test_rules_a_title_of_the_place_before_a_name(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == sorted(roles)


@pytest.mark.parametrize("text,facts", [
    # capitalised words NER left after a name, up to a body's head noun, make the body's name
    ("The plan will bring jobs, said Ann Cole, president of the Eastmoor Valley Area Development Council.",
     {("Eastmoor Valley Area Development Council", "Organization"), ("Ann Cole", "Person")}),
    # a town's name before a mayor's title, known or not, and a paragraph's opening name before a dash
    ("Port Aldin — Acme broke ground on a new plant on Wednesday.\n\n\"We are proud,\" said Port Aldin Mayor Tom "
     "Hale.", {("Port Aldin", "Place"), ("Tom Hale", "Person")}),
    # a town's one-word name that is also a first name, listed with towns after "from" or "to"
    ("Buses will run from Topeka and Lawrence to Olathe.", {("Topeka", "Place"), ("Lawrence", "Place"),
                                                            ("Olathe", "Place")}),
    ("She talked to Ann Cole and Lawrence about Boston.", {("Ann Cole", "Person"), ("Lawrence", "Person"),
                                                           ("Boston", "Place")}),
    # a headline's name with a title word before a dash is no dateline's town
    ("Mayor's Column - Leaders in the Leader 31-7-2020\n\nMayor Tom Hale wrote about the council this week.",
     {("Tom Hale", "Person")}),
])
def test_rules_town_and_body_names_ner_cut_or_mistyped(facts_of, text, facts):
    assert {(e.label, e.type) for e in facts_of(text).entities} == facts


@pytest.mark.parametrize("text", [
    # first names that are also towns, with no sure place in the list, are no towns
    "Letters from Grace, Austin and Florence, our three readers, are printed below.",
    "Gifts came from Austin, Maria and Florence, three children in the choir.",
])
def test_rules_first_names_listed_after_from_are_no_towns(facts_of, text):
    assert ("Florence", "Place") not in {(e.label, e.type) for e in facts_of(text).entities}


@pytest.mark.parametrize("text,agents", [
    # "the Acme chief" (or boss) is the one person named right after the body and a head's title
    ("Samsung Electronics Chairman Lee Jae-yong met the president. The Samsung chief promised to hire 60,000 people.",
     ["Lee Jae-yong"]),
    ("Samsung Electronics Chairman Lee Jae-yong met SK Group Chairman Chey Tae-won. The SK Group boss promised to hire "
     "60,000 people.", ["Chey Tae-won"]),
])
def test_rules_the_bodys_chief_or_boss(facts_of, text, agents):
    assert [a for a, _c in pledges(facts_of(text))] == agents


@pytest.mark.parametrize("text,names", [
    # two bodies joined by "and", each named alone too, stay two
    ("The merger of Korean Air and Asiana Airlines took four years. Korean Air said Asiana Airlines would keep its "
     "name.", ["Asiana Airlines", "Korean Air"]),
    # a dateline's place before a bracket of several words
    ("Metro Manila (CNN Philippines. October 31) — Japan said it was committed to its pledge.",
     ["CNN Philippines", "Japan", "Metro Manila", "Philippines"]),
])
def test_rules_joined_bodies_and_long_dateline_brackets(facts_of, text, names):
    assert sorted(e.label for e in facts_of(text).entities) == names


@pytest.mark.parametrize("text,facts", [
    # a family name written first and then alone is the person's, whatever town has the name
    ("Finance Minister Kim Dong-yeon met the governor in Seoul. Kim also said the government will act.",
     {("Kim Dong-yeon", "Person"), ("Seoul", "Place")}),
    # "at" a company NER names is the company, whatever town has its name
    ("Jobs at Hitachi were saved. Workers at Hitachi cheered, and Hitachi said it would hire.",
     {("Hitachi", "Organization")}),
])
def test_rules_names_a_town_shares(facts_of, text, facts):
    assert {(e.label, e.type) for e in facts_of(text).entities} == facts


def test_rules_a_headline_title_with_a_body_is_the_one_named_so(facts_of):
    # "Acme President vows ...": the one person named after Acme and "President", not another president
    facts = facts_of("Acme President vows to keep plant open\nAcme President Jane Roe met President Tom Hale of Kessland "
                     "on Monday.")
    assert [a for a, _c in pledges(facts)] == ["Jane Roe"]


def test_rules_a_press_agency_is_an_organization(facts_of):
    facts = facts_of("\"We will act,\" he said, as quoted by Jiji Press.")
    assert {(e.label, e.type) for e in facts.entities} == {("Jiji Press", "Organization")}


def test_rules_a_credits_courtesy_is_no_part_of_the_name(facts_of):
    facts = facts_of("The mayor speaks to the club in Lagos (Courtesy Shuji Nakayama)")
    assert "Shuji Nakayama" in {e.label for e in facts.entities}


@pytest.mark.parametrize("text,facts", [
    # a body's head before "for"/"of" heads the name, whatever event ends it
    ("The rating by the Coalition for Free and Fair Elections drew replies.",
     {("Coalition for Free and Fair Elections", "Organization")}),
    # an event's head before "of" still makes an event
    ("Delegates at the Conference of the Parties agreed.", {("Conference of the Parties", "Event")}),
])
def test_rules_the_head_before_for_or_of(facts_of, text, facts):
    assert {(e.label, e.type) for e in facts_of(text).entities} == facts


@pytest.mark.parametrize("text,agents", [
    # "its" inside the infinitive of a noun a country or body owns is that owner's, not the last body named
    ("Officials from the UN attended. \"The US commitment to keep its promise to maintain aid to the kingdom is "
     "deep,\" he said.", ["US"]),
    ("Officials from the UN attended. \"Kessly Bank's decision to keep its promise to build the plant was welcome,\" "
     "he said.", ["Kessly Bank"]),
])
def test_rules_its_inside_an_owned_nouns_infinitive(facts_of, text, agents):
    assert [a for a, _c in pledges(facts_of(text))] == agents


@pytest.mark.parametrize("text,names", [
    # one person's name spelt two ways (hyphens, the Arabic article, doubled letters) is one person
    ("Egyptian President Abdel Fattah al-Sisi met donors in Cairo. Abdel-Fattah El-Sisi said aid would flow.",
     [{"Abdel Fattah al-Sisi", "Abdel-Fattah El-Sisi"}]),
    # a letter doubled, in sentences of their own
    ("Mohamed Salah scored twice. Mohammed Salah said the team played well.", [{"Mohamed Salah", "Mohammed Salah"}]),
    # two people stay two: other given names, a letter more in the same sentence, another family name
    ("Ahmed al-Sisi met Omar al-Sisi in Cairo.", [{"Ahmed al-Sisi"}, {"Omar al-Sisi"}]),
    ("Mark Rossi coached the home side; his opponent Mark Rosi coached the visitors.", [{"Mark Rosi"}, {"Mark Rossi"}]),
    ("Lisa Allen and her sister-in-law Lisa Alen both run for the school board.", [{"Lisa Alen"}, {"Lisa Allen"}]),
    ("Omar al-Fayed, a surgeon, and his brother Omar Fayed-Mansour, a banker, both attended the gala.",
     [{"Omar Fayed-Mansour"}, {"Omar al-Fayed"}]),
])
def test_rules_a_name_spelt_two_ways(facts_of, text, names):
    facts = facts_of(text)
    assert sorted(({e.label, *e.aliases} for e in facts.entities if e.type == "Person"), key=sorted) == names


def test_rules_a_captions_sentence_then_its_credit(facts_of):
    # a caption's sentence and "File Photo by X" after it is no title-case headline, and the credit is no name
    facts = facts_of("Conglomerates vow to invest billions\n\nAcme Motors Vice Chairman Ada Obi leaves the court last "
                     "August. File Photo by Yonhap/EPA-EFE\n\nThe group announced Wednesday it would invest.")
    assert sorted(roles_of(facts)) == [("Ada Obi", "vice chairman", "Acme Motors")]
    assert "File Photo" not in {e.label for e in facts.entities}


def test_rules_an_initialism_counting_of(facts_of):
    # "BOK" is the Bank of Korea's initialism, its "of" counted
    facts = facts_of("The government and the Bank of Korea will act, BOK Gov. Lee Ju-yeol said.")
    assert {(e.label, frozenset(e.aliases), e.type) for e in facts.entities if e.type == "Organization"} == {
        ("Bank of Korea", frozenset({"BOK"}), "Organization")}


@pytest.mark.parametrize("text,agents", [
    # a second title joined to a possessed or definite first shares its determiner: both commit
    ("BOK Gov. Lee Ju-yeol met Finance Minister Kim Dong-yeon in Seoul. South Korea's finance minister and central "
     "bank governor pledged Wednesday to take measures to stabilize markets.", ["Kim Dong-yeon", "Lee Ju-yeol"]),
    # not a common noun that names no one
    ("Governor Ann Cole met Mayor Tom Hale. The governor and her staff pledged to rebuild the bridge.", ["Ann Cole"]),
])
def test_rules_two_titles_sharing_a_determiner(facts_of, text, agents):
    assert sorted(a for a, _c in pledges(facts_of(text))) == agents


@pytest.mark.parametrize("text,agents", [
    # "struck" or "issued" a pledge is making one, its content after a colon too
    ("On Tuesday, Masayoshi Son struck another big pledge after meeting officials: to invest $50 billion in Ohio.",
     ["Masayoshi Son"]),
    ("Kessly Bank issued a pledge to stop financing coal.", ["Kessly Bank"]),
    # a pledge struck off a list is none
    ("The clerk struck the pledge from the record.", []),
])
def test_rules_struck_or_issued_a_pledge(facts_of, text, agents):
    assert [a for a, _c in pledges(facts_of(text))] == agents


@pytest.mark.parametrize("text,agents", [
    # a commitment verb with no object of its own takes the object of the verb joined right after it
    ("Chairman Cho Won-tae led the deal. Since 2020 he has pledged and emphasized the merger every year.",
     ["Cho Won-tae"]),
    ("Coach Ada Obi pledged and promoted a new youth academy for the club.", ["Ada Obi"]),
    # nothing joined: no content, no pledge
    ("Coach Ada Obi pledged on Monday.", []),
])
def test_rules_a_pledge_verb_sharing_the_next_verbs_object(facts_of, text, agents):
    assert [a for a, _c in pledges(facts_of(text))] == agents


@pytest.mark.parametrize("text,names", [
    # a demonym left after a possessive split is no name; "X and fantastic news" is two things, no body
    ("Foreign Minister Fumio Kishida arrived. Kishida’s Philippine visit is the first leg of a tour.", ["Fumio Kishida"]),
    ("He said: “This is a vote of confidence in the UK and fantastic news for the workforce.”", ["UK"]),
])
def test_rules_no_name_from_a_demonym_or_a_coordination(facts_of, text, names):
    assert sorted(e.label for e in facts_of(text).entities) == names


@pytest.mark.parametrize("text,agents", [
    # a commitment's to-clause after the verb's prepositional phrase is still its content
    ("The U.S. and Singapore also committed in the MoU to conduct joint cybersecurity exercises.",
     ["Singapore", "U.S."]),
    ("The club pledged on Monday to rebuild the stand.", []),  # unnamed: no agent
    ("Kessly Rovers pledged on Monday to rebuild the stand.", ["Kessly Rovers"]),
])
def test_rules_a_to_clause_after_the_verbs_phrase(facts_of, text, agents):
    assert sorted(a for a, _c in pledges(facts_of(text))) == agents


def test_rules_the_bodys_chief_named_before_the_body(facts_of):
    # "X, Acme's president and CEO, ... The Acme chief vowed": X
    facts = facts_of("Ada Obi, Kessly Bank's president and CEO, spoke on Monday. The Kessly Bank chief vowed to cut fees.")
    assert [a for a, _c in pledges(facts)] == ["Ada Obi"]


@pytest.mark.parametrize("text,roles", [
    # a country's chief law officer, however the title is hyphenated, where the story names no state or the title
    # says it is national
    ("NAIROBI, Kenya — Solicitor-General Ann Cole said the cases would move faster this year.",
     [("Ann Cole", "solicitor-general", "Kenya")]),
    ("South Africa's prisons are full. In Durban, in KwaZulu-Natal Province, National Director of Public "
     "Prosecutions Ann Cole said trials would speed up.",
     [("Ann Cole", "national director of public prosecutions", "South Africa")]),
    # a state's stays the state's
    ("Texas Attorney General Ken Paxton sued the firm.", [("Ken Paxton", "attorney general", "Texas")]),
])
def test_rules_a_countrys_chief_law_officer(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,roles", [
    # a name after a title and its initialism in brackets is the holder's
    ("Chief Justice (CJ) Kwame Anin-Yeboah has given an assurance that more courts will be built.",
     [("Kwame Anin-Yeboah", "chief justice", None)]),
    # no title before the brackets: no post
    ("Members of the Accra Rowing Club (ARC) Ama Owusu and Kofi Mensah rowed on Sunday.", []),
])
def test_rules_a_name_after_a_title_and_its_bracketed_initialism(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,entities", [
    # a body, "in" and a place, then their initialism in brackets: one body, the place inside it too
    ("The American Chamber of Commerce in Japan (ACCJ) met in Tokyo. The ACCJ said trade would grow.",
     {("American Chamber of Commerce in Japan", "Organization"), ("Japan", "Place"), ("Tokyo", "Place")}),
    # the initialism written as a word, named alone later too
    ("She chaired the Kessly Rail Agency of South Africa (Krasa) until 2019. Workers at Krasa went on strike.",
     {("Kessly Rail Agency of South Africa", "Organization"), ("South Africa", "Place")}),
    # an initialism of the body alone: the place stays outside
    ("The Kessly Rowing Union in Japan (KRU) met in Tokyo.",
     {("Kessly Rowing Union", "Organization"), ("Japan", "Place"), ("Tokyo", "Place")}),
])
def test_rules_a_body_in_a_place_and_their_initialism(facts_of, text, entities):
    assert {(e.label, e.type) for e in facts_of(text).entities} == entities


@pytest.mark.parametrize("text,roles", [
    # a title after the comma closing a sentence's opening phrase, then a verb, is the subject's
    ("To Acme Corp President Tom Hale, the Chief Justice pledged new courts.", [("Tom Hale", "president", "Acme Corp")]),
    # an appositive there stays the name's
    ("In Leeds on Monday, Ann Cole, the mayor, promised new roads.", [("Ann Cole", "mayor", None)]),
])
def test_rules_a_title_opening_the_main_clause_is_no_appositive(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,roles", [
    # "firm chair X": as "the firm's chair", the body named before
    ("Acme Corp will give $11 million. \"We will do better,\" firm chair David Dekker said.",
     [("David Dekker", "chair", "Acme Corp")]),
    # "party leader X" stays a party's
    ("Acme Corp will give $11 million. Party leader David Dekker said he would not take it.",
     [("David Dekker", "party leader", None)]),
])
def test_rules_a_title_after_firm_or_company(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,entities", [
    # two names joined by a hyphen, one a body named alone: the venture is a body
    ("Pfizer Chief Executive Officer Albert Bourla spoke. Vaccine partners Pfizer-BioNTech pledged doses to poor "
     "nations.", {("Pfizer-BioNTech", "Organization")}),
    # a drugmaker's name is a body's
    ("The drugmaker Moderna pledged to donate doses.", {("Moderna", "Organization")}),
    # a hyphenated surname stays a person's
    ("Ada Obi-Hale said she would run. Obi-Hale spoke in Lagos.", {("Ada Obi-Hale", "Person")}),
])
def test_rules_bodies_joined_and_a_drugmakers_name(facts_of, text, entities):
    got = {(e.label, e.type) for e in facts_of(text).entities}
    assert entities <= got and not any(t == "Person" for n, t in got if (n, "Organization") in entities)


@pytest.mark.parametrize("text,roles", [
    # "the company" is not the outlet that reports the sentence
    ("Germany's Siemens wants to join the railway line, reports VietnamNet. The company's chief executive Ann Cole "
     "spoke on Monday.", [("Ann Cole", "chief executive", "Siemens")]),
    # a part of the world before a title is no body that holds it
    ("Kessly Rail Group wants to build the line, reports VietnamNet. These remarks, made by the company's Southeast "
     "Asia general director Ann Cole, came on Monday.", [("Ann Cole", "general director", None)]),
])
def test_rules_the_company_is_no_reporting_outlet(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,entities", [
    # a name with no first name and its initialism in brackets is a body's; a body's first word is no first name
    ("Kessly Orbital Systems (KOS) said it would hire. KOS chief executive Ann Cole spoke.",
     {("Kessly Orbital Systems", "Organization"), ("Ann Cole", "Person")}),
    # a person's initials stay a person's
    ("John Fitzgerald Kennedy (JFK) spoke in Dallas.", {("John Fitzgerald Kennedy", "Person"), ("Dallas", "Place")}),
])
def test_rules_a_name_and_its_bracketed_initialism(facts_of, text, entities):
    assert {(e.label, e.type) for e in facts_of(text).entities} == entities


@pytest.mark.parametrize("text,agents", [
    # a leader's name before a lower-case "administration" or "government" names the body that pledges
    ("The Kessly Rail plan moved on. The Biden administration is pledging to send out 200 million doses by May. "
     "President Joe Biden said it mattered.", ["Biden administration"]),
    ("The Albanese government has committed $14.7 million to the plan, Prime Minister Anthony Albanese said.",
     ["Albanese government"]),
    # a dateline's place before a date and a colon is no subject
    ("PRETORIA, 10 October 2012: The mayor of Eastmoor on Wednesday pledged to build roads. Ann Cole was sworn in as "
     "mayor of Eastmoor.", ["Ann Cole"]),
    # "which" after two bodies, a past tense and nothing more: the nearest
    ("The deal between Kessly Bank and Acme Corp, which pledged to hire 500 people, was signed.", ["Acme Corp"]),
    ("The deal between Kessly Bank and Acme Corp, which together pledged to hire 500 people, was signed.",
     ["Kessly Bank", "Acme Corp"]),
])
def test_rules_administrations_datelines_and_which(facts_of, text, agents):
    assert [a for a, _c in pledges(facts_of(text))] == agents


def test_rules_a_leaders_administration_needs_no_compound(facts_of):
    # "government" modifying a noun is no body's name
    assert {e.label for e in facts_of("Ann Cole met Tom Hale. Tom Hale government adviser spoke on Monday.").entities
            if e.type == "Organization"} == set()


@pytest.mark.parametrize("text,entities", [
    # a body's name, "to" and a capitalised verb, then capitalised words: one name
    ("Kenya pledged $5 million to the Global Fund to Fight AIDS, Tuberculosis and Malaria on Monday.",
     {("Global Fund to Fight AIDS, Tuberculosis and Malaria", "Organization"), ("Kenya", "Place")}),
    ("Acme Corp went to Paris on Monday.", {("Acme Corp", "Organization"), ("Paris", "Place")}),
    # two names joined by "&" that end a list of places are two places
    ("Floods hit the districts of Gwalior, Bhind, Datia, Guna & Ashoknagar from 2 to 7 August.",
     {("Gwalior", "Place"), ("Bhind", "Place"), ("Datia", "Place"), ("Guna", "Place"), ("Ashoknagar", "Place")}),
    ("The shops are in Leeds, York, Marks & Spencer said.",
     {("Leeds", "Place"), ("York", "Place"), ("Marks & Spencer", "Organization")}),
    # a trophy is an event
    ("India won the ICC Champions Trophy in June.", {("India", "Place"), ("ICC Champions Trophy", "Event")}),
])
def test_rules_purpose_names_ampersand_places_and_trophies(facts_of, text, entities):
    assert {(e.label, e.type) for e in facts_of(text).entities} == entities


@pytest.mark.parametrize("text,roles", [
    # a state's name NER cut before a title is one state
    ("Andhra Pradesh Chief Minister N Chandrababu Naidu called the development a new chapter.",
     [("N Chandrababu Naidu", "chief minister", "Andhra Pradesh")]),
    # "Union" and a portfolio before "Minister" name no body
    ("India will host the talks. He met Union Food Processing Minister Chirag Paswan on Monday.",
     [("Chirag Paswan", "minister", "India")]),
    ("Union Pacific Chairman Tom Hale said freight would grow.", [("Tom Hale", "chairman", "Union Pacific")]),
    # a company's post for a country it names before the title
    ("Acme Corp's Kenya country manager Ann Cole said sales grew.", [("Ann Cole", "kenya country manager", "Acme Corp")]),
    ("Kenya's Nairobi Governor Ann Cole said the roads would be built.", [("Ann Cole", "governor", "Nairobi")]),
])
def test_rules_indian_state_and_union_titles_and_a_companys_country_post(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


def test_rules_a_union_minister_in_a_chief_ministers_story_stays_the_countrys(facts_of):
    # a chief minister's story that names the country: a bare national minister is the country's (tried and
    # withdrawn: giving such ministers to the state, wrong for "Home Minister X" in Assam's story)
    text = ("Guwahati: Acme Corp will invest Rs 1,500 crore in Assam, the first such plant in India. Acme met "
            "Chief Minister Ann Cole on Monday. Home Minister Tom Hale said the border would be secured.")
    assert ("Tom Hale", "home minister", "India") in roles_of(facts_of(text))


@pytest.mark.parametrize("text,agents", [
    # a plural subject of a kind and the names of that kind its sentence lists after ", including"
    ("Eight countries made their first pledge to the fund, including Bhutan, Cameroon and Uganda, officials said.",
     ["Bhutan", "Cameroon", "Uganda"]),
    ("Several companies pledged to act on the climate, including Acme Corp and Kessly Bank.",
     ["Acme Corp", "Kessly Bank"]),
    # a list that elaborates another plural noun is not the subject's
    ("The countries pledged aid to victims of the floods, including Bhutan and Uganda.", []),
])
def test_rules_a_kind_and_the_names_included(facts_of, text, agents):
    assert sorted(a for a, _c in pledges(facts_of(text))) == sorted(agents)


def test_rules_a_name_in_an_opening_participial_phrase_holds_no_title_after_it(facts_of):
    # "Represented by the Minister, X, the president promised": "the president" is the subject, not X's post
    facts = facts_of("President Ada Obi spoke at the convocation. Represented by the Minister of Education, Prof. "
                     "Tom Hale, the president promised more funding for universities.")
    assert ("Tom Hale", "president", None) not in roles_of(facts)


def test_rules_a_portfolio_word_is_no_body(facts_of):
    # a portfolio before a title, capitalised elsewhere only first in a quote, written in lower case too: no body
    facts = facts_of("Education Minister Ann Cole spoke. \"Education is one of our biggest priorities,\" she said "
                     "of education.")
    assert "Education" not in {e.label for e in facts.entities}


def test_rules_a_memorandum_of_understanding_is_no_entity(facts_of):
    facts = facts_of("Chief Minister Ann Cole said Memorandums of Understanding (MoU) worth Rs 1.37 lakh crore had "
                     "been signed with Acme Corp.")
    assert {e.label for e in facts.entities} == {"Ann Cole", "Acme Corp."}


@pytest.mark.parametrize("text,roles", [
    # a title "of" a body, its initialism set off by commas, then the name
    ("President of Kessly Bar Association, KBA, Mr. Ade Obi, has called on lawyers to protect the body.",
     [("Ade Obi", "president", "Kessly Bar Association")]),
    # two titles, the place set off by commas, then the name: both the place's
    ("Earlier, Attorney-General and Commissioner for Justice, Delta State, Isaiah Bozimo, had lauded the body.",
     [("Isaiah Bozimo", "attorney-general", "Delta State"), ("Isaiah Bozimo", "commissioner for justice", "Delta State")]),
    # a district attorney in the one county the story names
    ("Orange County ushers in a new era. District Attorney Ann Cole took the oath of office in Orange County.",
     [("Ann Cole", "district attorney", "Orange County")]),
    ("In Brooklyn, District Attorney Ann Cole said the case would go on.", [("Ann Cole", "district attorney", None)]),
])
def test_rules_titles_set_off_with_initialisms_places_and_counties(facts_of, text, roles):
    assert sorted(roles_of(facts_of(text))) == roles


@pytest.mark.parametrize("text,roles", [
    # a portfolio's last word NER ran into a name of two words or more after "and"
    ("Minister of Education and Training Tran Van Kiet said universities would be classified.",
     [("Tran Van Kiet", "minister of education and training", None)]),
    ("Minister of Trade and Industry Ann Cole said exports grew.", [("Ann Cole", "minister of trade and industry", None)]),
])
def test_rules_a_portfolio_word_glued_to_a_long_name(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,absent", [
    # found by a red-team pass: a company joined by "&" after a list of places, a lone "Trophy", a drug's
    # administration after a doctor's name
    ("Stores in Leeds, York, Procter & Gamble products sold out.", {("Procter", "Place"), ("Gamble", "Place")}),
    ("The Trophy was stolen from the club house in Leeds.", {("Trophy", "Event")}),
    ("Dr Maria Lopez administration of the vaccine began on Monday.", {("Maria Lopez administration", "Organization")}),
])
def test_rules_red_team_negatives(facts_of, text, absent):
    assert not {(e.label, e.type) for e in facts_of(text).entities} & absent


def test_rules_a_dated_budget_is_no_entity(facts_of):
    # "Budget 2023": a plan with its year, as "Vision 2030" (a body named "... Budget Office" stays)
    facts = facts_of("Finance Minister Ann Cole said Budget 2023 would raise school funding. The Kessly Budget Office "
                     "agreed.")
    assert {e.label for e in facts.entities if e.type != "Person"} == {"Kessly Budget Office"}


def test_rules_a_countrys_two_letter_code_is_the_country_the_text_names(facts_of):
    names = {e.label: set(e.aliases) for e in facts_of(
        "Norway will lend Kenya $1 billion. The loan makes KE the largest borrower of the fund.").entities}
    assert "KE" in names.get("Kenya", set()) or "KE" in names.get("Republic of Kenya", set())
    # no country named: no country's code, and a common initialism stays none
    labels = {e.label for e in facts_of("Rome is the capital of Italy. Ada Obi works in IT at a Rome bank.").entities}
    assert "IT" not in labels and not any("IT" in e.aliases for e in facts_of("Ada Obi works in IT in Italy.").entities)


def test_rules_a_legislature_named_by_its_one_word_is_an_entity(facts_of):
    assert "Parliament" in {e.label for e in facts_of("The minister told Parliament that fees will fall.").entities}
    assert "Congress" in {e.label for e in facts_of("The president urged Congress to pass the budget.").entities}
    for text in ("The Member of Parliament for Eastmoor, Ada Obi, spoke on Monday.",
                 "Delegates attended the 20th Congress of the teachers' union.", "The minister told the Board to act."):
        assert not {"Parliament", "Congress", "Board"} & {e.label for e in facts_of(text).entities}


@pytest.mark.parametrize("text,name,kind", [
    # one word nothing typed: a country's company, one listed with a body, one "its" goes on about
    ("Regulators fined BHP and Brazil's Telenor on Monday.", "Telenor", "Organization"),
    ("The ministry signed an MoU with Skyroot. Skyroot will build its rockets in the city.", "Skyroot", "Organization"),
    ("The bank fell short of its European peers including Royal Dutch Shell and Telenor.", "Telenor", "Organization"),
    ("The minister met the Chinese company Gotion High Tech on Monday.", "Gotion High Tech", "Organization"),
])
def test_rules_names_nothing_typed(facts_of, text, name, kind):
    assert (name, kind) in {(e.label, str(e.type)) for e in facts_of(text).entities}


@pytest.mark.parametrize("text,absent", [
    ("The theme was Solidarity, Equality, and Sustainability of the G20.", "Equality"),  # common nouns listed
    ("Kessland's Obuya met Tom Obuya's allies.", "Obuya"),  # a person the text names in full
    ("The 5,000 Homes Mission changed its name to the Kessly Homes Mission.", "Homes Mission"),  # a name cut by a number
])
def test_rules_names_nothing_typed_negatives(facts_of, text, absent):
    assert absent not in {e.label for e in facts_of(text).entities if str(e.type) == "Organization"}


@pytest.mark.parametrize("text,word,expected", [
    ("Gujarati traders met in Surat.", "Gujarati", True),  # a known place's demonym
    ("Investment in Broadband grew, and broadband reached more homes.", "Broadband", True),  # in lower case too
    ("Peninsular schools will get new roofs.", "Peninsular", True),  # an adjective
    ("Ships crossed the Atlantic to reach Lisbon.", "Atlantic", False),  # a sea's name after "the"
    ("Buses run from Kessly to Ibadan.", "Kessly", False),  # a place no gazetteer knows
])
def test_rules_a_word_for_a_place_is_no_place(nlp, text, word, expected):
    from kg.extract.mentions import Mention, _word_for_a_place
    from kg.extract.nlp import parse
    doc = parse(nlp, text)
    i = next(t.i for t in doc if t.text == word)
    assert _word_for_a_place(doc, Mention(i, i + 1, "Place", "ner")) is expected


def test_rules_a_sea_named_with_the_stays_a_place(facts_of):
    facts = facts_of("Ships crossed the Mediterranean to reach the port of Piraeus.")
    assert ("Mediterranean", "Place") in {(e.label, str(e.type)) for e in facts.entities}


@pytest.mark.parametrize("text,word,expected", [
    ("The firm will fund Malaria research, as malaria kills thousands.", "Malaria", True),
    ("Labour said labour costs will rise.", "Labour", False),  # a subject: a party
    ("Labour's candidate said labour costs will rise.", "Labour", False),
    ("The Government said government spending will rise.", "Government", False),  # a body named by its word
])
def test_rules_a_common_noun_capitalised_is_no_body(nlp, text, word, expected):
    from kg.extract.mentions import Mention, _common_noun_body
    from kg.extract.nlp import parse
    doc = parse(nlp, text)
    i = next(t.i for t in doc if t.text == word)
    assert _common_noun_body(doc, Mention(i, i + 1, "Organization", "ner")) is expected


def test_rules_a_persons_name_ends_at_a_possessive_and_starts_after_a_title(nlp):
    from kg.extract.cues import title_runs
    from kg.extract.mentions import _person_inside
    from kg.extract.nlp import parse
    doc = parse(nlp, "He challenged Ada Obi’s Government to act, as Green Councillor Tom Hale did.")
    assert _person_inside(doc, 2, 6, title_runs(doc)) == (2, 4)  # "[Ada Obi]’s Government"
    assert _person_inside(doc, 10, 14, title_runs(doc)) == (12, 14)  # "Green Councillor [Tom Hale]"
    doc = parse(nlp, "Martin Luther King spoke.")
    assert _person_inside(doc, 0, 3, title_runs(doc)) == (0, 3)  # a first name before: one name


def test_rules_a_party_qualifier_before_a_title_and_its_members(facts_of):
    facts = facts_of("Labour lost to Lib Dem Councillor Brenda Lancaster in the ward. The Lib Dems lost a seat.")
    labels = {e.label: set(e.aliases) for e in facts.entities}
    assert "Brenda Lancaster" in labels and "Lib Dem Councillor Brenda Lancaster" not in labels
    assert any({"Lib Dem", "Lib Dems"} <= {label, *aliases} for label, aliases in labels.items())


def test_rules_cr_before_a_mayors_name_adds_no_post(facts_of):
    facts = facts_of("The Mayor, Cr Tony Rayner, said rates would rise.")
    assert {r[1] for r in roles(facts)} == {"mayor"}


@pytest.mark.parametrize("text,facts", [
    # a governor "of" a body: the body's post, no town's
    ("Ada Obi became the ninth governor of the Kessland Prison Service on Monday.",
     [("Ada Obi", "governor", "Kessland Prison Service")]),
    ("Ada Obi became the ninth mayor of Port Aldin on Monday.", [("Ada Obi", "mayor", "Port Aldin")]),
    # "Public" before a portfolio is the portfolio's
    ("Kessland's Public Works Minister Ada Obi opened the bridge.",
     [("Ada Obi", "public works minister", "Kessland")]),
])
def test_rules_a_bodys_governor_and_public_portfolios(facts_of, text, facts):
    assert sorted(roles(facts_of(text))) == sorted(facts)


def test_rules_deputies_listed_after_are_and_a_colon_hold_the_one_placed_post(facts_of):
    text = ("Tom Hale became the commissioner of the Kessland Revenue Authority on Monday. The deputy commissioners are: "
            "Mrs. Ada Obi, Mr. Jan Ruml and Dr. Eva Kim.")
    body = "Kessland Revenue Authority"
    assert {("Ada Obi", "deputy commissioner", body), ("Jan Ruml", "deputy commissioner", body),
            ("Eva Kim", "deputy commissioner", body)} <= roles(facts_of(text))
    # a plural that no title word qualifies, or former holders: no posts
    assert not roles(facts_of("The judges are: Ada Obi, Tom Hale and Jan Ruml."))
    assert not roles(facts_of("The former deputy chairmen are Ada Obi and Tom Hale."))


def test_rules_a_companys_short_names(facts_of):
    facts = facts_of("Shares of Morgan Stanfield & Co. and Norvigroup rose. Stanfield is the top lender in Houston. "
                     "Norvi said it would lend $2 billion.")
    names = [{e.label, *e.aliases} for e in facts.entities if str(e.type) == "Organization"]
    assert any({"Morgan Stanfield & Co.", "Stanfield"} <= n for n in names)
    assert any({"Norvigroup", "Norvi"} <= n for n in names)


@pytest.mark.parametrize("text,absent", [
    ("The Kenyan Shilling fell against the dollar, the Central Bank of Kenya said.", "Kenyan Shilling"),
    ("Exporters sold US Dollars at the bank, the minister said.", "US Dollars"),
])
def test_rules_a_currency_is_no_entity(facts_of, text, absent):
    assert absent not in {e.label for e in facts_of(text).entities}


def test_rules_a_byline_surname_that_is_a_buildings_word_stays_a_person(facts_of):
    facts = facts_of("Banks pledge $20 billion\n\nBy Ada Hall\n\nThirteen banks pledged to lend more.")
    assert ("Ada Hall", "Person") in {(e.label, str(e.type)) for e in facts.entities}


def test_rules_a_name_nothing_typed_before_a_bodys_word_is_the_body(facts_of):
    facts = facts_of("Bank of Baroda and IDBI Bank posted the highest losses in India.")
    assert ("IDBI Bank", "Organization") in {(e.label, str(e.type)) for e in facts.entities}
    facts = facts_of("The conference was held by the Presence of God Ministry International in Lusaka.")
    assert "God Ministry" not in {e.label for e in facts.entities}  # a longer name's inside


def test_rules_a_body_its_initials_and_a_title_before_a_name_pledge_as_the_person(facts_of):
    facts = facts_of("Law Society of Kenya (LSK) vice president Faith Odhiambo has pledged to uphold the rule of law.")
    assert [p[0] for p in pledges(facts)] == ["Faith Odhiambo"]


@pytest.mark.parametrize("text,agents", [
    # a government a demonym of two words names commits the country
    ("The South African government pledged to send soldiers, said the spokesperson.", ["South Africa"]),
    # "the two generals": the two the meeting's sentence names, one inside the subject's title phrase
    ("Kessland's Vice Chairman of the Defence Council Ada Obi met with Tom Hale, chief of the Norvik army, in Lima.\n\n"
     "During the meeting, the two generals pledged to boost military cooperation.", ["Ada Obi", "Tom Hale"]),
    # "The IGP": the one named after the title the initials stand for, however set off
    ("The Inspector-General of Police (IGP), Mr Ada Obi, spoke in Abuja. The IGP also promised to make welfare a "
     "priority.", ["Ada Obi"]),
    ("The generals met in Lima. The two generals pledged to boost cooperation.", []),  # no one named
])
def test_rules_governments_generals_and_initialled_titles(facts_of, text, agents):
    assert sorted(p[0] for p in pledges(facts_of(text))) == sorted(agents)


def test_rules_a_title_ner_took_for_a_body_and_a_police_college(facts_of):
    facts = facts_of("The Inspector-General of Police (IGP), Mr Ada Obi, spoke at the Police Staff College Jos in "
                     "Nigeria.")
    assert "Inspector-General of Police" not in {e.label for e in facts.entities}
    assert ("Ada Obi", "inspector-general of police", "Nigeria") in roles(facts)


@pytest.mark.parametrize("text,facts", [
    # a company's letters and the country it works in, after a company's title and "of": one body
    ("The Managing Director of KCB Rwanda, Mr Tom Hale, said the bank will lend more.",
     {("Tom Hale", "managing director", "KCB Rwanda")}),
    ("The Minister of ICT Kenya, Ada Obi, spoke.", {("Ada Obi", "minister of ict", "Kenya")}),  # a portfolio's letters
    # "Acme’ deputy president and chief commercial officer": both titles the company's, "chief X officer" a company's
    ("The lease was signed by Tom Hale, Vantora’ deputy president and chief commercial officer, and Jan Ruml.",
     {("Tom Hale", "deputy president", "Vantora"), ("Tom Hale", "chief commercial officer", "Vantora")}),
])
def test_rules_company_arms_after_of_and_titles_after_a_bare_apostrophe(facts_of, text, facts):
    assert facts <= roles(facts_of(text))


@pytest.mark.parametrize("text,name,kind", [
    # red team of this round: people, companies and towns the new type rules must leave alone
    ("Sarah Quinn will lead its board, the charity said.", "Sarah Quinn", "Person"),
    ("Coach Pat Rivers praised her swimmers near the rivers.", "Pat Rivers", "Person"),
    ("Rita Mensah's chairman praised the results.", "Rita Mensah", "Person"),
])
def test_rules_red_team_of_this_round_types(facts_of, text, name, kind):
    assert (name, kind) in {(e.label, str(e.type)) for e in facts_of(text).entities}


@pytest.mark.parametrize("text,name", [
    ("Wells Fargo froze her account after the complaint.", "Wells Fargo"),
    ("Shares in Shell rose as shell companies were banned.", "Shell"),
])
def test_rules_red_team_of_this_round_bodies_kept(facts_of, text, name):
    assert (name, "Organization") in {(e.label, str(e.type)) for e in facts_of(text).entities}


def test_rules_red_team_of_this_round_buildings_and_towns(facts_of):
    assert "Parliament" not in {e.label for e in facts_of("The Houses of Parliament need urgent repairs.").entities}
    assert "Sandwich" in {e.label for e in facts_of("The festival in Sandwich in Kent drew crowds to the sandwich "
                                                    "stalls.").entities}


def test_rules_a_bodys_first_word_before_and_and_a_district_before_a_title(facts_of):
    facts = facts_of("Ada Obi was appointed the chairperson of the Ethics and Anti-Corruption Commission (EACC).")
    assert ("Ada Obi", "chairperson", "Ethics and Anti-Corruption Commission") in roles(facts)
    assert "Finance Committee" in {e.label for e in facts_of("He met the Governor and Finance Committee.").entities}


def test_rules_ners_person_of_a_district_and_its_title_is_the_district(nlp):
    from kg.extract.cues import title_runs
    from kg.extract.mentions import _ner_mentions
    from kg.extract.nlp import parse
    doc = parse(nlp, "Kessly District Commissioner Tom Hale thanked the church.")
    doc.ents = [doc.char_span(0, 28, label="PERSON"), doc.char_span(29, 37, label="PERSON")]  # as NER glued them
    found = {(doc[m.start:m.end].text, m.type) for m in _ner_mentions(doc, title_runs(doc))}
    assert ("Kessly District", "Place") in found and ("Tom Hale", "Person") in found


@pytest.mark.parametrize("text,facts", [
    # a company's letters and its country, joined before a title, are one name where written again
    ("MTN Rwanda CEO Ada Obi opened a branch. Ms Obi said MTN Rwanda remains committed to lending to farmers.",
     [("MTN Rwanda", "to lending to farmers")]),
    # "its commitment as a good neighbour to V": the infinitive hung on the role or the verb
    ("Norvik Steel reaffirmed its commitment as a good neighbour to fund local schools.",
     [("Norvik Steel", "to fund local schools")]),
    # the participle after "Apart from" is the main clause subject's
    ("Apart from promising to hold the auction within a year, the minister Ada Obi said fees would fall.",
     [("Ada Obi", "to hold the auction within a year")]),
    # "instead of pledging", "without committing": no pledge
    ("Instead of pledging to cut taxes, Ada Obi raised them.", []),
    ("Without committing to a date, Ada Obi said the bridge would open.", []),
])
def test_rules_written_again_roles_as_apart_from_and_instead_of(facts_of, text, facts):
    assert [(a, c) for a, c in pledges(facts_of(text))] == facts


def test_rules_the_group_is_one_named_a_group(facts_of):
    facts = facts_of("The Norvik Group owns several firms. Norvik Bank Peru said sales rose. Also, the group pledged to "
                     "provide new technology.")
    assert [a for a, _ in pledges(facts)] == ["Norvik Group"]
    facts = facts_of("The Tories met in Leeds. Acme Party members watched. The party pledged to cut taxes.")
    assert [a for a, _ in pledges(facts)] != ["Acme Party"]  # "the party": no preference for a name with "Party"


def test_rules_a_state_portfolio_minister_is_the_states(facts_of):
    facts = facts_of("Kerala Tourism signed an MoU in Thiruvananthapuram, Kerala, India. The MoU was signed in the presence of state "
                     "tourism minister Ada Obi at a function.")
    assert ("Ada Obi", "tourism minister", "Kerala") in roles(facts)
    facts = facts_of("Uganda will host the talks. State Minister for Foreign Affairs Ada Obi spoke in Kampala.")
    assert ("Ada Obi", "state minister for foreign affairs", "Uganda") in roles(facts)  # a country's junior minister


def test_rules_a_low_quote_mark_typed_for_a_comma(facts_of):
    facts = facts_of("The festival opened on Monday. Deputy Minister of the Department of Arts and Culture‚ Thandi Mokoena‚ "
                     "delivered the keynote address.")
    assert ("Thandi Mokoena", "deputy minister", "Department of Arts and Culture") in roles(facts)
    assert normalise("Ada‚ Obi") == "Ada, Obi" and len(normalise("a‚b")) == 3


@pytest.mark.parametrize("text,absent", [
    ("The Foundation to Promote Open Society gave $5 million to a school in Kosovo.", "Promote Open Society"),
    ("The Greater Omaha Area Development Council said it would fund startups.", "Development Council"),
])
def test_rules_a_bodys_word_after_a_longer_names_start_makes_no_body_of_its_own(facts_of, text, absent):
    assert absent not in {e.label for e in facts_of(text).entities}


def test_rules_a_title_alone_or_a_fragment_after_and_is_no_body(nlp):
    from kg.extract.mentions import Mention, _title_or_fragment
    from kg.extract.nlp import parse
    doc = parse(nlp, "The Inspector General met the head of External Relations and Resource Mobilisation at General Motors.")
    toks = [t.text for t in doc]
    at = lambda word, n: Mention(toks.index(word), toks.index(word) + n, "Organization", "ner")  # noqa: E731
    assert _title_or_fragment(doc, at("Inspector", 2))  # a title's words alone
    assert _title_or_fragment(doc, Mention(toks.index("Relations") + 1, toks.index("Mobilisation") + 1,
                                           "Organization", "ner"))  # "[and Resource Mobilisation]"
    motors = toks.index("Motors")
    assert not _title_or_fragment(doc, Mention(motors - 1, motors + 1, "Organization", "ner"))  # "General Motors"


def test_rules_a_declared_commitment_is_the_declarers(facts_of):
    facts = facts_of("Pastor Ada Obi has declared the commitment to rebuild the historic sanctuary after a fire.")
    assert pledges(facts) == [("Ada Obi", "to rebuild the historic sanctuary after a fire")]
    assert not pledges(facts_of("Ada Obi declared the meeting open."))


@pytest.mark.parametrize("text,roles", [
    # a portfolio of several words joined by "and" is one title, after "According to" too, and its last
    # words are not the holder's first name
    ("Malawi will build buses. According to Minister for Science, Technology, and Innovation Jan Ruml, the plan "
     "works.", [("Jan Ruml", "minister for science, technology, and innovation", "Malawi")]),
    ("Malawi will build buses. Minister of Lands, Housing, and Urban Development Grace Phiri said the plan works.",
     [("Grace Phiri", "minister of lands, housing, and urban development", "Malawi")]),
    ("Norvia will build buses. It was sent to the Prime Minister and Official Spokesperson Jan Ruml.",
     [("Jan Ruml", "official spokesperson", None)]),
    # a country NER left untyped before a title; a title written twice is one
    ("The Bangladesh Minister for Labour, Ada Obi assured workers that wages would rise.",
     [("Ada Obi", "minister for labour", "Bangladesh")]),
    ("State education minister Minister Tom Hale announced a deal in East Darfur.",
     [("Tom Hale", "education minister", "East Darfur")]),
])
def test_rules_portfolios_joined_by_and_and_countries_before_titles(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


def test_rules_a_portfolios_last_word_is_no_first_name(facts_of):
    facts = facts_of("The Minister met Sam and Ada Obi. Minister of Lands and Urban Development Ada Obi spoke.")
    assert sorted(labels(facts).values()) == ["Ada Obi", "Sam"]


@pytest.mark.parametrize("text,roles", [
    # a title and the name set off after "said" at the sentence's end
    ("Canada met. “We will act,” said federal Minister of the Environment and Climate Change, Ada Obi.",
     [("Ada Obi", "minister of the environment and climate change", "Canada")]),
    ("Canada met. “We will act,” said the man, Ada Obi.", []),
    # a country's for-phrase right after the title, parsed on the name
    ("Canada and Nigeria met. Lord Tom Hale, Minister of State for the United Kingdom, announced support.",
     [("Tom Hale", "minister of state", "United Kingdom")]),
    ("Canada and Nigeria met. Lord Tom Hale, Minister of State for Trade, announced support.",
     [("Tom Hale", "minister of state for trade", "Canada")]),
])
def test_rules_titles_set_off_after_said_and_a_countrys_for_phrase(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,expected", [
    # roads: a name ending in a road's word, or before a lower-case "toll road", is a place
    ("Work on the Kessly-Norvik Expressway resumed.", {("Kessly-Norvik Expressway", "Place")}),
    ("Traffic on the M4 Motorway and the Kessly Motorway slowed.", {("M4 Motorway", "Place"), ("Kessly Motorway", "Place")}),
    # "Messrs" before a firm is its style, not part of its name, and makes no person
    ("The minister warned Messrs Kessly Construction Company to finish the road.",
     {("Kessly Construction Company", "Organization")}),
    ("He thanked Messrs Vantora Builders Ltd. for the work.", {("Vantora Builders Ltd.", "Organization")}),
])
def test_rules_roads_are_places_and_firms_styled_messrs(facts_of, text, expected):
    assert {(e.label, str(e.type)) for e in facts_of(text).entities} == expected


def test_rules_a_name_before_a_toll_road_names_the_road(nlp):
    from kg.extract.cues import names_a_road
    doc = nlp("The Kessly toll road opened. The Kessly toll rose.")
    assert names_a_road(doc, 2) and not names_a_road(doc, 8)


def test_rules_a_place_joined_by_a_particle_between_hyphens_is_one_name(facts_of):
    facts = facts_of("Southend-on-Sea City Council has pledged to fix 600 potholes by May.")
    assert [(e.label, str(e.type)) for e in facts.entities] == [("Southend-on-Sea City Council", "Organization")]
    assert [labels(facts)[p.agent] for p in facts.pledges] == ["Southend-on-Sea City Council"]


def test_rules_a_pronoun_skips_a_person_whose_first_name_says_another_gender(facts_of):
    facts = facts_of("Opposition Leader Ada Obi has promised to launch a study. Deputy Leader Tim Hale said the party "
                     "would work with the government. She promised that local firms will be preferred.")
    assert {labels(facts)[p.agent] for p in facts.pledges} == {"Ada Obi"}


def test_rules_a_name_ner_took_for_a_product_can_be_a_body(nlp):
    from spacy.tokens import Doc
    from kg.extract.mentions import _name_part
    doc = Doc(nlp.vocab, words=["chains", "Kesslyworths", "and", "KX", "vowed"], pos=["NOUN", "PROPN", "CCONJ", "PROPN", "VERB"],
              ents=["O", "B-PRODUCT", "O", "B-PRODUCT", "O"])
    assert _name_part(doc[1], set()) and not _name_part(doc[3], set())  # (not an initialism: "the [CFE] unit")


@pytest.mark.parametrize("text,agents", [
    # a manifesto (programme, platform) commits the body or person it is of, or the one that launched it
    ("The Kessly Party launched its manifesto on Monday. The manifesto also pledges to raise the minimum wage.",
     ["Kessly Party"]),
    ("The rest of the Kessly Party's programme promised to fight poverty and crime.", ["Kessly Party"]),
    ("Tom Hale unveiled the manifesto. The manifesto promises lower taxes.", ["Tom Hale"]),
    ("The plan promises lower taxes.", []),
    # a sentence's opening words describing the name after them are not part of it
    ("Trade union Kessly Workers Union has vowed to strike.", ["Kessly Workers Union"]),
    ("TPA board Chairperson Ada Obi has vowed to modernise the port.", ["Ada Obi"]),
])
def test_rules_manifestos_commit_their_owners_and_descriptions_open_no_name(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


@pytest.mark.parametrize("text,agents", [
    # a body's members commit the body
    ("The Kessly Workers Union (KWU) met. “KWU members across this country are committed to using every means "
     "available,” Tom Hale said.", ["Kessly Workers Union"]),
    # a commitment noun's to-infinitive after a date, parsed on the clause
    ("The deal comes on top of Kessly Motor's promise earlier this year to spend $6.4 billion in U.S. operations.",
     ["Kessly Motor"]),
    ("Kessly Motor's promise last week was praised to the skies.", []),
])
def test_rules_members_commit_their_body_and_a_dated_promise_keeps_its_content(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


def test_rules_a_bodys_s_that_owns_nothing_is_part_of_its_name(facts_of):
    facts = facts_of("“We will act,” said Kessbury's. Kessbury's chief executive Ada Obi said prices will fall.")
    assert {e.label for e in facts.entities if str(e.type) == "Organization"} == {"Kessbury's"}
    facts = facts_of("Acme Corp's shares rose. Acme Corp's existing funds will grow.")
    assert {e.label for e in facts.entities if str(e.type) == "Organization"} == {"Acme Corp"}


@pytest.mark.parametrize("text,roles", [
    # a title's first words that end in an event's word are no event ("[Chief Election] Commissioner"); the
    # commissioner of the one commission the story names is its
    ("Chief Election Commissioner Ada Obi said the vote was fair.", [("Ada Obi", "chief election commissioner", None)]),
    ("The Kessly Election Commission met. Chief Election Commissioner Ada Obi said the vote was fair.",
     [("Ada Obi", "chief election commissioner", "Kessly Election Commission")]),
    ("The Kessly Election Commission met. Health Commissioner Ada Obi said the vote was fair.",
     [("Ada Obi", "health commissioner", None)]),
])
def test_rules_a_commissioner_of_the_commission_the_story_names(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


def test_rules_builders_and_engineers_are_bodies(facts_of):
    facts = facts_of("The road was built by Tom Hale Construction and Vantora Engineering. The construction of the road began.")
    assert {(e.label, str(e.type)) for e in facts.entities} == {("Tom Hale Construction", "Organization"),
                                                               ("Vantora Engineering", "Organization")}


def test_rules_a_person_named_before_a_legal_form_is_a_company(facts_of):
    facts = facts_of("Infrastructure group Kessly Tomlin plc announced on Monday that it had won a contract. Jan Ruml "
                     "was appointed as Kessly Tomlin’s new CEO in 2014.")
    assert roles_of(facts) == [("Jan Ruml", "ceo", "Kessly Tomlin plc")]
    facts = facts_of("Tom Hale Inc. said so. Mr Tom Hale said he would sell his shares.")
    assert {(e.label, str(e.type)) for e in facts.entities} == {("Tom Hale Inc.", "Organization"), ("Tom Hale", "Person")}


def test_rules_an_event_word_inside_a_name_with_officers_is_a_bodys(facts_of):
    facts = facts_of("He met Ada Obi, Executive Director of the Kessly Forum on Forests (KFF), on Monday. The Kessly "
                     "Forum on Trade opened in May.")
    assert {(e.label, str(e.type)) for e in facts.entities if e.label != "Ada Obi"} == {
        ("Kessly Forum on Forests", "Organization"), ("Kessly Forum on Trade", "Event")}


def test_rules_reefs_and_lagoons_are_places(facts_of):
    facts = facts_of("The Kessly Barrier Reef is dying, said Tom Hale.")
    assert ("Kessly Barrier Reef", "Place") in {(e.label, str(e.type)) for e in facts.entities}


@pytest.mark.parametrize("text,roles", [
    # an aide's title before "to" and another's title: the aide's post, at the body named with that title
    ("The Kessly Electoral Commission (KEC) met. The statement was issued by the Chief Press Secretary to KEC "
     "Chairman, Mr Tom Hale, on Monday.", [("Tom Hale", "chief press secretary", "Kessly Electoral Commission")]),
    ("The Kessly Electoral Commission (KEC) met. Ada Obi, the KEC Chairman, spoke.",
     [("Ada Obi", "chairman", "Kessly Electoral Commission")]),
])
def test_rules_an_aide_to_a_bodys_officer_holds_the_aides_post(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,roles", [
    # a portfolio of two or three words before "Minister" is the title's, no body (but a party's name, a bank's)
    ("Ireland met. Social Protection Minister Ada Obi said pensions will rise.",
     [("Ada Obi", "social protection minister", "Ireland")]),
    ("Ireland met. Water Resource Minister Ada Obi said so.", [("Ada Obi", "water resource minister", "Ireland")]),
    ("Ireland met. Fine Gael Minister Ada Obi said so.", [("Ada Obi", "minister", "Fine Gael")]),
])
def test_rules_a_portfolio_of_words_before_minister_is_no_body(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,agents", [
    # some of a body's members commit only themselves, not the body
    ("Two Harwick City Council members pledged to resign.", []),
    ("The Kessly Workers Union (KWU) met. KWU members are committed to using every means available.",
     ["Kessly Workers Union"]),
])
def test_rules_counted_members_commit_no_body(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


def test_rules_a_title_written_twice_at_its_end_only(facts_of):
    assert roles_of(facts_of("Kenya met. Sports minister Minister of State Ken Obi spoke.")) != [
        ("Ken Obi", "sports minister of state", "Kenya")]
    assert roles_of(facts_of("Trade Commissioner Jan Weil met farmers in Lyon. Separately, the Federal Trade "
                             "Commission fined a firm.")) == [("Jan Weil", "trade commissioner", None)]


def test_rules_capitalised_words_with_no_given_name_only_in_a_title_case_headline_are_no_person(facts_of):
    facts = facts_of("After The Quake, Insurers Respond With Payouts\n\nKessly Life said claims were rising.")
    assert "Person" not in {str(e.type) for e in facts.entities}
    facts = facts_of("Ruml Kessler Wins Seat\n\nRuml Kessler, a farmer, won the seat on Monday.")
    assert "Ruml Kessler" in labels(facts).values()  # named in the body too


def test_rules_honours_letters_after_a_name_are_not_part_of_it(facts_of):
    facts = facts_of("Dr Ada Obi AO, the former head of the Kessly Institute, will lead it. Tom Hale OBE, chairman of "
                     "Norvik Bank, vowed to help. Jan Ruml, OFR, spoke.")
    people = {e.label: e.aliases for e in facts.entities if str(e.type) == "Person"}
    assert set(people) == {"Ada Obi", "Tom Hale", "Jan Ruml"} and not any("AO" in a for a in people["Ada Obi"])
    assert roles_of(facts) == [("Ada Obi", "head", "Kessly Institute"), ("Tom Hale", "chairman", "Norvik Bank")]
    assert [labels(facts)[p.agent] for p in facts.pledges] == ["Tom Hale"]
    assert "KC Venugopal" in labels(facts_of("Congress leader KC Venugopal said so.")).values()  # letters before it


@pytest.mark.parametrize("text,roles", [
    # the one country a story names, once, inside a body's name holds its national offices
    ("Federal Sports Minister Tom Hale said the rules of the Football Council of Peru will be reviewed.",
     [("Tom Hale", "federal sports minister", "Peru")]),
    ("Federal Sports Minister Tom Hale said the Football Council of Peru and the Chile Rugby Union will meet.",
     [("Tom Hale", "federal sports minister", None)]),  # two such countries: neither
])
def test_rules_the_one_country_named_inside_a_name_holds_national_offices(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,roles", [
    # "the City of X" is the body that runs city X; its mayor holds office in X where the text names X alone
    ("Her Worship the Mayor of the Greater City of Tampere, Ms Ada Obi, opened the plant. Tap water in Tampere is "
     "safe.", [("Ada Obi", "mayor", "Tampere")]),
    ("Mayor Tom Hale said the grant will go to the City of Tampere. Mayor Hale thanked donors.",
     [("Tom Hale", "mayor", "City of Tampere")]),
])
def test_rules_a_municipality_is_a_body_and_its_mayor_is_the_citys(facts_of, text, roles):
    facts = facts_of(text)
    assert roles_of(facts) == roles
    assert {str(e.type) for e in facts.entities if "City of" in e.label} == {"Organization"}
    assert "Organization" not in {str(e.type) for e in facts_of("Paris, the City of Light, hosted them.").entities}


@pytest.mark.parametrize("text,agents", [
    # "the organization", "his company": the body the clause's subject is named with a title of
    ("Ms Ada Obi, Country Director of the Kessly Relief Foundation, thanked the mayor. Acme Health and the World "
     "Health Organization were there. Obi reiterated the organization's commitment to supporting affected families.",
     ["Kessly Relief Foundation"]),
    ("Vantora Mining's CEO, Tom Hale, met Norvik Bank. Hale said his company made a commitment that it would build "
     "the clinic.", ["Vantora Mining"]),
    ("Acme Health and the World Health Organization were there. Ada Obi reiterated the organization's commitment to "
     "supporting affected families.", ["World Health Organization"]),  # she holds no post there: the body named so
])
def test_rules_the_organization_of_its_officer(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


def test_rules_a_bodys_name_goes_on_through_for(facts_of):
    facts = facts_of("Tom Hale praised Habitat for Humanity Norvik.")
    assert "Habitat for Humanity Norvik" in labels(facts).values()
    assert "Tom Hale" in labels(facts_of("Acme voted for Tom Hale.")).values()  # a person after "for": no body's


def test_rules_a_description_with_its_whole_title_is_the_one_named_so(facts_of):
    text = ("Deputy Prime Minister Tom Hale opened the plant. Output rose. Prices fell. Exports grew. Jobs came back. "
            "Ada Obi, Minister of Energy, said bills would be paid. Obi also said supply would rise. The Deputy Prime "
            "Minister promised that he will visit the mine in May.")
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == ["Tom Hale"]
    facts = facts_of(text.replace("The Deputy Prime Minister", "The Minister"))
    assert [labels(facts)[p.agent] for p in facts.pledges] == ["Ada Obi"]  # the minister named last


def test_rules_a_countrys_officer_is_no_one_named_as_anothers(facts_of):
    facts = facts_of("Talks will go on, Peru's prime minister said on Sunday.\n\n\"We are committed to a deal,\" Peru's "
                     "prime minister said.\n\nAlso speaking, Chilean Prime Minister Tom Hale said the talks were slow.")
    assert [labels(facts)[p.agent] for p in facts.pledges] == []
    facts = facts_of("Talks will go on, Peru's prime minister said on Sunday.\n\n\"We are committed to a deal,\" Peru's "
                     "prime minister said.\n\nAlso speaking, Prime Minister Tom Hale said the talks were slow.")
    assert [labels(facts)[p.agent] for p in facts.pledges] == ["Tom Hale"]


def test_rules_amounts_written_as_one_word_are_no_bodies(facts_of):
    facts = facts_of("The government has earmarked an extra Shs25b for research at Kessly University, up from Shs60b. "
                     "Acme paid N2.3bn to Tom Hale.")
    assert set(labels(facts).values()) == {"Kessly University", "Tom Hale"}


def test_rules_a_body_named_after_a_hyphenated_title(facts_of):
    facts = facts_of("Present were Ada Obi and Senior Assistant Registrar at the Office of the Vice-Chancellor, Mrs. "
                     "Tina Mensa-Obeng.")
    assert roles_of(facts) == [("Tina Mensa-Obeng", "senior assistant registrar", "Office of the Vice-Chancellor")]


def test_rules_a_title_word_after_a_first_name_is_a_surname(facts_of):
    facts = facts_of("He will be assisted by:\n  • Ada Obi, provost of Kessly University\n  • Niall King, executive "
                     "director of the Kessly Universities group\n  • Tom Hale, chair of Norvik Bank")
    assert ("Niall King", "executive director", "Kessly Universities") in roles_of(facts)
    assert roles_of(facts_of("Tonga met. King Tupou VI spoke.")) == [("Tupou VI", "king", "Tonga")]


@pytest.mark.parametrize("text,roles", [
    # the one country a story names only by its people's name, its press, industry or people as a whole, holds
    # its national offices (not its doctors, contractors or refugees)
    ("President Tom Hale said Ugandan taxpayers will have clean water by 2030.", [("Tom Hale", "president", "Uganda")]),
    ("President Tom Hale said the agency will reach out to more Ugandans.", [("Tom Hale", "president", "Uganda")]),
    ("Information Minister Ada Obi said the Nigerian press will continue to be free.",
     [("Ada Obi", "information minister", "Nigeria")]),
    ("Health Minister Tom Hale said the Cuban doctors had arrived in Limpopo.", [("Tom Hale", "health minister", None)]),
    ("Prime Minister Tom Hale said Ukrainians who fled the war would be welcome.", [("Tom Hale", "prime minister", None)]),
    ("Mining Minister Ada Obi told the South African mining industry to invest.",
     [("Ada Obi", "mining minister", "South Africa")]),
    ("President Tom Hale said Ugandans and Kenyans will trade more.", [("Tom Hale", "president", None)]),
])
def test_rules_the_one_country_named_by_its_people_holds_national_offices(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


def test_rules_a_body_and_its_initials_before_a_title_and_a_name(facts_of):
    facts = facts_of("During a meeting with Kessly Fund for Arab Economic Development (KFAED) Director General, Tom "
                     "Hale, the prime minister said he appreciated the support.")
    assert roles_of(facts) == [("Tom Hale", "director general", "Kessly Fund for Arab Economic Development")]


@pytest.mark.parametrize("text,roles", [
    # a body named with a plural and an apostrophe; a title led by a body's word is at the one body so named
    ("Concerns were raised by the Editors' Council about threats. In a press release, Council President Ada Obi "
     "said attacks must stop.", [("Ada Obi", "president", "Editors' Council")]),
    ("The Kessly Press Union met. Council President Ada Obi said attacks must stop.",
     [("Ada Obi", "president", None)]),  # no council named
])
def test_rules_a_title_led_by_a_bodys_word_is_at_the_one_body_so_named(facts_of, text, roles):
    assert roles_of(facts_of(text)) == roles


@pytest.mark.parametrize("text,agents", [
    # "its" inside the object of a verb whose subject is a body or a country: that subject's
    ("As a donor to Sudan, Norway has allocated 70 per cent of its $50 million pledge, announced during a "
     "conference hosted by the United Nations Office.", ["Norway"]),
    ("Acme Holdings met the Kessly Trust. Acme Holdings doubled its pledge of $5 million to the trust.", ["Acme Holdings"]),
])
def test_rules_its_in_a_verbs_object_is_the_verbs_subjects(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


def test_rules_portfolio_words_after_a_title_and_the_are_no_body(facts_of):
    facts = facts_of("Ada Obi, Minister of the Water and Energy, said they paid N200billion to Kessly Power.")
    assert set(labels(facts).values()) == {"Ada Obi", "Kessly Power"}
    assert "Thames Water" in labels(facts_of("Ada Obi, chair of the Thames Water, spoke.")).values()  # a company's


def test_rules_a_plural_title_of_several_words_before_names(facts_of):
    facts = facts_of("He was joined at the briefing by Deputy Press Secretaries Rina Kessal and Tom Hale.")
    assert roles_of(facts) == [("Rina Kessal", "deputy press secretary", None),
                               ("Tom Hale", "deputy press secretary", None)]


def test_rules_industry_words_end_company_names(facts_of):
    facts = facts_of("Samir Vantis, deputy general manager of Norvik Steel, said the firm vowed to rebuild.")
    assert roles_of(facts) == [("Samir Vantis", "deputy general manager", "Norvik Steel")]


def test_rules_a_governments_programme_or_policy_is_no_body(facts_of):
    facts = facts_of("The Rural Electrification Program and the National Power Development Plan VIII will cut costs, "
                     "the World Food Programme and the UN Environment Program said. The New Revival Policy helps.")
    assert set(labels(facts).values()) == {"World Food Programme", "UN Environment Program"}


@pytest.mark.parametrize("text,facts", [
    # red team: a lender or donor named with its country is no evidence of the minister's
    ("Trade Minister Sam Otieno signed a loan with the Export-Import Bank of China on Tuesday.",
     [("Sam Otieno", "trade minister", None)]),
    ("Health Minister Amina Yusuf received doses donated by the Government of Japan.",
     [("Amina Yusuf", "health minister", None)]),
    # a surname in capitals, or after one given name, is no honour's letters
    ("Minister of Health ADA OBE said the hospital in Kitwe would open in June.",
     [("ADA OBE", "minister of health", None)]),
    # a body that holds a title's word, named only after the title in its sentence, is not where it is held
    ("Union President Ann Kibe said the African Union summit would discuss wages.", [("Ann Kibe", "president", None)]),
])
def test_rules_red_team_negatives_of_the_country_and_body_round(facts_of, text, facts):
    assert roles_of(facts_of(text)) == facts


def test_rules_red_team_a_body_and_its_purpose_after_for(facts_of):
    assert set(labels(facts_of("Tom Hale thanked Acme Foundation for Christmas Hampers.")).values()) == {
        "Tom Hale", "Acme Foundation"}
    assert "Li AO" in labels(facts_of("Chinese novelist Li AO said the book would be banned in Beijing.")).values()


def test_rules_red_team_a_longer_title_is_not_the_descriptions(facts_of):
    facts = facts_of("Chief Executive Officer Ann Kibe of Safaricom met Paul Dube, the chief executive of Airtel. The "
                     "chief executive promised cheaper data.")
    assert [labels(facts)[p.agent] for p in facts.pledges] == ["Paul Dube"]


def test_rules_a_list_item_is_no_headline(facts_of):
    facts = facts_of("The panel:\n  • Professor Ada Obi, vice-chancellor of Kessly Cook University\n  • Tom Hale, "
                     "executive director of the Norvik Research Universities group")
    assert ("Ada Obi", "vice-chancellor", "Kessly Cook University") in roles_of(facts)


def test_rules_an_indaba_is_an_event(facts_of):
    facts = facts_of("Investors gathered at the Kessly Mining Indaba in Cape Town, where Minister Ada Obi spoke.")
    assert ("Kessly Mining Indaba", "Event") in {(e.label, str(e.type)) for e in facts.entities}


def test_rules_the_federal_government_capitalised_is_a_body(facts_of):
    facts = facts_of("Nigeria marked the day. The Federal Government has restated its commitment to protect journalists.")
    assert [labels(facts)[p.agent] for p in facts.pledges] == ["Federal Government"]


def test_rules_a_citys_people_in_is_are_no_name(facts_of):
    assert set(labels(facts_of("Kabulis complained about power cuts, Tom Hale said.")).values()) == {"Tom Hale"}
    assert "Dennis" in " ".join(labels(facts_of("Ada Dennis said power cuts were over.")).values())


@pytest.mark.parametrize("text,agents", [
    # "Government", no word before it, opening a sentence: the story's country's government
    ("GOVERNMENT has committed to assist all community radio stations. Zimbabwe will help.", ["Zimbabwe"]),
    ("Ada Obi said so. Government has committed to paying fees, Zimbabwe's minister said.", ["Zimbabwe"]),
    ("Student Government has committed to paying fees, Zimbabwe's minister said.", ["Student Government"]),  # a body
])
def test_rules_government_opening_a_sentence_is_the_countrys(facts_of, text, agents):
    facts = facts_of(text)
    assert [labels(facts)[p.agent] for p in facts.pledges] == agents


def test_rules_a_datelines_dash_ends_a_title(facts_of):
    facts = facts_of("Kessly News - KESSLYNEWS - Prime Minister Tom Hale, on Tuesday, said that serving the common "
                     "interest is a priority. Jordan will help.")
    assert roles_of(facts) == [("Tom Hale", "prime minister", "Jordan")]


@pytest.mark.parametrize("text,pledges", [
    # what a participle says was pledged or promised by someone: their pledge (not a loan a bank guaranteed)
    ("The $5 million pledged by Acme Holdings will fund the school.", [("Acme Holdings", "$5 million")]),
    ("Kessly Labor met. The extra 20,000 university places previously promised by Kessly Labor will not be enough.",
     [("Kessly Labor", "extra 20,000 university places")]),
    ("The plant was financed by a loan from Norvik Bank, guaranteed by Kessly Trust Bank.", []),
])
def test_rules_what_a_participle_says_was_pledged_by_someone(facts_of, text, pledges):
    facts = facts_of(text)
    assert [(labels(facts)[p.agent], p.content) for p in facts.pledges] == pledges


def test_rules_red_team_deeds_committed_by_someone_are_no_pledge(facts_of):
    assert facts_of("Ada Obi condemned the atrocities committed by the Kessly Army in May.").pledges == []
    facts = facts_of("The funds committed by the World Bank fall short, Ada Obi said.")
    assert [(labels(facts)[p.agent], p.content) for p in facts.pledges] == [("World Bank", "funds")]


@pytest.mark.parametrize("text,pledges", [
    # a headline the parser reads as one noun ("Sports minister pledges") with a bare title as its first word:
    # the one person the article gives that title pledges what the to-clause says
    ("Sports minister pledges to reopen the old stadium\n\nThe new sports minister, Tom Hale, set out his plan on "
     "Monday.", [("Tom Hale", "to reopen the old stadium")]),
    # two people with that title: nobody
    ("Sports minister pledges to reopen the old stadium\n\nThe sports ministers of Tampere and Oulu, Tom Hale and "
     "Ada Obi, met on Monday.", []),
])
def test_rules_a_headlines_bare_title_read_as_one_noun_pledges(facts_of, text, pledges):
    facts = facts_of(text)
    assert [(labels(facts)[p.agent], p.content) for p in facts.pledges] == pledges


@pytest.mark.parametrize("text,kept,dropped", [
    # a statute, an amendment, a guarantee or a commitment a text names (with a year too) is no entity
    ("The court in Oulu ruled that the Kessly Mining Act 2019 and the Rome Statute bind Norvik Holdings.",
     ["Oulu", "Norvik Holdings"], ["Kessly Mining Act 2019", "Rome Statute"]),
    ("Vantora Foods signed the Global Packaging Commitment, Ada Obi said.", ["Vantora Foods", "Ada Obi"],
     ["Global Packaging Commitment"]),
    # (a body whose head is another word keeps its name)
    ("The Kessly Guarantee Fund gave $5 million to the hospital in Oulu.", ["Kessly Guarantee Fund", "Oulu"], []),
])
def test_rules_laws_and_pledges_named_are_no_entities(facts_of, text, kept, dropped):
    names = [e.label for e in facts_of(text).entities]
    assert all(k in names for k in kept) and not any(d in names for d in dropped)


@pytest.mark.parametrize("text,entities", [
    # "New" before a body's name and a title is the post's ("New Acme boss X"), when the text writes the
    # body without it; not a place's ("New Jersey Governor X") nor a name always written with it
    ("New Acme chief executive Ada Obi vowed to cut costs. Acme shares rose on Monday.",
     [("Acme", "Organization"), ("Ada Obi", "Person")]),
    ("New Jersey Governor Tom Hale vowed to cut taxes on Monday.", [("New Jersey", "Place"), ("Tom Hale", "Person")]),
])
def test_rules_a_new_post_is_not_the_bodys_name(facts_of, text, entities):
    assert sorted((e.label, str(e.type)) for e in facts_of(text).entities) == entities


def test_rules_a_stocks_exchange_code_is_no_part_of_a_name(facts_of):
    # wires write a company's exchange code after its name ("Glencore GLEN.L"): each firm listed pledges
    # (not "U.S." nor "No.1", which keep their dots)
    facts = facts_of("Mining firms including Rio Tinto RIO.L, BHP BHP.AX and Glencore GLEN.L pledged on Monday to cut "
                     "emissions by half.")
    assert sorted(labels(facts)[p.agent] for p in facts.pledges) == ["BHP", "Glencore", "Rio Tinto"]
    assert all(p.evidence.text.startswith("Mining firms including Rio Tinto RIO.L,") for p in facts.pledges)
    assert normalise("the U.S. firm is No.1 in Oulu.") == "the U.S. firm is No.1 in Oulu."


@pytest.mark.parametrize("text,kind", [
    # a name that a region shares, right after a body's common noun, is the body
    ("The mining company Tolima said it would hire 500 staff in Oulu.", "Organization"),
    ("Farmers in the department of Tolima grow rice, Ada Obi said.", "Place"),
])
def test_rules_a_body_named_like_a_region(facts_of, text, kind):
    assert [str(e.type) for e in facts_of(text).entities if e.label == "Tolima"] == [kind]


@pytest.mark.parametrize("text,pledges", [
    # a pledge that commitments include is made by whoever made them, or whose they are
    ("Toyota and Honda have made voluntary commitments, which include a pledge to plant a million trees.",
     [("Toyota", "to plant a million trees"), ("Honda", "to plant a million trees")]),
    ("UPM's commitments include a pledge to plant a million trees.", [("UPM", "to plant a million trees")]),
    # (not commitments of nobody named)
    ("The commitments include a pledge to plant a million trees, UPM said.", []),
])
def test_rules_a_pledge_commitments_include(facts_of, text, pledges):
    facts = facts_of(text)
    assert [(labels(facts)[p.agent], p.content) for p in facts.pledges] == pledges


@pytest.mark.parametrize("text,org", [
    # the short form news gives a country: "PNG"
    ("Tom Hale, the PNG Treasurer, said the budget would rise.", "Papua New Guinea"),
    # a dateline in the local spelling of a capital (diacritics, a space) places the story's national posts
    ("HÀ NỘI — Sports minister Tran Van Minh opened the new stadium on Monday.", "Vietnam"),
    ("BANGKOK, Oct 19 — Sports minister Ada Obi opened the new stadium on Monday.", "Thailand"),
])
def test_rules_countries_short_forms_and_datelines_local_spellings(facts_of, text, org):
    facts = facts_of(text)
    held = [e for r in facts.roles for e in facts.entities if e.key == r.org]
    assert len(held) == 1 and org in held[0].known | {held[0].label}


@pytest.mark.parametrize("text,names", [
    # an initialism the text defines for a common noun is no body ("non-revenue water (NRW)", "SMEs")
    ("Water firms lost much non-revenue water (NRW) last year. NRW rose in Oulu, Ada Obi said.", ["Ada Obi", "Oulu"]),
    ("Banks lent more to small and medium enterprises (SMEs). SMEs in Oulu gained, Ada Obi said.", ["Ada Obi", "Oulu"]),
    # (one defined for a body's name is the body's)
    ("The deal was signed with the Kessly Rowing Union (KRU). The KRU said it was pleased.", ["Kessly Rowing Union"]),
])
def test_rules_an_initialism_defined_for_a_common_noun_is_no_entity(facts_of, text, names):
    assert sorted(e.label for e in facts_of(text).entities) == names


@pytest.mark.parametrize("text,pledges", [
    # "committed towards" a deed is "committed to" it (not "committed atrocities towards civilians")
    ("The Kessly Rowing Union is committed towards transforming the club, Ada Obi said.",
     [("Kessly Rowing Union", "towards transforming the club")]),
    ("The army committed atrocities towards civilians, Ada Obi said.", []),
    # "their commitment" said by one person with a post at a body (a portfolio in the title too): the body's
    ("Tom Hale, Director of Coaching of the Kessly Rowing Union, has reaffirmed their commitment to building a new "
     "boathouse.", [("Kessly Rowing Union", "to building a new boathouse")]),
    ("Tom Hale and Ada Obi reaffirmed their commitment to cutting waiting times.",
     [("Tom Hale", "to cutting waiting times"), ("Ada Obi", "to cutting waiting times")]),
])
def test_rules_committed_towards_and_their_commitment(facts_of, text, pledges):
    facts = facts_of(text)
    assert [(labels(facts)[p.agent], p.content) for p in facts.pledges] == pledges


@pytest.mark.parametrize("text,role", [
    # a body's head word in the plural after portfolio words before "Minister" is the portfolio's
    ("National Industries Minister Tom Hale said output would rise.", ("Tom Hale", "national industries minister", None)),
    ("Kessly Enterprises Chairman Tom Hale said profits rose.", ("Tom Hale", "chairman", "Kessly Enterprises")),
    # a European Commissioner's post is the European Commission's, when the text names it
    ("The European Commission met on Monday. Ada Obi, the European Commissioner for Fisheries, said quotas would fall.",
     ("Ada Obi", "european commissioner for fisheries", "European Commission")),
])
def test_rules_plural_portfolios_and_european_commissioners(facts_of, text, role):
    assert roles(facts_of(text)) == {role}


@pytest.mark.parametrize("text,name,kind", [
    # a body's name listed with others NER calls bodies, most of the list, is a body, though a region has the
    # name or NER called it a place (not a district: "Acme Church, Kessly Assembly, Oulu District")
    ("Executives from Kone, Vantora Foods, Valais, Norvik Bank and Acme Holdings met in Oulu.", "Valais",
     "Organization"),
    ("Floods hit Antioquia, Tolima and Cauca on Monday.", "Tolima", "Place"),
    # names listed after "the N companies are" are bodies
    ("The six companies are Vantora, Kessly, Norvik, Tolmar, Acme Holdings and Brisco Foods.", "Vantora",
     "Organization"),
])
def test_rules_names_listed_with_bodies(facts_of, text, name, kind):
    assert [str(e.type) for e in facts_of(text).entities if e.label == name] == [kind]


@pytest.mark.parametrize("text,expected", [
    # a profession is no post ("economist X"), but a post named with it is ("chief economist at Y")
    ("Economist Ada Obi said rates would fall in Kessland.", set()),
    ("Ada Obi, chief economist at Kessly Bank, said rates would fall.", {("Ada Obi", "chief economist", "Kessly Bank")}),
    # "selected economist X as minister": X is made minister, not the one who selects
    ("Tom Hale selected economist Ada Obi as sports minister of Kessland.",
     {("Ada Obi", "sports minister of kessland", None)}),
])
def test_rules_professions_and_who_is_selected(facts_of, text, expected):
    assert roles(facts_of(text)) == expected


def test_rules_a_headlines_name_before_its_verb_read_as_a_noun_pledges(facts_of):
    # "Kessland's Ada Obi pledges to ...": the person, not the country that owns the name
    facts = facts_of("Kessland's Ada Obi pledges to balance reforms with fiscal caution\n\nAda Obi said on Monday that "
                     "she would keep spending low.")
    assert [labels(facts)[p.agent] for p in facts.pledges] == ["Ada Obi"]
    facts = facts_of("Kessland's pledges to cut emissions are weak, Tom Hale said.")
    assert [labels(facts)[p.agent] for p in facts.pledges] == ["Kessland"]


@pytest.mark.parametrize("text,expected", [
    # red-team negatives of this session's rules: a body whose initials the text defines in lower case; a
    # region-named founder in a reduced relative clause; a name before its stock's code is a company's
    ("The national farmers' union (NFU) called for a ban on imported beef.", [("NFU", "Organization")]),
    ("The case went to the court of arbitration for sport (CAS) in Lausanne.",
     [("CAS", "Organization"), ("Lausanne", "Place")]),
    ("The company Tolima founded in 1990 was sold, her son said.", [("Tolima", "Place")]),
    ("Toyota 7203.T, Honda 7267.T and Nissan 7201.T cut their forecasts.",
     [("Honda", "Organization"), ("Nissan", "Organization"), ("Toyota", "Organization")]),
    ("Rio Tinto RIO.L said on Friday it would cut jobs.", [("Rio Tinto", "Organization")]),
])
def test_rules_red_team_negatives_of_this_sessions_rules(facts_of, text, expected):
    assert sorted((e.label, str(e.type)) for e in facts_of(text).entities) == expected
