"""HTML rendering: autoescaped, nothing to fetch, QR codes in memory."""

import re
from dataclasses import replace
from datetime import date

from resource_desk.sheets.content import SheetItem, SheetOptions, build_sheet, compose_sheet
from resource_desk.sheets.qr import qr_name, qr_png
from resource_desk.sheets.render import environment, render_sheet

from .helpers import make_resource

MARKUP = '<b>bold</b> <img src="http://tracker.example/x.png"> Tom & Jerry <script>alert(1)</script>'


def test_markup_in_any_field_is_escaped(catalogue):
    r = make_resource(catalogue, MARKUP, organization=MARKUP, description=MARKUP, eligibility=MARKUP,
                      hours=MARKUP, accessibility=MARKUP, fees=MARKUP, email="a&b@example.org")
    sheet = build_sheet(catalogue, [SheetItem(r.id, note=MARKUP)],
                        SheetOptions(title=MARKUP, note=MARKUP, practice_name=MARKUP, practice_contact=MARKUP))
    html = render_sheet(sheet).html
    assert "<b>bold</b>" not in html and "<script>" not in html
    assert "tracker.example" not in re.findall(r'src="([^"]*)"', html)
    assert html.count("&lt;b&gt;bold&lt;/b&gt;") >= 10
    assert "Tom &amp; Jerry" in html and "a&amp;b@example.org" in html


def test_the_only_images_are_qr_codes_held_in_memory(catalogue):
    a = make_resource(catalogue, "A", website="https://a.example.org/")
    b = make_resource(catalogue, "B", website="https://b.example.org/path?x=1&y=2")
    # The form refuses such an address; a sheet must not trust that it never got in.
    c = replace(make_resource(catalogue, "C"), website="javascript:alert(1)")
    rendered = render_sheet(compose_sheet([a, b, c], {}, SheetOptions()))
    sources = re.findall(r'src="([^"]*)"', rendered.html)
    assert sorted(sources) == sorted([qr_name("https://a.example.org/"),
                                      qr_name("https://b.example.org/path?x=1&y=2")])
    assert set(rendered.images) == set(sources)
    assert all(data.startswith(b"\x89PNG") for data in rendered.images.values())
    assert "javascript" not in rendered.html
    assert "a.example.org</span>" in rendered.html  # printed without scheme or trailing slash
    assert not re.search(r'href=|url\(|@import', rendered.html)


def test_no_qr_option_leaves_out_images(catalogue):
    a = make_resource(catalogue, "A", website="https://a.example.org/")
    rendered = render_sheet(build_sheet(catalogue, [SheetItem(a.id)], SheetOptions(qr_codes=False)))
    assert rendered.images == {} and "<img" not in rendered.html
    assert "a.example.org" in rendered.html


def test_qr_codes_are_cached_per_address():
    qr_png.cache_clear()
    first = qr_png("https://same.example.org")
    assert qr_png("https://same.example.org") is first
    assert qr_png.cache_info().hits == 1


def test_templates_autoescape_whatever_their_name():
    env = environment()
    assert env.from_string("{{ x }}").render(x="<i>") == "&lt;i&gt;"


def test_large_print_is_sixteen_points_or_more(catalogue):
    a = make_resource(catalogue, "A")
    rendered = render_sheet(build_sheet(catalogue, [SheetItem(a.id)], SheetOptions(large_print=True)))
    # The gap between two resources holds no text: its size is only a space.
    without_gap = re.sub(r"\.gap \{[^}]*\}", "", rendered.html)
    sizes = [float(s) for s in re.findall(r"font-size:\s*([\d.]+)pt", without_gap)]
    body = re.search(r"body \{[^}]*font-size:\s*([\d.]+)pt", rendered.html)
    assert rendered.large_print and rendered.base_font_pt >= 16 and float(body.group(1)) >= 16
    # Only quiet notes and the footnote may be smaller than the body text, never under 13 pt.
    assert min(sizes) >= 13
    colors = set(re.findall(r"color:\s*(#[0-9a-fA-F]{6})", rendered.html))
    assert colors <= {"#000000", "#ffffff"}, colors


def test_page_label_is_translated(catalogue):
    a = make_resource(catalogue, "A")
    assert render_sheet(build_sheet(catalogue, [SheetItem(a.id)], SheetOptions(language="es"))).page_label \
        == "Página {page} de {pages}"
    assert date.today()  # today's date is used when none is given
