"""Read-only questions to the knowledge base: documents, entities, an entity's profile, deals
with their evidence, and full-text search. Every query is parameterised: names with quotes,
apostrophes, ``%`` or ``;`` are only ever values.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field, is_dataclass
from decimal import Decimal

import sqlite_utils

from ingest.errors import BadQuery, UnknownEntity

# The date a fact is known by: the publication date the document states, else the day it was
# added. Used for a deal's ``as_of`` and for ``--since``.
DOC_DATE = "coalesce(doc.published, substr(doc.ingested_at, 1, 10))"
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# Columns of ``entities`` that are not identifiers (``source`` says where the entity came from);
# every other column is one (ticker, isin, country, and whatever a later migration adds), so a
# profile shows new identifiers unchanged.
_NOT_IDENTIFIERS = {"id", "name", "label", "parent_id", "source"}


def _rows(db: sqlite_utils.Database, sql: str, params: list) -> list[dict]:
    cursor = db.execute(sql, params)
    keys = [c[0] for c in cursor.description]
    return [dict(zip(keys, row)) for row in cursor.fetchall()]


def number(value: str | Decimal | None) -> int | float | None:
    """A JSON number for a stored exact decimal: an int when whole, else a float."""
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def plain(value):
    """A result as JSON-ready dicts and lists: ``dataclasses.asdict`` without its deep copies,
    which cost more than the query on a large result. (A dataclass's ``__dict__`` holds its
    fields in declaration order.)"""
    if is_dataclass(value):
        return {key: plain(item) if isinstance(item, list) else item for key, item in vars(value).items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def like_pattern(text: str) -> str:
    """``text`` as a LIKE substring pattern in which ``%`` and ``_`` match only themselves."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# -- documents -------------------------------------------------------------------------------

def list_documents(db: sqlite_utils.Database) -> list[dict]:
    """Every stored document with its mention, amount and deal counts, oldest first."""
    return _rows(
        db,
        """SELECT d.id, d.title, d.source, d.language, d.language_supported, d.published,
                  d.words, d.ingested_at,
                  (SELECT count(*) FROM mentions m WHERE m.document_id = d.id) AS mentions,
                  (SELECT count(*) FROM amounts a WHERE a.document_id = d.id) AS amounts,
                  (SELECT count(*) FROM deal_sources s WHERE s.document_id = d.id) AS deals
           FROM documents d ORDER BY d.id""",
        [],
    )


def find_document(db: sqlite_utils.Database, ref: str) -> dict | None:
    """A document by id, or by the source path it was added from (the newest such)."""
    if ref.isdigit():
        rows = _rows(db, "SELECT * FROM documents WHERE id = ?", [int(ref)])
    else:
        rows = _rows(db, "SELECT * FROM documents WHERE source = ? ORDER BY id DESC LIMIT 1", [ref])
    return rows[0] if rows else None


def document_facts(db: sqlite_utils.Database, document_id: int) -> dict:
    """What was found in one stored document: mentions, amounts and deals with their sources."""
    mentions = _rows(
        db,
        """SELECT m.text, m.label, m.start, m."end", e.name AS canonical FROM mentions m
           LEFT JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? ORDER BY m.start""",
        [document_id],
    )
    amounts = _rows(
        db,
        """SELECT text, kind, value, currency, low, high, approximate, vague, start, "end"
           FROM amounts WHERE document_id = ? ORDER BY start""",
        [document_id],
    )
    deals = _rows(
        db,
        """SELECT d.id, d.type, s.name AS source, t.name AS target, d.amount, d.currency, d.status,
                  ds.sentence, ds.start, ds."end", ds.confidence
           FROM deal_sources ds JOIN deals d ON d.id = ds.deal_id
           LEFT JOIN entities s ON s.id = d.source_id LEFT JOIN entities t ON t.id = d.target_id
           WHERE ds.document_id = ? ORDER BY ds.start""",
        [document_id],
    )
    return {"entities": mentions, "amounts": amounts, "deals": deals}


# -- entities --------------------------------------------------------------------------------

# The one entity a name stands for, shared with the canned queries of ``ingest serve``.
ENTITY_SQL = """SELECT e.id, e.name, e.label FROM entities e
    WHERE e.id IN (SELECT id FROM entities WHERE name = :entity COLLATE NOCASE
                   UNION SELECT entity_id FROM aliases WHERE alias = :entity)
    ORDER BY e.name = :entity COLLATE NOCASE DESC, e.label = 'ORG' DESC,
             (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) DESC, e.id
    LIMIT 1"""


@dataclass(frozen=True)
class EntityRef:
    id: int
    name: str
    label: str


def resolve_entity(db: sqlite_utils.Database, name: str) -> EntityRef:
    """The canonical entity called ``name`` or known by that alias, case-insensitively.

    When several match (the same name as an ORG and a PERSON), the exact canonical name wins,
    then an organisation, then the one mentioned most. Raises ``UnknownEntity``.
    """
    rows = db.execute(ENTITY_SQL, {"entity": name}).fetchone()
    if rows is None:
        raise UnknownEntity(f"no entity called {name!r} in the knowledge base")
    return EntityRef(*rows)


@dataclass(frozen=True)
class EntityRow:
    """One canonical entity with how often the knowledge base has it."""

    id: int
    name: str
    label: str
    parent: str | None
    mentions: int
    documents: int
    deals: int

    def to_dict(self) -> dict:
        return plain(self)


def entities(db: sqlite_utils.Database, type: str | None = None, search: str | None = None) -> list[EntityRow]:
    """Canonical entities, most mentioned first; ``type`` is a label (ORG, PERSON, GPE),
    ``search`` a substring of the name or of any alias, case-insensitive."""
    where, params = [], []
    if type:
        where.append("e.label = ?")
        params.append(type.upper())
    if search:
        pattern = like_pattern(search)
        where.append(r"""(e.name LIKE ? ESCAPE '\'
                          OR e.id IN (SELECT entity_id FROM aliases WHERE alias LIKE ? ESCAPE '\'))""")
        params += [pattern, pattern]
    sql = f"""SELECT e.id, e.name, e.label, p.name AS parent,
                     (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,
                     (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.entity_id = e.id) AS documents,
                     (SELECT count(*) FROM deals d WHERE d.source_id = e.id)
                     + (SELECT count(*) FROM deals d WHERE d.target_id = e.id
                                                     AND d.source_id IS NOT e.id) AS deals
              FROM entities e LEFT JOIN entities p ON p.id = e.parent_id
              {"WHERE " + " AND ".join(where) if where else ""}
              ORDER BY mentions DESC, deals DESC, e.name COLLATE NOCASE"""
    return [EntityRow(**row) for row in _rows(db, sql, params)]


# -- deals -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Source:
    """One document that reports a deal, with the sentence that says so."""

    document_id: int
    title: str | None
    path: str | None  # the source path the document was added from
    published: str | None  # the date the document states, if any
    date: str  # published, else the day the document was added
    sentence: str
    start: int  # offsets of the sentence in the document text, end exclusive
    end: int
    confidence: float
    extractor_version: str


@dataclass(frozen=True)
class DealRow:
    """A deal between two canonical entities with every document that reports it.

    ``source`` and ``target`` are the parties (as in ``ingest extract --json``); ``sources`` are
    the documents. ``as_of`` is the latest date of those documents (published, else added).
    ``amount`` is in base units of ``currency`` (3.2 billion is 3200000000).
    """

    id: int
    type: str
    source: str | None
    target: str | None
    source_id: int | None
    target_id: int | None
    amount: int | float | None
    currency: str | None
    status: str | None
    share: int | float | None
    asset: str | None
    instrument: str | None
    horizon: str | None
    as_of: str | None
    source_count: int
    sources: list[Source] = field(default_factory=list)

    def to_dict(self) -> dict:
        return plain(self)


def check_date(value: str) -> str:
    if not _DATE.fullmatch(value):
        raise BadQuery(f"--since must be a date like 2025-11-03, not {value!r}")
    return value


def deals(
    db: sqlite_utils.Database,
    entity: str | None = None,
    type: str | None = None,
    since: str | None = None,
    min_amount: float | None = None,
    currency: str | None = None,
) -> list[DealRow]:
    """Deals, optionally of one entity (either party), of one type, reported on or after
    ``since`` (a document date), of at least ``min_amount`` (in the deal's own currency) and in
    one ``currency``; oldest deal first."""
    entity_id = None if entity is None else resolve_entity(db, entity).id
    return deals_of(db, entity_id, type, since, min_amount, currency)


def deals_of(
    db: sqlite_utils.Database,
    entity_id: int | None = None,
    type: str | None = None,
    since: str | None = None,
    min_amount: float | None = None,
    currency: str | None = None,
) -> list[DealRow]:
    """``deals`` for an entity given by id."""
    where, params = [], []
    if entity_id is not None:
        # Two indexed lookups instead of an OR that would scan the table.
        where.append("d.id IN (SELECT id FROM deals WHERE source_id = ? UNION SELECT id FROM deals WHERE target_id = ?)")
        params += [entity_id, entity_id]
    if type:
        where.append("d.type = ?")
        params.append(type)
    if since:
        where.append(f"""EXISTS (SELECT 1 FROM deal_sources ds JOIN documents doc ON doc.id = ds.document_id
                                 WHERE ds.deal_id = d.id AND {DOC_DATE} >= ?)""")
        params.append(check_date(since))
    if min_amount is not None:
        where.append("d.amount_num >= ?")
        params.append(min_amount)
    if currency:
        where.append("d.currency = ?")
        params.append(currency.upper())
    rows = _rows(
        db,
        f"""SELECT d.id, d.type, s.name AS source, t.name AS target, d.source_id, d.target_id,
                   d.amount, d.currency, d.status,
                   d.share, d.asset, d.instrument, d.horizon
            FROM deals d LEFT JOIN entities s ON s.id = d.source_id
            LEFT JOIN entities t ON t.id = d.target_id
            {"WHERE " + " AND ".join(where) if where else ""} ORDER BY d.id""",
        params,
    )
    sources = deal_sources(db, [row["id"] for row in rows])
    result = []
    for row in rows:
        found = sources.get(row["id"], [])
        result.append(DealRow(
            **{**row, "amount": number(row["amount"]), "share": number(row["share"])},
            as_of=max((s.date for s in found), default=None), source_count=len(found), sources=found,
        ))
    return result


def deal_sources(db: sqlite_utils.Database, deal_ids: list[int]) -> dict[int, list[Source]]:
    """The documents reporting each deal, oldest document first."""
    found: dict[int, list[Source]] = {}
    for chunk in range(0, len(deal_ids), 500):  # stay under SQLite's bound-parameter limit
        ids = deal_ids[chunk: chunk + 500]
        cursor = db.execute(
            f"""SELECT ds.deal_id, ds.document_id, doc.title, doc.source, doc.published, {DOC_DATE},
                       ds.sentence,
                       ds.start, ds."end", ds.confidence, ds.extractor_version
                FROM deal_sources ds JOIN documents doc ON doc.id = ds.document_id
                WHERE ds.deal_id IN ({", ".join("?" * len(ids))})
                ORDER BY ds.deal_id, ds.document_id, ds.start""",
            ids,
        )
        for deal_id, *values in cursor.fetchall():
            found.setdefault(deal_id, []).append(Source(*values))
    return found


# -- an entity's profile ---------------------------------------------------------------------

def direction(deal_type: str, is_source: bool) -> str:
    """What a deal is to one of its parties: ``given`` (it is the source: guarantor, investor,
    lender, acquirer, ...), ``received`` (the target), or ``partner`` in a joint venture, which
    has no direction."""
    if deal_type == "joint_venture":
        return "partner"
    return "given" if is_source else "received"


def entity_profile(db: sqlite_utils.Database, name: str, document_limit: int | None = 100) -> dict:
    """Everything the knowledge base knows of one entity (``name`` may be any alias):
    aliases, identifiers, parent and divisions, deals in both directions with their evidence,
    and the documents it appears in (the most recently added first, at most ``document_limit``:
    read in index order, so that an entity in thousands of documents stays fast)."""
    ref = resolve_entity(db, name)
    row = _rows(db, "SELECT * FROM entities WHERE id = ?", [ref.id])[0]
    parent = db.execute("SELECT name FROM entities WHERE id = ?", [row["parent_id"]]).fetchone()
    children = [r[0] for r in db.execute(
        "SELECT name FROM entities WHERE parent_id = ? ORDER BY name COLLATE NOCASE", [ref.id])]
    aliases = [r[0] for r in db.execute(
        "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias", [ref.id])]
    mentions, document_count = db.execute(
        "SELECT count(*), count(DISTINCT document_id) FROM mentions WHERE entity_id = ?", [ref.id]
    ).fetchone()
    documents = _rows(
        db,
        """SELECT doc.id, doc.title, doc.source, doc.published, m.mentions
           FROM (SELECT document_id, count(*) AS mentions FROM mentions WHERE entity_id = ?
                 GROUP BY document_id ORDER BY document_id DESC LIMIT ?) m
           JOIN documents doc ON doc.id = m.document_id ORDER BY doc.id DESC""",
        [ref.id, -1 if document_limit is None else int(document_limit)],
    )
    profile_deals = [{"direction": direction(deal.type, deal.source_id == ref.id), **deal.to_dict()}
                     for deal in deals_of(db, ref.id)]
    return {
        "id": ref.id,
        "name": ref.name,
        "label": ref.label,
        "aliases": [a for a in aliases if a != ref.name],
        "identifiers": {k: v for k, v in row.items() if k not in _NOT_IDENTIFIERS},
        "parent": parent[0] if parent else None,
        "divisions": children,
        "mentions": mentions,
        "document_count": document_count,
        "documents": documents,
        "deals": profile_deals,
    }


# -- full-text search ------------------------------------------------------------------------

# Ranking runs bm25 over every matching document: for a word in most of 100,000 documents that
# takes a third of a second, and tells little (such a word says nothing of relevance). Past this
# many matches, the latest added documents come first instead.
RANKED_MATCHES = 10_000


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    title: str | None
    path: str | None
    published: str | None
    snippet: str  # the best passage, matches between the markers
    rank: float  # bm25: lower is a better match
    matches: int  # documents matching in all; past RANKED_MATCHES, hits come latest added first

    def to_dict(self) -> dict:
        return plain(self)


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query that every word must match, each word quoted so that
    quotes, ``*``, ``-``, ``:``, ``AND``/``OR``/``NOT`` and parentheses are only text."""
    words = [f'"{word.replace(chr(34), chr(34) * 2)}"' for word in text.split()]
    if not words:
        raise BadQuery("the search text is empty")
    return " ".join(words)


def search(
    db: sqlite_utils.Database,
    text: str,
    limit: int = 20,
    raw: bool = False,
    mark: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Documents matching ``text``, best first (latest added first when more than
    ``RANKED_MATCHES`` match), each with a highlighted snippet. ``raw`` passes
    ``text`` to FTS5 as query syntax (``"exact phrase"``, ``NEAR(a b)``, ``garan*``, ``OR``)."""
    query = text if raw else fts_query(text)
    try:
        matches = db.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?",
                             [query]).fetchone()[0]
        order = "f.rank" if matches <= RANKED_MATCHES else "f.rowid DESC"
        rows = db.execute(
            f"""SELECT f.rowid, doc.title, doc.source, doc.published,
                       snippet(documents_fts, 1, ?, ?, '…', 16), f.rank
                FROM documents_fts f JOIN documents doc ON doc.id = f.rowid
                WHERE documents_fts MATCH ? ORDER BY {order} LIMIT ?""",
            [mark[0], mark[1], query, int(limit)],
        ).fetchall()
    except sqlite3.OperationalError as exc:
        raise BadQuery(f"search {text!r}: {exc}") from exc
    # A snippet is for reading: its line breaks (paragraphs of the document) become spaces.
    return [SearchHit(*row[:4], " ".join(row[4].split()), row[5], matches=matches) for row in rows]
