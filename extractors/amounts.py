"""Money amounts, percentages and basis points in Dutch and English text.

``amounts_in_text(text, lang)`` finds them in plain text; ``extract_amounts(doc)`` in a spaCy
``Doc`` (``doc.text``, ``doc.lang_``); the ``"amounts"`` pipeline component stores them in
``doc._.amounts`` and as ``doc.spans["amounts"]``. Results are ``Amount``s, sorted by start and
never overlapping, with exact decimal values in base units (3,2 miljard -> 3200000000).

What is read, in words of the language data (``extractors/lang/<lang>/``; none are in code):

- money: a number with an optional scale ("miljard", "bn") and a currency written before it
  (symbol, ISO code, "C$") or after it (symbol, code, currency word, coin: "50 cent" is 0.50);
- percent: a number before a percent sign or word ("80%", "13 pct", "percentage van 30");
  percentage points are read as percent;
- basis_points: a number before a basis-point word ("50bp");
- ranges ("2.500 tot 6.700 miljard dollar", "tussen 10 en 12 procent", "$2.5-6.7 trillion"):
  ``low`` and ``high``, ``value == low``;
- vague amounts ("miljarden", "tientallen miljarden", "billions of dollars"): money with
  ``value`` None and ``vague`` True. A plural scale of a billion and up stands alone; below that
  it needs a multiplier ("honderden miljoenen") or a currency, since "millions" alone is as
  often people as money;
- an approximation cue directly before the number ("circa", "more than") sets ``approximate``
  and belongs to the span.

A number with a scale word but no currency ("de investering van 5 miljard") is money with
``currency`` None only when a money cue of the language data stands directly before it
("investeert", "ter waarde van", "worth"; an approximation cue may sit in between) and no count
noun follows it. The annotators write amounts with the currency as the text gives it, so the
extractor does not carry a currency over from elsewhere in the document to a bare number;
without such a cue a bare scaled number is more often a count ("160 miljoen aandelen", "5
miljard mensen") and is not reported. Bare numbers without a scale are never money.

The document is consulted in three narrow cases only: an ambiguous separator ("1.500") follows
the document's unambiguous numbers when they all use the other convention; a currency word
shared by several currencies ("kroon") takes the one the document names in full ("Deense
kroon"), else None; a "cent" right after an amount in a cent currency is that currency's cent
("€2.5 billion, or 50 cents a share" is EUR).

Never amounts: numbers without a unit (years, counts, ratings "9 / 12", "7 op de 10", section
numbers), numbers inside URLs, e-mail addresses, times, numeric dates and phone numbers.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.amount_grammar import find_amounts
from extractors.token_view import document_text
from extractors.types import Amount

__all__ = ["amounts_in_text", "extract_amounts", "AmountsComponent"]


def amounts_in_text(text: str, lang: str) -> list[Amount]:
    """Every money amount, percentage and basis-point figure in ``text`` ("nl" or "en")."""
    return find_amounts(text, lang)


def extract_amounts(doc: Doc) -> list[Amount]:
    """Every amount in a spaCy ``Doc``, read from ``doc.text`` in the language ``doc.lang_``."""
    return amounts_in_text(document_text(doc), doc.lang_)


class AmountsComponent:
    """Sets ``doc._.amounts`` (a list of ``Amount``) and ``doc.spans["amounts"]``."""

    def __init__(self, name: str = "amounts"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        amounts = extract_amounts(doc)
        doc._.amounts = amounts
        spans = [
            doc.char_span(a.start, a.end, label=a.kind, alignment_mode="expand") for a in amounts
        ]
        doc.spans[self.name] = [s for s in spans if s is not None]
        return doc


@Language.factory("amounts", assigns=["doc._.amounts", "doc.spans"])
def make_amounts(nlp: Language, name: str) -> AmountsComponent:
    Doc.set_extension("amounts", default=None, force=True)
    return AmountsComponent(name)
