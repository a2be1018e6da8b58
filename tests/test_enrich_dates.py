"""Event dates resolved against the article date (the one resolver the coder and enrich use)."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.enrich.dates import event_date, find_dates, resolve_date

TUESDAY = date(2025, 10, 28)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Armee griff am Montag an.", date(2025, 10, 27)),
        ("Die Armee griff am Dienstag an.", TUESDAY),  # the article's own weekday
        ("Die Armee griff am Samstag an.", date(2025, 10, 25)),
        ("Am Sonntagabend kam es zu Protesten.", date(2025, 10, 26)),
        ("Gestern wurden drei Menschen festgenommen.", date(2025, 10, 27)),
        ("Vorgestern gab es Gespräche.", date(2025, 10, 26)),
        ("Heute verhängte die EU Sanktionen.", TUESDAY),
        ("Am 12. Oktober unterzeichneten beide ein Abkommen.", date(2025, 10, 12)),
        ("Am 3. Dezember unterzeichneten beide ein Abkommen.", date(2024, 12, 3)),  # last year
        ("Am 3.11.2024 kam es zu Angriffen.", date(2024, 11, 3)),
        ("In der Nacht zum Montag griffen Drohnen an.", date(2025, 10, 27)),
        ("In der Nacht griffen Drohnen an.", None),  # no day more specific than the article's
        ("Am Morgen begannen die Gespräche.", None),  # "Morgen" the noun is no tomorrow
    ],
)
def test_days(text, expected):
    assert event_date(text, TUESDAY) == expected


def test_future_events_resolve_forward():
    assert event_date("Die Minister wollen sich am Montag treffen.", TUESDAY, forward=True) == date(
        2025, 11, 3
    )
    assert event_date(
        "Das Treffen soll am 3. Dezember stattfinden.", TUESDAY, forward=True
    ) == date(2025, 12, 3)


def test_nearest_expression_to_the_trigger():
    text = "Die Armee griff am Mittwoch an, nachdem am Montag Gespräche gescheitert waren."
    assert event_date(text, TUESDAY, trigger_offset=text.find("griff")) == date(2025, 10, 22)
    assert len(find_dates(text, TUESDAY)) == 2


def test_no_article_date_no_day():
    assert event_date("Am Montag griff die Armee an.", None) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("US forces struck on Monday.", date(2025, 10, 27)),
        ("Yesterday police arrested ten people.", date(2025, 10, 27)),
        ("On October 12 both sides signed a deal.", date(2025, 10, 12)),
        ("On 3 December 2024 the ministers met.", date(2024, 12, 3)),
    ],
)
def test_english_days(text, expected):
    assert event_date(text, TUESDAY) == expected


def test_direction_words_before_a_weekday():
    assert event_date("Am kommenden Montag beginnt der Gipfel.", TUESDAY) == date(2025, 11, 3)
    assert event_date("Am nächsten Freitag wird gewählt.", TUESDAY) == date(2025, 10, 31)
    past = "Die Gespräche vom vergangenen Montag sollen fortgesetzt werden."
    assert event_date(past, TUESDAY, forward=True) == date(2025, 10, 27)


def test_a_date_shortly_after_the_article_stays_in_its_year():
    # a few days ahead is this year even if the event is not marked as planned
    assert event_date("Die Wahl findet am 9. November statt.", TUESDAY) == date(2025, 11, 9)
    assert event_date("Am 20. Dezember wurde gewählt.", date(2026, 1, 5)) == date(2025, 12, 20)


def test_resolve_date_says_how():
    text = "Russland griff am Montag an, wie der Sprecher gestern sagte."
    assert resolve_date(text, TUESDAY, trigger_offset=text.find("griff")) == (
        date(2025, 10, 27),
        "weekday:Montag",
    )
    assert resolve_date(text, TUESDAY, trigger_offset=text.find("sagte")) == (
        date(2025, 10, 27),
        "relative:gestern",
    )
    assert resolve_date("Am 12. Oktober kam es zu Angriffen.", TUESDAY) == (
        date(2025, 10, 12),
        "date:12. Oktober",
    )
    assert resolve_date("Die Armee griff an.", TUESDAY) == (TUESDAY, "article")
    assert resolve_date("Die Armee griff an.", None) == (None, "none")


SUNDAY = date(2025, 11, 2)


def test_periods_named_relative_to_the_article():
    # the start of the article's week, the next one for a planned event
    assert event_date("Die Bauern protestierten zu Wochenbeginn.", SUNDAY) == date(2025, 10, 27)
    assert event_date("Sie wollen zu Wochenbeginn protestieren.", SUNDAY, forward=True) == date(
        2025, 11, 3
    )
    # the coming week and weekend lie ahead whichever way the event is read
    assert event_date("in der kommenden Woche", TUESDAY) == date(2025, 11, 3)
    assert event_date("Mitte nächster Woche", TUESDAY) == date(2025, 11, 5)
    assert event_date("Ende der kommenden Woche", SUNDAY) == date(2025, 11, 7)
    assert event_date("am kommenden Wochenende", TUESDAY) == date(2025, 11, 1)
    assert event_date("am kommenden Wochenende", date(2025, 11, 1)) == date(2025, 11, 8)
    # this week's Friday, this month's last day
    assert event_date("bis Ende der Woche", TUESDAY) == date(2025, 10, 31)
    assert event_date("Ende der Woche", SUNDAY, forward=True) == date(2025, 11, 7)
    assert event_date("Ende des Monats", date(2025, 12, 3)) == date(2025, 12, 31)
    # several weeks name no day
    assert event_date("in den kommenden Wochen", TUESDAY) is None
