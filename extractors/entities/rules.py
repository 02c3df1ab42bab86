"""Rules for the names a statistical model misses, over the tokens of one document.

- a role or title before a name is a person: "analist Gil Luria", "topman Jensen Huang",
  "Nvidia-CEO Jensen Huang", "L&G-strategen Suzanna Ellard en John Daly", "Mr Huang";
- a capitalised name followed by a comma and a role is a person ("Jitse Groen, oprichter");
- a known given name followed by capitalised surname words is a person ("Priya Raman");
- capitalised words right after a noun that describes an organisation, or before a comma, an
  article and a noun phrase ending in one, are an organisation ("the lessor Avolon",
  "Infinera, the US optical-networking firm that ...");
- capitalised words ending in a legal form or an organisation head word are an organisation:
  "Meta Platforms, Inc.", "Kestrel Park Capital Markets", "Zuidas Vermogensbeheer";
- a capitalised word ending in a web-address ending is an organisation ("Thuisbezorgd.nl").

Every word list is language data (``EntityCues``); nothing here is Dutch or English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.entities.candidates import RULE, Candidate
from extractors.entities.cues import EntityCues, describes_org, heads_a_place, is_capitalised
from extractors.entities.forms import HYPHENS
from extractors.token_view import PlainToken

_MAX_NAME = 4  # tokens in a person's name, particles not counted
_MAX_ORG = 6  # tokens before an organisation's head words
_CAMEL = re.compile(r"[a-z][A-Z]")  # a capital right after a small letter: "BioNTech", "airBaltic"
_OWNED_REACH = 5  # words of a relative clause before its phrase of being owned ("dat sinds 2023 grotendeels")


class Rules:
    def __init__(self, tokens: list[PlainToken], cues: EntityCues,
                 initial: Callable[[PlainToken], bool]):
        self.tokens = tokens
        self.cues = cues
        self.initial = initial

    def __call__(self) -> list[Candidate]:
        return [*self.people(), *self.organisations(), *self.described(), *self.described_after(),
                *self.camel_case()]

    # -- tokens ------------------------------------------------------------------------------

    def same_line(self, i: int) -> bool:
        """Token ``i`` continues the line of token ``i - 1``."""
        tokens = self.tokens
        return i > 0 and "\n" not in tokens[i - 1].whitespace_ and not tokens[i].is_space

    def name_word(self, token: PlainToken) -> bool:
        """A capitalised word that may be part of a name here."""
        cues = self.cues
        low = token.lower_
        if not is_capitalised(token.text) or token.text in cues.acronyms or low in cues.never:
            return False
        if low in cues.roles or low in cues.titles or token.text in cues.place_adjectives:
            return False
        if lower_tail(token.text):
            return False  # "AI-bedrijf", "ASML-klanten": a compound about a name
        return not (self.initial(token) and low in cues.stop_words)

    def org_word(self, token: PlainToken) -> bool:
        """A head word of organisation names: never part of a person's name."""
        text = token.text
        cues = self.cues
        return text in cues.org_heads or text in cues.org_name_words or \
            text in cues.org_heads_before or text in cues.legal_suffixes

    def role_of(self, token: PlainToken) -> str | None:
        """The role a token names, itself or as the head of a compound ("Nvidia-CEO")."""
        low = token.lower_.rstrip(".")
        if low in self.cues.roles:
            return low
        if low in self.cues.titles and not token.text.isupper():  # "ing." is a title, "ING" a bank
            return low
        for h in HYPHENS:
            if h in low:
                head = low.rsplit(h, 1)[1]
                if head in self.cues.roles:
                    return head
        return None

    # -- people ------------------------------------------------------------------------------

    def person_at(self, i: int) -> int | None:
        """End (token index) of a person's name starting at token ``i``: capitalised words
        with surname particles between them, never ending in a particle."""
        tokens, cues = self.tokens, self.cues
        if i >= len(tokens) or not self.name_word(tokens[i]) or self.org_word(tokens[i]):
            return None
        end, words, j = i + 1, 1, i + 1
        while j < len(tokens) and words < _MAX_NAME and self.same_line(j) \
                and not tokens[j].is_sent_start:
            token = tokens[j]
            if _glued_hyphen(tokens, j):
                j += 2  # "Kim Woo-hyun", split by the tokenizer
                end = j
                continue
            if token.lower_ in cues.particles or token.text == "'t":
                if words > 1:
                    break  # "Marloes de Wit van ING": particles follow the first name only
                j += 1
                continue
            if not self.name_word(token) or self.org_word(token) or \
                    (token.text.isupper() and len(token.text) > 1):
                break  # "Carl Zeiss SMT": an all-capital word is no part of a person's name
            if tokens[j - 1].whitespace_ == "" and tokens[j - 1].lower_ not in cues.particles:
                break  # glued to the word before: punctuation, not a new word
            words += 1
            j += 1
            end = j
        return end

    def people(self) -> list[Candidate]:
        tokens, cues = self.tokens, self.cues
        found: list[Candidate] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            role = self.role_of(token)
            if role is not None:
                j = i + 1
                while j < len(tokens) and (self.role_of(tokens[j]) or tokens[j].text == "."):
                    j += 1  # "Chief Executive Officer", "dr."
                title = role in cues.titles
                # "investor Warren Buffett" is a person, "activist investor Starboard Value" an
                # organisation (``described``): a role that also describes one needs a given name
                if not describes_org(cues, role) or (j < len(tokens) and tokens[j].text in cues.given_names):
                    found.extend(self.listed_names(j, allow_single=title, allow_list=not title))
                i = max(i + 1, j)
                continue
            if token.text in cues.given_names and not (
                self.initial(token) and token.lower_ in cues.stop_words
            ):
                end = self.person_at(i)
                if end is not None and end - i >= 2:
                    found.append(self.span(i, end, "PERSON", "given_name"))
                    i = end
                    continue
            i += 1
        found.extend(self.name_then_role())
        return found

    def listed_names(self, j: int, allow_single: bool, allow_list: bool) -> list[Candidate]:
        """The names after a role: one, or a list joined by commas and a conjunction."""
        tokens, cues = self.tokens, self.cues
        names = []
        while j < len(tokens) and self.same_line(j):
            end = self.person_at(j)
            if end is None or (end - j < 2 and not allow_single):
                break
            names.append(self.span(j, end, "PERSON", "role"))
            if allow_list and end + 1 < len(tokens) and (
                tokens[end].text == "," or tokens[end].lower_ in cues.list_joiners
            ):
                j = end + 1
                continue
            break
        return names

    def name_then_role(self) -> list[Candidate]:
        """"Jitse Groen, oprichter van ...": two or three name words, a comma, a role."""
        tokens = self.tokens
        found = []
        for k, token in enumerate(tokens):
            if token.text != "," or k + 1 >= len(tokens) or self.role_of(tokens[k + 1]) is None:
                continue
            start = k
            while start > 0 and k - start < 3 and self.name_word(tokens[start - 1]) and (
                start - 1 == 0 or self.same_line(start - 1) or self.initial(tokens[start - 1])
            ):
                start -= 1
            if k - start >= 2:
                found.append(self.span(start, k, "PERSON", "name_role"))
        return found

    # -- organisations -----------------------------------------------------------------------

    def organisations(self) -> list[Candidate]:
        tokens, cues = self.tokens, self.cues
        found: list[Candidate] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if self.is_domain(token):
                found.append(self.span(i, i + 1, "ORG", "domain"))
            elif token.lower_ in cues.institution_heads and i + 2 < len(tokens) \
                    and tokens[i + 1].lower_ in cues.institution_links and not self.named_head(i):
                end = self.institution_end(i + 2)
                if end is not None:
                    found.append(self.span(i, end, "ORG", "institution"))
                    i = end
                    continue
            elif token.text in cues.law_heads and i > 0 and self.name_word(tokens[i - 1]):
                start = i
                while start > 0 and i - start < _MAX_ORG and self.same_line(start) \
                        and self.name_word(tokens[start - 1]):
                    start -= 1
                found.append(self.span(start, i + 1, "LAW", "law"))
            elif self.is_legal(i) or (token.text in cues.org_heads and i > 0):
                hit = self.org_ending_at(i)
                if hit is not None:
                    found.append(hit[0])
                    i = hit[1]
                    continue
            elif token.text in cues.org_heads_before and i + 1 < len(tokens):
                end = i + 1
                while end < len(tokens) and end - i <= _MAX_ORG and self.same_line(end) and \
                        self.name_word(tokens[end]):
                    end += 1
                if end > i + 1 and not self.initial(tokens[i + 1]):
                    found.append(self.span(i, end, "ORG", "head_before"))
                    i = end
                    continue
            i += 1
        return found

    def described(self) -> list[Candidate]:
        """"the optical networking group Infinera", "de Britse belegger Tritax": capitalised
        words right after a lowercase noun that describes an organisation. The model outranks
        these (``recognise.resolve``): "investor Warren Buffett" is a person it knows; a given
        name opening the words makes no organisation either."""
        tokens, cues = self.tokens, self.cues
        found: list[Candidate] = []
        for i, token in enumerate(tokens[:-1]):
            start = i + 1
            if not describes_org(cues, token.text) or not self.same_line(start) \
                    or tokens[start].text in cues.given_names:
                continue
            end = start
            while end < len(tokens) and end - start < _MAX_ORG and self.same_line(end) \
                    and self.name_word(tokens[end]) and not tokens[end].is_sent_start:
                end += 1
            if end > start:
                found.append(self.span(start, end, "ORG", "described"))
        return found

    def camel_case(self) -> list[Candidate]:
        """"BioNTech", "airBaltic", "IonQ": a word of letters with a capital right after a small
        letter is a company's name in business news (products mostly carry digits: "GB300").
        Ranked as ``described`` (``recognise.resolve``), so the model's reading of a product
        ("ChatGPT") wins."""
        return [self.span(i, i + 1, "ORG", "camel_case") for i, token in enumerate(self.tokens)
                if token.is_alpha and _CAMEL.search(token.text) and token.lower_ not in self.cues.never]

    def described_after(self) -> list[Candidate]:
        """"Infinera, the US optical-networking firm that ...", "Merus, the Dutch antibody
        developer,": capitalised words, a comma, an article and a noun phrase whose last word
        describes an organisation, closed by punctuation or a function word. Ranked as
        ``described``. A given name opening the words makes no organisation."""
        tokens, cues = self.tokens, self.cues
        found: list[Candidate] = []
        for k, comma in enumerate(tokens[:-2]):
            if comma.text != "," or not self.same_line(k + 1):
                continue
            if not (tokens[k + 1].lower_ in cues.apposition_articles and self.describes_after(k + 2)) \
                    and not self.owned_after(k + 1):
                continue
            start = k
            while start > 0 and k - start < _MAX_ORG and self.name_word(tokens[start - 1]) \
                    and (start == k or self.same_line(start)) and not tokens[start].is_sent_start:
                start -= 1
            if start < k and tokens[start].text not in cues.given_names:
                found.append(self.span(start, k, "ORG", "described"))
        return found

    def owned_after(self, j: int) -> bool:
        """From token ``j``, a phrase of being owned ("owned by", "onderdeel van"), right away
        or within a relative clause ("dat sinds 2023 in handen is van")."""
        tokens, cues = self.tokens, self.cues
        starts = [j]
        if tokens[j].lower_ in cues.owned_relatives:
            starts = range(j + 1, min(j + 1 + _OWNED_REACH, len(tokens)))
        for start in starts:
            if not self.same_line(start):
                return False
            if any(tuple(t.lower_ for t in tokens[start:start + len(p)]) == p for p in cues.owned_phrases):
                return True
        return False

    def describes_after(self, j: int) -> bool:
        """The words from token ``j`` are a noun phrase ending in a noun that describes an
        organisation, then punctuation or a function word ("US optical-networking firm that").
        Tokens glued together ("start", "-", "up") make one word."""
        tokens, cues = self.tokens, self.cues
        words: list[str] = []
        end = j
        while end < len(tokens) and len(words) <= _MAX_ORG and self.same_line(end):
            token = tokens[end]
            glued = bool(words) and tokens[end - 1].whitespace_ == "" and not token.is_sent_start
            if glued and (token.is_alpha or token.text in HYPHENS):
                words[-1] += token.text
            elif token.is_alpha and not (token.text.islower() and token.lower_ in cues.stop_words):
                words.append(token.text)
            else:
                break
            end += 1
        if not words or not describes_org(cues, words[-1]):
            return False
        if end < len(tokens) and tokens[end].text[:1] in "'’":
            return False  # "the company's chief executive": a possessive, not the head
        return end >= len(tokens) or not self.same_line(end) or tokens[end].is_punct \
            or tokens[end].lower_ in cues.stop_words

    def named_head(self, i: int) -> bool:
        """"State Bank of India": a head word after a name word ends a name of its own, which
        ``org_ending_at`` reads with what follows."""
        return i > 0 and self.tokens[i].text in self.cues.org_heads and self.same_line(i) \
            and self.name_word(self.tokens[i - 1])

    def institution_end(self, j: int) -> int | None:
        """End of the capitalised words naming a government body ("Economische Zaken",
        "Economy and Finance"), from token ``j``."""
        tokens, cues = self.tokens, self.cues
        end = None
        while j < len(tokens) and self.same_line(j):
            if self.name_word(tokens[j]):
                j += 1
                end = j
            elif end is not None and tokens[j].lower_ in cues.list_joiners \
                    and j + 1 < len(tokens) and self.name_word(tokens[j + 1]):
                j += 1
            else:
                break
        return end

    def is_legal(self, i: int) -> bool:
        text = self.tokens[i].text
        return text in self.cues.legal_suffixes and i > 0

    def is_domain(self, token: PlainToken) -> bool:
        text = token.text
        low = text.lower()
        if not low.endswith(self.cues.domain_endings):
            return False  # nearly every token: one test of all endings at once
        if "@" in text or "/" in text or low.startswith("www."):
            return False
        for ending in self.cues.domain_endings:
            if low.endswith(ending) and len(text) > len(ending) + 1:
                stem = text[: -len(ending)]
                return stem[:1].isupper() and stem.replace("-", "").isalnum()
        return False

    def org_ending_at(self, i: int) -> tuple[Candidate, int] | None:
        """An organisation whose last head word or legal form is token ``i``: the head words
        and legal forms that follow, and the capitalised name words before."""
        tokens, cues = self.tokens, self.cues
        heads = cues.org_heads | cues.org_name_words
        end = i + 1
        while end < len(tokens) and self.same_line(end) and (
            tokens[end].text in heads or tokens[end].text in cues.legal_suffixes
            or (tokens[end].text == "," and end + 1 < len(tokens)
                and tokens[end + 1].text in cues.legal_suffixes)
        ):
            end += 1
        start = i
        while start > 0 and self.same_line(start) and tokens[start - 1].text in heads:
            start -= 1  # "Bank Strategy Group": head words before the last
        if start > 0 and tokens[start - 1].text == "," and self.is_legal(i):
            start -= 1  # "Meta Platforms, Inc."
        name_start = start
        while name_start > 0 and start - name_start < _MAX_ORG and self.same_line(name_start):
            before = tokens[name_start - 1]
            if self.name_word(before) or before.text in heads:
                name_start -= 1
            elif before.text == "&" and name_start - 1 > 0 \
                    and self.name_word(tokens[name_start - 2]):
                name_start -= 1
            else:
                break
        while name_start < start and (not self.name_word(tokens[name_start])
                                      or tokens[name_start].text in heads):
            name_start += 1  # never open on a head word or connector
        if name_start >= start:
            return None
        if end + 1 < len(tokens) and heads_a_place(cues, tokens[end - 1].text, tokens[end].text):
            end = self.institution_end(end + 1) or end  # "State Bank of India"
        return self.span(name_start, end, "ORG", "org_head"), end

    # -- spans -------------------------------------------------------------------------------

    def span(self, start: int, end: int, label: str, rule: str) -> Candidate:
        """A candidate over tokens [start, end)."""
        tokens = self.tokens
        return Candidate(tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1]), label,
                         RULE, None, rule)


def lower_tail(text: str) -> bool:
    """A hyphen compound whose last part is lowercase ("AI-bedrijf", "Nvidia-CEO" is not)."""
    for h in HYPHENS:
        if h in text[1:-1]:
            tail = text.rsplit(h, 1)[1]
            return tail[:1].islower()
    return False


def _glued_hyphen(tokens: list[PlainToken], j: int) -> bool:
    """Tokens ``j`` and ``j + 1`` are "-" and a word glued to the name before ("Woo-hyun")."""
    return (j + 1 < len(tokens) and tokens[j].text in HYPHENS and tokens[j - 1].whitespace_ == ""
            and tokens[j].whitespace_ == "" and tokens[j + 1].is_alpha)
