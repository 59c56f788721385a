"""Hours text as HSDS weekly schedule rules: only what the text states wholly."""

from __future__ import annotations

import pytest

from resource_desk.importing.hsds_hours import Rule, weekly_rules

WEEKDAYS = "MO,TU,WE,TH,FR"


@pytest.mark.parametrize("text, rules", [
    ("Mon-Fri 9am-5pm", [Rule(WEEKDAYS, "09:00:00", "17:00:00")]),
    ("Monday - Saturday, 8:30am - 5:00pm", [Rule("MO,TU,WE,TH,FR,SA", "08:30:00", "17:00:00")]),
    ("Monday 08:00–17:00\nSunday 11:00–15:00", [Rule("MO", "08:00:00", "17:00:00"), Rule("SU", "11:00:00", "15:00:00")]),
    ("Tues & Thurs 1pm-4pm", [Rule("TU,TH", "13:00:00", "16:00:00")]),
    ("Weekdays 9:00 AM to 5:00 PM", [Rule(WEEKDAYS, "09:00:00", "17:00:00")]),
    ("Mon, Wed 9-5pm; Sat 10:00-14:00", [Rule("MO,WE", "09:00:00", "17:00:00"), Rule("SA", "10:00:00", "14:00:00")]),
    ("Mon-Fri 9am-12pm, 1pm-5pm", [Rule(WEEKDAYS, "09:00:00", "12:00:00"), Rule(WEEKDAYS, "13:00:00", "17:00:00")]),
    ("Fri-Mon noon-6pm", [Rule("MO,FR,SA,SU", "12:00:00", "18:00:00")]),
])
def test_hours_that_read_as_weekly_rules(text, rules):
    assert weekly_rules(text) == rules


@pytest.mark.parametrize("text", ["24/7", "Call for hours", "By appointment", "Mon-Fri 9-5",
                                  "Mon-Fri 9am-5pm; call first", "Mon 5pm-9am", "", None])
def test_hours_that_say_something_else_give_no_rule(text):
    assert weekly_rules(text) == []
