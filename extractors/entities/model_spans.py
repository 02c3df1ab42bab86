"""The statistical model's spans, cleaned before they compete with reference data and rules.

A role before a name, a possessive, the tail of a hyphen compound ("Nvidia-CEO" -> "Nvidia",
"D.A. Davidson-analist Gil Luria" -> "D.A. Davidson") are cut off; the label is corrected by the
form of the name (a head word such as "Capital" or "Wire" makes an organisation, "County" a
place, "Act" a law); and a span is dropped when it is not a name: a common word that opens a
sentence ("Volgens", "Deskundigen") or that the same document also writes in lowercase or
never writes inside a sentence, a month, day or currency word, an acronym like "AI", words in
lowercase, a heading word alone on its line, or a lone word for a person (people are introduced
by their full name).
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.entities.candidates import MODEL, Candidate
from extractors.entities.cues import EntityCues, is_capitalised
from extractors.entities.forms import HYPHENS, casefold_key, possessive_length
from extractors.entities.rules import lower_tail
from extractors.token_view import PlainToken, token_view

# Labels of statistical models (ours, spaCy's OntoNotes and WikiNER pipelines) -> ours.
MODEL_LABELS = {
    "ORG": "ORG", "PERSON": "PERSON", "PER": "PERSON", "GPE": "GPE", "LOC": "GPE",
    "FAC": "FACILITY", "FACILITY": "FACILITY", "PRODUCT": "PRODUCT", "LAW": "LAW",
}


class ModelSpans:
    """Candidates from ``doc.ents`` (set by the pipeline's ``ner`` component)."""

    def __init__(self, doc: Doc, text: str, cues: EntityCues, initial: set[int]):
        self.tokens = token_view(doc).tokens
        self.text = text
        self.cues = cues
        self._initial = initial
        # The model's spans as token ranges [start, end) with their labels.
        self._ents = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
        self._lower_words = {t.text for t in self.tokens if t.text.islower()}
        # Capitalised words written somewhere other than at the start of a sentence.
        self._inner_words = {t.text for t in self.tokens
                             if t.i not in initial and t.text.istitle()}
        self._surnames: set[str] = set()

    def is_initial(self, token: PlainToken) -> bool:
        return token.i in self._initial

    def __call__(self) -> list[Candidate]:
        return self.model_candidates()

    def model_candidates(self) -> list[Candidate]:
        found = []
        self._surnames = self.surnames()
        for start, end, model_label in self._ents:
            label = MODEL_LABELS.get(model_label)
            if label is None:
                continue
            cleaned = self.clean(self.tokens[start:end])
            if cleaned is None:
                continue
            start, end = cleaned
            label = self.relabel(self.text[start:end], label)
            if label is not None:
                found.append(Candidate(start, end, label, MODEL, None, "model"))
        return found

    def surnames(self) -> set[str]:
        """Last words of the multi-word person names the model or the rules found."""
        names = set()
        for start, end, label in self._ents:
            if MODEL_LABELS.get(label) == "PERSON" and end - start > 1:
                names.add(self.tokens[end - 1].text)
        return names

    def relabel(self, text: str, label: str) -> str | None:
        """The label the form of a name asks for: a name ending in an organisation's head
        word or legal form is an organisation; a place has no digits, no all-capital word and
        no inner capitals ("DigitalBridge", "FIFCO" are organisations)."""
        cues = self.cues
        words = text.split()
        last = words[-1]
        if len(words) > 1 and last in cues.law_heads:
            return "LAW"  # "CHIPS Act"
        if label != "ORG" and (last in cues.org_heads or last in cues.org_name_words
                               or last in cues.legal_suffixes):
            return "ORG"
        if len(words) > 1 and (last in cues.place_heads or words[0] in cues.place_heads_before):
            return "GPE"  # "Shackelford County", "Port Washington"
        if label == "PERSON":
            if any(w.isupper() and len(w) > 1 for w in words):
                return None  # no person's name has a word in capitals ("Halfgeleiders VS")
            if len(words) == 1 and text not in self._surnames:
                return None  # people are introduced by their full name; a lone word is not one
        if label == "GPE":
            if any(c.isdigit() for c in text):
                return None
            if any((w.isupper() and len(w) > 1) or any(c.isupper() for c in w[1:]) for w in words
                   if w.isalpha()):
                return "ORG"
        return label

    def clean(self, span: list[PlainToken]) -> tuple[int, int] | None:
        """Character offsets of the name in a model span, or None when it is no name."""
        cues = self.cues
        tokens = list(span)
        while tokens and (not self._opens_name(tokens[0]) or self._role_compound(tokens[0])):
            if len(tokens) > 1 and tokens[0].lower_ in cues.particles \
                    and tokens[0].text[:1].isupper() and self._opens_name(tokens[1]):
                break  # "De Wit", "Van der Meer", "De Nederlandsche Bank": part of the name
            tokens.pop(0)  # "analist", "Prosus-topman", "Nvidia-CEO" before the name
        for k, token in enumerate(tokens[1:], 1):
            if self._role_compound(token):
                tokens = tokens[:k + 1]  # "D.A. Davidson-analist Gil Luria": the name ends inside
                break
        while tokens and not (is_capitalised(tokens[-1].text) or tokens[-1].like_num
                              or tokens[-1].text in cues.legal_suffixes):
            tokens.pop()
        if not tokens:
            return None
        start = tokens[0].idx
        last = tokens[-1]
        tail = name_end(last, cues)
        if tail is None:
            return None
        end = last.idx + tail
        text = self.text[start:end]
        if not self.is_name(tokens, text):
            return None
        return start, end

    def _role_compound(self, token: PlainToken) -> bool:
        """A hyphen compound about a name: "Prosus-topman", "Nvidia-CEO", "ASML-klanten"."""
        text = token.text
        if lower_tail(text):
            return True
        for h in HYPHENS:
            if h in text[1:-1]:
                tail = text.rsplit(h, 1)[1]
                return tail.lower() in self.cues.roles or tail in self.cues.acronyms
        return False

    def _opens_name(self, token: PlainToken) -> bool:
        cues = self.cues
        low = token.lower_
        if not is_capitalised(token.text) or low in cues.roles or low in cues.titles:
            return False
        if token.text in cues.place_adjectives:
            return False
        if low in cues.never or token.text in cues.acronyms:
            return False
        return not (self.is_initial(token) and low in cues.stop_words)

    def is_name(self, tokens: list[PlainToken], text: str) -> bool:
        cues = self.cues
        if casefold_key(text) in cues.not_entity_phrases or len(text) < 2:
            return False
        for token in tokens:
            low = token.lower_
            if not is_capitalised(token.text) and low not in cues.connectors \
                    and low not in cues.particles and not token.is_punct and not token.like_num \
                    and not possessive_length(token.text) == len(token.text):
                return False
        if len(tokens) > 1 and all(t.text in cues.org_name_words for t in tokens):
            return False  # a desk or heading: "Head of Technology Strategy", "Digital Infrastructure"
        if len(tokens) == 1:
            token = tokens[0]
            name = text
            if name in cues.acronyms or name.lower() in cues.never:
                return False
            if self.is_initial(token) and (name.lower() in cues.stop_words
                                           or name.lower() in self._lower_words):
                return False
            if self.is_initial(token) and name.istitle() and name not in self._inner_words:
                return False  # an unknown capitalised word seen only opening sentences
            if self.alone_on_line(token) and name.lower() in cues.headings:
                return False
        return True

    def alone_on_line(self, token: PlainToken) -> bool:
        tokens = self.tokens
        i = token.i
        before = i == 0 or "\n" in tokens[i - 1].whitespace_ or tokens[i - 1].is_space
        after = i + 1 >= len(tokens) or "\n" in token.whitespace_ or tokens[i + 1].is_space \
            or (tokens[i + 1].is_punct and (i + 2 >= len(tokens) or tokens[i + 2].is_space))
        return before and after


def name_end(token: PlainToken, cues: EntityCues) -> int | None:
    """Characters of ``token`` that belong to the name it ends: without a possessive, and
    without the tail of a hyphen compound ("Nvidia-CEO", "ASML-klanten"); None when the part
    before the hyphen is no name ("AI-datacenters")."""
    text = token.text
    for i, char in enumerate(text):
        if char in HYPHENS and 0 < i < len(text) - 1:
            head, tail = text[:i], text[i + 1:]
            if tail[:1].isupper() and tail.lower() not in cues.roles and tail not in cues.acronyms:
                break  # a hyphenated name: "Latijns-Amerika", "Rolls-Royce"
            if head in cues.acronyms or not is_capitalised(head):
                return None
            return i - possessive_length(head)
    if text.endswith(".") and text.count(".") == 1 and len(text) > 3:
        return len(text) - 1  # "ING." at the end of a sentence, one token
    return len(text) - possessive_length(text)
