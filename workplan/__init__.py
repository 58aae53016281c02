"""workplan: query the quarterly work plans (工作要点) that Chinese district governments publish.

The library's front door::

    import workplan
    corpus = workplan.load()                       # the shipped dataset, or load("plans/")
    [h.id for h in corpus.by_unit("区商务委")]      # a unit's records, leads first
    corpus.select(workplan.Selection(section="综合经济", kind=workplan.Kind.task))
    corpus.search(workplan.Selection(terms=("旧改",)))
    corpus.record("二(六)").to_json()
    workplan.export_file(corpus, "区商务委台账.xlsx", selection=workplan.Selection(unit="区商务委"))
    workplan.import_ledger(corpus, "区商务委台账-6月.xlsx", as_of=datetime.date(2020, 6, 20))
    workplan.status(corpus, as_of=datetime.date(2020, 6, 25))   # lights, per record and unit
    workplan.export_file(corpus, "通报.docx", bulletin=True, as_of=datetime.date(2020, 7, 1))
    workplan.save_dataset(workplan.import_notice("三季度通知.docx"), "plans/q3.yaml")  # a notice as a dataset

Names are loaded on first use, so `import workplan` costs almost nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .api import (
        Checked,
        Exported,
        LedgerCheck,
        check_ledger,
        completion_rates,
        export_file,
        import_ledger,
        import_notice,
        init,
        is_address,
        json_schema,
        load,
        missing,
        overdue,
        progress_db,
        progress_log,
        progress_reports,
        read_list,
        read_notice_stream,
        report,
        save_dataset,
        shipped_dataset,
        status,
        store_reports,
        validate,
    )
    from .corpus import Corpus, Group, Hit, Selection, Stats, complete
    from .dates import parse_date
    from .errors import DataError, OutputError, UsageError, WorkplanError
    from .export import ExportFormat, export_format
    from .model import Kind, Record, Role, Status
    from .progress.status import Light
    from .vocabulary import Vocabulary

_EXPORTS = {
    "load": "api",
    "init": "api",
    "validate": "api",
    "Checked": "api",
    "Exported": "api",
    "export_file": "api",
    "import_notice": "api",
    "save_dataset": "api",
    "read_list": "api",
    "read_notice_stream": "api",
    "is_address": "api",
    "json_schema": "api",
    "shipped_dataset": "api",
    "import_ledger": "api",
    "report": "api",
    "status": "api",
    "progress_reports": "api",
    "progress_db": "api",
    "progress_log": "api",
    "check_ledger": "api",
    "LedgerCheck": "api",
    "store_reports": "api",
    "overdue": "api",
    "missing": "api",
    "completion_rates": "api",
    "Light": "progress.status",
    "ExportFormat": "export",
    "export_format": "export",
    "Vocabulary": "vocabulary",
    "complete": "corpus",
    "parse_date": "dates",
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
    "ExportFormat",
    "Exported",
    "Group",
    "Hit",
    "Kind",
    "LedgerCheck",
    "Light",
    "OutputError",
    "Record",
    "Role",
    "Selection",
    "Stats",
    "Status",
    "UsageError",
    "Vocabulary",
    "WorkplanError",
    "__version__",
    "check_ledger",
    "complete",
    "completion_rates",
    "export_file",
    "export_format",
    "import_ledger",
    "import_notice",
    "init",
    "is_address",
    "json_schema",
    "load",
    "missing",
    "overdue",
    "parse_date",
    "progress_db",
    "progress_log",
    "progress_reports",
    "read_list",
    "read_notice_stream",
    "report",
    "save_dataset",
    "shipped_dataset",
    "status",
    "store_reports",
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
