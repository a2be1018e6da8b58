"""Actor resolution: mentions, dated roles, composition, in-document coreference."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from lagebild.actors import load_resolver
from lagebild.models import Document

D = date(2025, 10, 28)


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("de")


def code(resolver, text, day=D):
    ref = resolver.resolve_mention(text, day)
    return ref.code if ref else None


@pytest.mark.parametrize(
    "mention, expected",
    [
        ("Kreml-Chef Putin", "RUS/GOV"),
        ("Venezuelas Präsident Nicolás Maduro", "VEN/GOV"),
        ("der russische Parlamentschef Wjatscheslaw Wolodin", "RUS/LEG"),
        ("die Nachrichtenagentur Tass", "RUS/MED"),
        ("Trumps Streitkräfte", "USA/MIL"),
        ("die türkische Polizei", "TUR/COP"),
        ("Russische Kriegsschiffe und Bomber", "RUS/MIL"),
        ("die saudisch geführte Koalition", "SAU/MIL"),
        ("Moskau", "RUS/GOV"),
        ("der Kreml", "RUS/GOV"),
        ("das Weiße Haus", "USA/GOV"),
        ("im Weißen Haus", "USA/GOV"),
        ("das Pentagon", "USA/MIL"),
        ("US-Streitkräfte", "USA/MIL"),
        ("der US-amerikanischen Armee", "USA/MIL"),
        ("EU-Kommission", "IGO:EU"),
        ("der Europäischen Union", "IGO:EU"),
        ("UN-Sicherheitsrat", "IGO:UN"),
        ("die Vereinten Nationen", "IGO:UN"),
        ("der Internationalen Atomenergiebehörde", "IGO:IAEA"),
        ("Der Internationale Währungsfonds", "IGO:IMF"),
        ("Demonstranten in Tiflis", "GEO/CVL"),
        ("die Regierung in Caracas", "VEN/GOV"),
        ("Venezuelas", "VEN"),
        ("Russlands", "RUS"),
        ("die Russen", "RUS"),
        ("die Hamas", "PSE/REB"),
        ("Hisbollah-Kämpfer", "LBN/REB"),
        ("die RSF", "SDN/REB"),
        ("Huthi-Rebellen", "YEM/REB"),
        ("Amnesty International", "NGO:AMNESTY"),
        ("Ärzte ohne Grenzen", "NGO:MSF"),
        ("die Interamerikanische Menschenrechtskommission", "IGO:OAS"),
        ("der Vizechef des russischen Sicherheitsrats", "RUS/GOV"),
        ("der Sicherheitsrat", "IGO:UN"),
        ("die Tigray-Volksbefreiungsfront TPLF", "ETH/REB"),
        ("die japanischen Selbstverteidigungskräfte", "JPN/MIL"),
        ("ein kenianisches Sondertribunal", "KEN/JUD"),
        ("Polizeisprecher", None),  # a sector with no country: code '/COP' (country empty)
        ("Kremlsprecher Dmitri Peskow", "RUS/GOV"),
        ("US-Außenminister Marco Rubio", "USA/GOV"),
        ("Bundesregierung", "DEU/GOV"),
        ("die Bundeswehr", "DEU/MIL"),
        ("chinesische Küstenwache", "CHN/COP"),
        ("der sudanesischen Armee", "SDN/MIL"),
        ("Selenski", "UKR/GOV"),
        ("Zelenskyy", "UKR/GOV"),
        ("Kaffeemaschine", None),
    ],
)
def test_mentions(resolver, mention, expected):
    got = code(resolver, mention)
    if mention == "Polizeisprecher":
        assert got == "/COP"
    else:
        assert got == expected


def test_dated_roles(resolver):
    assert code(resolver, "Joe Biden", date(2024, 6, 1)) == "USA/GOV"
    assert code(resolver, "Joe Biden", date(2025, 6, 1)) == "USA/ELI"
    assert code(resolver, "Taliban", date(2020, 1, 1)) == "AFG/REB"
    assert code(resolver, "die Taliban", date(2022, 1, 1)) == "AFG/GOV"
    assert code(resolver, "Baschar al-Assad", date(2024, 1, 1)) == "SYR/GOV"
    assert code(resolver, "Baschar al-Assad", date(2025, 1, 1)) == "SYR/ELI"
    assert code(resolver, "Friedrich Merz", date(2024, 1, 1)) == "DEU/OPP"
    assert code(resolver, "Bundeskanzler Friedrich Merz", date(2025, 6, 1)) == "DEU/GOV"
    assert code(resolver, "Boris Pistorius", D) == "DEU/MIL"


def _annotate(resolver, nlp, body, title=None, day=D):
    doc = Document(source="t", format="text", text=body, title=title, date=day)
    docs = {"body": nlp(body)}
    if title:
        docs["title"] = nlp(title)
    resolver.annotate(doc, docs)
    return doc, docs


def test_annotate_spans_and_entities(resolver, nlp):
    body = "Die Polizei nahm in Istanbul Dutzende Demonstranten fest."
    doc, docs = _annotate(resolver, nlp, body)
    spans = list(docs["body"].spans["actors"])
    assert [(s.text, s._.actor.code) for s in spans] == [
        ("Die Polizei", "TUR/COP"),
        ("Dutzende Demonstranten", "TUR/CVL"),
    ]
    assert [e.actor.code for e in doc.entities] == ["TUR/COP", "TUR/CVL"]
    e = doc.entities[0]
    assert body[e.start : e.end] == e.text and e.section == "body"
    tok = docs["body"][6]  # Demonstranten
    assert resolver.actor_for_token(tok).code == "TUR/CVL"


def test_in_document_coreference(resolver, nlp):
    body = (
        "Der russische Präsident Wladimir Putin empfing Gäste. Später sagte er, Russland werde "
        "seine Truppen verstärken. Der Präsident kritisierte die Nato. Innenminister Hans Meier "
        "widersprach. Meier sagte, das Land sei bereit."
    )
    doc, docs = _annotate(resolver, nlp, body)
    got = [(e.text, e.actor.code, e.resolved_by) for e in doc.entities]
    assert ("er", "RUS/GOV", "coref") in got
    assert ("seine Truppen", "RUS/MIL", "coref") in got
    assert ("Der Präsident", "RUS/GOV", "coref") in got
    assert ("Meier", "RUS/GOV", "coref") in got
    assert ("das Land", "RUS", "coref") in got


def test_sector_takes_recent_country(resolver, nlp):
    body = "Die Lage in Venezuela ist angespannt. Drogenschmuggler nutzen kleine Boote."
    doc, _ = _annotate(resolver, nlp, body)
    assert [e.actor.code for e in doc.entities if e.text == "Drogenschmuggler"] == ["VEN/CRM"]


def test_user_extension(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "people:\n"
        "- {name: Erika Musterfrau, gender: f, country: AUT, roles: ['AUT/GOV mayor 2020-01-01..']}\n"
        "organisations:\n"
        "- {code: 'NGO:TESTHILFE', names: [Testhilfe International]}\n",
        encoding="utf-8",
    )
    r = load_resolver(extra=[f])
    assert r.resolve_mention("Erika Musterfrau", D).code == "AUT/GOV"
    assert r.resolve_mention("Musterfrau", D).code == "AUT/GOV"
    assert r.resolve_mention("Testhilfe International", D).code == "NGO:TESTHILFE"
    assert load_resolver() is not r  # ours unchanged


def test_bad_user_file(tmp_path):
    from lagebild.actors import KBError

    f = tmp_path / "bad.yaml"
    f.write_text("people:\n- {name: X, roles: ['nonsense']}\n", encoding="utf-8")
    with pytest.raises(KBError):
        load_resolver(extra=[f])


def test_with_the_analyzer():
    """With POS and morphology: participles, pronoun agreement, role coreference."""
    nlp_mod = pytest.importorskip("lagebild.nlp")
    try:
        analyzer = nlp_mod.load_analyzer()
    except Exception as exc:  # pragma: no cover - a missing model
        pytest.skip(f"no analyzer: {exc}")
    text = (
        "Die israelische Armee teilte mit, sie habe Stellungen der Hisbollah angegriffen. "
        "Bundesaußenminister Wadephul sagte, Moskau müsse verhandeln. "
        "Nach Angaben der Behörden in Kiew wurden mindestens drei Menschen getötet."
    )
    doc = Document(source="t", format="text", text=text, date=date(2025, 11, 2))
    docs = analyzer.analyze(doc)
    load_resolver().annotate(doc, docs)
    got = {(e.text, e.actor.code) for e in doc.entities}
    assert ("Die israelische Armee", "ISR/MIL") in got
    assert ("sie", "ISR/MIL") in got
    assert ("der Hisbollah", "LBN/REB") in got
    assert ("Bundesaußenminister Wadephul", "DEU/GOV") in got  # not "sagte ..."
    assert ("Moskau", "RUS/GOV") in got
    assert ("der Behörden", "UKR/GOV") in got
    assert ("mindestens drei Menschen", "UKR/CVL") in got


@pytest.mark.parametrize(
    "mention, expected",
    [
        ("Russian troops", "RUS/MIL"),
        ("Russia's army", "RUS/MIL"),
        ("US forces", "USA/MIL"),
        ("the Kremlin", "RUS/GOV"),
        ("the Pentagon", "USA/MIL"),
        ("Ukrainian President Volodymyr Zelensky", "UKR/GOV"),
        ("Turkish police", "TUR/COP"),
        ("protesters in Tbilisi", "GEO/CVL"),
        ("Saudi-led coalition", "SAU/MIL"),
        ("the United Nations", "IGO:UN"),
    ],
)
def test_english_mentions(resolver, mention, expected):
    ref = resolver.resolve_mention(mention, D, "en")
    assert ref is not None and ref.code == expected


def test_no_false_actors_in_plain_text(resolver, nlp):
    body = (
        "Am Ende des Jahres stand die Burg leer. Er beschäftigte sich mit kriegsgefangene "
        "Offiziere. Air Berlin sagte den Flug ab. Das Unternehmen hat 236 Mitarbeiter."
    )
    doc, _ = _annotate(resolver, nlp, body, day=date(2010, 1, 1))
    texts = {e.text for e in doc.entities}
    assert not texts & {"Ende", "Burg", "kriegsgefangene", "Berlin", "236 Mitarbeiter"}


def test_spelling_variants_and_unknown_names_with_the_analyzer():
    nlp_mod = pytest.importorskip("lagebild.nlp")
    try:
        analyzer = nlp_mod.load_analyzer()
    except Exception as exc:  # pragma: no cover
        pytest.skip(f"no analyzer: {exc}")
    text = "Der ukrainische Präsident Wolodimir Selenskij traf Emanuel Makron in Paris."
    doc = Document(source="t", format="text", text=text, date=date(2025, 11, 2))
    docs = analyzer.analyze(doc)
    load_resolver().annotate(doc, docs)
    got = {e.text: (e.actor.code if e.actor else None) for e in doc.entities}
    assert got["Der ukrainische Präsident Wolodimir Selenskij"] == "UKR/GOV"
    assert got.get("Emanuel Makron") == "FRA/GOV"
