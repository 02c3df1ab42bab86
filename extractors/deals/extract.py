"""Deals in a ``Doc``: sentence by sentence, deal words, their parties and their amounts.

Needs ``doc._.entities`` (mentions with canonical names) and ``doc._.amounts``. Steps per
sentence: resolve descriptions to organisations (``context``), mark prepositions (``clauses``)
and prices (``filters``), find deal words (``triggers``), give them roles and amounts
(``roles``), drop the blocked ones (``filters``), set status (``status``). Then per document,
a deal stated twice is kept once, with its amount where one of the statements has it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Doc

from extractors.deals.clauses import has_party_after, mark_prepositions, opens_shared_clause, own_clause
from extractors.deals.context import Antecedents, next_sentence_amount, resolve_references
from extractors.deals.cues import DealCues, deal_cues
from extractors.deals.holders import holder_candidates
from extractors.deals.layout import opens_paragraph
from extractors.deals.filters import blocked, is_boilerplate, mark_excluded_amounts
from extractors.deals.objects import venture_name
from extractors.deals.participants import listed_participants
from extractors.deals.reference import is_capacity_provider, is_capacity_tenant, tenant_tier
from extractors.deals.relatives import asset_held
from extractors.deals.roles import Candidate, assign_roles
from extractors.deals.rounds import is_round
from extractors.deals.sequels import sequel_verb, sequels
from extractors.deals.status import deal_status
from extractors.deals.triggers import Found, find_triggers, has_verb, held_after, in_idioms, majority_stake, paid_for
from extractors.deals.view import SOURCE_ONLY_LABELS, AmountAt, Party, Sentence, build_sentence
from extractors.lang import SUPPORTED
from extractors.types import Deal

_BASE_CONFIDENCE = {"agent": 0.8, "recipient": 0.75, "seller": 0.75, "noun": 0.65}
_SHARE_TYPES = frozenset({"stake", "acquisition", "investment", "financing"})
_SAME_AMOUNT = Decimal("0.01")
_RECEIVED_AS = frozenset({"financing", "guarantee"})  # what a sum raised or secured may be


def _sentences(doc: Doc, cues: DealCues) -> list[Sentence]:
    mentions = list(getattr(doc._, "entities", None) or []) if Doc.has_extension("entities") else []
    amounts = list(getattr(doc._, "amounts", None) or []) if Doc.has_extension("amounts") else []
    sentences = []
    antecedents = Antecedents()
    spans = list(doc.sents)
    mentions_in, amounts_in = _per_sentence(spans, mentions), _per_sentence(spans, amounts)
    named: Counter[str] = Counter()  # how often each organisation was named so far
    paragraph = 0
    for number, span in enumerate(spans):
        sentence = build_sentence(span, cues, mentions_in[number], amounts_in[number])
        paragraph += number > 0 and opens_paragraph(span)
        sentence.paragraph = paragraph
        mark_prepositions(sentence, cues)  # descriptions are resolved by their prepositions
        # the text's topic: of the organisations just before, the one named most often so far;
        # "daarvoor", "for it" point back to the latest instead
        recent = antecedents.ranked(number)
        points_back = any(w in cues.pronominal_adverbs for w in sentence.words)
        # a heading that opens with an organisation ("Zeevonk: de banken staan in de rij") names
        # what its section is about, ahead of the organisations named more often
        if antecedents.section is not None and antecedents.section not in recent:
            recent.append(antecedents.section)
        sentence.topics = recent if points_back else sorted(
            recent, key=lambda c: (c != antecedents.section, -named[c]))
        sentence.most_named = named.most_common(1)[0][0] if named else None
        named.update(p.canonical for p in sentence.parties if p.label == "ORG")
        resolve_references(sentence, cues, number, antecedents)
        mark_prepositions(sentence, cues)
        mark_excluded_amounts(sentence, cues)
        sentences.append(sentence)
    return sentences


def _per_sentence(spans: list, items: list) -> list[list]:
    """The items (mentions, amounts: anything with character ``start`` and ``end``) overlapping
    each sentence, found by bisection so that a long text costs no more per sentence."""
    starts = [span.start_char for span in spans]
    found: list[list] = [[] for _ in spans]
    for item in items:
        k = max(bisect_right(starts, item.start) - 1, 0)
        while k < len(spans) and spans[k].start_char < item.end:
            if spans[k].end_char > item.start:
                found[k].append(item)
            k += 1
    return found


def _candidates(sentence: Sentence, cues: DealCues) -> list[Candidate]:
    if is_boilerplate(sentence, cues):
        return []
    found = []
    triggers = _split_coordinated_clauses(sentence, cues, find_triggers(sentence, cues))
    sellers = {t.scope for t in triggers if t.frame == "seller"}
    for trigger in triggers:
        if blocked(sentence, cues, trigger.scope[0], trigger.first, trigger.end):
            continue
        sold = trigger.scope in sellers and trigger.type != "issuance"
        found += assign_roles(sentence, cues, trigger, sold=sold)
    # a verb and a noun of the same type in one clause state one deal, and the verb's roles
    # are the surer ("AMD issued OpenAI a warrant": not a warrant issued by OpenAI)
    found += holder_candidates(sentence, cues)
    found += [c for c in listed_participants(sentence, cues)
              if not blocked(sentence, cues, c.found.scope[0], c.found.first, c.found.end)]
    verbal = {(c.found.type, c.found.scope) for c in found if c.found.frame != "noun" and not c.open_source}
    found = [c for c in found if c.found.frame != "noun" or (c.found.type, c.found.scope) not in verbal]
    found = [c for c in found if (c.source is not None or c.target is not None) and
             not (c.target and c.source and c.source.canonical == c.target.canonical)]
    # "Pimco kocht obligaties van Meta": the verb buys bonds, no company nor goods
    bond_buyers = {c.found.first for c in found if c.bonds_bought}
    found = [c for c in found if c.bonds_bought or c.found.first not in bond_buyers]
    # "agreed to buy NIBC from Blackstone": a company bought is an acquisition, not a purchase
    # commitment towards the seller
    bought = {c.found.first for c in found if c.found.type == "acquisition" and c.target is not None}
    found = [c for c in found if not (c.found.type == "purchase_commitment" and c.found.first in bought)]
    # "garandeerde $3,2 miljard aan leningen voor TeraWulf": the loans named in a guarantee's
    # clause are what is guaranteed, not a second deal, unless lenders of their own are named
    # ("guaranteed a loan to Tarn provided by Vela")
    guaranteed = {c.found.scope: c.source for c in found if c.found.type == "guarantee" and c.found.frame != "noun"}
    found = [c for c in found if not (c.found.type == "financing" and c.found.frame == "noun" and c.found.scope
                                      in guaranteed and not _own_lender(cues, c, guaranteed[c.found.scope]))]
    # "Tarn secured a credit facility from banks led by Vela": what money was received as, a loan
    # or a guarantee named after the verb, is the deal; no investment besides
    debts = [c.found for c in found if c.found.type in _RECEIVED_AS and c.found.frame == "noun"]
    found = [c for c in found if not (c.found.type == "investment" and c.found.frame == "recipient" and any(
        d.scope == c.found.scope and d.first > c.found.first for d in debts))]
    found = [_majority_taken(sentence, cues, c) for c in _stake_bought(found)]
    found = [c for c in _held_in_venture(sentence, cues, _fill_stake_targets(found))
             if not _unplaced_stake(sentence, cues, c)]
    found += [_shares_taken_up(c) for c in found if _sells_shares(sentence, cues, c)]
    found = _joined_in_sentence(_issue_invested_in(found))
    # "Blackstone owns QTS, which it took private": owning what it took over is that takeover
    taken = {(c.source.canonical, c.target.canonical) for c in found
             if c.found.type == "acquisition" and c.found.frame != "noun" and c.source is not None
             and c.target is not None}
    found = [c for c in found if not (c.found.type == "stake" and c.source is not None and c.target is not None
                                      and (c.source.canonical, c.target.canonical) in taken)]
    return [_lease_direction(sentence, cues, c) for c in found]


def _sells_shares(sentence: Sentence, cues: DealCues, candidate: Candidate) -> bool:
    """"Vela sold new shares to a group led by Tarn": an issue of shares to a buyer named."""
    found, target = candidate.found, candidate.target
    return found.type == "issuance" and found.frame == "agent" and candidate.source is not None \
        and target is not None and target.first > found.end \
        and any(sentence.words[k] in cues.share_words for k in range(found.end, target.first))


def _shares_taken_up(candidate: Candidate) -> Candidate:
    """The buyer of an issue of shares invests in the issuer."""
    found = candidate.found
    investing = Found(replace(found.trigger, type="investment"), found.first, found.end, found.scope)
    return replace(candidate, found=investing, source=candidate.target, target=candidate.source)


def _issue_invested_in(candidates: list[Candidate]) -> list[Candidate]:
    """"Vela stapte in bij Tarn, tijdens een private plaatsing van $700 miljoen": an issue named
    beside an investment by the same subject is the issue of the company invested in, to
    buyers the sentence leaves open."""
    invested = {c.source.canonical: c.target for c in candidates if c.found.type == "investment"
                and c.found.frame == "agent" and c.source is not None and c.target is not None}
    for candidate in candidates:
        if candidate.found.type == "issuance" and candidate.found.frame == "noun" and candidate.source is not None \
                and candidate.source.canonical in invested:
            candidate.source, candidate.target = invested[candidate.source.canonical], None
    return candidates


def _joined_in_sentence(candidates: list[Candidate]) -> list[Candidate]:
    """"..., tijdens een private plaatsing waaraan ook Orbis deelnam": who joined the deal a
    relative clause is about invests in the company of the sentence's investment or issue."""
    company = next((c.target for c in candidates if c.found.type == "investment" and not c.participant
                    and c.target is not None), None) or next(
        (c.source for c in candidates if c.found.type == "issuance" and c.source is not None), None)
    for candidate in candidates:
        if candidate.participant and candidate.target is None and company is not None and candidate.source \
                and candidate.found.type == "investment" and candidate.source.canonical != company.canonical:
            candidate.target, candidate.open_target = company, False
    return candidates


def _own_lender(cues: DealCues, loan: Candidate, guarantor: Party | None) -> bool:
    """"guaranteed a loan to Tarn, provided by Vela": a loan whose lender is named as an agent,
    not the guarantor's ("85% of which is guaranteed by EDC")."""
    return loan.source is not None and loan.source.prep in cues.agent_preps and (
        guarantor is None or guarantor.canonical != loan.source.canonical)


def _split_coordinated_clauses(sentence: Sentence, cues: DealCues, triggers: list[Found]) -> list[Found]:
    """"ABN AMRO betaalde €672 mln voor HAL en Athora legt £5,7 mrd neer voor PIC": a deal verb's
    clause ends where the next deal verb's subject starts; ", en deed zijn winkels van de hand":
    where a clause with the same subject starts, which keeps its own words from there."""
    verbs = sorted((t for t in triggers if t.frame != "noun"), key=lambda t: t.first)
    # a deal noun's clause ends there too: "completed its acquisition of MAC Copper, Northern Star
    # took over De Grey Mining"
    nouns = []
    for t in triggers:
        b = next((v for v in verbs if v.first > t.end), None) if t.frame == "noun" else None
        if b is not None and _named_subject(sentence, b):
            nouns.append((t, b))
    cut = {}
    opens: dict[int, int] = {}  # ", en deed ...": the later clause starts at its list word
    for a, b in [*zip(verbs, verbs[1:]), *nouns]:
        if b.first <= a.end or b.scope[0] != a.scope[0]:
            continue
        k = b.first - 1
        while k > a.end and sentence.words[k] in cues.auxiliaries:
            k -= 1  # ", Sempra will keep 25%"
        subject = sentence.party_at(k)
        if subject is not None and subject.prep is None and subject.first > a.end:
            cut[id(a)] = subject.first
        # "owns 86% of Tarn and controls Lumo": a list word opens the clause of a verb with a party
        # of its own ("and contributed €1.3 billion" goes on about the first verb's deal)
        elif (joiner := opens_shared_clause(sentence, cues, b.first, has_party_after(sentence, cues, b))) \
                is not None and joiner > a.end:
            cut[id(a)] = joiner - 1 if sentence.words[joiner - 1] == "," else joiner
            opens[id(b)] = joiner + 1
    # a cut only ever narrows a clause ("plaatste USD 30 miljard, Alphabet volgde ..." ends at its comma)
    return [Found(t.trigger, t.first, t.end, (opens.get(id(t), t.scope[0]), min(cut.get(id(t), t.scope[1]),
                                                                               t.scope[1])))
            for t in triggers]


def _named_subject(sentence: Sentence, verb: Found) -> bool:
    """A company named right after a comma and right before ``verb`` opens a main clause of its
    own ("..., Northern Star took over De Grey"); not a pronoun ("says it can fund"), nor one after
    a list word, which may go on about the deal named ("Pimco nam daarvan $18 miljard en
    BlackRock kocht voor $3 miljard")."""
    subject = sentence.party_at(verb.first - 1)
    return subject is not None and not subject.resolved and subject.first > 0 \
        and sentence.words[subject.first - 1] == ","


def _unplaced_stake(sentence: Sentence, cues: DealCues, candidate: Candidate) -> bool:
    """A holding with no company as target is kept only when it is "of the venture" or "van
    het project"; "houdt 100% van de aandelen" says of what elsewhere."""
    if candidate.found.type != "stake" or candidate.target is not None:
        return False
    held = asset_held(sentence, cues, candidate.found)
    if held is not None:
        candidate.target, candidate.held_from_context = held, False
        return False
    lo, hi = candidate.found.scope
    if any(sentence.words[k] in cues.whole_words for k in range(lo, hi)):
        lo, hi = 0, len(sentence)  # "..., while Meta keeps the remaining 20%": the rest of what was named
    if any(sentence.words[k] in cues.venture_words or sentence.heads[k] in cues.venture_words
           for k in range(lo, hi)):
        candidate.held_from_context = False  # a share of the venture the sentence names
        return False
    if candidate.held_from_context:
        candidate.open_target = True  # "Intel houdt de overige 49%": of the company just named, or no deal
        return False
    owned = _shares_owned(sentence, cues, candidate)
    if owned is not None:
        candidate.target, candidate.from_context = owned, True
        return False
    return True


def _shares_owned(sentence: Sentence, cues: DealCues, candidate: Candidate) -> Party | None:
    """"De Deense staat, die 50,1% van de aandelen bezit": "the shares", with no company named,
    are those of the company the text names most."""
    owned = sentence.most_named
    lo, hi = candidate.found.scope
    if owned is None or owned == candidate.source.canonical or not any(
            sentence.phrase_ending_at(k - 1, cues.target_preps["stake"]) and sentence.words[k] in
            cues.description_determiners and sentence.words[k + 1] in cues.share_words
            and sentence.party_at(k + 2) is None for k in range(max(lo, 1), hi - 1)):
        return None
    return Party(owned, "ORG", -1, -1, resolved=True)


def _lease_direction(sentence: Sentence, cues: DealCues, candidate: Candidate) -> Candidate:
    """A lease stated by a noun ("X signed a contract with Y for capacity") runs from the
    provider to the tenant: the party ranked as the surer tenant is the target. A purchase
    commitment stated by a noun ("X signed a power purchase agreement with Microsoft") runs the
    other way, from the buyer: the surer tenant is the source."""
    if candidate.found.frame != "noun" or candidate.target is None or candidate.source is None:
        return candidate
    names = (candidate.source.canonical, candidate.target.canonical)
    # the companies listed with either party count too ("met Nscale en Aker")
    listed = {p.canonical for p in sentence.parties
              if p.prep is not None and p.prep in (candidate.source.prep, candidate.target.prep)}
    generic = candidate.found.trigger.words[-1] in cues.contract_nouns  # "agreement", not "lease"
    if candidate.found.type == "lease" and generic and not any(is_capacity_provider(n) for n in {*names, *listed}) \
            and any(is_capacity_tenant(n) for n in names):
        # "signed chip and capacity agreements with Nvidia, AMD and Broadcom", "a framework
        # agreement with Brookfield Renewable for 10.5 GW": a tenant buying from a supplier that
        # rents out no capacity commits to purchases
        found = candidate.found
        candidate.found = Found(replace(found.trigger, type="purchase_commitment"), found.first, found.end, found.scope)
    source, target = tenant_tier(candidate.source.canonical), tenant_tier(candidate.target.canonical)
    if (candidate.found.type == "lease" and source < target) or (
            candidate.found.type == "purchase_commitment" and target < source):
        candidate.source, candidate.target = candidate.target, candidate.source
    return candidate


def _stake_bought(candidates: list[Candidate]) -> list[Candidate]:
    """"Vela bought a 25% stake in Kestrel from Tarn", "is buying Tarn's stake in Kestrel": what
    is bought is the stake, held from then on by the buyer; the company it is bought from, or
    whose stake it was, is no company taken over."""
    stakes = [c for c in candidates if c.found.type == "stake" and c.found.frame == "noun" and c.target is not None]
    dropped = []
    for bought in candidates:
        if bought.found.type != "acquisition" or bought.found.frame == "noun" or bought.source is None \
                or bought.target is None:
            continue
        for stake in stakes:
            if stake.found.scope != bought.found.scope or stake.target.canonical == bought.target.canonical \
                    or not bought.found.end <= stake.found.first:
                continue
            if stake.source is not None and stake.source.canonical == bought.target.canonical:
                stake.source = bought.source  # "Tarn's stake": Tarn sells it
            if stake.source is not None and stake.source.canonical == bought.source.canonical:
                # "het belang van 25% van Tarn in Kestrel": no stake in the seller either
                dropped += [bought] + [s for s in stakes if s.found.scope == stake.found.scope
                                       and s.target.canonical == bought.target.canonical]
                if stake.amount is None:
                    stake.amount = bought.amount
    gone = {id(c) for c in dropped}
    return [c for c in candidates if id(c) not in gone]


def _majority_taken(sentence: Sentence, cues: DealCues, candidate: Candidate) -> Candidate:
    """"Vela bought a controlling stake in Tarn", "Vela nam een meerderheidsbelang in Tarn": a
    stake that gives control, taken by a verb of taking, is a takeover. Held ("Vela houdt een
    meerderheidsbelang") it stays a holding."""
    found = candidate.found
    if found.type != "stake" or found.frame != "noun" or candidate.target is None or candidate.source is None \
            or candidate.source.first > found.first or not majority_stake(sentence, cues, found):
        return candidate  # "a controlling stake in Tarn, backed by Orbis": Orbis took nothing
    if not has_verb(sentence, cues.taking_verbs, found.scope[0], found.first):
        return candidate
    candidate.found = Found(replace(found.trigger, type="acquisition"), found.first, found.end, found.scope)
    return candidate


def _fill_stake_targets(candidates: list[Candidate]) -> list[Candidate]:
    """"een investering van 5 miljard dollar in Intel, goed voor een belang van 4 procent": a
    stake without a target of its own is in the company the same source invests in. "Vela
    koopt aandelen Tarn en krijgt daarmee een belang van 3%": a stake after the purchase whose
    holder was taken to be the company bought is the buyer's."""
    for candidate in candidates:
        if candidate.found.type != "stake" or candidate.target is not None:
            continue
        for other in candidates:
            if other.found.type not in ("investment", "acquisition") or other.target is None \
                    or other.source is None:
                continue
            if other.target.canonical == candidate.source.canonical and candidate.found.frame == "noun" \
                    and other.found.first < candidate.found.first:
                candidate.source = other.source
            if other.source.canonical == candidate.source.canonical:
                candidate.target = other.target
                break
    return candidates


def _held_in_venture(sentence: Sentence, cues: DealCues, candidates: list[Candidate]) -> list[Candidate]:
    """"Zeevonk, een joint venture van Vattenfall en CIP, die ieder de helft van de aandelen
    houden": a holding in no company named is in the venture the sentence names."""
    ventures = [named for c in candidates if c.found.type == "joint_venture" and c.found.frame == "noun"
                and (named := venture_name(sentence, cues, c.found)) is not None]
    for candidate in candidates:
        if candidate.found.type == "stake" and candidate.target is None and ventures \
                and ventures[0].canonical != candidate.source.canonical:
            candidate.target, candidate.held_from_context = ventures[0], False
    return candidates


def _evidence(sentence: Sentence) -> tuple[str, int, int]:
    """The sentence without surrounding white space, and its offsets in the document."""
    text = sentence.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return stripped, sentence.start + lead, sentence.start + lead + len(stripped)


def _share(sentence: Sentence, candidate: Candidate):
    if candidate.found.type not in _SHARE_TYPES:
        return None
    lo, hi = candidate.found.scope
    percents = [a for a in sentence.amounts if lo <= a.first < hi and a.amount.kind == "percent"
                and not a.excluded]
    if not percents:
        return None
    anchor = candidate.found.first
    return min(percents, key=lambda a: abs(a.first - anchor)).amount.value


def _instrument(sentence: Sentence, cues: DealCues, candidate: Candidate) -> str | None:
    """The longest instrument named in the deal's clause ("senior secured notes")."""
    lo, hi = candidate.found.scope
    best = None
    for i in sentence.find(cues.instruments, lo, hi):
        for phrase in cues.instruments:
            if sentence.matches(i, phrase) and (best is None or best[1] - best[0] < len(phrase)):
                best = (i, i + len(phrase))
    return None if best is None else sentence.span[best[0]:best[1]].text


def _horizon(sentence: Sentence, cues: DealCues, candidate: Candidate) -> str | None:
    """"tot 2032", "due 2030": a horizon cue with a year within two words after it."""
    lo, hi = candidate.found.scope
    for i in sentence.find(cues.horizon, lo, hi):
        phrase = next(p for p in cues.horizon if sentence.matches(i, p))
        for k in range(i + len(phrase), min(i + len(phrase) + 2, hi)):
            word = sentence.words[k]
            if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"):
                return sentence.span[i:k + 1].text
    return None


def _asset(sentence: Sentence, candidate: Candidate) -> str | None:
    lo, hi = candidate.found.scope
    inside = [name for name, first, _ in sentence.assets if lo <= first < hi]
    return (inside or [name for name, _, _ in sentence.assets] or [None])[0]


def _confidence(candidate: Candidate, borrowed_amount: bool) -> float:
    """How explicit the deal word is (a verb with its roles beats a noun), lowered for every
    guess: a party resolved from a description, a missing party, a target or amount taken from
    a neighbouring sentence. On the dev corpus with gold entities, deals at 0.8 were right four
    times in five and those at 0.6-0.7 about three times in five (bench/deals_oracle_eval.py)."""
    score = _BASE_CONFIDENCE.get(candidate.found.frame, 0.6)
    parties = [p for p in (candidate.source, candidate.target) if p is not None]
    if any(p.resolved for p in parties):
        score -= 0.15
    if len(parties) < 2 and candidate.found.type != "issuance":
        score -= 0.2
    if borrowed_amount or candidate.from_context:
        score -= 0.1
    return round(max(0.05, min(0.95, score)), 3)


def _deal(sentence: Sentence, cues: DealCues, candidate: Candidate, amount: AmountAt | None,
          borrowed: bool) -> Deal:
    text, start, end = _evidence(sentence)
    value = amount.amount if amount else None
    return Deal(
        type=candidate.found.type,
        source=candidate.source.canonical if candidate.source else None,
        target=candidate.target.canonical if candidate.target else None,
        text=text,
        start=start,
        end=end,
        confidence=_confidence(candidate, borrowed),
        amount=value.value if value else None,
        currency=value.currency if value else None,
        status=deal_status(sentence, cues, *candidate.found.scope),
        share=_share(sentence, candidate),
        asset=_asset(sentence, candidate),
        instrument=_instrument(sentence, cues, candidate),
        horizon=_horizon(sentence, cues, candidate),
        amount_text=value.text if value else None,
    )


def _key(deal: Deal) -> tuple:
    parties = (deal.source, deal.target)
    if deal.type == "joint_venture":
        parties = tuple(sorted(p or "" for p in parties))
    return (deal.type, *parties)


def _compatible(a: Deal, b: Deal) -> bool:
    if a.amount is None or b.amount is None:
        return True
    if a.currency != b.currency:
        return False
    return abs(a.amount - b.amount) <= _SAME_AMOUNT * max(abs(a.amount), abs(b.amount))


def _better(a: Deal, b: Deal) -> Deal:
    """Of two statements of one deal, the one with an amount, then the more confident."""
    return max((a, b), key=lambda d: (d.amount is not None, d.share is not None, d.confidence))


def merge_repeats(deals: list[Deal]) -> list[Deal]:
    """A deal stated in several sentences is kept once (same type and parties, compatible
    amounts), in the order of its first statement."""
    kept: list[Deal] = []
    by_key: dict[tuple, list[int]] = {}
    for deal in deals:
        for index in by_key.get(_key(deal), []):
            if _compatible(kept[index], deal):
                kept[index] = _better(kept[index], deal)
                break
        else:
            by_key.setdefault(_key(deal), []).append(len(kept))
            kept.append(deal)
    return kept


_CONTEXT_SENTENCES = 2  # how far back "de ronde" or "the facility" may refer
# how far back listed participants may join a deal ("ASML led a round for Mistral AI. [two
# sentences on it] Other participants included Nvidia and Bpifrance."): the noun says a deal
# was just told
_PARTICIPANT_CONTEXT = 4
# A guarantee with no party backed backs the tenant or the borrower of the lease or loan just
# named ("... a ten-year lease with Fluidstack as tenant. Google stands behind it again"), or
# the party of the guarantee before; other deal types go on about their own type only.
_CONTINUED_BY = {"guarantee": ("guarantee", "lease", "financing")}


def _complete_from_context(sentences: list[Sentence], cues: DealCues, candidate: Candidate, recent: dict,
                           number: int) -> None:
    """A deal noun without a target of its own ("De ronde werd geleid door ICONIQ") continues
    the deal of the same type named just before (a guarantee: of a type ``_CONTINUED_BY``
    names, in its own paragraph): it takes that deal's target, and its amount when the earlier
    statement had no source (so the amount was not yet anyone's deal). A noun a purpose phrase
    pays for ("to pay for grid investment") is spending, no deal before it."""
    kinds = _CONTINUED_BY.get(candidate.found.type, (candidate.found.type,))
    seen = max((recent[k] for k in kinds if k in recent), key=lambda s: s[0], default=None)
    reach = _PARTICIPANT_CONTEXT if candidate.participant else _CONTEXT_SENTENCES
    if seen is None or number - seen[0] > reach:
        return
    sentence = sentences[number]
    if seen[1].found.type != candidate.found.type and sentences[seen[0]].paragraph != sentence.paragraph:
        return  # "Google stands behind it again": a deal of another type, in the same paragraph only
    if paid_for(sentence, cues, candidate.found.first):
        return
    earlier = seen[1]
    if candidate.source is not None and earlier.target.canonical == candidate.source.canonical:
        return
    candidate.target = earlier.target
    candidate.from_context = True
    if candidate.amount is None and earlier.source is None and not candidate.participant \
            and not cues.takes_part(candidate.found.trigger):
        candidate.amount = earlier.amount  # the leader's; who takes part has no share stated


# Deals whose company a holding stated after them may be a part of ("Silver Lake kocht 51% van
# Altera. Intel houdt de overige 49%.")
_HELD_TYPES = ("stake", "acquisition", "investment")


_STAKE_NOUN_REACH = 4  # words between a verb and the stake noun it takes ("bouwde dit jaar een belang op")


def _held_in_sentence(sentence: Sentence, cues: DealCues, candidate: Candidate, candidates: list[Candidate]) -> None:
    """"Vela will control 65% of Orbis, Tarn will keep 25%": a share held in no company named
    is in the company of the holding stated before it in the sentence, or of the share named
    before it ("The state, which owns 50.1% of the company, ..., and so did Equinor, which holds 10%")."""
    before = [c.target for c in candidates if c.found.type == "stake" and c.target is not None
              and c.found.first < candidate.found.first and not c.from_context]
    before += [p for p in _shares_of(sentence, cues) if p.end <= candidate.found.first]
    before.sort(key=lambda p: p.first)
    if before and before[-1].canonical != candidate.source.canonical:
        candidate.target, candidate.from_context = before[-1], True


def _shares_of(sentence: Sentence, cues: DealCues) -> list[Party]:
    """The companies named right after a percentage and a holding preposition ("50.1% of the company")."""
    return [party for a in sentence.amounts if a.amount.kind == "percent"
            and (party := held_after(sentence, cues, a.end - 1)) is not None and party.label not in SOURCE_ONLY_LABELS]


def _held_from_context(sentence: Sentence, cues: DealCues, candidate: Candidate,
                       recent: dict[str, tuple[int, Candidate]], number: int) -> None:
    """A share held in no company named takes the company of the latest deal just before; with
    none, a stake named as such ("bouwde een belang van 5% op") is in the company the text is about."""
    seen = [recent[t] for t in _HELD_TYPES if t in recent and number - recent[t][0] <= _CONTEXT_SENTENCES]
    if not seen and (owned := _shares_owned(sentence, cues, candidate)) is not None:
        candidate.target, candidate.from_context = owned, True
        return
    if not seen:
        idioms = in_idioms(sentence, cues)  # "heeft er alle belang bij": no holding
        near = range(candidate.found.first, min(len(sentence), candidate.found.end + _STAKE_NOUN_REACH))
        if any(sentence.words[k] in cues.stake_nouns and k not in idioms for k in near):
            topic = _topic(sentence)
            if topic is not None and topic.canonical != candidate.source.canonical:
                candidate.target, candidate.from_context = topic, True
        return
    earlier = max(seen, key=lambda s: (s[0], s[1].found.first))[1]
    if earlier.target.canonical == candidate.source.canonical:
        return
    candidate.target = earlier.target
    candidate.from_context = True


def _invested_for_stake(candidate: Candidate, candidates: list[Candidate]) -> None:
    """"Microsoft owns roughly 27%, in return for the $13.8 billion it has invested": money put
    in by a holder the sentence names, with no company of its own, went into the company held."""
    if candidate.found.type != "investment" or candidate.found.frame == "noun" or candidate.source is None:
        return  # not "the investment firm run by Jared Kushner will take a smaller share"
    held = [c.target for c in candidates if c.found.type == "stake" and c.target is not None
            and c.source is not None and c.source.canonical == candidate.source.canonical]
    if held:
        candidate.target, candidate.from_context = held[0], True


def _listed_investors(candidates: list[Candidate]) -> list[Candidate]:
    """"stapten de Verenigde Staten in met $8,9 miljard, Nvidia met $5 miljard en ...": open
    investments of one deal word, each with an amount of its own, are a list of investors; with
    no round named just before, they invest in the company the text is about."""
    amounts_of: dict[int, set[int]] = {}
    for c in candidates:
        if c.open_target and c.amount is not None and c.found.type == "investment":
            amounts_of.setdefault(c.found.first, set()).add(c.amount.first)
    return [c for c in candidates if len(amounts_of.get(c.found.first, ())) > 1]


def _joined_round(sentence: Sentence, cues: DealCues, candidate: Candidate) -> bool:
    """"Vela deed mee aan een financieringsronde van $480 miljoen, samen met Tarn": a round its
    investors join (a verb of taking part before it, or those beside), with no raiser named, is
    raised by the company the text is about."""
    found = candidate.found
    if cues.takes_part(found.trigger):  # "Vela took part in a $480 million round"
        return any(sentence.words[k] in cues.round_nouns for k in range(found.end, found.scope[1]))
    if not is_round(cues, found):
        return False
    if candidate.participant:
        return True
    lo, first = found.scope[0], found.first
    before = {w for k in range(lo, first) for w in (sentence.words[k], sentence.lemmas[k])}
    return any(all(part in before for part in entry.split("+")) for entry in cues.participation_verbs)


def _issuer_from_context(candidate: Candidate, issuer: tuple[int, Party] | None, number: int) -> None:
    """"Pimco bought $18 billion of the bonds": lent to the issuer of the latest issue just before."""
    if issuer is None or number - issuer[0] > _CONTEXT_SENTENCES or issuer[1].canonical == candidate.source.canonical:
        return
    candidate.target, candidate.from_context = issuer[1], True


_TOPIC_TYPES = frozenset({"financing"})


def _borrower_from_context(sentence: Sentence, cues: DealCues, candidate: Candidate) -> None:
    """"The third facility was arranged by Morgan Stanley and MUFG": a loan whose lenders are
    named but not its borrower is the loan of the company the text was just about."""
    if candidate.found.type not in _TOPIC_TYPES or candidate.source is None:
        return
    if candidate.source.prep is None or candidate.source.prep not in (*cues.agent_preps, *cues.leader_preps):
        return  # "Meta heeft de financiering rond": the subject of a loan noun may be its borrower
    lenders = {p.canonical for p in sentence.parties if p.prep == candidate.source.prep}
    lo, hi = candidate.found.scope  # without a purpose phrase ("to fund capacity for OpenAI")
    others = [p for p in sentence.parties
              if p.canonical not in lenders and p.label not in SOURCE_ONLY_LABELS and lo <= p.first < hi]
    if len(others) == 1 and _owner_of_purpose(sentence, cues, candidate, others[0]):
        candidate.target = others[0]  # "leningen voor twee campussen van Vantage"
        return
    if others:
        return  # another company is named: the borrower may be it, in a way not understood
    candidate.target = _topic(sentence)
    candidate.from_context = candidate.target is not None


def _owner_of_purpose(sentence: Sentence, cues: DealCues, candidate: Candidate, party: Party) -> bool:
    """Whether ``party`` owns what the loan is for: after the deal word, a target preposition
    of the loan ("voor", "for") and then the owner's ("van", "of")."""
    if party.prep not in cues.owner_preps or party.first < candidate.found.end:
        return False
    purposes = {prep[0] for prep in cues.target_preps.get(candidate.found.type, ()) if len(prep) == 1}
    return any(sentence.words[k] in purposes for k in range(candidate.found.end, party.first - 1))


def _owner_from_context(sentence: Sentence, candidate: Candidate) -> None:
    """"Beide locaties worden verhuurd aan Oracle": the sites are those of the company the
    text was just about, when the sentence names no other."""
    if any(p.first < candidate.found.first and p.canonical != candidate.target.canonical for p in sentence.parties):
        return  # a company before the verb: the subject may be it, in a way not understood
    candidate.source = _topic(sentence)
    if candidate.source is None and not sentence.topics and sentence.most_named is not None \
            and sentence.most_named != candidate.target.canonical:
        # no organisation in the sentences just before: the one the text is most about
        candidate.source = Party(sentence.most_named, "ORG", -1, -1, resolved=True)
    candidate.from_context = candidate.source is not None


def _takeover_value(sentence: Sentence, candidate: Candidate) -> AmountAt | None:
    """"X was taken over by xAI in a transaction that valued the social network at $33 billion":
    a takeover with no price of its own, and of the whole company, is worth its valuation."""
    lo, hi = candidate.found.scope
    if any(a.amount.kind == "percent" and lo <= a.first < hi for a in sentence.amounts):
        return None  # "51% of Altera ... valued Altera at $8.75 billion": the price of a part is less
    values = [a for a in sentence.amounts if a.valuation and a.amount.kind == "money" and lo <= a.first < hi]
    return min(values, key=lambda a: abs(a.first - candidate.found.first)) if values else None


def _raised_as_issues(sentence: Sentence, cues: DealCues, candidates: list[Candidate]) -> list[Candidate]:
    """"Meta plaatste USD 30 miljard, ..., en Amazon trok USD 15 miljard aan": money raised from
    no one named, by a verb that also issues, is an issue when the sentence's other deals are
    in other clauses (with an issue in its own clause, "haalde €5 miljard op met een claimemissie",
    its investors may follow)."""
    issues_at = [c.found.scope for c in candidates if c.found.type == "issuance" and c.source is not None]
    if not issues_at:
        return candidates
    return [_as_issue(c) if _raised_by_issuing_verb(sentence, cues, c)
            and not any(lo <= c.found.first < hi for lo, hi in issues_at) else c for c in candidates]


def _raised_by_issuing_verb(sentence: Sentence, cues: DealCues, candidate: Candidate) -> bool:
    """Money raised from no one named ("haalde $30 miljard op"), by a verb that also issues."""
    found = candidate.found
    return found.type == "investment" and found.frame == "recipient" and candidate.source is None \
        and "issuance" in cues.deal_types(sentence.words[found.first], frame="agent")


def _as_issue(candidate: Candidate) -> Candidate:
    """The money ``candidate`` raised, as an issue of the raiser's to no one named."""
    found = candidate.found
    return replace(candidate, found=replace(found, trigger=replace(found.trigger, type="issuance")),
                   source=candidate.target, target=None, open_source=False, open_target=False, from_context=False)


def _valued_round(sentence: Sentence, candidate: Candidate) -> bool:
    """"Anthropic haalde $13 miljard op bij beleggers, tegen een waardering van $183 miljard": a
    sum raised at a valuation is a round, whether or not its investors are named."""
    found = candidate.found
    if found.type != "investment" or found.frame != "recipient" or candidate.target is None \
            or candidate.amount is None:
        return False
    lo, hi = found.scope
    return any(a.valuation for a in sentence.amounts if lo <= a.first < hi)


def _raised_from_no_one(sentence: Sentence, cues: DealCues, candidates: list[Candidate],
                        following: list[Candidate]) -> list[Candidate]:
    """"SSE raised £2 billion this month", "Het bedrijf haalde $30 miljard op": a sum raised
    from no one named, by a verb that also issues, is an issue of the raiser's. Not so at a
    valuation or when the sentence or the next names who led or joined (a funding round), nor for a
    sum another deal of the sentence takes or one that a thing was raised to ("raised its
    forecast to $50 billion")."""
    if any(c.found.type == "investment" and c.open_target and c.target is None for c in following):
        return candidates
    out = []
    for c in candidates:
        if not _raised_by_issuing_verb(sentence, cues, c) or c.target is None or c.amount is None:
            out.append(c)
            continue
        raised_to = cues.change_preps is not None and c.amount.first > 0 \
            and sentence.words[c.amount.first - 1] == cues.change_preps[1]
        joined = any(o.participant and o.target is not None and o.target.canonical == c.target.canonical
                     for o in candidates)  # "a round in which Orbis took part": investors named
        if raised_to or joined or _valued_round(sentence, c) or any(
                o is not c and o.amount is c.amount for o in candidates):
            out.append(c)
            continue
        if any(o.found.type == "issuance" and o.source is not None and o.source.canonical == c.target.canonical
               for o in candidates):
            continue  # the issue is there already ("bracht $5 miljard aan obligaties onder bij beleggers")
        out.append(_as_issue(c))
    return out


def _sequels_in_sentence(sentence: Sentence, cues: DealCues, candidates: list[Candidate]) -> list[Candidate]:
    """The deals of a sequence verb in a clause with no deal word of its own, after the latest
    deal before it in its sentence."""
    verb = sequel_verb(sentence, cues)
    if verb is None:
        return []
    lo, hi = own_clause(sentence, cues, verb)
    before = [c for c in candidates if c.found.first < lo and c.source is not None]
    if not before or any(lo <= c.found.first < hi for c in candidates):
        return []
    return sequels(sentence, cues, max(before, key=lambda c: c.found.first), start=lo)


def _topic(sentence: Sentence) -> Party | None:
    """The company the text is about, when the sentence does not name it itself."""
    named = {p.canonical for p in sentence.parties}
    canonical = next((c for c in sentence.topics if c not in named), None)
    return None if canonical is None else Party(canonical, "ORG", -1, -1, resolved=True)


def extract_deals(doc: Doc) -> list[Deal]:
    """The deals stated in ``doc``, each with its evidence sentence and offsets."""
    if doc.lang_ not in SUPPORTED:
        return []
    cues = deal_cues(doc.lang_)
    # a blank line between paragraphs is no sentence between deals (it still weighs on what a
    # description refers to: ``Antecedents`` counts it)
    sentences = [s for s in _sentences(doc, cues) if s.words and not all(w.isspace() for w in s.words)]
    per_sentence = [_candidates(s, cues) for s in sentences]
    deals: list[Deal] = []
    recent: dict[str, tuple[int, Candidate]] = {}
    issuer: tuple[int, Party] | None = None  # the issuer of the latest issue
    latest: tuple[int, Candidate] | None = None  # the latest deal, whatever its type
    venture_share: int | None = None  # the sentence of the latest share in a venture left unnamed
    for number, (sentence, candidates) in enumerate(zip(sentences, per_sentence, strict=True)):
        if not candidates and latest is not None and number - latest[0] <= _CONTEXT_SENTENCES:
            candidates = [_lease_direction(sentence, cues, c) for c in sequels(sentence, cues, latest[1])
                          if not blocked(sentence, cues, c.found.scope[0], c.found.first, c.found.end)]
        else:
            # "Meta plaatste USD 30 miljard, Alphabet volgde met USD 17,5 miljard": a clause of its own
            candidates = candidates + _sequels_in_sentence(sentence, cues, candidates)
            candidates = _raised_as_issues(sentence, cues, candidates)
        listed = _listed_investors(candidates)
        for candidate in candidates:  # "Beignet plaatste $27 miljard aan obligaties; Pimco nam daarvan"
            if candidate.found.type == "issuance" and candidate.source is not None:
                issuer = (number, candidate.source)
        for candidate in candidates:
            if candidate.open_target and not candidate.bonds_bought:
                _complete_from_context(sentences, cues, candidate, recent, number)
            if candidate.target is None and not candidate.bonds_bought:
                _borrower_from_context(sentence, cues, candidate)  # lenders named, no borrower
            if candidate.open_target and candidate.target is None:
                _invested_for_stake(candidate, candidates)
            if candidate.open_target and candidate.target is None and (
                    candidate in listed or _joined_round(sentence, cues, candidate)):
                candidate.target = _topic(sentence)
                candidate.from_context = candidate.target is not None
            if candidate.open_source and candidate.source is None:
                _owner_from_context(sentence, candidate)
            if candidate.held_from_context and candidate.target is None:
                _held_in_sentence(sentence, cues, candidate, candidates)
            if candidate.held_from_context and candidate.target is None:
                _held_from_context(sentence, cues, candidate, recent, number)
            if candidate.held_from_context and candidate.target is None and (venture_share == number - 1 or any(
                    c.found.type == "stake" and c.target is None and not c.open_target for c in candidates)):
                candidate.open_target = False  # "Blue Owl funds own 80% of the project, while Meta keeps 20%"
            if candidate.bonds_bought and candidate.target is None:
                _issuer_from_context(candidate, issuer, number)
        following = per_sentence[number + 1] if number + 1 < len(sentences) else []
        candidates = _raised_from_no_one(sentence, cues, candidates, following)
        for candidate in candidates:
            if candidate.target is not None and (not candidate.open_target or candidate.from_context):
                recent[candidate.found.type] = (number, candidate)
        for candidate in candidates:
            if (candidate.source is None and not _valued_round(sentence, candidate)) \
                    or (candidate.open_target and candidate.target is None):
                continue
            if candidate.target is not None or candidate.found.type == "issuance":
                latest = (number, candidate)
            if candidate.found.type == "stake" and candidate.target is None:
                venture_share = number
            amount, borrowed = candidate.amount, False
            if amount is None and candidate.found.type == "acquisition":
                amount = _takeover_value(sentence, candidate)
            if amount is None and candidate.found.type != "stake" and number + 1 < len(sentences):
                parties = {p.canonical for p in (candidate.source, candidate.target) if p}
                amount = next_sentence_amount(sentences[number + 1], cues, parties,
                                              bool(per_sentence[number + 1]))
                borrowed = amount is not None
            deals.extend(_for_each_member(_deal(sentence, cues, candidate, amount, borrowed), candidate))
            for vehicle in _vehicles(sentence, cues, candidate):
                held = replace(candidate, source=vehicle)
                deals.extend(_for_each_member(_deal(sentence, cues, held, amount, borrowed), held))
    return merge_repeats(deals)


def _vehicles(sentence: Sentence, cues: DealCues, candidate: Candidate) -> list[Party]:
    """"De Staat bezit via beheerder NLFI 30% van ABN AMRO": the vehicle the holder holds
    through holds the stake too."""
    if candidate.found.type != "stake" or candidate.target is None:
        return []
    lo, hi = candidate.found.scope
    own = {candidate.source.canonical, candidate.target.canonical}
    return [p for p in sentence.parties if lo <= p.first < hi and p.prep in cues.intermediary_preps
            and p.canonical not in own and p.label not in SOURCE_ONLY_LABELS]


def _for_each_member(deal: Deal, candidate: Candidate) -> list[Deal]:
    """A deal made by or with a plural reference is made by or with each of its members ("Beide
    partners houden 50%": two stakes); a joint venture of a pair is one between the two."""
    sources = candidate.source.members if candidate.source and candidate.source.members else (deal.source,)
    targets = candidate.target.members if candidate.target and candidate.target.members else (deal.target,)
    if len(sources) == 1 and len(targets) == 1:
        return [deal]
    if deal.type == "joint_venture" and deal.target is None and len(sources) == 2:
        return [replace(deal, source=sources[0], target=sources[1])]
    return [replace(deal, source=s, target=t) for s in sources for t in targets if s != t]
