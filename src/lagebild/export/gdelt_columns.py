"""The published GDELT 2.0 table layouts (GDELT Event Codebook V2.0 and the GDELT 2.0 mentions
table), as (column name, type) in file order. Types are those of GDELT's own BigQuery tables:
INTEGER, FLOAT or STRING. The files have no header; columns are tab-separated."""

from __future__ import annotations


def _actor(n: int) -> list[tuple[str, str]]:
    p = f"Actor{n}"
    return [
        (f"{p}Code", "STRING"),
        (f"{p}Name", "STRING"),
        (f"{p}CountryCode", "STRING"),
        (f"{p}KnownGroupCode", "STRING"),
        (f"{p}EthnicCode", "STRING"),
        (f"{p}Religion1Code", "STRING"),
        (f"{p}Religion2Code", "STRING"),
        (f"{p}Type1Code", "STRING"),
        (f"{p}Type2Code", "STRING"),
        (f"{p}Type3Code", "STRING"),
    ]


def _geo(p: str) -> list[tuple[str, str]]:
    return [
        (f"{p}_Type", "INTEGER"),
        (f"{p}_FullName", "STRING"),
        (f"{p}_CountryCode", "STRING"),
        (f"{p}_ADM1Code", "STRING"),
        (f"{p}_ADM2Code", "STRING"),
        (f"{p}_Lat", "FLOAT"),
        (f"{p}_Long", "FLOAT"),
        (f"{p}_FeatureID", "STRING"),
    ]


GDELT_EVENT_COLUMNS: list[tuple[str, str]] = [
    ("GlobalEventID", "INTEGER"),
    ("Day", "INTEGER"),
    ("MonthYear", "INTEGER"),
    ("Year", "INTEGER"),
    ("FractionDate", "FLOAT"),
    *_actor(1),
    *_actor(2),
    ("IsRootEvent", "INTEGER"),
    ("EventCode", "STRING"),
    ("EventBaseCode", "STRING"),
    ("EventRootCode", "STRING"),
    ("QuadClass", "INTEGER"),
    ("GoldsteinScale", "FLOAT"),
    ("NumMentions", "INTEGER"),
    ("NumSources", "INTEGER"),
    ("NumArticles", "INTEGER"),
    ("AvgTone", "FLOAT"),
    *_geo("Actor1Geo"),
    *_geo("Actor2Geo"),
    *_geo("ActionGeo"),
    ("DATEADDED", "INTEGER"),
    ("SOURCEURL", "STRING"),
]

GDELT_MENTION_COLUMNS: list[tuple[str, str]] = [
    ("GlobalEventID", "INTEGER"),
    ("EventTimeDate", "INTEGER"),
    ("MentionTimeDate", "INTEGER"),
    ("MentionType", "INTEGER"),
    ("MentionSourceName", "STRING"),
    ("MentionIdentifier", "STRING"),
    ("SentenceID", "INTEGER"),
    ("Actor1CharOffset", "INTEGER"),
    ("Actor2CharOffset", "INTEGER"),
    ("ActionCharOffset", "INTEGER"),
    ("InRawText", "INTEGER"),
    ("Confidence", "INTEGER"),
    ("MentionDocLen", "INTEGER"),
    ("MentionDocTone", "FLOAT"),
    ("MentionDocTranslationInfo", "STRING"),
    ("Extras", "STRING"),
]

assert len(GDELT_EVENT_COLUMNS) == 61
assert len(GDELT_MENTION_COLUMNS) == 16

# ActionGeo_Type etc.: GDELT's geographic resolution codes
GEO_TYPE_COUNTRY = 1
GEO_TYPE_US_STATE = 2
GEO_TYPE_US_CITY = 3
GEO_TYPE_WORLD_CITY = 4
GEO_TYPE_WORLD_STATE = 5
