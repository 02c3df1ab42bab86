"""One deal reported by several documents is one deal with several sources."""

from __future__ import annotations

from decimal import Decimal

from extractors.types import Deal, Mention
from ingest.pipeline import Extraction
from ingest.readers import RawDocument


def _document(text: str, deals: list[Deal], source: str = "a.txt") -> Extraction:
    names = {name for deal in deals for name in (deal.source, deal.target) if name}
    mentions = [Mention(name, text.find(name), text.find(name) + len(name), "ORG", name)
                for name in sorted(names) if name in text]
    return Extraction(RawDocument(source=source, format="text", text=text, title=None), "en",
                      extracted=True, entities=mentions, deals=deals)


def _deal(text: str, type_="guarantee", source="Google", target="TeraWulf", amount=None,
          currency=None, **extra) -> Deal:
    value = Decimal(amount) if amount is not None else None
    return Deal(type_, source, target, text, 0, len(text), 0.8, amount=value,
                currency=currency if value is not None else None, **extra)


def _deals(kb) -> list[tuple]:
    return kb.db.execute(
        """SELECT d.type, s.name, t.name, d.amount, d.currency, count(ds.id)
           FROM deals d LEFT JOIN entities s ON s.id = d.source_id
           LEFT JOIN entities t ON t.id = d.target_id
           JOIN deal_sources ds ON ds.deal_id = d.id GROUP BY d.id ORDER BY d.id""").fetchall()


def test_kb_deals_same_deal_in_two_documents_is_one_deal_with_two_sources(kb):
    first = "Google guaranteed $3.2 billion for TeraWulf."
    second = "TeraWulf got a $3.2bn backstop from Google, the company said."
    kb.add(_document(first, [_deal(first, amount="3200000000", currency="USD")]))
    kb.add(_document(second, [_deal(second, amount="3200000000", currency="USD")], "b.txt"))
    assert _deals(kb) == [("guarantee", "Google", "TeraWulf", "3200000000", "USD", 2)]
    sentences = {row[0] for row in kb.db.execute("SELECT sentence FROM deal_sources")}
    assert sentences == {first, second}


def test_kb_deals_rounded_amounts_merge_different_amounts_do_not(kb):
    a = "Google guaranteed $3.2 billion for TeraWulf."
    b = "Google guaranteed $3.21 billion for TeraWulf."
    c = "Google guaranteed $1.4 billion for TeraWulf."
    kb.add(_document(a, [_deal(a, amount="3200000000", currency="USD")]))
    kb.add(_document(b, [_deal(b, amount="3210000000", currency="USD")], "b.txt"))
    kb.add(_document(c, [_deal(c, amount="1400000000", currency="USD")], "c.txt"))
    assert [row[3] for row in _deals(kb)] == ["3200000000", "1400000000"]
    assert [row[5] for row in _deals(kb)] == [2, 1]


def test_kb_deals_missing_amount_joins_the_deal_and_is_completed_later(kb):
    a = "Google stands behind TeraWulf."
    b = "Google guaranteed $3.2 billion for TeraWulf."
    kb.add(_document(a, [_deal(a)]))
    kb.add(_document(b, [_deal(b, amount="3200000000", currency="USD", status="completed")], "b.txt"))
    assert _deals(kb) == [("guarantee", "Google", "TeraWulf", "3200000000", "USD", 2)]
    assert kb.db.execute("SELECT status FROM deals").fetchone()[0] == "completed"


def test_kb_deals_missing_amount_is_not_guessed_among_several(kb):
    a = "Google guaranteed $3.2 billion and later $1.4 billion for TeraWulf."
    b = "Google stands behind TeraWulf."
    kb.add(_document(a, [_deal(a, amount="3200000000", currency="USD"),
                         _deal(a, amount="1400000000", currency="USD")]))
    kb.add(_document(b, [_deal(b)], "b.txt"))
    assert len(_deals(kb)) == 3


def test_kb_deals_joint_venture_is_the_same_either_way_round(kb):
    a = "Meta set up a joint venture with Blue Owl."
    b = "Blue Owl and Meta run the venture together."
    kb.add(_document(a, [_deal(a, "joint_venture", "Meta", "Blue Owl")]))
    kb.add(_document(b, [_deal(b, "joint_venture", "Blue Owl", "Meta")], "b.txt"))
    assert kb.count("deals") == 1 and kb.count("deal_sources") == 2


def test_kb_deals_direction_matters_for_other_types(kb):
    a = "Google invested in TeraWulf."
    b = "TeraWulf invested in Google."
    kb.add(_document(a, [_deal(a, "investment", "Google", "TeraWulf")]))
    kb.add(_document(b, [_deal(b, "investment", "TeraWulf", "Google")], "b.txt"))
    assert kb.count("deals") == 2


def test_kb_deals_readding_a_document_duplicates_nothing(kb):
    a = "Google guaranteed $3.2 billion for TeraWulf."
    kb.add(_document(a, [_deal(a, amount="3200000000", currency="USD")]))
    again = kb.add(_document(a, [_deal(a, amount="3200000000", currency="USD")], "copy.txt"))
    assert not again.added
    assert kb.count("deals") == 1 and kb.count("deal_sources") == 1


def test_kb_deals_one_statement_is_recorded_once_per_document(kb):
    a = "Google guaranteed $3.2 billion for TeraWulf."
    deal = _deal(a, amount="3200000000", currency="USD")
    kb.add(_document(a, [deal, deal]))
    assert kb.count("deals") == 1 and kb.count("deal_sources") == 1
