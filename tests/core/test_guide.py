"""The steward's guide as files (issue 26): every language has every part, every link and picture
resolves, the glossary holds the method's words, the reader keeps the text, the language falls
back part by part, the first-run state lives in the vault, and the quick start prints from the
same text (read back with pdftotext)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata

import pytest

from forum_kit import guide
from forum_kit.cli import main as cli_main

METHOD_WORDS = (
    "chart",
    "assessment",
    "organic-leader",
    "one-on-one",
    "aeiou",
    "inoculation",
    "structure-test",
    "one-to-ten",
    "grievance-step",
    "mandate",
    "delegate",
    "recall",
    "report-back",
    "council",
    "bundle",
    "committee-copy",
)


@pytest.mark.parametrize("language", guide.languages())
def test_every_language_has_every_part_and_every_link_resolves(language):
    folder = guide.guide_root() / language
    missing = [name for name in guide.ALL_FILES if not (folder / f"{name}.html").is_file()]
    assert missing == []
    assert guide.link_problems(language) == []
    # a translation keeps the English anchors, so the app's links into a part still land
    english = {name: guide.read_part(name, "en").anchors for name in guide.ALL_FILES}
    for name in guide.ALL_FILES:
        assert english[name] <= guide.read_part(name, language).anchors, name


def test_english_is_there_and_first():
    assert guide.languages()[0] == "en"


def test_the_guide_is_in_every_language_the_interface_ships():
    from forum_kit import i18n

    assert set(guide.languages()) == {"en", *i18n.COMPLETE_LANGUAGES}


@pytest.mark.parametrize("language", [c for c in guide.languages() if c != "en"])
def test_a_translated_guide_keeps_the_english_structure_and_leaves_no_english(language):
    """Same elements, ids, links and pictures in the same order as the English; no paragraph,
    heading or list item left in English (a name, a code or a command may stay)."""
    import html.parser

    class Shape(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[tuple[str, tuple]] = []
            self.texts: list[str] = []

        def handle_starttag(self, tag, attrs):
            self.tags.append((tag, tuple(sorted((k, v) for k, v in attrs if k != "alt"))))

        def handle_data(self, data):
            if len(data.split()) >= 4:
                self.texts.append(" ".join(data.split()))

    def shape(path):
        parser = Shape()
        parser.feed(path.read_text(encoding="utf-8"))
        return parser

    for name in guide.ALL_FILES:
        english = shape(guide.guide_root() / "en" / f"{name}.html")
        translated = shape(guide.guide_root() / language / f"{name}.html")
        assert translated.tags == english.tags, name
        assert set(translated.texts) & set(english.texts) == set(), name


def test_link_problems_finds_a_broken_link_an_anchor_a_picture_and_the_network(
    tmp_path, monkeypatch
):
    root = tmp_path / "guide"
    shutil.copytree(guide.guide_root(), root)
    page = root / "en" / "map.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "</body>",
            '<p><a href="nowhere.html">x</a> <a href="glossary.html#no-such">y</a> '
            '<a href="https://example.org/">z</a> <img src="../images/none.png"></p></body>',
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(guide, "guide_root", lambda: root)
    problems = guide.link_problems("en")
    assert len(problems) == 4
    assert any("no part nowhere.html" in p for p in problems)
    assert any("#no-such" in p for p in problems)
    assert any("leaves the app" in p for p in problems)
    assert any("none.png" in p for p in problems)


def test_the_glossary_holds_the_words_of_the_method():
    terms = guide.glossary("en")
    for key in METHOD_WORDS:
        assert key in terms, key
        assert len(terms[key].meaning) > 40, key
    assert guide.first_sentence(terms["recall"].meaning).endswith(".")


def test_every_page_of_the_app_has_a_part():
    from importlib import import_module

    assert set(guide.PAGE_PARTS.values()) <= set(guide.PARTS)
    # the page keys are the app's (the core cannot import ui; read the composition root's text)
    source = import_module("forum_kit.resources").resources_dir().parent / "ui" / "app.py"
    for key in guide.PAGE_PARTS:
        if key != "search":
            assert f'("{key}",' in source.read_text(encoding="utf-8"), key


def test_reader_keeps_text_bold_lists_and_anchors():
    part = guide.read_html(
        '<html><head><title>Short</title></head><body><h1 id="top">Long  title</h1>'
        '<p class="summary">One <b>bold</b>\n word, <a href="glossary.html#x">a link</a>.</p>'
        "<ol><li>first</li><li>second</li></ol><ul><li>dot</li></ul>"
        '<dl><dt id="w">Word</dt><dd>Meaning.</dd></dl><img src="../images/a.png" alt="A"></body>'
        "</html>"
    )
    assert (part.title, part.short_title) == ("Long title", "Short")
    assert part.summary() == "One bold word, a link."
    assert part.blocks[1].spans == (("One ", False), ("bold", True), (" word, a link.", False))
    assert [(b.kind, b.number) for b in part.blocks if b.kind == "li"] == [
        ("li", 1),
        ("li", 2),
        ("li", 0),
    ]
    assert part.anchors == {"top", "w"}
    assert part.links == ["glossary.html#x"] and part.images == ["../images/a.png"]
    assert "1. first" in part.plain_text() and "- dot" in part.plain_text()


def test_language_falls_back_to_the_base_language_then_english(tmp_path, monkeypatch):
    root = tmp_path / "guide"
    shutil.copytree(guide.guide_root(), root)
    (root / "de").mkdir(exist_ok=True)
    (root / "de" / "map.html").write_text("<h1>Karte</h1><p>Die Karte.</p>", encoding="utf-8")
    monkeypatch.setattr(guide, "guide_root", lambda: root)
    assert guide.language_candidates("pt-BR") == ["pt_BR", "pt", "en"]
    assert guide.resolve_language("pt_BR") == "pt_BR"  # shipped
    assert guide.resolve_language("de_AT") == "de"
    assert guide.resolve_language("xx") == "en"
    assert guide.resolve_language(None) == "en"
    assert guide.resolve_language("../../etc") == "en"  # never a path
    assert guide.read_part("map", "de_AT").title == "Karte"
    assert guide.part_path("safety", "de_AT").parent.name == "en"  # not translated yet
    with pytest.raises(Exception, match="no part"):
        guide.part_path("nonexistent")


def test_first_run_state_lives_in_the_vault(session):
    from forum_kit.services import first_run

    today = dt.date(2025, 3, 14)
    assert first_run.should_offer_walkthrough(session)
    first_run.end_walkthrough(session, state=first_run.SKIPPED, today=today)
    assert first_run.walkthrough_state(session) == "skipped"
    assert not first_run.should_offer_walkthrough(session)
    first_run.end_walkthrough(session, state=first_run.DONE, today=today)
    assert first_run.walkthrough_state(session) == "done"
    with pytest.raises(Exception, match="done"):
        first_run.end_walkthrough(session, state="maybe", today=today)


def test_a_vault_with_a_workplace_is_not_new(session):
    from forum_kit.services import first_run, workplaces

    workplaces.add_workplace(session, name="Depot", today=dt.date(2025, 3, 14))
    assert not first_run.should_offer_walkthrough(session)


def test_cli_lists_prints_and_writes_the_quick_start(tmp_path, capsys):
    assert cli_main(["guide"]) == 0
    listed = capsys.readouterr().out
    for name in guide.PARTS:
        assert name in listed
    assert cli_main(["guide", "safety", "--lang", "de"]) == 0  # not translated: English
    text = capsys.readouterr().out
    assert "SAFETY FIRST" in text and "Handing over the chart" in text
    assert max(len(line) for line in text.splitlines()) <= 78
    assert cli_main(["guide", "safety", "--lang", "pt_BR"]) == 0
    text = capsys.readouterr().out
    assert guide.read_part("safety", "pt_BR").title.upper() in text and "SAFETY" not in text
    assert cli_main(["guide", "nonsense"]) == 3
    assert "no part" in capsys.readouterr().err
    out = tmp_path / "quick.pdf"
    assert cli_main(["guide", "--pdf", str(out)]) == 0
    assert "no personal data" in capsys.readouterr().out
    pdf = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = pdf.count("\f")
    assert 3 <= pages <= 8
    for words in (
        "Forum Kit quick start",
        "What each page is for",
        "Getting started",
        "Keep the recovery key",
        "Safety first",
        "If a laptop is lost or taken",
        "Handing over the chart",
        "Glossary",
        "Report-back",
        "Committee copy",
        guide.read_part("grievances").title,
    ):
        assert words in pdf, words
    assert cli_main(["guide", "--pdf", str(tmp_path)]) == 3  # a folder: refused
    assert cli_main(["guide", "--pdf", str(tmp_path / "no" / "x.pdf")]) == 3


def test_quick_start_in_a_right_to_left_language_prints_right_to_left(tmp_path, monkeypatch):
    from forum_kit.reports.quick_start import build_quick_start

    out = tmp_path / "ar.pdf"
    info = build_quick_start(out, "ar")
    assert info.pages >= 3 and info.personal_data == "none"
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    assert "Safety first" not in text  # the Arabic guide, every part
    # read back in logical order: the titles' words in the order they were written
    for part in ("quick-start", "safety"):
        title = unicodedata.normalize("NFKC", guide.read_part(part, "ar").title)
        assert title.split()[0] in text and title.split()[-1] in text, part
    layout = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', layout).group(1))
    words = [
        (float(y), float(x1))
        for y, x1 in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)"', layout)
    ]
    top = min(y for y, _x in words)
    title_end = max(x for y, x in words if abs(y - top) < 2)
    assert title_end > page_width * 0.9  # the title ends at the right margin


def test_the_quick_start_is_printed_whole_in_the_guides_language(tmp_path):
    from forum_kit.reports.quick_start import build_quick_start

    out = tmp_path / "fr.pdf"
    build_quick_start(out, "fr")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert guide.read_part("safety", "fr").title in " ".join(text.split())
    assert "Page 1 sur" in text and "Page 1 of" not in text  # the footer too
