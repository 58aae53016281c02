"""Flattening a validated data file into the records queries run on, each with its deadline: the one place
where the model (what a curator writes) meets the deadline rules read from the words."""

from __future__ import annotations

from dataclasses import asdict, replace

from .deadlines import compute, curated
from .model import DatasetFile, Deadline, Document, Kind, Meta, Project, Record, Section, Task


def task_record(meta: Meta, section: Section, task: Task) -> Record:
    r = task.responsibility
    return Record(
        document=meta.id,
        kind=Kind.task,
        id=task.id,
        section_number=section.number,
        section=section.title,
        title=task.title,
        text=task.text,
        responsibility=r.raw,
        lead_units=tuple(r.lead),
        support_units=tuple(r.support),
        responsible_units=tuple(r.undetermined),
        lead_by_division=r.lead_by_division,
        lead_leaders=tuple(r.leaders),  # 责任领导 / 分管领导 of an item: reachable like a project's
        support_leaders=tuple(r.support_leaders),
        deadline=deadline_of(task, meta),
    )


def project_record(meta: Meta, p: Project) -> Record:
    return Record(
        document=meta.id,
        kind=Kind.project,
        id=p.id,
        section_number=None,
        section=None,
        title=p.title,
        text=p.text,
        responsibility="",
        lead_units=tuple(p.lead_departments),
        support_units=tuple(p.support_departments),
        lead_leaders=tuple(p.lead_leaders),
        support_leaders=tuple(p.support_leaders),
        deadline=deadline_of(p, meta),
    )


def deadline_of(item: Task | Project, meta: Meta) -> Deadline | None:
    """Read from the item's words, then the curator's overrides (deadlines.py has the rule)."""
    milestones = None if item.milestones is None else [asdict(m) for m in item.milestones]
    found = curated(compute(item.title, item.text, meta.year, meta.quarter), item.deadline, milestones)
    if found is not None and found.source == "curated" and isinstance(item, Task) and item.deadline_phrase:
        return replace(found, source="explicit")  # the notice's own 完成时限 cell or line: written, not set
    return found


def build_document(data: DatasetFile, path: str) -> Document:
    """Flatten a validated file into the runtime document; sections keep only their headings."""
    records = [task_record(data.meta, s, t) for s in data.sections for t in s.tasks]
    records += [project_record(data.meta, p) for p in data.projects]
    heads = [Section(number=s.number, numeral=s.numeral, title=s.title, tasks=[]) for s in data.sections]
    return Document(data.meta, heads, records, data.units, data.leaders, data.corrections, path)
