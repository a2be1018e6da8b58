"""The column lists every reader of the store shares (store, REST API, exports): one
definition, so that a column added to the events table shows up everywhere at once."""

from __future__ import annotations

# one row per merged event, as the store contract (STORE_API.md) lists them
EVENT_COLUMNS: tuple[str, ...] = (
    "id",
    "date",
    "type",
    "mode",
    "source",
    "target",
    "negated",
    "hypothetical",
    "cameo",
    "goldstein",
    "quad_class",
    "location_name",
    "location_country",
    "location_adm1",
    "geonames_id",
    "lat",
    "lon",
    "location_precision",
    "tone",
    "num_mentions",
    "num_sources",
    "num_articles",
    "document_id",
    "sentence",
    "confidence",
    "source_name",
    "target_name",
)

# public event columns beyond the contract (exports and `lagebild events` carry them)
EVENT_DETAIL_COLUMNS: tuple[str, ...] = ("symmetric", "last_date")

# bookkeeping of the merge (store.events() returns them; exports and the API leave them out)
EVENT_INTERNAL_COLUMNS: tuple[str, ...] = ("first_mention_id", "merge_key")

# what store.events() selects
STORE_EVENT_COLUMNS: tuple[str, ...] = EVENT_COLUMNS + EVENT_DETAIL_COLUMNS + EVENT_INTERNAL_COLUMNS

# what store.documents() selects
DOCUMENT_COLUMNS: tuple[str, ...] = (
    "id",
    "source",
    "url",
    "date",
    "title",
    "teaser",
    "text",
    "credits",
    "captions",
    "boilerplate",
    "language",
    "format",
    "story_id",
    "tone",
    "content_hash",
    "source_key",
    "meta",
    "added_at",
    "updated_at",
)
