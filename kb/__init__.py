"""The knowledge base: documents, canonical entities, mentions, amounts and deals in SQLite."""

from kb.knowledge_base import DEFAULT_DB, KnowledgeBase, resolve_db_path

__all__ = ["KnowledgeBase", "DEFAULT_DB", "resolve_db_path"]
