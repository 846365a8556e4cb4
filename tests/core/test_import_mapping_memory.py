"""Remembered column mappings: recalled for the same header row (case, accents and trailing blank
columns aside), stored as hashes only (no header text) in a 0600 file, capped in number, tolerant
of a damaged or tampered file, and never kept for a row that names no known field (likely a
person's row taken as the header)."""

from __future__ import annotations

import json

from forum_kit.exchange import mapping as mp
from forum_kit.exchange.sniff import read_table

HEADERS = ("First Name", "Last Name", "Dept.", "Personal Cell")
CHOSEN = {0: "first_name", 1: "last_name", 2: "shift", 3: "phone"}


def test_round_trip_and_what_the_file_holds(tmp_path) -> None:
    assert mp.recall_mapping(HEADERS, folder=tmp_path) is None
    mp.remember_mapping(HEADERS, CHOSEN, folder=tmp_path)
    assert mp.recall_mapping(HEADERS, folder=tmp_path) == CHOSEN
    # the same row spelt differently, or widened by blank columns, is the same chart
    assert mp.recall_mapping(("first name", "LAST NAME", "dept", "Personal  Cell", "", None),
                             folder=tmp_path) == CHOSEN
    assert mp.recall_mapping(HEADERS[:3], folder=tmp_path) is None
    path = tmp_path / mp.MAPPINGS_FILE
    text = path.read_text(encoding="utf-8")
    assert "First" not in text and "Cell" not in text and "dept" not in text.lower()
    assert (path.stat().st_mode & 0o777) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [mp.MAPPINGS_FILE]  # no temp file left


def test_a_table_widened_by_one_stray_cell_recalls_the_mapping(tmp_path) -> None:
    plain = read_table(b"First Name,Last Name,Dept\nAna,Obi,Dock\n")
    wide = read_table(b"First Name,Last Name,Dept\nAna,Obi,Dock,,,,oops\n")
    assert len(wide.headers) > len(plain.headers)
    mp.remember_mapping(plain.headers, {0: "first_name", 1: "last_name", 2: "area"},
                        folder=tmp_path)
    assert mp.recall_mapping(wide.headers, folder=tmp_path) == {
        0: "first_name", 1: "last_name", 2: "area"}


def test_no_header_row_is_not_remembered(tmp_path) -> None:
    for person in (("Ana", "Pérez", "Packing", "555-201-0001"),
                   ("Ana", "Pérez", "Night shift", "Packer")):  # words a guess could match
        mp.remember_mapping(person, {0: "first_name", 1: "last_name"}, folder=tmp_path)
    assert not (tmp_path / mp.MAPPINGS_FILE).exists()


def test_a_mapping_kept_for_a_wider_row_names_only_columns_a_narrower_one_has(tmp_path) -> None:
    mp.remember_mapping(("First Name", "Last Name", "", ""),
                        {0: "first_name", 1: "last_name", 3: "notes"}, folder=tmp_path)
    assert mp.recall_mapping(("First Name", "Last Name"), folder=tmp_path) == {
        0: "first_name", 1: "last_name"}


def test_the_newest_entries_are_kept(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(mp, "MAX_REMEMBERED", 3)
    for i in range(5):
        mp.remember_mapping((*HEADERS, f"Extra {i}"), CHOSEN, folder=tmp_path)
    kept = [i for i in range(5)
            if mp.recall_mapping((*HEADERS, f"Extra {i}"), folder=tmp_path) is not None]
    assert kept == [2, 3, 4]


def test_a_damaged_or_tampered_file_is_survived(tmp_path) -> None:
    path = tmp_path / mp.MAPPINGS_FILE
    path.write_text("{not json", encoding="utf-8")
    assert mp.recall_mapping(HEADERS, folder=tmp_path) is None
    key = mp.headers_key(HEADERS)
    path.write_text(json.dumps({
        key: {"0": "first_name", "1": ["last_name"], "2": {"x": 1}, "²": "email",
              "3": "phone", "5": "no_such_field", "9": "notes"},
        "not-a-key": {"0": "first_name"},
        "f" * 64: ["list", "not", "dict"],
    }), encoding="utf-8")
    assert mp.recall_mapping(HEADERS, folder=tmp_path) == {0: "first_name", 3: "phone"}
    mp.remember_mapping(HEADERS, CHOSEN, folder=tmp_path)  # rewrites a clean file
    assert mp.recall_mapping(HEADERS, folder=tmp_path) == CHOSEN
