"""The built-in components, registered in pipeline order.

Each factory imports its layer lazily and returns a ``Doc -> Doc`` callable with its
lexicons already compiled.
"""

from __future__ import annotations

from .doc import Doc
from .pipeline import Process, component
from .text.sentences import split_sentences
from .text.tokenise import tokenise

__all__: list[str] = []


@component("text", assigns=("sentences", "tokens"))
def _text() -> Process:
    def run(doc: Doc) -> Doc:
        doc.sentences = split_sentences(doc.text)
        doc.tokens = tokenise(doc.text)
        return doc

    return run


@component("places", requires=("tokens",), assigns=("places",))
def _places() -> Process:
    from .places import make_component

    return make_component()


@component("actors", requires=("tokens",), assigns=("actors",))
def _actors() -> Process:
    from .actors import make_component

    return make_component()


@component("times", requires=("sentences",), assigns=("times",))
def _times() -> Process:
    from .time import make_component

    return make_component()


@component("numbers", requires=("tokens",), assigns=("quantities",))
def _numbers() -> Process:
    from .numbers import make_component

    return make_component()


@component("entities", requires=("places", "actors"), assigns=("entities",))
def _entities() -> Process:
    from .entities import make_component

    return make_component()


@component("attribution", requires=("entities", "times"), assigns=("statements", "claims"))
def _attribution() -> Process:
    from .attribution import make_component

    return make_component()


@component("events", requires=("entities", "times", "quantities", "statements"), assigns=("events",))
def _events() -> Process:
    from .events import make_component

    return make_component()


@component("posture", requires=("entities", "quantities", "times"), assigns=("posture",))
def _posture() -> Process:
    from .events.posture import make_component

    return make_component()


@component("summaries", requires=("events",), assigns=("summaries",))
def _summaries() -> Process:
    from .summary import make_component

    return make_component()
