"""English words around an amount: approximation, ranges, percentages, vagueness, counts.

Lexicons are whitespace-separated words; phrase lists are comma-separated, matched
case-insensitively. ``extractors.amount_lexicon`` reads them.
"""

# Cues directly before an amount that make it approximate; they belong to the amount's span
# ("more than $500 billion"). Source: the list plus Reuters/Bloomberg usage.
APPROXIMATE_CUES = """
about, around, roughly, nearly, almost, approximately, approx., some, more than, less than,
fewer than, up to, as much as, as many as, at least, at most, close to, just over, just under,
well over, well above, over, under, above, below, upwards of, in excess of, an estimated,
estimated, circa, c., ca., north of, shy of
"""

# Between the two ends of a range ("10 to 12 percent"). Dashes are handled in code.
RANGE_WORDS = """to"""

# Before the first of two amounts joined by a range word, these make it a change, not a range:
# "rose from $5bn to $7bn" is two amounts, "$5bn to $7bn" one. The longer phrases that end in
# "from" are ranges after all ("ranging from 10% to 12%", "up from 6% to 8%": a range then).
CHANGE_CUES = """from"""
RANGE_CUES = """
ranging from, range from, ranges from, ranged from, varying from, vary from, varies from,
up from, down from
"""

# "between 10 and 12 percent".
BETWEEN_WORDS = """between"""
BETWEEN_JOINERS = """and"""

# Words that make a number a percentage, after the number. "percentage point" is read as a
# percentage. Misses "pc" (too often something else).
PERCENT_WORDS = """
percent, per cent, percents, percentage, pct, percentage point, percentage points,
per-cent, ppt, ppts
"""

# The reversed form "percent of 10", "per cent of twenty-two".
PERCENT_OF = """percent of, per cent of, percents of, percentage of"""

# Basis points ("50 basis points", "50bp").
BASIS_POINT_WORDS = """basis point, basis points, basis-point, bp, bps, bips"""

# Before a plural scale word, a vague amount ("tens of billions", "several billion dollars").
VAGUE_MULTIPLIERS = """
tens of, hundreds of, thousands of, several, a few, many, multiple, a couple of
"""

# After a number, things counted rather than money ("2,500 employees", "160 million shares").
# Source: nouns seen after numbers in English business news. Misses most nouns: a bare number
# with no currency is not money anyway; this list only stops vague and context-only amounts.
COUNT_NOUNS = """
shares share people persons customers users employees workers staff jobs households residents
investors subscribers members units barrels tonnes tons ounces kilograms kg litres liters
gallons megawatts gigawatts mw gw kwh homes houses cars vehicles devices chips gpus gpu's
servers datacenters transactions downloads years months days hours minutes times visitors
views copies tokens parameters consumers americans europeans patients students children
contracts options bonds votes acres square miles kilometres kilometers
"""

# Right before a number with a scale word but no currency, these make it money with an
# unknown currency ("invests 5 billion in"). Misses money named further away.
MONEY_CUES = """
invests, invested, invest, investing, investment of, investments of, worth, valued at,
value of, cost, costs, costing, cost of, loan of, loans of, financing of, funding of,
revenue of, revenues of, sales of, profit of, loss of, losses of, debt of, bid of, raised,
raises, raising, spend, spends, spent, spending, capex of, budget of, fine of, dividend of,
market value of, valuation of, market cap of, market capitalisation of, deal worth
"""
