"""English currency words. Symbols and ISO codes are shared: ``extractors/lang/common.py``.

Tables are text, one entry a line, ``KEY: phrase, phrase, ...``, matched case-insensitively
after the number ("five billion dollars", "125 million australian dollars").
"""

# Source: Reuters style guide currency names. A bare "dollar" is the US dollar, a bare "franc"
# the Swiss franc, "pound" sterling. Left out: "won" and "real" (common words), "krona" alone
# is Swedish. Misses most minor currencies and slang ("quid", "bucks" is listed).
CURRENCY_WORDS = """
USD: dollar, dollars, US dollar, US dollars, U.S. dollar, U.S. dollars, American dollar, American dollars, bucks
EUR: euro, euros
GBP: pound, pounds, pound sterling, pounds sterling, sterling, British pound, British pounds
JPY: yen, Japanese yen
CNY: yuan, renminbi, Chinese yuan, rmb
CHF: Swiss franc, Swiss francs, franc, francs
CAD: Canadian dollar, Canadian dollars
AUD: Australian dollar, Australian dollars
HKD: Hong Kong dollar, Hong Kong dollars
NZD: New Zealand dollar, New Zealand dollars
SGD: Singapore dollar, Singapore dollars
SEK: Swedish krona, Swedish kronor
NOK: Norwegian krone, Norwegian kroner
DKK: Danish krone, Danish kroner
RUB: rouble, roubles, ruble, rubles
INR: rupee, rupees, Indian rupee, Indian rupees
MXN: Mexican peso, Mexican pesos, peso, pesos
NLG: guilder, guilders, Dutch guilder, Dutch guilders
FIM: markka, markkaa, Finnish markka
ESP: peseta, pesetas
DEM: Deutsche mark, Deutsche marks, D-mark, D-marks
FRF: French franc, French francs
"""

# Words shared by several currencies: money, with the currency the document names in full
# elsewhere ("5 billion krone" in a text that says "Danish krone" is DKK), else unknown.
AMBIGUOUS_CURRENCY_WORDS = """
NOK DKK: krone, kroner
SEK ISK: krona, kronor
"""

# Words that are a currency only after a scale word ("11.4 trillion won"); after a bare number
# they are mostly something else ("5 won", "the real").
SCALED_CURRENCY_WORDS = """
KRW: won
BRL: real, reais
"""

# Coins and sub-units, as a currency and the share of its main unit. A "cent" after an amount
# in another cent currency (CENT_CURRENCIES in common.py) is that currency's cent ("€2.5
# billion, or 50 cents a share").
SUBUNIT_WORDS = """
USD 0.01: cent, cents
GBP 0.01: penny, pence, p
"""

# Joins a main unit to its cents: "thirteen dollars and forty-five cents".
CENTS_JOINERS = """and"""

# Links a vague amount to its currency: "billions of dollars".
CURRENCY_LINKERS = """of"""
