"""Dutch month names and their abbreviations, as they appear in bylines and datelines.

Source: the months as written in Dutch newspapers ("3 november 2025", "3 nov. 2025").
Misses: relative dates ("vandaag", "gisteren"), which need the date of publication.
"""

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Day names and their abbreviations, capitalised at the start of a sentence or a dateline
# ("Maandag", "ma 3 nov"); never entities. Source: Dutch calendar names.
DAYS = """
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo
"""
