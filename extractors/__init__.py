"""Extractors: amounts, entities and deals over a spaCy ``Doc``, tied to character offsets."""

from extractors.types import Amount, Deal, Mention

# Stored with every document: ``ingest reprocess --outdated`` re-extracts documents whose
# version differs. Raise it whenever an extractor's output can change.
EXTRACTOR_VERSION = "0.2.0"

__all__ = ["Amount", "Deal", "Mention", "EXTRACTOR_VERSION"]
