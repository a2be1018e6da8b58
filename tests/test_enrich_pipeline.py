"""enrich(document, docs) on hand-made documents and spaCy blank Docs (no trained model)."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from lagebild.enrich import document_focus, enrich
from lagebild.enrich.gazetteer import get_gazetteer
from lagebild.models import ActorSlot, Document, EventMention, Sentence


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def analysed(nlp, text: str, day: date | None, title: str | None = None):
    doc = Document(source="test", format="text", text=text, title=title, date=day, language="de")
    doc.finalize_ids()
    docs = {"body": nlp(text)}
    if title:
        docs["title"] = nlp(title)
    for section in ("title", "body"):
        if section in docs:
            for s in docs[section].sents:
                doc.sentences.append(
                    Sentence(
                        idx=len(doc.sentences),
                        section=section,
                        start=s.start_char,
                        end=s.end_char,
                        text=s.text,
                    )
                )
    return doc, docs


def add_event(
    doc: Document, trigger: str, type_: str, source: str, target: str | None = None, **kw
):
    for s in doc.sentences:
        if s.section == "body" and trigger in s.text:
            start = doc.text.find(trigger, s.start)
            ev = EventMention(
                type=type_,
                source=ActorSlot(code=source),
                target=ActorSlot(code=target) if target else None,
                sentence_idx=s.idx,
                section="body",
                sentence=s.text,
                start=start,
                end=start + len(trigger),
                **kw,
            )
            doc.events.append(ev)
            return ev
    raise AssertionError(f"no sentence with {trigger!r}")


TEXT = (
    "Die US-Marine hat am Sonntag vor der Küste Venezuelas ein Boot zerstört. "
    "Caracas kündigte daraufhin Manöver an. "
    "Moskau und Caracas unterzeichneten ein Abkommen. "
    "Gestern demonstrierten in Madrid Tausende gegen Gewalt. "
    "Frankreich wird nächste Woche Gespräche mit Marokko führen."
)


def test_enrich_sets_location_tone_and_date(nlp):
    doc, docs = analysed(nlp, TEXT, date(2025, 10, 28), title="Spannungen in Venezuela")
    assault = add_event(doc, "zerstört", "ASSAULT", "USA/MIL", "VEN")
    manoeuvre = add_event(doc, "kündigte", "MOBILIZE", "VEN/GOV")
    deal = add_event(doc, "unterzeichneten", "AGREE", "RUS/GOV", "VEN/GOV")
    protest = add_event(doc, "demonstrierten", "PROTEST", "ESP/CVL")
    talks = add_event(doc, "führen", "CONSULT", "FRA", "MAR", hypothetical=True)
    enrich(doc, docs)

    assert assault.location.country == "VEN" and "coast" in assault.location.name
    assert assault.date == date(2025, 10, 26)  # "am Sonntag" before a Tuesday
    # no place in their sentences: the article's focus country, which they involve
    assert manoeuvre.location.country == "VEN" and manoeuvre.location.precision == "country"
    assert "location: document focus" in manoeuvre.evidence.notes
    assert deal.location.country == "VEN"
    assert protest.location.name == "Madrid" and protest.date == date(2025, 10, 27)
    assert talks.location is None  # neither a place in the sentence nor the focus country
    assert talks.date == date(2025, 11, 3)  # "nächste Woche": the Monday of the next week

    assert doc.tone is not None and -100 <= doc.tone <= 100
    assert all(s.tone is not None for s in doc.sentences)
    assert all(e.tone == doc.tone for e in doc.events)  # GDELT: AvgTone = document tone
    centre = get_gazetteer().country_place("VEN")
    assert (manoeuvre.location.lat, manoeuvre.location.lon) == (centre.lat, centre.lon)


def test_coder_date_is_kept_unless_ours_is_more_specific(nlp):
    doc, docs = analysed(
        nlp, "Am Montag griff die Armee an. Die Armee griff an.", date(2025, 10, 28)
    )
    ev1 = add_event(doc, "Am Montag griff", "ASSAULT", "RUS/MIL")
    ev1.date = date(2025, 10, 28)  # the coder gave the article date
    ev2 = add_event(doc, "Die Armee griff", "ASSAULT", "RUS/MIL")
    ev2.date = date(2025, 10, 1)  # the coder knew better
    enrich(doc, docs)
    assert ev1.date == date(2025, 10, 27)
    assert ev2.date == date(2025, 10, 1)


def test_works_without_docs_and_without_sentences():
    doc = Document(source="t", format="text", text="In Kiew gab es Explosionen.", date=None)
    doc.events.append(EventMention(type="ASSAULT", sentence_idx=0, sentence=doc.text))
    enrich(doc, {})
    assert doc.events[0].location.name == "Kyiv"
    assert doc.events[0].date is None and doc.tone is not None


def test_a_bad_event_never_stops_the_document():
    doc = Document(source="t", format="text", text="In Kiew gab es Explosionen.")
    good = EventMention(type="ASSAULT", sentence_idx=0, sentence=doc.text)
    bad = EventMention(type="ASSAULT", sentence_idx=0, sentence=doc.text, start=10**9)
    bad.__dict__["source"] = "not a slot"  # corrupt on purpose
    doc.events = [bad, good]
    enrich(doc, {})
    assert good.location is not None
    assert any("enrich" in w for w in doc.meta.get("warnings", []))


def test_focus_needs_a_clear_winner():
    doc = Document(source="t", format="text", text="Treffen in Paris. Gespräche in Rom.")
    assert document_focus(doc) is None
    doc.title = "Krise in Italien"
    assert document_focus(doc) == "ITA"


@pytest.mark.shared
def test_seed_article_events_sit_in_venezuela(nlp, seed_file):
    text = seed_file.read_text(encoding="utf-8")
    doc, docs = analysed(nlp, text, date(2025, 10, 28))
    coast = add_event(doc, "zerstört", "ASSAULT", "USA/MIL", "VEN/CRM")
    warn = add_event(doc, "warnte", "ACCUSE", "VEN/GOV", "USA")
    deal = add_event(doc, "geschlossen", "AGREE", "RUS", "VEN")
    ships = add_event(doc, "operiert, um", "MOBILIZE", "RUS/MIL")
    enrich(doc, docs)
    for ev in (coast, warn, deal, ships):
        assert ev.location is not None and ev.location.country == "VEN"
        assert ev.location.lat is not None and ev.location.lon is not None
        assert ev.tone is not None
    assert "coast" in coast.location.name
    assert ships.location.precision == "country" and ships.location.geonames_id == 3625428
    assert doc.tone < 0


def test_dort_takes_the_previous_sentences_place(nlp):
    doc, docs = analysed(
        nlp, "Die Lage in Aleppo ist angespannt. Dort griffen Rebellen an.", date(2025, 1, 8)
    )
    ev = add_event(doc, "griffen", "ASSAULT", "SYR/REB")
    enrich(doc, docs)
    assert ev.location.name == "Aleppo" and ev.location.country == "SYR"
    assert any("dort" in n for n in ev.evidence.notes)
