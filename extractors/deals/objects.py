"""What a deal verb's object says about the deal: goods or a business, some shares or all of
them, the supplier named before the goods, the partners listed after a venture noun, the
companies brought in by an inclusion word, bonds bought (a loan to their issuer), a stake sold
(a takeover when a majority) and a seller's own business sold.
"""

from __future__ import annotations

from dataclasses import replace

from extractors.deals.cues import DealCues
from extractors.deals.triggers import BONDS_REACH, GOODS_REACH, Found, control_word, has_verb
from extractors.deals.view import POSSESSIVE_MARKS, SOURCE_ONLY_LABELS, Party, Sentence


def buys_some_shares(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    """An acquisition verb whose object is shares, but not all or the rest of them."""
    if found.type != "acquisition":
        return False
    hi = min(found.end + GOODS_REACH, found.scope[1])
    if found.trigger.particle:
        particle = [k for k in range(found.end, found.scope[1]) if sentence.words[k] == found.trigger.particle]
        hi = max(hi, particle[0]) if particle else hi
    window = range(found.end, hi)
    # "bood $9 miljard in aandelen": paid in shares, the company is still bought
    shares = [k for k in window
              if sentence.words[k] in cues.share_words and sentence.words[k - 1] not in cues.payment_preps]
    return bool(shares) and not any(sentence.words[k] in cues.whole_words for k in window)


def buying_verb(cues: DealCues, found: Found) -> bool:
    """A verb that is both an acquisition and a purchase-commitment word ("buy", "kopen")."""
    if found.type not in ("acquisition", "purchase_commitment"):
        return False
    readings = {t.type for t in cues.triggers.get(found.trigger.words[0], ())
                if t.frame == "agent" and t.words == found.trigger.words and t.particle == found.trigger.particle}
    return {"acquisition", "purchase_commitment"} <= readings


def _names_goods(sentence: Sentence, cues: DealCues, k: int) -> bool:
    """Whether the word at ``k`` names goods or equipment bought, as a whole, by its lemma or by
    its last part ("AMD-processors")."""
    word = sentence.words[k]
    return bool({word, sentence.heads[k], word.rsplit("-", 1)[-1]} & cues.bought_words)


def _object_positions(sentence: Sentence, cues: DealCues, found: Found, subject: list[Party]) -> list[int]:
    """Where a buying verb's object may be: right after the verb, then, in a verb-second language,
    between the subject and a verb at the end of its clause ("dat OpenAI voor 6 gigawatt aan
    AMD-processors zal afnemen")."""
    lo, hi = found.scope
    positions = list(range(found.end, min(found.end + GOODS_REACH, hi)))
    if cues.verb_second:
        start = max([lo, found.first - GOODS_REACH, *(p.end for p in subject if p.end <= found.first)])
        positions += range(start, found.first)
    return positions


def buys_goods(sentence: Sentence, cues: DealCues, found: Found, subject: list[Party]) -> bool:
    """Whether the object of a buying verb is goods or capacity rather than a business; the
    verb's ``subject`` is not what it buys ("Daarna kocht het bedrijf servers bij Dell")."""
    def goods(k: int) -> bool:
        return k < len(sentence) and _names_goods(sentence, cues, k)

    window = []
    for k in _object_positions(sentence, cues, found, subject):
        party = sentence.party_at(k)
        if party is not None and party in subject:
            continue
        if party is not None and not party.possessive and party.own_prep is None:
            # "buy Azure cloud services" is about goods; "buy CoreWeave" is not ("daarvoor" is no object)
            if not any(goods(j) for j in range(party.end, party.end + 2)):
                break
            window += range(party.end, party.end + 2)
        window.append(k)
    if any(sentence.words[k] in cues.business_words or sentence.heads[k] in cues.business_words for k in window):
        return False  # "13 gigawatts of gas plants"
    return any(goods(k) for k in window)


def venture_members(sentence: Sentence, cues: DealCues, found: Found, parties: list[Party]) -> list[Party]:
    """The partners listed right after a venture noun: "a joint venture of NXP and VIS"."""
    after = [p for p in parties if p.first >= found.end]
    if not after or not after[0].prep in cues.venture_member_preps or after[0].first - found.end > 4:
        return []
    if acting_group(sentence, cues, found):
        return []  # "taken private by a consortium of A, B and C": the buyers, not a venture
    return [p for p in after if p.prep == after[0].prep]


def acting_group(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    """"acquired by a consortium led by Vela, with Orbis providing equity", "a consortium led by
    Vela paid $5 billion": a venture noun right after an agent's preposition, or led by companies
    and then a deal verb, names the group that acts in another deal, no venture of its own."""
    if any(sentence.phrase_ending_at(k, cues.agent_preps) for k in (found.first - 1, found.first - 2)):
        return True
    # "a consortium led by KKR and GIP paid €7.1 billion": the group is the subject of a deal verb
    lead = next((p for p in cues.leader_preps if sentence.matches(found.end, p)), None)
    if lead is None:
        return False
    k = found.end + len(lead)
    while k < len(sentence) and (sentence.party_at(k) is not None or sentence.words[k] in cues.list_joiners):
        k = sentence.party_at(k).end if sentence.party_at(k) is not None else k + 1
    return k < len(sentence) and k > found.end + len(lead) and (
        cues.is_deal_verb(sentence.words[k], sentence.lemmas[k]) or sentence.words[k] in cues.auxiliaries)


_VENTURE_NAME_REACH = 6  # words between a venture noun and the name it is given ("op onder de naam")
_VENTURE_MODIFIERS = 3  # words between a venture's name and its noun ("Tarn, a 50-50 joint venture")


def venture_name(sentence: Sentence, cues: DealCues, found: Found) -> Party | None:
    """The company a venture noun names: "Zeevonk, een joint venture van Vattenfall en CIP",
    "VodafoneZiggo is een joint venture", "a joint venture under the name Stargate Norway"."""
    words = sentence.words
    k = found.first - 1
    while k > max(found.first - 1 - _VENTURE_MODIFIERS, 0) and (
            words[k] in cues.determiners or words[k] == "-" or any(c.isdigit() for c in words[k])):
        k -= 1  # "a 50-50 joint venture"
    if k >= 1 and (words[k] == "," or words[k] in cues.copulas):
        named = sentence.party_at(k - 1)
        if named is not None and named.end == k and named.label == "ORG" and not named.possessive:
            return named
    for j in range(found.end, min(len(sentence) - 1, found.end + _VENTURE_NAME_REACH)):
        if words[j] in cues.naming_words:
            after = j + 1 + (words[j + 1] in cues.determiners)
            named = sentence.party_at(after)
            return named if named is not None and named.first == after and named.label == "ORG" else None
        if sentence.party_at(j) is not None:
            return None
    return None


def goods_supplier(sentence: Sentence, cues: DealCues, found: Found, sources: list[Party]) -> list[Party]:
    """"committed to buy $250 billion of Azure cloud services", "10 gigawatts of Nvidia systems":
    the company whose name stands before the goods bought supplies them."""
    makers = {m.first: m for m in sentence.makers}
    for k in _object_positions(sentence, cues, found, sources):
        party = sentence.party_at(k) or makers.get(k)
        if party is None or party.first != k or party in sources:
            continue
        # "Nvidia systems", "AMD Instinct GPUs", "Nvidia-chips" (the maker's own token), "Nvidia's GB300 chips"
        marked = party.end < len(sentence) and sentence.words[party.end] in POSSESSIVE_MARKS
        after = range(party.end - 1, min(party.end + 2 + marked, len(sentence)))
        if any(_names_goods(sentence, cues, j) for j in after):
            return [party]
        # "buy any cloud capacity (that) CoreWeave cannot sell": the subject of a relative clause
        # right after the goods supplies them
        relative = k >= 2 and sentence.words[k - 1] in cues.relative_pronouns and _names_goods(sentence, cues, k - 2)
        bare = k >= 1 and _names_goods(sentence, cues, k - 1) and party.end < len(sentence) and (
            sentence.words[party.end] in cues.auxiliaries or cues.looks_like_verb(sentence.words[party.end]))
        if (relative or bare) and party.prep is None:
            return [party]
        return []
    return []


def included(sentence: Sentence, cues: DealCues, found: Found) -> list[Party]:
    """"invested in other companies, including Intel, OpenAI and Nscale": the target preposition
    governs no company, and the companies come after an inclusion word."""
    lo, hi = found.end, found.scope[1]
    inclusions = sentence.find(cues.inclusion_preps, lo, hi)
    if not inclusions:
        return []
    preps = cues.target_preps.get(found.type, ())
    if not any(sentence.find(preps, lo, inclusions[0])):
        return []
    return [p for p in sentence.parties if inclusions[0] < p.first < hi and p.prep is not None
            and p.prep in cues.inclusion_preps and p.label not in SOURCE_ONLY_LABELS]


_HELD_REACH = 6  # words between a stake noun and the company it is in ("a 51% stake in Altera")


def stake_sold(sentence: Sentence, cues: DealCues, found: Found) -> tuple[Party, bool] | None:
    """What a seller verb sells when it sells a stake ("sold a 51% stake in Altera to Silver
    Lake"): the company the stake is in, and whether the stake is a majority of it."""
    lo, hi = found.scope
    preps = cues.target_preps.get("stake", ())
    for k in range(lo, hi):
        if sentence.words[k] not in cues.stake_nouns and sentence.lemmas[k] not in cues.stake_nouns:
            continue
        for j in range(k + 1, min(k + 1 + _HELD_REACH, hi)):
            party = sentence.party_at(j)
            if party is None:
                continue
            if party.prep is None or party.prep not in preps:
                break
            percents = [a.amount.value for a in sentence.amounts
                        if a.amount.kind == "percent" and a.amount.value is not None and k - _HELD_REACH <= a.first < j]
            majority = control_word(sentence, cues, lo, k, k + 1) or any(v > 50 for v in percents)
            return party, majority
    return None


def bonds_bought(sentence: Sentence, cues: DealCues, found: Found) -> int | None:
    """Where the buying verb stands whose object is an issuance noun ("Pimco bought $18 billion
    of the bonds", "kocht obligaties"): buying bonds lends to their issuer, it issues nothing."""
    lo, _ = found.scope
    verbs = cues.buying_verbs
    if found.trigger.words in cues.issue_references:  # "Pimco nam daarvan $18 miljard"
        verbs = verbs | cues.taking_verbs
    for k in range(found.first - 1, max(lo, found.first - BONDS_REACH) - 1, -1):
        if sentence.party_at(k) is not None and not sentence.party_at(k).possessive:
            return None
        if has_verb(sentence, verbs, k, k + 1):
            return k
    return None


def of_shares(sentence: Sentence, cues: DealCues, k: int, hi: int) -> bool:
    """Whether the words from ``k`` are "(de) aandelen" / "(the) shares" and nothing more."""
    while k < hi and sentence.words[k] in cues.determiners:
        k += 1
    return k < hi and sentence.words[k] in cues.share_words and sentence.party_at(k + 1) is None \
        and not (k + 1 < hi and sentence.words[k + 1] in cues.all_preps)


_OWN_PART_REACH = 3  # words between a seller verb and the possessive of what it sells ("agreed to sell its")


def own_part_sold(sentence: Sentence, cues: DealCues, found: Found, seller: list[Party]) -> bool:
    """Whether what the ``seller`` sells is its own ("sold its Indian business", "verkocht zijn
    verzekeringstak", "In juli verkocht Vela zijn divisie", "sold half of its wind farm"): a part
    of the seller is bought."""
    own = {p.canonical for p in seller}
    k, words = found.end, 0
    while k < found.scope[1] and words < _OWN_PART_REACH:
        party, amount = sentence.party_at(k), sentence.amount_at(k)
        if sentence.words[k] in cues.possessive_pronouns or (
                party is not None and party.canonical in own and party.possessive):  # "its", resolved or not
            return not _shares_after(sentence, cues, k + 1)
        if party is not None and party.canonical not in own:
            return False
        if amount is not None and amount.amount.kind != "percent":
            return False
        k, words = (amount.end if amount is not None else party.end if party is not None else k + 1), words + 1
    return False


def _shares_after(sentence: Sentence, cues: DealCues, k: int) -> bool:
    """"sold its shares in Tarn", "its Tarn stake": what is sold is a holding (``part_sold``)."""
    for j in range(k, min(k + _OWN_PART_REACH, len(sentence))):
        if sentence.words[j] in cues.share_words or sentence.words[j] in cues.stake_nouns \
                or sentence.lemmas[j] in cues.stake_nouns:
            return True
    return False


def assets_sold(sentence: Sentence, cues: DealCues, found: Found, seller: list[Party], buyers: list[Party]) -> bool:
    """Whether a ``seller`` sells assets named by no party to its ``buyers`` ("verkocht drie
    distributiecentra aan Tritax", "sold four aircraft to Avolon"): the buyer acquires them from
    the seller. Not shares, a stake or debt (another deal), nor goods (a sale of goods), nor
    things named before ("the plants"), which may be another's."""
    if not seller or not buyers:
        return False
    # what is sold stands before the buyer's preposition ("aan de Britse belegger Tritax")
    prep = max((k + 1 - len(phrase) for k in range(found.end, buyers[0].first)
                if (phrase := sentence.phrase_ending_at(k, cues.transfer_preps))), default=buyers[0].first)
    sold = [k for k in range(found.end, prep) if sentence.amount_at(k) is None]
    if any(sentence.party_at(k) is not None and sentence.party_at(k) not in seller for k in sold):
        return False
    if any(sentence.words[k] in cues.description_determiners for k in sold):
        return False  # "sold the plants to Orbis": plants named before, perhaps another's
    words = {sentence.words[k] for k in sold} | {sentence.heads[k] for k in sold}
    instruments = {w for phrase in cues.instruments for w in phrase}
    if words & (cues.share_words | cues.stake_nouns | cues.goods_words | instruments):
        return False
    # "sold 51% to Silver Lake": a part of the seller itself, a stake sold
    return not any((a := sentence.amount_at(k)) is not None and a.amount.kind == "percent"
                   for k in range(found.end, buyers[0].first))


def part_sold(sentence: Sentence, cues: DealCues, found: Found) -> tuple[Found, list[Party]]:
    """"verkocht een belang van 51% in Altera aan Silver Lake": the buyer takes over the company
    when the stake is a majority, and holds a stake in it otherwise."""
    sold = stake_sold(sentence, cues, found)
    if sold is None:
        return found, []
    held, majority = sold
    if not majority:
        found = Found(replace(found.trigger, type="stake"), found.first, found.end, found.scope)
    return found, [held]


def issued_shares_of(sentence: Sentence, cues: DealCues, found: Found) -> Party | None:
    """"subscribe for 166 million newly issued Nokia shares", "nieuw uitgegeven aandelen Nokia":
    an issuing verb used as an adjective of shares names the issuer with the shares; whoever
    takes them up is the clause's subject. Only after "newly"/"nieuw" or an article: "Vela
    issued Tarn shares" gives Tarn shares issued by Vela."""
    before = sentence.words[found.first - 1] if found.first else ""
    if before not in cues.new_issue_words and before not in cues.determiners:
        return None
    k = found.end
    if k < len(sentence) and sentence.words[k] in cues.share_words:
        party = sentence.party_at(k + 1)
        return party if party is not None and party.first == k + 1 and party.prep is None else None
    party = sentence.party_at(k)
    if party is None or party.first != k or party.end >= len(sentence) or party.prep is not None:
        return None
    return party if sentence.words[party.end] in cues.share_words else None

