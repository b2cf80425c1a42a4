"""Start-up: what ``import marsad``, ``marsad --help`` and ``marsad.load()`` do in a fresh
interpreter (each import or build here costs every ``marsad extract`` its time)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from marsad import prebuilt


def fresh(code: str) -> str:
    """Run ``code`` in a new interpreter; its stdout."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("code,absent", [
    ("import marsad", ["pydantic", "marsad.api", "marsad.pipeline", "ahocorasick"]),
    ("import marsad.cli as c; c.build_parser()", ["pydantic", "marsad.api", "marsad.record", "ahocorasick"]),
])
def test_light_entry_points_import_little(code: str, absent: list[str]) -> None:
    out = fresh(f"{code}; import sys, json; print(json.dumps(sorted(sys.modules)))")
    assert not set(absent) & set(json.loads(out))


def test_public_names_still_importable() -> None:
    import marsad

    for name in marsad.__all__:
        assert getattr(marsad, name) is not None
    with pytest.raises(AttributeError):
        marsad.no_such_name  # noqa: B018
    from marsad import observatory  # submodules still import through the package

    assert observatory.__name__ == "marsad.observatory"


def test_help_lists_every_command_with_its_help() -> None:
    from marsad.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    helps = {a.dest: a.help for a in sub._choices_actions}
    assert set(helps) == set(sub.choices) and all(helps.values())
    out = subprocess.run([sys.executable, "-m", "marsad.cli", "--help"], capture_output=True, text=True,
                         timeout=120).stdout
    for name, text in helps.items():
        assert name in out and " ".join(text.split()[:3]) in " ".join(out.split()), name


def test_load_builds_nothing_from_the_tsvs() -> None:
    """With current indexes, building the pipeline reads every lexicon from its shipped index."""
    stale = [n for n in prebuilt.INDEXES if not prebuilt.read_index(n).startswith(prebuilt.header(n))]
    if stale:
        pytest.skip(f"stale indexes {stale} (tests/test_indexes.py fails)")
    out = fresh(
        "import marsad.prebuilt as p\n"
        "built = []\n"
        "p.Index.build = lambda self: built.append(self.name)\n"
        "import marsad; ex = marsad.load()\n"
        "print(built)\n"
    )
    assert out.strip() == "[]"
