"""Dutch function words that neither English nor German share, for telling Dutch apart when
the language detector wavers (it often calls short Dutch text Afrikaans).

Source: the most frequent Dutch words, minus those that are also common English or German words
("in", "is", "was", "die", "en" is kept: it is not an English or German word). Misses: Flemish
and archaic spellings ("ende", "welke").
"""

from extractors.lang import words

FUNCTION_WORDS = words("""
de het een en van dat op te voor met niet zijn er aan ook bij naar door uit nog wel maar dan
deze wordt worden heeft hebben werd werden kan zou zal hun haar zich tot om over geen meer
""")
