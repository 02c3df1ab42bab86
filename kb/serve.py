"""``ingest serve``: Datasette, the standard browser for SQLite, over the knowledge base.

The file is opened read-only (Datasette's ``mode=ro`` connection, or ``immutable=1`` on
request): the browser and its JSON API can read and search, never write. Canned queries answer
the two questions the knowledge base exists for, deals by entity and exposure by entity, with
amounts per currency as in ``kb/exposure.py``.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from ingest.errors import BadQuery, DatabaseError
from kb.queries import ENTITY_SQL

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001

_TARGET = f"target AS ({ENTITY_SQL})"

DEALS_BY_ENTITY = f"""WITH {_TARGET}
SELECT d.id AS deal, d.type, s.name AS source, t.name AS target, d.amount_num AS amount,
       d.currency, d.status,
       (SELECT count(*) FROM deal_sources ds WHERE ds.deal_id = d.id) AS sources,
       (SELECT group_concat('[' || ds.document_id || '] ' || ds.sentence, char(10))
        FROM deal_sources ds WHERE ds.deal_id = d.id) AS evidence
FROM deals d LEFT JOIN entities s ON s.id = d.source_id LEFT JOIN entities t ON t.id = d.target_id
WHERE d.source_id IN (SELECT id FROM target) OR d.target_id IN (SELECT id FROM target)
ORDER BY d.id"""

# Directions as in kb.queries.direction: the source gave, the target received, joint-venture
# partners are partners. Totals per currency, never across currencies.
_SIDES = f"""WITH {_TARGET},
sides AS (
    SELECT d.id, d.type, CASE d.type WHEN 'joint_venture' THEN 'partner' ELSE 'given' END AS direction,
           d.target_id AS counterparty_id, d.amount_num, d.currency
    FROM deals d WHERE d.source_id IN (SELECT id FROM target) AND d.target_id IS NOT d.source_id
    UNION ALL
    SELECT d.id, d.type, CASE d.type WHEN 'joint_venture' THEN 'partner' ELSE 'received' END,
           d.source_id, d.amount_num, d.currency
    FROM deals d WHERE d.target_id IN (SELECT id FROM target) AND d.source_id IS NOT d.target_id
)"""

EXPOSURE_BY_ENTITY = f"""{_SIDES}
SELECT (SELECT name FROM target) AS entity, c.name AS counterparty, s.type, s.direction, s.currency,
       sum(s.amount_num) AS total, count(*) AS deals, count(*) - count(s.amount_num) AS deals_without_amount
FROM sides s LEFT JOIN entities c ON c.id = s.counterparty_id
GROUP BY s.type, s.direction, s.counterparty_id, s.currency
ORDER BY s.type, s.direction, s.currency, total DESC"""

EXPOSURE_TOTALS_BY_ENTITY = f"""{_SIDES}
SELECT (SELECT name FROM target) AS entity, s.type, s.direction, s.currency,
       sum(s.amount_num) AS total, count(*) AS deals, count(DISTINCT s.counterparty_id) AS counterparties
FROM sides s GROUP BY s.type, s.direction, s.currency
ORDER BY s.type, s.direction, s.currency"""


def metadata(path: str | Path) -> dict:
    """Datasette metadata: titles, full-text search on documents, and the canned queries."""
    name = Path(path).stem
    entity = "An entity's name or any alias, case-insensitive (Google, alphabet)."
    return {
        "title": "marketkb knowledge base",
        "description": "Entities, amounts and deals found in market commentary, each with the "
                       "sentence it came from. Read-only. Amounts are in base units (3.2 billion "
                       "= 3200000000) and never added across currencies.",
        "databases": {name: {
            "tables": {
                "documents": {"fts_table": "documents_fts", "fts_pk": "id",
                              "description": "Stored documents; search them with the box above."},
                "deals": {"description": "One row per deal; deal_sources holds the evidence."},
                "migrations": {"hidden": True},
            },
            "queries": {
                "deals_by_entity": {
                    "title": "Deals by entity",
                    "description": "Deals in which the entity is either party, with the evidence "
                                   "sentence of every document reporting them. " + entity,
                    "sql": DEALS_BY_ENTITY,
                },
                "exposure_by_entity": {
                    "title": "Exposure by entity",
                    "description": "Per counterparty, deal type and direction (given, received, "
                                   "partner): the total per currency. " + entity,
                    "sql": EXPOSURE_BY_ENTITY,
                },
                "exposure_totals_by_entity": {
                    "title": "Exposure totals by entity",
                    "description": "Per deal type and direction, over all counterparties: the "
                                   "total per currency. " + entity,
                    "sql": EXPOSURE_TOTALS_BY_ENTITY,
                },
            },
        }},
    }


def serve(path: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          immutable: bool = False) -> None:
    """Run Datasette over ``path`` until interrupted. ``immutable`` opens the file with
    ``immutable=1`` (faster; only for a file nothing writes to while it is served)."""
    from datasette.cli import cli

    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"knowledge base {path} does not exist")
    with tempfile.TemporaryDirectory(prefix="ingest-serve-") as tmp:
        meta = Path(tmp) / "metadata.json"
        meta.write_text(json.dumps(metadata(path)), encoding="utf-8")
        files = ["--immutable", str(path)] if immutable else [str(path)]
        args = ["serve", *files, "--host", host, "--port", str(port), "--metadata", str(meta),
                "--setting", "sql_time_limit_ms", "5000"]
        try:
            cli.main(args, prog_name="datasette", standalone_mode=False)
        except KeyboardInterrupt:
            pass
        except Exception as exc:  # click's usage and startup errors, a port already in use
            message = getattr(exc, "message", None) or str(exc)
            raise BadQuery(f"datasette: {message}") from None
