"""A round of funding and the company that raises it.

- the round's raiser: its possessor ("Anthropic's Series F"), the company after its "van"/"of"
  ("een financieringsronde van Mistral AI"), or the party the sentence opens with ("Anthropic
  was valued at $183 billion after a round led by ICONIQ");
- the round's size ("a $13 billion Series F") is no participant's own money.

``roles`` decides who invests; this module only reads the round.
"""

from __future__ import annotations

from extractors.deals.cues import DealCues
from extractors.deals.triggers import Found
from extractors.deals.view import AmountAt, Party, Sentence

_RAISER_REACH = 8  # tokens between a round noun and the company raising it ("een ronde van $480 miljoen van Lambda")


def is_round(cues: DealCues, found: Found) -> bool:
    """Whether the deal word names a round of funding ("Series F", "financieringsronde")."""
    return found.type == "investment" and any(w in cues.round_nouns for w in found.trigger.words)


def round_raiser(cues: DealCues, found: Found, parties: list[Party]) -> Party | None:
    """"een financieringsronde van $480 miljoen van Lambda": the company after the round's "van"."""
    return next((p for p in parties if found.end <= p.first <= found.end + _RAISER_REACH
                 and p.prep is not None and p.prep in cues.round_preps), None)


def opening_subject(sentence: Sentence, found: Found) -> Party | None:
    """The party a sentence opens with, before the clause of the deal word."""
    first = sentence.parties[0] if sentence.parties else None
    if first is None or first.prep is not None or first.first > 1 or first.end > found.scope[0]:
        return None
    return first


def round_size(sentence: Sentence, cues: DealCues, found: Found, amount: AmountAt) -> bool:
    """"Anthropic's $13 billion Series F", "een ronde van $480 miljoen": the size of the round."""
    if 0 <= found.first - amount.end <= 1:
        return True
    return amount.first == found.end + 1 and any(sentence.matches(found.end, p) for p in cues.round_preps)
