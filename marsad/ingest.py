"""``marsad ingest``: read articles from files, folders and feeds into the store.

Readers: ``.txt`` (optional ``---`` front matter or a ``NAME.meta.json`` sidecar
for id, published, title, outlet, url), HTML pages (article text and metadata by
trafilatura), RSS/Atom feeds (feedparser), JSONL (the ``extract --jsonl`` input:
``id``, ``text``, ``published``, ``title``, ``outlet``, ``url``), ``.json`` files
holding one such object (or a list), and folders of these (recursively, in name
order; JSON files that are not articles are passed over).

Guarantees:
- idempotent: an article whose content (hash of its cleaned text) is stored is
  skipped before extraction, so re-ingesting a corpus adds nothing and a rerun
  after a crash only does what is left;
- crash-safe: each document is written in one transaction (``Store.write_document``);
  merged events are recomputed at the end, and again by the next run if this one
  died first;
- every article goes through ``marsad.extract`` (or the extractor given), so the
  CLI, the web app and the batch runner store the same records.

The pieces are separate so that a batch runner can split them: ``plan`` (what to
read, and how many articles), ``iter_articles`` (read), ``prepare`` (hash +
extract, on a worker) and ``Store.write_document`` (one writer).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .errors import InputError
from .record import Record
from .store.base import Store
from .store.rows import content_hash
from .text.clean import clean_input

__all__ = [
    "record_failure",
    "Article",
    "IngestReport",
    "Prepared",
    "Progress",
    "Source",
    "SourceError",
    "ingest",
    "iter_articles",
    "plan",
    "prepare",
]

Extractor = Callable[..., Record]

TEXT_EXT = (".txt", ".text")
HTML_EXT = (".html", ".htm", ".xhtml")
FEED_EXT = (".rss", ".atom", ".xml", ".feed")
JSONL_EXT = (".jsonl", ".ndjson")
JSON_EXT = (".json",)
_META_KEYS = ("id", "published", "title", "outlet", "url")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)")


@dataclass(frozen=True)
class Source:
    """One input file and how to read it; ``count`` articles in it (for progress)."""

    path: str
    kind: str  # text | html | feed | jsonl
    count: int = 1


@dataclass
class Article:
    """An article read from a source, before extraction."""

    text: str
    source: str  # where: path, path:line, path#entry
    id: str | None = None
    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass
class SourceError:
    """An article or file that could not be read; ingest reports it and goes on."""

    source: str
    message: str


@dataclass
class Prepared:
    """An article ready to store: its record and content hash (what workers send the writer)."""

    record: Record
    hash: str
    source: str


@dataclass
class IngestReport:
    total: int = 0
    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    merged: int | None = None
    errors: list[SourceError] = field(default_factory=list)
    phases: dict[str, float] = field(default_factory=dict)  # seconds of the run's parts: start, merge, close

    @property
    def processed(self) -> int:
        return self.added + self.replaced

    @property
    def rate(self) -> float:
        """Articles extracted and stored per second (skipped ones excluded)."""
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "added": self.added, "replaced": self.replaced, "skipped": self.skipped,
                "failed": self.failed, "seconds": round(self.seconds, 3), "articles_per_second": round(self.rate, 2),
                "merged_events": self.merged, "errors": [e.__dict__ for e in self.errors],
                "phases": {k: round(v, 3) for k, v in self.phases.items()}}


# ----- planning ---------------------------------------------------------------------------
def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(JSONL_EXT):
        return "jsonl"
    if name.endswith(JSON_EXT):
        return None if name.endswith(".meta.json") else "json"
    if name.endswith(HTML_EXT):
        return "html"
    if name.endswith(FEED_EXT):
        return "feed"
    if name.endswith(TEXT_EXT):
        return "text"
    return None


def _sniff(path: Path) -> str:
    """Kind of a file named explicitly whatever its extension."""
    try:
        head = path.read_bytes()[:2048].decode("utf-8", "replace").lstrip("\ufeff \t\r\n").lower()
    except OSError:
        return "text"
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("["):
        return "json"
    if head.startswith("<"):
        return "feed" if ("<rss" in head or "<feed" in head or "<rdf" in head) else "html"
    return "text"


def _count(path: Path, kind: str) -> int:
    try:
        if kind == "jsonl":
            with open(path, "rb") as fh:
                return sum(1 for line in fh if line.strip())
        if kind == "feed":
            return max(1, len(_parse_feed(path).entries))
        if kind == "json":
            return len(_json_articles(path))
    except Exception:
        return 1
    return 1


def plan(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Source], list[SourceError]]:
    """Every readable input under ``paths`` (folders walked in name order), with article counts."""
    sources: list[Source] = []
    errors: list[SourceError] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(q for q in p.rglob("*") if q.is_file()):
                rel = f.relative_to(p).parts
                if any(part.startswith(".") for part in rel):
                    continue
                kind = _kind(f)
                if kind:
                    n = _count(f, kind)
                    if kind == "json" and n == 0:
                        continue  # a JSON file that is not an article (gold, metadata): not ours to read
                    sources.append(Source(str(f), kind, n))
        elif p.is_file():
            kind = _kind(p) or _sniff(p)
            sources.append(Source(str(p), kind, _count(p, kind)))
        else:
            errors.append(SourceError(str(p), "no such file or folder"))
    return sources, errors


# ----- reading --------------------------------------------------------------------------------
def _parse_feed(path: Path) -> Any:
    import feedparser

    return feedparser.parse(path.read_bytes())


def _date(value: Any) -> str | None:
    """YYYY-MM-DD from what metadata gives (ISO strings, datetimes, struct_time)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    return None


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """``---`` / ``key: value`` lines / ``---`` at the top of a text file, and the text after it."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:], 1):
        if line.strip() == "---":
            return meta, "\n".join(lines[i + 1:]).lstrip("\n")
        key, sep, value = line.partition(":")
        if not sep:
            return {}, text
        meta[key.strip().lower()] = value.strip()
    return {}, text


def _sidecar(path: Path) -> dict[str, Any]:
    for cand in (path.with_suffix(".meta.json"), path.with_name(path.name + ".meta.json")):
        if cand.is_file():
            try:
                data = json.loads(cand.read_text(encoding="utf-8"))
                return data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                return {}
    return {}


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid UTF-8 at byte {exc.start}") from exc


def _read_text(path: Path) -> Iterator[Article | SourceError]:
    text = _decode(path.read_bytes(), str(path))
    meta, body = _front_matter(text)
    meta = {**_sidecar(path), **meta}
    published = _date(meta.get("published") or meta.get("date"))
    if published is None and (m := _DATE_IN_NAME.search(path.stem)):
        published = _date(f"{m[1]}-{m[2]}-{m[3]}")
    yield Article(body, str(path), id=meta.get("id") or None, published=published, title=meta.get("title") or None,
                  outlet=meta.get("outlet") or None, url=meta.get("url") or None)


def _read_html(path: Path) -> Iterator[Article | SourceError]:
    import trafilatura

    markup = _decode(path.read_bytes(), str(path))
    doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None:
        yield SourceError(str(path), "no article text found in the HTML page")
        return
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = get("text") or ""
    if not text.strip():
        yield SourceError(str(path), "no article text found in the HTML page")
        return
    meta = _sidecar(path)
    yield Article(text, str(path), id=meta.get("id"), published=_date(meta.get("published")) or _date(get("date")),
                  title=meta.get("title") or get("title"), outlet=meta.get("outlet") or get("sitename") or get("hostname"),
                  url=meta.get("url") or get("url"))


def _read_feed(path: Path) -> Iterator[Article | SourceError]:
    feed = _parse_feed(path)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        yield SourceError(str(path), f"not an RSS/Atom feed, or one without entries{f' ({reason})' if reason else ''}")
        return
    outlet = (feed.feed.get("title") or None) if hasattr(feed, "feed") else None
    for i, entry in enumerate(feed.entries, 1):
        where = f"{path}#{i}"
        body = ""
        if entry.get("content"):
            body = "\n".join(c.get("value", "") for c in entry["content"])
        body = body or entry.get("summary") or entry.get("description") or ""
        text = clean_input(body)
        if not text.strip():
            yield SourceError(where, "feed entry has no text")
            continue
        published = _date(entry.get("published_parsed") or entry.get("updated_parsed")) or _date(entry.get("published"))
        yield Article(text, where, id=entry.get("id") or entry.get("link") or None, published=published,
                      title=entry.get("title") or None, outlet=outlet, url=entry.get("link") or None)


def _read_jsonl(path: Path) -> Iterator[Article | SourceError]:
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(_decode(raw, where))
            except (ValueError, InputError) as exc:
                yield SourceError(where, f"not a JSON line ({exc})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield SourceError(where, "line has no 'text' string")
                continue
            yield Article(obj["text"], where, id=_str(obj.get("id")), published=_date(obj.get("published")),
                          title=_str(obj.get("title")), outlet=_str(obj.get("outlet")), url=_str(obj.get("url")))


def _json_articles(path: Path) -> list[dict[str, Any]]:
    """A ``.json`` file holding one article object (``text`` …) or a list of them; [] if it holds none."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError):
        return []
    items = data if isinstance(data, list) else [data]
    return [x for x in items if isinstance(x, dict) and isinstance(x.get("text"), str)]


def _read_json(path: Path) -> Iterator[Article | SourceError]:
    items = _json_articles(path)
    if not items:
        yield SourceError(str(path), "not an article: expected a JSON object with a 'text' string (or a list of them)")
        return
    for i, obj in enumerate(items, 1):
        where = str(path) if len(items) == 1 else f"{path}#{i}"
        yield Article(obj["text"], where, id=_str(obj.get("id")), published=_date(obj.get("published")),
                      title=_str(obj.get("title")), outlet=_str(obj.get("outlet")), url=_str(obj.get("url")))


def _str(v: Any) -> str | None:
    return None if v is None or v == "" else str(v)


_READERS = {"text": _read_text, "html": _read_html, "feed": _read_feed, "jsonl": _read_jsonl, "json": _read_json}


def iter_articles(sources: Iterable[Source]) -> Iterator[Article | SourceError]:
    """Articles in source order; unreadable ones come out as ``SourceError``."""
    for src in sources:
        try:
            yield from _READERS[src.kind](Path(src.path))
        except (OSError, InputError) as exc:
            yield SourceError(src.path, str(getattr(exc, "strerror", None) or exc))
        except Exception as exc:  # a parser choking on one file must not stop the run
            yield SourceError(src.path, f"cannot read: {type(exc).__name__}: {exc}")


# ----- extraction -----------------------------------------------------------------------------------
def prepare(article: Article, extractor: Extractor | None = None, *, published: str | None = None,
            outlet: str | None = None) -> Prepared:
    """Extract one article's record. ``published``/``outlet`` fill in what the article lacks."""
    if extractor is None:
        from .api import extract as extractor
    record = extractor(article.text, published=article.published or published, id=article.id,
                       title=article.title, outlet=article.outlet or outlet, url=article.url)
    return Prepared(record, content_hash(record.doc.text), article.source)


def article_hash(article: Article) -> str:
    """The content hash the article's record will have (computed before extracting it)."""
    return content_hash(clean_input(article.text))


# ----- progress ---------------------------------------------------------------------------------------
class Progress:
    """A one-line progress bar on stderr: done/total, rate, ETA. Silent when stderr is not a terminal."""

    def __init__(self, total: int, *, label: str = "ingest", stream: TextIO | None = None,
                 enabled: bool | None = None, width: int = 28) -> None:
        self.total = max(0, total)
        self.done = 0
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.width = width
        self.start = time.monotonic()
        self._last = 0.0
        self.note = ""

    def advance(self, n: int = 1, note: str = "") -> None:
        self.done += n
        if note:
            self.note = note
        now = time.monotonic()
        if self.enabled and (now - self._last >= 0.1 or self.done >= self.total):
            self._last = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max(1e-9, (now or time.monotonic()) - self.start)
        rate = self.done / elapsed
        frac = self.done / self.total if self.total else 1.0
        filled = int(round(frac * self.width))
        bar = "━" * filled + "─" * (self.width - filled)
        eta = (self.total - self.done) / rate if rate > 0 and self.total else 0.0
        return (f"{self.label} {bar} {self.done}/{self.total} {frac:4.0%}  {rate:,.1f}/s  "
                f"ETA {_clock(eta)}  {self.note}").rstrip()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


# ----- the whole run ----------------------------------------------------------------------------------
def ingest(paths: Sequence[str | os.PathLike[str]], store: Store, *, published: str | None = None,
           outlet: str | None = None, extractor: Extractor | None = None, progress: bool | None = None,
           on_error: Callable[[SourceError], None] | None = None, merge: bool = True) -> IngestReport:
    """Ingest files and folders into ``store``; returns what happened (errors included).

    ``on_error`` is called for each article that could not be read or extracted
    (default: a line on stderr). Merged events are refreshed at the end unless
    ``merge`` is false.
    """
    report = IngestReport()
    t0 = time.monotonic()
    sources, errors = plan(paths)
    report.total = sum(s.count for s in sources)
    if extractor is None:
        from .api import load

        load()  # build the pipeline before the clock starts: the rate is the steady one
    bar = Progress(report.total, enabled=progress)

    def fail(err: SourceError) -> None:
        record_failure(report, bar, on_error, err)

    def step() -> None:
        bar.advance(note=f"new {report.added + report.replaced} · known {report.skipped} · failed {report.failed}")

    for err in errors:
        fail(err)
    for item in iter_articles(sources):
        if isinstance(item, SourceError):
            fail(item)
            step()
            continue
        if store.has_content(article_hash(item)):
            report.skipped += 1
            step()
            continue
        try:
            prepared = prepare(item, extractor, published=published, outlet=outlet)
        except InputError as exc:
            fail(SourceError(item.source, str(exc)))
            step()
            continue
        except Exception as exc:  # an extractor bug on one article must not lose the rest
            fail(SourceError(item.source, f"extraction failed: {type(exc).__name__}: {exc}"))
            step()
            continue
        result = store.write_document(prepared.record, content_hash_=prepared.hash, source=prepared.source)
        if result == "added":
            report.added += 1
        elif result == "replaced":
            report.replaced += 1
        else:
            report.skipped += 1
        step()
    bar.close()
    if merge:
        t = time.monotonic()
        report.merged = store.refresh_merged()
        report.phases["merge"] = time.monotonic() - t
    report.seconds = time.monotonic() - t0
    return report


def record_failure(report: Any, bar: Any, on_error: Any, err: SourceError) -> None:
    """Count a failed source in ``report`` and tell the caller's hook, or stderr (clearing the bar's line)."""
    report.failed += 1
    report.errors.append(err)
    if on_error is not None:
        on_error(err)
        return
    if bar.enabled:
        sys.stderr.write("\r\x1b[K")
    print(f"marsad ingest: {err.source}: {err.message}", file=sys.stderr)
