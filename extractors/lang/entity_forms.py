"""Forms of names that are the same in every language: legal suffixes, organisation heads,
acronyms that are never entities, web-address endings.

Language words (roles, sentence openings, headings) live in ``lang/<lang>/entity_cues.py``.
"""

# Legal forms written after a company's name, case-sensitive, with or without a comma before
# ("Meta Platforms, Inc.", "ASML Holding N.V.", "Prosus N.V."). Source: the legal forms of
# listed and private companies in the US, UK, Benelux, Germany, France, the Nordics and
# Japan. A span ending in one of them is an organisation; the canonical name drops it.
# Misses: forms written in words ("Besloten Vennootschap").
LEGAL_SUFFIXES = """
Inc. Inc Incorporated Corp. Corp Corporation Co. Ltd. Ltd Limited LLC L.L.C. LLP L.P. LP
plc PLC N.V. NV B.V. BV S.A. SA S.A.S. SAS SE AG GmbH KGaA S.p.A. SpA A/S ASA AB Oyj
S.E. K.K. Pty Co PBC
"""

# Capitalised head words that end an organisation's name in both languages (English words
# are common in Dutch company names too): "Blue Owl Capital", "Valor Equity Partners", "NN
# Group". After capitalised words they make an organisation. The canonical name keeps them;
# a short form ("Blue Owl") drops them.
ORG_HEADS = """
Capital Partners Group Groep Holding Holdings Securities Advisors Advisers Advisory
Management Bank Bankiers Associates Brokers Therapeutics Pharmaceuticals Biosciences
Biotherapeutics
"""

# Head words of a group's name that a known company is also written with: "OpenAI Group
# PBC" and "SoftBank Group" are the known "OpenAI" and "SoftBank". A subset of ORG_HEADS.
GROUP_HEADS = """Group Groep Holding Holdings"""

# Weaker head words: part of many names ("Cipher Mining", "Kestrel Park Capital Markets",
# "Aligned Data Centers") but also of desk names and headings ("Thematic Research", "Digital
# Infrastructure"), so they only extend a name a strong head or a legal form ends, and are
# dropped from short forms ("Cipher").
ORG_NAME_WORDS = """
Research Investment Investments Ventures Asset Banking Fund Funds Trust Equity Credit Infrastructure
Mining Energy Technologies Technology Labs Systems Data Centers Centres AI Digital Networks
Platforms Semiconductor Semiconductors Financial Investors Markets Strategy Insurance
Solutions Services Industries International Global Resources Power Company Corporation
Pharma Biotech Biopharma Medicines Healthcare Metals Minerals Platinum Steel Chemicals
Petroleum LNG Motors Airlines Telecom Communications Utilities Renewables Brands Foods
Properties Realty
"""

# Capitalised acronyms and words that are never an entity alone, in either language.
NOT_ENTITY_ACRONYMS = """
AI GPU GPUs TPU TPUs CPU CPUs CEO CFO CTO COO CIO IPO IPOs ESG ETF ETFs REIT REITs ABS
API LLM LLMs AGI IT HR PE VC M&A EPS EBITDA TCO SaaS OK FAQ PDF Q1 Q2 Q3 Q4 H1 H2 YTD
BBB AAA AA BB CCC MW GW KW TWh MWh GWh RSS URL PS NB
"""

# Web-address endings: a capitalised word ending in one is an organisation
# ("Thuisbezorgd.nl", "Booking.com").
DOMAIN_ENDINGS = """.nl .com .be .de .io .ai .co.uk .eu .fr .net .org"""

# Head words that end the name of a place ("Shackelford County", "Richland Parish", "Saline
# Township") or open it ("Port Washington", "Fort Worth"): a name with one is a place, not a
# person. Source: US and UK administrative place names. Misses: Dutch "gemeente X".
PLACE_HEADS = """County Parish Township Borough City Province District"""
PLACE_HEADS_BEFORE = """Port Fort Mount"""

# Head words that end the name of a law ("CHIPS Act", "One Big Beautiful Bill Act").
LAW_HEADS = """Act"""
