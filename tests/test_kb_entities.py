"""The knowledge base learns: alias, merge and set corrections, used by later extractions."""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from ingest.readers import read_bytes
from kb.entities import EntityError, add_alias, load_knowledge, merge_entities, set_entity
from kb.store import entity_id


def _document(text: str, name: str = "note.txt"):
    return read_bytes(text.encode("utf-8"), name, "text")


def _entities(kb) -> dict[str, tuple]:
    rows = kb.db.execute("""SELECT e.name, e.label, e.ticker, e.country, p.name
                            FROM entities e LEFT JOIN entities p ON p.id = e.parent_id""")
    return {row[0]: row[1:] for row in rows}


def test_kb_entities_new_entity_takes_reference_identifiers_and_parent(kb):
    with kb.db.conn:
        entity_id(kb.db, "Google Cloud", "ORG")
    entities = _entities(kb)
    assert entities["Google Cloud"] == ("ORG", None, "US", "Google")
    assert entities["Google"][:2] == ("ORG", "GOOGL")
    aliases = {r[0] for r in kb.db.execute(
        "SELECT alias FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE e.name = 'Google'")}
    assert {"Alphabet", "Google"} <= aliases


def test_kb_entities_other_form_of_known_entity_is_that_entity(kb):
    with kb.db.conn:
        first = entity_id(kb.db, "Alphabet", "ORG")
        assert entity_id(kb.db, "Google", "ORG") == first
    assert "Alphabet" not in _entities(kb) and "Google" in _entities(kb)


def test_kb_entities_alias_is_used_by_a_later_extraction(kb):
    text = "De Bron Groep kocht aandelen. Analisten noemen het Bronnetje een blijvertje."
    before = Pipeline(knowledge=load_knowledge(kb.db)).extract(_document(text), "nl")
    assert "Bronnetje" not in {m.text for m in before.entities}
    add_alias(kb.db, "Bronnetje", "De Bron Groep")
    after = Pipeline(knowledge=load_knowledge(kb.db)).extract(_document(text), "nl")
    found = {(m.text, m.canonical) for m in after.entities}
    assert ("Bronnetje", "De Bron Groep") in found


def test_kb_entities_merge_links_later_mentions_to_the_entity_that_stays(kb):
    text = "Het fonds van Zandvoort Capital Partners groeit. Ook Zandvoort Kapitaal investeert."
    kb.add(Pipeline().extract(_document(text), "nl"))
    assert "Zandvoort Capital Partners" in _entities(kb)
    set_entity(kb.db, "Zandvoort Kapitaal", label="ORG")
    message = merge_entities(kb.db, "Zandvoort Kapitaal", "Zandvoort Capital Partners")
    assert "merged" in message
    assert "Zandvoort Kapitaal" not in _entities(kb)
    later = Pipeline(knowledge=load_knowledge(kb.db)).extract(
        _document("Zandvoort Kapitaal koopt een datacenter.", "later.txt"), "nl")
    assert ("Zandvoort Kapitaal", "Zandvoort Capital Partners") in {
        (m.text, m.canonical) for m in later.entities}


def test_kb_entities_set_type_and_identifiers_are_used_by_a_later_extraction(kb):
    set_entity(kb.db, "Orion Forge", label="FACILITY", country="us")
    assert _entities(kb)["Orion Forge"] == ("FACILITY", None, "US", None)
    extraction = Pipeline(knowledge=load_knowledge(kb.db)).extract(
        _document("The campus Orion Forge opened in Texas."), "en")
    assert ("Orion Forge", "FACILITY") in {(m.text, m.label) for m in extraction.entities}


def test_kb_entities_set_parent_and_ticker(kb):
    set_entity(kb.db, "Kroonvaart Cloud", label="ORG", ticker="KVC", parent="Kroonvaart")
    entities = _entities(kb)
    assert entities["Kroonvaart Cloud"] == ("ORG", "KVC", None, "Kroonvaart")
    knowledge = load_knowledge(kb.db)
    assert knowledge.lookup("Kroonvaart Cloud").parent == "Kroonvaart"


@pytest.mark.parametrize("action,message", [
    (lambda db: merge_entities(db, "Nobody", "Nor This"), "no entity"),
    (lambda db: set_entity(db, "Thing", label="COMPANY"), "unknown type"),
])
def test_kb_entities_bad_corrections_raise(kb, action, message):
    with pytest.raises(EntityError, match=message):
        action(kb.db)


def test_kb_entities_cli_corrections(cli, kb_path, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Volgens de Weekbrief daalt de koers van Nvidia en Alphabet.", encoding="utf-8")
    assert cli("add", note, "--db", kb_path, "--lang", "nl").exit_code == 0
    result = cli("entity", "alias", "Weekbrief", "De Weekbrief", "--db", kb_path)
    assert result.exit_code == 0, result.output
    assert cli("entity", "set", "De Weekbrief", "--type", "ORG", "--country", "NL",
               "--db", kb_path).exit_code == 0
    bad = cli("entity", "merge", "Nobody", "Nvidia", "--db", kb_path)
    assert bad.exit_code == 1 and "no entity 'Nobody'" in bad.output
    later = tmp_path / "later.txt"
    later.write_text("De Weekbrief schrijft over Google.", encoding="utf-8")
    assert cli("add", later, "--db", kb_path, "--lang", "nl").exit_code == 0
    from kb import KnowledgeBase

    with KnowledgeBase(kb_path) as base:
        rows = base.db.execute(
            """SELECT m.text, e.name, e.country FROM mentions m JOIN entities e ON e.id = m.entity_id
               JOIN documents d ON d.id = m.document_id WHERE d.source LIKE '%later.txt'""").fetchall()
    assert {(name, country) for _, name, country in rows} >= {("De Weekbrief", "NL")}
    assert ("Google", "Google", "US") in rows
