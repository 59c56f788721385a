"""Opening hours text as HSDS 3.0 schedule rules (RFC 5545 ``freq``/``byday``, ``opens_at``/``closes_at``).

Only text that reads wholly as "days time-range" segments ("Mon-Fri 9am-5pm; Sat 10:00–14:00",
"Monday - Saturday, 8:30am - 5:00pm") becomes rules; anything else ("24/7", "by appointment",
"call first") gives none, so a rule never says more or less than the text. The text itself
is always kept in the schedule's ``description``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_NAMES = {
    "mo": 0, "mon": 0, "monday": 0, "mondays": 0, "tu": 1, "tue": 1, "tues": 1, "tuesday": 1, "tuesdays": 1,
    "we": 2, "wed": 2, "weds": 2, "wednesday": 2, "wednesdays": 2, "th": 3, "thu": 3, "thur": 3, "thurs": 3,
    "thursday": 3, "thursdays": 3, "fr": 4, "fri": 4, "friday": 4, "fridays": 4, "sa": 5, "sat": 5,
    "saturday": 5, "saturdays": 5, "su": 6, "sun": 6, "sunday": 6, "sundays": 6,
}
_GROUPS = {"weekdays": [0, 1, 2, 3, 4], "weekends": [5, 6], "weekend": [5, 6], "daily": list(range(7)),
           "every day": list(range(7)), "7 days": list(range(7)), "7 days a week": list(range(7))}
_DAY = r"(?:" + "|".join(sorted(_DAY_NAMES, key=len, reverse=True)) + r")\.?"
_TIME = r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|noon|midnight)"
_DASH = r"\s*(?:-|–|—|to|until)\s*"
_RANGE = re.compile(rf"^({_TIME}){_DASH}({_TIME})$", re.I)
_SEGMENT = re.compile(rf"^(?P<days>.+?)\s*[:,]?\s+(?P<times>{_TIME}{_DASH}{_TIME}(?:\s*(?:,|and|&)\s*{_TIME}{_DASH}{_TIME})*)$",
                      re.I)


class Rule(NamedTuple):
    byday: str  # "MO,TU,WE"
    opens_at: str  # "09:00:00"
    closes_at: str


def _days(text: str) -> list[int] | None:
    text = " ".join(text.lower().replace("&", ",").replace(" and ", ",").split()).strip(" ,:")
    if text in _GROUPS:
        return _GROUPS[text]
    found: list[int] = []
    for part in (p.strip() for p in text.split(",")):
        ends = re.split(r"\s*(?:-|–|—|through|thru|to)\s*", part)
        keys = [e.rstrip(".") for e in ends]
        if not part or not all(k in _DAY_NAMES for k in keys) or len(keys) > 2:
            return None
        first, last = _DAY_NAMES[keys[0]], _DAY_NAMES[keys[-1]]
        span = list(range(first, last + 1)) if first <= last else list(range(first, 7)) + list(range(0, last + 1))
        found += [d for d in span if d not in found]
    return found or None


def _time(text: str, partner: str | None = None) -> str | None:
    text = text.lower().replace(".", "").replace(" ", "")
    if text == "noon":
        return "12:00:00"
    if text == "midnight":
        return "00:00:00"
    match = re.match(r"^(\d{1,2})(?::(\d{2}))?(am|pm)?$", text)
    if not match:
        return None
    hour, minute, half = int(match[1]), int(match[2] or 0), match[3]
    if half is None and partner is None and match[2] is None:
        return None  # "9-5" says too little to be sure of the half of the day
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}:00"


def _range(text: str) -> tuple[str, str] | None:
    match = _RANGE.match(text.strip())
    if not match:
        return None
    start, end = match[1], match[2]
    end_half = re.search(r"(a\.?m\.?|p\.?m\.?)$", end.strip(), re.I)
    start_half = re.search(r"(a\.?m\.?|p\.?m\.?)$", start.strip(), re.I)
    if not start_half and end_half and re.match(r"^\d", start.strip()):
        # "9-5pm": the start takes the end's half of the day only when that keeps it earlier
        guess = _time(start.strip() + end_half[1])
        opens = guess if guess and guess < (_time(end) or "") else _time(start.strip() + "am")
    else:
        opens = _time(start, end)
    closes = _time(end, start)
    if not opens or not closes or closes <= opens:
        return None
    return opens, closes


def weekly_rules(hours: str | None) -> list[Rule]:
    """The weekly rules the whole text states, or [] when any part of it is not such a rule."""
    if not hours or not hours.strip():
        return []
    rules: list[Rule] = []
    for segment in re.split(r"\s*(?:\n|;)\s*", hours.strip()):
        if not segment:
            continue
        match = _SEGMENT.match(segment.strip().rstrip("."))
        if not match:
            return []
        days = _days(match["days"])
        if not days:
            return []
        for part in re.split(r"\s*(?:,|and|&)\s*", match["times"]):
            found = _range(part)
            if found is None:
                return []
            rules.append(Rule(",".join(DAYS[d] for d in sorted(days)), *found))
    return rules
