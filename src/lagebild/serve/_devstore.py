"""TEMPORARY stand-in for lagebild.store until it lands (same contract, guessed schema)."""

from __future__ import annotations

import hashlib
import json

import duckdb

SCHEMA = """
create table if not exists documents(id varchar primary key, source varchar, url varchar, date date,
  title varchar, teaser varchar, text varchar, credits varchar[], captions varchar[], language varchar,
  format varchar, story_id varchar, tone double, content_hash varchar);
create table if not exists sentences(document_id varchar, idx int, section varchar, start int,
  "end" int, text varchar, tone double);
create table if not exists entity_mentions(document_id varchar, sentence_idx int, section varchar,
  start int, "end" int, text varchar, label varchar, actor_code varchar, actor_name varchar,
  kb_id varchar, resolved_by varchar);
create table if not exists event_mentions(id varchar, event_id varchar, document_id varchar,
  sentence_idx int, section varchar, start int, "end" int, sentence varchar, type varchar,
  source varchar, target varchar, negated boolean, hypothetical boolean, confidence double,
  evidence varchar, reported_by varchar);
create table if not exists events(id varchar primary key, date date, type varchar, mode varchar,
  source varchar, target varchar, negated boolean, hypothetical boolean, cameo varchar,
  goldstein double, quad_class int, location_name varchar, location_country varchar,
  location_adm1 varchar, geonames_id bigint, lat double, lon double, location_precision varchar,
  tone double, num_mentions int, num_sources int, num_articles int, document_id varchar,
  sentence varchar, confidence double, source_name varchar, target_name varchar);
create table if not exists errors(source varchar, reason varchar, severity varchar, stage varchar);
"""


class DevStore:
    def __init__(self, path):
        self.path = str(path)
        self.con = duckdb.connect(self.path)
        self.con.execute(SCHEMA)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def close(self):
        self.con.close()

    def sql(self, query, params=None):
        return self.con.execute(query, params or []).df()

    def add(self, doc):
        c = self.con
        if c.execute("select 1 from documents where id=?", [doc.id]).fetchone():
            return "unchanged"
        c.execute("begin")
        c.execute(
            "insert into documents values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                doc.id,
                doc.source,
                doc.url,
                doc.date,
                doc.title,
                doc.teaser,
                doc.text,
                doc.credits,
                doc.captions,
                doc.language,
                doc.format,
                doc.story_id,
                doc.tone,
                doc.content_hash,
            ],
        )
        for s in doc.sentences:
            c.execute(
                "insert into sentences values (?,?,?,?,?,?,?)",
                [doc.id, s.idx, s.section, s.start, s.end, s.text, s.tone],
            )
        for e in doc.entities:
            c.execute(
                "insert into entity_mentions values (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    doc.id,
                    e.sentence_idx,
                    e.section,
                    e.start,
                    e.end,
                    e.text,
                    e.label,
                    e.actor.code if e.actor else None,
                    e.actor.name if e.actor else None,
                    e.actor.kb_id if e.actor else None,
                    e.resolved_by,
                ],
            )
        for i, m in enumerate(doc.events):
            src = m.source.code if m.source else None
            tgt = m.target.code if m.target else None
            eid = hashlib.sha1(
                f"{m.date or doc.date}|{m.type}|{src}|{tgt}|{m.negated}|{m.hypothetical}".encode()
            ).hexdigest()[:16]
            c.execute(
                "insert into event_mentions values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    f"{doc.id}-{i}",
                    eid,
                    doc.id,
                    m.sentence_idx,
                    m.section,
                    m.start,
                    m.end,
                    m.sentence,
                    m.type,
                    src,
                    tgt,
                    m.negated,
                    m.hypothetical,
                    m.confidence,
                    json.dumps(m.evidence.model_dump()),
                    m.reported_by.code if m.reported_by else None,
                ],
            )
            loc = m.location
            if c.execute("select 1 from events where id=?", [eid]).fetchone():
                c.execute(
                    "update events set num_mentions=num_mentions+1, num_articles=num_articles+1 where id=?",
                    [eid],
                )
                continue
            c.execute(
                "insert into events values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    eid,
                    m.date or doc.date,
                    m.type,
                    m.mode,
                    src,
                    tgt,
                    m.negated,
                    m.hypothetical,
                    m.cameo,
                    m.goldstein,
                    m.quad_class,
                    loc and loc.name,
                    loc and loc.country,
                    loc and loc.adm1,
                    loc and loc.geonames_id,
                    loc and loc.lat,
                    loc and loc.lon,
                    loc and loc.precision,
                    m.tone,
                    1,
                    1,
                    1,
                    doc.id,
                    m.sentence,
                    m.confidence,
                    m.source.name if m.source else None,
                    m.target.name if m.target else None,
                ],
            )
        c.execute("commit")
        return "added"

    def stats(self):
        return {
            t: self.con.execute(f"select count(*) from {t}").fetchone()[0]
            for t in (
                "documents",
                "sentences",
                "entity_mentions",
                "event_mentions",
                "events",
                "errors",
            )
        }


def open_store(path_or_url=None):
    return DevStore(path_or_url)
