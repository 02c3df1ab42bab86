"""English numbers: separators, number words and scale words.

Tables are text, one entry a line, ``VALUE: form, form, ...``; ``extractors.amount_lexicon``
reads them.
"""

# Written English: "3.2" is three point two, "2,500" two thousand five hundred.
DECIMAL_MARK = "."
GROUP_MARK = ","

# Number words. Source: English cardinal numbers. Misses ordinals ("third"), "dozen" and
# fractions other than those in NUMBER_PHRASES ("three quarters of a billion").
NUMBER_WORDS = """
0: zero, nil
1: one
2: two
3: three
4: four
5: five
6: six
7: seven
8: eight
9: nine
10: ten
11: eleven
12: twelve
13: thirteen
14: fourteen
15: fifteen
16: sixteen
17: seventeen
18: eighteen
19: nineteen
20: twenty
30: thirty
40: forty
50: fifty
60: sixty
70: seventy
80: eighty
90: ninety
100: hundred
1000: thousand
"""

# Between number words: "one hundred and twenty".
NUMBER_JOINERS = """and"""

# Articles that stand for "one" before a scale word or a coin only ("a billion dollars",
# "a penny"); never before a currency word ("a pound of flesh").
ONE_ARTICLES = """a an"""

# Whole phrases with a value of their own. Misses "three quarters".
NUMBER_PHRASES = """
0.5: half a, a half, half
1.5: one and a half, one-and-a-half, one and one-half
2.5: two and a half, two-and-a-half
3.5: three and a half
"""

# Words that make the number after them negative ("minus five percent").
NEGATIVE_WORDS = """minus negative"""

# Scale words, by power of ten (short scale). Lakh and crore are the Indian scales.
SCALE_WORDS = """
3: thousand
5: lakh
6: million
7: crore
9: billion
12: trillion
"""

# Abbreviated scales ("$3.2B", "$100bn", "$5m", "$500k"). Source: Reuters, Bloomberg and FT
# style. One-letter forms are only read glued to the number or after a currency sign.
SCALE_ABBREVIATIONS = """
3: k
6: m, mn, mln, mil, mio
9: b, bn, bln
12: tn, tr, trn
"""

# Plural scale words that stand alone for a vague amount ("billions of dollars").
VAGUE_SCALE_WORDS = """
3: thousands
6: millions
9: billions
12: trillions
"""
