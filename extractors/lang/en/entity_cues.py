"""English cues for finding organisations, people and places, and words that are never one.

Lexicons are whitespace-separated words, matched case-insensitively unless a comment says
otherwise. Language-independent forms (legal suffixes "Inc.", "plc"; acronyms such as "AI")
live in ``extractors/lang/entity_forms.py``.
"""

# Roles and titles written directly before a person's name ("analyst Gil Luria", "CEO Lisa
# Su", "Chief Executive Sam Altman") or as the head of a compound ("Nvidia-CEO"). Plurals let
# a list of names follow ("strategists Suzanna Ellard and John Daly"). Source: job titles in
# English business news. Misses: roles after the name (see NAME_THEN_ROLE) and rare titles.
ROLE_WORDS = """
analyst analysts ceo cfo cto coo cio chairman chairwoman chair president vice-president
founder founders co-founder cofounder director directors executive executives officer
strategist strategists economist economists investor investors billionaire entrepreneur
manager managers portfolio fund trader traders banker bankers spokesman spokeswoman
spokesperson minister secretary senator governor mayor chancellor professor researcher
researchers partner partners head chief boss reporter journalist columnist editor author
expert experts lawyer attorney commissioner regulator
"""

# Courtesy titles before a name ("Mr Huang", "Dr. Su"); matched with or without a full stop.
TITLES = """mr mrs ms miss dr prof sir dame lord lady"""

# A name followed by a comma and one of these is a person ("Jitse Groen, founder of ...").
NAME_THEN_ROLE = ROLE_WORDS

# Lowercase particles inside surnames ("Ursula von der Leyen", "Luis de Guindos").
NAME_PARTICLES = """van de der den von da di du le la bin al el"""

# Capitalised words that open sentences, greetings and list items but are never names.
# Source: the sentence openings of English market newsletters. Misses: any other word a
# statistical model mistakes for a name at the start of a sentence; the recogniser also drops
# a sentence-initial word that the same document writes in lowercase elsewhere.
NOT_ENTITIES = """
dear hello hi greetings reader readers investors according thanks meanwhile moreover
furthermore however nevertheless nonetheless additionally overall summary conclusion
first firstly second secondly finally lastly today yesterday tomorrow recently
try enjoy enjoying enjoyed sign join get click share forward unsubscribe upgrade
note source sources disclaimer comments login subscribe follow read discover
giants players hyperscalers neoclouds miners chipmakers analysts experts critics
rating target price upgrade downgrade buy sell hold outperform underperform neutral
"""

# Phrases that look like names but name a group of companies or a market, not one entity.
NOT_ENTITY_PHRASES = """
Big Tech|Big Techs|Magnificent Seven|Magnificent 7|Mag 7
"""

# Words of section headings, alone on a line ("Summary", "Valuation").
HEADING_WORDS = """
summary conclusion conclusions introduction background outlook valuation risks risk
disclaimer comments sources notes footnotes highlights update takeaways
"""

# Head words of organisation names, written after the name ("Harbour & Vale Securities").
# The shared lists are ``entity_forms.ORG_HEADS`` and ``ORG_NAME_WORDS``.
ORG_HEADS = """Brokerage"""

# Weaker head words, only extending a name (see ``entity_forms.ORG_NAME_WORDS``); a name the
# model calls a person but ending in one is an organisation ("Greyfield Wire", "Standard
# Life"). Publications and insurers are most of them.
ORG_NAME_WORDS = """
Media Consulting Assurance Finance Wire Newswire Notes Review Daily Weekly Journal Times Post
Herald Gazette Mutual Life News Insights Newsletter Monitor Digest Report Briefing Ledger
"""

# Adjectives of place that open a phrase before a name but are not part of it: none in
# English, where they often are ("American Express", "European Central Bank").
PLACE_ADJECTIVES = """"""

# Words written before the name of an organisation ("Bank of Tokyo"): not used in English.
ORG_HEADS_BEFORE = """"""

# Lowercase words that may stand inside a name between capitalised words ("Bank of America",
# "Harbour & Vale Securities", "Strategic Technologies for Europe Platform").
NAME_CONNECTORS = """of and for the & de van der du la le"""

# Words joining the names of a list after a plural role ("strategen Suzanna Ellard en John
# Daly"); a comma joins them too.
NAME_LIST_JOINERS = """and"""

# Government bodies and banks named by a head word, a link word and capitalised words
# ("Department of Energy", "Ministry of Economy and Finance", "Bank of Japan", "Office of
# Strategic Capital"): the whole phrase is an organisation. Head words match in any case.
INSTITUTION_HEADS = """ministry department bank office authority"""
INSTITUTION_LINKS = """of for"""

# Lowercase nouns that describe an organisation; capitalised words right after one name it
# ("the optical networking group Infinera", "the lessor Avolon"). A closed compound ending in
# one of ORG_DESCRIPTOR_HEADS counts too ("chipmaker", "shipbuilder"); few English heads, as
# "confirm" ends in "firm". The statistical model outranks this rule, so
# "investor Warren Buffett" stays a person. After the name, a comma, one of
# APPOSITION_ARTICLES and a noun phrase ending in a descriptor name it too ("Infinera, the US
# optical-networking firm that ...").
ORG_DESCRIPTORS = """
company companies group firm lender bank insurer investor maker developer designer
manufacturer producer supplier retailer operator miner utility conglomerate start-up startup
giant lessor landlord builder carrier airline brewer fund manager exchange platform provider
subsidiary unit venture partnership consortium broker arm
"""
ORG_DESCRIPTOR_HEADS = """
maker builder producer lender insurer
"""
# The articles that open a description after a name and a comma ("Infinera, the US ... firm").
APPOSITION_ARTICLES = """the a an"""
# After a name and a comma, the phrases of being owned: the name is an organisation ("Rothesay,
# owned by GIC and Massachusetts Mutual, ..."), also in a relative clause opened by one of
# OWNED_RELATIVES ("Hut 8, which is majority-owned by ..."). Comma-separated.
OWNED_PHRASES = """
owned by, majority-owned by, wholly owned by, wholly-owned by, part-owned by, controlled by,
a unit of, a subsidiary of, a division of, now owned by, now part of
"""
OWNED_RELATIVES = """which"""
