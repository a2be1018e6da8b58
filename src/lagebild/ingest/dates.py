"""Dates as found in feeds, JSON records and page metadata."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from datetime import date as Date
from typing import Any

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_DE = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\b")


def parse_date(value: Any) -> Date | None:
    """A date from an ISO string, a German `28.10.2025`, an RFC 822 feed date, an epoch
    number, a datetime or a time.struct_time; None when nothing sensible comes out."""
    try:
        if value is None or value == "":
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, Date):
            return value
        if isinstance(value, time.struct_time):
            return Date(value.tm_year, value.tm_mon, value.tm_mday)
        if isinstance(value, int | float) and not isinstance(value, bool):
            seconds = value / 1000 if value > 1e11 else value
            return datetime.fromtimestamp(seconds, tz=UTC).date()
        text = str(value).strip()
        if m := _ISO.match(text):
            return Date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DE.match(text):
            return Date(int(m[3]), int(m[2]), int(m[1]))
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            pass
        if not re.search(r"\b(19|20)\d\d\b", text):
            return None  # dateutil would fill a missing year (or day) from today
        from dateutil import parser as du

        return du.parse(text, dayfirst=True).date()
    except (ValueError, OverflowError, OSError, TypeError):
        return None
