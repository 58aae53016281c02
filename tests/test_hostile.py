"""Issue 18's closing check, run as an attacker would: a hostile dataset and a hostile notice through every
command of the installed `workplan`, in real processes with a pipe for stdout (no terminal) and again with
FORCE_COLOR. Nothing a person sees may carry a raw control byte, every exit code is a documented one, and
no temporary file is left behind.

The hostile values are generated, not copied from output: every text field of the shipped dataset gets a
different entry of HOSTILE (so each class reaches each kind of field), names get the entries that are
legal in names, one text is huge, and the notice carries the same values plus the importer's old regex
cliffs. The names passed on the command line are the hostile names themselves, so echoes, did-you-mean
lists and ambiguity lists are exercised too.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import cycle
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workplan import limits
from workplan.cli.entry import OUT_OF_MEMORY
from workplan.cli.state import State
from workplan.cli.testing import invoke
from workplan.loader import shipped_data
from workplan.model import split_sentences
from workplan.validation import SEPARATORS, validate_file

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "workplan"
EXE = str(BIN) if BIN.exists() else shutil.which("workplan") or "workplan"
DOCUMENTED_EXITS = {0, 1, 2, 3, 4, 130}

HOSTILE = [
    "\x1b]0;pwned\x07",  # OSC: retitle the window
    "\x1b]8;;file:///etc/passwd\x1b\\link\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\x1b[2J\x1b[H",  # CSI: clear the screen
    "\x1b[31m",  # CSI: a colour the data chose
    "\x9b31m",  # C1 CSI
    "\x9d0;x\x9c",  # C1 OSC ... ST
    "\u202e",  # right-to-left override
    "\u202a\u202b\u202c\u202d",
    "\u2066\u2067\u2068\u2069",  # bidi isolates
    "\x00",
    "\x08\x08\x08",  # backspaces over the text before
    "\x0b\x0c",
    "\r",  # carriage return: overwrite the line
    "\x7f",
    "\x85",  # C1 next line
    "\x07",
    "[bold red]x[/]",  # rich markup
    "[link=file:///etc/passwd]x[/link]",
    "%s%n{0}",  # format strings
    "=cmd|' /C calc'!A0",  # CSV injection
    "\t",
    "e\u0301\u200d👨‍👩‍👧𠀀",  # combining, ZWJ, astral
    "\ufeff\ufffd\uffff",
]
NAME_SAFE = [h for h in HOSTILE if not SEPARATORS.search(h)]
HUGE = (
    "长" * (limits.MAX_SCALAR - 5_000) + "\x1b[2J" + "。" + "\u202e" * 1_000 + "。"
)  # the longest value allowed

# Raw on stdout for people, or on stderr ever: C0 except \t \n, DEL, C1, the bidi overrides and isolates.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile("\x1b\\[[0-9;]*m")


# --- the hostile inputs ---------------------------------------------------------------------------


def taint(text: str, source: Iterator[str]) -> str:
    """The text with the next hostile value inside it (after two characters, so the value is neither a
    prefix nor a suffix that a strip would remove)."""
    return text[:2] + next(source) + text[2:]


def hostile_dataset(path: Path) -> Path:
    """The shipped dataset with a hostile value in every text field and every name, still valid."""
    data: dict[str, Any] = yaml.safe_load(shipped_data().read_text(encoding="utf-8"))
    texts, names = cycle(HOSTILE), cycle(NAME_SAFE)
    meta = data["meta"]
    for key in ("notice_title", "plan_title", "issuer", "region", "projects_title", "preamble"):
        meta[key] = taint(meta[key], texts)
    units = {u["name"]: taint(u["name"], names) for u in data["units"]}
    leaders = {p["name"]: taint(p["name"], names) for p in data["leaders"]}

    def renamed(values: list[str], table: dict[str, str]) -> list[str]:
        return [table.get(v, v) for v in values]

    records = [t for s in data["sections"] for t in s["tasks"]] + data["projects"]
    for section in data["sections"]:
        section["title"] = taint(section["title"], texts)
    for record in records:
        record["title"] = taint(record["title"], texts)
        record["text"] = taint(record["text"], texts)
    records[-1]["text"] += HUGE
    for record in records:
        record["sentences"] = split_sentences(record["text"])
    for task in (t for s in data["sections"] for t in s["tasks"]):
        duty = task["responsibility"]
        duty["raw"] = taint(duty["raw"], texts)
        duty["lead"], duty["support"] = renamed(duty["lead"], units), renamed(duty["support"], units)
    for project in data["projects"]:
        project["lead_departments"] = renamed(project["lead_departments"], units)
        project["lead_leaders"] = renamed(project["lead_leaders"], leaders)
        project["support_leaders"] = renamed(project["support_leaders"], leaders)
    for unit in data["units"]:
        unit["name"] = units[unit["name"]]
        for key in ("full_name", "note"):
            if key in unit:
                unit[key] = taint(unit[key], texts)
        unit["aliases"] = [taint(a, names) for a in unit.get("aliases", [])]
        if "members" in unit:
            unit["members"] = renamed(unit["members"], units)
    for leader in data["leaders"]:
        leader["name"] = leaders[leader["name"]]
    for correction in data["corrections"]:
        correction["evidence"] = taint(correction["evidence"], texts)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    validate_file(path)  # the premise: all of this passes validation
    return path


def hostile_notice(path: Path) -> Path:
    """The shipped notice with hostile values in its title, headings, items and clauses, plus the
    importer's old cliffs: a clause opened and followed by thousands of spaces, a long line, form feeds."""
    source = (ROOT / "data" / "source" / "yangpu_2020q2_notice.txt").read_text(encoding="utf-8")
    # not inside lines: a NUL makes the file binary (refused), the others break lines (one is added below)
    texts = cycle([h for h in HOSTILE if h not in ("\x00", "\r", "\x85", "\x0b\x0c")])
    lines = [taint(line, texts) if len(line) > 4 else line for line in source.splitlines()]
    lines[30:30] = ["(二十)" + "\x1b[2J" * 3 + "。(责任单位:" + " " * 3_200 + "\u3000" * 3_200]
    lines[40:40] = ["一、" + "标" * 90_000, "\x0c", "(一)" + "\u202e" * 50]  # under the value bound
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def hostile_ledger(path: Path, record: str, unit: str) -> Path:
    """A returned 台账 whose every cell is hostile, one good row and one bad."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(["编号", "本单位", "进展状态", "完成情况", "完成进度", "填报日期"])
        out.writerow([record, unit, "推进中", "完成\x1b]0;pwned\x07情况\u202e", "50", "2020-06-20"])
        out.writerow(["9.9\x1b[2J", "区\x9b31m委", "\x1b[31m乱", "=1+1", "x\x07", "2020-13-45"])
    return path


# --- running ---------------------------------------------------------------------------------------


@dataclass
class World:
    root: Path
    data: Path
    plan: Path
    notice: Path
    ledger: Path
    out: Path
    unit: str
    leader: str
    env: dict[str, str]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("hostile")
    data = root / "data"
    data.mkdir()
    plan = hostile_dataset(data / "hostile.yaml")
    shutil.copy(ROOT / "tests" / "fixtures" / "yangpu_2020q3.yaml", data / "q3.yaml")
    parsed = yaml.safe_load(plan.read_text(encoding="utf-8"))
    unit = parsed["sections"][1]["tasks"][5]["responsibility"]["lead"][0]  # 2.6's lead
    out = root / "out"
    out.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WORKPLAN_", "FORCE_COLOR", "NO_COLOR"))}
    env |= {
        "WORKPLAN_CACHE_DIR": str(root / "cache"),
        "WORKPLAN_DB": str(root / "progress.db"),
        "XDG_DATA_HOME": str(root / "xdg"),
        "COLUMNS": "100",
    }
    return World(
        root=root,
        data=data,
        plan=plan,
        notice=hostile_notice(root / "notice.txt"),
        ledger=hostile_ledger(root / "ledger.csv", "2.6", unit),
        out=out,
        unit=unit,
        leader=parsed["leaders"][2]["name"],
        env=env,
    )


def commands(w: World) -> list[tuple[str, list[str], bool]]:
    """(label, arguments, human) for every command; human: stdout is for people (table, markdown,
    messages), so it must be free of raw controls too."""
    plan, folder, o = str(w.plan), str(w.data), w.out
    one = ["--data", plan]
    near_miss = w.unit[:-1] + "\x1b[2J"  # did-you-mean must echo it escaped
    return [
        ("overview", one, True),
        ("help", ["--help"], True),
        ("list", [*one, "list"], True),
        ("list md", [*one, "list", "--format", "markdown"], True),
        ("list json", [*one, "list", "--json"], False),
        ("list csv", [*one, "list", "--format", "csv"], False),
        ("list unit", [*one, "list", "--unit", w.unit, "--sort", "deadline"], True),
        ("show", [*one, "show", "2.6"], True),
        ("show huge", [*one, "show", "G9"], True),
        ("show md", [*one, "show", "G9", "--format", "markdown"], True),
        ("show tsv", [*one, "show", "G9", "--format", "tsv"], False),
        ("show ambiguous", ["--data", folder, "show", "2.6"], True),
        ("search", [*one, "search", "长长长长长长长"], True),
        ("search hostile", [*one, "search", "\x1b]0;pwned\x07"], True),
        ("by-unit", [*one, "by-unit", w.unit], True),
        ("by-unit all", [*one, "by-unit"], True),
        ("by-unit near miss", [*one, "by-unit", near_miss], True),
        ("by-unit prefix", [*one, "by-unit", "区"], True),
        ("by-leader", [*one, "by-leader", w.leader], True),
        ("by-leader near miss", [*one, "by-leader", w.leader + "\u202e"], True),
        ("units", [*one, "units"], True),
        ("leaders", [*one, "leaders"], True),
        ("stats", [*one, "stats"], True),
        ("stats doc", ["--data", folder, "stats", "--by", "doc"], True),
        ("docs", ["--data", folder, "docs"], True),
        ("diff", ["--data", folder, "diff", "yangpu-2020q2", "yangpu-2020q3"], True),
        (
            "diff md",
            ["--data", folder, "diff", "yangpu-2020q2", "yangpu-2020q3", "--format", "markdown"],
            True,
        ),
        ("validate", ["validate", plan], True),
        ("validate folder", ["validate", folder], True),
        ("export csv", [*one, "export", str(o / "t.csv"), "--force"], True),
        ("export md", [*one, "export", str(o / "t.md"), "--force"], True),
        ("export json", [*one, "export", str(o / "t.json"), "--force"], True),
        ("export unit", [*one, "export", str(o / "u.xlsx"), "--unit", w.unit, "--force"], True),
        ("export exists", [*one, "export", str(o / "t.md")], True),
        ("export stdout", [*one, "export", "-", "--format", "csv"], False),
        ("export stdout md", [*one, "export", "-", "--format", "markdown"], False),
        (
            "progress set",
            [
                *one,
                "progress",
                "set",
                "2.6",
                "--unit",
                w.unit,
                "--status",
                "推进中",
                "--note",
                "进展\x1b]0;pwned\x07\u202e",
                "--date",
                "2020-06-10",
            ],
            True,
        ),
        ("progress import", [*one, "progress", "import", str(w.ledger), "--skip-bad"], True),
        ("progress import strict", [*one, "progress", "import", str(w.ledger)], True),
        ("progress log", [*one, "progress", "log", "2.6"], True),
        ("status", [*one, "status", "--as-of", "2020-07-01"], True),
        ("overdue", [*one, "overdue", "--as-of", "2020-07-01"], True),
        ("stats progress", [*one, "stats", "--progress", "--as-of", "2020-07-01"], True),
        (
            "bulletin md",
            [*one, "export", str(o / "b.md"), "--bulletin", "--as-of", "2020-07-01", "--force"],
            True,
        ),
        (
            "bulletin json",
            [*one, "export", str(o / "b.json"), "--bulletin", "--as-of", "2020-07-01", "--force"],
            True,
        ),
        ("import", ["import", str(w.notice), "--id", "hostile-q2"], False),
        (
            "import file",
            ["import", str(w.notice), "--id", "hostile-q2", "-o", str(o / "i.yaml"), "--force"],
            True,
        ),
        ("import strict", ["import", str(w.notice), "--strict", "-o", str(o / "s.yaml")], True),
        ("init", ["init", str(o / "plans"), "--force"], True),
        ("schema", ["schema"], False),
    ]


def check(label: str, result: subprocess.CompletedProcess[bytes], human: bool, colour: bool) -> list[str]:
    """What is wrong with one run, as lines for the failure message."""
    problems = []
    if result.returncode not in DOCUMENTED_EXITS:
        problems.append(f"{label}: exit {result.returncode}: {result.stderr[-300:]!r}")
    streams = [("stderr", result.stderr.decode("utf-8", "replace"))]
    if human:
        stdout = result.stdout.decode("utf-8", "replace")
        streams.append(("stdout", SGR.sub("", stdout) if colour else stdout))
    for name, text in streams:
        found = RAW_CONTROL.search(text)
        if found:
            at = found.start()
            problems.append(f"{label}: raw {found.group()!r} on {name}: {text[max(0, at - 60) : at + 20]!r}")
    if "Traceback" in result.stderr.decode("utf-8", "replace"):
        problems.append(f"{label}: traceback")
    return problems


@pytest.mark.slow
@pytest.mark.parametrize("colour", [False, True], ids=["pipe", "force-color"])
def test_every_command_survives_a_hostile_dataset_and_notice(world: World, colour: bool) -> None:
    env = {**world.env, **({"FORCE_COLOR": "1"} if colour else {})}
    env["WORKPLAN_DB"] = str(world.root / f"progress-{colour}.db")  # each pass reports afresh: set adds one
    problems: list[str] = []
    codes: dict[str, int] = {}
    stdout: dict[str, str] = {}
    for label, args, human in commands(world):
        result = subprocess.run(
            [EXE, *args], stdin=subprocess.DEVNULL, capture_output=True, env=env, cwd=world.root, timeout=120
        )
        codes[label], stdout[label] = result.returncode, result.stdout.decode("utf-8", "replace")
        problems += check(label, result, human, colour)
    leftovers = [p.name for p in world.root.rglob("*") if ".tmp" in p.name or p.name.startswith(".tmp")]
    assert not problems, "\n".join(problems)
    assert not leftovers, leftovers
    # The run did real work: the hostile data was queried and written, not refused wholesale, and what
    # people read carries the escapes (the data is shown, not dropped).
    assert all("\\u001b" in stdout[label] for label in ("overview", "list", "units", "show huge")), stdout[
        "overview"
    ]
    assert codes["list"] == codes["show huge"] == codes["by-unit"] == codes["validate"] == 0, codes
    assert codes["export unit"] == codes["progress set"] == codes["import"] == 0, codes
    assert (world.out / "u.xlsx").stat().st_size > 0


# --- the same rule, fuzzed in-process: any hostile name or title, every output a person reads ----------

DANGEROUS = (
    "\x00\x07\x08\x0b\x0c\r\x1b\x7f\x85\x9b\x9c\x9d\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
fuzz_text = st.text(
    alphabet=st.sampled_from(list(DANGEROUS + "[]]0;m2J/=+@%{}\\区商务委旧改aZ\t")), min_size=1, max_size=24
)


def with_hostile_unit_and_title(path: Path, name: str, title: str) -> Path:
    """The shipped dataset with 区商务委 renamed to `name` everywhere and 2.6 titled `title`."""
    data: dict[str, Any] = yaml.safe_load(shipped_data().read_text(encoding="utf-8"))
    for record in [t for s in data["sections"] for t in s["tasks"]]:
        duty = record["responsibility"]
        duty["lead"] = [name if u == "区商务委" else u for u in duty["lead"]]
        duty["support"] = [name if u == "区商务委" else u for u in duty["support"]]
        if record["id"] == "2.6":
            record["title"] = title
    for project in data["projects"]:
        project["lead_departments"] = [name if u == "区商务委" else u for u in project["lead_departments"]]
    for unit in data["units"]:
        if unit["name"] == "区商务委":
            unit["name"], unit["aliases"] = name, []
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=fuzz_text, title=fuzz_text)
def test_fuzzed_names_and_titles_never_reach_a_terminal_raw(tmp_path: Path, name: str, title: str) -> None:
    """A unit name and a title drawn from control, bidi and markup characters: on a terminal (tty=True,
    so colour and escaping both apply) stdout and stderr carry none of them raw, whatever the command."""
    unit = "区" + SEPARATORS.sub("", name).strip() + "委"
    plan = with_hostile_unit_and_title(tmp_path / "plan.yaml", unit, "消费" + title)
    assert validate_file(plan).meta.id == "yangpu-2020q2"  # the premise: validate passes it
    runs = [
        [],
        ["show", "2.6"],
        ["list", "--unit", unit],
        ["by-unit", unit],
        ["by-unit", unit + "\x1b[2J"],  # a near miss: did-you-mean echoes the hostile name
        ["search", title],
        ["units", "--format", "markdown"],
    ]
    for args in runs:
        result = invoke("--data", str(plan), *args, tty=True, width=100)
        assert result.exit_code in DOCUMENTED_EXITS, (args, result.stderr)
        for stream in (SGR.sub("", result.stdout), result.stderr):
            found = RAW_CONTROL.search(stream)
            assert found is None, (args, stream[max(0, found.start() - 40) : found.start() + 20])
    assert invoke("--data", str(plan), "by-unit", unit).exit_code == 0  # the hostile name is one name


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl", "table", "markdown"])
def test_every_format_on_a_terminal_is_escaped(world: World, fmt: str) -> None:
    """Data formats keep their bytes in a pipe (checked in the pass above) but not on a terminal."""
    result = invoke("--data", str(world.plan), "list", "--format", fmt, tty=True, width=100)
    assert result.exit_code == 0 and "\\u001b" in result.stdout
    assert RAW_CONTROL.search(SGR.sub("", result.stdout)) is None


# --- claims of SECURITY.md without a test elsewhere ----------------------------------------------------


def test_a_bug_is_one_line_and_exit_70_and_debug_shows_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """README: a defect is one `internal error` line with exit 70; WORKPLAN_DEBUG=1 lets the traceback out."""

    def broken(self: Any) -> Any:
        raise ZeroDivisionError("planted \x1b[2J bug")

    monkeypatch.setattr(State, "corpus", broken)
    result = invoke("list")
    assert result.exit_code == 70 and result.stdout == ""
    assert result.stderr == (
        "workplan: internal error: ZeroDivisionError: planted \\u001b[2J bug (WORKPLAN_DEBUG=1 shows the traceback)\n"
    )
    with pytest.raises(ZeroDivisionError):
        invoke("list", env={"WORKPLAN_DEBUG": "1"})


def test_memory_run_out_is_one_line_made_before_it_ran_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """The general handler formats the error: with no memory left that failed too, and the process ended
    in a raw traceback, exit 1 (a list of two million entries under `ulimit -v`)."""

    def exhausted(self: Any) -> Any:
        raise MemoryError

    monkeypatch.setattr(State, "corpus", exhausted)
    monkeypatch.setattr("workplan.cli.entry.usage_line", exhausted)  # as formatting fails once memory is out
    result = invoke("list")
    assert (result.exit_code, result.stderr) == (70, OUT_OF_MEMORY + "\n")


def test_no_command_opens_a_network_connection(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """SECURITY.md: the tool makes no network connections (any socket, even a local one, fails here)."""

    def no_network(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    out = world.out
    runs = [
        ["list"],
        ["search", "旧改"],
        ["export", str(out / "net.xlsx"), "--unit", world.unit, "--force"],
        ["import", str(world.notice), "--id", "net"],
        ["status", "--as-of", "2020-07-01", "--db", str(out / "net.db")],
    ]
    for args in runs:
        result = invoke("--data", str(world.plan), *args)
        assert result.exit_code == 0, (args, result.stderr)


def test_no_loader_that_runs_code_is_used() -> None:
    """SECURITY.md: YAML is built from parser events, never by a constructor that can run code; nothing
    evaluates text; pickle is read only from the cache, which checks owner and mode first (test_cache.py):
    its pickle entries, the head and documents of its SQLite index, and the loader's own worker processes."""
    risky = re.compile(
        r"yaml\.(?:unsafe_|full_)?load\(|UnsafeLoader|FullLoader|\beval\(|\bexec\(|pickle\.loads?\("
    )
    found = {
        str(path.relative_to(ROOT)): risky.findall(path.read_text(encoding="utf-8"))
        for path in (ROOT / "workplan").rglob("*.py")
    }
    assert {name: hits for name, hits in found.items() if hits} == {
        "workplan/cache.py": ["pickle.load("],
        "workplan/diskindex.py": ["pickle.loads("],
        "workplan/loader.py": ["pickle.loads("],
    }


def test_read_only_commands_never_create_a_progress_store(world: World, tmp_path: Path) -> None:
    """SECURITY.md: only `progress set` and `progress import` make a database; looking never does."""
    db = tmp_path / "store" / "progress.db"
    for args in (
        ["status", "--as-of", "2020-07-01"],
        ["overdue", "--as-of", "2020-07-01"],
        ["stats", "--progress", "--as-of", "2020-07-01"],
        ["export", str(tmp_path / "b.md"), "--bulletin", "--as-of", "2020-07-01"],
    ):
        result = invoke("--data", str(world.plan), *args, "--db", str(db))
        assert result.exit_code in (0, 1), (args, result.stderr)
    assert not db.parent.exists()


def test_no_cache_means_nothing_is_read_or_written(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SECURITY.md: WORKPLAN_NO_CACHE=1 leaves the cache folder alone, even one holding a planted entry."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("WORKPLAN_CACHE_DIR", str(folder))
    assert invoke("--data", str(world.plan), "list", "--json").exit_code == 0
    entries = sorted(folder.iterdir())
    assert entries  # the cache is used when allowed
    for entry in entries:
        entry.write_bytes(b"planted")  # would be a miss anyway; with the cache off it is never opened
    monkeypatch.setenv("WORKPLAN_NO_CACHE", "1")
    opened: list[str] = []
    real_open = os.open

    def watching(path: Any, *args: Any, **kwargs: Any) -> int:
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", watching)
    assert invoke("--data", str(world.plan), "list", "--json").exit_code == 0
    assert not [p for p in opened if p.startswith(str(folder))]
    assert sorted(folder.iterdir()) == entries and all(e.read_bytes() == b"planted" for e in entries)


def test_an_interrupt_is_exit_130_without_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C anywhere in a command ends it with 130, nothing half-printed, no traceback, and one line
    that says so (Typer alone would turn the interrupt into a silent 130)."""

    def interrupted(self: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(State, "corpus", interrupted)
    result = invoke("search", "旧改")
    assert (result.exit_code, result.stdout, result.stderr) == (130, "", "workplan: 已中断 interrupted\n")


def test_an_interrupt_before_the_command_says_so_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C that lands before the command group runs (here while the command's state is made)
    reaches the entry point instead of the group's handler: the same one line and 130."""

    def interrupted(self: Any, *args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(State, "__init__", interrupted)
    result = invoke("search", "旧改")
    assert (result.exit_code, result.stdout, result.stderr) == (130, "", "workplan: 已中断 interrupted\n")


def test_an_interrupt_while_the_command_line_is_parsed_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """Typer turns a KeyboardInterrupt raised while it parses the command line into a silent 130;
    the group carries it past Typer, so the line is printed there too."""
    from typer.core import TyperGroup

    def interrupted(self: Any, *args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(TyperGroup, "make_context", interrupted)
    result = invoke("search", "旧改")
    assert (result.exit_code, result.stdout, result.stderr) == (130, "", "workplan: 已中断 interrupted\n")


def test_a_long_document_pattern_is_refused_before_it_is_translated() -> None:
    """fnmatch translates 「[」 in quadratic time: 40,000 of them took 34 s before saying no match."""
    result = invoke("list", "--doc", "[" * 40_000)
    assert result.exit_code == 2
    assert "模式太长" in result.stderr and result.stderr.count("\n") == 1 and len(result.stderr) < 400


@pytest.mark.parametrize("name", ["a\u2028b.txt", "a\x1bb.txt", "a\nsections: []\n.txt", "a\x85b.txt"])
def test_a_notice_named_with_line_breaks_or_escapes_imports_to_yaml_that_validates(name: str) -> None:
    """The file name goes into the YAML's header comment: U+2028 or a newline there ended the comment
    (and could inject YAML), ESC made the importer's own output invalid."""
    from workplan.importing import import_notice
    from workplan.validation import validate_text

    text = "一、经济\n1.推进项目建设。(牵头单位:区发改委)\n".encode()
    imported = import_notice(text, name, "t")
    header, _, _ = imported.yaml_text.partition("\n")
    assert header.startswith("# ") and header.isprintable()
    assert validate_text(imported.yaml_text, "t").sections[0].tasks[0].responsibility.lead == ["区发改委"]


def test_a_newline_in_a_file_name_never_makes_a_second_stderr_line(tmp_path: Path) -> None:
    """render.visible keeps a newline (note text in tables wraps at it), so a file name holding one
    forged a `workplan: error:` line of its own: every stderr message is one line."""
    forged = tmp_path / "a\nworkplan: error: forged.yaml"
    result = subprocess.run([EXE, "validate", str(forged)], capture_output=True, timeout=60)
    lines = result.stderr.decode().splitlines()
    assert (
        result.returncode in DOCUMENTED_EXITS and len(lines) == 1 and "\\nworkplan: error: forged" in lines[0]
    )


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are UTF-16: every one is text")
def test_a_file_name_that_is_no_utf8_opens_and_a_query_that_is_none_is_no_crash(tmp_path: Path) -> None:
    """Arguments were decoded with U+FFFD for bad bytes: a notice named \\xff名.txt could not be imported
    ("no such file"). Kept as bytes they opened, but a query of them crashed (exit 70) or deleted the
    cache as "damaged": a file that exists keeps its bytes, anything else is text with U+FFFD."""
    notice = os.fsencode(tmp_path) + b"/\xff\xfe\xe5\x90\x8d.txt"
    with open(notice, "wb") as f:
        f.write("杨浦区2021年重点工作\n一、经济\n1.推进改革(区发改委牵头)。\n".encode())
    out = os.fsencode(tmp_path) + b"/out.yaml"
    done = subprocess.run([EXE, "import", notice, "-o", out], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert "source: " in (text := Path(os.fsdecode(out)).read_text("utf-8")) and "\ufffd\ufffd名.txt" in text
    db = str(tmp_path / "progress.db")  # pass 27: a note of them reached the progress database
    noted = ["progress", "set", "2.6", "-u", "区商务委", "--status", "推进中", "--note", b"\xff", "--db", db]
    queries = (["search", b"\xff"], ["by-unit", b"\xff"], ["show", b"\xff"], ["list", "-u", b"\xff"], noted)
    for where in (tmp_path, tmp_path / "named"):  # pass 26: a query that names a file there too
        where.mkdir(exist_ok=True)
        (where / os.fsdecode(b"\xff")).touch()
        for query in queries:
            asked = subprocess.run([EXE, *query], capture_output=True, timeout=60, cwd=where)
            assert asked.returncode in (0, 1, 2) and b"internal error" not in asked.stderr
            assert "损坏" not in asked.stderr.decode()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are UTF-16: every one is text")
def test_a_file_to_be_made_in_a_folder_whose_name_is_no_utf8_is_made_there(tmp_path: Path) -> None:
    """Pass 92: --db and import -o into an existing folder whose name is no UTF-8 (GBK, from an unzipped
    archive) made a look-alike folder named with U+FFFD beside it and wrote there, said nowhere."""
    folder = os.fsencode(tmp_path) + b"/\xb9\xa4"
    os.mkdir(folder)
    # pass 93: and a file in a new folder under it (its folders made there too)
    for db in (folder + b"/p.db", folder + b"/new/p.db"):
        done = subprocess.run(
            [EXE, "progress", "set", "2.6", "-u", "区商务委", "--status", "推进中", "--db", db],
            capture_output=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr.decode()
        assert os.path.exists(db) and os.listdir(os.fsencode(tmp_path)) == [b"\xb9\xa4"]


def test_a_document_id_that_is_no_utf8_is_refused_not_a_crash(tmp_path: Path) -> None:
    """Pass 94: `import --id` with a byte that is no UTF-8, written like a path under a folder that
    exists (`/\xb9\xa4`), kept its bytes as a path's and reached the YAML writer: exit 70. An id is no
    path: it is refused as an invalid id, exit 3, whatever it looks like."""
    notice = ROOT / "tests/importing/notices/roles.txt"
    for id_bytes in (b"/\xb9\xa4", os.fsencode(tmp_path) + b"/\xb9\xa4/\xb9", b"\xb9\xa4"):
        done = subprocess.run(
            [EXE, "import", str(notice), "--id", id_bytes, "-o", str(tmp_path / "o.yaml")],
            capture_output=True,
            timeout=60,
        )
        assert done.returncode == 3 and b"document id" in done.stderr, (id_bytes, done.stderr.decode())
        assert not (tmp_path / "o.yaml").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["export", "{out}/"],
        ["export", "{out}/."],
        ["import", str(ROOT / "tests/importing/notices/roles.txt"), "-o", "{out}/"],
        ["import", str(ROOT / "tests/importing/notices/roles.txt"), "-o", "{out}/."],
        ["progress", "set", "2.6", "--unit", "区商务委", "--status", "推进中", "--db", "{out}/"],
    ],
)
def test_a_file_name_ending_in_a_separator_is_refused(tmp_path: Path, command: list[str]) -> None:
    """`export x.csv/` and `x.csv/.` wrote x.csv, `--db s.db/` made s.db: a name ending in a separator
    (and . or ..) names a folder, refused with exit 4."""
    out = tmp_path / "x.csv"
    result = subprocess.run([EXE, *(c.format(out=out) for c in command)], capture_output=True, timeout=60)
    assert result.returncode == 4 and "names a folder" in result.stderr.decode() and not out.exists()


def test_a_dataset_named_with_a_newline_is_one_ok_line(tmp_path: Path) -> None:
    """`validate`'s ok line went to stdout through the escaping that keeps newlines: a dataset named with
    one forged a line of its own."""
    named = tmp_path / "a\nworkplan: error: forged.yaml"
    shutil.copy(shipped_data(), named)
    result = subprocess.run([EXE, "validate", str(named)], capture_output=True, timeout=60)
    lines = result.stdout.decode().splitlines()
    assert result.returncode == 0 and len(lines) == 1 and lines[0].startswith("ok: ")
