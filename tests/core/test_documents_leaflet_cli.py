"""``forum-kit leaflet``: the JSON spec is checked with clear messages, the PDF is real and no
partial file is ever left behind; ``--password-file`` gives AES-256."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from forum_kit.cli.leaflet_cmd import leaflet_from_json
from forum_kit.errors import InvalidInput

SPEC = {
    "template": "meeting",
    "headline": "Forced overtime ends when we say so",
    "visual": "clock",
    "paragraphs": ["Three weekends in a row without notice.", "Management says it is needed."],
    "demands": ["Overtime by rota", "Two weeks' notice"],
    "call_to_action": {"what": "Come to the meeting", "when": "Thursday 18:00",
                       "where": "Canteen"},
    "who_we_are": "The warehouse workers' committee",
    "contact": "committee@example.org",
    "second": {"headline": "Basta de horas extra forzadas", "language": "es",
               "paragraphs": ["Tres fines de semana seguidos."]},
    "n_up": 2,
}


def _cli(monkeypatch, capsys, *argv):
    import forum_kit.cli as cli

    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_leaflet_written_with_text_and_fonts(monkeypatch, capsys, tmp_path):
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    out = tmp_path / "leaflet.pdf"
    code, stdout, err = _cli(monkeypatch, capsys, "leaflet", "--spec", str(spec), "--out",
                             str(out))
    assert code == 0, err
    assert stdout.splitlines()[0] == "This document carries: no personal data."
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Tres fines de semana seguidos." in text and "Overtime by rota" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)
    assert sorted(os.listdir(tmp_path)) == ["leaflet.pdf", "spec.json"]


def test_leaflet_protected(monkeypatch, capsys, tmp_path):
    import pikepdf

    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    pw = tmp_path / "pw"
    pw.write_text("kettle orbit tulip\n")
    pw.chmod(0o600)
    out = tmp_path / "leaflet.pdf"
    code, stdout, err = _cli(monkeypatch, capsys, "leaflet", "--spec", str(spec), "--out",
                             str(out), "--password-file", str(pw))
    assert code == 0, err
    with pikepdf.open(out, password="kettle orbit tulip") as pdf:
        assert pdf.encryption.bits == 256
    assert sorted(os.listdir(tmp_path)) == ["leaflet.pdf", "pw", "spec.json"]


@pytest.mark.parametrize(("change", "words"), [
    ({"headline": ""}, "headline"),
    ({"headlin": "x"}, "headlin: unknown key"),
    ({"paragraphs": [1, 2]}, "paragraphs[1]"),
    ({"n_up": 3}, "n_up"),
    ({"visual": "megafone"}, "visual"),
    ({"visual": "missing.png"}, "visual: the image file does not exist"),
    ({"call_to_action": {"what": "x", "whn": "y"}}, "call_to_action.whn"),
    ({"second": {"paragraphs": ["x"]}}, "second.headline"),
    ({"paper": "A3"}, "paper"),
    ({"paragraphs": ["ܫܠܡܐ"]}, "paragraphs[1]"),
    ({"language": "eo"}, "words: the leaflet has no words in the language 'eo' yet"),
    ({"words": {"wen": "x"}}, "words.wen: not one of the leaflet's words"),
])
def test_bad_specs_name_the_field(monkeypatch, capsys, tmp_path, change, words):
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({**SPEC, **change}), encoding="utf-8")
    out = tmp_path / "leaflet.pdf"
    code, _out, err = _cli(monkeypatch, capsys, "leaflet", "--spec", str(spec), "--out",
                           str(out))
    assert code == InvalidInput.code
    assert words in err
    assert sorted(os.listdir(tmp_path)) == ["spec.json"]


def test_not_json_and_missing_files(monkeypatch, capsys, tmp_path):
    spec = tmp_path / "spec.json"
    spec.write_text("{not json", encoding="utf-8")
    code, _out, err = _cli(monkeypatch, capsys, "leaflet", "--spec", str(spec), "--out",
                           str(tmp_path / "x.pdf"))
    assert code == InvalidInput.code and "not valid JSON (line 1" in err
    code, _out, err = _cli(monkeypatch, capsys, "leaflet", "--spec", str(tmp_path / "no.json"),
                           "--out", str(tmp_path / "x.pdf"))
    assert code == InvalidInput.code and "does not exist" in err
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    code, _out, err = _cli(monkeypatch, capsys, "leaflet", "--spec", str(spec), "--out",
                           str(tmp_path / "nofolder" / "x.pdf"))
    assert code == InvalidInput.code and "folder" in err
    assert sorted(os.listdir(tmp_path)) == ["spec.json"]


def test_relative_image_and_single_text_lists(tmp_path):
    parsed = leaflet_from_json({"headline": "Hi", "visual": "pic.png", "demands": "One"},
                               base=tmp_path)
    assert parsed.visual == str(tmp_path / "pic.png")
    assert parsed.demands == ("One",)
    with pytest.raises(InvalidInput, match="JSON object"):
        leaflet_from_json(["x"], base=tmp_path)
