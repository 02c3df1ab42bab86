"""Who is the source and who the target of a deal word, by its frame and voice.

- agent verbs, active: the subject is the source, the party after a target preposition of the
  type (or the direct object) the target: "Nvidia investeert $5 miljard in Intel";
- agent verbs, passive: the agent ("door Prosus", "by Blackstone") is the source, the subject
  the target: "NIBC wordt overgenomen door ABN AMRO";
- recipient verbs: the subject is the target, the party after a recipient preposition the
  source: "Nscale raised $1.1 billion from Aker", "Meta huurt capaciteit bij CoreWeave";
- seller verbs: the buyer after the transfer preposition is the source, the object sold the
  target: "Intel verkocht 51 procent van Altera aan Silver Lake";
- nouns: a possessive or agent is the source, else the subject; the party after a target
  preposition the target: "Nvidia's investment in Intel", "de overname van X door Y". Object
  of a receiving verb, the roles turn round: "TeraWulf kreeg een garantie van Google".

Lists: every target after the deal word is a deal of its own with its own amount ("$100
miljoen in CoreWeave, $2 miljard in xAI en $5 miljard in Intel"), and a party followed by its
own amount after the first target repeats the deal with a new source ("Microsoft investeert
tot $5 miljard in Anthropic en Nvidia tot $10 miljard").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from extractors.deals.clauses import (after_possessive, clause_scope, coordinated_with, has_party_after,
                                     object_of_verb, opens_item, opens_shared_clause)
from extractors.deals.objects import (acting_group, assets_sold, bonds_bought, buying_verb, buys_goods,
                                      buys_some_shares, goods_supplier, included, issued_shares_of, of_shares,
                                      own_part_sold, part_sold, venture_members)
from extractors.deals.relatives import (antecedent, antecedent_before, object_relative, own_subject,
                                        prepositional_relative)
from extractors.deals.cues import DealCues, Phrase
from extractors.deals.rounds import is_round, opening_subject, round_raiser, round_size
from extractors.deals.triggers import Found
from extractors.deals.view import POSSESSIVE_MARKS, SOURCE_ONLY_LABELS, AmountAt, Party, Sentence
from extractors.deals.voice import agent_word, bare_passive, is_passive, judged, participle_of, received

_DIRECT_OBJECT_TYPES = frozenset({"acquisition", "issuance", "lease", "investment", "guarantee",
                                  "financing"})
_OBJECT_REACH = 6  # tokens between a verb and its direct object
_SUBJECT_AFTER_VERB = 3  # tokens between a verb-second verb and its inverted subject
# Types whose target the text often leaves out: an issue sold to the market, a stake "of the
# venture", a loan "to the project".
_NULL_TARGET_OK = frozenset({"issuance", "stake", "financing"})
# Types whose passive verb with no subject company ("the sites will be leased to Oracle") is
# the deal of the company the text is about
_OWNER_FROM_CONTEXT = frozenset({"lease"})
# Types whose noun may have its target before it, after the subject, in a verb-second language
# ("IREN sleepte bij Microsoft een overeenkomst binnen", "gaf AMD aan OpenAI warrants uit")
_MIDDLE_FIELD_TYPES = frozenset({"lease", "purchase_commitment", "issuance"})
# Types whose verb, with no target in its sentence, may go on about the deal named before
_CONTINUED_TYPES = frozenset({"investment", "guarantee"})


@dataclass(slots=True)
class Candidate:
    found: Found
    source: Party | None
    target: Party | None
    amount: AmountAt | None = None
    passive: bool = False
    # target left to the context: "De ronde werd geleid door ICONIQ" is the round just named
    open_target: bool = False
    from_context: bool = False
    # source left to the context: "the sites will be leased to Oracle" are the sites of the
    # company the text is about
    open_source: bool = False
    # a holding with no company held ("Intel houdt de overige 49%") may be a part of the company
    # of the deal just before; without one it is kept as it is
    held_from_context: bool = False
    # bonds bought ("Pimco bought $18 billion of the bonds") are a loan to their issuer: the one
    # named with them or, failing that, the issuer of the bonds just named
    bonds_bought: bool = False
    # took part beside a leader ("with Nvidia and Nokia"): its own share of the round is not stated
    participant: bool = False


def _promised_to(sentence: Sentence, cues: DealCues, found: Found, parties: list[Party],
                 sources: list[Party]) -> list[Party]:
    """"OpenAI zegde Oracle toe ... af te nemen": the one promised to, a bare party right after
    the verb of promising (or after its subject there)."""
    if sentence.words[found.first] not in cues.promise_verbs:
        return []
    at = max([found.end, *(p.end for p in sources if p.first == found.end)])
    return [p for p in parties if p.first == at and p.prep is None and p not in sources][:1]


def _modifier(sentence: Sentence, party: Party) -> bool:
    """"Norway's Aker", "Elon Musk's xAI": a possessive right before another party names it."""
    return party.possessive and sentence.party_at(party.end) is not None or (
        party.possessive and party.end + 1 < len(sentence) and sentence.words[party.end] in POSSESSIVE_MARKS
        and sentence.party_at(party.end + 1) is not None)


def _has_prep(party: Party, phrases) -> bool:
    return party.prep is not None and party.prep in phrases


def _buyers(sentence: Sentence, cues: DealCues, found: Found, parties: list[Party]) -> list[Party]:
    """Who a seller verb sells to: the companies after its transfer preposition ("to Silver
    Lake"), else the members or leaders of the group it sells to ("to a consortium of JAC and
    Wise Road", "to a consortium led by KKR"). Not a company after a purpose phrase ("verkocht
    zijn belang, om zijn toezegging aan OpenAI te betalen")."""
    after = [p for p in parties if p.first >= found.end
             and not any(_opens_purpose(sentence, cues, k) for k in range(found.end, p.first - len(p.prep or ())))]
    return [p for p in after if _has_prep(p, cues.transfer_preps)] or [
        p for p in after if (_has_prep(p, cues.member_preps) or _has_prep(p, cues.leader_preps))
        and any(sentence.phrase_ending_at(k, cues.transfer_preps) for k in range(found.end, p.first))]


def _opens_purpose(sentence: Sentence, cues: DealCues, k: int) -> bool:
    """Whether word ``k`` opens a purpose phrase ("om ... te betalen", "to help fund"). A word that
    is a transfer preposition too ("to") does so only before no article, number or company
    ("next to the plant", "to Apollo")."""
    if sentence.words[k] not in cues.purpose_openers:
        return False
    if not any(sentence.matches(k, p) for p in cues.transfer_preps) or k + 1 >= len(sentence):
        return True
    after = k + 1
    return sentence.words[after] not in cues.determiners and sentence.party_at(after) is None \
        and sentence.amount_at(after) is None and sentence.words[after] not in cues.possessive_pronouns


def _ungoverned(party: Party) -> bool:
    return party.prep is None


def _coordinated(sentence: Sentence, cues: DealCues, party: Party, parties: list[Party],
                 modifiers: bool = True) -> list[Party]:
    """``party`` and the parties joined to it before it by list words ("Crusoe and Blue Owl");
    with ``modifiers``, also over a list word and modifiers ("JPMorgan en het Japanse MUFG")."""
    group = [party]
    index = parties.index(party)
    while index > 0:
        previous = parties[index - 1]
        between = [w for w in sentence.words[previous.end:group[0].first] if w not in cues.determiners]
        listed = between and all(w in cues.list_joiners for w in between)
        # "MGX, de Franse staatsbank Bpifrance en Nvidia": a list word, then a description
        listed = listed or (modifiers and coordinated_with(sentence, cues, previous, group[0]))
        if previous.prep == party.prep and listed:
            group.insert(0, previous)
            index -= 1
        else:
            break
    return group


def _subordinate_subject_first(sentence: Sentence, cues: DealCues, found: Found, before: list[Party]) -> list[Party]:
    """``before`` (the subject candidates before a deal verb, in order) cut after the verb's subject
    where a verb-second language puts the verb last, after its object: after a conjunction the
    subject comes first ("bekend dat Vela Tarn overneemt"), after an auxiliary too ("In 2023 heeft
    Vela Tarn overgenomen"), unless it stands before the auxiliary ("Vela heeft Tarn overgenomen")."""
    opener = next((k for k in range(found.first - 1, found.scope[0] - 1, -1)
                   if (sentence.words[k] in cues.subordinators or sentence.words[k] in cues.auxiliaries)
                   and sentence.party_at(k) is None), None)
    if opener is None or any(cues.breaks_clause(sentence.words, k) for k in range(opener, found.first)):
        return before
    inside = [p for p in before if p.first > opener]
    if len(inside) > 1:
        return [p for p in before if p.first <= inside[0].first]
    if len(inside) == 1 and sentence.words[opener] in cues.auxiliaries and len(before) > 1 \
            and before[-2].end == opener:
        return before[:-1]
    return before


def _subject(sentence: Sentence, cues: DealCues, found: Found, parties: list[Party]) -> list[Party]:
    """The subject of the clause: a relative clause's antecedent, the nearest ungoverned party
    before the deal word, or in a verb-second language the party right after the verb."""
    lo, _ = found.scope
    shared = _shared_subject(sentence, cues, found)
    if shared is not None:
        return shared
    relative = prepositional_relative(sentence, cues, found)
    if relative is not None:
        inside = [p for p in parties if relative[1] <= p.first and p.end <= found.first and _ungoverned(p)]
        return _coordinated(sentence, cues, inside[-1], parties) if inside else []
    for k in range(found.first - 1, lo, -1):
        if sentence.words[k - 1] == ",":
            if sentence.words[k] in cues.relative_pronouns and k >= 2:
                inner = sentence.party_at(k + 1)
                if inner is not None and inner.prep is None and inner.end <= found.first and own_subject(cues, inner):
                    return [inner]  # "QTS, which it took private": the pronoun is the object
                before = antecedent(sentence, k - 1)
                listed = [p for p in sentence.parties if p.end <= k]
                if before in listed and sentence.words[k + 1] in cues.distributive_words:
                    return _coordinated(sentence, cues, before, listed)  # "Vela en Tarn, die ieder ..."
                # "the venture, which has signed a lease": the subject is no party we know
                return [before] if before is not None else []
            break
        if sentence.words[k] in cues.relative_pronouns and sentence.party_at(k - 1) is None \
                and not any(p.end <= found.first and p.first > k and _ungoverned(p) for p in parties):
            # "Prosus, de Amsterdamse techinvesteerder die in handen is van Naspers"
            before = antecedent_before(sentence, cues, k)
            if before is not None:
                return [before]
    before = [p for p in parties if p.end <= found.first and _ungoverned(p)
              and (p.possessive or not object_of_verb(sentence, cues, p.first))
              and not after_possessive(sentence, cues, p.first)]
    if cues.verb_second and len(before) > 1:
        before = _subordinate_subject_first(sentence, cues, found, before)
    # "A group of banks led by JPMorgan and MUFG is arranging a loan": the leaders act for it
    leaders = [p for p in parties if p.end <= found.first and _has_prep(p, cues.leader_preps)]
    if leaders and (not before or before[-1].first < leaders[0].first) and found.frame != "noun":
        return leaders
    if before:
        opening = _opening_apposition(sentence, cues, found, parties)
        if opening is not None:
            return [opening[0]]
        return _coordinated(sentence, cues, before[-1], [p for p in parties if p.end <= found.first])
    examples = _examples_of_holders(sentence, cues, [p for p in parties if p.end <= found.first])
    if examples and found.frame != "noun":
        return examples  # "Ook bestaande aandeelhouders als Nvidia en Bpifrance schreven in"
    if cues.verb_second and found.frame != "noun":
        for p in parties:
            if found.end <= p.first <= found.end + _SUBJECT_AFTER_VERB and _ungoverned(p):
                return [p]
    return []


def _participle_subject(sentence: Sentence, cues: DealCues, found: Found) -> list[Party]:
    """"Vela owns 14% of Tarn after investing $3 billion": a participle opening a clause of its
    own after a clause break has the subject of the clause before, its first party."""
    lo = found.scope[0]
    word = sentence.words[found.first]
    if lo != found.first or lo < 1 or not cues.present_participle_endings \
            or not word.endswith(cues.present_participle_endings) or not cues.breaks_clause(sentence.words, lo - 1):
        return []
    start = clause_scope(sentence, cues, lo - 1, lo - 1)[0]
    subject = next((p for p in sentence.parties if start <= p.first and p.end < lo and _ungoverned(p)
                    and not p.possessive), None)  # the subject comes first ("Vela bought Tarn after")
    return [subject] if subject is not None else []


def _shared_subject(sentence: Sentence, cues: DealCues, found: Found) -> list[Party] | None:
    """"Vela verkocht Parkwind aan JERA, en deed zijn winkels van de hand aan Orbis": a clause
    that ``opens_shared_clause`` has the subject of the clause before, the party the sentence
    opens with; when another party comes before that one, the subject is not known ([]). None:
    no such clause."""
    k = found.scope[0] - 1
    if k < 1 or opens_shared_clause(sentence, cues, found.first, bare=has_party_after(sentence, cues, found)) != k:
        return None
    if sentence.words[k - 1] != ",":
        # "Google, which raised its backstop and holds warrants": the subject of the verb before
        before = Found(found.trigger, k, k, (clause_scope(sentence, cues, k, k)[0], k))
        return _subject(sentence, cues, before, [p for p in sentence.parties if p.end <= k])
    earlier = [p for p in sentence.parties if p.end <= k and not _modifier(sentence, p)]
    if not earlier:
        return None
    return [earlier[0]] if earlier[0].prep is None else []


def _word_after(sentence: Sentence, party: Party) -> tuple[str, ...]:
    """The word right after ``party`` and its lemma (none at the end)."""
    k = party.end
    return (sentence.words[k], sentence.lemmas[k]) if k < len(sentence) else ()


def _over_stake_noun(sentence: Sentence, cues: DealCues, k: int) -> int:
    """The position after the stake noun at ``k`` ("a 10% [stake] in"), else ``k``."""
    return k + 1 if k < len(sentence) and sentence.words[k] in cues.stake_nouns else k


def _rest_held_by(sentence: Sentence, cues: DealCues, found: Found, parties: list[Party]) -> list[Candidate]:
    """"De overige aandelen zijn in handen van investeerders als Tarn en Lumo": shares with no
    company named, held by the parties the ownership phrase names, of the company of the
    holding just before (``extract`` decides). Without such shares an ownership phrase says
    nothing without the party owned."""
    before = range(found.scope[0], found.first)
    if not any(sentence.words[k] in cues.share_words or sentence.heads[k] in cues.share_words for k in before) \
            or any(sentence.party_at(k) is not None for k in before):
        return []
    named = [p for p in parties if p.first >= found.end and _has_prep(p, cues.recipient_preps)]
    # the examples' preposition ("als") is no party's, so they are looked for among all parties
    holders = named or _examples_of_holders(
        sentence, cues, [p for p in sentence.parties if found.end <= p.first < found.scope[1]])
    return [Candidate(found, p, None, held_from_context=True) for p in holders]


def _examples_of_holders(sentence: Sentence, cues: DealCues, parties: list[Party]) -> list[Party]:
    """The companies a holder noun gives as examples ("aandeelhouders als Nvidia en Bpifrance",
    "shareholders such as Nvidia"): they act for the noun, the clause's subject."""
    first = next((p for p in parties if p.prep is not None), None)
    if first is None:
        return []
    start = next((k for k in range(max(first.first - len(first.prep) - _EXAMPLE_SKIP, 0), first.first)
                  if sentence.matches(k, first.prep)), None)
    if start is None or start == 0 or (sentence.words[start - 1] not in cues.holder_nouns
                                       and sentence.heads[start - 1] not in cues.holder_nouns):
        return []
    return [p for p in parties if p.prep == first.prep]


_EXAMPLE_SKIP = 2  # words between an example preposition and its company ("such as the fund Orbis")


def _opening_apposition(sentence: Sentence, cues: DealCues, found: Found,
                        parties: list[Party]) -> tuple[Party, int] | None:
    """"Athora, de verzekeraar achter Vivat, neemt PIC over": the clause opens with a party
    and a comma, and a second comma closes the apposition before the deal word. The party and
    where the apposition closes."""
    lo = found.scope[0]
    first = next((p for p in parties if p.first >= lo), None)
    if first is None or first.prep is not None or first.end >= len(sentence) or sentence.words[first.end] != ",":
        return None
    if any(sentence.words[k] not in cues.determiners for k in range(lo, first.first)):
        return None
    commas = [k for k in range(first.end + 1, found.first) if sentence.words[k] == ","]
    if not commas:
        return None
    words = [sentence.words[k] for k in range(first.end, commas[-1] + 1)
             if not sentence.party_at(k) and sentence.words[k] not in cues.determiners]
    if all(w in cues.list_joiners for w in words):
        return None  # "Nvidia, Microsoft en Google investeren": a list, not an apposition
    return first, commas[-1]


_OWNED_REACH = 4  # words between an owned party and "owned by" / "in handen van", amounts aside


def _owned_near(sentence: Sentence, cues: DealCues, party: Party, found: Found) -> bool:
    """"Rothesay, owned by GIC", "JASM is about 86.5% owned by TSMC": the owned party stands right
    before the ownership phrase, or opens a relative clause it ends ("NIBC, die sinds 2020
    grotendeels in handen is van Blackstone"); "paid $1.9 billion for seven plants owned by X"
    names no owned party, so the clause subject is not it."""
    between = range(party.end, found.first)
    if any((a := sentence.amount_at(k)) is not None and a.amount.kind == "money" for k in between):
        return False  # a price between: the owned thing is what was paid for
    if party.end + 1 < found.first and sentence.words[party.end] == "," \
            and sentence.words[party.end + 1] in cues.relative_pronouns:
        between = range(party.end + 2, found.first)
    return len([k for k in between if sentence.amount_at(k) is None]) <= _OWNED_REACH


def _possessor(sentence: Sentence, found: Found, parties: list[Party]) -> Party | None:
    """"Nvidia's $5 billion investment", "Google's backstop": a possessive right before."""
    for p in parties:
        if p.possessive and p.end <= found.first and found.first - p.end <= 5:
            between = range(p.end, found.first)
            if all(sentence.party_at(k) is None for k in between):
                return p
    return None


def _round(sentence: Sentence, cues: DealCues, found: Found, parties: list[Party],
           owner: Party | None) -> list[Candidate] | None:
    """A round of funding is the raiser's: its possessor ("took part in Anthropic's Series F"),
    the company after its "van" ("een financieringsronde van Mistral AI"), or, with a leader, the
    party the sentence opens with ("Anthropic was valued at $183 billion after a round led by
    ICONIQ"). Who invests leads it, or is the subject, with those who take part beside
    ("..., samen met Andra Capital en SGW"). None: not read as a round."""
    agents = [p for p in parties if _has_prep(p, cues.agent_preps) and p.first > found.first]
    raiser = owner or round_raiser(cues, found, parties) or (opening_subject(sentence, found) if agents else None)
    participants = [p for p in parties if p.first >= found.end and p != raiser and _has_prep(p, cues.participant_preps)]
    if raiser is None and not participants:
        return None
    sources = [p for p in agents or _subject(sentence, cues, found, parties) if p != raiser]
    sources += [p for p in participants if p not in sources]
    candidates = _expand(sentence, cues, found, sources, [raiser] if raiser else [], False, parties)
    if not agents:  # "GIC took part in Anthropic's $13 billion Series F": not GIC's own money
        _without_round_size(sentence, cues, [found], candidates)
    return candidates  # those beside a leader or the subject lose their amount in ``_expand``


def _targets_after(cues: DealCues, found: Found, parties: list[Party],
                   sentence: Sentence | None = None) -> list[Party]:
    preps = cues.target_preps_of(found.trigger)
    if sentence is not None and _merger(sentence, cues, found):
        preps = cues.merger_preps  # "agreed to merge with Qorvo", "de fusie van Vela met Teck"
    hi = _inner_clause(sentence, cues, found) if sentence is not None else found.scope[1]
    if sentence is not None and found.frame == "noun":
        hi = _noun_reach(sentence, cues, found, hi)
    return [p for p in parties if found.end <= p.first < hi and (
        _has_prep(p, preps) or (sentence is not None and _led_group(sentence, cues, found, p, preps)))]


def _noun_reach(sentence: Sentence, cues: DealCues, found: Found, hi: int) -> int:
    """How far a deal noun's companies may stand after it: up to the next deal noun ("The AWS
    contract is small next to ..., the Azure commitment and chip arrangements with Nvidia") or
    a relative clause after a comma, which is about the word before it."""
    for k in range(found.end + 1, hi):
        if sentence.words[k] in cues.relative_pronouns and sentence.words[k - 1] == ",":
            return k
        if cues.deal_types(sentence.words[k], sentence.lemmas[k], frame="noun") and sentence.party_at(k) is None \
                and sentence.amount_at(k) is None and sentence.words[k] not in cues.share_words \
                and sentence.amount_at(k - 2) is None:  # "$35.10 a share", "€ 38 per aandeel": a price
            return k
    return hi


def _merger(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    """Whether the takeover word at ``found`` is one of merging ("merge", "fusie")."""
    return found.type == "acquisition" and bool(
        {sentence.words[found.first], sentence.lemmas[found.first], sentence.heads[found.first]} & cues.merger_words)


def _merging(sentence: Sentence, cues: DealCues, found: Found, parties: list[Party]) -> list[Party]:
    """"de fusie van Vela met Tarn", "the merger of Vela with Tarn": the party of the owner's
    preposition before the merger's is the one that takes over."""
    if not _merger(sentence, cues, found):
        return []
    other = next((p for p in parties if p.first >= found.end and _has_prep(p, cues.merger_preps)), None)
    return [p for p in parties if other is not None and found.end <= p.first < other.first
            and _has_prep(p, cues.owner_preps)][:1]


_GROUP_REACH = 5  # words between a target preposition and "led by" ("to a group of institutions led by")


def _led_group(sentence: Sentence, cues: DealCues, found: Found, party: Party, preps: tuple[Phrase, ...]) -> bool:
    """"sold new shares to a group of institutions led by Novo Holdings": the leader of a group
    that a target preposition governs stands for it; not of a round ("invested in a round led by")."""
    if not _has_prep(party, cues.leader_preps):
        return False
    start = party.first - len(party.prep)
    for k in range(start - 1, max(found.end, start - 1 - _GROUP_REACH) - 1, -1):
        if sentence.party_at(k) is not None or sentence.words[k] == "," or sentence.words[k] in cues.round_nouns \
                or found.type in cues.deal_types(sentence.words[k], sentence.lemmas[k], frame="noun"):
            return False
        if sentence.phrase_ending_at(k, preps) is not None:
            return True
    return False


def _borrowers_guaranteed(sentence: Sentence, cues: DealCues, found: Found, parties: list[Party]) -> list[Party]:
    """"stond garant voor een lening aan Tarn", "guaranteed a loan to Tarn": the guarantee is
    for the borrower of the loan it names."""
    hi = _inner_clause(sentence, cues, found)
    loan = next((k for k in range(found.end, hi) if "financing" in cues.deal_types(
        sentence.words[k], sentence.lemmas[k], sentence.heads[k], frame="noun")), None)
    if loan is None:
        return []
    preps = cues.target_preps.get("financing", ())
    return [p for p in parties if loan < p.first < hi and _has_prep(p, preps)][:1]


def _targets_before(cues: DealCues, found: Found, parties: list[Party], sources: list[Party]) -> list[Party]:
    """The parties with a target preposition between the subject and the deal word: a verb at
    the end ("Nvidia zal $2 miljard in xAI investeren"), a Dutch noun's middle field ("IREN sleepte
    bij Microsoft een overeenkomst binnen"), partners named before "founding partners"."""
    preps = cues.target_preps.get(found.type, ())
    return [p for p in parties if sources[-1].end <= p.first and p.end <= found.first and _has_prep(p, preps)]


def _inner_clause(sentence: Sentence, cues: DealCues, found: Found) -> int:
    """Where a relative clause with a subject of its own starts after the deal word: what it
    governs is its own verb's ("a loan for two campuses that Vantage is developing for Oracle")."""
    for k in range(found.end, found.scope[1] - 1):
        party = sentence.party_at(k + 1)
        if sentence.words[k] in cues.relative_pronouns and party is not None and party.first == k + 1 \
                and party.prep is None:
            return k
        if sentence.words[k] in cues.relative_pronouns and sentence.words[k - 1] == "," \
                and sentence.party_at(k - 2) is not None:
            return k  # "leased to Oracle, which will in turn provide capacity to OpenAI"
    return found.scope[1]


def _direct_object(sentence: Sentence, cues: DealCues, found: Found, parties: list[Party],
                   exclude: list[Party]) -> Party | None:
    """The first party after the verb without a preposition, close to it or before the verb's
    particle ("nam begin dit jaar al het Amerikaanse Infinera over")."""
    owning = found.type == "stake" and sentence.words[found.first] in cues.owning_verbs and any(
        p.end <= found.first for p in exclude)  # "The PIF already owns Scopely", with its subject before
    if found.type not in _DIRECT_OBJECT_TYPES and not owning:
        return None
    reach = _OBJECT_REACH
    if found.trigger.particle:
        later = [k for k in range(found.end, found.scope[1]) if sentence.words[k] == found.trigger.particle]
        if later:
            reach = max(reach, later[0] - found.end)
    for p in parties:
        if p.first >= found.end and p not in exclude and _ungoverned(p):
            if p.first > 0 and sentence.words[p.first - 1] in cues.relative_pronouns:
                return None  # "koopt het belang dat BNP Paribas Fortis had": a relative clause's subject
            return p if p.first - found.end <= reach else None
    return None


def _middle_object(cues: DealCues, found: Found, parties: list[Party], sources: list[Party]) -> Party | None:
    """"dat Vela Tarn overneemt", "Vela heeft Tarn overgenomen": in a verb-second language the
    object of a verb at the end of its clause stands between the subject and the verb."""
    if not cues.verb_second or found.type not in _DIRECT_OBJECT_TYPES or not sources:
        return None
    middle = [p for p in parties if sources[-1].end <= p.first and p.end <= found.first and p not in sources]
    return middle[0] if len(middle) == 1 and _ungoverned(middle[0]) and not middle[0].possessive else None


def assign_roles(sentence: Sentence, cues: DealCues, found: Found, sold: bool = False) -> list[Candidate]:
    """Candidates for one deal word; ``sold``: the clause has a seller verb, so a deal noun in it
    is the thing sold ("sold its stake in Nvidia") and makes no deal of its own."""
    if sold and found.frame == "noun":
        return []
    if found.type == "joint_venture" and found.frame == "noun" and acting_group(sentence, cues, found):
        return []
    lo, hi = found.scope
    purpose = sentence.find(cues.purpose, found.end, hi)
    if purpose:  # "arranged to fund capacity for OpenAI": the purpose names no party of this deal
        # a verb-final purpose starts at its opener: "om de uitbreiding voor OpenAI te betalen"
        hi = next((k for k in range(found.end, purpose[0]) if sentence.words[k] in cues.purpose_openers), purpose[0])
        found = Found(found.trigger, found.first, found.end, (lo, hi))
    examples = _examples_of_holders(sentence, cues, [p for p in sentence.parties if lo <= p.first < found.first])
    parties = [p for p in sentence.parties if lo <= p.first < hi and not _modifier(sentence, p)
               and (not _has_prep(p, cues.non_party_preps) or p in examples
                    or (_has_prep(p, cues.merger_preps) and _merger(sentence, cues, found)))]
    if (opening := _opening_apposition(sentence, cues, found, parties)) is not None:
        # "Exor, de investeringsholding van de familie Agnelli, kocht een belang": what the
        # apposition names describes the subject and takes no part in its deal
        parties = [p for p in parties if not opening[0].end < p.first < opening[1]]
    sources: list[Party] = []
    targets: list[Party] = []
    passive = False
    frame = found.frame
    if frame == "noun" and found.type != "stake" and received(sentence, cues, found):  # a stake received is held
        frame = "recipient"
    if frame == "agent" and found.type == "acquisition" and bare_passive(sentence, cues, found):
        # "werd voor $242,5 miljoen overgenomen": the subject was bought, by a buyer not named
        # here; the company the text is about, when no other is named before (``extract`` decides)
        bought = [t for t in _subject(sentence, cues, found, parties) if t.label not in SOURCE_ONLY_LABELS][:1]
        return _source_left_open(sentence, found, bought)
    if frame == "agent" and is_passive(sentence, cues, found):
        passive = True
        agent_at = agent_word(sentence, cues, found)
        after = [p for p in parties if p.first > agent_at]
        # "door Prosus, de techinvesteerder die in handen is van Naspers": the agent and what is
        # listed with it, not every party of the clause; "by a consortium of A, B and C" too
        sources = [p for p in after if _has_prep(p, cues.agent_preps)] or [
            p for p in after[:1] if _has_prep(p, cues.member_preps)] + [
            p for p in after[1:] if _has_prep(p, cues.member_preps) and after[0].prep == p.prep]
        before = [p for p in parties if p.end <= found.first and not _has_prep(p, cues.agent_preps)]
        # "a loan to KLM, provided by ING": what a participle says was done to is the company before it
        participle = participle_of(sentence, cues, found)
        subject = [participle] if participle in parties else _subject(sentence, cues, found, parties)
        plain = [p for p in before if _ungoverned(p)]
        targets = subject[:1] or ([(plain or before)[-1]] if (plain or before) else [])
    elif frame == "agent" and found.type == "issuance" and (issuer := issued_shares_of(sentence, cues, found)):
        sources = [issuer]  # "Vela subscribed for newly issued Tarn shares": Tarn issued them to Vela
        targets = [p for p in _subject(sentence, cues, found, parties) if p is not issuer]
    elif frame == "agent":
        if buys_some_shares(sentence, cues, found) and not _merger(sentence, cues, found):
            # "nam voor $5 miljard aandelen Intel over": buying shares is investing, not a takeover
            found = Found(replace(found.trigger, type="investment"), found.first, found.end, found.scope)
        sources = _subject(sentence, cues, found, parties) or _participle_subject(sentence, cues, found)
        relative = prepositional_relative(sentence, cues, found) if cues.takes_part(found.trigger) else None
        if relative is not None and relative[0] is None:
            # "een plaatsing van $700 miljoen waaraan ook Orbis deelnam": they joined the deal the
            # clause is about, named by its noun (``extract`` gives them its company)
            return [Candidate(found, s, None, None, open_target=True, participant=True) for s in sources]
        if buying_verb(cues, found) and buys_goods(sentence, cues, found, sources) != (
                found.type == "purchase_commitment"):
            # "buy" is a purchase commitment when goods are bought ("agreed to buy $300 billion
            # of capacity from Oracle"), an acquisition otherwise ("agreed to buy NIBC")
            return []
        targets = _targets_after(cues, found, parties, sentence) or _promised_to(sentence, cues, found, parties, sources)
        if not targets and found.type == "guarantee":
            targets = _borrowers_guaranteed(sentence, cues, found, parties)
        if found.type == "acquisition" and targets and (obj := _direct_object(sentence, cues, found, parties, sources)) \
                and obj.first < targets[0].first:
            targets = [obj]  # "nam 365.bank over, de grootste bank van Slowakije": what was bought comes first
        if not targets and sources:
            targets = _targets_before(cues, found, parties, sources)  # "Nvidia zal $2 miljard in xAI investeren"
        if not targets:
            targets = included(sentence, cues, found)
        if found.type == "purchase_commitment" and (supplier := goods_supplier(sentence, cues, found, sources)) \
                and (not targets or supplier[0].first < targets[0].first):
            targets = supplier  # "buy 18,000 of Nvidia's GB300 chips ..., and a partnership with AMD"
        if not targets:
            held = object_relative(sentence, cues, found)
            targets = [held] if held is not None and held not in sources else []
        if not targets:
            obj = _direct_object(sentence, cues, found, parties, sources) \
                or _middle_object(cues, found, parties, sources)
            targets = [obj] if obj else []
        if not targets and found.type == "acquisition":
            # "agreed to buy two plants from Caithness Energy": what was bought is no party, so
            # the deal is with the seller
            targets = [p for p in parties if p.first >= found.end and _has_prep(p, cues.seller_preps)][:1]
    elif frame == "recipient":
        targets = _subject(sentence, cues, found, parties)
        if found.type == "stake":
            targets = [t for t in targets if _owned_near(sentence, cues, t, found)]
            if not targets:
                return _rest_held_by(sentence, cues, found, parties)
        # "a loan from Tarn, 85% of which is guaranteed by Orbis": the agent of another verb is none
        sources = [p for p in parties if p not in targets
                   and (_has_prep(p, cues.recipient_preps) or _has_prep(p, cues.agent_preps))
                   and not _agent_of_other_verb(sentence, cues, found, p)]
        # "aan de wieg van Keurig Dr Pepper: ... dat in handen van JAB was": the giver follows the
        # deal word when one does
        sources = [p for p in sources if p.first >= found.end] or sources
    elif frame == "seller" and is_passive(sentence, cues, found, agent_required=False) and not [
            p for p in parties if p.first >= found.end and not _has_prep(p, cues.transfer_preps)
            and not _has_prep(p, cues.agent_preps) and not _has_prep(p, cues.member_preps)]:
        # "Knab werd verkocht aan BAWAG", "was sold by NXP to a consortium of JAC and Wise Road":
        # what was sold is the subject, the seller the agent
        sources = _buyers(sentence, cues, found, parties)
        targets = _subject(sentence, cues, found, parties)[:1]
        if not targets and sources:
            found, targets = part_sold(sentence, cues, found)
    elif frame == "seller":
        seller = _subject(sentence, cues, found, parties)
        sources = _buyers(sentence, cues, found, parties)
        owner = {s.canonical for s in seller}
        # what is sold comes before whom it is sold to ("to a group led by Novo Holdings, the firm
        # that controls Novo Nordisk": Novo Nordisk is not sold)
        last = min((p.first for p in sources), default=found.scope[1])
        for p in parties:
            if p.possessive and p.canonical in owner:
                continue  # "sold its stake in Tarn": the seller's own, ``part_sold`` reads it
            if found.end <= p.first < last and p not in sources and p not in seller and p.label != "GPE" and (
                    _ungoverned(p) or _has_prep(p, cues.target_preps.get("acquisition", ()))):
                targets = [p]
                break
        if not targets and sources:
            found, targets = part_sold(sentence, cues, found)
        if not targets and sources and seller and (own_part_sold(sentence, cues, found, seller)
                                                   or assets_sold(sentence, cues, found, seller, sources)):
            # "American Tower sold its Indian business to Brookfield", "Sligro verkocht drie
            # distributiecentra aan Tritax": what the seller owned is bought from it
            targets = seller[:1]
    elif found.type == "issuance" and frame == "noun" and (verb := bonds_bought(sentence, cues, found)) is not None:
        return _bonds_bought(sentence, cues, found, parties, verb)
    elif found.type == "joint_venture" and len(members := venture_members(sentence, cues, found, parties)) > 1:
        sources, targets = members[:1], members[1:]  # "een joint venture van NXP en VIS"
    else:  # noun
        owner = _possessor(sentence, found, parties)
        if is_round(cues, found) and (candidates := _round(sentence, cues, found, parties, owner)) is not None:
            return candidates
        # "a facility arranged by Magnetar", "de door Blackstone verstrekte lening", "a group
        # led by JPMorgan has put together a loan", not the agent of a participle earlier in the
        # clause ("arranged by Magnetar, ... the contracts")
        agents = [p for p in parties if _has_prep(p, cues.agent_preps) and (
            p.first > found.first or found.first - p.end <= _AGENT_BEFORE_NOUN or _has_prep(p, cues.leader_preps))]
        if found.type == "financing":  # "a credit line from Brookfield": the lender, as an agent is
            agents += [p for p in parties if p.first > found.first and _has_prep(p, cues.lender_preps)
                       and p not in agents]
        sources = [owner] if owner else agents or _merging(sentence, cues, found, parties) \
            or _subject(sentence, cues, found, parties)
        if not owner and not agents and judged(sentence, cues, found):
            sources = []  # "The regulator approved the merger": the subject judges the deal
        if not sources and cues.verb_second and _signing_verb(sentence, cues, found):
            # "in oktober tekende Anthropic met Google Cloud": the subject follows the verb
            sources = [p for p in parties if found.end <= p.first <= found.end + _SUBJECT_AFTER_VERB
                       and _ungoverned(p)][:1]
        targets = [p for p in _targets_after(cues, found, parties, sentence) if p not in sources]
        if not targets and sources and cues.verb_second and found.type in _MIDDLE_FIELD_TYPES:
            targets = _targets_before(cues, found, parties, sources)  # "IREN sleepte bij Microsoft een overeenkomst binnen"
        if found.type == "financing" and owner and not targets and [a for a in agents if a.first > found.first]:
            sources, targets = [a for a in agents if a.first > found.first], [owner]  # "Vela's loan, arranged by Orbis"
        if not targets:
            targets = [p for p in included(sentence, cues, found) if p not in sources]
        if not targets and found.type == "joint_venture" and sources:
            # "launched a programme, with Nvidia and KIA as founding partners": named before
            targets = _targets_before(cues, found, parties, sources)
        if not targets and agents and not owner:
            # "CoreWeave sloot een kredietfaciliteit onder leiding van Blackstone": the lenders
            # lead, the subject borrows
            targets = [p for p in _subject(sentence, cues, found, parties) if p not in agents]
    if found.type == "joint_venture" and not targets and len(sources) > 1:
        targets = sources[1:]
        sources = sources[:1]
    targets = [t for t in targets if t not in sources and t.label not in SOURCE_ONLY_LABELS]
    if found.type in _OWNER_FROM_CONTEXT and frame == "agent" and not sources and targets \
            and is_passive(sentence, cues, found, agent_required=False):
        return _source_left_open(sentence, found, targets)
    candidates = _expand(sentence, cues, found, sources, targets, passive, parties)
    if frame == "agent" and found.type == "investment" and not cues.leads(found.trigger):
        # "Kestrel participated in Vela's $13 billion Series F": a round named after the verb
        # (its leader takes its whole size)
        rounds = [Found(found.trigger, k, k + 1, found.scope) for k in range(found.end, found.scope[1])
                  if sentence.words[k] in cues.round_nouns]
        _without_round_size(sentence, cues, rounds, candidates)
    return candidates


def _without_round_size(sentence: Sentence, cues: DealCues, rounds: list[Found], candidates: list[Candidate]) -> None:
    """The size of one of ``rounds`` is not a participant's own money."""
    for c in candidates:
        if c.amount is not None and any(round_size(sentence, cues, r, c.amount) for r in rounds):
            c.amount = None


def _source_left_open(sentence: Sentence, found: Found, targets: list[Party]) -> list[Candidate]:
    """A passive deal whose source the sentence does not name ("werd voor $242,5 miljoen
    overgenomen", "the sites will be leased to Oracle"): ``extract`` fills it from the context."""
    money = _money(sentence, *found.scope)
    return [Candidate(found, None, t, _amount_for(sentence, money, found, t), True, open_source=True) for t in targets]


def _bonds_bought(sentence: Sentence, cues: DealCues, found: Found, parties: list[Party],
                  verb: int) -> list[Candidate]:
    """"Pimco bought $18 billion of Meta's bonds": the buyer lends to the issuer, named with the
    bonds or, failing that, the issuer of the bonds just named."""
    lending = Found(replace(found.trigger, type="financing", frame="agent"), verb, verb + 1, found.scope)
    buyers = _subject(sentence, cues, lending, parties)
    issuer = _possessor(sentence, found, parties)
    if issuer is None:
        issuer = next((p for p in parties if found.end <= p.first <= found.end + 2
                       and _has_prep(p, cues.issuer_preps)), None)
    money = _money(sentence, *found.scope)
    # "daarvan" names no issuer: with none just before, no deal
    unnamed = found.trigger.words in cues.issue_references
    # "Pimco nam daarvan $18 miljard, BlackRock $3 miljard": each further buyer with its amount
    gapped = _gapped(sentence, cues, lending, [issuer] if issuer else [], money, False)
    for c in gapped:
        c.bonds_bought, c.open_target = True, c.open_target or unnamed
    theirs = [c.amount for c in gapped]
    amount = _nearest([a for a in money if a not in theirs], found.first)
    return [Candidate(lending, b, issuer, amount, bonds_bought=True, open_target=unnamed)
            for b in buyers if b is not issuer] + gapped


def _signing_verb(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    return sentence.words[found.first] in cues.contract_verbs or sentence.lemmas[found.first] in cues.contract_verbs


def _agent_of_other_verb(sentence: Sentence, cues: DealCues, found: Found, party: Party) -> bool:
    """"a loan from Tarn, 85% of which is guaranteed by Orbis": the agent of a deal verb right
    before its preposition, other than the deal word's own ("laat zich financieren door Amazon")."""
    if party.prep is None:
        return False
    k = party.first - 1
    while k > found.end and sentence.words[k] in cues.determiners:
        k -= 1
    verb = k - len(party.prep)
    if verb < found.end or sentence.words[verb] == found.trigger.particle:
        return False
    return cues.is_deal_verb(sentence.words[verb], sentence.lemmas[verb], single=True)


def _verb_before(sentence: Sentence, cues: DealCues, lo: int, hi: int) -> bool:
    """Whether a deal verb stands in [lo, hi)."""
    return any(cues.is_deal_verb(sentence.words[k], sentence.lemmas[k]) for k in range(lo, hi))


def _money(sentence: Sentence, lo: int, hi: int) -> list[AmountAt]:
    return [a for a in sentence.amounts if lo <= a.first < hi and a.amount.kind == "money" and not a.excluded]


_AGENT_BEFORE_NOUN = 2  # words between an agent and the deal noun after it ("door Blackstone verstrekte lening")
_STAKE_PRICE_REACH = 5  # words between a stake word and the price paid for it
_RATE_REACH = 4  # words between a holding verb and the noun of its object ("kept its deposit rate")


def _keeps_a_rate(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    """"The ECB has kept its deposit rate at 2%": a holding verb whose object is a rate holds no share."""
    end = min(found.scope[1], found.end + _RATE_REACH)
    return any(sentence.words[k] in cues.rate_words or sentence.heads[k] in cues.rate_words
               for k in range(found.end, end))


def _nearest(amounts: list[AmountAt], anchor: int) -> AmountAt | None:
    if not amounts:
        return None
    return min(amounts, key=lambda a: (min(abs(a.first - anchor), abs(a.end - 1 - anchor)), a.first < anchor))


def _price_follows(sentence: Sentence, cues: DealCues, end: int, amount: AmountAt) -> bool:
    """Whether ``amount`` follows a stake phrase ending at ``end`` with no other deal word or clause
    between ("een belang van 15% in Orbis voor €2,6 miljard")."""
    if not end <= amount.first <= end + 2 * _STAKE_PRICE_REACH:
        return False
    return not any(sentence.words[k] in cues.relative_pronouns or sentence.words[k] == ","
                   or any(sentence.matches(k, t.words) for t in
                          cues.triggers.get(sentence.words[k], ()) + cues.triggers.get(sentence.lemmas[k], ()))
                   for k in range(end, amount.first))


def _spent_on_own(sentence: Sentence, cues: DealCues, found: Found) -> bool:
    """"Google will invest €5 billion in its data centres": money put into the subject's own
    assets ("in", then a possessive pronoun) is spending, no deal."""
    return any(sentence.words[k] in cues.into_preps and sentence.words[k + 1] in cues.possessive_pronouns
               for k in range(found.end, found.scope[1] - 1))


def _expand(sentence: Sentence, cues: DealCues, found: Found, sources: list[Party],
            targets: list[Party], passive: bool, parties: list[Party]) -> list[Candidate]:
    """One candidate per source and target, each target with the amount of its list item."""
    lo, hi = found.scope
    relative = max((k for k in range(lo, found.first) if sentence.words[k] in cues.relative_pronouns), default=None)
    # "bood $9 miljard voor Vela, een bitcoinminer die capaciteit verhuurt": a deal verb in a
    # relative clause takes no amount that a deal verb before the clause has; "de lening van $38
    # miljard die een consortium verstrekt" keeps its own, and so does "de $3 miljard die het investeerde"
    money = [a for a in _money(sentence, lo, hi) if relative is None or found.frame == "noun"
             or a.first > relative or a.end == relative or not _verb_before(sentence, cues, lo, a.first)]
    if found.type == "stake" and found.frame == "agent" and _keeps_a_rate(sentence, cues, found):
        return []
    if found.type == "stake":
        # a holding has a price only when it is stated with it ("a 9.9% stake in Intel for $8.9
        # billion"); money further off in the clause is another deal's ("51% of the venture,
        # which has signed a lease worth $9.5 billion")
        anchors = [found.first, found.end - 1]
        if found.trigger.particle:  # "took a 9.9% stake in Intel for $8.9 billion"
            anchors += [k for k in range(found.end, hi) if sentence.words[k] == found.trigger.particle][:1]
        # "houdt 27 procent van OpenAI, een belang ter waarde van $135 miljard": the stake noun
        anchors += [k for k in range(lo, hi) if {sentence.words[k], sentence.heads[k]} & cues.stake_nouns]
        if found.frame == "seller":  # "sold a 45% stake in Tarn to a group led by Orbis for $10 billion"
            anchors += [s.end - 1 for s in sources if s.first > found.end]
        money = [a for a in money
                 if min(min(abs(a.first - k), abs(a.end - 1 - k)) for k in anchors) <= _STAKE_PRICE_REACH
                 or _price_follows(sentence, cues, found.end, a)]
    if found.type == "issuance" and not targets and not money:
        return []  # "Meta's bonds trade wider": talk about bonds, no issue
    if not sources and targets and found.frame == "recipient":
        # "Anthropic haalde $13 miljard op": who gave it may follow in the next sentence
        return [Candidate(found, None, t, _nearest(money, found.first), passive) for t in targets]
    if not targets and found.type == "joint_venture" and len(sources) == 1 and len(sources[0].members) == 2:
        # "de twee bedrijven richten samen een joint venture op": a venture of the pair
        return [Candidate(found, sources[0], None, _nearest(money, found.first), passive)]
    if not targets:
        # "Ook Nvidia, Nokia en Dell deden mee": with no other company named, the deal word may
        # go on about the deal of its type named just before (``extract`` decides)
        # "stapten de Verenigde Staten in met $8,9 miljard, Nvidia met $5 miljard en ...": the
        # other subjects of a gapped list are no companies the deal is with
        gapped = _gapped(sentence, cues, found, [], money, passive)
        items = {c.source.first for c in gapped}
        # "Tarn owns 27% in return for the $13.8 billion it has invested": the subject named
        # again is no other party
        named = {s.canonical for s in sources}
        alone = found.frame == "agent" and found.type in _CONTINUED_TYPES and not [
            p for p in parties
            if p.canonical not in named and p.label not in SOURCE_ONLY_LABELS and p.first not in items] \
            and not _spent_on_own(sentence, cues, found)
        open_ones = [Candidate(found, s, None, _nearest(money, found.first), passive, open_target=True)
                     for s in sources] if (found.frame == "noun" or passive or alone) else []
        if open_ones:
            open_ones += gapped
        has_share = any(a.amount.kind == "percent" and lo <= a.first < hi for a in sentence.amounts)
        if found.type not in _NULL_TARGET_OK or (found.type == "financing" and (
                not (money or has_share) or found.frame == "noun")):
            return _participants_without_amount(cues, open_ones)
        if found.type not in ("stake", "issuance") and any(
                p.label not in SOURCE_ONLY_LABELS and p not in sources for p in parties):
            return []  # a party is named but not found in a role: better no deal than a wrong one
        if found.type == "issuance":
            issues = _issues(sentence, cues, found, money)
            if len(sources) > 1 and len(issues) == 1:
                issues = [None]  # "Meta, Alphabet, Amazon and Oracle have sold $90 billion of bonds": a sum
            return [Candidate(found, s, None, a, passive) for s in sources for a in issues]
        amount = _nearest(money, found.first)
        # "Intel houdt de overige 49%" and "TSMC heeft 70% van de aandelen" may hold a part of
        # the company just named; "51% of the venture" holds a part of something the text names
        # but is no party
        # "owns roughly 27%, worth $135 billion, in return for ...": only a preposition right
        # after the share ("27% of", "a 10% stake in") says what it is a share of
        # (", Tarn will keep 25%": the shares after its holder are its own)
        own = max((s.end for s in sources if s.first < found.first), default=lo)
        percents = [_over_stake_noun(sentence, cues, a.end) for a in sentence.amounts
                    if a.amount.kind == "percent" and max(lo, own) <= a.first < hi]
        stake_preps = {p[0] for p in cues.target_preps.get("stake", ())}
        unnamed = found.type == "stake" and bool(percents) and not any(
            k < hi and sentence.words[k] in stake_preps and not of_shares(sentence, cues, k + 1, hi)
            for k in percents)
        # "Vela heeft 70% van de aandelen, Tarn 20% en Lumo 10%": each item holds its part too
        # ("SoftBank bought $2 billion" after it is a clause of its own)
        items = [replace(c, open_target=False, held_from_context=unnamed) for c in gapped
                 if not cues.is_deal_verb(*_word_after(sentence, c.source), single=True)] if unnamed else []
        return [Candidate(found, s, None, amount, passive, held_from_context=unnamed) for s in sources] + items
    candidates: list[Candidate] = []
    # "Vela invested $5 billion in Kestrel and Tarn $10 billion in Orbis": the targets after a
    # gapped item are its own when the deal word has one before the item
    owned = {} if passive else _items_with_targets(sentence, cues, found, targets)
    targets = [t for t in targets if not any(t in mine for mine in owned.values())]
    if len(targets) == 1 or passive:
        amount = _amount_for(sentence, money, found, targets[0])
        for source in sources:
            for target in targets:
                candidates.append(Candidate(found, source, target, amount, passive))
    else:
        for target, amount in _list_amounts(sentence, money, found, targets):
            for source in sources:
                candidates.append(Candidate(found, source, target, amount, passive))
    candidates += _gapped(sentence, cues, found, targets, money, passive, owned)
    return _participants_without_amount(cues, candidates)


def _items_with_targets(sentence: Sentence, cues: DealCues, found: Found,
                        targets: list[Party]) -> dict[int, list[Party]]:
    """The targets of each gapped item (by the item's first token) that has targets of its own:
    those after it and before the next item, when a target stands before the first item."""
    items = _gapped_items(sentence, cues, found, targets)
    if not items or not any(t.first < items[0].first for t in targets):
        return {}  # "Vela invests $5 billion and Tarn $10 billion in Kestrel": a shared target
    owned = {}
    for index, item in enumerate(items):
        stop = items[index + 1].first if index + 1 < len(items) else found.scope[1]
        mine = [t for t in targets if item.end <= t.first < stop]
        if mine:
            owned[item.first] = mine
    return owned


def _participants_without_amount(cues: DealCues, candidates: list[Candidate]) -> list[Candidate]:
    """"raised $1.1 billion in a round led by Aker, with Nvidia and Nokia": the amount is the
    round's, which the leader stands for; the participants' own shares are not stated."""
    preps = {c.source.prep for c in candidates if c.source is not None}
    if len(preps) < 2:
        return candidates
    for candidate in candidates:
        if candidate.source is not None and _has_prep(candidate.source, cues.participant_preps):
            candidate.amount, candidate.participant = None, True
    return candidates


def _issues(sentence: Sentence, cues: DealCues, found: Found, money: list[AmountAt]) -> list[AmountAt | None]:
    """"sold $2.75bn of convertible notes and $1bn of new shares": amounts joined by list words
    after the first are issues of their own."""
    first = _nearest(money, found.first)
    if first is None:
        return [None]
    issues = [first]
    for amount in money:
        if amount.first <= issues[-1].first:
            continue
        between = sentence.words[issues[-1].end:amount.first]
        if any(w in cues.list_joiners for w in between) and not any(
                sentence.party_at(k) for k in range(issues[-1].end, amount.first)):
            issues.append(amount)
    return issues


def _amount_for(sentence: Sentence, money: list[AmountAt], found: Found, target: Party) -> AmountAt | None:
    """The amount of a single deal: between the deal word and its target if one stands there,
    else the one nearest the deal word. Not across a colon or semicolon ("Tarn, bought for $4.9B,
    has been split: its arm was sold to Orbis for $3B")."""
    lo, hi = sorted((found.first, target.first))
    between = [a for a in money if lo <= a.first <= hi and not any(
        w in _CLAUSE_MARKS for w in sentence.words[min(a.end, found.first):max(a.first, found.end)])]
    return _nearest(between or money, found.first)


_CLAUSE_MARKS = (":", ";")


def _list_amounts(sentence: Sentence, money: list[AmountAt], found: Found,
                  targets: list[Party]) -> list[tuple[Party, AmountAt | None]]:
    """Pair each target of a list with its own amount: the amounts stand either before their
    targets ("$100 miljoen in CoreWeave, $2 miljard in xAI") or after them ("bij CoreWeave voor
    $14,2 miljard, bij Nebius voor $3 miljard")."""
    first = targets[0]
    amount_first = any(found.end <= a.first < first.first for a in money)
    if amount_first and not any(first.first <= a.first < targets[-1].end for a in money):
        # "a joint venture worth $15 billion with GIC and CPP Investments": one amount for all
        shared = [a for a in money if found.end <= a.first < first.first][-1]
        return [(target, shared) for target in targets]
    pairs = []
    for index, target in enumerate(targets):
        if amount_first:
            lo = targets[index - 1].end if index else found.end
            span = [a for a in money if lo <= a.first < target.first]
            pairs.append((target, span[-1] if span else None))
        else:
            hi = targets[index + 1].first if index + 1 < len(targets) else found.scope[1]
            span = [a for a in money if target.end <= a.first < hi]
            pairs.append((target, span[0] if span else None))
    return pairs


def _gapped(sentence: Sentence, cues: DealCues, found: Found, targets: list[Party],
            money: list[AmountAt], passive: bool, owned: dict[int, list[Party]] | None = None) -> list[Candidate]:
    """"... in Anthropic en Nvidia tot $10 miljard": a party with its own amount after the
    first target repeats the deal with itself as the source. With no target ("Nvidia volgde met
    een investering van $5 miljard en SoftBank met $2 miljard") the repeats are left open too."""
    if passive:
        return []
    extra = []
    # "Microsoft investeert tot $5 miljard en Nvidia tot $10 miljard in Anthropic": an item may
    # also stand between the deal word and the target
    after = found.end
    for party in _gapped_items(sentence, cues, found, targets):
        amount = next((a for a in money if a.first >= party.end), None)
        # "Tarn en Lumo elk 15%": the parties listed with the item's own share it; list words
        # and articles alone ("Abernathy, Texas, where TeraWulf owns 51%" is no list)
        listed = _coordinated(sentence, cues, party, [p for p in sentence.parties if after < p.first <= party.first],
                              modifiers=False)
        mine = (owned or {}).get(party.first, targets[:1])
        for source in listed:
            extra += [Candidate(found, source, target, amount, passive) for target in mine] or [
                Candidate(found, source, None, amount, passive, open_target=True)]
    return extra


def _gapped_items(sentence: Sentence, cues: DealCues, found: Found, targets: list[Party]) -> list[Party]:
    """The parties after the deal word, none of its targets, that head a list item of their
    own: no preposition, and an amount of their own right after ("en Nvidia tot $10 miljard")."""
    return [p for p in sentence.parties if found.end < p.first < found.scope[1] and p not in targets
            and p.prep is None and opens_item(sentence, cues, p)]
