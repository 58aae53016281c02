"""workplan: query the quarterly work plans (工作要点) that Chinese district governments publish.

The library's front door::

    import workplan
    corpus = workplan.load()                       # the shipped dataset, or load("plans/")
    [h.id for h in corpus.by_unit("区商务委")]      # a unit's records, leads first
    corpus.select(workplan.Selection(section="综合经济", kind=workplan.Kind.task))
    corpus.search(workplan.Selection(terms=("旧改",)))
    corpus.record("二(六)").to_json()

Names are loaded on first use, so `import workplan` costs almost nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .api import Checked, init, load, validate
    from .corpus import Corpus, Group, Hit, Selection, Stats
    from .errors import DataError, OutputError, UsageError, WorkplanError
    from .model import Kind, Record, Role, Status

_EXPORTS = {
    "load": "api",
    "init": "api",
    "validate": "api",
    "Checked": "api",
    "Corpus": "corpus",
    "Selection": "corpus",
    "Hit": "corpus",
    "Group": "corpus",
    "Stats": "corpus",
    "Record": "model",
    "Kind": "model",
    "Role": "model",
    "Status": "model",
    "WorkplanError": "errors",
    "UsageError": "errors",
    "DataError": "errors",
    "OutputError": "errors",
}

__all__ = [
    "Checked",
    "Corpus",
    "DataError",
    "Group",
    "Hit",
    "Kind",
    "OutputError",
    "Record",
    "Role",
    "Selection",
    "Stats",
    "Status",
    "UsageError",
    "WorkplanError",
    "__version__",
    "init",
    "load",
    "validate",
]


def __getattr__(name: str) -> Any:
    """Load a public name's module on first use (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'workplan' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
