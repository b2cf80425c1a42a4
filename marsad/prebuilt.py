"""Pre-built indexes: each layer's lexicons parsed, folded and compiled at build time and
shipped pickled, so that start-up reads one file per layer instead of the TSVs.

The TSVs stay the reviewed source of truth. ``scripts/build_indexes.py`` runs each
builder in ``INDEXES`` and writes ``marsad/data/indexes/<name>.pickle``, headed by a
fingerprint of everything the builder reads: its data files and the source of the
modules whose code builds or defines the objects. ``load(name)`` hashes the same inputs
(about a megabyte: milliseconds) and unpickles the index only when the fingerprints
match; otherwise it runs the builder, as before the index existed (slower, same result).
``tests/test_indexes.py`` fails when a shipped index is stale.

What keeps unpickling cheap:
- frozen slotted dataclasses are stored as constructor arguments (their own pickling
  calls a Python ``__setstate__`` per object), and equal ones once;
- Aho-Corasick automata are stored in pyahocorasick's binary form;
- compiled regular expressions are stored as the code the ``re`` compiler made for them
  (compiling the time grammar's rules takes over 0.1 s; loading their code, milliseconds).
The last two are valid only under the same pyahocorasick binary and the same ``re``
engine (CPython version and ``_sre.MAGIC``): each records which one made it, and
elsewhere the index counts as stale (an automaton) or the pattern is compiled anew.
"""

from __future__ import annotations

import array
import dataclasses
import gc
import hashlib
import importlib
import io
import os
import pickle
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .resources import package_dir, read_bytes

__all__ = ["Index", "INDEXES", "load", "build", "dumps", "fingerprint", "header", "read_index"]

FORMAT = "marsad-index/1"
_PROTOCOL = 5
INDEX_DIR = "data/indexes"  # in the marsad package (not imported as marsad.data: that costs start-up time)

# Code every index depends on: reading, folding, matching, and this module's own format.
_COMMON = ("resources.py", "errors.py", "prebuilt.py", "text/normalise.py", "text/matcher.py", "lang/ar/")


@dataclass(frozen=True)
class Index:
    """One shipped index: the builder that makes it from the TSVs, and what it reads."""

    name: str
    builder: str  # "module:function", a function of no arguments
    inputs: tuple[str, ...]  # files, or folders ending in "/", relative to the marsad package

    def build(self) -> Any:
        module, _, func = self.builder.partition(":")
        return getattr(importlib.import_module(module), func)()

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.inputs + _COMMON)))


INDEXES: dict[str, Index] = {i.name: i for i in (
    Index("places", "marsad.places.gazetteer:build_gazetteer",
          ("places/gazetteer.py", "places/triggers.py", "places/data/")),
    Index("actors", "marsad.actors.lexicon:build_lexicon",
          ("actors/lexicon.py", "actors/romanise.py", "actors/data/")),
    Index("time", "marsad.time.grammar:build_grammar",
          ("time/grammar.py", "time/firstword.py", "time/data/")),
    Index("events", "marsad.events.lexicon:build_lexicon",
          ("events/lexicon.py", "events/morph.py", "events/data/")),
    Index("attribution", "marsad.attribution.statements:build_cue_lexicon",
          ("attribution/statements.py", "attribution/data/", "events/lexicon.py", "events/morph.py",
           "events/view.py")),
    Index("numbers", "marsad.numbers.lexicon:build_lexicon",
          ("numbers/lexicon.py", "numbers/data/")),
)}


def _files_under(rel: str) -> list[tuple[str, Any]]:
    """(name, reader) of each file of an input: a file, or every file under a folder."""
    rel = rel.rstrip("/")
    root = package_dir("marsad")
    out: list[tuple[str, Any]] = []
    if root is not None:  # plain files: os calls, cheaper than importlib.resources
        path = os.path.join(root, *rel.split("/"))
        if os.path.isfile(path):
            return [(rel, path)]
        if not os.path.isdir(path):
            raise FileNotFoundError(f"index input marsad/{rel} does not exist")
        for entry in os.scandir(path):
            if entry.name == "__pycache__" or entry.name.endswith((".pyc", ".pickle")):
                continue
            out += _files_under(f"{rel}/{entry.name}") if entry.is_dir() else [(f"{rel}/{entry.name}", entry.path)]
        return out
    from importlib import resources

    def walk(node: Any, name: str) -> None:
        if node.is_file():
            out.append((name, node))
            return
        for child in node.iterdir():
            if child.name != "__pycache__" and not child.name.endswith((".pyc", ".pickle")):
                walk(child, f"{name}/{child.name}")

    node = resources.files("marsad").joinpath(rel)
    if not (node.is_file() or node.is_dir()):
        raise FileNotFoundError(f"index input marsad/{rel} does not exist")
    walk(node, rel)
    return out


def _read(f: Any) -> bytes:
    if isinstance(f, str):
        with open(f, "rb") as fh:
            return fh.read()
    return f.read_bytes()  # type: ignore[no-any-return]


@lru_cache(maxsize=None)  # the shared inputs are read once per process, not once per index
def _digest(rel: str) -> bytes:
    """A digest of one input: a file, or every file under a folder (names and bytes)."""
    h = hashlib.sha256()
    for name, f in sorted(_files_under(rel), key=lambda x: x[0]):
        data = _read(f)
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    return h.digest()


def fingerprint(index: Index) -> str:
    """A digest of the index's inputs and of the index format."""
    h = hashlib.sha256(FORMAT.encode())
    for rel in index.files:
        h.update(rel.encode() + b"\0" + _digest(rel))
    return h.hexdigest()


def header(name: str) -> bytes:
    """The first line of the named index file: format, Python version, fingerprint of the inputs."""
    # the Python minor version too: str methods (isalnum …) and the Unicode data change with it
    v = sys.version_info
    return f"{FORMAT} python{v[0]}.{v[1]} {fingerprint(INDEXES[name])}\n".encode()


def read_index(name: str) -> bytes:
    """The shipped file of the named index (``marsad/data/indexes/``)."""
    return read_bytes("marsad", f"{INDEX_DIR}/{name}.pickle")


def load(name: str) -> Any:
    """The named index: the shipped one when it matches its inputs, else built from them."""
    index = INDEXES[name]
    try:
        data = read_index(name)
    except OSError:
        return index.build()
    head = header(name)
    if not data.startswith(head):
        return index.build()
    collecting = gc.isenabled()
    gc.disable()  # unpickling makes ~10^5 objects, none of them garbage: collection passes only slow it
    try:
        return pickle.loads(memoryview(data)[len(head):])
    except Exception:  # made elsewhere (_Foreign), or unreadable here: as good as stale
        pass
    finally:
        if collecting:
            gc.enable()
    return index.build()


def build(name: str) -> bytes:
    """The file content of the named index, built now from its inputs."""
    return header(name) + dumps(INDEXES[name].build())


# --------------------------------------------------------------------------- pickling

def dumps(obj: Any) -> bytes:
    buf = io.BytesIO()
    _Pickler(buf, _PROTOCOL).dump(obj)
    return buf.getvalue()


class _Foreign(Exception):
    """A part of an index that only the machinery that made it can read."""


class _Pickler(pickle.Pickler):
    def __init__(self, file: Any, protocol: int) -> None:
        super().__init__(file, protocol)
        self._values: dict[Any, Any] = {}  # frozen value objects by value: equal ones are stored once

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        if cls is re.Pattern:
            args = _pattern_args(obj)
            return (_pattern, args) if args is not None else NotImplemented
        if cls.__module__ == "ahocorasick" and cls.__name__ == "Automaton":
            return _automaton, (_ahocorasick_build(), obj.__reduce__()[1])
        by_args, by_value = _storage(cls)
        if by_args or by_value:
            args = tuple(getattr(obj, f.name) for f in dataclasses.fields(cls))
            if by_value:
                try:
                    first = self._values.setdefault((cls, tuple((type(a), a) for a in args)), obj)
                except TypeError:  # a field holds something unhashable
                    first = obj
                if first is not obj:
                    return _same, (first,)
            if by_args:
                return cls, args
        return NotImplemented


def _same(obj: Any) -> Any:
    return obj


@lru_cache(maxsize=None)
def _storage(cls: type) -> tuple[bool, bool]:
    """How instances of a frozen dataclass are stored: (by the arguments of ``__init__``, once per
    value). By arguments when slotted (their own pickling calls a Python ``__setstate__`` per
    object) and every field is an argument; once per value when every field takes part in
    equality (nothing in Marsad asks for the identity of these value objects)."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__post_init__" in dir(cls):
        return False, False
    fs = dataclasses.fields(cls)
    by_args = "__slots__" in cls.__dict__ and all(f.init for f in fs)
    return by_args, bool(params.eq and all(f.compare for f in fs))


@lru_cache(maxsize=1)
def _ahocorasick_build() -> str:
    """Which pyahocorasick binary is loaded: its pickles are only valid within one."""
    import ahocorasick

    try:
        with open(ahocorasick.__file__ or "", "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()[:16]
    except (OSError, TypeError):
        digest = "unknown"
    return f"{digest}/{sys.byteorder}/{sys.maxsize}"


def _automaton(build_id: str, raw: tuple[Any, ...]) -> Any:
    import ahocorasick

    if build_id != _ahocorasick_build():
        raise _Foreign(f"automaton pickled by pyahocorasick build {build_id}")
    return ahocorasick.Automaton(*raw)


def _re_engine() -> str:
    import _sre

    v = sys.version_info
    return f"{sys.implementation.name}{v[0]}.{v[1]}/{_sre.MAGIC}/{_sre.CODESIZE}/{sys.byteorder}"


def _pattern_args(p: re.Pattern[Any]) -> tuple[Any, ...] | None:
    """``p`` as the arguments ``re`` gives ``_sre.compile``, with its code made as ``re.compile``
    makes it (CPython 3.11-3.13), or None where that does not reproduce ``p``."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        if not isinstance(p.pattern, str) or array.array("I").itemsize != _sre.CODESIZE:
            return None
        parsed = _parser.parse(p.pattern, p.flags)
        code = _compiler._code(parsed, p.flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        args = (p.pattern, p.flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
        made = _sre.compile(*args)
    except Exception:
        return None
    if (made.pattern, made.flags, made.groups, dict(made.groupindex)) != \
            (p.pattern, p.flags, p.groups, dict(p.groupindex)):
        return None
    return (_re_engine(), p.pattern, made.flags, array.array("I", code).tobytes()) + args[3:]


def _pattern(engine: str, pattern: str, flags: int, code: bytes, groups: int, groupindex: dict[str, int],
             indexgroup: tuple[str | None, ...]) -> re.Pattern[str]:
    if engine == _re_engine():
        import _sre

        try:
            return _sre.compile(pattern, flags, array.array("I", code).tolist(), groups, groupindex,  # type: ignore[no-any-return]
                                indexgroup)
        except Exception:
            pass
    return re.compile(pattern, flags)
