"""The day an event happened, from the words of its sentence and the article's date.

Resolved against the article date D:
- "heute" / "am heutigen Tag" -> D; "gestern" -> D-1; "vorgestern" -> D-2; "morgen" -> D+1;
- "am Montag", "Montagabend", "in der Nacht zum Dienstag" -> the latest such weekday on or
  before D (on or after D for hypothetical, i.e. planned or future, events);
- "am 28. Oktober", "am 28.10.", "28. Oktober 2025" -> that day (without a year: the latest
  such day on or before D, or the next one for hypothetical events);
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
    elif cand > ref:
        try:
            cand = Date(ref.year - 1, m, d)
        except ValueError:
            return None
    return cand


def find_dates(text: str, ref: Date, forward: bool = False) -> list[tuple[int, int, Date]]:
    """(start, end, day) for every day expression in `text`, resolved against `ref`."""
    found: list[tuple[int, int, Date]] = []
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
                day = _weekday(ref, WEEKDAYS[m["wd"].lower()], forward)
            else:
                day = ref + timedelta(days=RELATIVE[m["rel"].lower()])
            if day is not None:
                found.append((m.start(), m.end(), day))
                taken.append((m.start(), m.end()))
    return sorted(found)


def event_date(
    sentence: str, ref: Date | None, trigger_offset: int | None = None, forward: bool = False
) -> Date | None:
    """The day the sentence gives its event (nearest expression to the trigger), else None."""
    if ref is None:
        return None
    found = find_dates(sentence, ref, forward)
    if not found:
        return None
    if trigger_offset is None:
        return found[0][2]
    return min(found, key=lambda f: min(abs(f[0] - trigger_offset), abs(f[1] - trigger_offset)))[2]
