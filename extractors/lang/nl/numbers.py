"""Dutch numbers: separators, number words and scale words.

Tables are text, one entry a line, ``VALUE: form, form, ...``; ``extractors.amount_lexicon``
reads them. Number words glue into one word in Dutch ("vijfentwintig", "tweehonderdduizend"):
the code splits a word into the forms listed here.
"""

# Written Dutch: "3,2" is three point two, "2.500" two thousand five hundred; also "1 234 567,89".
DECIMAL_MARK = ","
GROUP_MARK = "."

# Number words, the parts a glued Dutch number word is made of. Source: Dutch grammar
# (Algemene Nederlandse Spraakkunst, telwoorden). Misses ordinals ("derde") and fractions other
# than those in NUMBER_PHRASES ("driekwart miljard").
NUMBER_WORDS = """
0: nul
1: een, één, eén
2: twee
3: drie
4: vier
5: vijf
6: zes
7: zeven
8: acht
9: negen
10: tien
11: elf
12: twaalf
13: dertien
14: veertien
15: vijftien
16: zestien
17: zeventien
18: achttien
19: negentien
20: twintig
30: dertig
40: veertig
50: vijftig
60: zestig
70: zeventig
80: tachtig
90: negentig
100: honderd
1000: duizend
"""

# Glue between the parts of a number word: vijf-en-twintig, twee-ën-twintig.
NUMBER_JOINERS = """en ën"""

# Articles that stand for "one" only before a scale word or a coin ("een miljard", "een
# kwartje"); "een" is also a number word, so nothing extra is needed in Dutch.
ONE_ARTICLES = """"""

# Whole phrases with a value of their own. Misses "vijfenhalf" and the like.
NUMBER_PHRASES = """
0.5: een half, een halve
1.5: anderhalf, anderhalve
2.5: tweeënhalf, twee en een half, twee-en-een-half
3.5: drieënhalf, drie en een half
"""

# Words that make the number after them negative ("min vijf procent").
NEGATIVE_WORDS = """min"""

# Scale words, by power of ten. Dutch uses the long scale: biljoen is 10^12, not a billion.
# Source: Taalunie advice on "miljard, biljoen". "triljoen" (10^18) is listed because it is the
# right reading, though journalists sometimes write it for an English trillion.
SCALE_WORDS = """
3: duizend
6: miljoen
9: miljard
12: biljoen
15: biljard
18: triljoen
"""

# Abbreviated scales ("€5 mln", "27mrd", "$100bn"). Source: Dutch financial press style
# (FD, NOS, ANP). One-letter forms are only read glued to the number or after a currency
# sign. "k", "m", "mn", "b" and "bn" are English but appear in Dutch market commentary
# ("$3.2B", "$100bn"); "bln" is left out: Dutch writers use it for both 10^9 and 10^12.
SCALE_ABBREVIATIONS = """
3: k
6: m, mln, mio, mn
9: b, mld, mrd, mlrd, bn
"""

# Plural scale words that stand alone for a vague amount ("miljarden").
VAGUE_SCALE_WORDS = """
6: miljoenen
9: miljarden
12: biljoenen
18: triljoenen
"""
