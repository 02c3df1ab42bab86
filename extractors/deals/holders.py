"""Holdings stated by a holder noun: "Metro's largest shareholder, the investor Jaime Gilinski",
"makes Nvidia one of its largest shareholders", "Grootaandeelhouder JAB Holding".

The company held is the possessor of the noun ("Metro's", "its") or the party after its "of"
("aandeelhouder van Anthropic"); the holder is the party standing with the noun: right after it,
over a description ("Grootaandeelhouder JAB Holding", "shareholder, the investor X"), or right
before "one of" ("Nvidia one of its largest shareholders", "Two Seas Capital, one of Core
Scientific's larger investors").
"""

from __future__ import annotations

from extractors.deals.clauses import clause_scope
from extractors.deals.cues import DealCues, Trigger
from extractors.deals.roles import Candidate
from extractors.deals.triggers import Found
from extractors.deals.view import SOURCE_ONLY_LABELS, Party, Sentence

_HELD_REACH = 4  # words between the possessor and the holder noun ("Metro's largest shareholder")
_HOLDER_REACH = 6  # words between the holder noun and its holder on either side


def holder_candidates(sentence: Sentence, cues: DealCues) -> list[Candidate]:
    found = []
    for i, word in enumerate(sentence.words):
        if word not in cues.holder_nouns and sentence.heads[i] not in cues.holder_nouns:
            continue
        held = _held(sentence, cues, i)
        holder = _holder(sentence, cues, i, held)
        scope = clause_scope(sentence, cues, i, i + 1)
        trigger = Found(Trigger("stake", "holder", (word,)), i, i + 1, scope)
        if held is None and holder is None:
            # "De Veldhovense chipmachinemaker werd daarmee de grootste aandeelhouder", "Equinor,
            # met 10% de tweede aandeelhouder, ...": of the company of the deal just before
            after = sentence.words[i + 1] if i + 1 < len(sentence) else ""
            # not "the largest owner of nuclear plants": what is owned is named, but no company
            holder = None if after in cues.all_preps else (
                _copula_subject_before(sentence, cues, i) or _apposed_holder(sentence, cues, i))
            if holder is not None:
                found.append(Candidate(trigger, holder, None, held_from_context=True))
            continue
        if held is None or holder is None or held.label in SOURCE_ONLY_LABELS:
            continue
        found.append(Candidate(trigger, holder, held))
    return found


_COPULA_REACH = 4  # words between a copula and its holder noun ("werd daarmee de grootste aandeelhouder")


def _copula_subject_before(sentence: Sentence, cues: DealCues, i: int) -> Party | None:
    """The subject of a copula shortly before the holder noun at ``i``, over adverbs only."""
    for k in range(i - 1, max(i - 1 - _COPULA_REACH, 0) - 1, -1):
        if sentence.party_at(k) is not None or not sentence.words[k].isalpha():
            return None
        if sentence.words[k] in cues.copulas:
            return _subject_of_copula(sentence, cues, k)
    return None


def _held(sentence: Sentence, cues: DealCues, i: int) -> Party | None:
    for k in range(i - 1, max(i - _HELD_REACH, 0) - 1, -1):
        party = sentence.party_at(k)
        if party is not None:
            if party.possessive:
                return party
            break  # "Vela is de grootste aandeelhouder van Tarn": the holder; what it holds may follow
    after = sentence.party_at(i + 2) if i + 2 < len(sentence) else None
    if after is not None and after.prep in cues.venture_member_preps:
        return after  # "aandeelhouder van Anthropic"
    return None


def _holder(sentence: Sentence, cues: DealCues, i: int, held: Party | None) -> Party | None:
    if held is not None and held.first < i and held.first >= 2 and sentence.words[held.first - 1] == ",":
        before = sentence.party_at(held.first - 2)  # "Vela, Tarn's largest shareholder, said it ..."
        if before is not None and before.prep is None and not before.possessive:
            return before
    for k in range(i + 1, min(i + 1 + _HOLDER_REACH, len(sentence))):
        party = sentence.party_at(k)
        if party is not None and party is not held:
            return party if party.prep is None and not party.possessive else None
        if cues.breaks_clause(sentence.words, k) or sentence.amount_at(k):
            break
    # "Nvidia one of its largest shareholders", "Two Seas Capital, one of ... investors"
    start = held.first if held is not None and held.first < i else i
    for k in range(start - 1, max(start - _HOLDER_REACH, 0) - 1, -1):
        party = sentence.party_at(k)
        if party is not None:
            between = sentence.words[party.end:start]
            # "Vela is met 10% de grootste aandeelhouder van Tarn", "Vela, de grootste aandeelhouder van Tarn,"
            if held is not None and party.prep is None and not party.possessive and (
                    any(w in cues.copulas for w in between) or _apposed_holder(sentence, cues, i) is party):
                return party
            return party if any(w in cues.holder_openers for w in between) else None
        if sentence.words[k] in cues.holder_openers:
            # "become one of", "wordt daarmee een van": a copula over an adverb or two
            verb = next((j for j in range(k - 1, max(k - 3, 0) - 1, -1) if sentence.words[j] in cues.copulas), None)
            if verb is not None and all(sentence.party_at(j) is None and sentence.words[j].isalpha()
                                        for j in range(verb + 1, k)):
                return _subject_of_copula(sentence, cues, verb)
    return None


_APPOSITION_REACH = 6  # words between the comma and the holder noun ("met 35% de grootste")


def _apposed_holder(sentence: Sentence, cues: DealCues, i: int) -> Party | None:
    """"Peeters Holding, met 35% de grootste aandeelhouder, ...", "Equinor, the second-largest
    shareholder, ...": the party right before the comma that opens the holder noun's phrase. Not
    a noun that also describes what a company is ("Forbion, the Dutch venture investor")."""
    if sentence.words[i] in cues.description_nouns or sentence.heads[i] in cues.description_nouns:
        return None
    for k in range(i - 1, max(i - 1 - _APPOSITION_REACH, 0) - 1, -1):
        word = sentence.words[k]
        if word == ",":
            party = sentence.party_at(k - 1) if k else None
            return party if party is not None and party.prep is None and not party.possessive else None
        if sentence.party_at(k) is not None or word in cues.relative_pronouns or cues.breaks_clause(sentence.words, k):
            return None
    return None


def _subject_of_copula(sentence: Sentence, cues: DealCues, verb: int) -> Party | None:
    """"LS Power will receive shares ... and become one of NRG's largest shareholders": the
    holder is the subject the clause starts with."""
    lo, _ = clause_scope(sentence, cues, verb, verb + 1)
    for k in range(lo, verb):
        party = sentence.party_at(k)
        if party is not None:
            return party if party.prep is None and not party.possessive else None
    return None
