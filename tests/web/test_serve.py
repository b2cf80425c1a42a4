"""``marsad serve``: --get prints what the browser would get; unsafe set-ups are refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marsad.cli import main
from marsad.store import open_store

from .conftest import fill


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("serve") / "serve.db"
    fill(open_store(path)).close()
    return str(path)


@pytest.mark.parametrize("path, rc, check", [
    ("/api/stats", 0, lambda out: json.loads(out)["documents"] == 4),
    ("/api/events?type=RETREAT&place=عين الأسد", 0,
     lambda out: {v["type"] for v in json.loads(out)["items"]} == {"RETREAT"}),
    ("api/documents/w-3", 0, lambda out: json.loads(out)["doc"]["outlet"] == "وكالة الأنباء"),
    ("/api/documents/missing", 1, lambda out: json.loads(out)["error"]["code"] == "not_found"),
    ("/", 0, lambda out: '<html lang="ar" dir="rtl">' in out),
])
def test_get_prints_one_answer(db: str, capsys: Any, path: str, rc: int, check: Any) -> None:
    assert main(["serve", "--db", db, "--get", path]) == rc
    assert check(capsys.readouterr().out)


def test_non_local_host_needs_a_token_or_public(db: str, capsys: Any, monkeypatch: Any) -> None:
    monkeypatch.delenv("MARSAD_TOKEN", raising=False)
    assert main(["serve", "--db", db, "--host", "0.0.0.0"]) == 2
    assert "MARSAD_TOKEN" in capsys.readouterr().err


def test_missing_store_folder_is_a_clear_error(tmp_path: Path, capsys: Any) -> None:
    assert main(["serve", "--db", str(tmp_path / "no" / "such.db"), "--get", "/api/stats"]) == 2
    assert "marsad serve:" in capsys.readouterr().err
