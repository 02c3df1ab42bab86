"""Entity recognition and linking over the whole pipeline, one behaviour table for both
languages: each case is parallel Dutch and English text."""

from __future__ import annotations

import pytest

from extractors.types import Mention


def _mentions(pipeline, lang: str, text: str) -> list[Mention]:
    doc = pipeline.nlp(lang)(text)
    mentions = list(doc._.entities)
    for m in mentions:
        assert text[m.start:m.end] == m.text
    assert mentions == sorted(mentions, key=lambda m: m.start)
    return mentions


def _found(pipeline, lang, text) -> set[tuple[str, str]]:
    return {(m.canonical, m.label) for m in _mentions(pipeline, lang, text)}


# (case, Dutch text, English text, expected (canonical, label) pairs present in both)
FOUND = [
    ("title_before_name",
     "Volgens analist Gil Luria van D.A. Davidson is de schuld te hoog.",
     "According to analyst Gil Luria of D.A. Davidson the debt is too high.",
     {("Gil Luria", "PERSON"), ("D.A. Davidson", "ORG")}),
    ("role_before_list_of_names",
     "Dat schrijven L&G-strategen Suzanna Ellard en John Daly in een commentaar.",
     "That is what L&G strategists Suzanna Ellard and John Daly write in a note.",
     {("Suzanna Ellard", "PERSON"), ("John Daly", "PERSON"), ("L&G", "ORG")}),
    ("unknown_name_after_role",
     "Dat zegt topman Wessel Okonkwo-Brandt tegen de krant.",
     "That is what chief executive Wessel Okonkwo-Brandt told the paper.",
     {("Wessel Okonkwo-Brandt", "PERSON")}),
    ("legal_suffix_names_unknown_company",
     "Het contract ging naar Kroonvaart Holdings N.V. uit Delft.",
     "The contract went to Kroonvaart Holdings, Inc. of Delaware.",
     {("Kroonvaart Holdings", "ORG")}),
    ("org_head_names_unknown_company",
     "De obligaties werden gekocht door Zandvoort Capital Partners en anderen.",
     "The bonds were bought by Zandvoort Capital Partners and others.",
     {("Zandvoort Capital Partners", "ORG")}),
    ("given_name_starts_person",
     "Het stuk is geschreven door Priya Raman, die de sector volgt.",
     "The piece was written by Priya Raman, who covers the sector.",
     {("Priya Raman", "PERSON")}),
    ("alias_links_to_canonical",
     "Alphabet en Meta Platforms leenden bij Blue Owl.",
     "Alphabet and Meta Platforms borrowed from Blue Owl.",
     {("Google", "ORG"), ("Meta", "ORG"), ("Blue Owl Capital", "ORG")}),
    ("division_is_its_own_entity",
     "Amazon AWS, Microsoft Azure en Google Cloud bouwen datacenters.",
     "Amazon AWS, Microsoft Azure and Google Cloud build data centres.",
     {("Amazon Web Services", "ORG"), ("Microsoft Azure", "ORG"), ("Google Cloud", "ORG")}),
    ("places_link_across_languages",
     "In de VS en in Duitsland groeit de vraag, net als in Texas.",
     "In the US and in Germany demand grows, as it does in Texas.",
     {("United States", "GPE"), ("Germany", "GPE"), ("Texas", "GPE")}),
    ("short_form_after_full_name",
     "Cipher Mining tekende een huurcontract. Later verkocht Cipher obligaties.",
     "Cipher Mining signed a lease. Later Cipher sold bonds.",
     {("Cipher Mining", "ORG")}),
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case,nl,en,expected", FOUND, ids=[c[0] for c in FOUND])
def test_extract_entities_finds(pipeline, lang, case, nl, en, expected):
    found = _found(pipeline, lang, nl if lang == "nl" else en)
    assert expected <= found, f"missing {expected - found}"


# (case, Dutch text, English text, words that must not be (part of) any mention)
NOT_FOUND = [
    ("greeting_and_sentence_openers",
     "Beste belegger,\n\nVolgens de cijfers groeit de vraag. Dankzij lage rentes stijgen koersen. "
     "Deskundigen zijn somber.",
     "Dear investor,\n\nAccording to the figures demand grows. Meanwhile rates fall. "
     "Analysts are gloomy.",
     {"Beste", "Volgens", "Dankzij", "Deskundigen", "Dear", "According", "Meanwhile", "Analysts"}),
    ("heading_month_day_currency",
     "Samenvatting\n\nOp maandag 3 November daalde de Euro. Dinsdag steeg de Dollar.",
     "Summary\n\nOn Monday 3 November the Euro fell. Tuesday the Dollar rose.",
     {"Samenvatting", "Summary", "November", "Euro", "Dollar", "Monday", "Dinsdag", "Tuesday"}),
    ("big_tech_is_not_an_entity",
     "Big Tech leent miljarden. De AI-datacenters van Big Tech groeien.",
     "Big Tech borrows billions. The AI data centres of Big Tech grow.",
     {"Big", "Tech", "AI", "Big Tech"}),
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case,nl,en,words", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_extract_entities_ignores(pipeline, lang, case, nl, en, words):
    mentions = _mentions(pipeline, lang, nl if lang == "nl" else en)
    hit = [m.text for m in mentions if any(w in m.text.split() or w == m.text for w in words)]
    assert hit == []


@pytest.mark.parametrize("lang,text", [
    ("nl", "Grauwvonk: de banken staan in de rij\n\nHet windpark wordt ontwikkeld door Grauwvonk, een joint "
           "venture van Vattenfall en CIP."),
    ("en", "Grauwvonk: the banks line up\n\nThe wind farm is being developed by Grauwvonk, a joint venture of "
           "Vattenfall and CIP."),
])
def test_extract_entities_name_found_once_is_found_wherever_written(pipeline, lang, text):
    """A heading's opening word tells the model little; the name found in the text marks it too."""
    starts = [m.start for m in _mentions(pipeline, lang, text) if m.canonical == "Grauwvonk"]
    assert starts == [0, text.index("Grauwvonk", 1)]


@pytest.mark.parametrize("lang,text,expected", [
    ("nl", "Nvidia-CEO Jensen Huang sprak met ASML-klanten.",
     [("Nvidia", 0, 6, "ORG"), ("Jensen Huang", 11, 23, "PERSON"), ("ASML", 34, 38, "ORG")]),
    ("nl", "Volgens D.A. Davidson-analist Gil Luria groeit het.",
     [("D.A. Davidson", 8, 21, "ORG"), ("Gil Luria", 30, 39, "PERSON")]),
    ("en", "Nvidia-backed CoreWeave grew.", [("Nvidia", 0, 6, "ORG"), ("CoreWeave", 14, 23, "ORG")]),
])
def test_extract_entities_hyphen_compound_offsets(pipeline, lang, text, expected):
    got = [(m.text, m.start, m.end, m.label) for m in _mentions(pipeline, lang, text)]
    assert got == expected


@pytest.mark.parametrize("lang,text", [
    ("nl", "Dankzij de steun van Nvidia’s groeide het. Meta's balans en Blue Owl’s fondsen."),
    ("en", "Thanks to Nvidia’s support it grew. Meta's balance sheet and Blue Owl’s funds."),
])
def test_extract_entities_possessive_not_in_mention(pipeline, lang, text):
    mentions = _mentions(pipeline, lang, text)
    assert [(m.text, m.canonical) for m in mentions] == [
        ("Nvidia", "Nvidia"), ("Meta", "Meta"), ("Blue Owl", "Blue Owl Capital")]


@pytest.mark.parametrize("lang,text", [
    ("nl", "Het rapport van Kestrel Park Capital Markets is somber. Volgens Kestrel Park daalt de koers."),
    ("en", "The report by Kestrel Park Capital Markets is gloomy. Kestrel Park sees the price fall."),
])
def test_extract_entities_short_form_of_unknown_company(pipeline, lang, text):
    mentions = _mentions(pipeline, lang, text)
    assert [(m.text, m.canonical) for m in mentions] == [
        ("Kestrel Park Capital Markets", "Kestrel Park Capital Markets"),
        ("Kestrel Park", "Kestrel Park Capital Markets")]


@pytest.mark.parametrize("lang,text", [
    ("nl", "Analist Marloes de Wit van ING is positief. De Wit verwacht meer deals."),
    ("en", "Analyst Marloes de Wit of ING is upbeat. De Wit expects more deals."),
])
def test_extract_entities_surname_links_to_person(pipeline, lang, text):
    mentions = _mentions(pipeline, lang, text)
    people = [(m.text, m.canonical) for m in mentions if m.label == "PERSON"]
    assert people == [("Marloes de Wit", "Marloes de Wit"), ("De Wit", "Marloes de Wit")]
    assert ("ING", "ORG") in {(m.canonical, m.label) for m in mentions}


def test_extract_entities_title_case_surname_particle_stops_at_organisation(pipeline):
    mentions = _mentions(pipeline, "nl", "Dat zegt econoom Marloes de Wit van ING. Zij verwacht groei.")
    assert [(m.text, m.label) for m in mentions] == [("Marloes de Wit", "PERSON"), ("ING", "ORG")]


def test_extract_entities_place_inside_longer_name_is_not_a_place(pipeline):
    mentions = _mentions(pipeline, "en", "Rothesay is owned by Massachusetts Mutual and GIC.")
    assert "Massachusetts" not in {m.text for m in mentions if m.label == "GPE"}


@pytest.mark.parametrize("text, name", [
    ("Vela sold shares to State Bank of Kestrania last year.", "State Bank of Kestrania"),
    ("The loan came from the Tarnow Development Bank of Lumia.", "Tarnow Development Bank of Lumia"),
    ("Bank of Japan kept its rates unchanged.", "Bank of Japan"),
    ("The Pentagon's Office of Strategic Capital lent $150 million.", "Office of Strategic Capital"),
])
def test_extract_entities_bank_of_place_is_one_organisation(pipeline, text, name):
    """A head word and "of" before a place: the place is part of the organisation's name."""
    mentions = _mentions(pipeline, "en", text)
    assert (name, "ORG") in {(m.text, m.label) for m in mentions}
    assert not any(m.label == "GPE" and name.endswith(m.text) for m in mentions)


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Merck agreed to buy Kestrava Therapeutics for $10 billion.", "Kestrava Therapeutics"),
    ("nl", "Merck koopt Orvale Pharma voor $10 miljard.", "Orvale Pharma"),
    ("en", "Output at Tarnwell Platinum fell again.", "Tarnwell Platinum"),
])
def test_extract_entities_sector_head_word_makes_an_organisation(pipeline, lang, text, name):
    assert (name, "ORG") in {(m.text, m.label) for m in _mentions(pipeline, lang, text)}


def test_extract_entities_every_mention_has_a_canonical_name(pipeline):
    text = "Google garandeerde $3,2 miljard voor TeraWulf en $1,4 miljard voor Cipher Mining."
    mentions = _mentions(pipeline, "nl", text)
    assert {m.canonical for m in mentions} >= {"Google", "TeraWulf", "Cipher Mining"}
    assert all(m.canonical for m in mentions)


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The deal values the optical networking group Tarnquist at $2 billion.", "Tarnquist"),
    ("en", "KLM sold four aircraft to the Irish lessor Vorlanx.", "Vorlanx"),
    ("nl", "Sligro verkocht drie panden aan de Britse belegger Vorlanx.", "Vorlanx"),
    ("nl", "De retailer verkocht windparkbouwer Quelmar aan JERA.", "Quelmar"),
])
def test_extract_entities_name_after_a_description_is_an_organisation(pipeline, lang, text, name):
    """"the networking group Tarnquist": a noun describing an organisation names the next
    capitalised words, also as a compound's head ("windparkbouwer")."""
    assert (name, "ORG") in {(m.text, m.label) for m in _mentions(pipeline, lang, text)}


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Quelmar, the US optical-networking firm that Nokia bought, sells to data centres.",
     "Quelmar"),
    ("en", "Genmab will pay $97 a share for Vorlanx, the Dutch antibody developer, in cash.", "Vorlanx"),
    ("en", "Tarnquist, the GPU cloud start-up, raised $1.5 billion.", "Tarnquist"),
    ("en", "Quelmar, the investment arm of the Abu Dhabi oil company, withdrew its offer.", "Quelmar"),
    ("nl", "Vorlanx, de Britse belegger die de panden koopt, betaalt €275 miljoen.", "Vorlanx"),
    ("nl", "NXP betaalde $307 miljoen voor Quelmar, een ontwerper van AI-chips.", "Quelmar"),
])
def test_extract_entities_name_before_a_description_is_an_organisation(pipeline, lang, text, name):
    """"Quelmar, the US optical-networking firm that ...": a comma, an article and a noun phrase
    ending in a noun that describes an organisation name the capitalised words before them."""
    assert (name, "ORG") in {(m.text, m.label) for m in _mentions(pipeline, lang, text)}


@pytest.mark.parametrize("lang, text, word", [
    ("en", "Separately, the company said it would sell the plant.", "Separately"),
    ("en", "Meanwhile, the firm that built the campus raised prices.", "Meanwhile"),
    ("nl", "Intussen, zo zegt het bedrijf, loopt de bouw vertraging op.", "Intussen"),
])
def test_extract_entities_description_after_a_sentence_adverb_names_nothing(pipeline, lang, text, word):
    assert word not in {m.text for m in _mentions(pipeline, lang, text)}


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Further takeovers cannot be ruled out: Vorlanx, owned by two pension funds, has grown.", "Vorlanx"),
    ("en", "Tarnquist, which is now majority-owned by a Gulf fund, raised prices.", "Tarnquist"),
    ("nl", "Verkoper is Quelmar, dat sinds 2023 in handen is van een Japans concern.", "Quelmar"),
    ("nl", "Ook Tarnquist, onderdeel van een Franse groep, doet mee.", "Tarnquist"),
])
def test_extract_entities_name_before_being_owned_is_an_organisation(pipeline, lang, text, name):
    """"Rothesay, owned by GIC": a comma and a phrase of being owned, also in a relative clause,
    name the capitalised words before them."""
    assert (name, "ORG") in {(m.text, m.label) for m in _mentions(pipeline, lang, text)}


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Jitse Groen, which is owned by nobody, spoke.", "Jitse Groen"),
    ("nl", "Jitse Groen, die sinds 2020 in handen is van niemand, zweeg.", "Jitse Groen"),
])
def test_extract_entities_given_name_before_being_owned_stays_a_person(pipeline, lang, text, name):
    assert (name, "ORG") not in {(m.text, m.label) for m in _mentions(pipeline, lang, text)}


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Lufthansa bought a 10% stake in vorLanx earlier this year.", "vorLanx"),
    ("en", "Bristol Myers Squibb agreed to pay QuelTech $1.5 billion upfront.", "QuelTech"),
    ("nl", "Het Duitse concern nam een belang van 10% in tarnAir.", "tarnAir"),
])
def test_extract_entities_camel_case_word_is_an_organisation(pipeline, lang, text, name):
    """"BioNTech", "airBaltic": a capital right after a small letter marks a company's name."""
    assert (name, "ORG") in {(m.text, m.label) for m in _mentions(pipeline, lang, text)}


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Activist investor Quelmar Value, which holds 8% of Tarn, supports the deal.", "Quelmar Value"),
    ("en", "The fund manager Tarnquist Partners sold its shares.", "Tarnquist Partners"),
])
def test_extract_entities_name_after_an_ambiguous_role_is_an_organisation(pipeline, lang, text, name):
    """"investor" is a role and a description: without a given name first, the name after it is
    an organisation; "investor Warren Buffett" stays a person (the case below)."""
    assert (name, "ORG") in {(m.text, m.label) for m in _mentions(pipeline, lang, text)}


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The activist investor Jordan Pike bought more shares.", "Jordan Pike"),
    ("nl", "De belegger Marcel Boekhoorn kocht meer aandelen.", "Marcel Boekhoorn"),
])
def test_extract_entities_person_after_a_description_stays_a_person(pipeline, lang, text, name):
    assert (name, "PERSON") in {(m.text, m.label) for m in _mentions(pipeline, lang, text)}


@pytest.mark.parametrize("lang, text, surface, country", [
    ("nl", "De Zweedse staat bezit 20% van Vela.", "Zweedse staat", "Sweden"),
    ("nl", "Daarmee is Vela in handen van de Belgische Staat.", "Belgische Staat", "Belgium"),
    ("nl", "De Amerikaanse overheid nam een belang in Vela.", "Amerikaanse overheid", "United States"),
    ("en", "The Norwegian government sold its shares in Vela.", "Norwegian government", "Norway"),
])
def test_extract_entities_state_of_a_country_is_the_country(pipeline, lang, text, surface, country):
    """"de Zweedse staat", "the Norwegian government": the state named by its adjective is the
    country, an owner like any other."""
    assert (surface, "GPE", country) in {(m.text, m.label, m.canonical) for m in _mentions(pipeline, lang, text)}


def test_extract_entities_us_government_keeps_the_place_name(pipeline):
    mentions = _mentions(pipeline, "en", "The US government took a stake in Vela.")
    assert ("US", "GPE", "United States") in {(m.text, m.label, m.canonical) for m in mentions}


@pytest.mark.parametrize("lang, text, names", [
    ("en", "The round was large. Other backers included Nvidia, Microsoft, Vorlanx and Quelmar Tessit, "
           "the company said on Monday.", ["Vorlanx", "Quelmar Tessit"]),
    ("nl", "De ronde was groot. Nvidia stapte in, samen met Microsoft en Vorlanx, meldde het bedrijf "
           "maandag.", ["Vorlanx"]),
    ("nl", "Dat staat in het bericht. Volg ons op LinkedIn, Facebook en X.\nMeer nieuws volgt.", ["X"]),
])
def test_extract_entities_name_listed_with_organisations_is_an_organisation(pipeline, lang, text, names):
    """"Nvidia, Microsoft, Vorlanx and Quelmar Tessit": capitalised words listed with
    organisations are organisations too (and a one-letter name keeps no full stop)."""
    found = {(m.text, m.label) for m in _mentions(pipeline, lang, text)}
    assert {(name, "ORG") for name in names} <= found


@pytest.mark.parametrize("lang, text, name", [
    # a person in the list: it is no list of organisations
    ("en", "The panel was long. Speakers were Nvidia, Jensen Huang and Vorlanx Tessit, "
           "the organisers said.", "Vorlanx Tessit"),
    # the list word stands before no item: "Microsoft, Vorlanx" is no list
    ("en", "The firm is growing. It sold units to Microsoft, Vorlanx and the other bidders in a long "
           "auction, the people said.", "Vorlanx"),
    # no list word: "Microsoft, Vorlanx" is an apposition
    ("en", "The firm is growing. It sold the unit to Microsoft, Vorlanx said on Monday in a long "
           "statement.", "Vorlanx"),
])
def test_extract_entities_list_rule_needs_a_list_of_organisations(pipeline, lang, text, name):
    assert (name, "ORG") not in {(m.text, m.label) for m in _mentions(pipeline, lang, text)}


@pytest.mark.parametrize("lang, text", [
    ("en", "KRA buys a yard in Leeds\nKestrel Rail Assets (KRA) bought the yard. Vela said KRA will pay "
           "in cash."),
    ("nl", "KRA koopt werf in Gent\nKestrel Rail Assets (KRA) kocht de werf. Volgens Vela betaalt KRA "
           "contant."),
])
def test_extract_entities_abbreviation_in_brackets_names_the_entity(pipeline, lang, text):
    """"Kestrel Rail Assets (KRA)": the bracketed form, and every use of it in the document
    (a headline above the definition too), are mentions of the name."""
    mentions = _mentions(pipeline, lang, text)
    kra = [(m.text, m.canonical) for m in mentions if m.text == "KRA"]
    assert kra and set(kra) == {("KRA", "Kestrel Rail Assets")}
    assert len(kra) == text.count("KRA") == 3


@pytest.mark.parametrize("lang, text", [
    ("en", "Analysts rate Intel (Hold) and Broadcom (Buy) differently this year."),
    ("en", "Kestrel Rail Assets (NYSE) fell. The NYSE opened late."),
])
def test_extract_entities_bracket_that_is_no_abbreviation_defines_nothing(pipeline, lang, text):
    """"(Hold)" has one capital; "NYSE" has letters that "Kestrel Rail Assets" does not."""
    mentions = _mentions(pipeline, lang, text)
    assert all(m.canonical != "Kestrel Rail Assets" or m.text == "Kestrel Rail Assets"
               for m in mentions)
    assert all(m.canonical not in ("Intel", "Broadcom") or m.text == m.canonical
               for m in mentions)
