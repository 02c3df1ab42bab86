"""What a sentence borrows from the sentences around it.

- A description or pronoun ("het bedrijf", "de chipreus", "the company", "it") stands for the
  organisation named most recently before it; it becomes a party of its sentence, marked
  ``resolved`` so that a deal resting on it gets a lower confidence. A description prefers what
  its paragraph or section is about: the organisation that opens the paragraph as subject ("IREN
  signed ... Microsoft will pay 20% ... the company has agreed to buy"), else the one a heading
  opens with ("Applied Digital: preferred equity and junk bonds"); and when it acts on a deal
  named just before ("verhoogde het bedrijf de garantie"), it stands for the deal's maker.
- A state noun after an article only ("de overheid", "the government") stands for the state the
  text has just named as one ("de Deense staat", "the government of Latvia"), else for the
  language's home state, else for the state it named last; "het kabinet", "het Rijk" always
  stand for the home state (the language's ``HOME_STATE_NOUNS``).
- A deal named without an amount takes the amount of the next sentence when that sentence
  only goes on about the same deal ("De deal heeft een waarde van ongeveer 5,5 miljard dollar").
"""

from __future__ import annotations

from extractors.deals.clauses import after_possessive, country_adjective, object_of_verb, of_state
from extractors.deals.cues import DealCues
from extractors.deals.layout import is_heading, named_section, opens_paragraph
from extractors.deals.plurals import Groups, group_of_size, groups_before, plural_reference
from extractors.deals.reference import canonical_of, country_of, kind_of, maker_of
from extractors.deals.view import POSSESSIVE_MARKS, AmountAt, Party, Sentence
from extractors.entities.forms import HYPHEN

_RECENT_SENTENCES = 3  # how far back a description may look for its organisation
_MAX_ADJECTIVES = 2  # "het Amsterdamse bedrijf", "the Finnish network group"


class Antecedents:
    """Organisations in document order, to resolve descriptions against.

    Preference, sentence by sentence going back: the organisations of the sentence itself
    before the description, then of the previous sentences; within a sentence the last one
    without a preposition (the subject, "CoreWeave blijft huurder bij Core Scientific"), then
    the others from last to first ("Het begon in augustus bij TeraWulf").
    """

    def __init__(self) -> None:
        # sentence number -> (canonical, governed), so a lookup costs the same in a long text
        self._seen: dict[int, list[tuple[str, bool]]] = {}
        # what the current section and paragraph are about (``_section_first``)
        self.section: str | None = None
        self.paragraph: str | None = None
        # sentence number -> (the sentence, its first subject), for a deal named there (``_maker_first``)
        self.subjects: dict[int, tuple[Sentence, str]] = {}
        self.groups = Groups()  # the lists of organisations named, for plural references
        self.state: tuple[int, str] | None = None  # (sentence, state) last named as one ("de Deense staat")
        # named noun -> the organisation the text named with it ("Beignet Investor, the vehicle")
        self.named_as: dict[str, str] = {}

    def add(self, number: int, canonical: str, governed: bool) -> None:
        self._seen.setdefault(number, []).append((canonical, governed))

    def named_in(self, number: int) -> list[str]:
        """The organisations of sentence ``number``, each once, in order."""
        return list(dict.fromkeys(canonical for canonical, _ in self._seen.get(number, [])))

    def ranked(self, number: int) -> list[str]:
        ranked: list[str] = []
        for back in range(_RECENT_SENTENCES + 1):
            here = self._seen.get(number - back, [])
            for canonical, governed in reversed(here):
                if not governed and canonical not in ranked:
                    ranked.append(canonical)
            for canonical, _ in reversed(here):
                if canonical not in ranked:
                    ranked.append(canonical)
        return ranked


def _description_end(sentence: Sentence, cues: DealCues, i: int) -> int | None:
    """End of a description starting at token ``i`` ("het bedrijf", "de Japanse investeerder")."""
    if sentence.words[i] not in cues.description_determiners:
        return None
    k, seen = i + 1, 0
    while k < len(sentence) and seen <= _MAX_ADJECTIVES:
        if sentence.words[k] == "-" and k > i + 1:
            k, seen = k + 1, seen - 1  # "the gas-fired generator": a split compound is one word
            continue
        if country_adjective(sentence, cues, k):
            k, seen = k + 1, seen + 1  # "the US chipmaker": a country named as an adjective
            continue
        if sentence.party_at(k) or sentence.amount_at(k):
            return None
        joined = f"{sentence.words[k - 2]}-{sentence.words[k]}" if sentence.words[k - 1] == "-" else None
        if sentence.heads[k] in cues.description_nouns or sentence.words[k] in cues.description_nouns \
                or joined in cues.description_nouns or _compound_of(sentence.words[k], cues) \
                or sentence.words[k] in cues.named_nouns:
            return k + 1  # "the start-up" may come as three tokens
        if not sentence.words[k].replace("-", "").isalpha():
            return None
        k, seen = k + 1, seen + 1
    return None


_MIN_HEAD = 5  # a compound's head noun must be this long to count ("bankverzekeraar": "verzekeraar")


def _compound_of(word: str, cues: DealCues) -> bool:
    """A closed compound ending in a description noun: "bankverzekeraar", "moneylender"."""
    return any(word[-size:] in cues.description_nouns for size in range(_MIN_HEAD, len(word)))


def _is_apposition(sentence: Sentence, first: int, end: int) -> bool:
    """"Alphabet, het moederbedrijf van Google" or "het bedrijf Fluidstack": not a reference.
    A capitalised word after it counts as a name too, named as a party or not."""
    if _apposed_to(sentence, first, end) is not None:
        return True
    following = sentence.span[end] if end < len(sentence) else None
    return following is not None and following.is_alpha and following.text[:1].isupper()


_NOUN_TAIL = 2  # words of a noun phrase after its description noun ("the retail banking arm")


def _part_of_named(sentence: Sentence, cues: DealCues, end: int) -> bool:
    """Whether a description ending at ``end`` is followed (after at most ``_NOUN_TAIL`` more
    words of its noun phrase) by an owner preposition and a named organisation ("the retail
    banking arm of Tesco Bank")."""
    for k in range(end, min(len(sentence), end + _NOUN_TAIL + 1)):
        prep = next((p for p in cues.owner_preps if sentence.matches(k, p)), None)
        if prep is not None:
            party = sentence.party_at(k + len(prep))
            return party is not None and party.label == "ORG" and not party.resolved
        word = sentence.words[k]
        verb = word in cues.triggers or sentence.lemmas[k] in cues.triggers or word in cues.auxiliaries \
            or word in cues.copulas or word in cues.passive_aux
        if not word.isalpha() or word in cues.all_preps or verb:
            return False  # "the Australian group bought control of Aligned": a verb ends the phrase
    return False


_NAMING_REACH = 5  # words between a comma and the name it gives ("renamed the", "met de wat vreemde naam")


def _named_after(sentence: Sentence, cues: DealCues, end: int) -> Party | None:
    """"the new company, now called FiberCop,": the name a description ending at ``end`` is
    given after a comma, over naming words only, closed by a comma."""
    if end >= len(sentence) or sentence.words[end] != ",":
        return None
    for j in range(end + 1, min(end + 2 + _NAMING_REACH, len(sentence))):
        party = sentence.party_at(j)
        if party is not None:
            closed = j > end + 1 and party.end < len(sentence) and sentence.words[party.end] == ","
            k = j - 1
            while k > end and sentence.words[k] in cues.description_determiners:
                k -= 1
            # "met de wat vreemde naam Beignet Investor": the naming word right before the name
            return party if closed and party.label == "ORG" and sentence.words[k] in cues.naming_words else None
        if not sentence.words[j].isalpha():
            return None
    return None


def _apposed_to(sentence: Sentence, first: int, end: int) -> Party | None:
    """The organisation a description at [first, end) is in apposition to: named right after
    it ("het bedrijf Fluidstack") or right before its comma ("Beignet Investor, het vehikel")."""
    after = sentence.party_at(end) if end < len(sentence) else None
    if after is not None and after.first == end:
        return after
    before = sentence.party_at(first - 2) if first >= 2 and sentence.words[first - 1] == "," else None
    return before if before is not None and before.end == first - 1 else None


def _remember_name(sentence: Sentence, cues: DealCues, end: int, party: Party, antecedents: Antecedents) -> None:
    """Keep what a named noun stands for from here on ("the vehicle": Beignet Investor)."""
    noun = sentence.words[end - 1]
    if noun in cues.named_nouns and party.label == "ORG":
        antecedents.named_as[noun] = party.canonical


def resolve_references(sentence: Sentence, cues: DealCues, number: int, antecedents: Antecedents) -> None:
    """Add the descriptions and pronouns of ``sentence`` as resolved parties, in token order,
    and record its organisations as antecedents for what follows. A description after a
    preposition is an object, so it does not stand for the subject before it ("Amazon, dat $8
    miljard in het bedrijf stak": not Amazon)."""
    opens = opens_paragraph(sentence.span)
    if opens:
        antecedents.paragraph = None
        if is_heading(sentence.span):
            antecedents.section = named_section(sentence)
    added: list[Party] = []
    named = {p.first: p for p in sentence.parties}
    subject: str | None = None
    i = 0
    while i < len(sentence):
        if i in named:
            party = named[i]
            if _names_state(sentence, cues, party):
                antecedents.state = (number, party.canonical)
            if party.label == "ORG":
                governed = party.prep is not None or object_of_verb(sentence, cues, i) \
                    or after_possessive(sentence, cues, i)
                antecedents.add(number, party.canonical, governed)
                if not governed:
                    subject = party.canonical
            i = party.end
            continue
        plural = _plural_party(sentence, cues, i, number, antecedents, added)
        if plural is not None:
            added.append(plural)
            i = plural.end
            continue
        state = _state_party(sentence, cues, i, number, antecedents)
        if state is not None:
            added.append(state)
            antecedents.state = (number, state.canonical)
            i = state.end
            continue
        end = _description_end(sentence, cues, i)
        # "It owns 86% of Garanti": a pronoun opening the sentence is one too ("In September it")
        if end is None and sentence.words[i] in cues.pronouns and (sentence.span[i].is_lower or i == 0) \
                and not _deal_predicate(sentence, cues, i):
            end = i + 1
        if end is None and sentence.words[i] in cues.verb_pronouns and _pronoun_by_verb(sentence, cues, i):
            end = i + 1
        if end is None and sentence.words[i] in cues.clause_pronouns and i > 0 \
                and sentence.words[i - 1] in cues.subordinators:
            end = i + 1  # "maakte bekend dat zij NIBC overneemt"
        if end is None and sentence.words[i] in cues.possessive_pronouns and _before_deal_noun(sentence, cues, i):
            end = i + 1  # "its purchase of AirTrunk", "zijn belang in Nvidia"
        own_prep = cues.pronominal_adverbs.get(sentence.words[i]) if end is None else None
        if own_prep is not None and sentence.span[i].is_lower:
            end = i + 1  # "Microsoft houdt daarin een belang": "in" + the organisation before
        named_as = _named_after(sentence, cues, end) if end is not None else None
        if named_as is not None:  # the description is the organisation it is named as
            _remember_name(sentence, cues, end, named_as, antecedents)
            added.append(Party(named_as.canonical, "ORG", i, end, resolved=True))
            i = end
            continue
        # a pronoun before a name is its subject ("dat zij NIBC overneemt"), a description its apposition
        described = end is not None and sentence.words[i] in cues.description_determiners
        if described and _part_of_named(sentence, cues, end):
            i = end  # "the retail banking arm of Tesco Bank": a part of the company named, no other
            continue
        if described and _is_apposition(sentence, i, end):
            apposed = _apposed_to(sentence, i, end)
            if apposed is not None:
                _remember_name(sentence, cues, end, apposed, antecedents)
        elif described and sentence.words[end - 1] in cues.named_nouns and (
                sentence.words[end - 1] not in cues.description_nouns
                or sentence.words[end - 1] in antecedents.named_as):
            # "de joint venture": only the organisation the text named so
            canonical = antecedents.named_as.get(sentence.words[end - 1])
            if canonical is not None:
                governed = _governed(sentence, cues, i)
                added.append(Party(canonical, "ORG", i, end, resolved=True))
                antecedents.add(number, canonical, governed)
            i = end
            continue
        if end is not None and not (described and _is_apposition(sentence, i, end)):
            governed = own_prep is not None or _governed(sentence, cues, i)
            # "agreed to buy the bank from Sabadell": the object of a deal verb is no subject either
            not_subject = governed or (
                i > 0 and sentence.words[i] in cues.description_determiners and _deal_verb_at(sentence, cues, i - 1))
            ranked = [c for c in antecedents.ranked(number)
                      if not (not_subject and c == subject) and c != _relative_antecedent(sentence, cues, i)]
            if sentence.words[i] in cues.possessive_pronouns or sentence.words[i] in cues.pronouns:
                ranked = _subject_relative_first(sentence, cues, i, ranked)
            if sentence.words[i] in cues.description_determiners:  # a pronoun stays with the latest
                ranked = _section_first(sentence, i, antecedents, ranked)
                ranked = _maker_first(sentence, cues, end, number, antecedents, ranked)
            ranked = _of_country(sentence, cues, i, end, _of_kind(sentence, cues, end, ranked))
            maker = _product_maker(sentence, cues, i, end)
            if maker is not None:  # "the ChatGPT maker", named before or not
                ranked = [maker] + [c for c in ranked if c != maker]
            if ranked:
                possessive = end < len(sentence) and sentence.words[end] in POSSESSIVE_MARKS
                possessive = possessive or sentence.words[i] in cues.possessive_pronouns
                added.append(Party(ranked[0], "ORG", i, end, possessive=possessive, resolved=True,
                                   own_prep=own_prep))
                antecedents.add(number, ranked[0], governed)
                if not governed:
                    subject = ranked[0]
            i = end
            continue
        i += 1
    if added:
        # a country inside a resolved description ("the US chipmaker") is no party of its own
        inside = {k for p in added for k in range(p.first, p.end)}
        sentence.parties = [p for p in sentence.parties if p.first not in inside] + added
        sentence.reindex()
    antecedents.groups.add(number, groups_before(sentence, cues, len(sentence)))
    first_subject = next((p.canonical for p in sentence.parties if p.label == "ORG" and p.prep is None
                          and not p.possessive), None)
    if first_subject is not None:
        antecedents.subjects[number] = (sentence, first_subject)
    if opens:  # named as subject, not stood for ("It would not be the first time xAI ...")
        antecedents.paragraph = next((p.canonical for p in sentence.parties if p.label == "ORG"
                                      and p.prep is None and not p.possessive and not p.resolved), None)


_PREDICATE_REACH = 6  # words between a pronoun and the deal noun its copula names it ("it would be one of the")


def _deal_predicate(sentence: Sentence, cues: DealCues, i: int) -> bool:
    """"It would be one of the largest construction loans ever arranged": a pronoun that a
    copula says is a deal stands for the deal, no organisation."""
    copula = next((k for k in range(i + 1, min(i + 3, len(sentence)))
                   if sentence.words[k] in cues.copulas or sentence.lemmas[k] in cues.copulas), None)
    if copula is None or any(w not in cues.auxiliaries for w in sentence.words[i + 1:copula]):
        return False
    for k in range(copula + 1, min(copula + 1 + _PREDICATE_REACH, len(sentence))):
        if sentence.party_at(k) is not None or sentence.words[k] in (",", ";", ":"):
            return False
        if cues.deal_types(sentence.words[k], sentence.lemmas[k], frame="noun"):
            return True
    return False


def _plural_party(sentence: Sentence, cues: DealCues, i: int, number: int, antecedents: Antecedents,
                  added: list[Party]) -> Party | None:
    """"beide partners", "the two companies": one party for the organisations last named
    together in this sentence before it; else for the organisations this sentence names before
    it, when they are as many as it counts ("Nvidia neemt 4% van Intel, en de twee bedrijven");
    else for a group or the organisations of the sentences just before."""
    found = plural_reference(sentence, cues, i)
    if found is None:
        return None
    end, size = found
    named = [p for p in sentence.parties + added if p.label == "ORG" and p.end <= i and p.own_prep is None]
    here = [tuple(dict.fromkeys(p.canonical for p in sorted(named, key=lambda p: p.first)))]
    previous = [[tuple(antecedents.named_in(number - 1))]]
    group = group_of_size([groups_before(sentence, cues, i), here] + antecedents.groups.recent(number) + previous,
                          size)
    if group is None:
        return None
    return Party(group[0], "ORG", i, end, resolved=True, members=group)


def _names_state(sentence: Sentence, cues: DealCues, party: Party) -> bool:
    """"de Deense staat", "the Dutch government", "the government of Latvia", "de Staat": a
    country named as a state."""
    if party.label != "GPE":
        return False
    named = sentence.span[party.first:party.end]
    return any(t.lower_ in cues.state_nouns or t.text in cues.home_state_nouns for t in named) \
        or of_state(sentence, cues, party.first - 1)


def _state_party(sentence: Sentence, cues: DealCues, i: int, number: int, antecedents: Antecedents) -> Party | None:
    """"de overheid", "het kabinet", "the government": a state noun after an article, with no
    name or country after it ("de staat New York", "de regering van Letland"), stands for a state."""
    end = i + 2
    if sentence.words[i] not in cues.state_articles or end > len(sentence) or sentence.party_at(i + 1) is not None:
        return None
    noun = sentence.span[i + 1].text
    if noun not in cues.home_state_nouns and sentence.words[i + 1] not in cues.state_nouns:
        return None
    if _is_apposition(sentence, i, end) or any(sentence.matches(end, p) for p in cues.owner_preps):
        return None
    home = canonical_of(cues.home_state) if cues.home_state else None
    last = antecedents.state[1] if antecedents.state is not None else None
    recent = last if last is not None and number - antecedents.state[0] <= _RECENT_SENTENCES else None
    state = home if noun in cues.home_state_nouns else recent or home or last
    return None if state is None else Party(state, "GPE", i, end, resolved=True)


def _section_first(sentence: Sentence, i: int, antecedents: Antecedents, ranked: list[str]) -> list[str]:
    """"the company" stands for what its paragraph, else its section, is about, over the
    organisations of the sentences before it when that one is among them; one named before it
    in its own sentence still comes first."""
    topic = antecedents.paragraph or antecedents.section
    if topic is None or topic not in ranked:
        return ranked
    if any(p.canonical == ranked[0] for p in sentence.parties if p.end <= i):
        return ranked
    return [topic] + [c for c in ranked if c != topic]


_DEAL_NOUN_REACH = 4  # words between a description and the deal it is said to act on


def _maker_first(sentence: Sentence, cues: DealCues, end: int, number: int, antecedents: Antecedents,
                 ranked: list[str]) -> list[str]:
    """"Google stond garant ... Daarna verhoogde het bedrijf de garantie": a description acting on
    a deal named before ("de garantie", "the stake") stands for the subject that made it."""
    for k in range(end, min(end + _DEAL_NOUN_REACH, len(sentence) - 1)):
        if sentence.words[k] not in cues.description_determiners:
            continue
        types = cues.deal_types(sentence.words[k + 1], sentence.lemmas[k + 1], frame="noun")
        for back in (1, 2):
            before, maker = antecedents.subjects.get(number - back, (None, None))
            if before is not None and maker in ranked and any(
                    cues.deal_types(w, lemma) & types for w, lemma in zip(before.words, before.lemmas)):
                return [maker] + [c for c in ranked if c != maker]
    return ranked


def _pronoun_by_verb(sentence: Sentence, cues: DealCues, i: int) -> bool:
    """"het" is a pronoun right before a deal verb ("Het kocht Altera"), or right after one
    when an amount follows, where it cannot be an article ("betaalde het $14 miljard voor")."""
    if _deal_verb_at(sentence, cues, i + 1):
        return True
    return i > 0 and _deal_verb_at(sentence, cues, i - 1) and sentence.amount_at(i + 1) is not None


def _deal_verb_at(sentence: Sentence, cues: DealCues, i: int) -> bool:
    return i < len(sentence) and cues.is_deal_verb(sentence.words[i], sentence.lemmas[i])


_RELATIVE_REACH = 10  # words between a relative pronoun and a pronoun in its clause


def _subject_relative_first(sentence: Sentence, cues: DealCues, i: int, ranked: list[str]) -> list[str]:
    """"guaranteed by Google, which has since raised its backstop": in a relative clause whose
    pronoun is the subject, "its" is the antecedent's own."""
    for k in range(i - 1, max(i - _RELATIVE_REACH, 1), -1):
        word = sentence.words[k]
        if word == ",":
            return ranked
        if word in cues.relative_pronouns and sentence.words[k - 1] == "," and k >= 2:
            antecedent = sentence.party_at(k - 2)
            if antecedent is None or sentence.party_at(k + 1) is not None or antecedent.canonical not in ranked:
                return ranked
            return [antecedent.canonical] + [c for c in ranked if c != antecedent.canonical]
    return ranked


def _of_country(sentence: Sentence, cues: DealCues, i: int, end: int, ranked: list[str]) -> list[str]:
    """"de Japanse investeerder", "the Finnish group": of the organisations before, those of
    that country come first."""
    country = next((cues.nationalities[w] for w in sentence.words[i:end] if w in cues.nationalities), None)
    if country is None:
        return ranked
    matching = [c for c in ranked if country_of(c) == country]
    return matching + [c for c in ranked if c not in matching]


_MIN_KIND_ENDING = 4  # the shortest ending of a compound looked up as a kind ("hypotheekbank": "bank")


def _of_kind(sentence: Sentence, cues: DealCues, end: int, ranked: list[str]) -> list[str]:
    """"de vermogensbeheerder", "the chipmaker": of the organisations before, those whose name
    ends in the noun come first ("the fund": Public Investment Fund; "het staatsfonds": a "...
    Staatsfonds"), then those of the kind the noun names, then those of no known kind."""
    noun = sentence.words[end - 1]
    named = [c for c in ranked if c.lower().rsplit(" ", 1)[-1] == noun
             or (len(noun) >= _MIN_KIND_ENDING and c.lower().endswith(noun))]  # "Staatsfonds"
    ranked = named + [c for c in ranked if c not in named]
    kinds = cues.kinds.get(" ".join(sentence.words[end - 2:end])) if end >= 2 else None
    kinds = kinds or cues.kinds.get(noun) or next(
        (cues.kinds[noun[-size:]] for size in range(len(noun) - 1, _MIN_KIND_ENDING - 1, -1)
         if noun[-size:] in cues.kinds), None)
    if not kinds:
        return ranked
    matching = [c for c in ranked if c in named or kind_of(c) in kinds]
    # then those of no known kind; last those known to be something else ("the lessor": not Jet2)
    unknown = [c for c in ranked if c not in matching and not kind_of(c)]
    return matching + unknown + [c for c in ranked if c not in matching and c not in unknown]


_PRODUCT_REACH = 3  # words after "the maker of" to its product ("the maker of the Claude chatbot")


def _product_maker(sentence: Sentence, cues: DealCues, i: int, end: int) -> str | None:
    """"de ChatGPT-maker", "the ChatGPT maker", "the maker of the Claude chatbot": the maker of
    a product the description names, by the reference data."""
    last = end
    if end < len(sentence) and any(sentence.matches(end, p) for p in cues.owner_preps):
        last = min(len(sentence), end + 1 + _PRODUCT_REACH)
    for k in range(i + 1, last):
        if k >= end and sentence.party_at(k) is not None:
            return None  # "the maker of Kestrel's Claude": the party is named
        for part in HYPHEN.split(sentence.span[k].text):
            if part[:1].isupper() and (maker := maker_of(part)) is not None:
                return maker
    return None


def _relative_antecedent(sentence: Sentence, cues: DealCues, i: int) -> str | None:
    """"QTS, which it took private": a pronoun right after a relative pronoun is the clause's
    other party, never the one the relative pronoun stands for."""
    if i < 3 or sentence.words[i - 1] not in cues.relative_pronouns or sentence.words[i - 2] != ",":
        return None
    party = sentence.party_at(i - 3)
    return party.canonical if party is not None else None


_NOUN_REACH = 6  # words between a possessive pronoun and its deal noun


def _before_deal_noun(sentence: Sentence, cues: DealCues, i: int) -> bool:
    """Whether a deal noun follows within a few words ("its $5 billion investment", "its first
    delayed-draw term loan"), with no comma, party or preposition between ("zijn in handen van":
    a verb, no possessive)."""
    for k in range(i + 1, min(i + 1 + _NOUN_REACH, len(sentence))):
        if sentence.words[k] == "," or sentence.party_at(k) is not None or sentence.words[k] in cues.all_preps:
            return False
        for key in (sentence.words[k], sentence.heads[k]):
            if any(t.frame == "noun" for t in cues.triggers.get(key, ())) or key in cues.holder_nouns:
                return True  # "its $5 billion investment", "its largest shareholders"
    return False


def _governed(sentence: Sentence, cues: DealCues, i: int) -> bool:
    """Whether a preposition stands right before token ``i`` (over articles)."""
    k = i - 1
    while k >= 0 and sentence.words[k] in cues.determiners:
        k -= 1
    return k >= 0 and sentence.words[k] in cues.all_preps


def next_sentence_amount(following: Sentence | None, cues: DealCues, parties: set[str],
                         has_deal: bool) -> AmountAt | None:
    """The one deal amount of ``following`` when it only goes on about the deal ("De deal heeft
    een waarde van ..."): it refers to a deal, names no other party and states no deal itself."""
    if following is None or has_deal:
        return None
    if any(p.canonical not in parties for p in following.parties if not p.resolved):
        return None
    if not following.find(cues.deal_references):
        return None
    money = [a for a in following.amounts if a.amount.kind == "money" and not a.excluded
             and a.amount.value is not None]
    return money[0] if len(money) == 1 else None
