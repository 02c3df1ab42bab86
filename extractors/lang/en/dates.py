"""English month names and their abbreviations, as they appear in bylines and datelines.

Source: the months as written in English newswire ("November 3, 2025", "3 Nov 2025").
Misses: relative dates ("today", "yesterday"), which need the date of publication.
"""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Day names and their abbreviations, capitalised wherever they stand ("Monday", "Mon 3
# Nov"); never entities. Source: English calendar names.
DAYS = """
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
sat sun
"""
