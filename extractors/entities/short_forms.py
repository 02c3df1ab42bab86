"""Short forms: a name the document wrote in full, used alone later ("Cipher Mining ... Cipher",
"Suzanna Ellard ... Ellard", "Kestrel Park Capital Markets ... Kestrel Park")."""

from __future__ import annotations

from extractors.entities.candidates import GAZETTEER, MODEL, SHORT_FORM, USER, Candidate
from extractors.entities.cues import EntityCues
from extractors.entities.gazetteer import name_parts
from extractors.entities.knowledge import EntityKnowledge
from extractors.token_view import PlainToken


def find_short_forms(tokens: list[PlainToken], text: str, chosen: list[Candidate], cues: EntityCues,
                     knowledge: EntityKnowledge, initial: set[int]) -> list[Candidate]:
    """Surnames and names without their head word, where the document uses them alone;
    appended to ``chosen`` (replacing model spans inside them) and returned."""
    forms: dict[str, tuple[str, str]] = {}  # short form -> (long form, label)
    for c in chosen:
        if c.source in (USER, GAZETTEER):
            continue
        for form in short_forms_of(text[c.start:c.end], c.label, cues):
            if knowledge.lookup(form) is None:
                forms.setdefault(form, (c.canonical or text[c.start:c.end], c.label))
    if not forms:
        return []
    by_first: dict[str, list[str]] = {}
    for form in forms:
        by_first.setdefault(form.split()[0], []).append(form)
    found: list[Candidate] = []
    for token in tokens:
        for form in [*by_first.get(token.text, ()), *by_first.get(_name_head(token), ())]:
            end = _match_words(tokens, token.i, form.split())
            if end is None:
                continue
            inside = [c for c in chosen if c.start < end and token.idx < c.end]
            # A short form may replace a shorter model span inside it ("Wit" of "De Wit").
            if any(c.source != MODEL or not (token.idx <= c.start and c.end <= end)
                   for c in inside):
                continue
            if " " not in form and token.i in initial \
                    and token.lower_ in cues.stop_words:
                continue
            for c in inside:
                chosen.remove(c)
            long_form, label = forms[form]
            candidate = Candidate(token.idx, end, label, SHORT_FORM, long_form, "short_form")
            found.append(candidate)
            chosen.append(candidate)
            break
    return found


def short_forms_of(name: str, label: str, cues: EntityCues) -> list[str]:
    """"Suzanna Ellard" -> ["Ellard"]; "Joost van der Meer" -> ["van der Meer", "Van der
    Meer"]; "Kestrel Park Capital Markets" -> ["Kestrel Park Capital", "Kestrel Park"];
    "Cipher Mining" -> ["Cipher"]."""
    words = name.split()
    if len(words) < 2:
        return []
    out = []
    if label == "PERSON":
        k = len(words) - 1
        while k > 1 and words[k - 1].lower() in cues.particles:
            k -= 1
        surname = " ".join(words[k:])
        out.append(surname)
        if surname[:1].islower():
            out.append(surname[:1].upper() + surname[1:])
    elif label == "ORG":
        while len(words) > 1 and (words[-1] in cues.org_heads or words[-1] in cues.org_name_words
                                  or words[-1] in cues.legal_suffixes or words[-1] == ","):
            words = words[:-1]
            out.append(" ".join(words).rstrip(","))
    good = []
    for form in out:
        if len(form) < 3 or form == name:
            continue
        single = form.split()[0] if " " not in form else None
        if single is not None and (single.lower() in cues.never or single.lower() in cues.stop_words
                                   or single in cues.org_heads or single in cues.org_name_words
                                   or single in cues.acronyms
                                   or single in cues.given_names or single.lower() in cues.roles):
            continue
        good.append(form)
    return good


def _name_head(token: PlainToken) -> str:
    """The name part of a hyphen compound or possessive ("Ellard" of "Ellard's")."""
    for part, _ in name_parts(token):
        return part
    return token.text


def _match_words(tokens: list[PlainToken], i: int, words: list[str]) -> int | None:
    """End offset of ``words`` written from token ``i`` on (the last may be a name part)."""
    for k, word in enumerate(words):
        if i + k >= len(tokens):
            return None
        token = tokens[i + k]
        if token.text == word:
            continue
        if k == len(words) - 1:
            for part, length in name_parts(token):
                if part == word:
                    return token.idx + length
        return None
    last = tokens[i + len(words) - 1]
    return last.idx + len(last)
