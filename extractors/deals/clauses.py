"""Clauses and prepositional phrases: how far a deal word reaches, and what governs a party.

Without a parser, a clause is the run of tokens between clause breaks ("terwijl", "while", ";")
around a deal word, and a party's role marker is the preposition right before it, over
articles and adjectives ("in de Franse ontwikkelaar Mistral AI"). A party coordinated with a
governed one shares its preposition ("geleid door JPMorgan en MUFG"), unless an amount follows
it: then it opens a new list item with its own subject ("en Nvidia tot $10 miljard").
"""

from __future__ import annotations

from extractors.deals.cues import DealCues, Phrase
from extractors.deals.view import POSSESSIVE_MARKS, SOURCE_ONLY_LABELS, Sentence

# How far a deal word reaches on each side at most: a clause longer than this is a run-on
# list or noise ("Nvidia investeert in " a thousand times), and without the cap the work
# would grow with the square of the sentence.
MAX_REACH = 60
_SKIP_BACK = 3  # words between a preposition and its party ("in de Franse ontwikkelaar X")


def clause_scope(sentence: Sentence, cues: DealCues, first: int, end: int) -> tuple[int, int]:
    """Token range of the clause around the trigger at [first, end)."""
    lo = first
    while lo > max(first - MAX_REACH, 0) and not cues.breaks_clause(sentence.words, lo - 1):
        lo -= 1
        if sentence.words[lo] == ")":  # a parenthesis is read over, not a break
            opening = _matching(sentence, lo, "(", -1)
            lo = opening if opening is not None else lo + 1
            if opening is None:
                break
    hi = end
    while hi < min(end + MAX_REACH, len(sentence)) and not cues.breaks_clause(sentence.words, hi) \
            and not _next_clause(sentence, cues, hi):
        if sentence.words[hi] == "(":
            closing = _matching(sentence, hi, ")", 1)
            if closing is None:
                break
            hi = closing
        hi += 1
    return lo, hi


def own_clause(sentence: Sentence, cues: DealCues, k: int) -> tuple[int, int]:
    """The clause of the word at ``k`` where a new clause may also start after it (``_next_clause``:
    ", Alphabet volgde met ..."), not only at a clause break."""
    lo, hi = clause_scope(sentence, cues, k, k + 1)
    starts = [j + 1 for j in range(lo, k) if _next_clause(sentence, cues, j)]
    return (starts[-1] if starts else lo), hi


_SHARED_SUBJECT_REACH = 3  # words between ", en" and the verb of a clause it opens ("en zal later")


def has_party_after(sentence: Sentence, cues: DealCues, found) -> bool:
    """Whether a party follows the verb of ``found`` (a ``triggers.Found``) in its clause as its
    object or target ("controls Lumo", "invested in Lumo"), not "contributed €1 billion of it"."""
    preps = set(cues.target_preps.get(found.type, ()))
    return found.frame != "noun" and any(
        found.end <= p.first < found.scope[1] and (p.prep is None or p.prep in preps) for p in sentence.parties)


def opens_shared_clause(sentence: Sentence, cues: DealCues, verb: int, bare: bool = False) -> int | None:
    """Where the list word is that opens the clause of the deal verb at ``verb`` after a comma,
    with no subject of its own: ", en deed zijn winkels van de hand aan Orbis", ", and sold its
    stores to Kestrel". None for a noun phrase (", and a place in the consortium that is buying").
    ``bare``: the word at ``verb`` is a verb, and a list word right before it opens its clause
    without a comma too ("owns 86% of Tarn and controls Lumo")."""
    k = verb - 1
    if bare and k > 0 and sentence.words[k].isalpha() and sentence.words[k] in cues.list_joiners \
            and sentence.words[k - 1] != ",":
        return k
    while k > 0 and verb - k <= _SHARED_SUBJECT_REACH + 1 and sentence.words[k] not in cues.list_joiners:
        word = sentence.words[k]
        if sentence.party_at(k) is not None or word == "," or word in cues.determiners \
                or word in cues.relative_pronouns:
            return None
        k -= 1
    return k if comma_joiner(sentence, cues, k) else None


def _next_clause(sentence: Sentence, cues: DealCues, k: int) -> bool:
    """", en deed vorig jaar zijn winkels van de hand": a comma, a list word and a verb start a
    clause of the same subject, with roles of its own; so do a comma, a list word, a party and a
    verb (", en Microsoft trekt $10 miljard uit"): a clause of another subject. A sequence verb
    needs no list word (", Alphabet volgde met USD 17,5 miljard")."""
    if k + 1 >= len(sentence):
        return False
    comma, joiner = sentence.words[k] == ",", comma_joiner(sentence, cues, k)
    if not (comma or joiner):
        return False
    party = sentence.party_at(k + 1)
    # the word after a party right after k: its verb, if it has one
    after = sentence.words[party.end] if party is not None and party.first == k + 1 and party.end < len(sentence) \
        else None
    if comma and after in cues.sequel_verbs:
        return True
    if not joiner:
        return False
    if sentence.words[k + 1] in cues.pronouns:
        return True  # ", and it struck a $10 billion partnership with AMD": a subject pronoun
    if party is not None:
        return after is not None and (cues.looks_like_verb(after) or after in cues.passive_aux
                                      or after in cues.auxiliaries)
    return cues.looks_like_verb(sentence.words[k + 1]) or cues.is_deal_verb(sentence.words[k + 1],
                                                                            sentence.lemmas[k + 1])


def comma_joiner(sentence: Sentence, cues: DealCues, k: int) -> bool:
    """Whether token ``k`` is a list word right after a comma (", en", ", and")."""
    return k >= 1 and sentence.words[k] in cues.list_joiners and sentence.words[k - 1] == ","


def _matching(sentence: Sentence, i: int, bracket: str, step: int) -> int | None:
    k = i + step
    while 0 <= k < len(sentence):
        if sentence.words[k] == bracket:
            return k
        if sentence.words[k] in (")", "(") and sentence.words[k] != bracket:
            return None
        k += step
    return None


def _all_preps(cues: DealCues) -> tuple[Phrase, ...]:
    return cues.prep_phrases


def of_state(sentence: Sentence, cues: DealCues, k: int) -> bool:
    """Whether the word at ``k`` is the "of" of "the government of Botswana" or the "van" of
    "de regering van Letland": it belongs to the country, not to a deal word before."""
    return k >= 1 and sentence.words[k - 1] in cues.state_nouns \
        and any(sentence.matches(k, p) for p in cues.owner_preps)


def country_adjective(sentence: Sentence, cues: DealCues, k: int) -> bool:
    """A one-word place that is also a nationality ("US", "UK"), inside a description."""
    party = sentence.party_at(k)
    return party is not None and party.label in SOURCE_ONLY_LABELS and party.end == k + 1 \
        and sentence.words[k] in cues.nationalities and not party.possessive


def _skippable(sentence: Sentence, cues: DealCues, i: int) -> bool:
    """An article, adjective or noun that may stand between a preposition and its party; a
    possessive party too ("with Singapore's GIC")."""
    word = sentence.words[i]
    party = sentence.party_at(i)
    if party is not None:  # "of the US optical networking group Infinera"
        return party.possessive or country_adjective(sentence, cues, i)
    if sentence.amount_at(i):
        return False
    if word in cues.relative_pronouns and sentence.party_at(i + 1) is not None:
        return False  # "campuses that Vantage is developing": "that" opens a clause, it is no article
    if word in cues.determiners:
        return True
    if word in cues.passive_aux:
        return False  # "van buiten is echter Amazon": a verb ends the phrase
    if word in cues.time_words or word.isdigit():
        return False  # "In mei richtten MGX en Nvidia": the month is what "in" governs
    if not word.replace("-", "").replace("'", "").replace("’", "").isalpha() or word in cues.list_joiners:
        return False
    text = sentence.span[i].text
    compound = "-" in text and text.rsplit("-", 1)[-1].islower()  # "AI-bedrijf" is a common noun
    if text[:1].isupper() and not compound and (i == 0 or sentence.words[i - 1] not in cues.determiners):
        return False  # "In August TeraWulf": a name or a month, not a modifier of the party
    if word in cues.relative_pronouns:
        return False
    if i + 1 < len(sentence) and sentence.words[i + 1] in cues.description_nouns:
        return True  # "the optical networking group Infinera", "the holding company NLFI": a modifier
    if any(t.frame != "noun" for key in (word, sentence.lemmas[i]) for t in cues.triggers.get(key, ())):
        return False  # "to give Microsoft access": "to" belongs to the verb, not to Microsoft
    return not cues.looks_like_verb(word)


def _name_start(sentence: Sentence, i: int) -> int:
    """The first token of the capitalised name ending at token ``i``."""
    while i > 0 and sentence.span[i - 1].text[:1].isupper() and sentence.span[i - 1].is_alpha:
        i -= 1
    return i


_OPENING_PHRASE = 2  # words before the party of a sentence's opening phrase ("Outside Europe,")


def mark_prepositions(sentence: Sentence, cues: DealCues) -> None:
    """Set ``prep`` on every party preceded by a preposition, directly or by coordination."""
    phrases = _all_preps(cues)
    previous = None
    for party in sentence.parties:
        i = party.first - 1
        skipped = 0
        party.prep = party.own_prep
        if party.own_prep is not None:
            previous = party
            continue
        # a description brings its own article ("in het bedrijf"): its preposition is right
        # before it, and "In September it signed" gives "it" no preposition
        reach = 0 if party.resolved else _SKIP_BACK
        while i >= 0 and skipped <= reach:
            phrase = sentence.phrase_ending_at(i, phrases)
            if phrase is not None and len(phrase) == 1 and of_state(sentence, cues, i):
                i -= 2  # "the government of Botswana holds 15%": the country heads the phrase
                continue
            if phrase is not None:
                party.prep = phrase
                break
            if sentence.words[i] in POSSESSIVE_MARKS and i > 0 and sentence.party_at(i - 1) is None:
                i = _name_start(sentence, i - 1) - 1  # "to Elon Musk's xAI": a person's name
                skipped += 1
                continue
            if not _skippable(sentence, cues, i):
                break
            if sentence.words[i] not in cues.determiners and not sentence.party_at(i):
                skipped += 1
            i -= 1
        if party.prep is None and previous is not None and previous.prep is not None:
            verb_follows = _verb_follows(sentence, cues, party)
            leads = previous.prep in cues.leader_preps and verb_follows
            # "Outside Europe, American Tower sold ...": after an opening phrase and a comma, a
            # verb makes it the subject
            subject = verb_follows and not leads and previous.first <= _OPENING_PHRASE \
                and sentence.words[previous.end] == "," and party.first == previous.end + 1
            # "most of the tower company, and Vodafone kept the other half": a comma, a list
            # word and a verb open a clause of its own
            subject = subject or (verb_follows and not leads and sentence.words[previous.end] == ","
                                  and sentence.words[previous.end + 1] in cues.list_joiners)
            # "by Vela and Orbis for $24 billion": an agent's list has no gapped items
            agents = previous.prep in cues.agent_preps
            if coordinated_with(sentence, cues, previous, party) and not subject \
                    and (leads or agents or not _opens_item(sentence, cues, party)):
                party.prep = previous.prep
        previous = party


def coordinated_with(sentence: Sentence, cues: DealCues, previous, party) -> bool:
    """"JPMorgan en het Japanse MUFG": a list word, then only articles and modifiers."""
    between = list(range(previous.end, party.first))
    if not between or sentence.words[between[0]] not in cues.list_joiners:
        return False
    rest = between[1:]
    while rest and sentence.words[rest[0]] in cues.list_joiners:
        rest = rest[1:]
    if sentence.words[between[0]] == "," and len(rest) == len(between) - 1 and not _list_goes_on(sentence, cues, party):
        return False  # "in het bedrijf, zo maakte het ministerie bekend": a comma alone ends no list
    return all(_skippable(sentence, cues, k) for k in rest) and len(rest) <= _SKIP_BACK


def _list_goes_on(sentence: Sentence, cues: DealCues, party) -> bool:
    """"in Vela, Tarn en Orbis": an item joined by a comma alone is followed by another list word."""
    return party.end < len(sentence) and sentence.words[party.end] in cues.list_joiners


def _opens_item(sentence: Sentence, cues: DealCues, party) -> bool:
    """A party followed by its own amount ("en Nvidia tot $10 miljard") heads a list item."""
    for i in range(party.end, min(party.end + 3, len(sentence))):
        if sentence.amount_at(i):
            return True
        if sentence.words[i] in cues.list_joiners or sentence.party_at(i):
            return False
        if cues.looks_like_verb(sentence.words[i]) and not cues.is_deal_verb(sentence.lemmas[i]):
            return False  # "an order the White House valued at $96 billion": no deal's amount
    return False


def _verb_follows(sentence: Sentence, cues: DealCues, party) -> bool:
    """"onder leiding van JPMorgan en MUFG verstrekt $38 miljard": a deal verb or an auxiliary
    right after the party; the amount after it is the verb's, it opens no list item."""
    for i in range(party.end, min(party.end + 2, len(sentence))):
        word, lemma = sentence.words[i], sentence.lemmas[i]
        if word in cues.passive_aux or cues.is_deal_verb(lemma):
            return True
    return False


def opens_item(sentence: Sentence, cues: DealCues, party) -> bool:
    return _opens_item(sentence, cues, party)


def particle_in(sentence: Sentence, particle: str, lo: int, hi: int) -> bool:
    return particle in sentence.words[lo:hi]


def object_of_verb(sentence: Sentence, cues: DealCues, first: int) -> bool:
    """Whether the party at ``first`` is the object of the verb right before it; only where the
    subject comes before its verb ("which rescued ABN AMRO", "it added Vela to the list"), not in
    Dutch, whose subject may follow it ("In 2008 redde de staat ABN AMRO")."""
    return not cues.verb_second and first > 0 and cues.looks_like_verb(sentence.words[first - 1])


def after_possessive(sentence: Sentence, cues: DealCues, first: int) -> bool:
    """Whether the party at ``first`` follows a possessive pronoun ("its Tarn stake"): it only
    says what the thing is, and is no subject."""
    return first > 0 and sentence.words[first - 1] in cues.possessive_pronouns
