"""English function words that Dutch and German do not share, for telling English apart when
the language detector wavers on short or repetitive text.

Source: the most frequent English words, minus those that are also common Dutch or German
words ("in", "is", "was", "we"). Misses: nothing a sentence of English lacks.
"""

from extractors.lang import words

FUNCTION_WORDS = words("""
the and of to that for on with are by from at this be have has not or but which were been its
their they would will said than about into more also after who
""")
