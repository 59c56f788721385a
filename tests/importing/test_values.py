"""Cell values: dates, ages, cost, status, lists, phone cells."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resource_desk.core.phones import split_phones
from resource_desk.importing.fields import languages_in
from resource_desk.importing.phone_cells import exported_phones, format_phone, phones_in
from resource_desk.importing.values import (
    UNKNOWN,
    parse_address,
    parse_ages,
    parse_cost,
    parse_date,
    parse_delivery,
    parse_status,
    split_list,
    truth,
)


@pytest.mark.parametrize("text,expected", [
    ("8/17/11 0:00", date(2011, 8, 17)), ("2011-08-17", date(2011, 8, 17)), ("08/17/2011", date(2011, 8, 17)),
    ("12/24/15", date(2015, 12, 24)), ("2023-03-15T10:30:45.123Z", date(2023, 3, 15)),
    ("August 17, 2011", date(2011, 8, 17)), ("17 Aug 2011", date(2011, 8, 17)), ("2011/08/17", date(2011, 8, 17)),
    ("25/12/2020", date(2020, 12, 25)), ("40772", date(2011, 8, 17)), ("January 01, 0001", UNKNOWN),
    ("", UNKNOWN), ("soon", None), ("13/13/2020", None),
])
def test_dates_in_the_forms_people_have(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("18 years old and older", (18, None)), ("12 \u00ad 18 years old", (12, 18)), ("12 - 24 years old", (12, 24)),
    ("55+", (55, None)), ("under 18", (None, 17)), ("All ages", (None, None)), ("Ages 0-5", (0, 5)),
])
def test_ages(text, expected):
    assert parse_ages(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("None", "free"), ("Free", "free"), ("sliding_scale", "sliding_scale"), ("Sliding scale;", "sliding_scale"),
    ("Low cost primary Medi-Cal", "insurance"), ("$60 per session", "paid"), ("Call for information", None),
    ("$2.50 suggested donation", None),
])
def test_cost(text, expected):
    assert parse_cost(text) == expected


def test_status_delivery_and_yes_no():
    assert parse_status("Active, but do not refer") == "do_not_refer"
    assert parse_status("Inactive") == "inactive" and parse_status("defunct") == "inactive"
    assert parse_status("Temporarily closed") == "temporarily_closed"
    assert parse_delivery("In person and online") == "hybrid" and parse_delivery("Zoom") == "remote"
    assert [truth(v) for v in ("yes", "X", "1", "TRUE", "✓", "", "no", "0", "FALSE", "maybe")] == \
        [True, True, True, True, True, False, False, False, False, None]


def test_list_cells_split_on_semicolons_bars_line_breaks_or_commas():
    assert split_list("English, Spanish, and others") == ("English", "Spanish", "others")
    assert split_list("LGBTQ; Youth | Food\nHousing") == ("LGBTQ", "Youth", "Food", "Housing")
    assert split_list("Gay, Lesbian; Trans") == ("Gay, Lesbian", "Trans")


def test_languages_by_name_code_or_phrase():
    assert languages_in("English, Spanish, Chinese (Cantonese), and others") == (("en", "es", "yue"), ())
    assert languages_in("en; es; sq") == (("en", "es", "sq"), ())
    assert languages_in("Cambodian, Albanian") == (("km", "sq"), ())
    assert languages_in("English & Spanish, Klingon") == (("en", "es"), ("Klingon",))


def test_one_line_addresses():
    address = parse_address("225 30th Street, 3rd Floor, San Francisco, CA 94131")
    assert (address.lines, address.city, address.region, address.postal_code, address.country) == \
        ("225 30th Street\n3rd Floor", "San Francisco", "CA", "94131", "US")
    assert parse_address("Please visit website").lines == "Please visit website"


def test_a_cell_with_several_numbers_gives_several_phones_with_kinds():
    phones = phones_in("(415) 550-2210, TTY: (415) 647-6332")
    assert [(p.number, p.kind, p.normalized) for p in phones] == [
        ("(415) 550-2210", "voice", "+14155502210"), ("(415) 647-6332", "tty", "+14156476332")]
    assert [p.kind for p in phones_in("Fax (415) 555-0101; text 415-555-0102; Hotline: 800-372-6200")] == \
        ["fax", "text", "hotline"]
    assert phones_in("415-555-0100 x12")[0].extension == "12"
    assert phones_in("(415) 555-0101", "fax")[0].kind == "fax"
    assert phones_in('"+44 1234 234567"')[0].normalized == "+441234234567"
    assert phones_in("Please visit website") == ()


NANP = st.builds(
    lambda fmt, area, exchange, line, ext: fmt.format(a=area, e=exchange, l=line, x=ext),
    st.sampled_from(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a} {e} {l}", "{a}{e}{l}", "1-{a}-{e}-{l}",
                     "+1 {a} {e} {l}", "({a}) {e}-{l} x{x}", "{a}-{e}-{l} ext. {x}", "1 ({a}) {e}-{l}"]),
    st.integers(200, 999), st.integers(200, 999), st.integers(0, 9999).map(lambda n: f"{n:04d}"),
    st.integers(1, 9999),
)
LABELS = st.sampled_from(["", "TTY: ", "Fax ", "Hotline: ", "text ", "Main office: ", "Crisis line "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(LABELS, NANP), min_size=1, max_size=3), st.sampled_from([", ", "; ", " / ", "\n"]))
def test_the_fast_phone_reader_agrees_with_phonenumbers(parts, separator):
    cell = separator.join(label + number for label, number in parts)
    phones_in.cache_clear()
    assert phones_in(cell) == tuple(split_phones(cell))


def test_exported_phone_cells_read_back_exactly():
    phones = phones_in("Front desk: (415) 550-2210 x12, TTY: (415) 647-6332")
    cell = "\n".join(format_phone(p) for p in phones)
    assert exported_phones(cell) == phones
    assert exported_phones("(415) 550-2210") is None
