"""Deal words in a sentence: which cue entries match where.

A verb that only makes a deal with the right company in its clause needs it there: an issuance
verb ("sold", "plaatste") an instrument ("bonds", "obligaties"), a stake verb ("holds",
"bezit") a percentage or a stake noun, a capacity verb ("supply", "leveren") a capacity word.
A contract noun ("overeenkomst", "agreement") is a lease when a capacity word is in its clause.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from extractors.deals.clauses import clause_scope, comma_joiner, of_state
from extractors.deals.cues import DealCues, Trigger
from extractors.deals.reference import is_capacity_provider, is_capacity_tenant, tenant_tier
from extractors.deals.view import POSSESSIVE_MARKS, SOURCE_ONLY_LABELS, Party, Sentence


@dataclass(frozen=True, slots=True)
class Found:
    trigger: Trigger
    first: int
    end: int
    scope: tuple[int, int]

    @property
    def type(self) -> str:
        return self.trigger.type

    @property
    def frame(self) -> str:
        return self.trigger.frame


def _first_word_matches(sentence: Sentence, i: int, word: str, frame: str) -> bool:
    if word in (sentence.words[i], sentence.lemmas[i]):
        return True
    return frame == "noun" and word == sentence.heads[i]


def _has_word(sentence: Sentence, words: frozenset[str], lo: int, hi: int) -> bool:
    return any(sentence.words[k] in words or sentence.heads[k] in words for k in range(lo, hi))


def _requirement_met(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    lo, hi = found.scope
    if found.type == "stake" and found.frame == "noun":
        # "a stake" alone is a holding only with its size, a verb of holding or a word of
        # control ("a controlling stake", "een meerderheidsbelang")
        return _has_percent(sentence, lo, hi) or has_verb(sentence, cues.stake_verbs, lo, hi) \
            or majority_stake(sentence, cues, found)
    if found.trigger.words[0] in cues.joint_adverbs:
        return _has_word(sentence, cues.build_verbs, lo, hi)
    if found.frame == "noun" and " ".join(found.trigger.words) in cues.nouns_needing_amount:
        return _has_money(sentence, lo, hi)
    if found.frame == "agent" and found.type == "investment" and not found.trigger.particle and (
            {sentence.words[found.first], sentence.lemmas[found.first]} & cues.verbs_needing_amount):
        return _has_money(sentence, lo, hi)  # "Vela backs Tarn's bid": support, no money
    if found.frame == "noun":
        return True
    if found.type == "issuance":
        # the instrument is what is sold: right after the verb or next to an amount ("sold $18
        # billion of bonds", "een junk bond van $3,2 miljard"), not anywhere in the clause ("sold
        # part of its stake")
        if {sentence.words[found.first], sentence.lemmas[found.first]} & cues.placing_verbs and _sum_placed(
                sentence, cues, found.end, min(found.end + _PLACED_REACH, hi)):
            return True  # "Meta plaatste eind oktober USD 30 miljard": securities placed, whatever they are
        windows = [(found.end, found.end + 3)]
        for a in sentence.amounts:
            if lo <= a.first < hi:
                windows += [(a.end, a.end + 3), (a.first - 4, a.first)]
        return any(not _holding_shares(sentence, cues, k, hi)
                   for a, b in windows for k in sentence.find(cues.instruments, max(a, lo), min(b, hi)))
    if found.type == "stake" and found.frame == "agent":
        return _has_percent(sentence, lo, hi) or _owns_company(sentence, cues, found)
    if found.type == "lease" and found.frame == "agent" and not found.trigger.particle:
        # what is supplied stands near the verb ("supply Microsoft with GPU capacity", "dat
        # rekenkracht verhuurt"), not "providing $38 billion of loans to Vantage for campuses that
        # will be leased to Oracle"
        return _has_word(sentence, cues.capacity_words, max(lo, found.first - _SUPPLIED_REACH),
                         min(hi, found.end + _SUPPLIED_REACH))
    return True


def _holding_shares(sentence: Sentence, cues: DealCues, k: int, hi: int) -> bool:
    """Whether the instrument at ``k`` is shares already held, which a sale only passes on: "its
    shares", "shares in Tarn", "zijn aandelen in Tarn"."""
    if sentence.words[k] not in cues.share_words:
        return False
    if k > 0 and sentence.words[k - 1] in cues.possessive_pronouns:
        return True
    return k + 2 < hi and held_after(sentence, cues, k) is not None


def held_after(sentence: Sentence, cues: DealCues, k: int) -> Party | None:
    """The company named right after the word at ``k`` and a holding preposition ("shares in
    Tarn", "50.1% of the company")."""
    party = sentence.party_at(k + 2)
    if party is None or party.first != k + 2 or party.prep not in cues.target_preps.get("stake", ()):
        return None
    return party


_SUPPLIED_REACH = 8  # words between a supplying verb and the capacity it supplies
GOODS_REACH = 8  # words between a buying verb and the goods it buys ("buy up to 3,000 megawatts")
_PLACED_REACH = 4  # words between a verb of placing and the sum placed ("plaatste eind oktober USD 30 miljard")
_PARTICLE_REACH = 6  # words between an English phrasal verb and its particle (over its object)


def _verb_follows(sentence: Sentence, cues: DealCues, i: int) -> bool:
    """Whether the next word is a deal verb (or a stake verb such as "own", "hold")."""
    return i + 1 < len(sentence) and cues.is_deal_verb(sentence.words[i + 1], sentence.lemmas[i + 1], single=True)


def _relative_between(sentence: Sentence, cues: DealCues, lo: int, hi: int) -> bool:
    """Whether token ``hi`` stands inside a relative clause opened in [lo, hi) ("een rente die
    onder die van de banken ligt"), one no comma has closed yet ("bij Tarn, dat eerder
    investeerde, €2 miljard op"). After a preposition the pronoun is an article ("van die bank")."""
    for k in range(hi - 1, max(lo, 1) - 1, -1):
        if sentence.words[k] == ",":
            return False
        if sentence.words[k] in cues.relative_pronouns and sentence.words[k - 1] not in cues.all_preps:
            return True
    return False


def _noun_position(sentence: Sentence, cues: DealCues, i: int) -> bool:
    """Whether a word that is both noun and verb ("lease", "guarantee") stands as a noun: after
    an article, a possessive, an amount or a compound modifier ("a 15-year lease")."""
    if i == 0:
        return False
    previous = sentence.words[i - 1]
    before = sentence.party_at(i - 1)
    return (previous in cues.determiners or previous in POSSESSIVE_MARKS or sentence.amount_at(i - 1) is not None
            or (before is not None and before.possessive) or "-" in previous or previous[:1].isdigit()
            or (i >= 2 and sentence.words[i - 2] == "-"))  # "ten-year leases" split into three tokens


_OWNED_REACH = 5  # words between a verb of owning and the company it owns ("owns the listed miner X")


def _owns_company(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    """"The PIF already owns Scopely", "Prosus bezit het Chinese techconcern Tencent": a verb of
    owning with a company as its object, over lower-case words and nationalities only."""
    if sentence.words[found.first] not in cues.owning_verbs:
        return False
    for k in range(found.end, min(found.end + _OWNED_REACH, found.scope[1])):
        party = sentence.party_at(k)
        if party is not None:
            return party.prep is None and party.label not in SOURCE_ONLY_LABELS
        if (not sentence.span[k].is_lower and sentence.words[k] not in cues.nationalities) \
                or sentence.words[k] in cues.list_joiners:
            return False  # "controls costs and Tarn ...": the object ended before the party
    return False


def _has_percent(sentence: Sentence, lo: int, hi: int) -> bool:
    return any(a.amount.kind == "percent" and lo <= a.first < hi for a in sentence.amounts)


def majority_stake(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    """"a majority stake", "a controlling stake", "een meerderheidsbelang": a stake noun that
    gives control, by a word of control right before it or in it."""
    return control_word(sentence, cues, found.scope[0], found.first, found.end) or any(
        sentence.heads[k] in cues.majority_words for k in range(found.first, found.end))


def control_word(sentence: Sentence, cues: DealCues, lo: int, first: int, end: int) -> bool:
    """A word of control ("majority", "controlling") among the stake noun at [first, end) and
    the two words before it, within the clause starting at ``lo``."""
    return any(w in cues.majority_words for w in sentence.words[max(lo, first - 2):end])


def has_verb(sentence: Sentence, verbs: frozenset[str], lo: int, hi: int) -> bool:
    """Whether one of ``verbs`` (as form or lemma) stands in [lo, hi)."""
    return any(sentence.words[k] in verbs or sentence.lemmas[k] in verbs for k in range(lo, hi))


def _in_purpose(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    """"Om de groei te financieren": the deal word is inside a purpose phrase, or inside the
    purpose clause the sentence opens with ("Om die capaciteit te kunnen leveren, bestelde ...")."""
    words = sentence.words
    if words and words[0] in cues.purpose_openers and "," not in words[:found.first] and "," in words[found.first:]:
        return True
    longest = max((len(p) for p in cues.purpose), default=0)
    for start in range(max(found.first - longest + 1, 0), found.first + 1):
        for phrase in cues.purpose:
            if start + len(phrase) > found.first and sentence.matches(start, phrase):
                return True
    return False


_PURPOSE_REACH = 3  # words between a purpose phrase and the deal noun it pays for


def paid_for(sentence: Sentence, cues: DealCues, first: int) -> bool:
    """Whether the word at ``first`` is what a purpose phrase pays for: just after it ("to pay
    for grid investment") or, verb-final, between its opener and it ("om investeringen in het
    net te betalen")."""
    words = sentence.words
    if any(sentence.phrase_ending_at(k, cues.purpose) for k in range(max(first - _PURPOSE_REACH, 0), first)):
        return True
    opener = next((k for k in range(first - 1, max(first - _PURPOSE_REACH - 1, -1), -1)
                   if words[k] in cues.purpose_openers or words[k] == ","), None)
    if opener is None or words[opener] == ",":
        return False
    ahead = sentence.find(cues.purpose, first + 1)
    return bool(ahead) and "," not in words[first:ahead[0]]


def in_idioms(sentence: Sentence, cues: DealCues) -> set[int]:
    """Positions inside phrases whose deal word names no deal ("net interest income", "van belang")."""
    inside = set()
    firsts = {phrase[0] for phrase in cues.idioms}
    for k, word in enumerate(sentence.words):
        if word in firsts:
            for phrase in cues.idioms:
                if sentence.matches(k, phrase):
                    inside.update(range(k, k + len(phrase)))
    return inside


def find_triggers(sentence: Sentence, cues: DealCues) -> list[Found]:
    """Every deal word of ``sentence``; at one position the most specific entries win (a
    separable verb with its particle before the bare verb, a longer phrase before a shorter)."""
    found: list[Found] = []
    taken_particles: set[int] = set()
    idioms = in_idioms(sentence, cues)
    for i in range(len(sentence)):
        if sentence.party_at(i) or sentence.amount_at(i) or i in taken_particles or i in idioms:
            continue
        keys = {sentence.words[i], sentence.lemmas[i], sentence.heads[i]}
        here: list[tuple[int, Found, int | None]] = []
        for key in keys:
            for trigger in cues.triggers.get(key, ()):
                if not _first_word_matches(sentence, i, trigger.words[0], trigger.frame):
                    continue
                if not sentence.matches(i + 1, trigger.words[1:]) and len(trigger.words) > 1:
                    continue
                end = i + len(trigger.words)
                scope = clause_scope(sentence, cues, i, end)
                particle_at = None
                if trigger.particle:
                    hits = [k for k in range(end, scope[1]) if sentence.words[k] == trigger.particle
                            and not of_state(sentence, cues, k)]
                    if not cues.verb_second:
                        # "put $5 billion into Intel", not "put together a loan ... for campuses in Texas"
                        hits = [k for k in hits if k - end <= _PARTICLE_REACH]
                    else:
                        # "leent €600 miljoen aan het project, tegen een rente die onder die van de
                        # banken ligt": a particle inside a relative clause is that clause's
                        hits = [k for k in hits if not _relative_between(sentence, cues, end, k)]
                        hits = [k for k in hits if not _heads_phrase_of_no_party(sentence, cues, k)]
                    # "om voor $30 miljard af te nemen": in an infinitive the particle comes first
                    hits += [k for k in (i - 1, i - 2) if k >= scope[0] and sentence.words[k] == trigger.particle
                             and all(sentence.words[j] in cues.infinitive_markers for j in range(k + 1, i))]
                    if not hits:
                        continue
                    particle_at = hits[0]
                rank = len(trigger.words) + (2 if trigger.particle else 0)
                here.append((rank, Found(trigger, i, end, scope), particle_at))
        if not here:
            continue
        if _only_a_noun(sentence, cues, i, idioms, [particle_at for _, _, particle_at in here]):
            here = [h for h in here if h[1].frame == "noun"]
            if not here:
                continue
        if _under_contract(sentence, cues, i):
            here = [h for h in here if h[1].frame != "noun"]  # "obligations under the leases"
            if not here:
                continue
        if i + 1 < len(sentence) and sentence.words[i + 1] in cues.description_nouns:
            # "the investment firm run by Jared Kushner", "an investment bank": a modifier, no deal
            here = [h for h in here if h[1].frame != "noun" or len(h[1].trigger.words) > 1]
            if not here:
                continue
        if any(h[1].frame == "noun" for h in here) and _noun_position(sentence, cues, i):
            here = [h for h in here if h[1].frame == "noun"]  # "a lease", not "to lease"
        elif any(h[1].frame != "noun" for h in here):
            here = [h for h in here if h[1].frame != "noun" or len(h[1].trigger.words) > 1]
        best = max(rank for rank, _, _ in here)
        for rank, item, particle_at in here:
            duplicate = any(f.first == item.first and f.type == item.type and f.frame == item.frame
                            for f in found)
            if rank == best and not duplicate and _requirement_met(sentence, cues, item) \
                    and not _in_purpose(sentence, cues, item):
                found.append(item)
                if particle_at is not None:
                    taken_particles.add(particle_at)
    found.extend(_contract_leases(sentence, cues, found))
    found.extend(_issue_references(sentence, cues))
    return _promised(sentence, cues, found)


_CONTRACT_REACH = 3  # words between a contract preposition and its deal noun ("under the new arrangement")


def _under_contract(sentence: Sentence, cues: DealCues, i: int) -> bool:
    """"Fluidstack's obligations under the leases were backstopped by Google": a deal noun after
    a contract preposition names the contract of a deal named before, no deal of its own."""
    for k in range(i - 2, max(-1, i - 2 - _CONTRACT_REACH), -1):
        if sentence.words[k] == "," or sentence.party_at(k) is not None or sentence.amount_at(k) is not None:
            return False
        if sentence.phrase_ending_at(k, cues.contract_preps) is not None:
            return True
    return False


_PHRASE_REACH = 5  # words of a prepositional phrase after its article ("voor de Britse bank van Tarn")


def _heads_phrase_of_no_party(sentence: Sentence, cues: DealCues, k: int) -> bool:
    """"een premie van 31% op de slotkoers": a particle before an article heads a phrase; unless
    the phrase names a party ("betaalde voor de bank van Tarn") it is a preposition, no particle."""
    if k + 1 == len(sentence) or sentence.words[k + 1] not in cues.determiners:
        return False
    for j in range(k + 1, min(k + 2 + _PHRASE_REACH, len(sentence))):
        if sentence.party_at(j) is not None:
            return False
        if sentence.words[j] == ",":
            break
    return True


def _only_a_noun(sentence: Sentence, cues: DealCues, i: int, idioms: set[int], particles: list[int | None]) -> bool:
    """Whether the deal word at ``i`` can only be a noun here: capitalised inside a sentence
    ("TeraWulf upgraded to Buy"); after a name and before a verb ("Blue Owl funds own 80%"),
    unless before its own particle ("Vela staat garant"); after a possessive pronoun ("adding
    €6bn to its market value"; not Dutch "zijn", also a verb)."""
    if i == 0:
        return False
    previous = sentence.words[i - 1]
    if sentence.span[i].text[:1].isupper() and previous not in (".", ":", "|", "-", "–", "•"):
        return True
    if _verb_follows(sentence, cues, i) and i + 1 not in idioms and sentence.party_at(i - 1) is not None \
            and all(particle_at != i + 1 for particle_at in particles):
        return True
    return previous in cues.possessive_pronouns and previous not in cues.passive_aux


# words between a verb of buying and the bonds it buys ("bought around $18 billion of the
# bonds", "nam daarvan")
BONDS_REACH = 8


def _issue_references(sentence: Sentence, cues: DealCues) -> list[Found]:
    """"Pimco nam daarvan $18 miljard": a word standing for the securities just issued, after a
    verb of buying or taking in its clause, is an issuance noun (``roles`` reads its buyer)."""
    found = []
    for k in sentence.find(cues.issue_references):
        phrase = next(p for p in cues.issue_references if sentence.matches(k, p))
        scope = clause_scope(sentence, cues, k, k + len(phrase))
        if has_verb(sentence, cues.buying_verbs | cues.taking_verbs, max(scope[0], k - BONDS_REACH), k):
            found.append(Found(Trigger("issuance", "noun", phrase), k, k + len(phrase), scope))
    return found


def _promised(sentence: Sentence, cues: DealCues, found: list[Found]) -> list[Found]:
    """A verb of promising with a deal verb of another type in an infinitive after it in its
    clause states that deal ("OpenAI zegde Oracle toe om voor $300 miljard aan rekenkracht af te
    nemen": a purchase commitment towards Oracle, no investment): it takes the infinitive's
    type, keeping its own place, so the roles it has (the one promised to) stay."""
    out = []
    for f in found:
        if f.frame == "noun" or sentence.words[f.first] not in cues.promise_verbs:
            out.append(f)
            continue
        infinitives = [o for o in found if o.frame != "noun" and o.type != f.type and f.end <= o.first < f.scope[1]
                       and sentence.words[o.first - 1] in cues.infinitive_markers]
        types = {o.type for o in infinitives}
        if {"acquisition", "purchase_commitment"} <= types:
            # "toe om voor $30 miljard aan chips in te kopen", "committed to buy 90 aircraft": goods
            # bought, before the infinitive or right after it, are a purchase
            hi = min(infinitives[0].end + GOODS_REACH, f.scope[1])
            goods = _has_word(sentence, cues.bought_words | cues.capacity_words, f.end, hi)
            types.discard("acquisition" if goods else "purchase_commitment")
        out += [Found(replace(f.trigger, type=t), f.first, f.end, f.scope) for t in sorted(types)] or [f]
    return out


def _contract_leases(sentence: Sentence, cues: DealCues, found: list[Found]) -> list[Found]:
    """A contract noun with a capacity word in its clause is a lease; so is a contract noun, or
    a verb of signing with an amount, between a capacity provider and a tenant ("Nebius signed
    $17.4 billion with Microsoft")."""
    extra = []
    for i, word in enumerate(sentence.words):
        noun = word in cues.contract_nouns or sentence.heads[i] in cues.contract_nouns
        verb = word in cues.contract_verbs or sentence.lemmas[i] in cues.contract_verbs
        if not (noun or verb):
            continue
        scope = clause_scope(sentence, cues, i, i + 1)
        if noun and (_has_word(sentence, cues.capacity_words, *scope) or _provider_and_tenant(sentence, *scope)):
            extra.append(Found(Trigger("lease", "noun", (word,)), i, i + 1, scope))
        elif verb and not noun:
            scope = (_main_clause_start(sentence, cues, scope[0], i), _next_subject(sentence, i, scope[1]))
            if _provider_and_tenant(sentence, *scope) and _has_money(sentence, *scope) \
                    and not any(f.scope == scope and f.type == "lease" for f in found):
                extra.append(Found(Trigger("lease", "noun", (word,)), i, i + 1, scope))
    return extra


def _main_clause_start(sentence: Sentence, cues: DealCues, lo: int, i: int) -> int:
    """Where the main clause of the verb at ``i`` starts: after a comma and a list word ("Amazon
    stak $8 miljard in het bedrijf, en in oktober tekende Anthropic ...")."""
    for k in range(i - 1, lo, -1):
        if comma_joiner(sentence, cues, k):
            return k + 1
    return lo


def _next_subject(sentence: Sentence, i: int, hi: int) -> int:
    """Where a new clause starts after token ``i``: a comma and a company with no preposition
    ("Nebius signed $17.4 billion with Microsoft, CoreWeave added ...")."""
    for k in range(i + 1, hi - 1):
        party = sentence.party_at(k + 1)
        if sentence.words[k] == "," and party is not None and party.prep is None:
            return k
    return hi


def _sum_placed(sentence: Sentence, cues: DealCues, lo: int, hi: int) -> bool:
    """A money amount right after a verb of placing, over time words only ("plaatste eind oktober
    USD 30 miljard"): the verb's object, not a noun's ("placed an order for $3 billion") nor a
    price ("priced at $23.28 per share")."""
    for k in range(lo, hi):
        if (at := sentence.amount_at(k)) is not None:
            return at.amount.kind == "money"
        if sentence.words[k] not in cues.time_words:
            return False
    return False


def _has_money(sentence: Sentence, lo: int, hi: int) -> bool:
    return any(a.amount.kind == "money" and lo <= a.first < hi for a in sentence.amounts)


def _provider_and_tenant(sentence: Sentence, lo: int, hi: int) -> bool:
    """"CoreWeave sloot een contract met Meta": a capacity provider and a capacity tenant."""
    names = {p.canonical for p in sentence.parties if lo <= p.first < hi}
    # a provider that rents capacity too ("Amazon Web Services") is the tenant of one that only
    # provides ("Cipher Mining")
    return any(is_capacity_provider(p) and is_capacity_tenant(t) and tenant_tier(t) < tenant_tier(p)
               for p in names for t in names if p != t)
