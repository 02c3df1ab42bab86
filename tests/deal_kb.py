"""A small knowledge base of hand-made extractions, stored through the real store, for the
query, exposure, export, graph, serve and CLI tests."""

from __future__ import annotations

from decimal import Decimal

from extractors.types import Deal, Mention
from ingest.pipeline import Extraction
from ingest.readers import RawDocument

QUOTED = "O'Reilly \"Media\""  # a name with an apostrophe and double quotes
PERCENT = "50% Capital; Ltd"  # a name with % and ;


def _mentions(text: str, names: list[str], labels: dict[str, str] | None = None) -> list[Mention]:
    found = []
    for name in names:
        start = text.index(name)
        found.append(Mention(name, start, start + len(name), (labels or {}).get(name, "ORG"), name))
    return found


def _deal(text: str, sentence: str, type_: str, source: str | None, target: str | None,
          amount: str | None = None, currency: str | None = None, status: str | None = None) -> Deal:
    start = text.index(sentence)
    return Deal(type_, source, target, sentence, start, start + len(sentence), 0.9,
                amount=None if amount is None else Decimal(amount), currency=currency, status=status)


def _document(source: str, text: str, title: str, published: str | None, names: list[str],
              deals: list[tuple], language: str = "nl") -> Extraction:
    doc = RawDocument(source=source, format="text", text=text, title=title, published=published)
    return Extraction(doc, language, extracted=True, entities=_mentions(text, names),
                      deals=[_deal(text, *deal) for deal in deals])


def documents() -> list[Extraction]:
    a = ("Google garandeerde $3,2 miljard aan schuld voor TeraWulf. "
         "Google staat ook garant voor $1,4 miljard van Cipher Mining.")
    b = ("Nvidia investeert $100 miljoen in CoreWeave. Nvidia investeert $2 miljard in xAI. "
         "Nvidia steekt $10 miljard in Anthropic. Nvidia investeert ook in OpenAI.")
    c = ("Google Cloud huurt voor EUR 500 miljoen capaciteit bij Fluidstack. "
         "Google Cloud garandeert EUR 100 miljoen voor TeraWulf.")
    d = f"{QUOTED} investeert GBP 1 miljoen in {PERCENT}."
    e = "Blue Owl Capital en Meta vormen een joint venture van $27 miljard voor Hyperion."
    f = "Opnieuw: Google garandeerde $3,2 miljard aan schuld voor TeraWulf, meldt het bedrijf."
    return [
        _document("a.txt", a, "Google staat garant", "2025-09-01", ["Google", "TeraWulf", "Cipher Mining"], [
            (a.split(". ")[0] + ".", "guarantee", "Google", "TeraWulf", "3200000000", "USD", "announced"),
            (a.split(". ")[1], "guarantee", "Google", "Cipher Mining", "1400000000", "USD", "completed"),
        ]),
        _document("b.txt", b, "Nvidia investeert", "2025-10-15",
                  ["Nvidia", "CoreWeave", "xAI", "Anthropic", "OpenAI"], [
            ("Nvidia investeert $100 miljoen in CoreWeave.", "investment", "Nvidia", "CoreWeave", "100000000", "USD"),
            ("Nvidia investeert $2 miljard in xAI.", "investment", "Nvidia", "xAI", "2000000000", "USD"),
            ("Nvidia steekt $10 miljard in Anthropic.", "investment", "Nvidia", "Anthropic", "10000000000", "USD"),
            ("Nvidia investeert ook in OpenAI.", "investment", "Nvidia", "OpenAI"),
        ]),
        _document("c.txt", c, "Google Cloud", None, ["Google Cloud", "Fluidstack", "TeraWulf"], [
            (c.split(". ")[0] + ".", "lease", "Fluidstack", "Google Cloud", "500000000", "EUR"),
            (c.split(". ")[1], "guarantee", "Google Cloud", "TeraWulf", "100000000", "EUR"),
        ]),
        _document("d.txt", d, "Quotes; and 100%", "2024-01-05", [QUOTED, PERCENT], [
            (d, "investment", QUOTED, PERCENT, "1000000", "GBP"),
        ]),
        _document("e.txt", e, "Hyperion", "2025-10-20", ["Blue Owl Capital", "Meta"], [
            (e, "joint_venture", "Blue Owl Capital", "Meta", "27000000000", "USD"),
        ]),
        _document("f.txt", f, "Opnieuw", "2025-11-01", ["Google", "TeraWulf"], [
            (f, "guarantee", "Google", "TeraWulf", "3200000000", "USD", "completed"),
        ]),
    ]


def build(kb) -> None:
    """Store the documents, and make Google Cloud a division of Google (as ``ingest entity set``
    would: the parent link is ``entities.parent_id``)."""
    for extraction in documents():
        kb.add(extraction)
    kb.db.execute(
        "UPDATE entities SET parent_id = (SELECT id FROM entities WHERE name = 'Google') WHERE name = 'Google Cloud'")
