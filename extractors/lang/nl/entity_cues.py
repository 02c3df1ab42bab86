"""Dutch cues for finding organisations, people and places, and words that are never one.

Lexicons are whitespace-separated words, matched case-insensitively unless a comment says
otherwise. Language-independent forms (legal suffixes "N.V.", "plc"; acronyms such as "AI")
live in ``extractors/lang/entity_forms.py``.
"""

# Roles and titles written directly before a person's name ("analist Gil Luria", "topman Jensen
# Huang", "CEO Lisa Su") or as the head of a compound ("Nvidia-CEO Jensen Huang",
# "L&G-strategen Suzanna Ellard en John Daly"). Plurals let a list of names follow. Source:
# job titles in Dutch business news (FD, NOS, IEX). Misses: roles after the name ("Huang,
# topman van Nvidia": see NAME_THEN_ROLE) and rare titles.
ROLE_WORDS = """
analist analisten aandelenanalist kredietanalist marktanalist topman topvrouw topmannen
ceo cfo cto coo cio cso bestuursvoorzitter bestuurder bestuurders voorzitter voorzitters
president vicepresident oprichter oprichters medeoprichter mede-oprichter directeur directeuren
financieel-directeur topbestuurder ondernemer investeerder belegger beleggers miljardair
strateeg strategen beleggingsstrateeg beleggingsstrategen hoofdstrateeg econoom economen
hoofdeconoom fondsbeheerder fondsmanager portefeuillebeheerder vermogensbeheerder
hoogleraar professor onderzoeker onderzoekers woordvoerder woordvoerster minister premier
staatssecretaris commissaris president-directeur bankier bankiers partner chef hoofd topman
collega journalist redacteur correspondent columnist auteur schrijver expert experts
senator gouverneur burgemeester kanselier presidentskandidaat ex-topman oud-topman
"""

# Courtesy titles before a name ("de heer Knibbe", "dr. Su"); matched with or without a
# final full stop.
TITLES = """dhr mevr mevrouw heer dr drs ir ing prof mr"""

# A name followed by a comma and one of these is a person ("Jitse Groen, oprichter van ...").
NAME_THEN_ROLE = ROLE_WORDS

# Lowercase particles inside Dutch and Flemish surnames ("Joost van der Meer", "Steven van
# Rijswijk", "Ter Haar"); a name may not end in one.
NAME_PARTICLES = """van de der den het ten ter te 't op in 's von du da di le la"""

# Capitalised words that start sentences, greetings and list items but are never names:
# openings of newsletters and common sentence-initial words the stop-word list lacks.
# Source: the sentence openings of Dutch market newsletters. Misses: any other word a
# statistical model mistakes for a name at the start of a sentence; the recogniser also drops
# a sentence-initial word that the same document writes in lowercase elsewhere.
NOT_ENTITIES = """
beste geachte hallo hoi dag goedemorgen goedemiddag lezer lezers belegger beleggers
volgens dankzij deskundigen analisten experts kenners critici insiders economen beleggers
daarnaast vervolgens bovendien intussen ondertussen inmiddels tegelijk tegelijkertijd kortom
samengevat conclusie kortgezegd eerst allereerst tot slot ten slotte hierdoor daardoor
waardoor hiermee daarmee desondanks niettemin wel maar toch want ofwel oftewel
vandaag gisteren morgen overmorgen eergisteren nu straks binnenkort recent onlangs
let noot bron bronnen disclaimer reageren login ontdek volg lees bekijk meld abonneer
probeer word deel klik schrijf download registreer
kostenplaatje resultaat voordeel nadeel kans valkuil giganten reuzen spelers
koers koersdoel advies kopen verkopen houden aandeel aandelen obligatie obligaties
hyperscalers neoclouds miners chipmakers chipfabrikanten techbedrijven
"""

# Phrases that look like names but name a group of companies or a market, not one entity.
NOT_ENTITY_PHRASES = """
Big Tech|Big Techs|Magnificent Seven|Magnificent 7|Mag 7|Wall Street-banken|Silicon Valley-bedrijven
"""

# Words of section headings, alone on a line ("Samenvatting", "Conclusie").
HEADING_WORDS = """
samenvatting conclusie conclusies inleiding achtergrond vooruitzichten waardering risico's
risico risicos disclaimer reageren bronnen noten voetnoten slot slotsom advies kernpunten
highlights update
"""

# Head words of organisation names in Dutch text, written after the name ("Zuidas
# Vermogensbeheer", "De Waag Effecten", "Lindeboom Bankiers"). English heads ("Capital",
# "Partners") are shared: ``entity_forms.ORG_HEADS``. Capitalised in the name.
ORG_HEADS = """
Vermogensbeheer Vermogensbeheerders Bankiers Effecten Beleggingen Verzekeringen Groep
Beheer Adviseurs Participaties
"""

# Weaker head words, only extending a name (see ``entity_forms.ORG_NAME_WORDS``).
ORG_NAME_WORDS = """
Private Investeringen Kapitaal Advies Fonds Fondsen Research Nieuwsbrief Weekbrief Dagblad
Krant Courant Beursbericht Beleggersbrief
"""

# Adjectives of place and nationality that open a phrase before a name but are not part of
# it ("het Taiwanese Vanguard", "het Parijse Mistral AI"). Source: Dutch adjectives of the
# countries and cities in ``extractors/reference/places.yaml``. Misses: rarer places.
PLACE_ADJECTIVES = """
Amerikaanse Amerikaans Nederlandse Nederlands Duitse Duits Franse Frans Britse Brits Engelse
Europese Europees Chinese Chinees Japanse Japans Taiwanese Taiwanees Koreaanse Zuid-Koreaanse
Indiase Russische Italiaanse Spaanse Portugese Belgische Vlaamse Zwitserse Oostenrijkse
Zweedse Noorse Deense Finse Ierse Poolse Canadese Australische Braziliaanse Mexicaanse
Singaporese Saoedische Saudische Israëlische Turkse Emiraatse Qatarese Arabische Aziatische
Afrikaanse Amsterdamse Rotterdamse Haagse Utrechtse Eindhovense Brabantse Parijse Londense
Berlijnse Münchense Texaanse Californische New-Yorkse Brusselse Luxemburgse
"""

# Words written before the name of an organisation ("Beurshuis Oranje"): head words first.
ORG_HEADS_BEFORE = """Beurshuis Stichting Vereniging Pensioenfonds"""

# Lowercase words that may stand inside a name between capitalised words ("Bank of America"
# is English; "Autoriteit Financiële Markten", "Stichting voor ...", "Harbour & Vale").
NAME_CONNECTORS = """van en voor de der den het & op aan of and for the"""

# Words joining the names of a list after a plural role ("strategen Suzanna Ellard en John
# Daly"); a comma joins them too.
NAME_LIST_JOINERS = """en"""

# Government bodies named by a head word, a link word and capitalised words ("ministerie van Financiën", "ministerie van Economische Zaken"): the
# whole phrase is an organisation. Head words match in any case.
INSTITUTION_HEADS = """ministerie departement"""
INSTITUTION_LINKS = """van voor"""

# Lowercase nouns that describe an organisation; capitalised words right after one name it
# ("de Britse belegger Tritax"). A closed compound ending in one of ORG_DESCRIPTOR_HEADS counts
# too ("windparkbouwer Parkwind", "supermarktketen", "zakenbank"). The statistical model
# outranks this rule, so "investeerder Marcel Boekhoorn" stays a person. After the name, a
# comma, one of APPOSITION_ARTICLES and a noun phrase ending in a descriptor name it too
# ("Tritax, de Britse belegger die ...").
ORG_DESCRIPTORS = """
bedrijf bedrijven concern groep firma bank verzekeraar belegger investeerder geldschieter
fonds maatschappij onderneming leverancier producent fabrikant ontwikkelaar bouwer maker
retailer keten exploitant operator uitbater dochter holding coöperatie lessor verhuurder
startup start-up beheerder handelaar ontwerper venture
"""
ORG_DESCRIPTOR_HEADS = """
bedrijf concern groep bank verzekeraar belegger investeerder geldschieter fonds maatschappij
onderneming leverancier producent fabrikant ontwikkelaar bouwer maker keten exploitant
handelaar holding beheerder start-up startup retailer ontwerper
"""
# The articles that open a description after a name and a comma ("Tritax, de Britse belegger").
APPOSITION_ARTICLES = """de het een"""
# After a name and a comma, the phrases of being owned: the name is an organisation ("Knab,
# onderdeel van Aegon"), also in a relative clause opened by one of OWNED_RELATIVES ("Parkwind,
# dat sinds 2023 in handen is van JERA"). Comma-separated.
OWNED_PHRASES = """
eigendom van, in handen van, in handen is van, eigendom is van, onderdeel van, een dochter van,
dochterbedrijf van
"""
OWNED_RELATIVES = """dat die"""
