"""Compatibility for the CLI's `import` command until it calls `workplan.importing` directly; delete then."""

from __future__ import annotations

from collections.abc import Sequence

from .importing import Imported, decode, dump_dataset, slug
from .importing import import_notice as _import_notice
from .model import Document

__all__ = ["Imported", "decode", "dump_dataset", "import_notice", "slug"]


def import_notice(text: str, doc_id: str, known: Sequence[Document] = ()) -> Imported:
    """The old text-in call: the new importer takes bytes (it detects the format itself)."""
    return _import_notice(text.encode("utf-8"), doc_id, doc_id, known)
