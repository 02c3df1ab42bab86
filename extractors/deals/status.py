"""A deal's status from the words of its clause: rumoured, planned, announced or completed.

The most tentative cue wins ("naar verluidt ... kondigde aan" is rumoured); with no cue the
status is left open rather than guessed.
"""

from __future__ import annotations

from extractors.deals.cues import DealCues
from extractors.deals.view import Sentence

ORDER = ("rumoured", "planned", "announced", "completed")


def deal_status(sentence: Sentence, cues: DealCues, lo: int, hi: int) -> str | None:
    for status in ORDER:
        if sentence.find(cues.status[status], lo, hi):
            return status
    return None
