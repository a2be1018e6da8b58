"""The store schema as numbered migrations.

Each migration is a step `(version, name, statements)`; `statements` is a list of SQL strings or a
callable `fn(connection)`. `migrate(con)` applies, in order and each in its own transaction, every
step whose version is above the one recorded in `schema_version`, and records it there. Never edit
a step that has been released: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

Step = tuple[int, str, list[str] | Callable[[Any], None]]

_LOCATION = """
    location_name VARCHAR,
    location_country VARCHAR,
    location_adm1 VARCHAR,
    geonames_id BIGINT,
    lat DOUBLE,
    lon DOUBLE,
    location_precision VARCHAR"""

INITIAL = [
    """CREATE TABLE documents (
        id VARCHAR PRIMARY KEY,
        source VARCHAR NOT NULL,
        source_key VARCHAR,          -- what counts as one source: URL host, else the path
        url VARCHAR,
        format VARCHAR,
        date DATE,
        title VARCHAR,
        teaser VARCHAR,
        text VARCHAR,
        captions VARCHAR[],
        credits VARCHAR[],
        boilerplate VARCHAR[],
        language VARCHAR,
        content_hash VARCHAR,
        story_id VARCHAR,
        tone DOUBLE,
        meta VARCHAR,                -- JSON
        analysis_hash VARCHAR,       -- hash over sentences/entities/events as stored
        added_at TIMESTAMP,
        updated_at TIMESTAMP
    )""",
    """CREATE TABLE sentences (
        document_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        section VARCHAR,
        "start" INTEGER,
        "end" INTEGER,
        text VARCHAR,
        tone DOUBLE
    )""",
    """CREATE TABLE entity_mentions (
        document_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        sentence_idx INTEGER,
        section VARCHAR,
        "start" INTEGER,
        "end" INTEGER,
        text VARCHAR,
        label VARCHAR,
        actor_code VARCHAR,
        actor_name VARCHAR,
        kb_id VARCHAR,
        role VARCHAR,
        resolved_by VARCHAR
    )""",
    f"""CREATE TABLE event_mentions (
        id VARCHAR NOT NULL,         -- document_id:idx
        document_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        event_id VARCHAR,
        merge_key VARCHAR,
        sentence_idx INTEGER,
        section VARCHAR,
        "start" INTEGER,
        "end" INTEGER,
        sentence VARCHAR,
        type VARCHAR,
        mode VARCHAR,
        cameo VARCHAR,
        goldstein DOUBLE,
        quad_class INTEGER,
        source VARCHAR,
        source_name VARCHAR,
        source_text VARCHAR,
        target VARCHAR,
        target_name VARCHAR,
        target_text VARCHAR,
        "symmetric" BOOLEAN,
        negated BOOLEAN,
        hypothetical BOOLEAN,
        hedged BOOLEAN,
        reported_by VARCHAR,
        confidence DOUBLE,
        date DATE,                   -- the event date, else the document date
        {_LOCATION},
        tone DOUBLE,
        evidence VARCHAR             -- JSON
    )""",
    f"""CREATE TABLE events (
        id VARCHAR NOT NULL,
        merge_key VARCHAR,
        date DATE,
        last_date DATE,
        type VARCHAR,
        mode VARCHAR,
        source VARCHAR,
        target VARCHAR,
        "symmetric" BOOLEAN,
        negated BOOLEAN,
        hypothetical BOOLEAN,
        cameo VARCHAR,
        goldstein DOUBLE,
        quad_class INTEGER,
        {_LOCATION},
        tone DOUBLE,
        num_mentions INTEGER,
        num_sources INTEGER,
        num_articles INTEGER,
        document_id VARCHAR,         -- first mention
        sentence VARCHAR,            -- first mention
        first_mention_id VARCHAR,
        confidence DOUBLE,
        source_name VARCHAR,
        target_name VARCHAR
    )""",
    """CREATE TABLE document_minhash (
        document_id VARCHAR NOT NULL,
        signature BLOB
    )""",
    """CREATE TABLE minhash_bands (
        band INTEGER NOT NULL,
        key BIGINT NOT NULL,
        document_id VARCHAR NOT NULL
    )""",
    "CREATE SEQUENCE errors_id_seq START 1",
    """CREATE TABLE errors (
        id BIGINT DEFAULT nextval('errors_id_seq'),
        time TIMESTAMP,               -- UTC, last time seen
        first_time TIMESTAMP,         -- UTC, first time seen
        occurrences INTEGER DEFAULT 1,
        severity VARCHAR,             -- error | warning
        stage VARCHAR,                -- ingest | clean | nlp | actors | coding | enrich | store
        source VARCHAR,
        reason VARCHAR,
        document_id VARCHAR
    )""",
    "CREATE INDEX documents_story ON documents (story_id)",
    "CREATE INDEX documents_source ON documents (source)",
    "CREATE INDEX sentences_doc ON sentences (document_id)",
    "CREATE INDEX entity_mentions_doc ON entity_mentions (document_id)",
    "CREATE INDEX event_mentions_doc ON event_mentions (document_id)",
    "CREATE INDEX event_mentions_key ON event_mentions (merge_key)",
    "CREATE INDEX events_key ON events (merge_key)",
    "CREATE INDEX minhash_bands_key ON minhash_bands (band, key)",
]

SETTINGS = [
    "CREATE TABLE settings (key VARCHAR PRIMARY KEY, value VARCHAR)",
    # de-duplication parameters are properties of a store, not of one run
    "INSERT INTO settings VALUES ('window_days', '1'), ('story_threshold', '0.7')",
]

MIGRATIONS: list[Step] = [
    (1, "initial schema", INITIAL),
    (2, "settings: merge window and story threshold kept with the store", SETTINGS),
]

LATEST = MIGRATIONS[-1][0]


def _ddl(con: Any, statement: str) -> str:
    """The statement in the connection's dialect: the steps are written in DuckDB's spelling
    and a backend whose types are spelt otherwise (PostgreSQL: DOUBLE PRECISION, BYTEA)
    supplies `translate_ddl`."""
    translate = getattr(con, "translate_ddl", None)
    return translate(statement) if translate else statement


def current_version(con: Any) -> int:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        "version INTEGER NOT NULL, name VARCHAR, applied_at TIMESTAMP)"
    )
    row = con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: Any, steps: list[Step] | None = None) -> list[int]:
    """Apply the pending steps; returns the versions applied."""
    steps = MIGRATIONS if steps is None else steps
    have = current_version(con)
    if have > max((v for v, _, _ in steps), default=0):
        raise RuntimeError(
            f"this store has schema version {have}, newer than this lagebild knows "
            f"({LATEST}); upgrade lagebild"
        )
    applied = []
    for version, name, body in sorted(steps, key=lambda s: s[0]):
        if version <= have:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            if callable(body):
                body(con)
            else:
                for statement in body:
                    con.execute(_ddl(con, statement))
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, ?)",
                [version, name, datetime.now(UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
