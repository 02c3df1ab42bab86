"""Reference data the deal extractor reads: ``data/capacity_tenants.txt`` and
``data/capacity_providers.txt``.

A lease stated only by a noun ("signed an agreement with Nscale for GPU capacity") does not say
who provides the capacity; the tiers of the tenants file do (see its header). A contract noun
with no capacity word is a lease when it joins a provider and a tenant.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"
_UNLISTED = 1_000


@cache
def _tenant_tiers() -> dict[str, int]:
    tiers: dict[str, int] = {}
    tier = 0
    for line in (_DATA / "capacity_tenants.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line == "---":
            tier += 1
            continue
        tiers[line.lower()] = tier
    return tiers


@cache
def _providers() -> frozenset[str]:
    lines = (_DATA / "capacity_providers.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


@cache
def _knowledge():
    from extractors.entities.knowledge import EntityKnowledge  # the reference data of the recogniser

    return EntityKnowledge.reference()


@cache
def canonical_of(form: str) -> str | None:
    """The canonical name of the entity ``form`` names in the shipped reference data."""
    record = _knowledge().lookup(form)
    return record.name if record is not None else None


@cache
def country_of(canonical: str) -> str | None:
    """The country (ISO 3166 alpha-2) of an organisation in the shipped reference data."""
    record = _knowledge().lookup(canonical)
    return record.country if record is not None else None


@cache
def kind_of(canonical: str) -> str | None:
    """What an organisation is in the shipped reference data ("bank", "chips", "AI lab")."""
    record = _knowledge().lookup(canonical)
    return record.kind if record is not None else None


@cache
def maker_of(name: str) -> str | None:
    """The organisation that makes a product of the shipped reference data ("ChatGPT": OpenAI),
    for a name written as the product is (a product that is also a common word in exact case)."""
    record = _knowledge().lookup(name)
    if record is None or record.label != "PRODUCT" or not record.kind:
        return None
    if record.strict and name not in record.forms:
        return None
    maker = _knowledge().lookup(record.kind)
    return maker.name if maker is not None and maker.label == "ORG" else None


def is_capacity_provider(canonical: str) -> bool:
    return canonical.lower() in _providers()


def is_capacity_tenant(canonical: str) -> bool:
    return canonical.lower() in _tenant_tiers()


def tenant_tier(canonical: str | None) -> int:
    """0 for the surest tenants, higher for parties that also provide capacity; unlisted
    parties rank last (providers)."""
    if canonical is None:
        return _UNLISTED
    return _tenant_tiers().get(canonical.lower(), _UNLISTED)
