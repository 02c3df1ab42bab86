"""What the recogniser and the linker know about entities: canonical names, their forms,
labels, identifiers and parents.

``EntityKnowledge.reference()`` is the reference data shipped in ``extractors/reference/``;
the knowledge base adds what users taught it (``kb.entities.load_knowledge``), and a user's
correction always wins over reference data.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from extractors.entities.forms import casefold_key, strip_legal_suffix


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """One canonical entity and the ways the text may write it."""

    name: str
    label: str  # ORG | PERSON | GPE | PRODUCT | FACILITY | LAW | FUND
    aliases: tuple[str, ...] = ()
    ticker: str | None = None
    isin: str | None = None
    country: str | None = None
    parent: str | None = None  # canonical name of the parent: a division rolls up to it
    kind: str | None = None  # what the organisation is ("bank", "chips", "AI lab"): descriptions name it
    strict: bool = False  # a common word too: exact case, never first word of a sentence
    listed: bool = True  # False: known for linking and identifiers, never looked for in text
    source: str = "reference"  # reference | user

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class EntityKnowledge:
    """Canonical entities by name, and every form that links to one of them."""

    records: dict[str, EntityRecord] = field(default_factory=dict)  # casefolded name -> record
    _forms: dict[str, str] = field(default_factory=dict)  # casefolded form -> casefolded name
    stamp: int = 0  # changes with every change: cached gazetteers are rebuilt

    def add(self, record: EntityRecord, override: bool = True) -> None:
        """Add ``record``; with ``override`` it replaces a record of the same name and takes over
        its forms, otherwise forms already linked elsewhere stay where they are."""
        self.stamp += 1
        key = casefold_key(record.name)
        old = self.records.get(key)
        if old is not None and not override:
            record = _merge(old, record)
        self.records[key] = record
        for form in record.forms:
            form_key = casefold_key(form)
            if override or form_key not in self._forms:
                self._forms[form_key] = key

    def lookup(self, text: str) -> EntityRecord | None:
        """The entity ``text`` names (any listed form, any case), also without a legal suffix."""
        key = self._forms.get(casefold_key(text))
        if key is None:
            stripped = strip_legal_suffix(text)
            if stripped != text:
                key = self._forms.get(casefold_key(stripped))
        return self.records.get(key) if key is not None else None

    def owner(self, form: str) -> EntityRecord | None:
        """The entity a form links to, exactly as listed (no suffix stripping)."""
        key = self._forms.get(casefold_key(form))
        return self.records.get(key) if key is not None else None

    def get(self, name: str) -> EntityRecord | None:
        return self.records.get(casefold_key(name))

    def alias(self, alias: str, canonical: str) -> None:
        """Make ``alias`` a form of the entity named ``canonical`` (user corrections)."""
        record = self.get(canonical) or self.lookup(canonical)
        if record is None:
            return
        self.stamp += 1
        if casefold_key(alias) not in {casefold_key(f) for f in record.forms}:
            record = replace(record, aliases=(*record.aliases, alias))
            self.records[casefold_key(record.name)] = record
        self._forms[casefold_key(alias)] = casefold_key(record.name)

    def copy(self) -> EntityKnowledge:
        return EntityKnowledge(dict(self.records), dict(self._forms))

    def __len__(self) -> int:
        return len(self.records)

    @classmethod
    def reference(cls) -> EntityKnowledge:
        """The reference data shipped with the package (a fresh copy; loaded once)."""
        return _reference().copy()


def _merge(old: EntityRecord, new: EntityRecord) -> EntityRecord:
    """``old`` keeps its values; ``new`` fills what it lacks and adds forms."""
    aliases = list(old.aliases)
    seen = {casefold_key(f) for f in old.forms}
    for form in new.forms:
        if casefold_key(form) not in seen:
            aliases.append(form)
            seen.add(casefold_key(form))
    return replace(
        old,
        aliases=tuple(aliases),
        ticker=old.ticker or new.ticker,
        isin=old.isin or new.isin,
        country=old.country or new.country,
        parent=old.parent or new.parent,
        kind=old.kind or new.kind,
    )


@lru_cache(maxsize=1)
def _reference() -> EntityKnowledge:
    from extractors.entities.reference import load_reference

    knowledge = EntityKnowledge()
    listed, curated = load_reference()
    for record in listed:
        knowledge.add(record)
    for record in curated:  # the curated file overrides index rows it names
        _take_over(knowledge, record)
    return knowledge


def _take_over(knowledge: EntityKnowledge, record: EntityRecord) -> None:
    """Add a curated record; an index row that one of its forms names is folded into it."""
    for form in record.forms:
        found = knowledge.lookup(form)
        if found is not None and found.name != record.name and found.label == record.label:
            knowledge.records.pop(casefold_key(found.name), None)
            record = _merge(record, replace(found, parent=None))
    knowledge.add(record)
