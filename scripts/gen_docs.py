"""Regenerate the README's example outputs and the terminal screenshots from the real commands.

Run `python scripts/gen_docs.py` after changing output; tests/test_docs.py fails while the README is stale.
Blocks look like: <!-- run: workplan by-unit 区商务委 --> ```text … ``` <!-- end -->
"""

from __future__ import annotations

import json
import os
import re
import shlex
import sys
from pathlib import Path

from workplan.cli.testing import invoke

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- run: (?P<cmd>.+?) -->\n)```\w*\n.*?```\n(<!-- end -->)", re.S)
SCREENSHOTS = {
    "by-unit": "workplan by-unit 区商务委",
    "search": "workplan search 旧改",
    "stats": "workplan stats",
}
WIDTH = 100


def run(command: str, color: bool = False) -> str:
    args = shlex.split(command)[1:]
    env = {"COLUMNS": str(WIDTH), "NO_COLOR": "" if color else "1", "FORCE_COLOR": "1" if color else ""}
    here = os.getcwd()
    os.chdir(ROOT)  # commands that name files name them relative to the repository
    try:
        return invoke(*args, env=env).stdout
    finally:
        os.chdir(here)


def rendered_readme() -> str:
    text = README.read_text(encoding="utf-8")

    def fill(m: re.Match[str]) -> str:
        out = run(m.group("cmd"))
        fence = "json" if "--json" in m.group("cmd") else "text"
        if fence == "json":  # piped JSON is compact; show it as a terminal would
            out = json.dumps(json.loads(out), ensure_ascii=False, indent=2)
        out = "\n".join(line.rstrip() for line in out.splitlines())
        return f"{m.group(1)}```{fence}\n{out.rstrip()}\n```\n{m.group(3)}"

    return BLOCK.sub(fill, text)


def screenshot(name: str, command: str) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(record=True, width=WIDTH, file=open("/dev/null", "w"), force_terminal=True)  # noqa: SIM115
    console.print(Text("$ " + command, style="bold green"))
    console.print(Text.from_ansi(run(command, color=True)))
    console.save_svg(str(ROOT / "docs" / f"{name}.svg"), title=command)


def main() -> int:
    README.write_text(rendered_readme(), encoding="utf-8")
    for name, command in SCREENSHOTS.items():
        screenshot(name, command)
    return 0


if __name__ == "__main__":
    sys.exit(main())
