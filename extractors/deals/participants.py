"""Companies listed as those who took part in a deal: "Other participants included Nvidia,
Andreessen Horowitz and Bpifrance", "Andere deelnemers waren onder meer Nvidia en Bpifrance",
"Lenders included JPMorgan and MUFG".

A participant noun of a deal type (``PARTICIPANT_NOUNS``) right before a listing verb
(``LISTING_VERBS``) makes each company listed after the verb a party to a deal of that type whose
other party is left to the context: the deal of that type named just before (``extract``).
Their own shares are not stated, so they take no amount.
"""

from __future__ import annotations

from extractors.deals.clauses import clause_scope
from extractors.deals.cues import DealCues, Trigger
from extractors.deals.roles import Candidate
from extractors.deals.triggers import Found
from extractors.deals.view import SOURCE_ONLY_LABELS, Sentence


def listed_participants(sentence: Sentence, cues: DealCues) -> list[Candidate]:
    found: list[Candidate] = []
    for k in range(1, len(sentence)):
        word = sentence.words[k]
        if word not in cues.listing_verbs:
            continue
        noun = sentence.words[k - 1]
        kind = next((t for t, nouns in cues.participant_nouns.items()
                     if (noun,) in nouns or (sentence.heads[k - 1],) in nouns), None)
        if kind is None:
            continue
        lo, hi = clause_scope(sentence, cues, k, k + 1)
        trigger = Found(Trigger(kind, "agent", (word,)), k, k + 1, (lo, hi))
        listed = [p for p in sentence.parties if k < p.first < hi and p.label not in SOURCE_ONLY_LABELS
                  and (p.prep is None or p.prep in cues.inclusion_preps)]
        found += [Candidate(trigger, p, None, open_target=True, participant=True) for p in listed]
    return found
