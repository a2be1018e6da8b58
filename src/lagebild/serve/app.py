"""The FastAPI app: REST API under /api/, OpenAPI at /openapi.json, the dashboard at /.

    from lagebild.serve import create_app
    app = create_app("events.duckdb", token="s3cret")

Process model: this process owns the DuckDB file. It opens the store once; the ingest worker
(`worker.py`) is the only writer, and every request reads through its own cursor, so the API
keeps answering while documents are being ingested (each shows up once its transaction commits).
A PostgreSQL store (`create_app("postgresql://…")`) may have other writers too (`lagebild
ingest` elsewhere): requests then read through pooled connections, and cached answers are
keyed by the database's snapshot (any committed write changes it), not the worker's counter.
"""

import hmac
import queue
import re
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager
from datetime import date as Date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)
from starlette.concurrency import run_in_threadpool

from lagebild.models import PLOVER_TYPES
from lagebild.serve.actor_file import add_entry
from lagebild.serve.queries import EVENT_SORTS, EventFilter, Queries
from lagebild.serve.worker import IngestWorker, UnsafeURL, check_url, default_processor

MAX_BODY_BYTES = 1024 * 1024
ID = r"^[A-Za-z0-9_.:\-]{1,128}$"
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip (paging)")]
ACTOR_PATTERN = r"^([A-Z]{3}(/[A-Z]{3})?|(IGO|NGO):[A-Z0-9_]{2,30})$"


def _iso_date(value: Any) -> Any:
    """Dates only as YYYY-MM-DD (no timestamps, no other formats)."""
    if isinstance(value, Date):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("use a date as YYYY-MM-DD")
    return value


IsoDate = Annotated[Date, BeforeValidator(_iso_date)]
ActorCode = Annotated[str, StringConstraints(pattern=ACTOR_PATTERN, max_length=40)]
Iso3 = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
PloverType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
Quad = Annotated[int, Field(ge=1, le=4)]
HINTS = {
    "actor": "an actor code such as RUS, RUS/MIL, IGO:UN (upper case)",
    "code": "an actor code such as RUS, RUS/MIL, IGO:UN (upper case)",
    "country": "an ISO alpha-3 country code in upper case, such as UKR",
    "sector": "a three-letter sector code in upper case, such as GOV or MIL",
}


# --------------------------------------------------------------------------- request models
class IngestText(BaseModel):
    """A document given as text (with optional title, teaser, date, language, source)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., min_length=1, max_length=500_000, pattern=r"\S")
    title: str | None = Field(None, max_length=2000)
    teaser: str | None = Field(None, max_length=10_000)
    date: IsoDate | None = None
    lang: Literal["de", "en"] | None = None
    source: str | None = Field(None, max_length=500, description="where the text came from")


class IngestURL(BaseModel):
    """A document the server fetches from `url` (public addresses only, unless allowed)."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(..., min_length=8, max_length=2000, pattern=r"^https?://[^\s\x00-\x1f\x7f]+$")
    date: IsoDate | None = None
    lang: Literal["de", "en"] | None = None


class ActorEntry(BaseModel):
    """An actor to add to the knowledge base used for the next ingests."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(
        ...,
        max_length=40,
        pattern=ACTOR_PATTERN,
        description="CONVENTIONS.md code: RUS, RUS/MIL, IGO:UN (upper case)",
    )
    name: str = Field(..., min_length=1, max_length=200, pattern=r"\S")
    kind: Literal["organisation", "person"] = "organisation"
    aliases: list[Annotated[str, Field(min_length=1, max_length=200, pattern=r"\S")]] = Field(
        default_factory=list, max_length=50
    )
    role: str | None = Field(None, max_length=100, description="e.g. 'chancellor'")
    kb_id: str | None = Field(
        None, max_length=40, pattern=r"^[A-Za-z0-9_:\-]+$", description="Wikidata QID"
    )
    valid_from: IsoDate | None = None
    valid_until: IsoDate | None = None

    @model_validator(mode="after")
    def _check(self) -> "ActorEntry":
        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            raise ValueError("valid_from is after valid_until")
        return self


# -------------------------------------------------------------------------- response models
class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class EventOut(_Open):
    id: str
    date: str | None = None
    type: str | None = None
    source: str | None = None
    target: str | None = None
    negated: bool | None = None
    hypothetical: bool | None = None
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    location_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    num_mentions: int | None = None
    document_id: str | None = None
    sentence: str | None = None


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    sort: str
    items: list[EventOut]


class MentionOut(_Open):
    id: str | None = None
    document_id: str | None = None
    sentence_idx: int | None = None
    section: str | None = None
    start: int | None = None
    end: int | None = None
    sentence: str | None = None
    sentence_start: int | None = None
    document_title: str | None = None
    document_url: str | None = None
    entities: list[dict[str, Any]] = []


class EventDetail(EventOut):
    mentions: list[MentionOut]


class ActorOut(BaseModel):
    code: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    as_source: int
    as_target: int
    total: int


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ActorOut]


class NodeOut(BaseModel):
    id: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    weight: int
    out: int
    in_: int = Field(alias="in")


class EdgeOut(BaseModel):
    source: str
    target: str
    weight: int
    goldstein: float | None = None
    top_type: str | None = None


class NetworkOut(BaseModel):
    group: str
    nodes: list[NodeOut]
    edges: list[EdgeOut]


class TimelineRow(BaseModel):
    date: str
    key: str | int | None
    n: int


class TimelineOut(BaseModel):
    by: str
    interval: str
    rows: list[TimelineRow]


class MapPoint(BaseModel):
    lat: float
    lon: float
    name: str | None = None
    country: str | None = None
    precision: str | None = None
    n: int
    goldstein: float | None = None


class MapOut(BaseModel):
    points: list[MapPoint]


class DocumentListItem(_Open):
    id: str
    date: str | None = None
    title: str | None = None
    num_event_mentions: int


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DocumentListItem]


class DocumentDetail(_Open):
    id: str
    text: str | None = None
    sentences: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    events: list[dict[str, Any]]


class JobOut(BaseModel):
    id: str
    kind: str
    status: str
    result: str | None = None
    document_id: str | None = None
    num_events: int | None = None
    error: str | None = None


class Problem(BaseModel):
    detail: Any
    message: str | None = None


# ------------------------------------------------------------------------------- middleware
class BodyLimit:
    """Refuse request bodies over `limit` bytes (413), by Content-Length and while streaming."""

    def __init__(self, app: Any, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = True
                if too_big:
                    await self._reject(send)
                    return
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await self._reject(send)

    async def _reject(self, send: Callable) -> None:
        body = b'{"detail":"request body too large (limit %d bytes)"}' % self.limit
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


# ------------------------------------------------------------------------------ the factory
def _found(value: Any, what: str, key: str) -> Any:
    """The looked-up object, or a 404 problem naming what was not there."""
    if value is None:
        raise HTTPException(404, f"no {what} {key!r}")
    return value


def _bad(message: str, param: str) -> RequestValidationError:
    return RequestValidationError(
        [{"loc": ("query", param), "msg": message, "type": "value_error"}]
    )


def event_filter(
    actor: Annotated[
        list[ActorCode] | None,
        Query(description="actor code, as source or target (RUS/MIL, IGO:UN); repeatable"),
    ] = None,
    country: Annotated[
        list[Iso3] | None,
        Query(description="ISO alpha-3 country of an actor (source or target); repeatable"),
    ] = None,
    sector: Annotated[
        list[Iso3] | None, Query(description="actor sector: GOV, MIL, COP, REB, CVL, ...")
    ] = None,
    type: Annotated[list[PloverType] | None, Query(description="PLOVER event type")] = None,
    quad_class: Annotated[
        list[Quad] | None,
        Query(description="1 verbal coop., 2 material coop., 3 verbal confl., 4 material confl."),
    ] = None,
    since: Annotated[IsoDate | None, Query(description="first day (YYYY-MM-DD)")] = None,
    until: Annotated[IsoDate | None, Query(description="last day (YYYY-MM-DD)")] = None,
    place: Annotated[
        str | None,
        Query(max_length=100, description="place name (exact) or ISO3 country of the place"),
    ] = None,
    q: Annotated[
        str | None,
        Query(max_length=200, description="text in the event's sentence (case-insensitive)"),
    ] = None,
    flagged: Annotated[
        Literal["include", "exclude", "only"] | None,
        Query(
            description="negated/hypothetical events: include, exclude or only them; default: "
            "include in /api/events (each carries its flags), exclude from counts (actors, "
            "network, timeline, map), since a flagged event is never counted as a plain one"
        ),
    ] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
) -> EventFilter:
    if since and until and since > until:
        raise _bad(f"since ({since}) is after until ({until})", "since")
    return EventFilter(
        actor=list(actor or []),
        country=list(country or []),
        sector=list(sector or []),
        type=list(type or []),
        quad_class=list(quad_class or []),
        since=since,
        until=until,
        place=place.strip() or None if place else None,
        q=q.strip() or None if q else None,
        flagged=flagged or "",
        min_confidence=min_confidence,
    )


def static_dir() -> Path:
    return Path(str(resources.files("lagebild") / "static"))


def _open_store(db_path: str | Path) -> Any:
    from lagebild.store import open_store

    return open_store(str(db_path))


def _reader_root(store: Any, db_path: str | Path) -> Any:
    """Where per-request cursors come from: the store's own reader (PostgreSQL: a connection
    pool), else a DuckDB connection to the store's database instance."""
    reader = getattr(store, "reader", None)
    if callable(reader):
        return reader()
    for attr in ("con", "conn", "connection", "_con", "_conn", "db"):
        con = getattr(store, attr, None)
        if con is not None and hasattr(con, "cursor"):
            return con.cursor()
    import duckdb  # same file, same process: DuckDB shares the open database instance

    return duckdb.connect(str(db_path))


def _server_actor_file(url: str) -> Path:
    """The actor file of a server store: in the user data directory, named after the
    database (host, port, database name, schema); never the password."""
    from urllib.parse import parse_qs, urlsplit

    from platformdirs import user_data_dir

    parts = urlsplit(url)
    options = " ".join(parse_qs(parts.query).get("options", []))
    schema = re.search(r"search_path\s*=\s*([\w$]+)", options)
    name = "-".join(
        x
        for x in (
            parts.hostname,
            str(parts.port or ""),
            parts.path.strip("/"),
            schema and schema[1],
        )
        if x
    )
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", name) or "postgres"
    return Path(user_data_dir("lagebild", appauthor=False)) / f"{name}.actors.yaml"


def create_app(
    db_path: str | Path,
    token: str | None = None,
    allow_private_urls: bool = False,
    *,
    processor: Callable | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    actor_file: str | Path | None = None,
    cache_size: int = 512,
) -> FastAPI:
    """Build the app on the store at `db_path`: a DuckDB file (created when missing) or a
    PostgreSQL URL (`postgresql://…`).

    token: the secret writing endpoints require (`Authorization: Bearer <token>` or
    `X-Lagebild-Token`); None disables writing. allow_private_urls: let POST /api/documents
    fetch URLs on loopback/private networks. processor: RawDocument -> coded Document
    (default: the full pipeline; tests inject their own). cache_size: how many answers to
    identical GET requests to keep until the next write (0: none).
    """
    from lagebild.store import is_url

    if is_url(db_path):
        db_path = str(db_path)
        actor_path = Path(actor_file) if actor_file else _server_actor_file(db_path)
    else:
        db_path = Path(db_path)
        actor_path = (
            Path(actor_file) if actor_file else db_path.with_name(db_path.name + ".actors.yaml")
        )
    store = _open_store(db_path)
    root = _reader_root(store, db_path)
    # Cached answers and memos are valid while the store's generation stays the same: the
    # ingest worker's counter when this process is the only writer (DuckDB), else the
    # database's own write state (PostgreSQL: its snapshot, which any committed write changes)
    exclusive = getattr(store, "exclusive_writer", True)
    store_generation = None if exclusive else getattr(root, "generation", None)
    if not exclusive and store_generation is None:
        cache_size = 0  # a backend that cannot tell: no cache

    def current_generation(cur: Any = None) -> Any:
        if exclusive:
            return worker.generation
        return store_generation(cur) if store_generation is not None else None

    def make_pipeline() -> Any:
        from lagebild.pipeline import Pipeline

        return Pipeline(actor_files=[actor_path] if actor_path.exists() else [])

    proc = processor or default_processor(make_pipeline)
    worker = IngestWorker(store, proc, allow_private_urls=allow_private_urls)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Iterator[None]:
        worker.start()
        try:
            yield
        finally:
            worker.stop()

    app = FastAPI(
        title="lagebild",
        version="0.1.0",
        description=(
            "Coded political events (PLOVER/CAMEO) from news, each traced to its sentence. "
            "Read endpoints are open; writing endpoints need the server's token."
        ),
        lifespan=lifespan,
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.store = store
    app.state.worker = worker
    app.state.reader = root
    worker.start()  # also when used without lifespan (e.g. a TestClient not used as context)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        parts = []
        for e in errors[:6]:
            loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path")]
            loc = [x for x in loc if not x.isdigit()]
            name = ".".join(loc) or "request"
            msg = str(e.get("msg"))
            if e.get("type") == "string_pattern_mismatch" and loc and loc[-1] in HINTS:
                msg = f"{e.get('input')!r} is not {HINTS[loc[-1]]}"
            parts.append(f"{name}: {msg}")
        if any(str(x) in ("IngestText", "IngestURL") for e in errors for x in e.get("loc", ())):
            parts.insert(0, 'send either {"text": ...} or {"url": ...}')
        detail = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in errors]
        return JSONResponse(
            status_code=422, content={"detail": detail, "message": "; ".join(parts)}
        )

    # Answers to identical GETs are kept until the next write: the server is the only writer
    # (see worker.generation), so a cached answer is exactly what the query would return.
    cache: OrderedDict | None = OrderedDict() if cache_size > 0 else None

    def _cacheable(path: str) -> bool:
        return path.startswith("/api/") and not path.startswith(("/api/jobs", "/api/stats"))

    @app.middleware("http")
    async def _headers(request: Request, call_next: Callable) -> Any:
        key = None
        if cache is not None and request.method == "GET" and _cacheable(request.url.path):
            key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
            # read before the request's snapshot is taken
            generation = (
                worker.generation if exclusive else await run_in_threadpool(current_generation)
            )
            hit = cache.get(key)
            if hit is not None and hit[0] == generation:
                cache.move_to_end(key)
                response = Response(hit[1], media_type="application/json")
                response.headers["X-Cache"] = "hit"
                return _secure(request, response)
        response = await call_next(request)
        if key is not None and response.status_code == 200:
            body = b"".join([chunk async for chunk in response.body_iterator])
            if len(body) <= 4 * 1024 * 1024:
                cache[key] = (generation, body)
                while len(cache) > cache_size:
                    cache.popitem(last=False)
            response = Response(
                body,
                status_code=200,
                headers={
                    k: v for k, v in response.headers.items() if k.lower() != "content-length"
                },
            )
            response.headers["X-Cache"] = "miss"
        return _secure(request, response)

    def _secure(request: Request, response: Any) -> Any:
        if response.status_code == 405:  # list every method of the path, not just one route's
            methods = set()
            for route in app.routes:
                if isinstance(route, APIRoute) and route.path_regex.match(request.url.path):
                    methods |= route.methods
            if methods:
                response.headers["Allow"] = ", ".join(sorted(methods))
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.url.path.startswith("/api/docs"):
            response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    app.add_middleware(BodyLimit, limit=max_body_bytes)

    memo: dict[str, Any] = {}  # per-generation answers shared by requests (actor names)

    def queries() -> Iterator[Queries]:
        # one cursor and one read transaction per request: a consistent snapshot, however
        # many queries the request runs, while the ingest worker commits documents
        cur = root.cursor()
        try:
            generation = current_generation(cur)  # read before the snapshot: conservative
            cur.execute("BEGIN TRANSACTION")
            yield Queries(
                cur, memo=memo, generation=generation, dialect=getattr(store, "backend", "duckdb")
            )
        finally:
            try:
                cur.execute("ROLLBACK")
            finally:
                cur.close()

    Q = Annotated[Queries, Depends(queries)]
    F = Annotated[EventFilter, Depends(event_filter)]
    bearer = HTTPBearer(auto_error=False, description="the server's LAGEBILD_TOKEN")

    def require_token(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None,
    ) -> None:
        if not token:
            raise HTTPException(
                403, "writing is disabled: start the server with LAGEBILD_TOKEN (or --token) set"
            )
        given = credentials.credentials if credentials else request.headers.get("x-lagebild-token")
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(
                401,
                "a valid token is needed to write (Authorization: Bearer <token>)",
                headers={"WWW-Authenticate": "Bearer"},
            )

    errors_422 = {422: {"model": Problem, "description": "malformed parameters"}}

    # ---------------------------------------------------------------------------- reading
    @app.get("/api/events", response_model=EventPage, responses=errors_422, tags=["events"])
    def list_events(
        qs: Q,
        f: F,
        sort: Annotated[
            str,
            Query(
                pattern="^-?(" + "|".join(EVENT_SORTS) + ")$",
                description="column to sort by, '-' prefix for descending",
            ),
        ] = "-date",
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Offset = 0,
    ) -> Any:
        """Merged events matching the filters, one page at a time."""
        f.flagged = f.flagged or "include"
        return qs.events(f, sort=sort, limit=limit, offset=offset)

    @app.get(
        "/api/events/{event_id}",
        response_model=EventDetail,
        responses={404: {"model": Problem}, **errors_422},
        tags=["events"],
    )
    def get_event(qs: Q, event_id: Annotated[str, PathParam(pattern=ID)]) -> Any:
        """One event with every mention: the sentence, its document and the actors in it."""
        return _found(qs.event(event_id), "event", event_id)

    @app.get("/api/actors", response_model=ActorPage, responses=errors_422, tags=["actors"])
    def list_actors(
        qs: Q,
        f: F,
        search: Annotated[str | None, Query(max_length=100)] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Offset = 0,
    ) -> Any:
        """Actors of the matching events, with how often they act (source) and are acted on."""
        f.flagged = f.flagged or "exclude"
        return qs.actors(f, search=search, limit=limit, offset=offset)

    @app.get("/api/network", response_model=NetworkOut, responses=errors_422, tags=["actors"])
    def network(
        qs: Q,
        f: F,
        group: Annotated[
            Literal["code", "country"], Query(description="nodes per actor code or per country")
        ] = "code",
        max_edges: Annotated[int, Query(ge=1, le=5000)] = 200,
    ) -> Any:
        """Who acts on whom: nodes and weighted, directed edges (source → target)."""
        f.flagged = f.flagged or "exclude"
        return qs.network(f, group=group, max_edges=max_edges)

    @app.get("/api/timeline", response_model=TimelineOut, responses=errors_422, tags=["events"])
    def timeline(
        qs: Q,
        f: F,
        by: Literal["type", "quad_class"] = "type",
        interval: Literal["day", "week", "month", "auto"] = "day",
    ) -> Any:
        """Event counts per day (or week/month) and type or quad class."""
        f.flagged = f.flagged or "exclude"
        return Response(qs.timeline(f, by=by, interval=interval), media_type="application/json")

    @app.get("/api/map", response_model=MapOut, responses=errors_422, tags=["events"])
    def map_points(qs: Q, f: F, limit: Annotated[int, Query(ge=1, le=20_000)] = 2000) -> Any:
        """Event counts per place (rounded coordinates), for the map."""
        f.flagged = f.flagged or "exclude"
        return Response(qs.map_points(f, limit=limit), media_type="application/json")

    @app.get(
        "/api/documents", response_model=DocumentPage, responses=errors_422, tags=["documents"]
    )
    def list_documents(
        qs: Q,
        q: Annotated[str | None, Query(max_length=200)] = None,
        since: IsoDate | None = None,
        until: IsoDate | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Offset = 0,
    ) -> Any:
        """Documents, newest first, with their number of event mentions."""
        if since and until and since > until:
            raise _bad(f"since ({since}) is after until ({until})", "since")
        return qs.documents(q=q, since=since, until=until, limit=limit, offset=offset)

    @app.get(
        "/api/documents/{document_id}",
        response_model=DocumentDetail,
        responses={404: {"model": Problem}, **errors_422},
        tags=["documents"],
    )
    def get_document(qs: Q, document_id: Annotated[str, PathParam(pattern=ID)]) -> Any:
        """One document with its sentences, actor mentions and event mentions (with offsets)."""
        return _found(qs.document(document_id), "document", document_id)

    @app.get("/api/stats", tags=["store"])
    def stats(qs: Q) -> dict[str, Any]:
        """Row counts, date range, events per type and quad class, the ingest queue."""
        out = qs.stats()
        out["ingest"] = worker.status()
        out["writable"] = bool(token)
        return out

    # ---------------------------------------------------------------------------- writing
    @app.post(
        "/api/documents",
        status_code=202,
        response_model=JobOut,
        dependencies=[Depends(require_token)],
        responses={
            400: {"model": Problem, "description": "the body is not valid JSON"},
            401: {"model": Problem},
            403: {"model": Problem},
            413: {"model": Problem},
            503: {"model": Problem},
            **errors_422,
        },
        tags=["documents"],
    )
    def ingest(body: IngestText | IngestURL) -> Any:
        """Queue a text or a URL for ingest; poll GET /api/jobs/{id} for the result."""
        if isinstance(body, IngestURL):
            try:
                check_url(body.url, allow_private_urls)
            except UnsafeURL as exc:
                raise HTTPException(422, str(exc)) from None
            payload = {"url": body.url, "date": body.date, "lang": body.lang}
            kind = "url"
        else:
            payload = body.model_dump()
            kind = "text"
        try:
            job = worker.submit(kind, payload)
        except queue.Full:
            raise HTTPException(503, "the ingest queue is full; try again later") from None
        return job.public()

    @app.get(
        "/api/jobs/{job_id}",
        response_model=JobOut,
        responses={404: {"model": Problem}, **errors_422},
        tags=["documents"],
    )
    def get_job(job_id: Annotated[str, PathParam(pattern=ID)]) -> Any:
        """The state of an ingest job: queued, running, done (with its result) or failed."""
        return _found(worker.get(job_id), "job", job_id).public()

    @app.post(
        "/api/actors",
        status_code=201,
        dependencies=[Depends(require_token)],
        responses={
            400: {"model": Problem, "description": "the body is not valid JSON"},
            401: {"model": Problem},
            403: {"model": Problem},
            413: {"model": Problem},
            **errors_422,
        },
        tags=["actors"],
    )
    def add_actor(entry: ActorEntry) -> dict[str, Any]:
        """Add an actor (organisation or person, with optional dated role) to the knowledge-base
        file next to the store; the ingests that follow use it."""
        with worker._lock:
            result = add_entry(actor_path, entry.model_dump(exclude_none=True, mode="json"))
            reset = getattr(proc, "reset", None)
            if reset:
                reset()
        return result

    # -------------------------------------------------------------------------- dashboard
    static = static_dir()
    if (static / "index.html").exists():
        app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> Any:
        page = static / "index.html"
        if not page.exists():
            raise HTTPException(404, "the dashboard is not built (see frontend/README.md)")
        return FileResponse(page, headers={"Cache-Control": "no-cache"})

    @app.get("/api", include_in_schema=False)
    def api_root() -> dict[str, Any]:
        return {"openapi": "/openapi.json", "docs": "/api/docs"}

    return app
