"""A pipeline of small components, each ``Doc -> Doc``, registered by name.

Each component declares what it ``requires`` and ``assigns`` (names of Doc layers);
``Pipeline`` checks the order once, when it is built, and runs the components in turn.
Components are built once (lexicons compiled) and reused for every document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .doc import Doc

__all__ = ["Component", "Pipeline", "component", "registry", "DEFAULT_PIPELINE"]

Process = Callable[[Doc], Doc]


@dataclass(frozen=True)
class Component:
    name: str
    factory: Callable[[], Process]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


_REGISTRY: dict[str, Component] = {}

DEFAULT_PIPELINE = (
    "text", "places", "actors", "times", "numbers", "entities",
    "attribution", "events", "posture", "summaries",
)


def component(name: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[Callable[[], Process]], Callable[[], Process]]:
    """Register a component factory under ``name``."""

    def deco(factory: Callable[[], Process]) -> Callable[[], Process]:
        _REGISTRY[name] = Component(name, factory, tuple(requires), tuple(assigns))
        return factory

    return deco


def registry() -> dict[str, Component]:
    from . import components  # noqa: F401  (registers the built-ins)

    return dict(_REGISTRY)


class Pipeline:
    """The components to run, in order, already built."""

    def __init__(self, names: Iterable[str] = DEFAULT_PIPELINE, disable: Iterable[str] = ()) -> None:
        reg = registry()
        disabled = set(disable)
        self.names = [n for n in names if n not in disabled]
        available: set[str] = set()
        for n in self.names:
            if n not in reg:
                raise KeyError(f"unknown component {n!r}; known: {sorted(reg)}")
            missing = [r for r in reg[n].requires if r not in available]
            if missing:
                raise ValueError(f"component {n!r} requires {missing}, which no earlier component assigns")
            available.update(reg[n].assigns)
        self._procs: list[tuple[str, Process]] = [(n, reg[n].factory()) for n in self.names]

    def __call__(self, doc: Doc) -> Doc:
        for name, proc in self._procs:
            out = proc(doc)
            if not isinstance(out, Doc):
                raise TypeError(f"component {name!r} returned {type(out).__name__}, not Doc")
            doc = out
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
