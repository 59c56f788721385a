"""Damaged and hostile inputs: each ends with its counts or one line naming the file (and
the limit it broke), the catalogue unchanged, memory bounded; never a traceback."""

from __future__ import annotations

import io
import json
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resource_desk.importing import limits
from resource_desk.importing.mapping import load_mapping_file
from resource_desk.importing.problems import ImportFileError
from resource_desk.importing.service import ImportOptions, run_import

from .helpers import snapshot

SERVICES = "id,name,organization_id\n" + "".join(f"{n},Service {n},1\n" for n in range(50))
ORGANIZATIONS = "id,name\n1,Org\n"


def package_bytes(members: dict[str, bytes | str], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def refused(catalogue, path, *words, **options):
    before = snapshot(catalogue)
    with pytest.raises(ImportFileError) as caught:
        run_import(catalogue, path, ImportOptions(**options))
    message = str(caught.value)
    assert "\n" not in message and all(w in message for w in words), message
    assert snapshot(catalogue) == before
    return message


def test_a_zip_member_with_a_bad_crc_is_refused_naming_it(catalogue, tmp_path):
    data = bytearray(package_bytes({"services.csv": SERVICES, "organizations.csv": ORGANIZATIONS}))
    at = data.find(b"services.csv") + len("services.csv") + 10
    data[at] ^= 0xFF  # inside the compressed bytes
    path = tmp_path / "bad.zip"
    path.write_bytes(bytes(data))
    refused(catalogue, path, "bad.zip", "services.csv")


def test_an_encrypted_member_is_refused(catalogue, tmp_path):
    data = bytearray(package_bytes({"services.csv": SERVICES, "organizations.csv": ORGANIZATIONS}))
    data[data.find(b"PK\x03\x04") + 6] |= 1
    data[data.find(b"PK\x01\x02") + 8] |= 1
    path = tmp_path / "locked.zip"
    path.write_bytes(bytes(data))
    refused(catalogue, path, "encrypted")


def test_a_member_that_expands_past_the_limit_is_refused_without_reading_it(catalogue, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_MEMBER_BYTES", 2 * 1024 * 1024)
    monkeypatch.setattr(limits, "RATIO_FROM_BYTES", 1024 * 1024)
    big = "id,name\n" + "0" * (3 * 1024 * 1024)
    path = tmp_path / "bomb.zip"
    path.write_bytes(package_bytes({"services.csv": big, "organizations.csv": ORGANIZATIONS}))
    refused(catalogue, path, "services.csv", "expands")


def test_a_member_whose_declared_size_lies_is_stopped_at_the_limit(catalogue, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_MEMBER_BYTES", 64 * 1024)
    data = bytearray(package_bytes({"services.csv": SERVICES * 100, "organizations.csv": ORGANIZATIONS},
                                   zipfile.ZIP_STORED))
    # Claim a small size in the central directory; the reader must still stop at its limit.
    central = data.find(b"PK\x01\x02")
    size = int.from_bytes(data[central + 24:central + 28], "little")
    assert size > 64 * 1024
    data[central + 24:central + 28] = (1000).to_bytes(4, "little")
    path = tmp_path / "liar.zip"
    path.write_bytes(bytes(data))
    refused(catalogue, path, "services.csv")


def test_a_deeply_nested_datapackage_and_a_resource_name_that_is_a_list(catalogue, tmp_path):
    deep = tmp_path / "deep"
    deep.mkdir()
    (deep / "datapackage.json").write_text("[" * 200_000 + "]" * 200_000)
    (deep / "services.csv").write_text(SERVICES)
    (deep / "organizations.csv").write_text(ORGANIZATIONS)
    refused(catalogue, deep, "levels deep")
    odd = tmp_path / "odd"
    odd.mkdir()
    (odd / "datapackage.json").write_text(json.dumps({"resources": [{"name": ["x"], "path": 7, "schema": []},
                                                                   "nonsense"]}))
    (odd / "services.csv").write_text(SERVICES)
    (odd / "organizations.csv").write_text(ORGANIZATIONS)
    assert run_import(catalogue, odd).created == 50


def test_a_deeply_nested_or_oddly_shaped_mapping_file(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text('{"resource_desk_mapping": 1, "columns": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(ImportFileError, match="levels deep"):
        load_mapping_file(deep)
    odd = tmp_path / "odd.json"
    odd.write_text('{"resource_desk_mapping": 1, "columns": [1, 2]}')
    with pytest.raises(ImportFileError, match="odd.json"):
        load_mapping_file(odd)


@pytest.mark.parametrize("encoding", ["rot13", "base64", "hex", "zlib", "idna", "punycode", "no-such-thing"])
def test_encodings_that_are_no_text_encoding_are_refused(catalogue, tmp_path, encoding):
    path = tmp_path / "list.csv"
    path.write_text("Name,Phone\nPantry,415-555-0100\n")
    refused(catalogue, path, "list.csv", encoding, encoding=encoding)


def test_a_csv_of_one_enormous_line_is_refused_without_holding_it(catalogue, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINE_CHARS", 10_000)
    path = tmp_path / "one.csv"
    path.write_text("Name," + "x" * 200_000)
    message = refused(catalogue, path, "one.csv", "longer than")
    assert "empty" not in message


def test_long_lines_cells_and_rows_are_reported_and_the_rest_imported(catalogue, tmp_path):
    path = tmp_path / "list.csv"
    wide = ",".join(["x"] * (limits.MAX_COLUMNS + 5))
    tall_cell = ("y" * 99 + "\n") * (limits.MAX_CELL_CHARS // 100 + 1)  # many short lines, one huge cell
    path.write_text("Name,Phone\nPantry,415-555-0100\n" + wide + "\n" + '"' + tall_cell
                    + '",1\nShelter,415-555-0101\n')
    result = run_import(catalogue, path)
    assert result.created == 2
    reasons = " ".join(p.reason for p in result.problems)
    assert "cells, more than" in reasons and "a cell longer than" in reasons


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_and_a_device_are_refused(catalogue, tmp_path):
    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    refused(catalogue, fifo, "not a regular file")
    if os.path.exists("/dev/zero"):
        refused(catalogue, "/dev/zero", "not a regular file")


def test_broken_xlsx_xml_and_a_dtd_are_refused(catalogue, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(package_bytes({"[Content_Types].xml": "<Types", "xl/workbook.xml": "<workbook><sheets"}))
    refused(catalogue, broken, "broken.xlsx")
    dtd = tmp_path / "dtd.xlsx"
    dtd.write_bytes(package_bytes({"[Content_Types].xml": '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaa">]>'
                                                          "<Types>&a;</Types>"}))
    refused(catalogue, dtd, "dtd.xlsx")


# -- property-based: whatever the bytes, counts or one line ----------------------------------

def _outcome(catalogue, path) -> None:
    before = snapshot(catalogue)
    try:
        run_import(catalogue, path)
    except ImportFileError as exc:
        assert "\n" not in str(exc)
        assert snapshot(catalogue) == before


GOOD_ZIP = package_bytes({"services.csv": SERVICES, "organizations.csv": ORGANIZATIONS,
                          "datapackage.json": json.dumps({"resources": [{"name": "services", "path": "services.csv"}]})})


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(GOOD_ZIP) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_any_damage_to_a_zip_package_ends_cleanly(catalogue, tmp_path_factory, flips):
    data = bytearray(GOOD_ZIP)
    for at, value in flips:
        data[at] = value
    path = tmp_path_factory.mktemp("zip") / "package.zip"
    path.write_bytes(bytes(data))
    _outcome(catalogue, path)


def test_a_member_name_with_a_line_break_is_said_on_one_line(catalogue, tmp_path):
    """Found by the test above: a flipped byte made the central directory name a member
    "\\nrganizations.csv"; zipfile's own error quoted it with its line break."""
    data = bytearray(GOOD_ZIP)
    at = data.rindex(b"organizations.csv")  # the central directory's copy of the name, after the local one
    data[at] = ord("\n")
    path = tmp_path / "package.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFileError) as caught:
        run_import(catalogue, path)
    assert "\n" not in str(caught.value) and "\\nrganizations.csv" in str(caught.value)


def _xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Phone", "Food"])
    for n in range(20):
        sheet.append([f"Pantry {n}", f"415-555-01{n:02d}", "x"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


GOOD_XLSX = _xlsx_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(GOOD_XLSX) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_any_damage_to_an_xlsx_workbook_ends_cleanly(catalogue, tmp_path_factory, flips):
    data = bytearray(GOOD_XLSX)
    for at, value in flips:
        data[at] = value
    path = tmp_path_factory.mktemp("xlsx") / "list.xlsx"
    path.write_bytes(bytes(data))
    _outcome(catalogue, path)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                           lambda children: st.lists(children, max_size=4)
                           | st.dictionaries(st.sampled_from(["name", "path", "schema", "fields", "foreignKeys",
                                                              "reference", "resource", "version", "resources"]),
                                             children, max_size=4), max_leaves=30)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(JSON_VALUES)
def test_any_datapackage_structure_ends_cleanly(catalogue, tmp_path_factory, descriptor):
    folder = tmp_path_factory.mktemp("pkg")
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    (folder / "services.csv").write_text(SERVICES)
    (folder / "organizations.csv").write_text(ORGANIZATIONS)
    _outcome(catalogue, folder)
