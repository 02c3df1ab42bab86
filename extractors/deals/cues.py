"""A language's deal cues, read from ``extractors/lang/<lang>/deal_cues.py``, and its lemmas.

The cue module holds text tables (see its docstring); this module turns them into sets of
phrases and trigger entries. Lemmas come from the spacy-lookups-data lookup table of the
language, loaded once: a cue listed as a lemma ("garanderen") then matches every form the table
knows ("garandeerde", "gegarandeerd").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, cached_property

from extractors.lang import language_data, words

Phrase = tuple[str, ...]

FRAMES = ("agent", "recipient", "seller", "noun")
_FRAME_TABLES = {"agent": "AGENT_VERBS", "recipient": "RECIPIENT_VERBS",
                 "seller": "SELLER_VERBS", "noun": "NOUNS"}


@dataclass(frozen=True, slots=True)
class Trigger:
    """One cue entry: the words of a deal word or phrase and how it assigns roles."""

    type: str
    frame: str  # agent | recipient | seller | noun
    words: Phrase
    particle: str | None = None  # separable particle that must follow in the clause


def _phrases(text: str) -> tuple[Phrase, ...]:
    """Comma-separated phrases, each split into lower-cased words; longest first."""
    found = {tuple(p.lower().split()) for p in text.replace("\n", " ").split(",") if p.strip()}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


def _pair(text: str) -> tuple[str, str] | None:
    """Two words, or None when the language lists none."""
    found = text.split()
    return (found[0].lower(), found[1].lower()) if len(found) == 2 else None


def _separable(text: str) -> tuple[tuple[str, str], ...]:
    """Comma-separated ``verb+particle`` entries -> (verb, particle) pairs."""
    pairs = (entry.strip().lower().partition("+") for entry in text.replace("\n", " ").split(","))
    return tuple((verb, particle) for verb, _, particle in pairs if verb and particle)


def _entry(trigger: Trigger) -> str:
    """A trigger written as in the verb tables ("took+part")."""
    return " ".join(trigger.words) + (f"+{trigger.particle}" if trigger.particle else "")


def _lexicon(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in text.split())


def _typed(text: str) -> dict[str, tuple[Phrase, ...]]:
    """``type: phrase, phrase`` lines (continuation lines indented) -> type -> phrases."""
    table: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if not line.strip():
            continue
        head, sep, rest = line.partition(":")
        if sep and not line[0].isspace() and " " not in head.strip():
            current = head.strip()
            table.setdefault(current, []).append(rest)
        elif current is not None:
            table[current].append(line)
    # a continuation line goes on where the line before stopped: "hosting" at the end of one
    # line and "contract" at the start of the next are the phrase "hosting contract"
    return {key: _phrases(" ".join(parts)) for key, parts in table.items()}


@cache
def _lemma_table(lang: str):
    """The lookup lemma table of spacy-lookups-data (keyed by string hash, so ``get(word)``
    works on the table itself); empty when the package is absent."""
    try:
        from spacy.lookups import load_lookups

        return load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
    except (ValueError, ImportError, OSError, KeyError):
        return {}


@dataclass(frozen=True)
class DealCues:  # noqa: PLR0904 - one field per cue table
    lang: str
    triggers: dict[str, tuple[Trigger, ...]]  # first word -> triggers starting with it
    target_preps: dict[str, tuple[Phrase, ...]]
    agent_preps: tuple[Phrase, ...]
    recipient_preps: tuple[Phrase, ...]
    transfer_preps: tuple[Phrase, ...]
    non_party_preps: tuple[Phrase, ...]
    passive_aux: frozenset[str]
    list_joiners: frozenset[str]
    clause_breaks: frozenset[str]
    comma_breaks: frozenset[str]
    relative_pronouns: frozenset[str]
    determiners: frozenset[str]
    description_nouns: frozenset[str]
    description_determiners: frozenset[str]
    pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    contract_nouns: frozenset[str]
    capacity_words: frozenset[str]
    goods_words: frozenset[str]
    equipment_words: frozenset[str]
    placing_verbs: frozenset[str]
    business_words: frozenset[str]
    receiving_verbs: frozenset[str]
    instruments: tuple[Phrase, ...]
    deal_references: tuple[Phrase, ...]
    status: dict[str, tuple[Phrase, ...]]
    negation: tuple[Phrase, ...]
    hypothetical: tuple[Phrase, ...]
    forecast: tuple[Phrase, ...]
    non_deal_before: tuple[Phrase, ...]
    non_deal_after: tuple[Phrase, ...]
    collateral: tuple[Phrase, ...]
    boilerplate: tuple[Phrase, ...]
    boilerplate_openers: tuple[Phrase, ...]  # boilerplate only at the start of a sentence
    verb_second: bool
    purpose: tuple[Phrase, ...] = ()
    earlier_value: tuple[Phrase, ...] = ()  # "upsized from an initial $800m": a value before
    change_preps: tuple[str, str] | None = None  # "van €10 naar €12": the first a value before
    negation_verbs: tuple[tuple[str, str], ...] = ()  # (verb, particle): "sluit een bod op BP uit"
    contract_preps: tuple[Phrase, ...] = ()  # "obligations under the leases": the deal named before
    member_preps: tuple[Phrase, ...] = ()
    infinitive_markers: frozenset[str] = frozenset()
    horizon: tuple[Phrase, ...] = ()
    venture_words: frozenset[str] = frozenset()
    seller_preps: tuple[Phrase, ...] = ()
    inclusion_preps: tuple[Phrase, ...] = ()
    time_words: frozenset[str] = frozenset()
    leader_preps: tuple[Phrase, ...] = ()
    lender_preps: tuple[Phrase, ...] = ()  # after a loan noun: "a credit line from Vela"
    intermediary_preps: tuple[Phrase, ...] = ()  # "through NLFI": who holds for the subject
    verb_pronouns: frozenset[str] = frozenset()
    clause_pronouns: frozenset[str] = frozenset()  # "dat zij NIBC overneemt"
    subordinators: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    nationalities: dict[str, str] = field(default_factory=dict)
    state_nouns: frozenset[str] = frozenset()  # "the government (of Botswana)"
    state_articles: frozenset[str] = frozenset()  # "de overheid", "the government" (``context``)
    home_state_nouns: frozenset[str] = frozenset()  # exact case: "het kabinet", "de Staat"
    home_state: str | None = None  # a form of the state those name
    auxiliaries: frozenset[str] = frozenset()  # ", Sempra will keep 25%"
    participation_verbs: frozenset[str] = frozenset()  # "took+part": entries as in the verb tables
    leading_verbs: frozenset[str] = frozenset()  # "lead+round": entries as in the verb tables
    nouns_needing_amount: frozenset[str] = frozenset()
    verbs_needing_amount: frozenset[str] = frozenset()  # "back", "steunen": support unless money goes
    participant_preps: tuple[Phrase, ...] = ()
    joint_adverbs: frozenset[str] = frozenset()
    distributive_words: frozenset[str] = frozenset()  # ", which each hold": every party of the list
    holder_nouns: frozenset[str] = frozenset()
    naming_words: frozenset[str] = frozenset()  # ", renamed the OpenAI Foundation,"
    holder_openers: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    share_words: frozenset[str] = frozenset()
    into_preps: frozenset[str] = frozenset()  # "invest €5 billion in its data centres": spending
    rate_words: frozenset[str] = frozenset()  # "kept its deposit rate at 2%": no holding
    new_issue_words: frozenset[str] = frozenset()  # "newly issued shares": the verb as an adjective
    payment_preps: frozenset[str] = frozenset()
    whole_words: frozenset[str] = frozenset()
    majority_words: frozenset[str] = frozenset()
    taking_verbs: frozenset[str] = frozenset()  # "took a majority stake": a takeover
    prepositional_relatives: frozenset[str] = frozenset()
    venture_member_preps: tuple[Phrase, ...] = ()
    issuer_preps: tuple[Phrase, ...] = ()
    contract_verbs: frozenset[str] = frozenset()
    purpose_openers: frozenset[str] = frozenset()
    present_participle_endings: tuple[str, ...] = ()
    judging_verbs: frozenset[str] = frozenset()
    valuation_words: frozenset[str] = frozenset()
    owning_verbs: frozenset[str] = frozenset()
    kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    build_verbs: frozenset[str] = frozenset()
    pronominal_adverbs: dict[str, Phrase] = field(default_factory=dict)
    plural_counts: dict[str, int] = field(default_factory=dict)
    verb_target_preps: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # "stapte+in": ("bij",)
    named_nouns: frozenset[str] = frozenset()  # "the joint venture": what the text named so
    fractions: tuple[tuple[Phrase, Decimal], ...] = ()  # "a fifth": 20, the longest first
    fraction_preps: frozenset[str] = frozenset()
    plural_nouns: frozenset[str] = frozenset()
    project_words: frozenset[str] = frozenset()
    merger_words: frozenset[str] = frozenset()  # "merge", "fusie": a takeover of the party after MERGER_PREPS
    merger_preps: tuple[Phrase, ...] = ()
    verb_lemma_endings: tuple[str, ...] = ()
    verb_form_endings: tuple[str, ...] = ()
    idioms: tuple[Phrase, ...] = ()
    round_nouns: frozenset[str] = frozenset()
    round_preps: tuple[Phrase, ...] = ()
    sequel_verbs: frozenset[str] = frozenset()
    sequel_preps: tuple[Phrase, ...] = ()
    owner_preps: tuple[Phrase, ...] = ()
    participant_nouns: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    listing_verbs: frozenset[str] = frozenset()
    promise_verbs: frozenset[str] = frozenset()
    issue_references: tuple[Phrase, ...] = ()

    def looks_like_verb(self, word: str) -> bool:
        """A guess without a tagger: an inflected word whose lemma or form has a verb ending."""
        lower = word.lower()
        lemma = self.lemma(lower)
        if lemma == lower:
            return False
        return lemma.endswith(self.verb_lemma_endings or ("\0",)) or lower.endswith(
            self.verb_form_endings or ("\0",))

    def lemma(self, word: str) -> str:
        lower = word.lower()
        return _lemma_table(self.lang).get(lower, lower)

    def breaks_clause(self, words: list[str], k: int) -> bool:
        """Whether ``words[k]`` ends a clause: a break word, or a word that breaks only after a
        comma or at the start ("..., toen X kocht" but "X kocht toen")."""
        word = words[k]
        return word in self.clause_breaks or (word in self.comma_breaks and (k == 0 or words[k - 1] == ","))

    def target_preps_of(self, trigger: Trigger) -> tuple[Phrase, ...]:
        """The prepositions before the target of ``trigger``: its type's, and its own."""
        return self.target_preps.get(trigger.type, ()) + self.verb_target_preps.get(_entry(trigger), ())

    def takes_part(self, trigger: Trigger) -> bool:
        """Whether ``trigger`` is a verb of taking part ("took part", "deed mee")."""
        return _entry(trigger) in self.participation_verbs

    def leads(self, trigger: Trigger) -> bool:
        """Whether ``trigger`` is a verb of leading a round ("led a round", "ronde leiden")."""
        return _entry(trigger) in self.leading_verbs

    def is_deal_verb(self, *keys: str, single: bool = False) -> bool:
        """Whether one of ``keys`` (a word, its lemma) starts a deal verb entry (any frame but
        noun); with ``single`` only one-word entries count."""
        return any(t.frame != "noun" and (not single or len(t.words) == 1)
                   for key in keys for t in self.triggers.get(key, ()))

    def deal_types(self, *keys: str, frame: str | None = None) -> set[str]:
        """The deal types of the entries ``keys`` (a word, its lemma) start, of ``frame`` only
        when given."""
        return {t.type for key in keys for t in self.triggers.get(key, ()) if frame is None or t.frame == frame}

    @cached_property
    def bought_words(self) -> frozenset[str]:
        """What a purchase commitment buys: goods or equipment ("capacity", "aircraft")."""
        return self.goods_words | self.equipment_words

    @cached_property
    def stake_nouns(self) -> frozenset[str]:
        """One-word stake nouns ("stake", "belang"): where a holding's price may stand."""
        return frozenset(t.words[0] for ts in self.triggers.values() for t in ts
                         if t.type == "stake" and t.frame == "noun" and len(t.words) == 1)

    @cached_property
    def stake_verbs(self) -> frozenset[str]:
        """One-word stake verbs without particle ("hold", "bezit"): a stake noun's verb of holding."""
        return frozenset(t.words[0] for ts in self.triggers.values() for t in ts
                         if t.type == "stake" and t.frame == "agent" and len(t.words) == 1 and not t.particle)

    @cached_property
    def buying_verbs(self) -> frozenset[str]:
        """One-word verbs of buying a company or goods without particle ("bought", "kocht")."""
        return frozenset(t.words[0] for ts in self.triggers.values() for t in ts
                         if t.type in ("acquisition", "purchase_commitment") and t.frame == "agent"
                         and len(t.words) == 1 and not t.particle)

    @cached_property
    def prep_phrases(self) -> tuple[Phrase, ...]:
        """Every preposition of every role, longest first (a role is read from the longest)."""
        phrases = {p for group in self.target_preps.values() for p in group}
        for group in (self.agent_preps, self.recipient_preps, self.transfer_preps, self.non_party_preps,
                      self.seller_preps, self.inclusion_preps, self.venture_member_preps, self.leader_preps,
                      self.round_preps, self.intermediary_preps):
            phrases.update(group)
        # "alongside Kestrel"; not "samen met", whose "samen" is a deal word of its own
        phrases.update(p for p in self.participant_preps if len(p) == 1)
        return tuple(sorted(phrases, key=lambda p: (-len(p), p)))

    @cached_property
    def all_preps(self) -> frozenset[str]:
        """Single words that open a prepositional phrase of any role."""
        words = set()
        for group in (*self.target_preps.values(), self.agent_preps, self.recipient_preps,
                      self.transfer_preps, self.non_party_preps, self.seller_preps):
            for phrase in group:
                words.add(phrase[-1])
        return frozenset(words)


def _triggers(data) -> dict[str, tuple[Trigger, ...]]:
    by_first: dict[str, list[Trigger]] = {}
    for frame, table in _FRAME_TABLES.items():
        for deal_type, phrases in _typed(getattr(data, table, "")).items():
            for phrase in phrases:
                words = list(phrase)
                particle = None
                if len(words) == 1 and "+" in words[0]:
                    verb, _, particle = words[0].partition("+")
                    words = [verb]
                trigger = Trigger(deal_type, frame, tuple(words), particle)
                by_first.setdefault(words[0], []).append(trigger)
    return {k: tuple(v) for k, v in by_first.items()}


def _pronominal(text: str) -> dict[str, Phrase]:
    """``word: preposition`` lines -> word -> the preposition it stands for."""
    table = {}
    for line in text.splitlines():
        word, sep, prep = line.partition(":")
        if sep and word.strip():
            table[word.strip().lower()] = tuple(prep.lower().split())
    return table


def _entry_preps(text: str) -> dict[str, tuple[Phrase, ...]]:
    """``entry entry: preposition, preposition`` lines -> entry -> prepositions."""
    table = {}
    for line in text.splitlines():
        entries, sep, preps = line.partition(":")
        for entry in entries.split() if sep else ():
            table[entry.lower()] = _phrases(preps)
    return table


def _fractions(text: str) -> tuple[tuple[Phrase, Decimal], ...]:
    """``fraction: percent`` lines -> (phrase, percent), the longest phrase first."""
    table = [(tuple(phrase.lower().split()), Decimal(value.strip()))
             for phrase, (value,) in _pronominal(text).items()]
    return tuple(sorted(table, key=lambda item: -len(item[0])))


@cache
def deal_cues(lang: str) -> DealCues:
    """The deal cues of ``lang``, built once per process."""
    data = language_data(lang, "deal_cues")
    states = language_data(lang, "nationalities")
    return DealCues(
        lang=lang,
        triggers=_triggers(data),
        target_preps=_typed(data.TARGET_PREPS),
        agent_preps=_phrases(data.AGENT_PREPS),
        recipient_preps=_phrases(data.RECIPIENT_PREPS),
        transfer_preps=_phrases(data.TRANSFER_PREPS),
        non_party_preps=_phrases(data.NON_PARTY_PREPS),
        passive_aux=_lexicon(data.PASSIVE_AUX),
        list_joiners=_lexicon(data.LIST_JOINERS),
        auxiliaries=_lexicon(getattr(data, "AUXILIARIES", "")),
        clause_breaks=_lexicon(data.CLAUSE_BREAKS),
        comma_breaks=_lexicon(getattr(data, "COMMA_BREAKS", "")),
        relative_pronouns=_lexicon(data.RELATIVE_PRONOUNS),
        determiners=_lexicon(data.DETERMINERS),
        description_nouns=_lexicon(data.DESCRIPTION_NOUNS),
        description_determiners=_lexicon(data.DESCRIPTION_DETERMINERS),
        pronouns=_lexicon(data.PRONOUNS),
        possessive_pronouns=_lexicon(getattr(data, "POSSESSIVE_PRONOUNS", "")),
        contract_nouns=_lexicon(data.CONTRACT_NOUNS),
        capacity_words=_lexicon(data.CAPACITY_WORDS),
        goods_words=_lexicon(getattr(data, "GOODS_WORDS", "")),
        equipment_words=_lexicon(getattr(data, "EQUIPMENT_WORDS", "")),
        placing_verbs=_lexicon(getattr(data, "PLACING_VERBS", "")),
        business_words=_lexicon(getattr(data, "BUSINESS_WORDS", "")),
        receiving_verbs=_lexicon(data.RECEIVING_VERBS),
        instruments=_phrases(data.INSTRUMENTS),
        deal_references=_phrases(data.DEAL_REFERENCES),
        status={
            "rumoured": _phrases(data.RUMOURED_CUES),
            "planned": _phrases(data.PLANNED_CUES),
            "announced": _phrases(data.ANNOUNCED_CUES),
            "completed": _phrases(data.COMPLETED_CUES),
        },
        negation=_phrases(data.NEGATION_CUES),
        negation_verbs=_separable(getattr(data, "NEGATION_VERBS", "")),
        hypothetical=_phrases(data.HYPOTHETICAL_CUES),
        forecast=_phrases(data.FORECAST_CUES),
        non_deal_before=_phrases(data.NON_DEAL_BEFORE),
        non_deal_after=_phrases(data.NON_DEAL_AFTER),
        earlier_value=_phrases(getattr(data, "EARLIER_VALUE_BEFORE", "")),
        change_preps=_pair(getattr(data, "CHANGE_PREPS", "")),
        collateral=_phrases(getattr(data, "COLLATERAL_CUES", "")),
        boilerplate=_phrases(data.BOILERPLATE_CUES),
        boilerplate_openers=_phrases(getattr(data, "BOILERPLATE_OPENERS", "")),
        verb_second=bool(getattr(data, "VERB_SECOND", False)),
        purpose=_phrases(getattr(data, "PURPOSE_CUES", "")),
        contract_preps=_phrases(getattr(data, "CONTRACT_PREPS", "")),
        member_preps=_phrases(getattr(data, "MEMBER_PREPS", "")),
        infinitive_markers=_lexicon(getattr(data, "INFINITIVE_MARKERS", "")),
        horizon=_phrases(getattr(data, "HORIZON_CUES", "")),
        venture_words=_lexicon(getattr(data, "VENTURE_WORDS", "")),
        seller_preps=_phrases(getattr(data, "SELLER_PREPS", "")),
        inclusion_preps=_phrases(getattr(data, "INCLUSION_PREPS", "")),
        leader_preps=_phrases(getattr(data, "LEADER_PREPS", "")),
        lender_preps=_phrases(getattr(data, "LENDER_PREPS", "")),
        verb_pronouns=_lexicon(getattr(data, "VERB_PRONOUNS", "")),
        clause_pronouns=_lexicon(getattr(data, "CLAUSE_PRONOUNS", "")),
        subordinators=_lexicon(getattr(data, "SUBORDINATORS", "")),
        holding_verbs=_lexicon(getattr(data, "HOLDING_VERBS", "")),
        nationalities=dict(states.NATIONALITIES),
        state_nouns=_lexicon(states.STATE_NOUNS),
        state_articles=_lexicon(states.STATE_ARTICLES),
        home_state_nouns=words(states.HOME_STATE_NOUNS),  # exact case
        home_state=states.HOME_STATE,
        participation_verbs=_lexicon(getattr(data, "PARTICIPATION_VERBS", "")),
        leading_verbs=frozenset(" ".join(p) for p in _phrases(getattr(data, "LEADING_VERBS", ""))),
        nouns_needing_amount=_lexicon(getattr(data, "NOUNS_NEEDING_AMOUNT", "")),
        verbs_needing_amount=_lexicon(getattr(data, "VERBS_NEEDING_AMOUNT", "")),
        participant_preps=_phrases(getattr(data, "PARTICIPANT_PREPS", "")),
        idioms=_phrases(getattr(data, "IDIOMS", "")),
        round_nouns=_lexicon(getattr(data, "ROUND_NOUNS", "")),
        round_preps=_phrases(getattr(data, "ROUND_PREPS", "")),
        sequel_verbs=_lexicon(getattr(data, "SEQUEL_VERBS", "")),
        sequel_preps=_phrases(getattr(data, "SEQUEL_PREPS", "")),
        owner_preps=_phrases(getattr(data, "OWNER_PREPS", "")),
        participant_nouns=_typed(getattr(data, "PARTICIPANT_NOUNS", "")),
        listing_verbs=_lexicon(getattr(data, "LISTING_VERBS", "")),
        promise_verbs=_lexicon(getattr(data, "PROMISE_VERBS", "")),
        issue_references=_phrases(getattr(data, "ISSUE_REFERENCES", "")),
        joint_adverbs=_lexicon(getattr(data, "JOINT_ADVERBS", "")),
        distributive_words=_lexicon(getattr(data, "DISTRIBUTIVE_WORDS", "")),
        holder_nouns=_lexicon(getattr(data, "HOLDER_NOUNS", "")),
        naming_words=_lexicon(getattr(data, "NAMING_WORDS", "")),
        holder_openers=_lexicon(getattr(data, "HOLDER_OPENERS", "")),
        copulas=_lexicon(getattr(data, "COPULAS", "")),
        share_words=_lexicon(getattr(data, "SHARE_WORDS", "")),
        rate_words=_lexicon(getattr(data, "RATE_WORDS", "")),
        into_preps=_lexicon(getattr(data, "INTO_PREPS", "")),
        new_issue_words=_lexicon(getattr(data, "NEW_ISSUE_WORDS", "")),
        payment_preps=_lexicon(getattr(data, "PAYMENT_PREPS", "")),
        whole_words=_lexicon(getattr(data, "WHOLE_WORDS", "")),
        majority_words=_lexicon(getattr(data, "MAJORITY_WORDS", "")),
        taking_verbs=_lexicon(getattr(data, "TAKING_VERBS", "")),
        intermediary_preps=_phrases(getattr(data, "INTERMEDIARY_PREPS", "")),
        prepositional_relatives=_lexicon(getattr(data, "PREPOSITIONAL_RELATIVES", "")),
        venture_member_preps=_phrases(getattr(data, "VENTURE_MEMBER_PREPS", "")),
        issuer_preps=_phrases(getattr(data, "ISSUER_PREPS", "")),
        contract_verbs=_lexicon(getattr(data, "CONTRACT_VERBS", "")),
        purpose_openers=_lexicon(getattr(data, "PURPOSE_OPENERS", "")),
        present_participle_endings=tuple(getattr(data, "PRESENT_PARTICIPLE_ENDINGS", "").split()),
        judging_verbs=_lexicon(getattr(data, "JUDGING_VERBS", "")),
        valuation_words=_lexicon(getattr(data, "VALUATION_WORDS", "")),
        owning_verbs=_lexicon(getattr(data, "OWNING_VERBS", "")),
        kinds=dict(language_data(lang, "kinds").KINDS),
        build_verbs=_lexicon(getattr(data, "BUILD_VERBS", "")),
        time_words=_lexicon(getattr(data, "TIME_WORDS", "")) | frozenset(language_data(lang, "dates").MONTHS),
        pronominal_adverbs=_pronominal(getattr(data, "PRONOMINAL_ADVERBS", "")),
        plural_counts={word: int(n) for word, (n,) in _pronominal(getattr(data, "PLURAL_COUNTS", "")).items()},
        named_nouns=_lexicon(getattr(data, "NAMED_NOUNS", "")),
        fractions=_fractions(getattr(data, "FRACTIONS", "")),
        verb_target_preps=_entry_preps(getattr(data, "VERB_TARGET_PREPS", "")),
        fraction_preps=_lexicon(getattr(data, "FRACTION_PREPS", "")),
        plural_nouns=_lexicon(getattr(data, "PLURAL_NOUNS", "")),
        project_words=_lexicon(getattr(data, "PROJECT_WORDS", "")),
        merger_words=_lexicon(getattr(data, "MERGER_WORDS", "")),
        merger_preps=_phrases(getattr(data, "MERGER_PREPS", "")),
        verb_lemma_endings=tuple(getattr(data, "VERB_LEMMA_ENDINGS", "").split()),
        verb_form_endings=tuple(getattr(data, "VERB_FORM_ENDINGS", "").split()),
    )
