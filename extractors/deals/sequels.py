"""Deals that come next in a series, with no deal word of their own.

"Nvidia investeerde $5 miljard in Intel. SoftBank volgde met $2 miljard." and "Nebius tekende
een contract met Microsoft. Twee maanden later volgde een contract van 3 miljard dollar met
Meta." state a second deal by a verb of sequence ("volgde", "followed"). Such a sentence, when it
names a company and a money amount but no deal the extractor found, states another deal of the
type of the latest one:

- the company as its subject ("SoftBank volgde met ...") takes the earlier deal's source role,
  towards the same target (an issue has none);
- a company named with the sequence preposition ("... met Meta") takes the place of the earlier
  deal's party it is like (a tenant for a tenant, a bank for a bank) or, when that does not
  tell, of the one the text is less about: "a contract with Meta" after Nebius's contract with
  Microsoft is Nebius's, with Meta;
- companies named with the earlier type's target preposition, each after its own amount
  ("Binnen een paar weken volgden $5 miljard voor Intel, $2 miljard voor xAI en ..."), are the
  earlier source's next deals.
"""

from __future__ import annotations

from extractors.deals.clauses import clause_scope
from extractors.deals.cues import DealCues, Trigger
from extractors.deals.reference import kind_of, tenant_tier
from extractors.deals.roles import Candidate
from extractors.deals.triggers import Found
from extractors.deals.view import AmountAt, Party, Sentence

# Types whose deal has no target: an issue of bonds or shares is made to the market.
_TARGETLESS = frozenset({"issuance"})


def sequel_verb(sentence: Sentence, cues: DealCues) -> int | None:
    """The sequence verb of ``sentence``, unless it is passive ("followed by", "gevolgd door")."""
    for k, word in enumerate(sentence.words):
        if word in cues.sequel_verbs:
            after = sentence.words[k + 1] if k + 1 < len(sentence) else ""
            if not any(prep[0] == after for prep in cues.agent_preps):
                return k
    return None


def sequels(sentence: Sentence, cues: DealCues, earlier: Candidate, start: int = 0) -> list[Candidate]:
    """The deals ``sentence`` states as the next after ``earlier``; with ``start``, in the clause
    from there on (after the earlier deal's own clause in the same sentence)."""
    verb = sequel_verb(sentence, cues)
    if verb is None:
        return []
    lo, hi = clause_scope(sentence, cues, verb, verb + 1)
    lo = max(lo, start)
    money = [a for a in sentence.amounts if lo <= a.first < hi and a.amount.kind == "money" and not a.excluded]
    if not money:
        return []
    parties = [p for p in sentence.parties if lo <= p.first < hi and p.label == "ORG"]
    subjects = [p for p in parties if p.prep is None and not p.possessive]
    partners = [p for p in parties if p.prep in cues.sequel_preps]
    targets = [p for p in parties if p.prep in cues.target_preps.get(earlier.found.type, ()) and p not in partners]
    found = Found(Trigger(earlier.found.type, "noun" if partners and not subjects else "agent",
                          earlier.found.trigger.words), verb, verb + 1, (lo, hi))
    nearest = min(money, key=lambda a: abs(a.first - verb))
    if len(subjects) == 1 and not partners and not targets:
        return _kept([_as_source(found, subjects[0], earlier, nearest)])
    if len(partners) == 1 and not subjects and not targets:
        return _kept([_as_partner(sentence, found, partners[0], earlier, nearest)])
    if targets and not subjects and not partners and earlier.source is not None:
        # "Binnen een paar weken volgden $5 miljard voor Intel, $2 miljard voor xAI en ...": each
        # company with the amount named just before it
        return [Candidate(found, _borrowed(earlier.source), target, _amount_before(money, target, targets),
                          from_context=True) for target in targets if target.canonical != earlier.source.canonical]
    return []


def _kept(candidates: list[Candidate | None]) -> list[Candidate]:
    return [c for c in candidates if c is not None]


def _amount_before(money: list[AmountAt], target: Party, targets: list[Party]) -> AmountAt | None:
    """The amount between the company before ``target`` in the list and ``target`` itself."""
    previous = max((t.end for t in targets if t.end <= target.first), default=-1)
    between = [a for a in money if previous <= a.first < target.first]
    return between[-1] if between else None


def _as_source(found: Found, subject: Party, earlier: Candidate, amount: AmountAt) -> Candidate | None:
    """"SoftBank volgde met $2 miljard": the same deal, by another source."""
    if earlier.target is None and found.type not in _TARGETLESS:
        return None
    if subject.canonical in {p.canonical for p in (earlier.source, earlier.target) if p is not None}:
        return None
    return Candidate(found, subject, _borrowed(earlier.target), amount, from_context=earlier.target is not None)


def _as_partner(sentence: Sentence, found: Found, partner: Party, earlier: Candidate,
                amount: AmountAt) -> Candidate | None:
    """"Daarna volgde een contract met Meta": the party the text is about stays, the partner
    takes the other's place."""
    if earlier.source is None or earlier.target is None:
        return None
    names = (earlier.source.canonical, earlier.target.canonical)
    if partner.canonical in names:
        return None
    like_source, like_target = (_likeness(partner.canonical, n) for n in names)
    if like_source != like_target:
        keeps_source = like_target > like_source
    else:
        rank = {c: k for k, c in enumerate(sentence.topics)}
        keeps_source = rank.get(names[0], len(rank)) <= rank.get(names[1], len(rank))
    if keeps_source:
        return Candidate(found, _borrowed(earlier.source), partner, amount, from_context=True)
    return Candidate(found, partner, _borrowed(earlier.target), amount, from_context=True)


def _likeness(a: str, b: str) -> int:
    """How alike two organisations are for the part they play: the same tenant tier (a cloud
    provider for a cloud provider), the same kind in the reference data (a bank for a bank)."""
    kind = kind_of(a)
    return int(tenant_tier(a) == tenant_tier(b)) + int(kind is not None and kind == kind_of(b))


def _borrowed(party: Party | None) -> Party | None:
    """A party of an earlier sentence, placed in none of this one's words."""
    return None if party is None else Party(party.canonical, party.label, -1, -1, resolved=party.resolved)
