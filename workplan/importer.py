"""Parse the plain text of a 工作要点 notice into the dataset schema.

Notices share a shape: numbered sections, numbered items that open with a title sentence and end with a
(责任单位:…) clause, and often a block of special projects with 牵头领导 / 配合领导 / 牵头部门 lines.
The parser follows that outline by depth, whatever numbering style each level uses, and never changes
the text: anything that looks damaged is reported as a warning with its line number for a curator.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from .errors import DataError
from .ids import chinese_number
from .model import Document, Unit, split_sentences

CN = "零一二三四五六七八九十"
SECTION = re.compile(rf"^([{CN}]+)、(.{{1,24}})$")
MARKERS = (
    ("paren-cn", re.compile(rf"^[(（]([{CN}]+)[)）]\s*(.*)$")),
    ("dot-num", re.compile(r"^([0-9]{1,2})[.．、]\s*(.*)$")),
    ("paren-num", re.compile(r"^[(（]([0-9]{1,2})[)）]\s*(.*)$")),
    ("cn-comma", re.compile(rf"^([{CN}]+)、(.*)$")),
)
CLAUSE = re.compile(
    r"[(（]\s*(?:责任单位|责任部门|牵头单位)\s*[:：]\s*(?P<raw>[^()（）]*?)\s*[)）]\s*[。.]?$"
)
PROJECT_KEYS = {
    "牵头领导": "lead_leaders",
    "配合领导": "support_leaders",
    "牵头部门": "lead_departments",
    "配合部门": "support_departments",
}
PROJECT_KEY = re.compile(r"(牵头领导|配合领导|牵头部门|配合部门)\s*[:：]\s*([^;；]*)")
PROJECTS_HEADING = re.compile(r"(攻坚|重点).*(方案|项目|清单)$")
NAME_SEPARATORS = re.compile(r"[、,，]")
DATE_CN = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
DATE_RUN = re.compile(r"^(20\d{2})(\d{2,4})$")
TITLE_PERIOD = re.compile(r"(\d{4})年(?:第([一二三四1-4])季度|度)?")
DAMAGE = (  # checked in order; a span already reported is not reported again
    (re.compile(r"(?:19|20)\d{2}(?:19|20)\d{2}"), "two years run together: a range dash lost?"),
    (re.compile(r"(?<![\d年-])20\d{5,6}(?!\d)"), "digits that look like a date with 年/月/日 lost"),
    (re.compile(r"(?<![\d月])(?:3[2-9]|[4-9]\d|[1-9]\d\d)日"), "a day number over 31: 月 lost?"),
    (re.compile(r"[(（]\s*[)）]"), "empty brackets: characters lost?"),
)
LEAD_SUFFIXES = ("按分工牵头", "按分工负责", "牵头", "负责")
SUPPORT_SUFFIXES = ("配合", "协同", "参与")
COLLECTIVES = ("各街道", "各镇", "各街镇", "相关成员单位", "各相关单位", "相关单位", "各成员单位")


@dataclass
class Finding:
    """Something a curator should look at, by line number of the notice."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class Imported:
    data: dict[str, Any]
    warnings: list[Finding] = field(default_factory=list)


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030, the encodings government files come in."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as e:
        raise DataError(f"neither UTF-8 nor GB18030 (bad byte at offset {e.start})") from None


def slug(name: str) -> str:
    """A document id from a file name: yangpu_2020q3.txt → yangpu-2020q3."""
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", name.replace("\\", "/").rsplit("/", 1)[-1])
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]+", "-", stem.lower()).strip("-") or "imported"


def clean(line: str) -> str:
    return line.replace("\u00a0", " ").replace("\u3000", " ").strip()


def split_names(text: str) -> list[str]:
    return [n.strip() for n in NAME_SEPARATORS.split(text) if n.strip()]


def parse_responsibility(raw: str) -> dict[str, Any]:
    """X牵头,Y配合 / X、Y按分工牵头 / X、Y按分工负责 / a bare list (first leads, marked inferred)."""
    lead: list[str] = []
    support: list[str] = []
    bare: list[str] = []
    by_division = False
    for clause in re.split(r"[,，;；]", raw):
        clause = clause.strip()
        if not clause:
            continue
        if suffix := next((s for s in LEAD_SUFFIXES if clause.endswith(s)), None):
            lead += split_names(clause[: -len(suffix)])
            by_division = by_division or suffix.startswith("按分工")
        elif suffix := next((s for s in SUPPORT_SUFFIXES if clause.endswith(s)), None):
            support += split_names(clause[: -len(suffix)])
        else:
            bare += split_names(clause)
    inferred = False
    if lead:
        lead = bare + lead
    elif len(bare) == 1:
        lead = bare
    elif bare:
        lead, support, inferred = bare[:1], bare[1:] + support, True
    return {
        "raw": raw,
        "lead": lead,
        "support": support,
        "lead_by_division": by_division,
        "lead_inferred": inferred,
    }


def marker(line: str) -> tuple[str, int, str] | None:
    for style, pattern in MARKERS:
        if m := pattern.match(line):
            n = chinese_number(m.group(1))
            if n:
                return style, n, m.group(2)
    return None


def parse_date(text: str) -> str | None:
    for pattern in (DATE_CN, DATE_ISO):
        if m := pattern.search(text):
            try:
                return datetime.date(*map(int, m.groups())).isoformat()
            except ValueError:
                return None
    return None


def damaged_date(text: str) -> str | None:
    """2020420 → 2020-04-20 when exactly one reading of the lost 年月日 is a real date."""
    m = DATE_RUN.match(text)
    if not m:
        return None
    year, rest = int(m.group(1)), m.group(2)
    readings = set()
    for cut in range(1, len(rest)):
        try:
            readings.add(datetime.date(year, int(rest[:cut]), int(rest[cut:])).isoformat())
        except ValueError:
            continue
    return readings.pop() if len(readings) == 1 else None


class _Parser:
    def __init__(self, text: str, short_forms: dict[str, str]) -> None:
        self.lines = [(i + 1, clean(line)) for i, line in enumerate(text.splitlines())]
        self.warnings: list[Finding] = []
        self.short_forms = short_forms

    def recognise(self, names: list[str], line: int) -> list[str]:
        """Known short forms (人社局) are recorded under their registered name; the raw text keeps them."""
        out = []
        for name in names:
            if name in self.short_forms:
                self.warn(line, f"{name} recorded as {self.short_forms[name]} (a registered short form)")
                name = self.short_forms[name]
            out.append(name)
        return out

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(Finding(line, message))

    def scan_damage(self) -> None:
        for number, line in self.lines:
            reported: set[int] = set()
            for pattern, message in DAMAGE:
                for m in pattern.finditer(line):
                    if reported.isdisjoint(range(*m.span())):
                        reported.update(range(*m.span()))
                        self.warn(number, f"{m.group()!r}: {message}")

    def parse(self) -> dict[str, Any]:
        self.scan_damage()
        content = [(n, line) for n, line in self.lines if line]
        if not content:
            raise DataError("the notice is empty")
        first_section = next((i for i, (_, line) in enumerate(content) if SECTION.match(line)), None)
        if first_section is None:
            raise DataError("no numbered sections (一、…) found: is this a work-plan notice?")
        projects_at = next(
            (
                i
                for i, (_, line) in enumerate(content)
                if i > first_section and PROJECTS_HEADING.search(line) and not marker(line)
            ),
            len(content),
        )
        meta = self.parse_head(content[:first_section])
        sections = self.parse_sections(content[first_section:projects_at])
        projects = self.parse_projects(content[projects_at + 1 :]) if projects_at < len(content) else []
        if projects:
            meta["projects_title"] = content[projects_at][1]
        return {"meta": meta, "sections": sections, "projects": projects}

    def parse_head(self, head: list[tuple[int, str]]) -> dict[str, Any]:
        title_line = head[0][1] if head else ""
        published = parse_date(title_line)
        notice_title = DATE_ISO.sub("", title_line).strip()
        signed = None
        issuer = ""
        plan_at = next(
            (
                i
                for i, (_, line) in enumerate(head)
                if i > 0 and "工作要点" in line and len(line) <= 40 and "《" not in line
            ),
            None,
        )
        for i, (number, line) in enumerate(head[1:plan_at], start=1):
            date = parse_date(line) if len(line) <= 16 else None
            if date is None and (guess := damaged_date(line)):
                date = guess
                self.warn(number, f"signing date {line!r} read as {guess}: check it")
            if date:
                signed = date
                issuer = head[i - 1][1] if i > 1 else ""
        plan_title = ""
        preamble = ""
        if plan_at is not None:
            before = head[plan_at - 1][1]
            # the title often spans two lines: the government's name, then "2020年第二季度工作要点"
            joined = (
                len(before) <= 20 and before != issuer and not parse_date(before) and not damaged_date(before)
            )
            plan_title = "".join(line for _, line in head[plan_at - 1 if joined else plan_at : plan_at + 1])
            preamble = "".join(line for _, line in head[plan_at + 1 :])
        signed = signed or published
        if signed is None:
            raise DataError(
                "no date in the heading or the signature (e.g. 2020年4月20日): add it to the text"
            )
        period = TITLE_PERIOD.search(plan_title or notice_title)
        year = int(period.group(1)) if period else int(signed[:4])
        quarter = chinese_number(period.group(2)) if period and period.group(2) else None
        region = m.group(1) if (m := re.match(r"^(.*?(?:区|县|市))人民政府", issuer or plan_title)) else ""
        return {
            "id": "",
            "notice_title": notice_title,
            "plan_title": plan_title or notice_title,
            "issuer": issuer,
            "signed": signed,
            "published": published or signed,
            "region": region,
            "year": year,
            "quarter": quarter,
            "projects_title": "",
            "preamble": preamble,
            "source": "",
        }

    def parse_sections(self, body: list[tuple[int, str]]) -> list[dict[str, Any]]:
        sections: list[dict[str, Any]] = []
        item_style: str | None = None
        current: dict[str, Any] | None = None
        parts: list[tuple[int, str, int]] = []  # (line, text, item number) of the open item

        def close() -> None:
            if current is not None and parts:
                current["tasks"].append(self.parse_item(current["number"], parts))
            parts.clear()

        for number, line in body:
            if (m := SECTION.match(line)) and "。" not in line:
                close()
                n = chinese_number(m.group(1)) or len(sections) + 1
                current = {"number": n, "numeral": m.group(1), "title": m.group(2).strip(), "tasks": []}
                sections.append(current)
                item_style = None
                continue
            found = marker(line)
            if found and (item_style is None or found[0] == item_style):
                close()
                item_style = found[0]
                parts.append((number, found[2], found[1]))
            elif parts:
                parts.append((number, line, parts[0][2]))
            else:
                self.warn(number, "text outside any item: kept out of the dataset")
        close()
        for s in sections:
            if not s["tasks"]:
                self.warn(body[0][0], f"section {s['numeral']}、{s['title']} has no items")
        return sections

    def parse_item(self, section: int, parts: list[tuple[int, str, int]]) -> dict[str, Any]:
        line_no, _, n = parts[0]
        body = "".join(text for _, text, _ in parts)
        m = CLAUSE.search(body)
        if m:
            responsibility = parse_responsibility(m.group("raw"))
            for key in ("lead", "support"):
                responsibility[key] = self.recognise(responsibility[key], line_no)
            body = body[: m.start()]
            if responsibility["lead_inferred"]:
                self.warn(
                    line_no, f"{section}.{n}: no 牵头 written; {responsibility['lead'][0]} taken as lead"
                )
        else:
            responsibility = {
                "raw": "",
                "lead": [],
                "support": [],
                "lead_by_division": False,
                "lead_inferred": False,
            }
            self.warn(line_no, f"{section}.{n}: no responsibility clause (责任单位); kept with none")
        title, stop, text = body.partition("。")
        if not stop:
            title, text = body, ""
        return {
            "id": f"{section}.{n}",
            "title": title.strip(),
            "text": text,
            "sentences": split_sentences(text),
            "responsibility": responsibility,
        }

    def parse_projects(self, body: list[tuple[int, str]]) -> list[dict[str, Any]]:
        projects: list[dict[str, Any]] = []
        style: str | None = None
        for number, line in body:
            found = marker(line)
            if found and (style is None or found[0] == style) and not PROJECT_KEY.search(line):
                style = found[0]
                projects.append(
                    {
                        "id": f"G{found[1]}",
                        "title": found[2].strip(),
                        "text": "",
                        "sentences": [],
                        "lead_leaders": [],
                        "support_leaders": [],
                        "lead_departments": [],
                        "support_departments": [],
                        "line": number,
                    }
                )
            elif not projects:
                self.warn(number, "text before the first project: kept out of the dataset")
            elif keys := PROJECT_KEY.findall(line):
                for key, names in keys:
                    projects[-1][PROJECT_KEYS[key]] += self.recognise(split_names(names), number)
            else:
                projects[-1]["text"] += line
        for p in projects:
            p["sentences"] = split_sentences(p["text"])
            if not p["lead_departments"] and not p["lead_leaders"]:
                self.warn(p["line"], f"{p['id']}: no 牵头领导 or 牵头部门 found")
            del p["line"]
        return projects


def import_notice(text: str, doc_id: str, known: Sequence[Document] = ()) -> Imported:
    """Parse a notice. Units of `known` documents are recognised by name and short form; their full
    names and members are copied only from documents of the same region (区商务委 differs by district)."""
    short_forms = {a: u.name for d in known for u in d.units for a in u.aliases}
    parser = _Parser(text, short_forms)
    parsed = parser.parse()
    parsed["meta"]["id"] = doc_id
    region = parsed["meta"]["region"]
    local = {u.name: u for d in known if d.meta.region == region for u in d.units}
    generic = {u.name: u for d in known for u in d.units}
    leaders: dict[str, dict[str, Any]] = {}
    for p in parsed["projects"]:
        for role in ("lead", "support"):
            for name in p[f"{role}_leaders"]:
                entry = leaders.setdefault(name, {"name": name, "lead": [], "support": []})
                entry[role].append(p["id"])
    data = {
        "schema_version": 1,
        "meta": parsed["meta"],
        "sections": parsed["sections"],
        "projects": parsed["projects"],
        "units": register_units(parsed, local, generic),
        "leaders": list(leaders.values()),
        "corrections": [],
    }
    return Imported(data, sorted(parser.warnings, key=lambda w: w.line))


def guess_kind(name: str) -> str:
    if name in COLLECTIVES or name.startswith("各"):
        return "collective"
    if name.endswith(("街道", "镇")):
        return "subdistrict"
    if name.endswith(("公司", "集团")):
        return "company"
    if name.endswith(("办", "组", "办公室", "小组")):
        return "office"
    return "department"


def register_units(
    parsed: dict[str, Any], local: dict[str, Unit], generic: dict[str, Unit]
) -> list[dict[str, Any]]:
    """Every unit named, in order of first mention, described from what is known about it."""
    names = [
        n
        for s in parsed["sections"]
        for t in s["tasks"]
        for n in t["responsibility"]["lead"] + t["responsibility"]["support"]
    ]
    names += [n for p in parsed["projects"] for n in p["lead_departments"] + p["support_departments"]]
    entries: dict[str, dict[str, Any]] = {}
    for name in names:
        if name not in entries:
            entries[name] = unit_entry(name, local.get(name), generic.get(name))
            for member in entries[name].get("members", []):
                entries.setdefault(member, unit_entry(member, local.get(member), generic.get(member)))
    return list(entries.values())


def unit_entry(name: str, local: Unit | None, generic: Unit | None) -> dict[str, Any]:
    known = local or generic
    if known is None:
        return {"name": name, "kind": guess_kind(name)}
    entry: dict[str, Any] = {"name": name, "kind": known.kind}
    if local and local.full_name:
        entry |= {"full_name": local.full_name, "full_name_source": local.full_name_source}
    if known.aliases:
        entry["aliases"] = list(known.aliases)
    if local and local.members:
        entry["members"] = list(local.members)
    if local and local.note:
        entry["note"] = local.note
    return entry


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # Quote what YAML 1.1 readers would turn into dates, numbers or booleans.
    risky = re.fullmatch(r"[-+.:0-9 ]*|yes|no|on|off|true|false|null|~|y|n", value, re.I)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if risky else None)


_Dumper.add_representer(str, _represent_str)


def dump_dataset(data: dict[str, Any], source: str) -> str:
    header = f"# Imported by workplan from {source}. Review the warnings, then: workplan validate THIS_FILE\n"
    body = yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9, default_flow_style=None
    )
    return header + body
