"""The day an event happened, from the words of its sentence and the article's date.

The one date resolver of lagebild: the event coder (`coding/coder.py`, `resolve_date`) and the
enrich stage (`enrich/__init__.py`, `event_date`) both use it.

Resolved against the article date D:
- "heute" / "am heutigen Tag" -> D; "gestern" -> D-1; "vorgestern" -> D-2; "morgen" -> D+1;
- "am Montag", "Montagabend", "in der Nacht zum Dienstag" -> the latest such weekday on or
  before D (on or after D for hypothetical, i.e. planned or future, events, and after
  "kommenden"/"nächsten"; "vergangenen"/"letzten" always look back);
- "am 28. Oktober", "am 28.10.", "28. Oktober 2025" -> that day (without a year: in D's year
  unless that is more than a month after D, then the year before; for hypothetical events the
  next such day on or after D);
- periods named relative to D: "zu Wochenbeginn" / "Anfang der Woche" -> the Monday of D's week
  (the next Monday for hypothetical events, unless D is a Monday); "(in der) kommenden / nächsten
  Woche", "Anfang / Mitte / Ende nächster Woche" -> the Monday / Wednesday / Friday of the week
  after D's; "am kommenden / nächsten Wochenende" -> the first Saturday after D; "Ende der Woche"
  -> the Friday of D's week (the next one for hypothetical events when D is past it); "Ende des
  Monats" / "zum Monatsende" -> the last day of D's month;
- "in der Nacht", "am Wochenende", "vergangene Woche": no day more specific than D.
Where a sentence names several days, the one nearest the event's trigger wins.
"""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import timedelta

WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
    "jan": 1,
    "feb": 2,
    "mär": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dez": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "october": 10,
    "december": 12,
}
MONTHS_EN = {"april": 4, "august": 8, "september": 9, "november": 11}
MONTHS_EN.update({k: v for k, v in MONTHS.items() if k.isascii() and len(k) > 3})
_MO_EN = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
_WD = "|".join(WEEKDAYS)
_MO = "|".join(sorted(MONTHS, key=len, reverse=True))

PATTERNS: list[tuple[str, re.Pattern]] = [
    # 28. Oktober 2025 / 28. Okt. / 28.10.2025 / 28.10.
    (
        "dm",
        re.compile(
            rf"\b(?P<d>[0-3]?\d)\.\s*(?P<m>{_MO})\.?(?:\s+(?P<y>(?:19|20)\d\d))?\b", re.IGNORECASE
        ),
    ),
    (
        "dmn",
        re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)?\d\d)?(?!\d)"),
    ),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "in der Nacht zum Dienstag", "am Montag", "Montagabend", "montags" is habitual: skipped
    (
        "night",
        re.compile(rf"\bNacht\s+(?:zum|zu|auf\s+den)\s+(?P<wd>{_WD})\b", re.IGNORECASE),
    ),
    (
        "wd",
        re.compile(
            r"(?:\b(?P<dir>kommenden|nächsten|vergangenen|letzten|diesen)\s+)?"
            rf"\b(?P<wd>{_WD})(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)?\b(?!s\b)",
            re.IGNORECASE,
        ),
    ),
    # English: "October 28", "October 28, 2025", "28 October 2025"
    (
        "md",
        re.compile(
            rf"\b(?P<m>{_MO_EN})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d))?",
            re.IGNORECASE,
        ),
    ),
    (
        "dm",
        re.compile(
            rf"\b(?P<d>[0-3]?\d)\s+(?P<m>{_MO_EN})\b(?:\s+(?P<y>(?:19|20)\d\d))?",
            re.IGNORECASE,
        ),
    ),
    # periods relative to the article's day (see _period): "zu Wochenbeginn", "Anfang nächster
    # Woche", "in der kommenden Woche", "am kommenden Wochenende", "Ende des Monats"
    (
        "wstart",
        re.compile(r"\b(?:(?:zu|am|zum)\s+Wochen(?:beginn|anfang)|Anfang\s+der\s+Woche)\b", re.I),
    ),
    (
        "nextweek",
        re.compile(
            r"\b(?:(?P<part>Anfang|Mitte|Ende)\s+(?:der\s+)?)?(?:in\s+der\s+)?"
            r"(?:kommende[nr]?|nächste[nr]?)\s+Woche\b",
            re.IGNORECASE,
        ),
    ),
    (
        "nextwe",
        re.compile(r"\b(?:kommende[ns]?|nächste[ns]?)\s+Wochenende\b", re.IGNORECASE),
    ),
    (
        "wend",
        re.compile(r"\bEnde\s+(?:der|dieser)\s+Woche\b", re.IGNORECASE),
    ),
    (
        "mend",
        re.compile(r"\b(?:Ende\s+(?:des|dieses)\s+Monats|zum\s+Monatsende)\b", re.IGNORECASE),
    ),
    (
        "rel",
        re.compile(
            r"\b(?P<rel>vorgestern|gestern|heute|übermorgen|yesterday|today|tomorrow)\b",
            re.IGNORECASE,
        ),
    ),
    ("tomorrow", re.compile(r"(?<!\bam )(?<!\bAm )\b(?P<rel>morgen)\b")),
]
RELATIVE = {
    "vorgestern": -2,
    "gestern": -1,
    "heute": 0,
    "morgen": 1,
    "übermorgen": 2,
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
}


def _weekday(ref: Date, wd: int, forward: bool) -> Date:
    if forward:
        return ref + timedelta(days=(wd - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


_PART_DAY = {"anfang": 0, "mitte": 2, "ende": 4}  # Monday, Wednesday, Friday


def _period(kind: str, m: re.Match, ref: Date, forward: bool) -> Date:
    """The day a period named relative to `ref` stands for (its first day, or the day its part
    names): see the module docstring."""
    if kind == "wstart":  # the Monday of ref's week, or the next one: a weekday's reading
        return _weekday(ref, 0, forward)
    monday = ref - timedelta(days=ref.weekday())
    if kind == "nextweek":
        return monday + timedelta(days=7 + _PART_DAY.get((m["part"] or "anfang").lower(), 0))
    if kind == "nextwe":
        return ref + timedelta(days=(5 - ref.weekday()) % 7 or 7)
    if kind == "wend":
        friday = monday + timedelta(days=4)
        return friday + timedelta(days=7) if forward and friday < ref else friday
    nxt = Date(ref.year + (ref.month == 12), ref.month % 12 + 1, 1)  # "mend"
    return nxt - timedelta(days=1)


# a date without a year this far after the article date is read as last year's
_AHEAD = timedelta(days=31)


def _day_month(ref: Date, d: int, m: int, y: int | None, forward: bool) -> Date | None:
    try:
        if y is not None:
            if y < 100:
                y += 2000
            return Date(y, m, d)
        cand = Date(ref.year, m, d)
    except ValueError:
        return None
    if forward:
        if cand < ref:
            try:
                cand = Date(ref.year + 1, m, d)
            except ValueError:
                return None
    elif cand > ref + _AHEAD:
        try:
            cand = Date(ref.year - 1, m, d)
        except ValueError:
            return None
    return cand


_HOW = {
    "dm": "date",
    "dmn": "date",
    "iso": "date",
    "md": "date",
    "night": "weekday",
    "wd": "weekday",
    # a week's start is named like a weekday ("zu Wochenbeginn" ~ "am Montag"); the coming
    # week or weekend is ahead by its words; the end of this week or month is a day like a date
    "wstart": "weekday",
    "nextweek": "period",
    "nextwe": "period",
    "wend": "date",
    "mend": "date",
}


def find_dates(text: str, ref: Date, forward: bool = False) -> list[tuple[int, int, Date]]:
    """(start, end, day) for every day expression in `text`, resolved against `ref`."""
    return [(s, e, day) for s, e, day, _ in _find(text, ref, forward)]


def find_days(text: str, ref: Date) -> list[tuple[int, int, Date, str]]:
    """(start, end, day, how) for every day expression in `text`, read as looking back from
    `ref` (how: "date:…", "weekday:…", "relative:…" with the words found)."""
    return _find(text, ref, False)


def _find(text: str, ref: Date, forward: bool) -> list[tuple[int, int, Date, str]]:
    found: list[tuple[int, int, Date, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            day: Date | None = None
            if kind in ("dm", "md"):
                day = _day_month(
                    ref,
                    int(m["d"]),
                    MONTHS.get(m["m"].lower()) or MONTHS_EN[m["m"].lower()],
                    int(m["y"]) if m["y"] else None,
                    forward,
                )
            elif kind == "dmn":
                mo = int(m["m"])
                if 1 <= mo <= 12:
                    day = _day_month(ref, int(m["d"]), mo, int(m["y"]) if m["y"] else None, forward)
            elif kind == "iso":
                try:
                    day = Date(int(m["y"]), int(m["m"]), int(m["d"]))
                except ValueError:
                    day = None
            elif kind in ("night", "wd"):
                way = (m.groupdict().get("dir") or "").lower()
                ahead = way in ("kommenden", "nächsten") or (
                    forward and way not in ("vergangenen", "letzten")
                )
                day = _weekday(ref, WEEKDAYS[m["wd"].lower()], ahead)
            elif kind in ("wstart", "nextweek", "nextwe", "wend", "mend"):
                day = _period(kind, m, ref, forward)
            else:
                day = ref + timedelta(days=RELATIVE[m["rel"].lower()])
            if day is not None:
                found.append((m.start(), m.end(), day, f"{_HOW.get(kind, 'relative')}:{m[0]}"))
                taken.append((m.start(), m.end()))
    return sorted(found)


def _nearest(
    sentence: str, ref: Date, trigger_offset: int | None, forward: bool
) -> tuple[int, int, Date, str] | None:
    found = _find(sentence, ref, forward)
    if not found:
        return None
    if trigger_offset is None:
        return found[0]
    return min(found, key=lambda f: min(abs(f[0] - trigger_offset), abs(f[1] - trigger_offset)))


def event_date(
    sentence: str, ref: Date | None, trigger_offset: int | None = None, forward: bool = False
) -> Date | None:
    """The day the sentence gives its event (nearest expression to the trigger), else None."""
    if ref is None:
        return None
    hit = _nearest(sentence, ref, trigger_offset, forward)
    return hit[2] if hit else None


def resolve_date(
    text: str, article: Date | None, future: bool = False, trigger_offset: int | None = None
) -> tuple[Date | None, str]:
    """(day, how) for the coder: the day the text names (nearest to the trigger) with how it was
    found ("date:3. Oktober", "weekday:am Montag", "relative:gestern"),
    else the article date ("article"), or (None, "none") without an article date."""
    if article is None:
        return None, "none"
    hit = _nearest(text, article, trigger_offset, future)
    if hit is None:
        return article, "article"
    return hit[2], hit[3]
