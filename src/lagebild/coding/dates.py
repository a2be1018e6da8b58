"""The day a sentence names ("am Montag", "gestern", "am 3. Oktober"), resolved against the
article's date. News reports the past: a weekday is the latest such day on or before the article
date, unless the sentence speaks of the future."""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import timedelta

WEEKDAYS = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
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
}
RELATIVE = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
_WEEKDAY_RE = re.compile(
    r"\b(?:am|vom|seit|bis|ab|diesen|vergangenen|letzten|kommenden|nächsten)\s+"
    r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:abend|morgen|nachmittag|mittag|vormittag)?\b"
    r"|\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:abend|morgen|nachmittag|mittag|vormittag|nacht)\b",
    re.IGNORECASE,
)
_DAY_MONTH_RE = re.compile(
    r"\b(\d{1,2})\.\s*(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?\b", re.IGNORECASE
)
_REL_RE = re.compile(r"\b(heute|gestern|vorgestern|übermorgen)\b", re.IGNORECASE)


def resolve_date(text: str, article: Date | None, future: bool = False) -> tuple[Date | None, str]:
    """(date, how): the named day if the text names one and the article date is known, else the
    article date ('article') or None."""
    if article is None:
        return None, "none"
    m = _DAY_MONTH_RE.search(text)
    if m:
        day, month = int(m.group(1)), MONTHS[m.group(2).lower()]
        year = int(m.group(3)) if m.group(3) else article.year
        try:
            d = Date(year, month, day)
        except ValueError:
            d = None
        if d is not None:
            if not m.group(3) and not future and d > article + timedelta(days=31):
                d = d.replace(year=year - 1)  # "am 20. Dezember" in a January article
            return d, f"date:{m.group(0)}"
    m = _WEEKDAY_RE.search(text)
    if m:
        name = (m.group(1) or m.group(2)).lower()
        wd = WEEKDAYS.index(name)
        before = m.group(0).lower().startswith(("kommenden", "nächsten"))
        if future or before:
            delta = (wd - article.weekday()) % 7 or 7
            return article + timedelta(days=delta), f"weekday:{name}"
        delta = (article.weekday() - wd) % 7
        return article - timedelta(days=delta), f"weekday:{name}"
    m = _REL_RE.search(text)
    if m:
        return article + timedelta(days=RELATIVE[m.group(1).lower()]), f"relative:{m.group(1)}"
    return article, "article"
