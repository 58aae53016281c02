"""The YAML the importer writes: block style, unicode kept, and quotes wherever YAML 1.1 would re-type."""

from __future__ import annotations

import re
from typing import Any

import yaml

RISKY = re.compile(r"[-+.:0-9 ]*|yes|no|on|off|true|false|null|~|y|n", re.I)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # Quote what YAML 1.1 readers would turn into dates, numbers or booleans.
    return dumper.represent_scalar(
        "tag:yaml.org,2002:str", value, style='"' if RISKY.fullmatch(value) else None
    )


_Dumper.add_representer(str, _represent_str)


def dump_dataset(data: dict[str, Any], source: str) -> str:
    """The dataset as YAML, with a header saying where it came from and what to do next; the source's
    name written printable (a file name may hold ESC, a newline or U+2028, which would end the comment
    and inject YAML)."""
    source = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in source)
    header = f"# 由 workplan 从 {source} 导入; 请核对警告后运行 workplan validate 本文件 (imported by workplan from {source}; review the warnings, then validate this file)\n"
    body = yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9, default_flow_style=None
    )
    return header + body
