"""Dutch words around an amount: approximation, ranges, percentages, vagueness, counts.

Lexicons are whitespace-separated words; phrase lists are comma-separated, matched
case-insensitively. ``extractors.amount_lexicon`` reads them.
"""

# Cues directly before an amount that make it approximate; they belong to the amount's span
# ("circa $1,4 biljoen"). Source: the list plus Dutch market-commentary usage. Plain
# "tot" is left out: it is mostly a preposition ("oplopen tot 500 miljard dollar").
APPROXIMATE_CUES = """
circa, ca., ca, ongeveer, zo'n, zo’n, bijna, ruim, meer dan, iets meer dan, ruim meer dan,
minder dan, iets minder dan, tot wel, rond, rond de, rondom, pakweg, naar schatting,
zowat, bijkans, nagenoeg, krap, dik, minstens, minimaal, maximaal, ten minste, tenminste,
hooguit, boven, onder, ongeveer zo'n, bijna zo'n, tegen de, richting
"""

# Between the two ends of a range ("2.500 tot 6.700 miljard dollar", "10 à 12 procent").
# Dashes are language-independent and handled in code.
RANGE_WORDS = """tot à a"""

# Before the first of two amounts joined by a range word, these make it a change, not a range.
# None in Dutch: a change is written with "naar" ("van 10% naar 12%"), which is no range word,
# and "van ... tot" is a range ("variëren van 2.500 tot 6.700 miljard dollar").
CHANGE_CUES = """"""
RANGE_CUES = """"""

# "tussen 10 en 12 procent": the opening word and the word between the ends.
BETWEEN_WORDS = """tussen"""
BETWEEN_JOINERS = """en"""

# Words that make a number a percentage, after the number. Source: Dutch usage; "procentpunt"
# (percentage point) is read as a percentage. Misses "ten honderd".
PERCENT_WORDS = """
procent, procenten, pct, percent, procentpunt, procentpunten
"""

# The reversed form "percentage van 30".
PERCENT_OF = """percentage van"""

# Basis points ("50 basispunten", "50bp").
BASIS_POINT_WORDS = """basispunt, basispunten, bp, bps, bsp"""

# Before a plural scale word, a vague amount ("tientallen miljarden", "enkele miljarden").
VAGUE_MULTIPLIERS = """
tientallen, honderden, duizenden, vele, enkele, meerdere, een paar, verscheidene, talloze,
vele tientallen, vele honderden
"""

# After a number, things counted rather than money ("160 miljoen aandelen", "33 datacenters").
# Source: nouns seen after numbers in Dutch business news. Misses most nouns: a bare number with
# no currency is not money anyway; this list only stops vague and context-only amounts.
COUNT_NOUNS = """
aandelen aandeel mensen personen klanten gebruikers werknemers medewerkers banen huishoudens
inwoners beleggers retailbeleggers datacenters datacentra servers chips gpu's gpu’s vaten ton
tonnen kilo liter megawatt gigawatt mw gw kwh woningen huizen auto's abonnees leden stuks
exemplaren transacties downloads jaar jaren maanden dagen uur minuten keer bezoekers consumenten Nederlanders Amerikanen Europeanen burgers kinderen patiënten
studenten arbeiders vacatures opties contracten obligaties tokens parameters
"""

# Right before a number with a scale word but no currency, these make it money with an
# unknown currency ("investeert 5 miljard in"). Source: verbs and nouns of spending in Dutch
# business news. Misses money named further away ("een bedrag dat uitkomt op 5 miljard").
MONEY_CUES = """
investeert, investeerde, investeren, investering van, investeringen van, ter waarde van,
met een waarde van, waarde van, kost, kostte, kosten, kosten van, lening van, leningen van,
leent, financiering van, omzet van, winst van, verlies van, schuld van, schulden van,
bod van, kapitaal van, kapitaaluitgaven van, budget van, haalde, haalt, opgehaald,
bedrag van, subsidie van, steun van, dividend van, boete van, uitgaven van, schuldenberg van,
marktwaarde van, waardering van, beurswaarde van, overnamebedrag van
"""
