"""Dutch currency words. Symbols and ISO codes are shared: ``extractors/lang/common.py``.

Tables are text, one entry a line, ``KEY: phrase, phrase, ...``, matched case-insensitively
after the number ("8,1 miljard euro", "2 miljard Amerikaanse dollar").
"""

# Source: Taalunie spelling of currency names and the currencies NOS/FD name most. A bare
# "dollar" is the US dollar; a bare "frank" the Swiss franc; a bare "kroon" (Swedish, Norwegian
# or Danish) is in AMBIGUOUS_CURRENCY_WORDS. Misses "piek" and other slang, and most minor currencies.
CURRENCY_WORDS = """
USD: dollar, dollars, Amerikaanse dollar, Amerikaanse dollars, US-dollar, US-dollars, usd-dollar
EUR: euro, euro's, euros
GBP: pond, pond sterling, Britse pond, Britse ponden
JPY: yen, Japanse yen
CNY: yuan, renminbi, Chinese yuan
CHF: Zwitserse frank, Zwitserse franken, frank, franken
CAD: Canadese dollar, Canadese dollars
AUD: Australische dollar, Australische dollars
HKD: Hongkongse dollar, Hongkong-dollar
SEK: Zweedse kroon, Zweedse kronen
NOK: Noorse kroon, Noorse kronen
DKK: Deense kroon, Deense kronen
RUB: roebel, roebels
INR: roepie, roepies, Indiase roepie
NLG: gulden, guldens
"""

# Words shared by several currencies: money, with the currency the document names in full
# elsewhere ("60 miljard kroon" in a text that says "Deense kroon" is DKK), else unknown.
AMBIGUOUS_CURRENCY_WORDS = """
SEK NOK DKK ISK CZK: kroon, kronen
"""

# Words that are a currency only after a scale word: none in Dutch.
SCALED_CURRENCY_WORDS = """"""

# Coins and sub-units, as a currency and the share of its main unit. Source: Dutch coin names.
# "kwartje", "dubbeltje", "stuiver" were guilder coins; today they are said of euro cents.
# A "cent" after an amount in another cent currency (CENT_CURRENCIES in common.py) is that
# currency's cent.
SUBUNIT_WORDS = """
EUR 0.01: cent, centen, eurocent, eurocenten
EUR 0.25: kwartje, kwartjes
EUR 0.10: dubbeltje, dubbeltjes
EUR 0.05: stuiver, stuivers
"""

# Joins a main unit to its cents: "3 euro en 50 cent", "15 dollar en 15".
CENTS_JOINERS = """en"""

# Links a vague amount to its currency: none in Dutch ("miljarden euro's").
CURRENCY_LINKERS = """"""
