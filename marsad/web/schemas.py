"""The REST API's request and response models (they make the OpenAPI schema at /openapi.json).

Records themselves are ``marsad.record.Record``; these are the shapes of lists, the
events table, timeline, posture and map that the page reads.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Page", "Stats", "DocumentSummary", "SearchHit", "EntityRef", "EntityRow", "Report", "Conflict", "EventRow",
    "TimelineGroup", "Timeline", "PosturePoint", "PostureReport", "PostureSeries", "PostureOut", "MapFeature",
    "MapCollection", "ExtractRequest", "Article", "IngestRequest", "IngestResult", "IngestOut", "ErrorBody",
    "ErrorOut", "MAX_TEXT_CHARS", "MAX_BATCH",
]

T = TypeVar("T")
MAX_TEXT_CHARS = 200_000  # one article over the API; longer texts go through `marsad ingest`
MAX_BATCH = 100


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Page(_Out, Generic[T]):
    """One page of a list: ``items`` from ``offset``; ``has_more`` when another page follows."""

    items: list[T]
    limit: int
    offset: int
    has_more: bool
    total: int | None = Field(None, description="all matches, where cheap to count")


class Stats(_Out):
    documents: int
    entities: int
    events: int
    statements: int
    claims: int
    posture: int
    merged_events: int
    first_published: str | None = None
    last_published: str | None = None


class DocumentSummary(_Out):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    n_events: int = 0


class SearchHit(DocumentSummary):
    hits: int = 0
    snippet: str = ""
    highlight: list[int] | None = None


class EntityRef(_Out):
    key: str
    type: str | None = None
    name_ar: str | None = None
    name_en: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    country: str | None = None


class EntityRow(EntityRef):
    kb_id: str | None = None
    actor_code: str | None = None
    admin1: str | None = None
    geo_precision: str | None = None
    n_documents: int = 0
    n_events: int = 0


class Report(_Out):
    """One article's report of an event."""

    event_id: str
    doc_id: str
    local_id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    status: str
    date: str | None = None
    source_name: str | None = None
    via_name: str | None = None
    trigger: str | None = None
    sentence: str | None = None
    quantity_text: str | None = None


class Conflict(_Out):
    kind: str
    text: str
    detail: dict[str, Any] = Field(default_factory=dict)


class EventRow(_Out):
    """An event (merged across articles, or one report) as the events table shows it."""

    id: str
    merged: bool
    type: str
    mode: str | None = None
    status: str
    date: str | None = None
    grain: str | None = None
    summary_en: str = ""
    trigger: str | None = None
    sentence: str | None = None
    actors: list[EntityRef] = Field(default_factory=list)
    recipients: list[EntityRef] = Field(default_factory=list)
    places: list[EntityRef] = Field(default_factory=list)
    quantity: float | None = None
    quantity_text: str | None = None
    n_reports: int = 1
    corroboration: int = 1
    has_conflict: bool = False
    conflicts: list[Conflict] = Field(default_factory=list)
    reports: list[Report] = Field(default_factory=list)


class TimelineGroup(_Out):
    key: str
    name_ar: str | None = None
    name_en: str | None = None
    type: str | None = None
    events: list[EventRow]


class Timeline(_Out):
    by: Literal["place", "actor"]
    groups: list[TimelineGroup]


class PostureReport(_Out):
    doc_id: str
    local_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    status: str
    quantity: float | None = None
    quantity_text: str | None = None


class PosturePoint(_Out):
    date: str
    kind: Literal["posture", "movement"] = Field("posture", description="a stated level, or forces moved in or out")
    direction: Literal["in", "out", "at"] | None = None
    quantity: float | None = None
    lower: float | None = None
    upper: float | None = None
    approx: bool = False
    status: str
    disagree: bool = Field(False, description="reports of this date give different counts")
    reports: list[PostureReport]


class PostureSeries(_Out):
    key: str
    actor: EntityRef | None = None
    location: EntityRef | None = None
    unit: str | None = None
    points: list[PosturePoint]


class PostureOut(_Out):
    series: list[PostureSeries]


class MapFeature(_Out):
    type: Literal["Feature"] = "Feature"
    geometry: dict[str, Any]
    properties: dict[str, Any]


class MapCollection(_Out):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[MapFeature]


class Article(BaseModel):
    """An article to extract or ingest: the text and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="the article's text (UTF-8, plain text or HTML)")
    published: str | None = Field(None, pattern=r"^[12]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
                                  description="publication date YYYY-MM-DD (anchors relative dates)")
    id: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000, description="kept as metadata; never fetched")


class ExtractRequest(Article):
    pass


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[Article] = Field(min_length=1, max_length=MAX_BATCH)


class IngestResult(_Out):
    id: str
    result: Literal["added", "replaced", "skipped"]


class IngestOut(_Out):
    results: list[IngestResult]
    merged_events: int | None = None


class ErrorBody(_Out):
    status: int
    code: str
    message: str
    details: list[Any] = Field(default_factory=list)


class ErrorOut(_Out):
    error: ErrorBody
