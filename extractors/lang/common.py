"""Currency data that is the same in every language: ISO 4217 codes and currency symbols.

Tables are text, one entry a line, ``KEY: form, form, ...``; ``extractors.amount_lexicon`` reads
them. Words of a language (``dollar``, ``pond``) live in ``lang/<lang>/currencies.py``.
"""

# ISO 4217 codes matched when written in capitals right before or after a number ("USD 5bn",
# "200 EUR"). Source: the ISO 4217 list, cut down to currencies that financial commentary
# quotes. Left out on purpose: codes that are also common capitalised words or abbreviations
# (ALL, TOP, CUP, MOP, BAM, MAD, PEN, GEL), which "ALL 5 solutions are wrong" would trip.
# RMB and CNH are not ISO codes but are quoted as the yuan.
ISO_CODES = """
USD: USD
EUR: EUR
GBP: GBP
JPY: JPY
CHF: CHF
CNY: CNY, RMB, CNH
CAD: CAD
AUD: AUD
NZD: NZD
HKD: HKD
SGD: SGD
TWD: TWD
KRW: KRW
INR: INR
IDR: IDR
MYR: MYR
THB: THB
PHP: PHP
VND: VND
SEK: SEK
NOK: NOK
DKK: DKK
ISK: ISK
PLN: PLN
CZK: CZK
HUF: HUF
RON: RON
BGN: BGN
RUB: RUB
UAH: UAH
TRY: TRY
ILS: ILS
AED: AED
SAR: SAR
QAR: QAR
KWD: KWD
EGP: EGP
ZAR: ZAR
NGN: NGN
KES: KES
BRL: BRL
MXN: MXN
ARS: ARS
CLP: CLP
COP: COP
"""

# Symbols written before or after the number, attached or with a space ("€ 19", "100 €",
# "100元"). Source: Unicode currency symbols block plus the CJK unit signs. "$" alone is the
# US dollar unless a prefix says otherwise (DOLLAR_PREFIXES); "¥" alone is read as the yen,
# which misses the yuan written "¥" in Chinese sources.
CURRENCY_SYMBOLS = """
USD: $, US$, U.S.$
EUR: €
GBP: £
JPY: ¥, 円
CNY: 元
INR: ₹
KRW: ₩
RUB: ₽
TRY: ₺
ILS: ₪
VND: ₫
UAH: ₴
NGN: ₦
PHP: ₱
CRC: ₡
GEL: ₾
LAK: ₭
THB: ฿
LKR: ரூ
NLG: ƒ
"""

# Letters glued to a "$" that name another dollar or peso ("C$", "HK$", "Mex$"); matched in
# any case, and for the forms in SPACED_DOLLAR_PREFIXES also with one space ("c $ 16.4
# million" in tokenised newswire). Single letters that are also words ("a", "s") are never
# read with a space: "a $5 billion deal" is US dollars.
DOLLAR_PREFIXES = """
USD: US, U.S., U.S
CAD: C, CA, CAN
AUD: A, AU
HKD: HK
NZD: NZ
SGD: S, SG
TWD: NT
MXN: Mex, MX
BRL: R
"""

SPACED_DOLLAR_PREFIXES = """US U.S. U.S C CA HK NZ Mex"""

# Percent signs, written after the number with or without a space ("80%", "80 %").
PERCENT_SIGNS = """% ٪ ％"""

# Currencies divided into cents: a "cent" right after an amount in one of them is its cent.
CENT_CURRENCIES = """USD EUR CAD AUD NZD HKD SGD TWD"""

# The currency a bare "$" means when no prefix says otherwise.
DEFAULT_DOLLAR = "USD"
