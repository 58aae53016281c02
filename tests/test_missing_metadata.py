"""Documents whose metadata the notice did not give (signed, published, region, year, quarter: null or
empty, as the importer writes them for many real notices) go through every command beside the
shipped plan without a crash: sorting and grouping treat an unknown as unknown, never as a TypeError."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workplan.cli.testing import invoke
from workplan.loader import shipped_data

FIXTURE = Path(__file__).parent / "fixtures" / "hongkou_2020q2.yaml"
COMMANDS = [
    [],
    ["list"],
    ["list", "--sort", "deadline", "--json"],
    ["docs"],
    ["units"],
    ["leaders"],
    ["stats", "--by", "doc"],
    ["stats"],
    ["by-unit", "区商务委"],
    ["by-unit", "区政府办公室"],
    ["search", "经济"],
    ["show", "a:1.1"],
    ["diff", "a", "b"],
    ["overdue", "--as-of", "2020-07-01"],
    ["status"],
    ["stats", "--progress"],
]

metas = st.fixed_dictionaries(
    {
        "signed": st.sampled_from([None, "2020-04-10", "2021-01-01"]),
        "published": st.sampled_from([None, "2020-04-12"]),
        "region": st.sampled_from(["", "上海市虹口区", "上海市杨浦区"]),
        "year": st.sampled_from([None, 2020, 2021]),
        "quarter": st.sampled_from([None, 2, 3]),
    }
)


def document(doc_id: str, meta: dict[str, Any]) -> str:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    data["meta"] |= meta | {"id": doc_id}
    return yaml.safe_dump(data, allow_unicode=True)


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=metas, b=metas)
def test_every_command_takes_documents_with_missing_metadata(a: dict[str, Any], b: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "plans"
        folder.mkdir()
        shutil.copy(shipped_data(), folder)
        (folder / "a.yaml").write_text(document("a", a), encoding="utf-8")
        (folder / "b.yaml").write_text(document("b", b), encoding="utf-8")
        db = str(Path(tmp) / "p.db")
        for args in COMMANDS:
            extra = (
                ["--db", db]
                if args[:1] in (["overdue"], ["status"]) or args == ["stats", "--progress"]
                else []
            )
            result = invoke("--data", str(folder), *args, *extra)
            assert result.exit_code in (0, 1, 2), (args, a, b, result.output)
            assert "Traceback" not in result.output, (args, result.output)
        out = Path(tmp) / "all.xlsx"
        result = invoke("--data", str(folder), "export", str(out))
        assert result.exit_code == 0 and out.stat().st_size > 0, result.output
