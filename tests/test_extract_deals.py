"""The deal extractor's behaviour table, Dutch and English side by side.

Each case gives a text, the parties it names (marked as entity mentions by the helper below, so
these tests do not depend on the entity recogniser) and the deals expected, as
``(type, source, target, amount, currency)``; amounts in base units. Cases with no deals list
texts that must give none.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.deals import extract_deals
from extractors.types import Mention
from ingest.pipeline import build_nlp

_NLP = {}


def _nlp(lang: str):
    if lang not in _NLP:
        _NLP[lang] = build_nlp(lang)
    return _NLP[lang]


def _mentions(text: str, names: dict[str, str]) -> list[Mention]:
    """Every occurrence of every given form as a mention; ``names`` maps form -> canonical, a
    canonical name in capitals-first is an ORG, one listed in ``_PLACES`` a GPE, one in
    ``_PROJECTS`` a FACILITY."""
    found = []
    for form in sorted(names, key=len, reverse=True):
        start = text.find(form)
        while start != -1:
            end = start + len(form)
            if not any(m.start < end and start < m.end for m in found):
                label = "GPE" if names[form] in _PLACES else "FACILITY" if names[form] in _PROJECTS else "ORG"
                found.append(Mention(form, start, end, label, names[form]))
            start = text.find(form, end)
    return sorted(found, key=lambda m: m.start)


_PLACES = {"Verenigde Staten", "US", "Belgium", "België", "Denmark"}
_PROJECTS = {"Kestrel Park"}


def deals_in(lang: str, text: str, *names: str, aliases: dict[str, str] | None = None):
    nlp = _nlp(lang)
    with nlp.select_pipes(disable=["entities", "deals"]):
        doc = nlp(text)
    forms = {name: name for name in names} | (aliases or {})
    doc._.entities = _mentions(text, forms)
    return extract_deals(doc)


def _key(deal) -> tuple:
    amount = int(deal.amount) if deal.amount is not None and deal.amount == int(deal.amount) else deal.amount
    return (deal.type, deal.source, deal.target, amount, deal.currency)


M, B = 10**6, 10**9

CASES = [
    # --- each deal type, active voice
    ("investment_active", "nl", "Nvidia investeert $5 miljard in Intel.", ["Nvidia", "Intel"],
     [("investment", "Nvidia", "Intel", 5 * B, "USD")]),
    ("investment_active", "en", "Nvidia invested $5 billion in Intel.", ["Nvidia", "Intel"],
     [("investment", "Nvidia", "Intel", 5 * B, "USD")]),
    ("guarantee_active", "nl", "Google garandeerde $1,4 miljard aan schulden voor Cipher Mining.",
     ["Google", "Cipher Mining"], [("guarantee", "Google", "Cipher Mining", 1400 * M, "USD")]),
    ("guarantee_active", "en", "Google guaranteed $1.4 billion of debt for Cipher Mining.",
     ["Google", "Cipher Mining"], [("guarantee", "Google", "Cipher Mining", 1400 * M, "USD")]),
    # the loans a guarantee covers are what is guaranteed, not a second (financing) deal
    ("guarantee_of_loans", "nl", "Alphabet garandeerde $2,1 miljard aan leningen voor Lumen Grid.",
     ["Alphabet", "Lumen Grid"], [("guarantee", "Alphabet", "Lumen Grid", 2100 * M, "USD")]),
    ("guarantee_of_loans", "en", "Alphabet guaranteed $2.1 billion of loans for Lumen Grid.",
     ["Alphabet", "Lumen Grid"], [("guarantee", "Alphabet", "Lumen Grid", 2100 * M, "USD")]),
    ("financing_active", "nl", "JPMorgan verstrekte een lening van $2 miljard aan CoreWeave.",
     ["JPMorgan", "CoreWeave"], [("financing", "JPMorgan", "CoreWeave", 2 * B, "USD")]),
    ("financing_active", "en", "JPMorgan lent $2 billion to CoreWeave.", ["JPMorgan", "CoreWeave"],
     [("financing", "JPMorgan", "CoreWeave", 2 * B, "USD")]),
    ("joint_venture", "nl", "Meta richtte een joint venture op met Blue Owl Capital.",
     ["Meta", "Blue Owl Capital"], [("joint_venture", "Meta", "Blue Owl Capital", None, None)]),
    ("joint_venture", "en", "Meta formed a joint venture with Blue Owl Capital.",
     ["Meta", "Blue Owl Capital"], [("joint_venture", "Meta", "Blue Owl Capital", None, None)]),
    ("acquisition_active", "nl", "ABN AMRO neemt NIBC over voor €960 miljoen.", ["ABN AMRO", "NIBC"],
     [("acquisition", "ABN AMRO", "NIBC", 960 * M, "EUR")]),
    ("acquisition_active", "en", "ABN AMRO is buying NIBC for €960 million.", ["ABN AMRO", "NIBC"],
     [("acquisition", "ABN AMRO", "NIBC", 960 * M, "EUR")]),
    ("lease_active", "nl", "Nebius verhuurt GPU-capaciteit aan Microsoft voor $17,4 miljard.",
     ["Nebius", "Microsoft"], [("lease", "Nebius", "Microsoft", 17400 * M, "USD")]),
    ("lease_active", "en", "Nebius will supply GPU capacity to Microsoft for $17.4 billion.",
     ["Nebius", "Microsoft"], [("lease", "Nebius", "Microsoft", 17400 * M, "USD")]),
    ("purchase_commitment", "nl", "OpenAI neemt voor $300 miljard aan rekenkracht af bij Oracle.",
     ["OpenAI", "Oracle"], [("purchase_commitment", "OpenAI", "Oracle", 300 * B, "USD")]),
    ("purchase_commitment", "en", "OpenAI agreed to buy $300 billion of computing power from Oracle.",
     ["OpenAI", "Oracle"], [("purchase_commitment", "OpenAI", "Oracle", 300 * B, "USD")]),
    ("issuance", "nl", "Oracle plaatste voor 18 miljard dollar aan obligaties.", ["Oracle"],
     [("issuance", "Oracle", None, 18 * B, "USD")]),
    ("issuance", "en", "Oracle sold $18 billion of bonds.", ["Oracle"],
     [("issuance", "Oracle", None, 18 * B, "USD")]),
    ("stake", "nl", "Microsoft houdt een belang van 27 procent in OpenAI.", ["Microsoft", "OpenAI"],
     [("stake", "Microsoft", "OpenAI", None, None)]),
    ("stake", "en", "Google owns about 14% of Anthropic.", ["Google", "Anthropic"],
     [("stake", "Google", "Anthropic", None, None)]),
    # --- passive voice
    ("passive", "nl", "NIBC wordt overgenomen door ABN AMRO.", ["NIBC", "ABN AMRO"],
     [("acquisition", "ABN AMRO", "NIBC", None, None)]),
    ("passive", "en", "AirTrunk was acquired by Blackstone for A$24 billion.", ["AirTrunk", "Blackstone"],
     [("acquisition", "Blackstone", "AirTrunk", 24 * B, "AUD")]),
    ("passive_guarantee", "nl", "De huur van Fluidstack werd gegarandeerd door Google.",
     ["Fluidstack", "Google"], [("guarantee", "Google", "Fluidstack", None, None)]),
    ("passive_guarantee", "en", "Fluidstack's rent was guaranteed by Google.", ["Fluidstack", "Google"],
     [("guarantee", "Google", "Fluidstack", None, None)]),
    # --- nominalisations
    ("nominal", "nl", "Nvidia kondigde een investering van 5 miljard dollar in Intel aan.",
     ["Nvidia", "Intel"], [("investment", "Nvidia", "Intel", 5 * B, "USD")]),
    ("nominal", "en", "Google's $3.2 billion backstop of TeraWulf's debt lifted the shares.",
     ["Google", "TeraWulf"], [("guarantee", "Google", "TeraWulf", 3200 * M, "USD")]),
    ("nominal_received", "nl", "TeraWulf kreeg een garantie van Google.", ["TeraWulf", "Google"],
     [("guarantee", "Google", "TeraWulf", None, None)]),
    ("nominal_received", "en", "TeraWulf received a guarantee from Google.", ["TeraWulf", "Google"],
     [("guarantee", "Google", "TeraWulf", None, None)]),
    ("nominal_lenders_lead", "nl", "CoreWeave sloot een lening van $2,6 miljard onder leiding van Morgan Stanley.",
     ["CoreWeave", "Morgan Stanley"], [("financing", "Morgan Stanley", "CoreWeave", 2600 * M, "USD")]),
    ("nominal_lenders_lead", "en", "CoreWeave closed a $2.6 billion loan led by Morgan Stanley.",
     ["CoreWeave", "Morgan Stanley"], [("financing", "Morgan Stanley", "CoreWeave", 2600 * M, "USD")]),
    # --- lists: one amount each
    ("list", "nl", "Nvidia investeert $100 miljoen in CoreWeave, $100 miljard in OpenAI, $2 miljard in xAI en $5 miljard in Intel.",
     ["Nvidia", "CoreWeave", "OpenAI", "xAI", "Intel"],
     [("investment", "Nvidia", "CoreWeave", 100 * M, "USD"), ("investment", "Nvidia", "OpenAI", 100 * B, "USD"),
      ("investment", "Nvidia", "xAI", 2 * B, "USD"), ("investment", "Nvidia", "Intel", 5 * B, "USD")]),
    ("list", "en", "Nvidia has committed $100 billion to OpenAI, $5 billion to Intel and $2 billion to xAI.",
     ["Nvidia", "OpenAI", "Intel", "xAI"],
     [("investment", "Nvidia", "OpenAI", 100 * B, "USD"), ("investment", "Nvidia", "Intel", 5 * B, "USD"),
      ("investment", "Nvidia", "xAI", 2 * B, "USD")]),
    ("list_two_guarantees", "nl", "Google garandeerde $3,2 miljard aan schulden voor TeraWulf en $1,4 miljard voor Cipher.",
     ["Google", "TeraWulf", "Cipher"],
     [("guarantee", "Google", "TeraWulf", 3200 * M, "USD"), ("guarantee", "Google", "Cipher", 1400 * M, "USD")]),
    ("list_two_guarantees", "en", "Google guaranteed $3.2 billion of debt for TeraWulf and $1.4 billion for Cipher.",
     ["Google", "TeraWulf", "Cipher"],
     [("guarantee", "Google", "TeraWulf", 3200 * M, "USD"), ("guarantee", "Google", "Cipher", 1400 * M, "USD")]),
    ("list_amount_after_target", "nl", "Meta tekende bij CoreWeave voor $14,2 miljard en bij Nebius voor $3 miljard aan rekenkracht.",
     ["Meta", "CoreWeave", "Nebius"],
     [("lease", "CoreWeave", "Meta", 14200 * M, "USD"), ("lease", "Nebius", "Meta", 3 * B, "USD")]),
    # --- two deals in one sentence: a second source with its own amount
    ("gapped_source", "nl", "Microsoft investeert tot $5 miljard in Anthropic en Nvidia tot $10 miljard.",
     ["Microsoft", "Anthropic", "Nvidia"],
     [("investment", "Microsoft", "Anthropic", 5 * B, "USD"), ("investment", "Nvidia", "Anthropic", 10 * B, "USD")]),
    ("gapped_source", "en", "Microsoft will invest up to $5 billion in Anthropic and Nvidia up to $10 billion.",
     ["Microsoft", "Anthropic", "Nvidia"],
     [("investment", "Microsoft", "Anthropic", 5 * B, "USD"), ("investment", "Nvidia", "Anthropic", 10 * B, "USD")]),
    ("two_clauses", "nl", "Nvidia investeert $2 miljard in xAI, terwijl Apollo $3,5 miljard leent aan xAI.",
     ["Nvidia", "xAI", "Apollo"],
     [("investment", "Nvidia", "xAI", 2 * B, "USD"), ("financing", "Apollo", "xAI", 3500 * M, "USD")]),
    ("two_clauses", "en", "Nvidia invested $2 billion in xAI, while Apollo lent $3.5 billion to xAI.",
     ["Nvidia", "xAI", "Apollo"],
     [("investment", "Nvidia", "xAI", 2 * B, "USD"), ("financing", "Apollo", "xAI", 3500 * M, "USD")]),
    # --- the subject named before: a description or pronoun
    ("description", "nl", "Waar Meta uitbesteedt, bouwt Nvidia een netwerk. De chipreus investeert $5 miljard in Intel.",
     ["Meta", "Nvidia", "Intel"], [("investment", "Nvidia", "Intel", 5 * B, "USD")]),
    ("description", "en", "Nvidia reported strong results. The chipmaker invested $5 billion in Intel.",
     ["Nvidia", "Intel"], [("investment", "Nvidia", "Intel", 5 * B, "USD")]),
    ("description_het_bedrijf", "nl", "Het begon bij TeraWulf. Het bedrijf sloot een huurovereenkomst met Fluidstack.",
     ["TeraWulf", "Fluidstack"], [("lease", "TeraWulf", "Fluidstack", None, None)]),
    ("pronoun", "en", "Cipher Mining is a former bitcoin miner. In September it signed a lease with Fluidstack.",
     ["Cipher Mining", "Fluidstack"], [("lease", "Cipher Mining", "Fluidstack", None, None)]),
    # --- the amount in the next sentence
    ("amount_next_sentence", "nl", "Cipher sloot een huurovereenkomst met Amazon. De deal heeft een waarde van 5,5 miljard dollar.",
     ["Cipher", "Amazon"], [("lease", "Cipher", "Amazon", 5500 * M, "USD")]),
    ("amount_next_sentence", "en", "Cipher signed a lease with Amazon. The deal is worth about $5.5 billion.",
     ["Cipher", "Amazon"], [("lease", "Cipher", "Amazon", 5500 * M, "USD")]),
    # --- not deals
    ("forecast", "nl", "Volgens Morgan Stanley zal tegen 2028 ongeveer $800 miljard via private credit worden gefinancierd.",
     ["Morgan Stanley"], []),
    ("forecast", "en", "Morgan Stanley expects $800 billion to be financed through private credit by 2028.",
     ["Morgan Stanley"], []),
    ("hypothetical", "nl", "Apple zou kunnen investeren in Intel.", ["Apple", "Intel"], []),
    ("hypothetical", "en", "Apple could invest in Intel.", ["Apple", "Intel"], []),
    ("talks", "nl", "Blackstone is in gesprek om CoreWeave over te nemen.", ["Blackstone", "CoreWeave"], []),
    ("talks", "en", "Blackstone is in talks to acquire CoreWeave.", ["Blackstone", "CoreWeave"], []),
    ("negation", "nl", "Apple investeerde niet in Intel.", ["Apple", "Intel"], []),
    ("negation", "en", "Apple did not invest in Intel.", ["Apple", "Intel"], []),
    ("revenue", "nl", "Alphabet boekte meer dan 100 miljard dollar omzet.", ["Alphabet"], []),
    ("revenue", "en", "Alphabet booked more than $100 billion of revenue.", ["Alphabet"], []),
    ("share_price", "nl", "Het aandeel Cipher Mining steeg 20 procent, tot ongeveer $17.", ["Cipher Mining"], []),
    # --- ownership stated from the owned side: no percentage needed, the owner is the source
    ("stake_owned_by", "en", "Orbis, owned by Harbour Capital and Delta Partners, builds ports.",
     ["Orbis", "Harbour Capital", "Delta Partners"],
     [("stake", "Harbour Capital", "Orbis", None, None), ("stake", "Delta Partners", "Orbis", None, None)]),
    ("stake_owned_by", "nl", "Orbis is in handen van de investeerders Harbour Capital en Delta Partners.",
     ["Orbis", "Harbour Capital", "Delta Partners"],
     [("stake", "Harbour Capital", "Orbis", None, None), ("stake", "Delta Partners", "Orbis", None, None)]),
    # the subject is not what is owned: no stake (the seller is missed, better than a wrong stake)
    ("stake_owned_by_far_subject", "en", "Vela paid $2 billion for six ports owned by Harbour Capital.",
     ["Vela", "Harbour Capital"], []),
    # --- "heeft 70% van": with a percentage, "hebben" states a holding
    ("stake_have_percent", "nl", "Vela heeft 70% van de aandelen van Orbis.", ["Vela", "Orbis"],
     [("stake", "Vela", "Orbis", None, None)]),
    # --- "paid $X for": the price of a company bought, each item of a list with its own amount
    ("acquisition_paid_for", "en", "Vela paid $2 billion for Orbis and $500 million for Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("acquisition", "Vela", "Orbis", 2 * B, "USD"), ("acquisition", "Vela", "Kestrel", 500 * M, "USD")]),
    ("acquisition_on_the_table", "nl", "Vela legt €3 miljard op tafel voor Orbis.", ["Vela", "Orbis"],
     [("acquisition", "Vela", "Orbis", 3 * B, "EUR")]),
    # --- what was bought is no company: the deal is with the seller
    ("acquisition_from_seller", "en", "Vela agreed to acquire three gas plants from Orbis for $900 million.",
     ["Vela", "Orbis"], [("acquisition", "Vela", "Orbis", 900 * M, "USD")]),
    ("acquisition_from_seller", "nl", "Vela kocht drie gascentrales van Orbis voor $900 miljoen.",
     ["Vela", "Orbis"], [("acquisition", "Vela", "Orbis", 900 * M, "USD")]),
    # --- "daarin" stands for the organisation named before, not for the subject
    ("pronominal_adverb", "nl", "Orbis wordt een aparte onderneming. Vela houdt daarin een belang van 30 procent.",
     ["Orbis", "Vela"], [("stake", "Vela", "Orbis", None, None)]),
    # --- a power purchase agreement runs from the buyer (the surer tenant) to the producer
    ("power_purchase_agreement", "en", "Helio Power signed a 15-year power purchase agreement with Microsoft.",
     ["Helio Power", "Microsoft"], [("purchase_commitment", "Microsoft", "Helio Power", None, None)]),
    ("power_purchase_agreement", "nl", "Google sloot stroomafnamecontracten met Helio Power en Windkracht.",
     ["Google", "Helio Power", "Windkracht"],
     [("purchase_commitment", "Google", "Helio Power", None, None),
      ("purchase_commitment", "Google", "Windkracht", None, None)]),
    # --- "uit België" says where a company is from: the place is no party
    ("origin_is_no_party", "nl", "Het bedrijf Orbis uit België sloot een overname van Kestrel af.",
     ["Orbis", "België", "Kestrel"], [("acquisition", "Orbis", "Kestrel", None, None)]),
    # --- "agreed to buy" a company is its acquisition, not a purchase commitment
    ("agreed_to_buy_company", "en", "Vela has agreed to buy Orbis from Kestrel Partners for about €960 million.",
     ["Vela", "Orbis", "Kestrel Partners"], [("acquisition", "Vela", "Orbis", 960 * M, "EUR")]),
    # --- buying goods or capacity is a purchase commitment with the supplier
    ("buy_goods_from", "en", "Vela agreed to buy roughly $300 billion of computing capacity from Orbis.",
     ["Vela", "Orbis"], [("purchase_commitment", "Vela", "Orbis", 300 * B, "USD")]),
    ("buy_goods_from", "nl", "Vela kocht voor $2 miljard stroom van Orbis.",
     ["Vela", "Orbis"], [("purchase_commitment", "Vela", "Orbis", 2 * B, "USD")]),
    ("buy_goods_named_by_supplier", "en", "Vela committed to buy an additional $250 billion of Orbis cloud services.",
     ["Vela", "Orbis"], [("purchase_commitment", "Vela", "Orbis", 250 * B, "USD")]),
    ("buy_plants_is_acquisition", "en", "Vela agreed to buy 13 gigawatts of gas plants from Orbis for $12 billion.",
     ["Vela", "Orbis"], [("acquisition", "Vela", "Orbis", 12 * B, "USD")]),
    # --- a relative clause: its pronoun is the subject, or the object when a subject follows
    ("relative_object", "en", "Vela also owns Orbis, which it took private in 2021.",
     ["Vela", "Orbis"], [("acquisition", "Vela", "Orbis", None, None)]),
    ("relative_after_apposition", "en",
     "Kestrel sold Orbis, its British subsidiary, which was acquired by Vela for £2.65 billion.",
     ["Kestrel", "Orbis", "Vela"], [("acquisition", "Vela", "Orbis", 2650 * M, "GBP")]),
    # --- "in other companies, including A and B": the companies after the inclusion word
    ("included_targets", "nl", "Vela investeerde dit jaar in andere bedrijven, waaronder Orbis en de start-up Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("investment", "Vela", "Orbis", None, None), ("investment", "Vela", "Kestrel", None, None)]),
    ("included_targets", "en", "Vela has invested in several start-ups, including Orbis and Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("investment", "Vela", "Orbis", None, None), ("investment", "Vela", "Kestrel", None, None)]),
    # --- a fronted time phrase keeps its preposition; a list of described companies is one subject
    ("coordinated_descriptions", "nl",
     "In mei richtten het fonds Vela, de staatsbank Orbis, het AI-bedrijf Kestrel en Nimbus een joint venture op.",
     ["Vela", "Orbis", "Kestrel", "Nimbus"],
     [("joint_venture", "Vela", "Orbis", None, None), ("joint_venture", "Vela", "Kestrel", None, None),
      ("joint_venture", "Vela", "Nimbus", None, None)]),
    # --- the companies leading a group act for it; a relative clause's own preposition is its own
    ("leaders_act_for_group", "en",
     "A group of banks led by Vela and Orbis is arranging a loan of about $38 billion for Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("financing", "Vela", "Kestrel", 38 * B, "USD"), ("financing", "Orbis", "Kestrel", 38 * B, "USD")]),
    ("leaders_act_for_group", "nl",
     "Een groep banken onder leiding van Vela en Orbis verstrekt $38 miljard aan leningen aan Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("financing", "Vela", "Kestrel", 38 * B, "USD"), ("financing", "Orbis", "Kestrel", 38 * B, "USD")]),
    ("relative_clause_keeps_its_preposition", "en",
     "Vela is arranging a loan for two campuses that Orbis is developing for Kestrel.",
     ["Vela", "Orbis", "Kestrel"], []),
    # --- a pronoun opening the sentence stands for the organisation before it
    ("pronoun_opens_sentence", "en", "Vela is Spain's second bank. It owns about 86% of Orbis.",
     ["Vela", "Orbis"], [("stake", "Vela", "Orbis", None, None)]),
    ("pronoun_before_deal_verb", "nl", "Vela is een kabelbedrijf. Het nam in 2023 de resterende aandelen van Orbis over.",
     ["Vela", "Orbis"], [("acquisition", "Vela", "Orbis", None, None)]),
    # --- a loan whose lenders alone are named is the loan of the company the text is about
    ("borrower_from_context", "en",
     "Vela rents out GPUs to AI labs. The third facility, for $2.6 billion, was arranged by Orbis and Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("financing", "Orbis", "Vela", 2600 * M, "USD"), ("financing", "Kestrel", "Vela", 2600 * M, "USD")]),
    ("borrower_from_context", "nl",
     "Vela verhuurt rekenkracht. In juli volgde een lening van $2,6 miljard, geregeld door Orbis en Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("financing", "Orbis", "Vela", 2600 * M, "USD"), ("financing", "Kestrel", "Vela", 2600 * M, "USD")]),
    # --- "facility" without an amount is a building
    ("facility_without_amount", "en", "Vela will install the chips in its own facilities.", ["Vela"], []),
    # --- a closed compound ending in a description noun is a description too
    ("compound_description", "nl", "Vela is een Belgische bank. De bankverzekeraar nam Orbis over, voor €761 miljoen.",
     ["Vela", "Orbis"], [("acquisition", "Vela", "Orbis", 761 * M, "EUR")]),
    # --- a holding takes only the price stated with it, not another deal's amount in its clause
    ("stake_price_nearby", "en", "Vela took a 9.9% stake in Orbis for $8.9 billion.", ["Vela", "Orbis"],
     [("stake", "Vela", "Orbis", 8900 * M, "USD")]),
    ("stake_amount_elsewhere", "en",
     "Vela will own 51% of the venture, which has signed a 25-year lease with Orbis worth roughly $9.5 billion.",
     ["Vela", "Orbis"], [("stake", "Vela", None, None, None)]),
    # --- a round's amount goes to its leader, not to those who took part beside it
    ("round_participants", "en", "Vela raised $1.1 billion in a round led by Orbis, with Kestrel and Nimbus.",
     ["Vela", "Orbis", "Kestrel", "Nimbus"],
     [("investment", "Orbis", "Vela", 1100 * M, "USD"), ("investment", "Kestrel", "Vela", None, None),
      ("investment", "Nimbus", "Vela", None, None)]),
    ("round_claimed_by_its_leader", "nl",
     "Vela haalde $1,1 miljard op. De ronde werd geleid door Orbis. Ook Kestrel en Nimbus deden mee.",
     ["Orbis", "Vela", "Kestrel", "Nimbus"],
     [("investment", "Orbis", "Vela", 1100 * M, "USD"), ("investment", "Kestrel", "Vela", None, None),
      ("investment", "Nimbus", "Vela", None, None)]),
    # --- a round is its raiser's: the possessor, the company after "van", or with a leader the
    # party the sentence opens with; its size is no participant's own money
    ("round_possessor", "en", "Kestrel took part in Vela's $13 billion Series F in September.",
     ["Kestrel", "Vela"], [("investment", "Kestrel", "Vela", None, None)]),
    ("round_size_after_verb", "en", "Kestrel participated in Vela's $13 billion Series F in September.",
     ["Kestrel", "Vela"], [("investment", "Kestrel", "Vela", None, None)]),
    ("round_of_raiser", "nl", "Kestrel nam in september voor €1,3 miljard deel aan een financieringsronde van Vela.",
     ["Kestrel", "Vela"], [("investment", "Kestrel", "Vela", 1300 * M, "EUR")]),
    ("round_of_raiser", "en", "Orbis joined the funding round of Vela alongside Kestrel.", ["Orbis", "Vela", "Kestrel"],
     [("investment", "Orbis", "Vela", None, None), ("investment", "Kestrel", "Vela", None, None)]),
    ("round_size_with_participants", "nl",
     "Orbis deed mee aan een financieringsronde van $480 miljoen van Vela, samen met Kestrel en Nimbus.",
     ["Orbis", "Vela", "Kestrel", "Nimbus"],
     [("investment", "Orbis", "Vela", None, None), ("investment", "Kestrel", "Vela", None, None),
      ("investment", "Nimbus", "Vela", None, None)]),
    ("round_led_after_opening", "en", "Vela was valued at $183 billion after a $13 billion round that was led by Orbis.",
     ["Vela", "Orbis"], [("investment", "Orbis", "Vela", 13 * B, "USD")]),
    ("round_co_leaders", "nl", "Vela haalde $13 miljard op. De ronde werd geleid door Orbis, met Kestrel als mede-leider.",
     ["Vela", "Orbis", "Kestrel"],
     [("investment", "Orbis", "Vela", 13 * B, "USD"), ("investment", "Kestrel", "Vela", None, None)]),
    ("round_participant_of_round_before", "nl",
     "Vela haalde $1 miljard op. Orbis deed mee aan de ronde, samen met Kestrel.", ["Vela", "Orbis", "Kestrel"],
     [("investment", "Orbis", "Vela", 1 * B, "USD"), ("investment", "Kestrel", "Vela", None, None)]),
    ("round_without_investor", "en", "Vela's round drew interest from bankers.", ["Vela"], []),
    # --- "samen met" / "together with" and a verb of building: partners in a venture
    ("together_building", "nl", "In Dresden staat de fabriek die Vela samen met Orbis en Kestrel bouwt.",
     ["Vela", "Orbis", "Kestrel"],
     [("joint_venture", "Vela", "Orbis", None, None), ("joint_venture", "Vela", "Kestrel", None, None)]),
    ("together_building", "en", "Vela is building the plant together with Orbis.", ["Vela", "Orbis"],
     [("joint_venture", "Vela", "Orbis", None, None)]),
    ("together_without_building", "nl", "Vela en Orbis zijn samen goed voor 40% van de markt.", ["Vela", "Orbis"], []),
    # --- the partners listed after a venture noun; a buying consortium is no venture
    ("venture_of_members", "nl", "Nimbus is een joint venture van het Britse Vela en het Amerikaanse Orbis.",
     ["Nimbus", "Vela", "Orbis"], [("joint_venture", "Vela", "Orbis", None, None)]),
    ("venture_of_members", "en", "Nimbus, a joint venture between Vela and Orbis, builds fibre.",
     ["Nimbus", "Vela", "Orbis"], [("joint_venture", "Vela", "Orbis", None, None)]),
    ("consortium_of_buyers", "en", "Nimbus agreed to be taken private by a consortium of Vela and Orbis.",
     ["Nimbus", "Vela", "Orbis"],
     [("acquisition", "Vela", "Nimbus", None, None), ("acquisition", "Orbis", "Nimbus", None, None)]),
    # --- a relative clause opened by a preposition: the holding is in its antecedent
    ("prepositional_relative", "en",
     "Nimbus, a joint venture in which Vela holds 70% and Orbis and Kestrel each hold 15%, is building a fab.",
     ["Nimbus", "Vela", "Orbis", "Kestrel"],
     [("stake", "Vela", "Nimbus", None, None), ("stake", "Orbis", "Nimbus", None, None),
      ("stake", "Kestrel", "Nimbus", None, None)]),
    ("prepositional_relative", "nl", "Nimbus wordt een zogeheten holding, waarin Vela 26% houdt.",
     ["Nimbus", "Vela"], [("stake", "Vela", "Nimbus", None, None)]),
    # --- a contract between a capacity provider and a capacity tenant is a lease, provider first
    ("provider_tenant_contract", "nl", "CoreWeave sloot in september een contract met Meta van $14,2 miljard.",
     ["CoreWeave", "Meta"], [("lease", "CoreWeave", "Meta", 14200 * M, "USD")]),
    ("provider_tenant_contract", "en", "OpenAI signed a seven-year contract with Amazon Web Services.",
     ["OpenAI", "Amazon Web Services"], [("lease", "Amazon Web Services", "OpenAI", None, None)]),
    ("contract_without_capacity_parties", "en", "Vela signed a contract with Orbis.", ["Vela", "Orbis"], []),
    # --- money set aside or committed "for" a company is invested in it
    ("set_aside_for", "nl", "Vela zette ruim $100 miljard opzij voor Orbis.", ["Vela", "Orbis"],
     [("investment", "Vela", "Orbis", 100 * B, "USD")]),
    ("committed_for", "en", "Vela has committed up to $100bn for Orbis and $5bn for Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("investment", "Vela", "Orbis", 100 * B, "USD"), ("investment", "Vela", "Kestrel", 5 * B, "USD")]),
    # --- buying some shares is an investment; all or the rest of them, or paying in shares, a takeover
    ("buy_some_shares", "nl", "Vela nam voor $5 miljard aandelen Orbis over.", ["Vela", "Orbis"],
     [("investment", "Vela", "Orbis", 5 * B, "USD")]),
    ("buy_remaining_shares", "nl", "Vela nam in 2023 de resterende aandelen van Orbis over.", ["Vela", "Orbis"],
     [("acquisition", "Vela", "Orbis", None, None)]),
    # --- a holder noun: the possessor is held, the party standing with the noun holds it
    ("holder_noun", "en", "Orbis rejected the bid, and Orbis's largest shareholder, the investor Vela, backed it.",
     ["Orbis", "Vela"], [("stake", "Vela", "Orbis", None, None)]),
    ("holder_noun", "en", "The opposition was led by Vela, one of Orbis's larger investors.",
     ["Vela", "Orbis"], [("stake", "Vela", "Orbis", None, None)]),
    ("holder_noun", "nl", "De grootste aandeelhouder van Orbis is Vela.", ["Orbis", "Vela"],
     [("stake", "Vela", "Orbis", None, None)]),
    ("holder_noun_without_holder", "en", "Orbis completed its purchase, giving Vela's largest shareholder a chip designer.",
     ["Orbis", "Vela"], []),
    # --- "betaalde ... voor" is a price paid; a second deal verb with its own subject ends the clause
    ("paid_for_list", "nl", "Vela betaalde $625 miljoen voor het Oostenrijkse Orbis en $307 miljoen voor Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("acquisition", "Vela", "Orbis", 625 * M, "USD"), ("acquisition", "Vela", "Kestrel", 307 * M, "USD")]),
    ("two_clauses_two_deals", "nl", "Vela betaalde circa €672 mln voor Orbis en Nimbus legt £5,7 mrd neer voor Kestrel.",
     ["Vela", "Orbis", "Nimbus", "Kestrel"],
     [("acquisition", "Vela", "Orbis", 672 * M, "EUR"), ("acquisition", "Nimbus", "Kestrel", 5700 * M, "GBP")]),
    # --- a verb with no company but its investors goes on about the round named just before
    ("continued_round", "nl", "Orbis haalde $1,1 miljard op bij Vela. Ook Kestrel en Nimbus deden mee.",
     ["Orbis", "Vela", "Kestrel", "Nimbus"],
     [("investment", "Vela", "Orbis", 1100 * M, "USD"), ("investment", "Kestrel", "Orbis", None, None),
      ("investment", "Nimbus", "Orbis", None, None)]),
    ("continued_gapped_list", "nl",
     "Vela investeerde $8,9 miljard in Orbis. Kestrel volgde met een investering van $5 miljard en Nimbus met $2 miljard.",
     ["Vela", "Orbis", "Kestrel", "Nimbus"],
     [("investment", "Vela", "Orbis", 8900 * M, "USD"), ("investment", "Kestrel", "Orbis", 5 * B, "USD"),
      ("investment", "Nimbus", "Orbis", 2 * B, "USD")]),
    # --- a rights issue is an issue; funds managed by a firm act for it; a converted amount is no second value
    ("rights_issue", "en", "The pattern was set by Vela, which raised £7 billion through a rights issue in 2024.",
     ["Vela"], [("issuance", "Vela", None, 7 * B, "GBP")]),
    ("funds_managed_by", "en", "Under the terms, funds managed by Vela hold 80% of the venture.", ["Vela"],
     [("stake", "Vela", None, None, None)]),
    ("converted_amount", "nl",
     "Vela heeft zijn claimemissie van 60 miljard Deense kroon, omgerekend ongeveer €8 miljard, afgerond.",
     ["Vela"], [("issuance", "Vela", None, 60 * B, "DKK")]),
    # --- "the remaining 20%" is the rest of what the sentence named before
    ("remaining_share_of_venture", "nl",
     "Orbis neemt 80% van het project voor zijn rekening, terwijl Vela de overige 20% houdt.", ["Orbis", "Vela"],
     [("stake", "Orbis", None, None, None), ("stake", "Vela", None, None, None)]),
    ("remaining_share_unplaced", "en", "Vela keeps the remaining 20%.", ["Vela"], []),
    # --- a tenant's agreement with a supplier that rents out no capacity is a purchase commitment
    ("tenant_agreement_with_supplier", "en", "OpenAI signed chip and capacity agreements with Nvidia and Broadcom.",
     ["OpenAI", "Nvidia", "Broadcom"],
     [("purchase_commitment", "OpenAI", "Nvidia", None, None),
      ("purchase_commitment", "OpenAI", "Broadcom", None, None)]),
    ("tenant_agreement_with_provider_group", "nl",
     "Microsoft sloot een vijfjarige overeenkomst met Nscale en Aker voor GPU-capaciteit in Narvik.",
     ["Microsoft", "Nscale", "Aker"],
     [("lease", "Nscale", "Microsoft", None, None), ("lease", "Aker", "Microsoft", None, None)]),
    # --- "the sites will be leased to Oracle": the sites of the company the text is about
    ("passive_lease_owner_from_context", "nl",
     "Vela bouwt twee campussen. Beide locaties worden na oplevering verhuurd aan Orbis, dat de capaciteit "
     "doorverhuurt aan Kestrel.", ["Vela", "Orbis", "Kestrel"],
     [("lease", "Vela", "Orbis", None, None), ("lease", "Orbis", "Kestrel", None, None)]),
    ("passive_lease_owner_from_context", "en",
     "Vela is building two campuses. Once built, the sites will be leased to Orbis, which will in turn provide "
     "capacity to Kestrel.", ["Vela", "Orbis", "Kestrel"],
     [("lease", "Vela", "Orbis", None, None), ("lease", "Orbis", "Kestrel", None, None)]),
    # --- a description's nationality picks the organisation of that country (reference data)
    ("description_nationality", "nl",
     "SoftBank is een grote belegger. Nvidia maakt chips. De Japanse investeerder zegde OpenAI $22,5 miljard toe.",
     ["SoftBank", "Nvidia", "OpenAI"],
     [("investment", "SoftBank", "OpenAI", 22500 * M, "USD")]),
    ("description_nationality", "en",
     "Nokia makes network gear. Nvidia makes chips. The Finnish group issued new shares worth $1 billion to Microsoft.",
     ["Nokia", "Nvidia", "Microsoft"],  # the buyer of new shares invests in their issuer
     [("issuance", "Nokia", "Microsoft", 1 * B, "USD"), ("investment", "Microsoft", "Nokia", 1 * B, "USD")]),
    # --- one amount before a list of partners is the whole deal's
    ("one_amount_for_partners", "en", "Vela formed a joint venture worth $15 billion with Orbis and Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("joint_venture", "Vela", "Orbis", 15 * B, "USD"), ("joint_venture", "Vela", "Kestrel", 15 * B, "USD")]),
    ("stake_value_by_stake_noun", "nl",
     "Na de herstructurering houdt Vela circa 27 procent van Orbis, een belang ter waarde van $135 miljard.",
     ["Vela", "Orbis"], [("stake", "Vela", "Orbis", 135 * B, "USD")]),
    # --- a loan noun whose subject is no marked lender: no borrower is guessed from the text before
    ("loan_subject_not_lender", "nl", "Orbis bouwt datacenters. Vela heeft de financiering van zijn project rond.",
     ["Orbis", "Vela"], []),
    # --- a gapped item before the target: "A invests $5 billion and B $10 billion in T"
    ("gapped_before_target", "nl", "Vela investeert tot $5 miljard en Orbis tot $10 miljard in Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("investment", "Vela", "Kestrel", 5 * B, "USD"), ("investment", "Orbis", "Kestrel", 10 * B, "USD")]),
    ("gapped_before_target", "en", "Vela will invest up to $5 billion and Orbis up to $10 billion in Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("investment", "Vela", "Kestrel", 5 * B, "USD"), ("investment", "Orbis", "Kestrel", 10 * B, "USD")]),
    # --- the borrower from context is the company the text is about, not the one named last
    ("borrower_is_the_topic", "en",
     "Vela rents out GPUs. Vela has grown fast. Vela uses chips that Nimbus makes. An earlier $7.5 billion "
     "facility was provided by a group of lenders led by Orbis and Kestrel.",
     ["Vela", "Nimbus", "Orbis", "Kestrel"],
     [("financing", "Orbis", "Vela", 7500 * M, "USD"), ("financing", "Kestrel", "Vela", 7500 * M, "USD")]),
    # --- a relative clause after an apposition without a comma: "X, een bitcoinminer die ..."
    ("relative_after_description", "nl",
     "Kestrel bood $9 miljard voor Vela, een voormalige bitcoinminer die een groot deel van zijn capaciteit aan "
     "Orbis verhuurt.", ["Kestrel", "Vela", "Orbis"],
     [("acquisition", "Kestrel", "Vela", 9 * B, "USD"), ("lease", "Vela", "Orbis", None, None)]),
    ("amount_of_relative_antecedent", "nl",
     "Het grootste voorbeeld is de lening van $38 miljard die een consortium onder leiding van Vela aan Orbis verstrekt.",
     ["Vela", "Orbis"], [("financing", "Vela", "Orbis", 38 * B, "USD")]),
    # --- after a name and before a verb, a deal word is a noun ("Vela funds own 80%")
    ("noun_between_name_and_verb", "en", "Vela funds own 80% of the project.", ["Vela"],
     [("stake", "Vela", None, None, None)]),
    # --- "toen" after a verb is an adverb, not a clause break; after a comma it is a conjunction
    ("toen_after_verb", "nl", "Vela kocht toen een belang van 15% in Orbis voor €2,6 miljard.", ["Vela", "Orbis"],
     [("stake", "Vela", "Orbis", 2600 * M, "EUR")]),
    ("toen_after_comma", "nl", "Vela kocht Orbis, toen Kestrel een belang van 15% in Nimbus verwierf.",
     ["Vela", "Orbis", "Kestrel", "Nimbus"],
     [("acquisition", "Vela", "Orbis", None, None), ("stake", "Kestrel", "Nimbus", None, None)]),
    # --- the owner of "in handen van" follows the phrase, not a "van" before it
    ("owner_after_ownership_phrase", "nl",
     "Het stond aan de wieg van Nimbus: Vela werd overgenomen door Orbis, dat toen al in handen van Kestrel was.",
     ["Nimbus", "Vela", "Orbis", "Kestrel"],
     [("acquisition", "Orbis", "Vela", None, None), ("stake", "Kestrel", "Orbis", None, None)]),
    # --- a stake sold to a buyer: a majority is a takeover, a minority a holding of the buyer
    ("majority_stake_sold_passive", "nl", "Een meerderheidsbelang van 51% in Vela werd verkocht aan Orbis.",
     ["Vela", "Orbis"], [("acquisition", "Orbis", "Vela", None, None)]),
    ("majority_stake_sold", "en", "Kestrel sold a 60% stake in Vela to Orbis.", ["Kestrel", "Vela", "Orbis"],
     [("acquisition", "Orbis", "Vela", None, None)]),
    ("minority_stake_sold", "en", "Kestrel sold a 20% stake in Vela to Orbis.", ["Kestrel", "Vela", "Orbis"],
     [("stake", "Orbis", "Vela", None, None)]),
    # --- a share held in no company named is a part of the company of the deal just before
    ("rest_held_after_sale", "nl",
     "Een belang van 51% in Vela werd verkocht aan Orbis. De transactie waardeerde Vela op $8 miljard. "
     "Kestrel houdt de overige 49%.", ["Vela", "Orbis", "Kestrel"],
     [("acquisition", "Orbis", "Vela", None, None), ("stake", "Kestrel", "Vela", None, None)]),
    # ... and with no deal before, a stake named as such is in the company the text is about
    ("stake_in_the_topic", "nl",
     "Vela staat onder druk. Belegger Orbis bouwde dit jaar een belang van ongeveer 5% op.", ["Vela", "Orbis"],
     [("stake", "Orbis", "Vela", None, None)]),
    ("stake_in_the_topic", "en", "Vela is under pressure. Orbis has built a stake of about 5% this year.",
     ["Vela", "Orbis"], [("stake", "Orbis", "Vela", None, None)]),
    ("percentage_without_stake_noun", "en", "Vela covers banks. Orbis has gained about 50% this year.",
     ["Vela", "Orbis"], []),
    # --- subscribing to an issue goes on about the issue named just before
    ("subscribed_to_the_issue", "nl", "Orbis haalde €5 miljard op met een claimemissie. Vela schreef in voor zijn "
     "volledige deel.", ["Orbis", "Vela"],
     [("issuance", "Orbis", None, 5 * B, "EUR"), ("investment", "Vela", "Orbis", 5 * B, "EUR")]),
    ("subscribed_to_the_issue", "en", "Orbis raised €5 billion in a rights issue. Vela took up its full allocation.",
     ["Orbis", "Vela"], [("issuance", "Orbis", None, 5 * B, "EUR"), ("investment", "Vela", "Orbis", 5 * B, "EUR")]),
    # --- "commitments" of money in companies are investments, one per list item
    ("commitments_include", "en",
     "Vela makes chips. Its recent commitments include up to $100 billion in Orbis and $2 billion in Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("investment", "Vela", "Orbis", 100 * B, "USD"), ("investment", "Vela", "Kestrel", 2 * B, "USD")]),
    # --- the maker named with goods bought supplies them, before a company named later
    ("maker_of_goods_bought", "nl", "Vela neemt voor $5 miljard aan Orbis-chips af.", ["Vela", "Orbis"],
     [("purchase_commitment", "Vela", "Orbis", 5 * B, "USD")]),
    ("maker_of_goods_bought", "en",
     "Vela agreed to buy 18,000 of Orbis's chips for a first data centre and struck a partnership with Kestrel.",
     ["Vela", "Orbis", "Kestrel"],
     [("purchase_commitment", "Vela", "Orbis", None, None), ("joint_venture", "Vela", "Kestrel", None, None)]),
    # --- deal words in idioms name no deal
    ("idiom_interest", "en", "Vela covers banks. Orbis has gained about 50%, helped by higher net interest income.",
     ["Vela", "Orbis"], []),
    ("idiom_interest", "en", "Vela makes chips. Orbis has shown interest in a 5% return.", ["Vela", "Orbis"], []),
    ("idiom_belang", "nl", "Vela maakt chips. Orbis heeft er alle belang bij om 5% te groeien.", ["Vela", "Orbis"], []),
    ("share_of_the_venture_named", "en",
     "Orbis bought 60% of Vela. Later Kestrel set up a joint venture with Nimbus and holds 51%.",
     ["Orbis", "Vela", "Kestrel", "Nimbus"],
     [("acquisition", "Orbis", "Vela", None, None), ("joint_venture", "Kestrel", "Nimbus", None, None),
      ("stake", "Kestrel", None, None, None)]),
    ("rest_of_the_shares_held", "nl", "Vela nam een belang van 60% in Orbis. Kestrel heeft 40% van de aandelen.",
     ["Vela", "Orbis", "Kestrel"], [("stake", "Vela", "Orbis", None, None), ("stake", "Kestrel", "Orbis", None, None)]),
    ("copula_holder_of_the_company_before", "nl",
     "Vela investeerde €1,3 miljard in Orbis. Vela werd daarmee de grootste aandeelhouder, met een belang van 11%.",
     ["Vela", "Orbis"], [("investment", "Vela", "Orbis", 1300 * M, "EUR"), ("stake", "Vela", "Orbis", None, None)]),
    ("owner_of_things_named", "en", "Vela bought Orbis. Kestrel is the largest owner of nuclear plants.",
     ["Vela", "Orbis", "Kestrel"], [("acquisition", "Vela", "Orbis", None, None)]),
    ("rest_held_nothing_before", "en", "The market was calm. Kestrel keeps 49%.", ["Kestrel"], []),
    # --- the subject of a copula before "one of ... shareholders" holds the stake
    ("copula_holder", "en",
     "Orbis will receive shares as part of the price and become one of Vela's largest shareholders.",
     ["Orbis", "Vela"], [("stake", "Orbis", "Vela", None, None)]),
    ("copula_holder", "nl", "Orbis wordt daarmee een van de grootste aandeelhouders van Vela.",
     ["Orbis", "Vela"], [("stake", "Orbis", "Vela", None, None)]),
    # --- buying bonds lends to their issuer; it issues nothing and buys no company
    ("bonds_bought_from_context", "en",
     "Vela sold $27 billion of bonds. Orbis bought around $18 billion of the bonds.", ["Vela", "Orbis"],
     [("issuance", "Vela", None, 27 * B, "USD"), ("financing", "Orbis", "Vela", 18 * B, "USD")]),
    ("bonds_bought_issuer_named", "nl", "Orbis kocht $18 miljard aan obligaties van Vela.", ["Vela", "Orbis"],
     [("financing", "Orbis", "Vela", 18 * B, "USD")]),
    ("bonds_bought_possessor", "en", "Orbis bought $2 billion of Vela's bonds.", ["Vela", "Orbis"],
     [("financing", "Orbis", "Vela", 2 * B, "USD")]),
    ("bonds_bought_by_no_party", "en", "Investors bought the bonds quickly.", [], []),
    # --- a possessive pronoun reaches its loan over several modifiers
    ("possessive_over_modifiers", "en",
     "Vela wrote the template. Its first delayed-draw term loan, a $2.3 billion facility arranged by Orbis, "
     "was repaid early.", ["Vela", "Orbis"], [("financing", "Orbis", "Vela", 2300 * M, "USD")]),
    # --- collateral is no deal; an agent of an earlier participle is no party of a later noun
    ("collateral_and_earlier_agent", "en",
     "Vela's $1 billion loan, arranged by Orbis, was secured on chips and on the contracts that Vela signed.",
     ["Vela", "Orbis"], [("financing", "Orbis", "Vela", 1 * B, "USD")]),
    ("collateral", "nl", "De lening is gedekt door de chips van Vela.", ["Vela"], []),
    # --- a list of investors, each with an amount, and no round named before: the company the
    # text is about; one amount for them all is no such list
    ("investor_list_in_the_topic", "nl",
     "Vela had een zwaar jaar. Dit najaar stapten Orbis in met $8,9 miljard, Kestrel met $5 miljard en "
     "Nimbus met $2 miljard.", ["Vela", "Orbis", "Kestrel", "Nimbus"],
     [("investment", "Orbis", "Vela", 8900 * M, "USD"), ("investment", "Kestrel", "Vela", 5 * B, "USD"),
      ("investment", "Nimbus", "Vela", 2 * B, "USD")]),
    ("investor_list_in_the_topic", "en",
     "Vela had a hard year. Orbis followed with an investment of $5 billion and Kestrel with $2 billion.",
     ["Vela", "Orbis", "Kestrel"],
     [("investment", "Orbis", "Vela", 5 * B, "USD"), ("investment", "Kestrel", "Vela", 2 * B, "USD")]),
    ("joint_amount_is_no_investor_list", "en",
     "Vela had a hard year. About $5 billion has been committed by Orbis and Kestrel.",
     ["Vela", "Orbis", "Kestrel"], []),
    # --- signing an amount between a capacity provider and a tenant is a lease, per list item;
    # a comma and a new subject end the clause
    ("signed_amounts_provider_tenant", "en",
     "Nebius signed $17.4 billion with Microsoft in September and $3 billion with Meta in November, "
     "CoreWeave grew $14.2 billion with Meta.", ["Nebius", "Microsoft", "Meta", "CoreWeave"],
     [("lease", "Nebius", "Microsoft", 17400 * M, "USD"), ("lease", "Nebius", "Meta", 3 * B, "USD")]),
    ("signed_amounts_provider_tenant", "nl",
     "Meta tekende bij CoreWeave voor $14,2 miljard, bij Nebius voor $3 miljard en bij Google Cloud voor "
     "meer dan $10 miljard.", ["Meta", "CoreWeave", "Nebius", "Google Cloud"],
     [("lease", "CoreWeave", "Meta", 14200 * M, "USD"), ("lease", "Nebius", "Meta", 3 * B, "USD"),
      ("lease", "Google Cloud", "Meta", 10 * B, "USD")]),
    ("signed_without_provider", "en", "Vela signed $2 billion with Orbis.", ["Vela", "Orbis"], []),
    # --- a provider that also rents capacity is the tenant of one that only provides
    ("agreement_with_renting_provider", "nl",
     "Begin november maakte Cipher Mining bovendien een overeenkomst bekend met Amazon Web Services.",
     ["Cipher Mining", "Amazon Web Services"], [("lease", "Cipher Mining", "Amazon Web Services", None, None)]),
    ("agreement_with_renting_provider", "en",
     "Cipher Mining announced an agreement with Amazon Web Services in November.",
     ["Cipher Mining", "Amazon Web Services"], [("lease", "Cipher Mining", "Amazon Web Services", None, None)]),
    # --- Dutch: a noun's target may stand before it, after the subject
    ("target_in_middle_field", "nl", "IREN sleepte bij Microsoft een overeenkomst van 9,7 miljard dollar binnen.",
     ["IREN", "Microsoft"], [("lease", "IREN", "Microsoft", 9700 * M, "USD")]),
    ("target_in_middle_field", "nl", "Als tegenprestatie gaf Vela aan Orbis warrants uit op 160 miljoen aandelen.",
     ["Vela", "Orbis"], [("issuance", "Vela", "Orbis", None, None)]),
    ("no_target_in_middle_field_of_a_takeover", "nl",
     "Vela is het tegenovergestelde van Orbis: weinig overnames, veel dividend.", ["Vela", "Orbis"], []),
    # --- a sentence opening with a purpose clause: its deal verb is no deal
    ("purpose_clause_opening", "nl",
     "Om die capaciteit te kunnen leveren, bestelde Vela voor $5,8 miljard aan servers bij Orbis.",
     ["Vela", "Orbis"], [("purchase_commitment", "Vela", "Orbis", 5800 * M, "USD")]),
    # --- after a hyphenated compound ("ten-year"), a noun-or-verb deal word is the noun
    ("noun_after_hyphenated_compound", "en", "Vela signed ten-year leases with Orbis.", ["Vela", "Orbis"],
     [("lease", "Vela", "Orbis", None, None)]),
    # --- an English particle stands near its verb: "put together ... in Texas" is no "put in"
    ("particle_near_verb", "en", "A group of banks led by Orbis has put together a $38 billion loan package for "
     "two Vela campuses in Texas.", ["Orbis", "Vela"], [("financing", "Orbis", "Vela", 38 * B, "USD")]),
    ("particle_after_object", "en", "Orbis put $5 billion into Vela.", ["Orbis", "Vela"],
     [("investment", "Orbis", "Vela", 5 * B, "USD")]),
    # --- a passive takeover with no buyer named: the subject is what was bought, never the buyer
    ("bare_passive_takeover", "nl", "Begin dit jaar werd Vela overgenomen van Orbis.", ["Vela", "Orbis"], []),
    ("bare_passive_takeover", "en", "Vela was acquired from Orbis in May.", ["Vela", "Orbis"], []),
    # ... and the buyer is the company the text is about, when the sentence names no other
    ("bare_passive_takeover_by_topic", "nl",
     "Vela kocht vorig jaar al twee bedrijven. Orbis, een specialist in chips, werd voor $242,5 miljoen overgenomen.",
     ["Vela", "Orbis"], [("acquisition", "Vela", "Orbis", 242500 * 1000, "USD")]),
    ("bare_passive_takeover_by_topic", "en",
     "Vela has been busy. Orbis, a chip designer, was acquired this month for $6.5 billion.",
     ["Vela", "Orbis"], [("acquisition", "Vela", "Orbis", 6500 * M, "USD")]),
    ("possessive_is_no_auxiliary", "nl",
     "Orbis bouwt een fabriek. Vela stort $1,6 miljard in voor zijn aandeel en betaalt daarnaast $400 miljoen "
     "voor productiecapaciteit.", ["Orbis", "Vela"], []),
    ("colon_ends_passive", "en", "Vela covers the sector. Orbis mines bitcoin. For years the business model of a "
     "bitcoin miner was simple: buy cheap power.",
     ["Vela", "Orbis"], []),
    # --- what a verb buys comes before a company in a phrase after it
    ("object_before_owner", "nl", "Kestrel nam Vela over, de grootste bank van Orbis, voor €761 miljoen.",
     ["Kestrel", "Vela", "Orbis"], [("acquisition", "Kestrel", "Vela", 761 * M, "EUR")]),
    ("progressive_is_active", "en", "Vela is buying Orbis for $2 billion.", ["Vela", "Orbis"],
     [("acquisition", "Vela", "Orbis", 2 * B, "USD")]),
    # --- a description as the object of a deal verb is not that verb's own subject
    ("description_object", "en",
     "Vela is a lender with a long history. Orbis agreed in July to buy the bank from Kestrel for £2.65 billion.",
     ["Vela", "Orbis", "Kestrel"], [("acquisition", "Orbis", "Vela", 2650 * M, "GBP")]),
    ("description_over_split_compound", "en",
     "Vela runs gas plants. Orbis agreed to buy the gas-fired generator for $16.4 billion.",
     ["Vela", "Orbis"], [("acquisition", "Orbis", "Vela", 16400 * M, "USD")]),
    # --- who approves or blocks a deal is no party to it
    ("approved_merger", "en", "Vela agreed to buy Orbis. Kestrel approved the merger of Orbis in July.",
     ["Vela", "Orbis", "Kestrel"], [("acquisition", "Vela", "Orbis", None, None)]),
    ("approved_merger", "nl", "Vela neemt Orbis over. Kestrel keurde de overname van Orbis in juli goed.",
     ["Vela", "Orbis", "Kestrel"], [("acquisition", "Vela", "Orbis", None, None)]),
    # --- selling a part of one's own business: the buyer acquires from the seller
    ("own_business_sold", "en", "Vela sold its Indian business to Orbis for $2.5 billion.", ["Vela", "Orbis"],
     [("acquisition", "Orbis", "Vela", 2500 * M, "USD")]),
    ("own_business_sold", "nl", "Vela verkocht zijn verzekeringstak aan Orbis voor €2 miljard.", ["Vela", "Orbis"],
     [("acquisition", "Orbis", "Vela", 2 * B, "EUR")]),
    ("other_business_sold_without_owner", "en", "Vela sold the plants to Orbis.", ["Vela", "Orbis"], []),
    # --- a whole takeover with no price of its own is worth the valuation stated with it; a
    # part of a company is not, and a round never is
    ("takeover_at_its_valuation", "en",
     "Vela was taken over by Orbis in March in an all-stock transaction that valued Vela at $33 billion.",
     ["Vela", "Orbis"], [("acquisition", "Orbis", "Vela", 33 * B, "USD")]),
    ("takeover_at_its_valuation", "nl",
     "Orbis nam Vela over in een transactie die het bedrijf op $33 miljard waardeerde.",
     ["Vela", "Orbis"], [("acquisition", "Orbis", "Vela", 33 * B, "USD")]),
    ("part_not_at_its_valuation", "en", "Orbis bought 51% of Vela in a deal that valued Vela at $8 billion.",
     ["Vela", "Orbis"], [("acquisition", "Orbis", "Vela", None, None)]),
    ("round_not_at_its_valuation", "en", "Orbis invested in Vela at a valuation of $8 billion.",
     ["Vela", "Orbis"], [("investment", "Orbis", "Vela", None, None)]),
    # --- partners: the verb needs its "with"; partners named before the noun join the subject
    ("partners_noun_is_no_verb", "en",
     "Vela formed a joint venture with Orbis and has kept it open to further partners.", ["Vela", "Orbis"],
     [("joint_venture", "Vela", "Orbis", None, None)]),
    ("partnered_with", "en", "Vela partnered with Orbis on 6G.", ["Vela", "Orbis"],
     [("joint_venture", "Vela", "Orbis", None, None)]),
    ("founding_partners_before", "en",
     "Vela has launched a programme to build AI infrastructure, with Orbis and Kestrel as founding partners, "
     "in the clearest sign yet.", ["Vela", "Orbis", "Kestrel"],
     [("joint_venture", "Vela", "Orbis", None, None), ("joint_venture", "Vela", "Kestrel", None, None)]),
    # --- one amount issued by several issuers is their sum, no issue of each; it does not stand
    # beside each one's own issue
    ("issuers_sum", "en", "Vela sold $18 billion of bonds in May. Vela, Orbis and Kestrel have together sold "
     "nearly $90 billion of bonds since then.", ["Vela", "Orbis", "Kestrel"],
     [("issuance", "Vela", None, 18 * B, "USD"), ("issuance", "Orbis", None, None, None),
      ("issuance", "Kestrel", None, None, None)]),
    # --- a colon starts a new statement: a negation before it does not reach past it
    ("negation_before_colon", "en", "Further takeovers cannot be ruled out: Vela, owned by Orbis, is a target.",
     ["Vela", "Orbis"], [("stake", "Orbis", "Vela", None, None)]),
    # --- a verb of owning with a company as its object is a holding without a percentage
    ("owns_company", "en", "Orbis already owns Vela through a subsidiary.", ["Orbis", "Vela"],
     [("stake", "Orbis", "Vela", None, None)]),
    ("owns_company", "nl", "Orbis bezit Vela al sinds 2019.", ["Orbis", "Vela"],
     [("stake", "Orbis", "Vela", None, None)]),
    ("owns_company_over_nationality", "nl", "Orbis bezit het Chinese techconcern Vela al jaren.", ["Orbis", "Vela"],
     [("stake", "Orbis", "Vela", None, None)]),
    ("owns_no_company", "en", "Orbis now owns the know-how to build racks, a model Vela uses.", ["Orbis", "Vela"], []),
    # --- a description naming a kind of company prefers an earlier company of that kind
    # (reference data: Blue Owl Capital is private credit, Applied Digital is none of these)
    ("description_of_a_kind", "nl",
     "Blue Owl Capital is een van de grootste spelers. Applied Digital bouwt datacenters in North Dakota. "
     "De vermogensbeheerder investeerde $5 miljard in Applied Digital.",
     ["Blue Owl Capital", "Applied Digital"], [("investment", "Blue Owl Capital", "Applied Digital", 5 * B, "USD")]),
    # --- a deal next in a series, with no deal word of its own, is of the type of the one before
    ("sequel_by_subject", "nl", "Orbis investeerde $5 miljard in Vela. Kestrel volgde in maart met $2 miljard.",
     ["Orbis", "Vela", "Kestrel"],
     [("investment", "Orbis", "Vela", 5 * B, "USD"), ("investment", "Kestrel", "Vela", 2 * B, "USD")]),
    ("sequel_by_subject", "en", "Orbis invested $5 billion in Vela. Kestrel followed in March with $2 billion.",
     ["Orbis", "Vela", "Kestrel"],
     [("investment", "Orbis", "Vela", 5 * B, "USD"), ("investment", "Kestrel", "Vela", 2 * B, "USD")]),
    ("sequel_with_partner", "nl",
     "Nimbus Cloud tekende een contract om GPU-capaciteit te leveren aan Microsoft. "
     "Twee maanden later volgde een contract van 3 miljard dollar met Meta.", ["Nimbus Cloud", "Microsoft", "Meta"],
     [("lease", "Nimbus Cloud", "Microsoft", None, None), ("lease", "Nimbus Cloud", "Meta", 3 * B, "USD")]),
    ("sequel_with_partner", "en",
     "Nimbus Cloud signed a contract to supply GPU capacity to Microsoft. "
     "Two months later a $3 billion contract with Meta followed.", ["Nimbus Cloud", "Microsoft", "Meta"],
     [("lease", "Nimbus Cloud", "Microsoft", None, None), ("lease", "Nimbus Cloud", "Meta", 3 * B, "USD")]),
    ("sequel_list", "nl", "Orbis investeerde $100 miljard in Vela. Binnen een paar weken volgden $5 miljard voor "
     "Kestrel, $2 miljard voor Lumen en $500 miljoen voor Tarn.", ["Orbis", "Vela", "Kestrel", "Lumen", "Tarn"],
     [("investment", "Orbis", "Vela", 100 * B, "USD"), ("investment", "Orbis", "Kestrel", 5 * B, "USD"),
      ("investment", "Orbis", "Lumen", 2 * B, "USD"), ("investment", "Orbis", "Tarn", 500 * M, "USD")]),
    ("sequel_list", "en", "Orbis invested $100 billion in Vela. Within weeks there followed $5 billion for Kestrel, "
     "$2 billion for Lumen and $500 million for Tarn.", ["Orbis", "Vela", "Kestrel", "Lumen", "Tarn"],
     [("investment", "Orbis", "Vela", 100 * B, "USD"), ("investment", "Orbis", "Kestrel", 5 * B, "USD"),
      ("investment", "Orbis", "Lumen", 2 * B, "USD"), ("investment", "Orbis", "Tarn", 500 * M, "USD")]),
    ("sequel_passive_is_none", "en",
     "Orbis invested $5 billion in Vela. The news was followed by a rally that added $20 billion to Kestrel.",
     ["Orbis", "Vela", "Kestrel"], [("investment", "Orbis", "Vela", 5 * B, "USD")]),
    # --- a Dutch purpose phrase starts at "om": the company in it is no party of the loan
    ("purpose_opener", "nl",
     "Vela sloot vorig jaar een kredietfaciliteit van $7,5 miljard onder leiding van Kestrel. In juli volgde "
     "een lening van $2,6 miljard, geregeld door Orbis, om de uitbreiding voor OpenAI te betalen.",
     ["Vela", "Kestrel", "Orbis", "OpenAI"],
     [("financing", "Kestrel", "Vela", 7.5 * B, "USD"), ("financing", "Orbis", "Vela", 2.6 * B, "USD")]),
    # --- a deal noun a purpose phrase pays for is spending, not the deal named before
    ("paid_for_is_no_deal", "nl", "Orbis investeerde $5 miljard in Vela. Kestrel haalde daarna $2 miljard op bij "
     "beleggers om investeringen in het net te betalen.", ["Orbis", "Vela", "Kestrel"],
     [("investment", "Orbis", "Vela", 5 * B, "USD")]),
    ("paid_for_is_no_deal", "en", "Orbis invested $5 billion in Vela. Kestrel then raised $2 billion from investors "
     "to pay for grid investment in the UK.", ["Orbis", "Vela", "Kestrel"],
     [("investment", "Orbis", "Vela", 5 * B, "USD")]),
    # --- the owner of what lenders lend for is the borrower
    ("owner_of_purpose", "nl", "Een groep banken onder leiding van Kestrel verstrekt $38 miljard aan leningen "
     "voor twee campussen van Vela.", ["Kestrel", "Vela"], [("financing", "Kestrel", "Vela", 38 * B, "USD")]),
    ("owner_of_purpose", "en", "A group of banks led by Kestrel is providing $38 billion of loans for two "
     "campuses of Vela.", ["Kestrel", "Vela"], [("financing", "Kestrel", "Vela", 38 * B, "USD")]),
    # --- in English a company right after a verb is its object, neither the subject of the deal
    # nor the company a later description stands for
    ("object_of_verb", "en", "Orbis invested $2 billion in Kestrel in May. On Tuesday it added Vela to the list, "
     "agreeing to invest as much as $10 billion in the company.", ["Orbis", "Kestrel", "Vela"],
     [("investment", "Orbis", "Kestrel", 2 * B, "USD"), ("investment", "Orbis", "Vela", 10 * B, "USD")]),
    ("object_of_verb", "en", "Kestrel Bank bought Tarn last year. The Dutch state, which rescued Vela Bank in "
     "2008, still owns about 30% of the bank.", ["Kestrel Bank", "Tarn", "Vela Bank"],
     [("acquisition", "Kestrel Bank", "Tarn", None, None)]),
    # --- a person's possessive name between a preposition and its company ("to Elon Musk's xAI");
    # a hyphenated description in three tokens ("the start-up")
    ("possessive_person", "en", "Orbis has committed up to $100 billion to Vela and up to $2 billion to Elon "
     "Musk's Kestrel. On Tuesday it added Tarn to the list, agreeing to invest $1 billion in the start-up.",
     ["Orbis", "Vela", "Kestrel", "Tarn"],
     [("investment", "Orbis", "Vela", 100 * B, "USD"), ("investment", "Orbis", "Kestrel", 2 * B, "USD"),
      ("investment", "Orbis", "Tarn", 1 * B, "USD")]),
    # --- companies given as examples of holders act for them; companies listed as participants
    # or lenders take part in the deal of that type just before, with no amount of their own
    ("holder_examples", "nl", "Vela haalde €1,7 miljard op in een ronde onder leiding van Orbis. Ook bestaande "
     "aandeelhouders als Kestrel en Tarn schreven opnieuw in.", ["Vela", "Orbis", "Kestrel", "Tarn"],
     [("investment", "Orbis", "Vela", 1.7 * B, "EUR"), ("investment", "Kestrel", "Vela", None, None),
      ("investment", "Tarn", "Vela", None, None)]),
    ("holder_examples", "en", "Vela raised €1.7 billion in a round led by Orbis. Existing shareholders such as "
     "Kestrel and Tarn also took part.", ["Vela", "Orbis", "Kestrel", "Tarn"],
     [("investment", "Orbis", "Vela", 1.7 * B, "EUR"), ("investment", "Kestrel", "Vela", None, None),
      ("investment", "Tarn", "Vela", None, None)]),
    ("listed_participants", "nl", "Vela haalde €1,7 miljard op in een ronde onder leiding van Orbis. Andere "
     "deelnemers waren onder meer Kestrel en Tarn.", ["Vela", "Orbis", "Kestrel", "Tarn"],
     [("investment", "Orbis", "Vela", 1.7 * B, "EUR"), ("investment", "Kestrel", "Vela", None, None),
      ("investment", "Tarn", "Vela", None, None)]),
    ("listed_participants", "en", "Vela raised €1.7 billion in a round led by Orbis. Other participants included "
     "Kestrel and Tarn.", ["Vela", "Orbis", "Kestrel", "Tarn"],
     [("investment", "Orbis", "Vela", 1.7 * B, "EUR"), ("investment", "Kestrel", "Vela", None, None),
      ("investment", "Tarn", "Vela", None, None)]),
    ("listed_lenders", "en", "Vela borrowed $2 billion in May. Lenders included Kestrel and Tarn.",
     ["Vela", "Kestrel", "Tarn"],
     [("financing", "Kestrel", "Vela", None, None), ("financing", "Tarn", "Vela", None, None)]),
    ("listed_without_deal", "en", "Vela builds data centres. Investors include Kestrel and Tarn.",
     ["Vela", "Kestrel", "Tarn"], []),
    # --- a description stands for what its paragraph is about (the subject that opens it), else
    # for the company a "Name: ..." heading opens its section with, over the latest subject
    ("section_heading", "en", "Miners turn landlords\n\nVela: from mining to AI\n\nIn May Vela leased its "
     "campus to Tarn for ten years. Kestrel backstopped $1.8 billion of Tarn's obligations.\n\nTo pay for the "
     "build, the company sold $3.2 billion of bonds.", ["Vela", "Tarn", "Kestrel"],
     [("lease", "Vela", "Tarn", None, None), ("guarantee", "Kestrel", "Tarn", 1.8 * B, "USD"),
      ("issuance", "Vela", None, 3.2 * B, "USD")]),
    ("section_heading", "nl", "Miners worden verhuurders\n\nVela: van mijnbouw naar AI\n\nIn mei verhuurde "
     "Vela zijn campus voor tien jaar aan Tarn. Kestrel stond borg voor $1,8 miljard van de verplichtingen van "
     "Tarn.\n\nOm de bouw te betalen, verkocht het bedrijf voor $3,2 miljard aan obligaties.",
     ["Vela", "Tarn", "Kestrel"],
     [("lease", "Vela", "Tarn", None, None), ("guarantee", "Kestrel", "Tarn", 1.8 * B, "USD"),
      ("issuance", "Vela", None, 3.2 * B, "USD")]),
    ("paragraph_subject", "en", "Vela signed a five-year lease with Kestrel. The contract is worth $9.7 billion, "
     "and Kestrel will pay 20% of it upfront. To fill the halls, the company has agreed to buy servers from "
     "Tarn for $5.8 billion.", ["Vela", "Tarn", "Kestrel"],
     [("lease", "Vela", "Kestrel", 9.7 * B, "USD"), ("purchase_commitment", "Vela", "Tarn", 5.8 * B, "USD")]),
    # (and a Dutch subject right after its buying verb is not what it buys)
    ("paragraph_subject", "nl", "Vela sloot een huurcontract van vijf jaar met Kestrel. Het contract is $9,7 "
     "miljard waard en Kestrel betaalt 20% daarvan vooraf. Om de hallen te vullen, kocht het bedrijf voor $5,8 "
     "miljard aan servers bij Tarn.", ["Vela", "Tarn", "Kestrel"],
     [("lease", "Vela", "Kestrel", 9.7 * B, "USD"), ("purchase_commitment", "Vela", "Tarn", 5.8 * B, "USD")]),
    ("paragraph_over_section", "en", "Deal makers in Europe\n\nTarn: the big bet\n\nIn October Vela bought Tarn "
     "for €4 billion.\n\nTo win approval, Vela had to give ground. The company holds a 27% stake in Kestrel.",
     ["Vela", "Tarn", "Kestrel"],
     [("acquisition", "Vela", "Tarn", 4 * B, "EUR"), ("stake", "Vela", "Kestrel", None, None)]),
    ("paragraph_over_section", "nl", "Overnames in Europa\n\nTarn: de grote gok\n\nIn oktober nam Vela Tarn over "
     "voor €4 miljard.\n\nOm goedkeuring te krijgen, moest Vela toegeven. Het bedrijf houdt een belang van 27% "
     "in Kestrel.", ["Vela", "Tarn", "Kestrel"],
     [("acquisition", "Vela", "Tarn", 4 * B, "EUR"), ("stake", "Vela", "Kestrel", None, None)]),
    # --- a description acting on a deal named before ("raised the guarantee") stands for its maker,
    # over what the paragraph is about
    ("maker_of_deal", "nl", "Vela was in augustus de eerste. Kestrel stond aanvankelijk garant voor $1,8 miljard "
     "aan huurverplichtingen van Tarn. Na een uitbreiding van het contract verhoogde het bedrijf de garantie naar "
     "$3,2 miljard.", ["Vela", "Tarn", "Kestrel"],
     [("guarantee", "Kestrel", "Tarn", 1.8 * B, "USD"), ("guarantee", "Kestrel", "Tarn", 3.2 * B, "USD")]),
    ("maker_of_deal", "en", "Vela was the first, in August. Kestrel initially guaranteed $1.8 billion of Tarn's "
     "lease payments. After the contract was extended, the company raised the guarantee to $3.2 billion.",
     ["Vela", "Tarn", "Kestrel"],
     [("guarantee", "Kestrel", "Tarn", 1.8 * B, "USD"), ("guarantee", "Kestrel", "Tarn", 3.2 * B, "USD")]),
    # --- the rest of a venture left unnamed is held in it too ("while Meta keeps 20%")
    ("venture_rest", "en", "Funds managed by Vela hold 80% of the venture. Kestrel keeps the remaining 20% and "
     "will act as developer.", ["Vela", "Kestrel"],
     [("stake", "Vela", None, None, None), ("stake", "Kestrel", None, None, None)]),
    ("venture_rest", "nl", "Fondsen beheerd door Vela bezitten 80% van de joint venture. Kestrel houdt de overige "
     "20% en treedt op als ontwikkelaar.", ["Vela", "Kestrel"],
     [("stake", "Vela", None, None, None), ("stake", "Kestrel", None, None, None)]),
    ("venture_rest", "en", "Vela funds own 80% of the project, while Kestrel keeps 20%.", ["Vela", "Kestrel"],
     [("stake", "Vela", None, None, None), ("stake", "Kestrel", None, None, None)]),
    ("venture_rest", "nl", "Vela bezit 80% van het project, terwijl Kestrel de overige 20% houdt.",
     ["Vela", "Kestrel"], [("stake", "Vela", None, None, None), ("stake", "Kestrel", None, None, None)]),
    ("company_rest", "en", "Vela owns 80% of Tarn. Kestrel keeps the remaining 20%.", ["Vela", "Tarn", "Kestrel"],
     [("stake", "Vela", "Tarn", None, None), ("stake", "Kestrel", "Tarn", None, None)]),
    # --- "the shares" with no company named are those of the company the text names most
    ("shares_of_text", "nl", "Vela krijgt een bod van Tarn. Het bestuur van Vela steunt het bod. Grootaandeelhouder "
     "Kestrel bezit ongeveer 68% van de aandelen en zegde toe die aan te bieden.", ["Vela", "Tarn", "Kestrel"],
     [("acquisition", "Tarn", "Vela", None, None), ("stake", "Kestrel", "Vela", None, None)]),
    ("shares_of_text", "en", "Vela has received a bid from Tarn. The board of Vela backs the offer. Its main "
     "shareholder Kestrel owns about 68% of the shares and has agreed to tender them.", ["Vela", "Tarn", "Kestrel"],
     [("acquisition", "Tarn", "Vela", None, None), ("stake", "Kestrel", "Vela", None, None)]),
    ("share_price_rise", "nl", "Vela is een speculatieve positie: als het Tarn-belang wordt verzilverd, kan het "
     "aandeel 15 tot 20 procent oplopen.", ["Vela", "Tarn"], []),
    # --- a stake received is held by the one receiving it
    ("stake_received", "nl", "Vela krijgt daarbij een belang van ongeveer 5,4 procent in Tarn.", ["Vela", "Tarn"],
     [("stake", "Vela", "Tarn", None, None)]),
    ("stake_received", "en", "Vela received a 5% stake in Tarn.", ["Vela", "Tarn"],
     [("stake", "Vela", "Tarn", None, None)]),
    # --- passive sales with the seller as agent, and to the members of a consortium
    ("passive_sale_consortium", "nl", "Vela werd in 2017 door Tarn verkocht aan een consortium van Kestrel en Orbis, "
     "voor $2,75 miljard.", ["Vela", "Tarn", "Kestrel", "Orbis"],
     [("acquisition", "Kestrel", "Vela", 2.75 * B, "USD"), ("acquisition", "Orbis", "Vela", 2.75 * B, "USD")]),
    ("passive_sale_consortium", "en", "Vela was sold by Tarn in 2017 to a consortium of Kestrel and Orbis.",
     ["Vela", "Tarn", "Kestrel", "Orbis"],
     [("acquisition", "Kestrel", "Vela", None, None), ("acquisition", "Orbis", "Vela", None, None)]),
    ("passive_sale_by_seller", "en", "Vela was sold by Tarn to Kestrel for $2.75 billion.", ["Vela", "Tarn", "Kestrel"],
     [("acquisition", "Kestrel", "Vela", 2.75 * B, "USD")]),
    # --- an opening phrase is no party ("Outside Belgium,"); a Dutch subject right after its
    # verb sells its own part ("In juli verkocht Vela zijn divisie")
    ("opening_phrase", "en", "Outside Belgium, Vela sold its Dutch business to Kestrel for $2 billion.",
     ["Vela", "Kestrel", "Belgium"], [("acquisition", "Kestrel", "Vela", 2 * B, "USD")]),
    ("opening_phrase", "nl", "Buiten België verkocht Vela zijn Nederlandse divisie aan Kestrel voor $2 miljard.",
     ["Vela", "Kestrel", "België"], [("acquisition", "Kestrel", "Vela", 2 * B, "USD")]),
    ("own_part_after_inversion", "nl", "In juli verkocht Vela zijn Nederlandse divisie aan Kestrel.", ["Vela", "Kestrel"],
     [("acquisition", "Kestrel", "Vela", None, None)]),
    # --- an amount between a receiving verb and its deal noun does not hide the verb
    ("received_with_amount", "en", "Vela obtained a $500 million GPU-backed facility from Kestrel in 2024.",
     ["Vela", "Kestrel"], [("financing", "Kestrel", "Vela", 500 * M, "USD")]),
    # --- plural references stand for the organisations last named together, as many as they count
    ("plural_reference", "nl", "Vela en Tarn richtten in 2020 een joint venture op. Beide partners houden 50% van Kestrel.",
     ["Vela", "Tarn", "Kestrel"], [("joint_venture", "Vela", "Tarn", None, None),
                                   ("stake", "Vela", "Kestrel", None, None), ("stake", "Tarn", "Kestrel", None, None)]),
    ("plural_reference", "en", "Vela and Tarn set up a joint venture in 2020. Both partners hold 50% of Kestrel.",
     ["Vela", "Tarn", "Kestrel"], [("joint_venture", "Vela", "Tarn", None, None),
                                   ("stake", "Vela", "Kestrel", None, None), ("stake", "Tarn", "Kestrel", None, None)]),
    ("plural_count", "nl", "Vela bezit 10% van Kestrel, de fabriek die Tarn samen met Lumo, Orbis en Vela bouwt. Tarn "
     "heeft 70% van de aandelen, de drie Europese partners elk 10%.", ["Vela", "Tarn", "Kestrel", "Lumo", "Orbis"],
     [("stake", "Vela", "Kestrel", None, None), ("joint_venture", "Tarn", "Lumo", None, None),
      ("joint_venture", "Tarn", "Orbis", None, None), ("joint_venture", "Tarn", "Vela", None, None),
      ("stake", "Tarn", "Kestrel", None, None), ("stake", "Lumo", "Kestrel", None, None),
      ("stake", "Orbis", "Kestrel", None, None)]),
    ("plural_count", "en", "Vela owns 10% of Kestrel, a plant that Tarn is building together with Lumo, Orbis and Vela. "
     "Tarn holds 70% of the shares, the three European partners 10% each.", ["Vela", "Tarn", "Kestrel", "Lumo", "Orbis"],
     [("stake", "Vela", "Kestrel", None, None), ("joint_venture", "Tarn", "Lumo", None, None),
      ("joint_venture", "Tarn", "Orbis", None, None), ("joint_venture", "Tarn", "Vela", None, None),
      ("stake", "Tarn", "Kestrel", None, None), ("stake", "Lumo", "Kestrel", None, None),
      ("stake", "Orbis", "Kestrel", None, None)]),
    ("plural_count_mismatch", "nl", "Vela, Tarn en Lumo bouwen een fabriek. Beide partners houden 50% van Kestrel.",
     ["Vela", "Tarn", "Kestrel", "Lumo"], []),
    ("plural_count_mismatch", "en", "Vela, Tarn and Lumo are building a plant. Both partners hold 50% of Kestrel.",
     ["Vela", "Tarn", "Kestrel", "Lumo"], []),
    ("plural_bare", "en", "The Vela Fund and Tarn prefer to follow. Both took part in Orbis's $13 billion Series F in "
     "September.", ["Vela Fund", "Tarn", "Orbis"],
     [("investment", "Vela Fund", "Orbis", None, None), ("investment", "Tarn", "Orbis", None, None)]),
    ("plural_bare", "nl", "Het Vela Fonds en Tarn volgen liever. Beide deden mee aan de financieringsronde van $13 "
     "miljard van Orbis.", ["Vela Fonds", "Tarn", "Orbis"],
     [("investment", "Vela Fonds", "Orbis", None, None), ("investment", "Tarn", "Orbis", None, None)]),
    ("plural_in_project", "nl", "Vela en Tarn richtten een joint venture op onder de naam Kestrel Park, waarin beide "
     "partijen elk 50% houden.", ["Vela", "Tarn", "Kestrel Park"],
     [("joint_venture", "Vela", "Tarn", None, None), ("stake", "Vela", "Kestrel Park", None, None),
      ("stake", "Tarn", "Kestrel Park", None, None)]),
    ("plural_in_project", "en", "Vela and Tarn set up a joint venture called Kestrel Park, in which both parties hold "
     "50% each.", ["Vela", "Tarn", "Kestrel Park"],
     [("joint_venture", "Vela", "Tarn", None, None), ("stake", "Vela", "Kestrel Park", None, None),
      ("stake", "Tarn", "Kestrel Park", None, None)]),
    ("share_of_project", "nl", "Vela richtte voor Kestrel Park een joint venture op met Tarn, die 80% van het project "
     "bezit.", ["Vela", "Tarn", "Kestrel Park"],
     [("joint_venture", "Vela", "Tarn", None, None), ("stake", "Tarn", "Kestrel Park", None, None)]),
    ("plural_of_sentence", "nl", "Lumo en Orbis kochten aandelen. Vela neemt daarmee 4 procent van Tarn in handen, en de "
     "twee bedrijven richten samen een joint venture op.", ["Vela", "Tarn", "Lumo", "Orbis"],
     [("stake", "Vela", "Tarn", None, None), ("joint_venture", "Vela", "Tarn", None, None)]),
    ("plural_venture", "en", "Vela and Tarn are old allies. The two companies set up a joint venture last year.",
     ["Vela", "Tarn"], [("joint_venture", "Vela", "Tarn", None, None)]),
    # --- a stake bought from its seller is held by the buyer; the seller is not taken over
    ("stake_bought_from_seller", "en", "Vela bought a 25% stake in Kestrel from Tarn for €1.9 billion.",
     ["Vela", "Tarn", "Kestrel"], [("stake", "Vela", "Kestrel", 1.9 * B, "EUR")]),
    ("stake_bought_from_seller", "nl", "Vela neemt het belang van 25% in Kestrel over van Tarn, voor €1,9 miljard.",
     ["Vela", "Tarn", "Kestrel"], [("stake", "Vela", "Kestrel", 1.9 * B, "EUR")]),
    ("stake_of_seller_bought", "en", "Vela is buying Tarn's 25% stake in Kestrel for €1.9 billion.",
     ["Vela", "Tarn", "Kestrel"], [("stake", "Vela", "Kestrel", 1.9 * B, "EUR")]),
    ("stake_of_seller_bought", "nl", "Vela koopt het belang van 25% van Tarn in Kestrel voor €1,9 miljard.",
     ["Vela", "Tarn", "Kestrel"], [("stake", "Vela", "Kestrel", 1.9 * B, "EUR")]),
    ("company_and_stake_bought", "en", "Vela bought Tarn for €1.9 billion, and a stake in Kestrel.",
     ["Vela", "Tarn", "Kestrel"], [("acquisition", "Vela", "Tarn", 1.9 * B, "EUR")]),
    # --- the rest of the shares held by those an ownership phrase names, in the company just named
    ("rest_held_by", "nl", "Kestrel wordt een bv, waarin Vela 26% houdt. De overige aandelen zijn in handen van "
     "werknemers en investeerders als Tarn, Lumo en Orbis.", ["Vela", "Tarn", "Kestrel", "Lumo", "Orbis"],
     [("stake", "Vela", "Kestrel", None, None), ("stake", "Tarn", "Kestrel", None, None),
      ("stake", "Lumo", "Kestrel", None, None), ("stake", "Orbis", "Kestrel", None, None)]),
    ("rest_held_by", "nl", "Vela houdt 27% van Kestrel. De overige aandelen zijn in handen van Tarn.",
     ["Vela", "Tarn", "Kestrel"], [("stake", "Vela", "Kestrel", None, None), ("stake", "Tarn", "Kestrel", None, None)]),
    ("shares_held_unnamed", "nl", "De aandelen zijn in handen van Tarn.", ["Tarn"], []),
    # --- listed holders sharing one share in a gapped clause
    ("gapped_listed_holders", "nl", "Kestrel wordt gebouwd. Vela heeft 70% van de aandelen, Tarn en Lumo elk 15%.",
     ["Vela", "Tarn", "Kestrel", "Lumo"], [("stake", "Vela", "Kestrel", None, None),
                                          ("stake", "Tarn", "Kestrel", None, None), ("stake", "Lumo", "Kestrel", None, None)]),
    ("gapped_listed_holders", "en", "Kestrel is being built. Vela holds 70% of the shares, Tarn and Lumo 15% each.",
     ["Vela", "Tarn", "Kestrel", "Lumo"], [("stake", "Vela", "Kestrel", None, None),
                                          ("stake", "Tarn", "Kestrel", None, None), ("stake", "Lumo", "Kestrel", None, None)]),
    # --- Dutch "het" after a deal verb, before an amount, is a pronoun
    ("pronoun_after_verb", "nl", "Vela bouwt datacenters. In juni betaalde het $14,3 miljard voor een belang van 49% in "
     "Kestrel.", ["Vela", "Kestrel"], [("stake", "Vela", "Kestrel", 14.3 * B, "USD")]),
    # --- a participle with its agent right after it, after a company and a comma, is passive
    ("reduced_passive", "en", "Tarn, acquired by Vela for $4.9B earlier this year, has already been split.",
     ["Vela", "Tarn"], [("acquisition", "Vela", "Tarn", 4.9 * B, "USD")]),
    ("reduced_passive", "nl", "Tarn, vorig jaar overgenomen door Vela voor $4,9 miljard, is inmiddels opgesplitst.",
     ["Vela", "Tarn"], [("acquisition", "Vela", "Tarn", 4.9 * B, "USD")]),
    ("round_led_by", "en", "Tarn raised $2 billion in a round led by Orbis, with Vela also taking part.",
     ["Vela", "Tarn", "Orbis"], [("investment", "Orbis", "Tarn", 2 * B, "USD"), ("investment", "Vela", "Tarn", None, None)]),
    # --- a passive's agents listed together all take part, amount and all
    ("passive_listed_agents", "en", "Tarn was bought by Vela and Orbis for A$24 billion last year.",
     ["Vela", "Tarn", "Orbis"], [("acquisition", "Vela", "Tarn", 24 * B, "AUD"),
                                 ("acquisition", "Orbis", "Tarn", 24 * B, "AUD")]),
    ("passive_listed_agents", "nl", "Tarn werd vorig jaar door Vela en Orbis gekocht voor A$24 miljard.",
     ["Vela", "Tarn", "Orbis"], [("acquisition", "Vela", "Tarn", 24 * B, "AUD"),
                                 ("acquisition", "Orbis", "Tarn", 24 * B, "AUD")]),
    # --- newly issued shares of a company: it issues them to whoever takes them up
    ("newly_issued_shares", "en", "Vela makes chips. The US chipmaker will subscribe for about 166 million newly issued "
     "Tarn shares at $6.01 each, giving it a holding of about 2.9%.", ["Vela", "Tarn", "US"],
     [("investment", "Vela", "Tarn", None, None), ("issuance", "Tarn", "Vela", None, None),
      ("stake", "Vela", "Tarn", None, None)]),
    ("newly_issued_shares", "nl", "Vela neemt 166 miljoen nieuw uitgegeven aandelen Tarn af tegen $6,01 per stuk.",
     ["Vela", "Tarn"], [("issuance", "Tarn", "Vela", None, None)]),
    ("shares_issued_to", "en", "Vela issued Tarn shares worth $2 billion.", ["Vela", "Tarn"],
     [("issuance", "Vela", "Tarn", 2 * B, "USD")]),
    # --- a stake that a purchase brings is the buyer's
    ("stake_from_purchase", "nl", "Vela koopt 166 miljoen nieuwe aandelen Tarn tegen $6,01 per stuk en krijgt daarmee "
     "een belang van circa 2,9%.", ["Vela", "Tarn"],
     [("investment", "Vela", "Tarn", None, None), ("stake", "Vela", "Tarn", None, None)]),
    # --- a gapped item with a target of its own
    ("gapped_own_target", "en", "Vela invested $5 billion in Kestrel and Tarn $10 billion in Orbis.",
     ["Vela", "Tarn", "Kestrel", "Orbis"], [("investment", "Vela", "Kestrel", 5 * B, "USD"),
                                            ("investment", "Tarn", "Orbis", 10 * B, "USD")]),
    ("gapped_own_target", "nl", "Vela investeert $5 miljard in Kestrel en Tarn $10 miljard in Orbis.",
     ["Vela", "Tarn", "Kestrel", "Orbis"], [("investment", "Vela", "Kestrel", 5 * B, "USD"),
                                            ("investment", "Tarn", "Orbis", 10 * B, "USD")]),
    ("gapped_shared_target", "en", "Vela will invest up to $5 billion and Tarn up to $10 billion in Kestrel.",
     ["Vela", "Tarn", "Kestrel"], [("investment", "Vela", "Kestrel", 5 * B, "USD"),
                                   ("investment", "Tarn", "Kestrel", 10 * B, "USD")]),
    # --- a stake that gives control, taken, is a takeover; held, it stays a holding
    ("majority_stake_taken", "en", "Vela bought a majority stake in Tarn for $2 billion.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", 2 * B, "USD")]),
    ("majority_stake_taken", "en", "Vela agreed to buy a controlling stake in Tarn, the Mumbai bank, from Orbis.",
     ["Vela", "Tarn", "Orbis"], [("acquisition", "Vela", "Tarn", None, None)]),
    ("majority_stake_taken", "nl", "Vela nam in augustus een meerderheidsbelang in Tarn.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", None, None)]),
    ("majority_stake_held", "en", "Vela holds a majority stake in Tarn.", ["Vela", "Tarn"],
     [("stake", "Vela", "Tarn", None, None)]),
    ("majority_stake_held", "nl", "Vela houdt een meerderheidsbelang in Tarn.", ["Vela", "Tarn"],
     [("stake", "Vela", "Tarn", None, None)]),
    # --- a party named in an apposition to the subject describes it and takes no part
    ("apposition_no_party", "nl", "Vela, de investeringsholding van de familie Tarn, kocht toen een belang van 15% "
     "voor €2,6 miljard.", ["Vela", "Tarn"], []),
    ("apposition_no_party", "nl", "Vela, de investeringsholding van de familie Tarn, bezit 68% van Kestrel.",
     ["Vela", "Tarn", "Kestrel"], [("stake", "Vela", "Kestrel", None, None)]),
    # --- assets sold: the buyer acquires them from the seller; shares, bonds or goods are no takeover
    ("assets_sold", "en", "Vela sold four aircraft to Tarn for $400 million.", ["Vela", "Tarn"],
     [("acquisition", "Tarn", "Vela", 400 * M, "USD")]),
    ("assets_sold", "nl", "Vela verkocht drie distributiecentra voor € 275 miljoen aan Tarn.", ["Vela", "Tarn"],
     [("acquisition", "Tarn", "Vela", 275 * M, "EUR")]),
    ("bonds_sold", "en", "Vela sold $2 billion of bonds to Tarn.", ["Vela", "Tarn"],
     [("issuance", "Vela", "Tarn", 2 * B, "USD")]),
    ("goods_sold", "en", "Vela sold GPUs to Tarn for $2 billion.", ["Vela", "Tarn"], []),
    # --- lenders leading a group ("onder aanvoering van") act for it
    ("group_led_by", "nl", "Een club van elf banken onder aanvoering van Vela en Tarn verstrekt €3,4 miljard "
     "aan Kestrel.", ["Vela", "Tarn", "Kestrel"], [("financing", "Vela", "Kestrel", 3400 * M, "EUR"),
                                                 ("financing", "Tarn", "Kestrel", 3400 * M, "EUR")]),
    # --- a country and a verb-like word inside a description before the name
    ("description_with_country", "en", "Vela's $2.3 billion takeover of the US optical networking group Tarn "
     "closed in February.", ["Vela", "Tarn", "US"], [("acquisition", "Vela", "Tarn", 2300 * M, "USD")]),
    # --- a comma, a list word and a verb open a clause with roles of its own
    ("next_clause_own_roles", "nl", "Vela verkocht eerder windparkbouwer Parkwind aan het Japanse JERA, voor €1,55 "
     "miljard, en deed vorig jaar zijn Franse winkels van de hand aan Orbis.", ["Vela", "Parkwind", "JERA", "Orbis"],
     [("acquisition", "JERA", "Parkwind", 1550 * M, "EUR"), ("acquisition", "Orbis", "Vela", None, None)]),
    ("next_clause_own_roles", "en", "Vela sold its stake in Tarn to Orbis, and sold its Dutch stores to Kestrel "
     "for €500 million.", ["Vela", "Tarn", "Orbis", "Kestrel"],
     [("stake", "Orbis", "Tarn", None, None), ("acquisition", "Kestrel", "Vela", 500 * M, "EUR")]),
    ("own_stake_sold", "en", "Vela sold its stake in Tarn to Orbis.", ["Vela", "Tarn", "Orbis"],
     [("stake", "Orbis", "Tarn", None, None)]),
    ("own_stake_sold", "nl", "Vela verkocht zijn belang in Tarn aan Orbis.", ["Vela", "Tarn", "Orbis"],
     [("stake", "Orbis", "Tarn", None, None)]),
    ("noun_phrase_after_comma_and", "en", "Its cheques include $2 billion for Tarn, and a place in the consortium "
     "that is buying Kestrel.", ["Tarn", "Kestrel"], []),
    ("seller_phrase", "nl", "Vela deed in 2024 zijn Britse windprojecten van de hand aan Tarn, voor £963 miljoen.",
     ["Vela", "Tarn"], [("acquisition", "Tarn", "Vela", 963 * M, "GBP")]),
    # --- a stake held through a vehicle: the vehicle holds it too
    ("held_through_vehicle", "en", "Vela still owns about 30% of Kestrel through the holding company Tarn.",
     ["Vela", "Tarn", "Kestrel"], [("stake", "Vela", "Kestrel", None, None), ("stake", "Tarn", "Kestrel", None, None)]),
    ("held_through_vehicle", "nl", "Vela bezit via beheerder Tarn nog ruim 30 procent van Kestrel.",
     ["Vela", "Tarn", "Kestrel"], [("stake", "Vela", "Kestrel", None, None), ("stake", "Tarn", "Kestrel", None, None)]),
    # --- a product's maker named by the product: the reference data knows who makes it
    ("product_maker", "en", "Vela will invest up to $5 billion in the maker of the Claude chatbot.",
     ["Vela", "Anthropic"], [("investment", "Vela", "Anthropic", 5 * B, "USD")]),
    ("product_maker", "nl", "Vela wil tot $10 miljard in de ChatGPT-maker steken.",
     ["Vela", "OpenAI"], [("investment", "Vela", "OpenAI", 10 * B, "USD")]),
    # --- participants listed three sentences after the deal they joined
    ("participants_later", "en", "Vela invested $400 million in Tarn in September. The start-up makes "
     "sensors for cars. The round valued it at $6 billion. Other participants included Orbis and Kestrel.",
     ["Vela", "Tarn", "Orbis", "Kestrel"],
     [("investment", "Vela", "Tarn", 400 * M, "USD"), ("investment", "Orbis", "Tarn", None, None),
      ("investment", "Kestrel", "Tarn", None, None)]),
    ("participants_later", "nl", "Vela investeerde in september $400 miljoen in Tarn. De start-up maakt "
     "sensoren voor auto's. De ronde waardeerde het bedrijf op $6 miljard. Andere deelnemers waren onder meer "
     "Orbis en Kestrel.", ["Vela", "Tarn", "Orbis", "Kestrel"],
     [("investment", "Vela", "Tarn", 400 * M, "USD"), ("investment", "Orbis", "Tarn", None, None),
      ("investment", "Kestrel", "Tarn", None, None)]),
    # --- a guarantee naming no party backed backs the tenant of the lease just named
    ("guarantee_after_lease", "nl", "Een maand later sloot Orbis een tienjarig huurcontract van $3 miljard met "
     "Tarn. Ook daar staat Vela garant, dit keer voor circa 1,4 miljard dollar.", ["Orbis", "Tarn", "Vela"],
     [("lease", "Orbis", "Tarn", 3 * B, "USD"), ("guarantee", "Vela", "Tarn", 1400 * M, "USD")]),
    ("guarantee_after_lease", "en", "A month later Orbis signed a ten-year lease worth $3 billion with Tarn. "
     "Vela guaranteed about $1.4 billion there as well.", ["Orbis", "Tarn", "Vela"],
     [("lease", "Orbis", "Tarn", 3 * B, "USD"), ("guarantee", "Vela", "Tarn", 1400 * M, "USD")]),
    # --- a day is a time: the preposition before it governs no party after it
    ("opening_day", "nl", "Op dezelfde dag investeerde Vela $2 miljard in Tarn.", ["Vela", "Tarn"],
     [("investment", "Vela", "Tarn", 2 * B, "USD")]),
    ("opening_day", "en", "On the same day Vela invested $2 billion in Tarn.", ["Vela", "Tarn"],
     [("investment", "Vela", "Tarn", 2 * B, "USD")]),
    # --- a promise to buy is a purchase commitment towards the one promised to, no investment
    ("promise_to_buy", "nl", "Vela zegde Tarn toe om vanaf 2027 voor $300 miljard aan rekenkracht af te "
     "nemen.", ["Vela", "Tarn"], [("purchase_commitment", "Vela", "Tarn", 300 * B, "USD")]),
    ("promise_to_buy", "nl", "Daarna zegde Vela Tarn toe om voor $30 miljard aan chips in te kopen.",
     ["Vela", "Tarn"], [("purchase_commitment", "Vela", "Tarn", 30 * B, "USD")]),
    ("promise_to_buy", "en", "Vela has committed to spend $30 billion on chips from Tarn.", ["Vela", "Tarn"],
     [("purchase_commitment", "Vela", "Tarn", 30 * B, "USD")]),
    # a promise of money alone stays an investment
    ("promise_of_money", "nl", "Vela zegde Tarn $3 miljard toe.", ["Vela", "Tarn"],
     [("investment", "Vela", "Tarn", 3 * B, "USD")]),
    # --- what stands for the bonds just issued: its buyers lend to the issuer, each its own amount
    ("issue_reference", "nl", "Vela plaatste $27 miljard aan obligaties; Tarn nam daarvan $18 miljard, "
     "Orbis $3 miljard.", ["Vela", "Tarn", "Orbis"],
     [("issuance", "Vela", None, 27 * B, "USD"), ("financing", "Tarn", "Vela", 18 * B, "USD"),
      ("financing", "Orbis", "Vela", 3 * B, "USD")]),
    ("issue_reference", "en", "Vela sold $27 billion of bonds. Tarn bought $18 billion of them, Orbis "
     "$3 billion.", ["Vela", "Tarn", "Orbis"],
     [("issuance", "Vela", None, 27 * B, "USD"), ("financing", "Tarn", "Vela", 18 * B, "USD"),
      ("financing", "Orbis", "Vela", 3 * B, "USD")]),
    ("bonds_of_issuer_gapped", "en", "Tarn bought $18 billion of Vela's bonds, Orbis $3 billion.",
     ["Vela", "Tarn", "Orbis"],
     [("financing", "Tarn", "Vela", 18 * B, "USD"), ("financing", "Orbis", "Vela", 3 * B, "USD")]),
    # with no issue before, "daarvan" is of something else
    ("issue_reference_without_issue", "nl", "Vela groeide snel. Tarn nam daarvan $18 miljard.",
     ["Vela", "Tarn"], []),
    ("share_price", "en", "Cipher Mining shares rose 20% to about $17.", ["Cipher Mining"], []),
    ("subscription", "nl", "Volg de updates van USMarkets. Nu tot 1 januari voor € 19, abonneer nu.", ["USMarkets"], []),
    ("subscription", "en", "Subscribe to USMarkets now: only $19 for a free trial.", ["USMarkets"], []),
    ("subscription", "en", "- Subscribe from $1 a week to USMarkets for the first three months", ["USMarkets"], []),
    # --- holdings: a bare share after a named holding is in the same company; a country heads
    # "the government of X"; a verb of control with its own object; a noun of control is no verb
    ("stake_bare_share_after_holding", "en",
     "Vela holds about 26% of Orbis. Tarn owns roughly 27%, worth about $9 billion, in return for the $3 billion "
     "it has invested since 2019.", ["Vela", "Orbis", "Tarn"],  # the money it put in went into Orbis too
     [("stake", "Vela", "Orbis", None, None), ("stake", "Tarn", "Orbis", None, None),
      ("investment", "Tarn", "Orbis", 3 * B, "USD")]),
    ("stake_bare_share_after_holding", "nl",
     "Vela houdt ongeveer 26% van Orbis. Tarn bezit zo'n 27%, ter waarde van $9 miljard, in ruil voor de $3 "
     "miljard die het sinds 2019 investeerde.", ["Vela", "Orbis", "Tarn"],
     [("stake", "Vela", "Orbis", None, None), ("stake", "Tarn", "Orbis", None, None),
      ("investment", "Tarn", "Orbis", 3 * B, "USD")]),
    ("stake_government_of", "en", "Anglo wants to sell Orbis, in which the government of Botswana holds 15%.",
     ["Anglo", "Orbis", "Botswana"], [("stake", "Botswana", "Orbis", None, None)]),
    ("stake_government_of", "nl", "Anglo wil Orbis, waarin de regering van Botswana 15% houdt, verkopen.",
     ["Anglo", "Orbis", "Botswana"], [("stake", "Botswana", "Orbis", None, None)]),
    ("loan_to_government_of", "en", "Natixis lent $300 million to the government of Latvia.", ["Natixis", "Latvia"],
     [("financing", "Natixis", "Latvia", 300 * M, "USD")]),
    ("loan_to_government_of", "nl", "Natixis leende $300 miljoen aan de regering van Letland.",
     ["Natixis", "Letland"], [("financing", "Natixis", "Letland", 300 * M, "USD")]),
    ("stake_and_control", "en", "Vela owns about 86% of Tarn and controls Lumo.", ["Vela", "Tarn", "Lumo"],
     [("stake", "Vela", "Tarn", None, None), ("stake", "Vela", "Lumo", None, None)]),
    ("control_noun", "en", "Vela bought control of Tarn in 2018.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", None, None)]),
    ("control_without_company", "en", "Vela controls costs tightly and Tarn controls the market for chips.",
     ["Vela", "Tarn"], []),
    ("shares_after_each_holder", "en",
     "Once the sale closes, Vela will control 65% of Orbis, Tarn will keep 25% and Lumo will retain the "
     "remaining 10%.", ["Vela", "Orbis", "Tarn", "Lumo"],
     [("stake", "Vela", "Orbis", None, None), ("stake", "Tarn", "Orbis", None, None),
      ("stake", "Lumo", "Orbis", None, None)]),
    ("shares_after_each_holder", "nl",
     "Na de verkoop heeft Vela 65% van Orbis, houdt Tarn 25% en behoudt Lumo de overige 10%.",
     ["Vela", "Orbis", "Tarn", "Lumo"],
     [("stake", "Vela", "Orbis", None, None), ("stake", "Tarn", "Orbis", None, None),
      ("stake", "Lumo", "Orbis", None, None)]),
    ("loan_guaranteed_for_its_borrower", "en", "Orbis guaranteed a $2 billion loan to Tarn, provided by Vela and Lumo.",
     ["Orbis", "Tarn", "Vela", "Lumo"],
     [("guarantee", "Orbis", "Tarn", 2 * B, "USD"), ("financing", "Vela", "Tarn", 2 * B, "USD"),
      ("financing", "Lumo", "Tarn", 2 * B, "USD")]),
    ("loan_guaranteed_for_its_borrower", "nl",
     "In 2020 stond Orbis garant voor een krediet van €2 miljard aan Tarn, verstrekt door Vela en Lumo.",
     ["Orbis", "Tarn", "Vela", "Lumo"],
     [("guarantee", "Orbis", "Tarn", 2 * B, "EUR"), ("financing", "Vela", "Tarn", 2 * B, "EUR"),
      ("financing", "Lumo", "Tarn", 2 * B, "EUR")]),
    ("guarantee_after_its_guarantor", "nl", "Vela staat garant voor een lening van €2 miljard aan Tarn.",
     ["Vela", "Tarn"], [("guarantee", "Vela", "Tarn", 2 * B, "EUR")]),
    ("guarantor_is_no_lender", "en", "Vela took a $310 million loan from Tarn, 85% of which is guaranteed by Orbis.",
     ["Vela", "Tarn", "Orbis"],
     [("financing", "Tarn", "Vela", 310 * M, "USD"), ("guarantee", "Orbis", "Vela", None, None)]),
    ("comma_ends_no_list", "nl",
     "Vela steekt €1 miljard in de netbeheerder Tarn, zo maakte het ministerie van Financiën bekend.",
     ["Vela", "Tarn", "ministerie van Financiën"], [("investment", "Vela", "Tarn", 1 * B, "EUR")]),
    ("particle_in_relative_clause", "nl",
     "Vela leent €600 miljoen aan Tarn, tegen een rente die onder die van de banken ligt.", ["Vela", "Tarn"],
     [("financing", "Vela", "Tarn", 600 * M, "EUR")]),
    ("particle_after_closed_relative_clause", "nl", "Vela haalde bij Tarn, dat eerder investeerde, €2 miljard op.",
     ["Vela", "Tarn"], [("investment", "Tarn", "Vela", 2 * B, "EUR")]),
    ("particle_after_article_die", "nl", "Vela leende in mei €2 miljard van die bank Tarn.",
     ["Vela", "Tarn"], [("financing", "Tarn", "Vela", 2 * B, "EUR")]),
    ("taking_part_gets_no_share", "en",
     "Vela raised €400 million from investors on Tuesday. Tarn and Lumo also took part.", ["Vela", "Tarn", "Lumo"],
     [("investment", "Tarn", "Vela", None, None), ("investment", "Lumo", "Vela", None, None)]),
    ("taking_part_gets_no_share", "nl",
     "Vela haalde €400 miljoen op bij beleggers. Ook Tarn en Lumo deden mee.", ["Vela", "Tarn", "Lumo"],
     [("investment", "Tarn", "Vela", None, None), ("investment", "Lumo", "Vela", None, None)]),
    ("comma_ends_no_list", "en", "Vela put $1 billion into Tarn, the ministry Orbis said.",
     ["Vela", "Tarn", "Orbis"], [("investment", "Vela", "Tarn", 1 * B, "USD")]),
    # --- equipment ordered from its maker is a purchase commitment; a promise takes the deal it promises
    ("equipment_ordered", "en", "Vela committed to buy 90 Tarn aircraft in June.", ["Vela", "Tarn"],
     [("purchase_commitment", "Vela", "Tarn", None, None)]),
    ("equipment_ordered", "nl", "Vela beloofde in juni om 90 toestellen van Tarn te kopen.", ["Vela", "Tarn"],
     [("purchase_commitment", "Vela", "Tarn", None, None)]),
    ("goods_promised", "en", "Vela committed to buy $300 billion of capacity from Tarn.", ["Vela", "Tarn"],
     [("purchase_commitment", "Vela", "Tarn", 300 * B, "USD")]),
    ("company_bought_after_promise", "en", "Vela committed to buy Tarn for $3 billion.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", 3 * B, "USD")]),
    # --- goods before a verb at the end of a Dutch clause
    ("goods_before_final_verb", "nl", "Vela maakte bekend dat het voor $6 miljard aan chips bij Tarn zal afnemen.",
     ["Vela", "Tarn"], [("purchase_commitment", "Vela", "Tarn", 6 * B, "USD")]),
    # --- a party with a verb of its own before an amount heads no list item
    ("amount_of_another_verb", "en", "Vela ordered up to 210 Tarn widebodies in May, an order Lumo valued at "
     "$96 billion.", ["Vela", "Tarn", "Lumo"], [("purchase_commitment", "Vela", "Tarn", None, None)]),
    # --- ", and" with a party and its verb opens a clause of another subject
    ("clause_of_another_subject", "nl",
     "Vela kondigde aan €5 miljard te steken in Tarn, en Lumo trekt $10 miljard uit voor een campus in Orbis.",
     ["Vela", "Tarn", "Lumo", "Orbis"], [("investment", "Vela", "Tarn", 5 * B, "EUR")]),
    ("clause_of_another_subject", "en",
     "Vela will invest €5 billion in Tarn, and Lumo is setting aside $10 billion for a campus in Orbis.",
     ["Vela", "Tarn", "Lumo", "Orbis"], [("investment", "Vela", "Tarn", 5 * B, "EUR")]),
    ("gapped_item_after_comma", "en", "Vela invested €5 billion in Tarn, and Lumo $2 billion.",
     ["Vela", "Tarn", "Lumo"],
     [("investment", "Vela", "Tarn", 5 * B, "EUR"), ("investment", "Lumo", "Tarn", 2 * B, "USD")]),
    # --- a sum placed is an issue; a sequence clause after a deal in the same sentence; money raised
    # from no one by a verb that also issues, beside issues
    ("sums_placed_in_series", "nl", "Vela plaatste eind oktober USD 30 miljard, Tarn volgde begin november met "
     "USD 17,5 miljard, en Lumo trok kort daarna USD 15 miljard aan.", ["Vela", "Tarn", "Lumo"],
     [("issuance", "Vela", None, 30 * B, "USD"), ("issuance", "Tarn", None, 17500 * M, "USD"),
      ("issuance", "Lumo", None, 15 * B, "USD")]),
    ("sums_placed_in_series", "en", "Vela priced $30 billion in late October, Tarn followed with $17.5 billion.",
     ["Vela", "Tarn"], [("issuance", "Vela", None, 30 * B, "USD"), ("issuance", "Tarn", None, 17500 * M, "USD")]),
    ("went_before_with", "nl", "Vela plaatste in oktober $3 miljard aan obligaties. Tarn was in september al "
     "voorgegaan met $18 miljard.", ["Vela", "Tarn"],
     [("issuance", "Vela", None, 3 * B, "USD"), ("issuance", "Tarn", None, 18 * B, "USD")]),
    ("order_placed_is_no_issue", "en", "Vela placed an order for $3 billion with Tarn.", ["Vela", "Tarn"],
     [("purchase_commitment", "Vela", "Tarn", 3 * B, "USD")]),
    ("priced_at_is_no_issue", "en", "Vela invested $5 billion in Tarn, priced at $23.28 per share.", ["Vela", "Tarn"],
     [("investment", "Vela", "Tarn", 5 * B, "USD")]),
    # --- a bid given up or ruled out is no deal
    ("bid_given_up", "nl", "Vela besloot af te zien van een bod op Tarn.", ["Vela", "Tarn"], []),
    ("bid_given_up", "nl", "Vela maakte bekend dat het afziet van een bod op Tarn.", ["Vela", "Tarn"], []),
    ("bid_ruled_out", "en", "Vela ruled out a bid for Tarn.", ["Vela", "Tarn"], []),
    # --- a description given its name after a comma is that organisation
    ("description_named_after_comma", "en", "Vela bought Tarn in 2023. The parent, renamed Orbis, holds 26% of Lumo.",
     ["Vela", "Tarn", "Lumo", "Orbis"],
     [("acquisition", "Vela", "Tarn", None, None), ("stake", "Orbis", "Lumo", None, None)]),
    ("description_named_after_comma", "en", "Vela sold its towers to Tarn in 2023. Lumo took a stake of 16% in the new "
     "company, now called Orbis, last year.", ["Vela", "Tarn", "Lumo", "Orbis"],
     [("acquisition", "Tarn", "Vela", None, None), ("stake", "Lumo", "Orbis", None, None)]),
    ("description_named_after_comma", "nl", "Vela kocht Tarn in 2023. Het moederbedrijf, inmiddels omgedoopt tot "
     "Orbis, bezit 26% van Lumo.", ["Vela", "Tarn", "Lumo", "Orbis"],
     [("acquisition", "Vela", "Tarn", None, None), ("stake", "Orbis", "Lumo", None, None)]),
    # --- a verb at the end of its clause: its subject comes first, its object between them
    ("verb_last_after_conjunction", "nl", "Lumo meldde dat Vela Tarn overneemt voor €5 miljard.",
     ["Vela", "Tarn", "Lumo"], [("acquisition", "Vela", "Tarn", 5 * B, "EUR")]),
    ("verb_last_after_conjunction", "en", "Lumo said that Vela is buying Tarn for €5 billion.",
     ["Vela", "Tarn", "Lumo"], [("acquisition", "Vela", "Tarn", 5 * B, "EUR")]),
    ("verb_last_after_auxiliary", "nl", "In 2023 heeft Vela Tarn overgenomen voor €5 miljard.",
     ["Vela", "Tarn"], [("acquisition", "Vela", "Tarn", 5 * B, "EUR")]),
    ("verb_last_after_auxiliary", "nl", "Vela heeft Tarn in 2023 overgenomen voor €5 miljard.",
     ["Vela", "Tarn"], [("acquisition", "Vela", "Tarn", 5 * B, "EUR")]),
    ("clause_pronoun_after_conjunction", "nl", "Vela is een bank. De bank maakte bekend dat zij Tarn overneemt "
     "voor €960 miljoen.", ["Vela", "Tarn"], [("acquisition", "Vela", "Tarn", 960 * M, "EUR")]),
    # --- new shares sold to a buyer: an issue, and the buyer's investment; a group's leader stands for it
    ("shares_sold_to_led_group", "en", "Vela sold new shares at 1,240p each, a 6% discount to Monday's close, to "
     "a group of institutions led by Tarn.", ["Vela", "Tarn"],
     [("issuance", "Vela", "Tarn", None, None), ("investment", "Tarn", "Vela", None, None)]),
    ("shares_sold_to_led_group", "nl", "Vela plaatste voor €400 miljoen nieuwe aandelen, een korting van 6% op de "
     "slotkoers, bij een groep beleggers onder leiding van Tarn.", ["Vela", "Tarn"],
     [("issuance", "Vela", "Tarn", 400 * M, "EUR"), ("investment", "Tarn", "Vela", 400 * M, "EUR")]),
    ("venture_with_funds_managed_by", "en", "Vela formed a joint venture with funds managed by Tarn.", ["Vela", "Tarn"],
     [("joint_venture", "Vela", "Tarn", None, None)]),
    ("venture_with_funds_managed_by", "nl", "Vela richtte een joint venture op met fondsen beheerd door Tarn.",
     ["Vela", "Tarn"], [("joint_venture", "Vela", "Tarn", None, None)]),
    ("shares_held_sold_are_no_issue", "en", "Vela sold its shares in Tarn to Lumo.", ["Vela", "Tarn", "Lumo"], []),
    # --- a share held in no company named, after a share of a company named in the sentence
    ("share_after_share_named", "en", "The state, which owns 50.1% of Vela, took up its full allocation, and so did "
     "Tarn, which holds 10%.", ["Vela", "Tarn"], [("stake", "Tarn", "Vela", None, None)]),
    # --- money a holder put in, with no company of its own, went into the company it holds
    ("invested_for_stake", "en", "Tarn bought 27% of Vela in 2019. Tarn owns roughly 27%, worth about $135 billion, "
     "in return for the $13.8 billion it has invested since 2019.", ["Vela", "Tarn"],
     [("acquisition", "Tarn", "Vela", None, None), ("stake", "Tarn", "Vela", None, None),
      ("investment", "Tarn", "Vela", 13800 * M, "USD")]),
    # --- a deal noun before a description noun is a modifier ("the investment firm")
    ("deal_noun_as_modifier", "en", "Tarn invested $5 billion in Orbis. Vela, the investment firm run by Lumo, will "
     "take a smaller share.", ["Vela", "Tarn", "Orbis", "Lumo"], [("investment", "Tarn", "Orbis", 5 * B, "USD")]),
    # --- after "its" a deal verb is a noun: "its market value" is no issue
    ("verb_after_possessive_is_a_noun", "en", "Vela's shares jumped 22% on Tuesday, adding roughly €6bn to its "
     "market value.", ["Vela"], []),
    # --- a round its investors join, with no raiser named, is the round of the text's company
    ("round_joined_unnamed_raiser", "en", "Orbis builds data centres for AI models. Vela took part in a $480 million "
     "funding round in February, alongside Tarn and Lumo.", ["Orbis", "Vela", "Tarn", "Lumo"],
     [("investment", "Vela", "Orbis", None, None), ("investment", "Tarn", "Orbis", None, None),
      ("investment", "Lumo", "Orbis", None, None)]),
    ("round_joined_unnamed_raiser", "nl", "Orbis bouwt datacenters voor AI-modellen. Vela deed in februari mee aan een "
     "financieringsronde van $480 miljoen.", ["Orbis", "Vela"], [("investment", "Vela", "Orbis", None, None)]),
    # --- a blank line between paragraphs is no sentence between a deal and what goes on about it
    ("paragraph_break_is_no_sentence", "nl", "Vela wordt een coöperatie, waarin de Orbis Foundation 26% houdt. Dat "
     "belang is ruwweg $130 miljard waard.\n\nDe overige aandelen zijn in handen van investeerders als Tarn en Lumo.",
     ["Vela", "Orbis Foundation", "Tarn", "Lumo"],
     [("stake", "Orbis Foundation", "Vela", None, None), ("stake", "Tarn", "Vela", None, None),
      ("stake", "Lumo", "Vela", None, None)]),
    ("paragraph_break_is_no_sentence", "en", "Vela is now a public benefit corporation, in which the Orbis Foundation "
     "holds 26%. That stake is worth roughly $130 billion.\n\nThe remaining shares are owned by investors such as Tarn "
     "and Lumo.", ["Vela", "Orbis Foundation", "Tarn", "Lumo"],
     [("stake", "Orbis Foundation", "Vela", None, None), ("stake", "Tarn", "Vela", None, None),
      ("stake", "Lumo", "Vela", None, None)]),
    ("paragraph_break_before_sequel", "nl", "Vela investeerde in augustus $5 miljard in Tarn. De aandelen kostten $23 "
     "per stuk.\n\nBinnen een paar weken volgden $2 miljard voor Orbis en $500 miljoen voor Lumo.",
     ["Vela", "Tarn", "Orbis", "Lumo"],
     [("investment", "Vela", "Tarn", 5 * B, "USD"), ("investment", "Vela", "Orbis", 2 * B, "USD"),
      ("investment", "Vela", "Lumo", 500 * M, "USD")]),
    # --- a holding verb whose object is a rate holds no share
    ("rate_kept_is_no_stake", "en", "Vela bought 20% of Tarn. The ECB has kept its deposit rate at 2% since June.",
     ["Vela", "Tarn", "ECB"], [("acquisition", "Vela", "Tarn", None, None)]),
    ("rate_kept_is_no_stake", "nl", "Vela kocht 20% van Tarn. De ECB hield de depositorente in oktober op 2 procent.",
     ["Vela", "Tarn", "ECB"], [("acquisition", "Vela", "Tarn", None, None)]),
    # --- money put into the subject's own assets is spending
    ("spent_on_own_assets", "en", "Tarn raised $1 billion from Vela. Vela will also invest €5bn in its data centres in "
     "Germany.", ["Vela", "Tarn"], [("investment", "Vela", "Tarn", 1 * B, "USD")]),
    ("spent_on_own_assets", "nl", "Tarn haalde $1 miljard op bij Vela. Vela gaat ook €5 mld steken in zijn "
     "datacenters in Duitsland.", ["Vela", "Tarn"], [("investment", "Vela", "Tarn", 1 * B, "USD")]),
    # --- a deal noun after a contract preposition is the contract of a deal named before
    ("deal_noun_under_contract", "en", "Vela signed two colocation agreements with Tarn, worth $3.7 billion. Tarn's "
     "obligations under the leases were backstopped by Lumo, which covered $1.8 billion and later raised its "
     "commitment to $3.2 billion.", ["Vela", "Tarn", "Lumo"],
     [("lease", "Vela", "Tarn", 3700 * M, "USD"), ("guarantee", "Lumo", "Tarn", 1800 * M, "USD")]),
    # --- deals avoided are no deals
    ("deals_avoided", "en", "Vela bought Lumo in May. Tarn has largely avoided outright acquisitions since then.",
     ["Vela", "Lumo", "Tarn"], [("acquisition", "Vela", "Lumo", None, None)]),
    ("deals_avoided", "nl", "Vela kocht Lumo in mei. Tarn heeft overnames sindsdien grotendeels vermeden.",
     ["Vela", "Lumo", "Tarn"], [("acquisition", "Vela", "Lumo", None, None)]),
    # --- "the retail banking arm of Tarn" is a part of Tarn, no reference to a company before
    ("description_of_a_named_owner", "en", "Orbis was taken over by Lumo for £2.9bn, and Vela paid about £600 million "
     "for the retail banking arm of Tarn.", ["Vela", "Tarn", "Orbis", "Lumo"],
     [("acquisition", "Lumo", "Orbis", 2900 * M, "GBP"), ("acquisition", "Vela", "Tarn", 600 * M, "GBP")]),
    # --- ", en Vela betaalde": a clause of its own, no passive of the auxiliary before it
    ("joined_clause_is_no_passive", "nl", "Orbis werd overgenomen door Lumo voor €2,9 miljard, en Vela betaalde €600 "
     "miljoen voor de Britse bank van Tarn.", ["Vela", "Tarn", "Orbis", "Lumo"],
     [("acquisition", "Lumo", "Orbis", 2900 * M, "EUR"), ("acquisition", "Vela", "Tarn", 600 * M, "EUR")]),
    # --- "18,000 of Tarn's GB300 chips": the maker named with a possessive supplies the goods;
    # ", and it struck ..." is a clause of its own, with its own amount
    ("goods_of_a_possessive_maker", "en", "Vela agreed to buy 18,000 of Tarn's GB300 chips for a first data centre, "
     "and it struck a $10 billion partnership with Lumo.", ["Vela", "Tarn", "Lumo"],
     [("purchase_commitment", "Vela", "Tarn", None, None), ("joint_venture", "Vela", "Lumo", 10 * B, "USD")]),
    # --- the subject of a relative clause right after the goods supplies them
    ("goods_supplier_in_relative", "en", "In September Vela agreed to buy any cloud capacity that Tarn cannot sell to "
     "other clients.", ["Vela", "Tarn"], [("purchase_commitment", "Vela", "Tarn", None, None)]),
    ("goods_supplier_in_bare_relative", "en", "Vela will also buy any computing capacity Tarn cannot sell to other "
     "customers.", ["Vela", "Tarn"], [("purchase_commitment", "Vela", "Tarn", None, None)]),
    # --- a guarantee goes on about a deal of another type in its own paragraph only
    ("guarantee_continues_within_paragraph", "nl", "Vela verhuurt vijf jaar lang GPU-capaciteit aan Tarn "
     "voor $17,4 miljard. Het aandeel Vela steeg met 47%.\n\nBij de voormalige bitcoinminers staat Lumo garant.", ["Vela", "Tarn", "Lumo"], [("lease", "Vela", "Tarn", 17400 * M, "USD")]),
    # --- a deal noun before a description noun modifies it: "the investment arm", no deal
    ("investment_arm_is_no_deal", "en", "Vela, the investment arm of Lumo, walked away in September from its "
     "$18.7 billion offer for Tarn.", ["Vela", "Lumo", "Tarn"], []),
    # --- the value a deal was changed from is no amount of its own
    ("upsized_from_an_initial_value", "en", "Vela then raised $1.1bn of convertible notes due 2031, upsized from an "
     "initial $800m.", ["Vela"], [("issuance", "Vela", None, 1100 * M, "USD")]),
    ("raised_from_one_value_to_another", "en", "Vela raised its guarantee for Tarn from $1.8 billion to $3.2 billion.",
     ["Vela", "Tarn"], [("guarantee", "Vela", "Tarn", 3200 * M, "USD")]),
    ("raised_to_a_value_from_another", "en", "Vela raised its guarantee for Tarn to $3.2 billion, from $1.8 billion.",
     ["Vela", "Tarn"], [("guarantee", "Vela", "Tarn", 3200 * M, "USD")]),
    ("verhoogd_van_de_ene_waarde_naar_de_andere", "nl", "Vela verhoogde de garantie voor Tarn van $1,8 miljard naar "
     "$3,2 miljard.", ["Vela", "Tarn"], [("guarantee", "Vela", "Tarn", 3200 * M, "USD")]),
    # --- "afgezien van een bod": no bid
    ("afgezien_van_een_bod", "nl", "Lumo heeft na een boekenonderzoek afgezien van een bod op Tarn.", ["Lumo", "Tarn"],
     []),
    # --- a party with a shareholder noun in apposition holds a stake in the company of the deal before
    ("apposed_shareholder_with_percentage", "en", "Lumo has made an offer for Tarn. Vela, with 35% the largest "
     "shareholder, agreed to tender its shares.", ["Vela", "Tarn", "Lumo"],
     [("acquisition", "Lumo", "Tarn", None, None), ("stake", "Vela", "Tarn", None, None)]),
    ("apposed_shareholder", "en", "Tarn raised $2 billion in a rights issue. Vela, the second-largest shareholder, "
     "took up its full share.", ["Vela", "Tarn"],
     [("issuance", "Tarn", None, 2 * B, "USD"), ("stake", "Vela", "Tarn", None, None)]),
    ("apposed_shareholder_with_percentage", "nl", "Tarn haalde €2 miljard op met een claimemissie. Vela, met 10% "
     "de tweede aandeelhouder, deed volledig mee.", ["Vela", "Tarn"],
     [("issuance", "Tarn", None, 2 * B, "EUR"), ("investment", "Vela", "Tarn", None, None),
      ("stake", "Vela", "Tarn", None, None)]),
    # ... but a noun that says what the company is describes it: no holding
    ("apposed_investor_is_a_description", "en", "Lumo has made an offer for Tarn. Vela, the Dutch venture investor, "
     "backed it.", ["Vela", "Tarn", "Lumo"], [("acquisition", "Lumo", "Tarn", None, None)]),
    # --- a description refers first to a company whose name ends in its noun
    ("description_matches_the_end_of_a_name", "en", "Kestrel Investment Fund launched Vela in May and gave it a "
     "shopping list. Vela then hired Tarn as adviser. The fund has also held minority stakes in Lumo and Orbis.",
     ["Kestrel Investment Fund", "Vela", "Tarn", "Lumo", "Orbis"],
     [("stake", "Kestrel Investment Fund", "Lumo", None, None),
      ("stake", "Kestrel Investment Fund", "Orbis", None, None)]),
    ("description_matches_the_end_of_a_name", "nl", "Kestrel Staatsfonds richtte in mei Vela op. Vela nam daarna "
     "Tarn in de arm. Het staatsfonds heeft ook een belang van 5% in Lumo.", ["Kestrel Staatsfonds", "Vela", "Tarn",
     "Lumo"], [("stake", "Kestrel Staatsfonds", "Lumo", None, None)]),
    # --- "in handen is van" with the verb inside the phrase, and a relative clause between
    ("owned_with_verb_inside_phrase", "nl", "Verkoper is Tarn, dat sinds 2023 in handen is van het Japanse Vela.",
     ["Tarn", "Vela"], [("stake", "Vela", "Tarn", None, None)]),
    ("owned_in_long_relative_clause", "nl", "Tarn, die sinds 2020 grotendeels in handen is van Vela, brengt een "
     "portefeuille mee.", ["Tarn", "Vela"], [("stake", "Vela", "Tarn", None, None)]),
    # --- separable verbs of refusing: no deal; "sluit ... af" concludes one
    ("bid_ruled_out", "nl", "Vela sluit een bod op Tarn uit.", ["Vela", "Tarn"], []),
    ("bid_given_up_separated", "nl", "Vela ziet voorlopig wel af van een bod op Tarn.", ["Vela", "Tarn"], []),
    ("takeover_called_off", "nl", "Vela blies de overname van Tarn af.", ["Vela", "Tarn"], []),
    ("takeover_concluded", "nl", "Vela sluit de overname van Tarn af.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", None, None)]),
    # --- a deal noun's clause ends where a company after a comma opens a clause with a verb of its own
    ("noun_clause_ends_at_next_subject", "en", "Vela completed its $1 billion acquisition of Tarn in October, Lumo "
     "took over Orbis for about $5 billion.", ["Vela", "Tarn", "Lumo", "Orbis"],
     [("acquisition", "Vela", "Tarn", 1 * B, "USD"), ("acquisition", "Lumo", "Orbis", 5 * B, "USD")]),
    ("noun_clause_ends_at_next_subject", "nl", "Vela rondde in oktober de overname van Tarn voor $1 miljard af, "
     "Lumo nam Orbis over voor $5 miljard.", ["Vela", "Tarn", "Lumo", "Orbis"],
     [("acquisition", "Vela", "Tarn", 1 * B, "USD"), ("acquisition", "Lumo", "Orbis", 5 * B, "USD")]),
    # --- a merger: the subject takes over the party after "with" / "met"
    ("merger_verb", "en", "Vela agreed in October to combine with Tarn in a cash-and-stock deal.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", None, None)]),
    ("merger_noun", "en", "Vela's all-share merger with Tarn looks more secure than ever.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", None, None)]),
    ("merger_verb", "nl", "Vela fuseerde vorig jaar met Tarn.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", None, None)]),
    ("merger_noun", "nl", "De fusie van Vela met Tarn is rond.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", None, None)]),
    ("merger_noun_of", "en", "The merger of Vela with Tarn was completed in May.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", None, None)]),
    # ... but "combined" alone, or "combine A with B", merges nothing
    ("combined_share_is_no_merger", "en", "Vela and Tarn hold a combined 30% of Lumo, which has struggled with its "
     "costs.", ["Vela", "Tarn", "Lumo"],
     [("stake", "Vela", "Lumo", None, None), ("stake", "Tarn", "Lumo", None, None)]),
    # --- a sum raised from no one named is an issue; at a valuation it is a round of unnamed investors
    ("raised_from_no_one_is_an_issue", "en", "Vela raised £2 billion from investors this month.", ["Vela"],
     [("issuance", "Vela", None, 2 * B, "GBP")]),
    ("raised_from_no_one_is_an_issue", "nl", "Vela haalde $30 miljard op, verdeeld over looptijden tot veertig jaar.",
     ["Vela"], [("issuance", "Vela", None, 30 * B, "USD")]),
    ("raised_at_a_valuation_is_a_round", "en", "Vela raised $2 billion at a valuation of $20 billion.", ["Vela"],
     [("investment", None, "Vela", 2 * B, "USD")]),
    ("raised_at_a_valuation_is_a_round", "nl", "Vela haalde $13 miljard op bij beleggers, tegen een waardering van "
     "$183 miljard.", ["Vela"], [("investment", None, "Vela", 13 * B, "USD")]),
    ("raised_to_a_sum_is_no_issue", "en", "Vela raised its forecast for capital spending to $50 billion.", ["Vela"],
     []),
    ("sum_of_another_deal_is_no_issue", "en", "Tarn agreed to put $2 billion into Vela as part of a separate equity "
     "raise.", ["Vela", "Tarn"], [("investment", "Tarn", "Vela", 2 * B, "USD")]),
    # --- a takeover with no buyer named, after sentences that name no company, is by the text's company
    ("taken_over_by_the_text_company", "nl", "Vela kocht voor €1 miljard eigen aandelen in. Dat maakte het concern "
     "bekend bij de cijfers. De omzet steeg met 5%. De marge was 4%. De topman was tevreden. "
     "De supermarktketen Tarn, die begin dit jaar voor €1,3 miljard werd overgenomen, draagt bij aan "
     "de groei.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", 1.3 * B, "EUR")]),
    ("taken_over_by_the_text_company", "en", "Vela will buy back €1 billion of its own shares. The group said so "
     "with its results. Sales rose 5%. The margin was 4%. The chief executive was pleased. "
     "The grocer Tarn, which was acquired for €1.3 billion early this year, now adds to growth.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", 1.3 * B, "EUR")]),
    # --- a separable verb in any tense ("haalt ... op", "trekt ... aan", "brengt ... onder"); an
    # "op" before an article of no party is a preposition, no particle
    ("separable_present_tense", "nl", "Tarn haalt €300 miljoen op bij Vela.", ["Vela", "Tarn"],
     [("investment", "Vela", "Tarn", 300 * M, "EUR")]),
    ("separable_present_tense", "nl", "Vela trekt €1 miljard aan met een groene obligatie.", ["Vela"],
     [("issuance", "Vela", None, 1 * B, "EUR")]),
    ("separable_present_tense", "nl", "Vela brengt €1 miljard aan obligaties onder bij beleggers.", ["Vela"],
     [("issuance", "Vela", None, 1 * B, "EUR")]),
    ("preposition_is_no_particle", "nl", "Tarn wordt van de beurs gehaald door Vela, dat €38 per aandeel biedt, "
     "een premie van 31% op de slotkoers.", ["Vela", "Tarn"], []),
    # --- a headline leaves out the passive auxiliary: "Tarn acquired by Vela"
    ("headline_passive", "en", "Tarn acquired by Vela for $5bn", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", 5 * B, "USD")]),
    ("headline_passive", "en", "Tarn snapped up by Vela in $5bn deal", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", 5 * B, "USD")]),
    ("headline_passive", "nl", "Tarn overgenomen door Vela voor €5 miljard", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", 5 * B, "EUR")]),
    ("rent_from", "en", "Tarn will rent computing capacity from Vela under a $10 billion five-year contract.",
     ["Vela", "Tarn"], [("lease", "Vela", "Tarn", 10 * B, "USD")]),
    # --- the leader of a round takes its whole size; who takes part gets none of it
    ("leader_takes_the_round_size", "en", "Vela leads $300m funding round in Tarn", ["Vela", "Tarn"],
     [("investment", "Vela", "Tarn", 300 * M, "USD")]),
    ("leader_takes_the_round_size", "en", "Vela led Tarn's $300 million funding round.", ["Vela", "Tarn"],
     [("investment", "Vela", "Tarn", 300 * M, "USD")]),
    ("participant_takes_no_round_size", "en", "Kestrel participated in Tarn's $300 million round.",
     ["Kestrel", "Tarn"], [("investment", "Kestrel", "Tarn", None, None)]),
    # --- money secured as a loan is the loan, no investment besides
    ("secured_as_a_loan", "en", "Tarn has secured a $2 billion credit facility from a group of banks led by Vela.",
     ["Vela", "Tarn"], [("financing", "Vela", "Tarn", 2 * B, "USD")]),
    # --- after a loan noun, the lender's preposition: the subject borrows
    ("lender_after_loan_noun", "en", "Tarn has drawn on a $750 million credit line from Vela.", ["Vela", "Tarn"],
     [("financing", "Vela", "Tarn", 750 * M, "USD")]),
    ("lender_after_loan_noun", "nl", "Tarn sluit een kredietfaciliteit van €2 miljard af bij Vela.", ["Vela", "Tarn"],
     [("financing", "Vela", "Tarn", 2 * B, "EUR")]),
    ("lender_after_loan_noun", "nl", "Tarn heeft een lening van €2 miljard afgesloten bij Vela.", ["Vela", "Tarn"],
     [("financing", "Vela", "Tarn", 2 * B, "EUR")]),
    # --- a holder noun with what it holds named: its holder is the copula's subject or the apposed company
    ("holder_noun_after_copula", "en", "Vela is Tarn's largest shareholder.", ["Vela", "Tarn"],
     [("stake", "Vela", "Tarn", None, None)]),
    ("holder_noun_after_copula", "nl", "Vela is de grootste aandeelhouder van Tarn.", ["Vela", "Tarn"],
     [("stake", "Vela", "Tarn", None, None)]),
    ("holder_noun_apposed", "en", "Vela, Tarn's largest shareholder, said on Monday that it would vote against.",
     ["Vela", "Tarn"], [("stake", "Vela", "Tarn", None, None)]),
    # --- backing or supporting a deal, or a company without money, is support, no investment
    ("support_is_no_investment", "en", "Vela backs Tarn's bid for Orbis.", ["Vela", "Tarn", "Orbis"],
     [("acquisition", "Tarn", "Orbis", None, None)]),
    ("support_is_no_investment", "nl", "Vela steunt het bod van Tarn op Orbis.", ["Vela", "Tarn", "Orbis"], []),
    ("backing_with_money_is_investment", "en", "Vela backs Tarn with $300 million.", ["Vela", "Tarn"],
     [("investment", "Vela", "Tarn", 300 * M, "USD")]),
    # --- a sentence naming two organisations is news, whatever subscription words it has
    ("boilerplate_word_in_news", "nl",
     "Vorig jaar breidde Vela zijn klantenbestand uit met de overname van Tarn, een prijsvechter in mobiele "
     "abonnementen.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", None, None)]),
    ("boilerplate_offer", "en", "Subscribe to The Ledger for $4 a month, or ask Vela about a group deal.",
     ["The Ledger", "Vela"], []),
    # --- a fraction states a share as a percentage does, not a period
    ("fraction_share", "en", "Vela has owned about a fifth of Tarn since 2008.", ["Vela", "Tarn"],
     [("stake", "Vela", "Tarn", None, None)]),
    ("fraction_share", "nl", "Vela bezit sinds 2008 ongeveer een vijfde van Tarn.", ["Vela", "Tarn"],
     [("stake", "Vela", "Tarn", None, None)]),
    ("fraction_period", "en", "Vela owns the plant and expects it to run in the second half of 2026.",
     ["Vela"], []),
    # --- a venture the sentence names holds the shares its partners each hold
    ("venture_each_holds", "nl",
     "Tarn is een joint venture van Vela en Orbis, die ieder de helft van de aandelen houden.",
     ["Tarn", "Vela", "Orbis"],
     [("joint_venture", "Vela", "Orbis", None, None), ("stake", "Vela", "Tarn", None, None),
      ("stake", "Orbis", "Tarn", None, None)]),
    ("venture_each_holds", "en",
     "Kestrel, a joint venture of Vela and Orbis Capital (OC), which each hold half of the shares, is "
     "building a plant.", ["Kestrel", "Vela", "Orbis Capital"],
     [("joint_venture", "Vela", "Orbis Capital", None, None), ("stake", "Vela", "Kestrel", None, None),
      ("stake", "Orbis Capital", "Kestrel", None, None)]),
    ("venture_named_after", "nl",
     "Vela en Orbis richtten een joint venture op onder de naam Kestrel, waarin beide partijen elk 50% houden.",
     ["Vela", "Orbis", "Kestrel"],
     [("joint_venture", "Vela", "Orbis", None, None), ("stake", "Vela", "Kestrel", None, None),
      ("stake", "Orbis", "Kestrel", None, None)]),
    ("venture_in_passive_sentence", "nl",
     "Het wordt ontwikkeld door Kestrel, een joint venture van Vela en Orbis Capital (OC), die ieder de "
     "helft van de aandelen houden.", ["Kestrel", "Vela", "Orbis Capital"],
     [("joint_venture", "Vela", "Orbis Capital", None, None), ("stake", "Vela", "Kestrel", None, None),
      ("stake", "Orbis Capital", "Kestrel", None, None)]),
    # --- ", and" before a company and its verb opens a clause: the company is no item of the list
    ("comma_and_opens_clause", "en",
     "Tarn is controlled by the government of Latvia, and Vela bought a 10% stake in the carrier for "
     "€14 million.", ["Tarn", "Latvia", "Vela"],
     [("stake", "Latvia", "Tarn", None, None), ("stake", "Vela", "Tarn", 14 * M, "EUR")]),
    # --- a description of a kind passes over a company known to be of another kind
    ("description_kind_passes_other_kind", "en",
     "Ryanair said Tarn would manage six of its jets. The lessor raised $600 million through a private "
     "placement of senior notes.", ["Ryanair", "Tarn"],
     [("issuance", "Tarn", None, 600 * M, "USD")]),
    # --- "instappen bij": a verb with a target preposition of its own
    ("verb_own_target_prep", "nl", "Vela stapte vorig jaar in bij Tarn.", ["Vela", "Tarn"],
     [("investment", "Vela", "Tarn", None, None)]),
    # --- an issue beside an investment is the issue of the company invested in; who joined it
    # in a relative clause invests in that company too
    ("issue_beside_investment_joined", "nl",
     "Bovendien stapte Vela eind 2024 in bij Tarn, tijdens een private plaatsing van $700 miljoen waaraan "
     "ook Orbis en Lumo deelnamen.", ["Vela", "Tarn", "Orbis", "Lumo"],
     [("investment", "Vela", "Tarn", 700 * M, "USD"), ("issuance", "Tarn", None, 700 * M, "USD"),
      ("investment", "Orbis", "Tarn", None, None), ("investment", "Lumo", "Tarn", None, None)]),
    ("round_joined_in_relative", "en",
     "Tarn raised $700 million in a round in which Orbis and Lumo also took part.", ["Tarn", "Orbis", "Lumo"],
     [("investment", "Orbis", "Tarn", None, None), ("investment", "Lumo", "Tarn", None, None)]),
    # --- a participle after a clause break has the subject of the clause before
    ("participle_subject", "en",
     "Vela already owns roughly 14% of Tarn after investing some $3 billion over the past three years.",
     ["Vela", "Tarn"],
     [("stake", "Vela", "Tarn", None, None), ("investment", "Vela", "Tarn", 3 * B, "USD")]),
    ("participle_subject", "en", "Vela bought Tarn in 2020 after investing $2 billion in Orbis.",
     ["Vela", "Tarn", "Orbis"],
     [("acquisition", "Vela", "Tarn", None, None), ("investment", "Vela", "Orbis", 2 * B, "USD")]),
    # --- "the joint venture", "the vehicle": the organisation the text named with that noun
    ("named_noun_refers", "nl",
     "Vela bracht de bouw onder in een joint venture met Orbis. De joint venture, met de wat vreemde naam "
     "Kestrel Holdings, haalde $27 miljard op via obligaties. Vela huurt de datacenters vervolgens van de "
     "joint venture.", ["Vela", "Orbis", "Kestrel Holdings"],
     [("joint_venture", "Vela", "Orbis", None, None), ("issuance", "Kestrel Holdings", None, 27 * B, "USD"),
      ("lease", "Kestrel Holdings", "Vela", None, None)]),
    ("named_noun_refers", "en",
     "Kestrel Holdings, the vehicle behind the venture, sold $27 billion of bonds.\n\nOrbis said demand was "
     "strong. Vela will rent the campus from the vehicle.", ["Vela", "Orbis", "Kestrel Holdings"],
     [("issuance", "Kestrel Holdings", None, 27 * B, "USD"), ("lease", "Kestrel Holdings", "Vela", None, None)]),
    ("named_noun_unnamed", "en", "Vela and Orbis formed a joint venture. The joint venture will lease the campus "
     "to Tarn.", ["Vela", "Orbis", "Tarn"],
     [("joint_venture", "Vela", "Orbis", None, None)]),
    # --- a consortium acting in another deal is no venture of its own
    ("acting_consortium", "en",
     "In September Tarn agreed to be acquired by a consortium led by Vela and Orbis, with Lumo providing "
     "additional equity, for $65 a share in cash.", ["Tarn", "Vela", "Orbis", "Lumo"],
     [("acquisition", "Vela", "Tarn", None, None), ("acquisition", "Orbis", "Tarn", None, None)]),
    ("acting_consortium", "en",
     "Orbis went a step further with Lumo: a consortium led by Vela and Tarn paid €7.1 billion for half of "
     "Kestrel.", ["Orbis", "Lumo", "Vela", "Tarn", "Kestrel"],
     [("acquisition", "Vela", "Kestrel", 7100 * M, "EUR"), ("acquisition", "Tarn", "Kestrel", 7100 * M, "EUR")]),
    # --- what is sold, and to whom
    ("sold_to_led_group", "en",
     "Vela agreed to sell a 45% stake in Tarn to a consortium led by Orbis for $10 billion.",
     ["Vela", "Tarn", "Orbis"],
     [("stake", "Orbis", "Tarn", 10 * B, "USD")]),
    ("sold_part_of_own", "en",
     "Vela sold 49% of its cloud unit to Orbis for $2 billion.", ["Vela", "Orbis"],
     [("acquisition", "Orbis", "Vela", 2 * B, "USD")]),
    ("sold_own_unit_its_resolved", "en",
     "Vela sold its cloud unit to Kestrel for $2 billion.", ["Vela", "Kestrel"],
     [("acquisition", "Kestrel", "Vela", 2 * B, "USD")]),
    ("sold_own_stake_verb_final", "nl",
     "Vela heeft zijn belang van 45% in Tarn voor €2 miljard verkocht aan Orbis.", ["Vela", "Tarn", "Orbis"],
     [("stake", "Vela", "Tarn", None, None), ("stake", "Orbis", "Tarn", 2 * B, "EUR")]),
    ("sold_not_past_buyer", "en",
     "Vela sold new shares to a group of institutions led by Orbis, the investment firm that controls Tarn.",
     ["Vela", "Tarn", "Orbis"],
     [("issuance", "Vela", "Orbis", None, None), ("stake", "Orbis", "Tarn", None, None),
      ("investment", "Orbis", "Vela", None, None)]),
    ("sold_next_to_is_no_purpose", "en",
     "Vela is a landlord now. In March it sold its data-centre campus next to the nuclear plant in "
     "Pennsylvania to Orbis for $650 million.", ["Vela", "Orbis", "Pennsylvania"],
     [("acquisition", "Orbis", "Vela", 650 * M, "USD")]),
    ("sold_price_after_colon", "en",
     "Tarn, acquired by Vela for $4.9B earlier this year, has already been split: its manufacturing arm "
     "was sold to Orbis for $3B in October.", ["Vela", "Tarn", "Orbis"],
     [("acquisition", "Vela", "Tarn", 4900 * M, "USD"), ("acquisition", "Orbis", "Tarn", 3 * B, "USD")]),
    ("possessive_modifier_no_subject", "en",
     "Vela used its Tarn shares to invest $1 billion in Orbis.", ["Vela", "Tarn", "Orbis"],
     [("investment", "Vela", "Orbis", 1 * B, "USD")]),
    # --- a loan whose lenders only are named is the loan of what the section is about
    ("lenders_only_section_topic", "nl",
     "Tarn: de banken staan in de rij\n\nHet windpark wordt ontwikkeld door Tarn, een joint venture van Vela "
     "en Orbis. Vela levert de turbines; Vela en Orbis delen de kosten.\n\nVorige maand kwam de financiering "
     "rond. Een club van banken onder aanvoering van Lumo en Kestrel verstrekt €3,4 miljard aan projectleningen.",
     ["Tarn", "Vela", "Orbis", "Lumo", "Kestrel"],
     [("joint_venture", "Vela", "Orbis", None, None), ("financing", "Lumo", "Tarn", 3400 * M, "EUR"),
      ("financing", "Kestrel", "Tarn", 3400 * M, "EUR")]),
    # --- a pronoun a copula calls a deal is the deal, no organisation
    ("pronoun_that_is_a_deal", "en",
     "A group of banks led by Vela is providing $38 billion of loans to Tarn for two campuses in Texas. It would "
     "be one of the largest construction loans ever arranged.", ["Vela", "Tarn", "Texas"],
     [("financing", "Vela", "Tarn", 38 * B, "USD")]),
    ("offer_per_share_then_target", "en",
     "Vela made an unsolicited offer of $35.10 a share for Tarn in March, valuing the sensor maker at about "
     "$6.9 billion.", ["Vela", "Tarn"],
     [("acquisition", "Vela", "Tarn", 6900 * M, "USD")]),
]


def test_extract_deals_noun_reaches_no_company_of_a_later_deal_noun():
    """"The Vela contract is small next to ...": the companies after a later deal noun, or in a
    relative clause about another word, are not the contract's."""
    text = ("The Vela contract is small next to OpenAI's other promises, which include about $300 billion with "
            "Oracle, the $250 billion Tarn commitment and chip arrangements with Nvidia and AMD.")
    pairs = {frozenset((d.source, d.target)) for d in deals_in("en", text, "Vela", "OpenAI", "Oracle", "Tarn",
                                                                "Nvidia", "AMD")}
    assert not pairs & {frozenset(("Vela", other)) for other in ("Oracle", "Nvidia", "AMD")}


@pytest.mark.parametrize("name, lang, text, names, expected", CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_extract_deals_table(name, lang, text, names, expected):
    found = [_key(d) for d in deals_in(lang, text, *names)]
    assert sorted(found, key=str) == sorted(expected, key=str)


_STATES = {"Deense staat": "Denmark", "Danish government": "Denmark"}


@pytest.mark.parametrize("lang, text, expected", [
    # a Dutch text means the Dutch state by "het Rijk", "de Staat", "het kabinet"
    ("nl", "Tarn heeft kapitaal nodig. Het Rijk steekt €1 miljard in Tarn.",
     [("investment", "Netherlands", "Tarn", 1 * B, "EUR")]),
    ("nl", "De Deense staat bezit 20% van Tarn. Het kabinet investeert €500 miljoen in Tarn.",
     [("stake", "Denmark", "Tarn", None, None), ("investment", "Netherlands", "Tarn", 500 * M, "EUR")]),
    # "de overheid" just after another state named as one is that state
    ("nl", "De Deense staat bezit 20% van Tarn. De overheid steekt €500 miljoen in Tarn.",
     [("stake", "Denmark", "Tarn", None, None), ("investment", "Denmark", "Tarn", 500 * M, "EUR")]),
    ("en", "The Danish government owns 20% of Tarn. The government invested $300 million in Tarn.",
     [("stake", "Denmark", "Tarn", None, None), ("investment", "Denmark", "Tarn", 300 * M, "USD")]),
    # English news means no one state by "the government"
    ("en", "The government invested $300 million in Tarn.", []),
])
def test_extract_deals_state_nouns(lang, text, expected):
    found = [_key(d) for d in deals_in(lang, text, "Tarn", aliases=_STATES)]
    assert sorted(found, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("lang, text", [
    ("nl", "Nvidia investeert $5 miljard in Intel. De ECB hield de rente op 2 procent."),
    ("en", "Nvidia invested $5 billion in Intel. The ECB kept rates at 2%."),
])
def test_extract_deals_evidence_is_the_sentence_with_offsets(lang, text):
    [deal] = deals_in(lang, text, "Nvidia", "Intel")
    assert text[deal.start:deal.end] == deal.text
    assert deal.text.startswith("Nvidia") and deal.text.endswith(".") and "ECB" not in deal.text


@pytest.mark.parametrize("lang, text, status", [
    ("nl", "Naar verluidt investeert Nvidia $2 miljard in xAI.", "rumoured"),
    ("en", "Nvidia reportedly invested $2 billion in xAI.", "rumoured"),
    ("nl", "Nvidia zal $2 miljard in xAI investeren.", "planned"),
    ("en", "Nvidia plans to invest $2 billion in xAI.", "planned"),
    ("nl", "Nvidia kondigde een investering van $2 miljard in xAI aan.", "announced"),
    ("en", "Nvidia announced a $2 billion investment in xAI.", "announced"),
    ("nl", "Prosus rondde de overname van Just Eat Takeaway af.", "completed"),
    ("en", "Prosus completed the acquisition of Just Eat Takeaway.", "completed"),
])
def test_extract_deals_status(lang, text, status):
    names = ["Nvidia", "xAI"] if "Nvidia" in text else ["Prosus", "Just Eat Takeaway"]
    [deal] = deals_in(lang, text, *names)
    assert deal.status == status


@pytest.mark.parametrize("lang, text", [
    ("nl", "Meta richtte een joint venture op met Blue Owl, dat 80% van het project Hyperion houdt."),
    ("en", "Blue Owl funds own 80% of the Hyperion project."),
])
def test_extract_deals_share_and_asset(lang, text):
    nlp = _nlp(lang)
    with nlp.select_pipes(disable=["entities", "deals"]):
        doc = nlp(text)
    mentions = _mentions(text, {"Meta": "Meta", "Blue Owl": "Blue Owl Capital"})
    start = text.index("Hyperion")
    doc._.entities = sorted(mentions + [Mention("Hyperion", start, start + 8, "FACILITY", "Hyperion")],
                            key=lambda m: m.start)
    stakes = [d for d in extract_deals(doc) if d.type == "stake"]
    assert [(d.source, d.share, d.asset) for d in stakes] == [("Blue Owl Capital", Decimal(80), "Hyperion")]


@pytest.mark.parametrize("lang, text", [
    ("nl", "TeraWulf plaatste een junk bond van $3,2 miljard."),
    ("en", "TeraWulf sold $3.2 billion of senior secured notes."),
])
def test_extract_deals_instrument(lang, text):
    [deal] = deals_in(lang, text, "TeraWulf")
    assert deal.type == "issuance" and deal.instrument in ("junk bond", "senior secured notes")


@pytest.mark.parametrize("lang, text", [
    ("nl", "Nvidia investeert in Intel. Later investeerde Nvidia opnieuw in Intel, nu $5 miljard."),
    ("en", "Nvidia invests in Intel. Later Nvidia invested in Intel again, this time $5 billion."),
])
def test_extract_deals_repeated_deal_is_kept_once_with_its_amount(lang, text):
    assert [_key(d) for d in deals_in(lang, text, "Nvidia", "Intel")] == [
        ("investment", "Nvidia", "Intel", 5 * B, "USD")]


@pytest.mark.parametrize("lang, text", [
    ("nl", "De chipreus investeert $5 miljard in Intel."),
    ("en", "The company invested $5 billion in Intel."),
])
def test_extract_deals_missing_party_gives_no_deal(lang, text):
    # nothing before names the investor: better no deal than one with a guessed party
    assert deals_in(lang, text, "Intel") == []


def test_extract_deals_confidence_is_lower_for_a_resolved_party():
    text = "Nvidia meldde cijfers. De chipreus investeert $5 miljard in Intel. Nvidia investeert $2 miljard in xAI."
    deals = {d.target: d for d in deals_in("nl", text, "Nvidia", "Intel", "xAI")}
    assert deals["Intel"].confidence < deals["xAI"].confidence


def test_extract_deals_component_sets_doc_extension():
    nlp = _nlp("en")
    doc = nlp("Nvidia invested $5 billion in Intel.")
    assert isinstance(doc._.deals, list)  # empty until the entity recogniser finds the parties


@pytest.mark.parametrize("lang, text, horizon", [
    ("nl", "CoreWeave sloot een huurovereenkomst met Meta tot 2031.", "tot 2031"),
    ("en", "CoreWeave sold $2 billion of senior notes due 2030.", "due 2030"),
])
def test_extract_deals_horizon(lang, text, horizon):
    [deal] = deals_in(lang, text, "CoreWeave", "Meta")
    assert deal.horizon == horizon


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_extract_deals_cue_data_covers_every_type(lang):
    from extractors.deals.cues import deal_cues

    cues = deal_cues(lang)
    types = {"investment", "stake", "guarantee", "financing", "joint_venture", "acquisition",
             "lease", "purchase_commitment", "issuance"}
    noun_types = {t.type for ts in cues.triggers.values() for t in ts if t.frame == "noun"}
    assert noun_types == types and set(cues.target_preps) == types
    assert cues.negation and cues.hypothetical and cues.forecast and cues.boilerplate


def test_extract_deals_cue_table_phrase_continues_on_the_next_line():
    from extractors.deals.cues import _typed

    table = _typed("lease: lease, hosting\n  contract, colocation\nstake: hold")
    assert set(table["lease"]) == {("lease",), ("hosting", "contract"), ("colocation",)}
    assert table["stake"] == (("hold",),)


def test_extract_deals_holder_of_warrants_issued_nothing():
    text = ("Kestrel's rent obligations were guaranteed by Vela, which has since raised its backstop to $3.2 "
            "billion and holds warrants equivalent to a stake of roughly 14% in Orbis.")
    deals = deals_in("en", text, "Kestrel", "Vela", "Orbis")
    assert not [d for d in deals if d.type == "issuance"]
    assert ("stake", "Vela", "Orbis") in [(d.type, d.source, d.target) for d in deals]


def test_extract_deals_maker_of_a_product_is_no_party():
    """"secured on Nvidia H100 chips": a company named right before its product is the maker of
    what is named, not a party that a description or a deal could rest on."""
    text = "Vela borrowed $2 billion from Orbis. The loan was repaid with Kestrel H100 chips."
    nlp = _nlp("en")
    with nlp.select_pipes(disable=["entities", "deals"]):
        doc = nlp(text)
    mentions = _mentions(text, {"Vela": "Vela", "Orbis": "Orbis", "Kestrel": "Kestrel"})
    start = text.index("H100")
    doc._.entities = sorted(mentions + [Mention("H100", start, start + 4, "PRODUCT", "H100")], key=lambda m: m.start)
    from extractors.deals.cues import deal_cues
    from extractors.deals.extract import _sentences
    sentences = _sentences(doc, deal_cues("en"))
    assert [p.canonical for p in sentences[1].parties if not p.resolved] == []
    assert [_key(d) for d in extract_deals(doc)] == [("financing", "Orbis", "Vela", 2 * B, "USD")]


def test_extract_deals_maker_of_a_product_bought_supplies_it():
    """"will deploy 6 gigawatts of AMD Instinct GPUs": the maker is no party of its own, but the
    supplier of the goods a purchase commitment buys."""
    text = "Vela will deploy 6 gigawatts of Orbis Instinct GPUs over several years."
    nlp = _nlp("en")
    with nlp.select_pipes(disable=["entities", "deals"]):
        doc = nlp(text)
    mentions = _mentions(text, {"Vela": "Vela", "Orbis": "Orbis"})
    start = text.index("Instinct")
    doc._.entities = sorted(mentions + [Mention("Instinct", start, start + 8, "PRODUCT", "Instinct")],
                            key=lambda m: m.start)
    assert [_key(d) for d in extract_deals(doc)] == [("purchase_commitment", "Vela", "Orbis", None, None)]


def test_extract_deals_party_with_a_verb_of_its_own_holds_no_share_of_the_list():
    """"..., Tarn bought $2 billion of new shares" after a stake is a clause, not "Tarn 25%"."""
    text = ("Orbis sold shares. Vela converted grants into a 9.9% stake worth $8.9 billion, Tarn bought $2 "
            "billion of new shares.")
    found = [_key(d) for d in deals_in("en", text, "Vela", "Orbis", "Tarn")]
    assert ("stake", "Vela", "Orbis", 8900 * M, "USD") in found
    assert not [k for k in found if k[0] == "stake" and k[1] == "Tarn"]


def test_extract_deals_round_raised_is_not_joined():
    """Money a company added through a round is its own raise, not an investment in the text's company."""
    found = deals_in("en", "Orbis builds data centres for AI models. A few weeks later Vela added $433m through a "
                     "pre-Series C round.", "Orbis", "Vela")
    assert not [d for d in found if d.target == "Orbis"]
