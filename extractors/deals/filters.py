"""What is no deal: boilerplate, forecasts, hypotheticals, negations, and amounts that are
prices, valuations or revenue rather than the value of a deal."""

from __future__ import annotations

from extractors.deals.clauses import comma_joiner, particle_in
from extractors.deals.cues import DealCues
from extractors.deals.view import AmountAt, Sentence

_NEAR = 3  # tokens between an amount and a price or revenue cue ("$23 a share")
_VALUED_REACH = 6  # words between a valuation word and its amount ("valued the social network at $33 billion")


def mark_excluded_amounts(sentence: Sentence, cues: DealCues) -> None:
    """Flag amounts that are prices, valuations, revenue or the like: no deal takes them."""
    for at in sentence.amounts:
        if _earlier_value(sentence, cues, at):
            at.excluded = True
            continue
        before = range(max(at.first - _NEAR, 0), at.first)
        if any(sentence.phrase_ending_at(i, cues.non_deal_before) for i in before
               if not _amount_between(sentence, i, at.first)):
            at.excluded = True
            at.valuation = any(sentence.words[k] in cues.valuation_words
                               for k in range(max(at.first - _VALUED_REACH, 0), at.first)
                               if not _amount_between(sentence, k, at.first))
            continue
        if sentence.find(cues.non_deal_after, at.end, min(at.end + 1, len(sentence))):
            at.excluded = True


def _earlier_value(sentence: Sentence, cues: DealCues, at: AmountAt) -> bool:
    """The amount a deal was changed from: "upsized from an initial $800m", "raised its backstop
    to $3.2bn, from $1.8bn", "verhoogde de garantie van $1,8 miljard naar $3,2 miljard"."""
    if at.first and sentence.phrase_ending_at(at.first - 1, cues.earlier_value):
        return True
    if cues.change_preps is None or not at.first:
        return False
    before, after = cues.change_preps
    return sentence.words[at.first - 1] == before and at.end + 1 < len(sentence) \
        and sentence.words[at.end] == after and sentence.amount_at(at.end + 1) is not None


def _amount_between(sentence: Sentence, lo: int, hi: int) -> bool:
    return any(sentence.amount_at(k) for k in range(lo + 1, hi))


def is_boilerplate(sentence: Sentence, cues: DealCues) -> bool:
    """A subscription offer or a call to the reader. A sentence naming two organisations is
    news, whatever words it has ("de overname van Youfone, een prijsvechter in mobiele
    abonnementen")."""
    if len({p.canonical for p in sentence.parties if p.label == "ORG"}) >= 2:
        return False
    if sentence.find(cues.boilerplate):
        return True
    # past a bullet or a quote mark: "- Subscribe now", "“Sign up today”"
    first = next((k for k, w in enumerate(sentence.words) if any(c.isalnum() for c in w)), None)
    return first is not None and any(sentence.matches(first, phrase) for phrase in cues.boilerplate_openers)


_AFTER = 3  # "Apple investeerde niet in Intel": a negation may follow the verb closely


def blocked(sentence: Sentence, cues: DealCues, lo: int, first: int, end: int) -> str | None:
    """Why the deal word at [first, end) in the clause starting at ``lo`` reports no deal, or
    None: a phrase of collateral it opens ("secured on"); a negation, a hypothetical or a
    forecast before it in its clause, or right after it. What comes later ("..., en analisten
    verwachten dat ...") is another statement."""
    if sentence.find(cues.collateral, first, first + 1):
        return "collateral"  # "secured on Nvidia chips"
    hi = min(end + _AFTER, len(sentence))
    start = lo
    for k in range(lo, first):  # a comma and a list word, or a colon, start a new statement
        if k > lo and comma_joiner(sentence, cues, k):
            start = k
        elif sentence.words[k] == ":":
            start = k + 1  # "Further takeovers cannot be ruled out: Rothesay, owned by GIC, ..."
    for reason, phrases in (("negation", cues.negation), ("hypothetical", cues.hypothetical),
                            ("forecast", cues.forecast)):
        if sentence.find(phrases, start, hi):
            return reason
    if _separable_negation(sentence, cues, start, first, hi):
        return "negation"
    return None


def _separable_negation(sentence: Sentence, cues: DealCues, start: int, first: int, hi: int) -> bool:
    """"Shell sluit een bod op BP uit", "ziet voorlopig af van een bod": a verb of refusing
    before the deal word whose particle follows it in the clause."""
    for k in range(start, first):
        for verb, particle in cues.negation_verbs:
            if verb in (sentence.words[k], sentence.lemmas[k]) and particle_in(sentence, particle, k + 1, hi):
                return True
    return False
