"""The public entry point: ``extract(text, published=...) -> Record``.

The CLI, the store, the web app and the batch runner all call this.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .doc import Doc
from .errors import EmptyInput, InputError, InputTooLarge, InvalidEncoding
from .pipeline import DEFAULT_PIPELINE, Pipeline
from .record import DocInfo, Record
from .text.clean import clean_input

__all__ = ["Extractor", "extract", "load", "MAX_CHARS", "doc_id_for", "parse_published"]

MAX_CHARS = 20_000_000  # beyond this an input is refused rather than processed for minutes


def doc_id_for(text: str) -> str:
    """Stable id of a text: a hash of its content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_published(published: str | dt.date | dt.datetime | None) -> dt.date | None:
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published).strip()[:10])
    except ValueError as exc:
        raise InputError(f"published must be a date as YYYY-MM-DD, got {published!r}") from exc


_SURROGATE = re.compile("[\ud800-\udfff]")


class Extractor:
    """A built pipeline: call it on text to get a Record."""

    def __init__(self, components: Iterable[str] = DEFAULT_PIPELINE, disable: Iterable[str] = ()) -> None:
        self.pipeline = Pipeline(components, disable)

    def make_doc(self, text: str | bytes, published: Any = None, **meta: Any) -> Doc:
        if isinstance(text, (bytes, bytearray)):
            try:
                text = bytes(text).decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InvalidEncoding(f"input is not valid UTF-8 (byte {exc.start}: {exc.reason})") from exc
        if not isinstance(text, str):
            raise InputError(f"text must be str or UTF-8 bytes, not {type(text).__name__}")
        if len(text) > MAX_CHARS:
            raise InputTooLarge(f"input has {len(text):,} characters; the limit is {MAX_CHARS:,}")
        bad = _SURROGATE.search(text)
        if bad is not None:
            # (a str decoded with errors="surrogateescape" carries the bytes it could not read as lone surrogates)
            raise InvalidEncoding(f"input holds an undecodable character at {bad.start()} (a lone surrogate): "
                                  "decode the bytes as UTF-8 first")
        text = clean_input(text)
        if not text.strip():
            raise EmptyInput("input has no text (empty, white space only, or markup only)")
        meta = {k: v for k, v in meta.items() if v is not None}
        return Doc(text=text, published=parse_published(published), meta=meta)

    def __call__(self, text: str | bytes, published: Any = None, **meta: Any) -> Record:
        doc = self.pipeline(self.make_doc(text, published, **meta))
        record = to_record(doc)
        # the derived indexes refer back to the doc (a DocView holds it): dropped now, the doc
        # and all it holds are freed at once, not left to the cycle collector
        doc._cache.clear()
        return record


def to_record(doc: Doc) -> Record:
    meta = doc.meta
    info = DocInfo(
        id=str(meta.get("id") or doc_id_for(doc.text)),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        title=meta.get("title"),
        published=doc.published_iso,
        lang=meta.get("lang", "ar"),
        text=doc.text,
    )
    return Record(
        doc=info,
        entities=doc.entities,
        times=doc.times,
        quantities=doc.quantities,
        events=doc.events,
        uncoded=doc.uncoded,
        statements=doc.statements,
        claims=doc.claims,
        posture=doc.posture,
    )


@lru_cache(maxsize=4)
def load(disable: tuple[str, ...] = ()) -> Extractor:
    """The default extractor, built once per set of disabled components."""
    return Extractor(DEFAULT_PIPELINE, disable)


def extract(text: str | bytes, published: Any = None, **meta: Any) -> Record:
    """Extract one article's record (``marsad.document/1``).

    ``published`` (YYYY-MM-DD) anchors relative dates; ``meta`` may carry ``id``,
    ``title``, ``outlet`` and ``url``. Raises ``InputError`` subclasses on input that
    cannot be read (empty, invalid UTF-8, too large).
    """
    return load()(text, published, **meta)
