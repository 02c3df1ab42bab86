"""The voice of a deal word's clause: passive with or without its agent, a noun received or
judged by the verb it is the object of.

- "werd overgenomen door Prosus": an auxiliary before the verb and an agent after it;
- "werd overgenomen van Temasek": a passive with no agent names no buyer;
- "kreeg een garantie van Google": a deal noun received turns its roles round;
- "The regulator approved the merger": who judges a deal is no party to it.
"""

from __future__ import annotations

from extractors.deals.clauses import comma_joiner
from extractors.deals.cues import DealCues
from extractors.deals.triggers import Found
from extractors.deals.view import Party, Sentence


def agent_word(sentence: Sentence, cues: DealCues, found: Found) -> int | None:
    """Position of the passive agent's preposition ("door", "by") after the deal word; in a
    verb-final clause also between the auxiliary and the verb ("werd door Vela gekocht")."""
    hits = sentence.find(cues.agent_preps, found.end, found.scope[1])
    if hits:
        return hits[0]
    if not cues.verb_second:
        return None
    aux = _auxiliaries(sentence, cues, found)
    hits = sentence.find(cues.agent_preps, aux[0] + 1, found.first) if aux else []
    return hits[0] if hits else None


def _auxiliaries(sentence: Sentence, cues: DealCues, found: Found) -> list[int]:
    """Positions of the passive auxiliaries in the clause before the deal word; ", en Vela
    betaalde ..." opens a clause of its own (a joiner after a comma, then a company), and so
    does a relative clause (", die ieder de helft houden")."""
    lo = next((k for k in range(found.first - 1, found.scope[0], -1)
               if comma_joiner(sentence, cues, k) and sentence.party_at(k + 1) is not None
               or (sentence.words[k] in cues.relative_pronouns and sentence.words[k - 1] == ",")), found.scope[0])
    # "zijn belang": a possessive the text resolved to a company is no auxiliary
    return [k for k in range(lo, found.first)
            if (sentence.words[k] in cues.passive_aux or sentence.lemmas[k] in cues.passive_aux)
            and not (sentence.party_at(k) is not None and sentence.party_at(k).possessive)]


def is_passive(sentence: Sentence, cues: DealCues, found: Found, agent_required: bool = True) -> bool:
    """An auxiliary before the deal verb and an agent after it: "werd overgenomen door",
    "agreed to be taken private by a consortium of ..."."""
    if found.frame not in ("agent", "seller"):
        return False
    has_aux = bool(_auxiliaries(sentence, cues, found))
    if not agent_required:
        return has_aux
    agent = agent_word(sentence, cues, found)
    return agent is not None and (
        has_aux or (agent == found.end and _company_before(sentence, found.first) is not None)
        or _headline_passive(sentence, found, agent))


def _headline_passive(sentence: Sentence, found: Found, agent: int) -> bool:
    """"Tarn acquired by Vela for $5bn", "Tarn snapped up by Vela", "Tarn overgenomen door Vela":
    a sentence opening with a company and the participle right after it, its agent named right
    after that, is a passive whose auxiliary a headline leaves out."""
    subject = sentence.party_at(found.first - 1) if found.first else None
    opening = next((k for k, w in enumerate(sentence.words) if any(c.isalnum() for c in w)), None)
    if subject is None or subject.first != opening or subject.prep is not None:
        return False
    particle = found.trigger.particle
    right_after = agent == found.end or (agent == found.end + 1 and sentence.words[found.end] == particle)
    return right_after and sentence.party_at(agent + 1) is not None


def participle_of(sentence: Sentence, cues: DealCues, found: Found) -> Party | None:
    """"Tarn, acquired by Vela for $4.9B, ...", "een krediet aan KLM, verstrekt door ING": a
    participle with its agent right after it, after a company and a comma (a word or two may
    come between), is a passive without an auxiliary, and the company is what it says was done
    to; "a round led by SoftBank" is no company's."""
    if _auxiliaries(sentence, cues, found) or agent_word(sentence, cues, found) != found.end:
        return None
    return _company_before(sentence, found.first)


def _company_before(sentence: Sentence, k: int) -> Party | None:
    """The company before the comma before token ``k`` (a word or two may come between)."""
    for gap in range(3):
        if k - gap - 2 < 0:
            return None
        if sentence.words[k - gap - 1] == "," and (party := sentence.party_at(k - gap - 2)) is not None:
            return party
    return None


_AUX_REACH = 4  # words other than companies between a passive auxiliary and its participle


def bare_passive(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    """A passive with no agent: an auxiliary shortly before the verb, with no company between
    but its subject shortly after it ("werd LNG-handelaar Pavilion Energy uit Singapore
    overgenomen"), and no "door"/"by" after the verb."""
    lo, _ = found.scope
    if cues.present_participle_endings and sentence.words[found.first].endswith(cues.present_participle_endings):
        return False  # "is buying"
    k, words = found.first - 1, 0
    while k >= lo and words <= _AUX_REACH:
        party = sentence.party_at(k)
        if party is not None:
            if party.prep is None and not any(sentence.words[j] in cues.passive_aux
                                              for j in range(max(lo, party.first - _AUX_REACH), party.first)):
                return False  # "Vela is bereid Orbis over te nemen": a company before the verb
            k = party.first - 1
            continue
        if sentence.words[k] in (":", ";"):
            return False  # "the model was simple: buy cheap power"
        if sentence.words[k] in cues.passive_aux and not (k > lo and sentence.words[k - 1] in cues.all_preps):
            return agent_word(sentence, cues, found) is None  # not "voor zijn aandeel": a possessive
        # "werd deze maand voor $6,5 miljard ingelijfd": an amount counts as one word
        amount = sentence.amount_at(k)
        k, words = (amount.first if amount is not None else k) - 1, words + 1
    return False


_RECEIVED_REACH = 6  # words, amounts aside, between a receiving verb and the deal noun received


def received(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    """A deal noun that is the object of a receiving verb ("kreeg een garantie")."""
    lo, _ = found.scope
    verbs = cues.receiving_verbs | (cues.holding_verbs if found.type == "issuance" else frozenset())
    # "holds warrants equivalent to 14%": who holds the paper bought it, it issued nothing
    k, words = found.first - 1, 0
    while k >= lo and words < _RECEIVED_REACH:
        if sentence.words[k] in verbs or sentence.lemmas[k] in verbs:
            return True
        if sentence.amount_at(k) is None:  # "obtained a $500 million GPU-backed facility"
            words += 1
        k -= 1
    return False


_JUDGING_REACH = 4  # words between a verb of judging and the deal noun it judges ("approved the $16 billion merger")


def judged(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    """Whether a verb of judging stands shortly before the deal noun, or in Dutch after it
    ("keurde de overname goed")."""
    lo, hi = found.scope
    window = range(max(lo, found.first - _JUDGING_REACH), min(hi, found.end + _JUDGING_REACH))
    return any(sentence.words[k] in cues.judging_verbs for k in window)  # forms: "clearest" is no "clear"
