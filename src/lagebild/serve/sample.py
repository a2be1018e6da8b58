"""Hand-made, already coded sample documents: a small store for the API tests, the browser
tests and trying the dashboard without running the NLP pipeline.

    from lagebild.serve.sample import sample_documents
    for doc in sample_documents():
        store.add(doc)

The articles are written for this purpose (no third-party text). Offsets are computed from the
strings, so they are exact.
"""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from lagebild.models import (
    ActorRef,
    ActorSlot,
    Document,
    EntityMention,
    EventMention,
    Evidence,
    Location,
    Sentence,
)

PLACES = {
    "Kiew": Location(name="Kiew", country="UKR", lat=50.45, lon=30.52, precision="city"),
    "Charkiw": Location(name="Charkiw", country="UKR", lat=49.99, lon=36.23, precision="city"),
    "Brüssel": Location(name="Brüssel", country="BEL", lat=50.85, lon=4.35, precision="city"),
    "Caracas": Location(name="Caracas", country="VEN", lat=10.49, lon=-66.88, precision="city"),
    "Gaza": Location(name="Gaza", country="PSE", lat=31.5, lon=34.47, precision="region"),
    "Berlin": Location(name="Berlin", country="DEU", lat=52.52, lon=13.40, precision="city"),
    "Khartum": Location(name="Khartum", country="SDN", lat=15.50, lon=32.56, precision="city"),
}

CAMEO = {  # type: (cameo, goldstein, quad class)
    "ASSAULT": ("190", -10.0, 4),
    "ACCUSE": ("112", -2.0, 3),
    "CONSULT": ("040", 1.0, 1),
    "AGREE": ("057", 8.0, 1),
    "AID": ("070", 7.0, 2),
    "THREATEN": ("138", -7.0, 3),
    "SANCTION": ("163", -8.0, 4),
    "REQUEST": ("102", 3.0, 1),
    "MOBILIZE": ("152", -7.2, 4),
    "PROTEST": ("141", -6.5, 3),
    "COERCE": ("173", -5.0, 4),
    "REJECT": ("120", -4.0, 3),
    "SUPPORT": ("051", 3.4, 1),
}

# Each article: date, source, title, teaser, body sentences, actor mentions, events.
# actor mention: (sentence no. in body, surface text, label, code, canonical name)
# event: (sentence no., type, trigger, (source code, surface) | None, (target code, surface) | None,
#         place | None, flags)
ARTICLES: list[dict[str, Any]] = [
    {
        "date": Date(2026, 11, 2),
        "source": "sample://tagesbericht/1",
        "title": "Russische Truppen greifen Charkiw an",
        "teaser": "Die Ukraine meldet schwere Angriffe im Osten des Landes.",
        "body": [
            "Russische Truppen haben in der Nacht die Stadt Charkiw mit Raketen angegriffen.",
            "Die ukrainische Regierung verurteilte den Angriff scharf.",
            "Präsident Selenskyj rief die NATO zu weiterer Unterstützung auf.",
        ],
        "actors": [
            (0, "Russische Truppen", "ORG", "RUS/MIL", "Russische Streitkräfte"),
            (0, "Charkiw", "LOC", "UKR", "Ukraine"),
            (1, "Die ukrainische Regierung", "ORG", "UKR/GOV", "Ukrainische Regierung"),
            (2, "Präsident Selenskyj", "PER", "UKR/GOV", "Wolodymyr Selenskyj"),
            (2, "NATO", "ORG", "IGO:NATO", "NATO"),
        ],
        "events": [
            (
                0,
                "ASSAULT",
                "angegriffen",
                ("RUS/MIL", "Russische Truppen"),
                ("UKR", "Charkiw"),
                "Charkiw",
                {},
            ),
            (
                1,
                "ACCUSE",
                "verurteilte",
                ("UKR/GOV", "Die ukrainische Regierung"),
                ("RUS/MIL", None),
                "Kiew",
                {},
            ),
            (
                2,
                "REQUEST",
                "rief",
                ("UKR/GOV", "Präsident Selenskyj"),
                ("IGO:NATO", "NATO"),
                "Kiew",
                {},
            ),
        ],
    },
    {
        "date": Date(2026, 11, 3),
        "source": "sample://tagesbericht/2",
        "title": "EU beschließt neue Sanktionen gegen Russland",
        "teaser": "Die Außenminister einigten sich in Brüssel auf ein weiteres Paket.",
        "body": [
            "Die Europäische Union hat neue Sanktionen gegen Russland verhängt.",
            "Moskau drohte daraufhin mit Gegenmaßnahmen.",
            "Die Bundesregierung begrüßte den Beschluss der Außenminister.",
        ],
        "actors": [
            (0, "Die Europäische Union", "ORG", "IGO:EU", "Europäische Union"),
            (0, "Russland", "LOC", "RUS", "Russland"),
            (1, "Moskau", "LOC", "RUS/GOV", "Russische Regierung"),
            (2, "Die Bundesregierung", "ORG", "DEU/GOV", "Bundesregierung"),
        ],
        "events": [
            (
                0,
                "SANCTION",
                "verhängt",
                ("IGO:EU", "Die Europäische Union"),
                ("RUS", "Russland"),
                "Brüssel",
                {},
            ),
            (
                1,
                "THREATEN",
                "drohte",
                ("RUS/GOV", "Moskau"),
                ("IGO:EU", None),
                None,
                {"hypothetical": True},
            ),
            (
                2,
                "SUPPORT",
                "begrüßte",
                ("DEU/GOV", "Die Bundesregierung"),
                ("IGO:EU", None),
                "Berlin",
                {},
            ),
        ],
    },
    {
        "date": Date(2026, 11, 3),
        "source": "sample://weltspiegel/7",
        "title": "Gespräche über Waffenruhe in Gaza",
        "teaser": "Vermittler berichten von Fortschritten.",
        "body": [
            "Vertreter Israels und der Hamas verhandelten in Kairo über eine Waffenruhe.",
            "Ägypten vermittelte zwischen beiden Seiten.",
            "Eine Einigung gab es zunächst nicht.",
        ],
        "actors": [
            (0, "Israels", "LOC", "ISR/GOV", "Israelische Regierung"),
            (0, "Hamas", "ORG", "PSE/REB", "Hamas"),
            (1, "Ägypten", "LOC", "EGY/GOV", "Ägyptische Regierung"),
        ],
        "events": [
            (
                0,
                "CONSULT",
                "verhandelten",
                ("ISR/GOV", "Israels"),
                ("PSE/REB", "Hamas"),
                "Gaza",
                {},
            ),
            (1, "CONSULT", "vermittelte", ("EGY/GOV", "Ägypten"), ("ISR/GOV", None), "Gaza", {}),
            (
                2,
                "AGREE",
                "Einigung",
                ("ISR/GOV", None),
                ("PSE/REB", None),
                "Gaza",
                {"negated": True},
            ),
        ],
    },
    {
        "date": Date(2026, 11, 4),
        "source": "sample://tagesbericht/3",
        "title": "Erneut Angriffe auf Charkiw",
        "teaser": "Die Armee meldet Drohnenangriffe.",
        "body": [
            "Russische Truppen griffen Charkiw erneut mit Drohnen an.",
            "Die Europäische Union sagte der Ukraine weitere Hilfe zu.",
            "In Caracas protestierten Tausende gegen die Regierung von Venezuela.",
            "Die Polizei nahm Dutzende Demonstranten fest.",
        ],
        "actors": [
            (0, "Russische Truppen", "ORG", "RUS/MIL", "Russische Streitkräfte"),
            (0, "Charkiw", "LOC", "UKR", "Ukraine"),
            (1, "Die Europäische Union", "ORG", "IGO:EU", "Europäische Union"),
            (1, "Ukraine", "LOC", "UKR", "Ukraine"),
            (2, "Tausende", "MISC", "VEN/CVL", "Demonstranten"),
            (2, "die Regierung von Venezuela", "ORG", "VEN/GOV", "Venezolanische Regierung"),
            (3, "Die Polizei", "ORG", "VEN/COP", "Venezolanische Polizei"),
            (3, "Demonstranten", "MISC", "VEN/CVL", "Demonstranten"),
        ],
        "events": [
            (
                0,
                "ASSAULT",
                "griffen",
                ("RUS/MIL", "Russische Truppen"),
                ("UKR", "Charkiw"),
                "Charkiw",
                {},
            ),
            (
                1,
                "AID",
                "sagte",
                ("IGO:EU", "Die Europäische Union"),
                ("UKR", "Ukraine"),
                "Brüssel",
                {"hypothetical": True},
            ),
            (
                2,
                "PROTEST",
                "protestierten",
                ("VEN/CVL", "Tausende"),
                ("VEN/GOV", "die Regierung von Venezuela"),
                "Caracas",
                {},
            ),
            (
                3,
                "COERCE",
                "nahm",
                ("VEN/COP", "Die Polizei"),
                ("VEN/CVL", "Demonstranten"),
                "Caracas",
                {},
            ),
        ],
    },
    {
        "date": Date(2026, 11, 5),
        "source": "sample://weltspiegel/8",
        "title": "Kämpfe im Sudan halten an",
        "teaser": "Hilfsorganisationen warnen vor einer Hungersnot <script>alert(1)</script>.",
        "body": [
            "Die RSF-Miliz griff Stellungen der Armee in Khartum an.",
            "Die Vereinten Nationen forderten eine sofortige Feuerpause.",
            "Russland wies die Vorwürfe der Ukraine zurück.",
        ],
        "actors": [
            (0, "Die RSF-Miliz", "ORG", "SDN/REB", "Rapid Support Forces"),
            (0, "Armee", "ORG", "SDN/MIL", "Sudanesische Streitkräfte"),
            (1, "Die Vereinten Nationen", "ORG", "IGO:UN", "Vereinte Nationen"),
            (2, "Russland", "LOC", "RUS", "Russland"),
            (2, "Ukraine", "LOC", "UKR", "Ukraine"),
        ],
        "events": [
            (
                0,
                "ASSAULT",
                "griff",
                ("SDN/REB", "Die RSF-Miliz"),
                ("SDN/MIL", "Armee"),
                "Khartum",
                {},
            ),
            (
                1,
                "REQUEST",
                "forderten",
                ("IGO:UN", "Die Vereinten Nationen"),
                ("SDN/REB", None),
                "Khartum",
                {},
            ),
            (2, "REJECT", "wies", ("RUS", "Russland"), ("UKR", "Ukraine"), None, {}),
        ],
    },
]


def _find(text: str, needle: str, start: int = 0) -> int:
    pos = text.find(needle, start)
    if pos < 0:
        raise ValueError(f"{needle!r} not in {text!r}")
    return pos


def _slot(x: tuple[str, str | None] | None, s: Sentence, names: dict) -> ActorSlot | None:
    if x is None:
        return None
    code, surface = x
    if surface is None:
        return ActorSlot(code=code, name=names.get(code))
    a = s.start + _find(s.text, surface)
    return ActorSlot(code=code, name=names.get(code), text=surface, start=a, end=a + len(surface))


def sample_documents() -> list[Document]:
    """The sample articles as coded Documents (sentences, actor mentions, event mentions)."""
    docs = []
    for art in ARTICLES:
        body = " ".join(art["body"])
        doc = Document(
            source=art["source"],
            format="text",
            url=None,
            date=art["date"],
            title=art["title"],
            teaser=art["teaser"],
            text=body,
            language="de",
        )
        doc.finalize_ids()
        sentences: list[Sentence] = []
        idx = 0
        for section, text in (("title", art["title"]), ("teaser", art["teaser"])):
            sentences.append(Sentence(idx=idx, section=section, start=0, end=len(text), text=text))
            idx += 1
        body_start = idx
        pos = 0
        for sent in art["body"]:
            s = _find(body, sent, pos)
            sentences.append(
                Sentence(idx=idx, section="body", start=s, end=s + len(sent), text=sent)
            )
            pos = s + len(sent)
            idx += 1
        doc.sentences = sentences

        body_sents = sentences[body_start:]
        for n, surface, label, code, name in art["actors"]:
            s = body_sents[n]
            a = s.start + _find(s.text, surface)
            doc.entities.append(
                EntityMention(
                    sentence_idx=s.idx,
                    section="body",
                    start=a,
                    end=a + len(surface),
                    text=surface,
                    label=label,
                    actor=ActorRef(code=code, name=name),
                    resolved_by="kb",
                )
            )
        names = {code: name for _, _, _, code, name in art["actors"]}
        for n, etype, trigger, src, tgt, place, flags in art["events"]:
            s = body_sents[n]
            t = s.start + _find(s.text, trigger)
            cameo, goldstein, quad = CAMEO[etype]

            doc.events.append(
                EventMention(
                    type=etype,
                    cameo=cameo,
                    goldstein=goldstein,
                    quad_class=quad,
                    source=_slot(src, s, names),
                    target=_slot(tgt, s, names),
                    negated=bool(flags.get("negated")),
                    hypothetical=bool(flags.get("hypothetical")),
                    confidence=0.9,
                    sentence_idx=s.idx,
                    section="body",
                    sentence=s.text,
                    start=t,
                    end=t + len(trigger),
                    date=art["date"],
                    location=PLACES[place].model_copy() if place else None,
                    evidence=Evidence(entry=f"sample.{etype.lower()}", trigger=trigger),
                )
            )
        docs.append(doc)
    return docs


def build_sample_store(path: str) -> int:
    """Write the sample documents into the store at `path`; returns how many were added."""
    from lagebild.store import open_store

    with open_store(path) as store:
        return sum(store.add(doc) == "added" for doc in sample_documents())


if __name__ == "__main__":  # python -m lagebild.serve.sample sample.duckdb
    import sys

    if len(sys.argv) != 2:
        sys.exit("usage: python -m lagebild.serve.sample STORE.duckdb")
    print(f"{build_sample_store(sys.argv[1])} sample documents added to {sys.argv[1]}")
