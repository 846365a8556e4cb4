"""Briefings, chart sheets and packs filled from a vault, read back with a real PDF reader.

One demo vault per module (with sentinel names in contacts, conversation notes and grievances)
serves every test: the queries only read. The PDFs are checked with poppler's pdftotext and
pdffonts and with pypdf's outline, and the command-line commands run through ``forum_kit.cli``.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from forum_kit.errors import InvalidInput, NotFound
from forum_kit.queries import documents as D
from forum_kit.reports import build_briefing, build_chart_sheet, build_pack, personal_data_of

PASSPHRASE = "correct horse battery staple"  # the template vault's (tests/conftest.py)

TODAY = dt.date(2025, 3, 14)
SENTINELS = ("Sentinelova", "Qxzwort", "Sentinelberg", "Zqxvynne")


@pytest.fixture(scope="module")
def docs_vault(tmp_path_factory, _template_vault):
    from forum_kit import demo
    from forum_kit.models import Area, Contract, Workplace
    from forum_kit.services.contacts import add_contact
    from forum_kit.services.conversations import log_conversation
    from forum_kit.services.grievances import file_grievance
    from forum_kit.vault import Vault

    path = tmp_path_factory.mktemp("docs") / "docs.forumkit"
    shutil.copytree(_template_vault, path)
    vault = Vault.open(path, PASSPHRASE)
    demo.generate(vault, today=TODAY, contacts=60, workplaces=1, areas=4, years=0.5)
    with vault.unit_of_work() as s:
        wp = s.query(Workplace).one()
        area = s.query(Area).filter(Area.parent_id.is_(None)).first()
        contract = s.query(Contract).first()
        plain = add_contact(s, workplace_id=wp.id, area_id=area.id, first_name="Sentinelova",
                            last_name="Qxz", job_title="picker", today=TODAY - dt.timedelta(30))
        hidden = add_contact(s, workplace_id=wp.id, area_id=area.id, first_name="Qxzwort",
                             last_name="Sentinelberg", sensitive=True,
                             today=TODAY - dt.timedelta(30))
        for who in (plain, hidden):
            log_conversation(s, contact_id=who.id, held_on=TODAY - dt.timedelta(3),
                             agitate="Sentinelova said Zqxvynne shouted at her",
                             plan="Zqxvynne meeting", tags=["heat"], assessment_level=2,
                             today=TODAY)
        file_grievance(s, workplace_id=wp.id, contract_id=contract.id,
                       grievance_type="individual", title="Sentinelova Qxz discipline",
                       who="Sentinelova Qxz and Zqxvynne", what="Qxzwort was there",
                       incident_on=TODAY - dt.timedelta(5), area_id=area.id,
                       grievant_ids=[plain.id], today=TODAY)
    yield vault
    vault.lock()


@pytest.fixture
def s(docs_vault):
    with docs_vault.unit_of_work() as session:
        yield session


def _text(data: bytes, tmp_path) -> str:
    pdf = tmp_path / f"t{len(os.listdir(tmp_path))}.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def _fonts_embedded(path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    # columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end
    return [line.split()[-5] for line in out if line.strip()]


def _meeting_with_mandates(s, forum_id):
    return next(m for m in D.council_meetings(s, forum_id=forum_id) if m.mandates)


def test_choices(s):
    forums = D.forums(s)
    assert len(forums) == 1
    meetings = D.council_meetings(s, forum_id=forums[0].id)
    assert meetings and meetings == sorted(meetings, key=lambda m: m.held_on, reverse=True)
    assert any(m.mandates for m in meetings)
    areas = D.area_choices(s, forum_id=forums[0].id)
    assert areas[0].depth == 0 and {a.depth for a in areas} == {0, 1}
    assert D.default_area_ids(s, forum_id=forums[0].id) == [a.id for a in areas if a.depth == 0]
    assert D.find_forum(s, forums[0].name.upper()).id == forums[0].id
    assert D.find_area(s, areas[1].name).id == areas[1].id
    found = D.find_council_meeting(s, forum_id=forums[0].id, on=meetings[0].held_on)
    assert found.id == meetings[0].id
    with pytest.raises(NotFound):
        D.find_forum(s, "no such forum")
    with pytest.raises(NotFound):
        D.find_council_meeting(s, forum_id=forums[0].id, on=dt.date(1999, 1, 1))


def test_briefing_data_from_vault(s):
    forum = D.forums(s)[0]
    meeting = _meeting_with_mandates(s, forum.id)
    data = D.briefing_data(s, forum_id=forum.id, council_meeting_id=meeting.id, as_of=TODAY,
                           questions=["Who pays for the heat fans?", " "],
                           threshold=1)  # the counts themselves; small numbers: elsewhere
    assert data.forum == forum.name and data.body == meeting.council
    assert data.meeting_date == meeting.held_on
    mandated = [a for a in data.agenda if a.red_lines != D.UNMANDATED]
    assert len(mandated) == meeting.mandates
    assert data.delegate and data.delegate != D.NO_DELEGATE
    assert data.questions == ("Who pays for the heat fans?",)
    assert [a.area_name for a in data.areas] == [
        a.name for a in D.area_choices(s, forum_id=forum.id) if a.depth == 0]
    # dates in one format: the term is written like every other date of the briefing
    assert " to " in data.term and "-" not in data.term
    area = data.areas[0]
    assert area.headcount > 0 and 0 <= area.supporters_pct <= 100
    assert dict(area.grievances_by_status).get("open", 0) >= 1
    assert area.top_issues and all("(" in t for t in area.top_issues)
    assert len(data.growth) == len(data.areas) and len(data.growth[0].weeks) == 17
    # the delegate and alternates are named, and the document says so
    assert data.officers_named and personal_data_of(data) == "officers"
    # the figures agree with the growth module
    from forum_kit.growth import area_figures

    direct = area_figures(s, area_id=D.default_area_ids(s, forum_id=forum.id)[0], as_of=TODAY)
    assert area.headcount == direct.headcount
    assert area.committee_members == direct.committee_members


def test_sensitive_conversations_not_in_top_issues(s):
    from forum_kit.models import Contact

    hidden = s.query(Contact).filter(Contact.first_name == "Qxzwort").one()
    before = D._top_issues(s, [hidden.area_id], TODAY)
    # the sensitive contact's "heat" one-on-one is not counted: only the plain contact's is
    heat = next(t for t in before if t.startswith("heat"))
    assert heat


def test_chart_sheet_redaction_and_sensitive(s):
    area = D.area_choices(s)[0]
    names = D.chart_sheet_data(s, area_id=area.id, as_of=TODAY, redaction="names")
    shown = {r.name for r in names.rows}
    assert "Sentinelova Qxz" in shown
    assert not any("Qxzwort" in n or "Sentinelberg" in n for n in shown)
    # the sensitive contact is left out entirely (no blank row keeping their place) and counted
    assert "" not in shown and names.withheld >= 1
    numbers = D.chart_sheet_data(s, area_id=area.id, as_of=TODAY, redaction="numbers")
    assert all(r.name == "" for r in numbers.rows) and len(numbers.rows) == len(names.rows)
    assert numbers.withheld == names.withheld
    early = D.chart_sheet_data(s, area_id=area.id, as_of=TODAY - dt.timedelta(60))
    assert len(early.rows) < len(names.rows)  # the sentinels were added 30 days ago
    assert {r.committee_role for r in names.rows} <= {"", "C", "CH"}
    assert all(0 <= r.assessment <= 5 for r in names.rows)
    with pytest.raises(InvalidInput):
        D.chart_sheet_data(s, area_id=area.id, as_of=TODAY, redaction="everything")


def test_briefing_pdf_has_no_names_and_embedded_fonts(s, tmp_path):
    forum = D.forums(s)[0]
    meeting = _meeting_with_mandates(s, forum.id)
    data = D.briefing_data(s, forum_id=forum.id, council_meeting_id=meeting.id, as_of=TODAY)
    buf = io.BytesIO()
    info = build_briefing(data, buf)
    assert info.personal_data == "officers"
    text = _text(buf.getvalue(), tmp_path)
    assert "DELEGATE BRIEFING" in text and meeting.council in text
    assert "Names only the delegate and alternates" in text
    assert f"Page 1 of {info.pages}" in text
    for sentinel in SENTINELS:
        assert sentinel not in text
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(buf.getvalue())
    assert set(_fonts_embedded(pdf)) == {"yes"}


def test_default_pack_has_no_names_bookmarks_and_pages(s, tmp_path):
    forum = D.forums(s)[0]
    meetings = [m.id for m in D.council_meetings(s, forum_id=forum.id)[:2]]
    spec = D.pack_spec(s, forum_id=forum.id, council_meeting_ids=meetings, as_of=TODAY)
    assert personal_data_of(spec) == "officers"
    buf = io.BytesIO()
    info = build_pack(spec, buf)
    text = _text(buf.getvalue(), tmp_path)
    for sentinel in SENTINELS:
        assert sentinel not in text
    assert "BRIEFING PACK" in text and "Names only the delegate and alternates" in text
    assert f"Page {info.pages} of {info.pages}" in text
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    assert len(reader.pages) == info.pages
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles.count(D.council_meetings(s, forum_id=forum.id)[0].council) == 2


def test_pack_with_initials_chart_sheet(s, tmp_path):
    forum = D.forums(s)[0]
    area = D.area_choices(s)[0]
    spec = D.pack_spec(s, forum_id=forum.id, council_meeting_ids=[], as_of=TODAY,
                       chart_area_ids=[area.id])
    assert personal_data_of(spec) == "initials"
    buf = io.BytesIO()
    build_pack(spec, buf)
    text = _text(buf.getvalue(), tmp_path)
    assert "S.Q." in text and "Sentinelova" not in text and "Q.S." not in text
    with pytest.raises(InvalidInput):
        D.pack_spec(s, forum_id=forum.id, council_meeting_ids=[], as_of=TODAY)


def test_chart_sheet_names_pdf(s, tmp_path):
    area = D.area_choices(s)[0]
    data = D.chart_sheet_data(s, area_id=area.id, as_of=TODAY, redaction="names")
    buf = io.BytesIO()
    assert build_chart_sheet(data, buf).personal_data == "names"
    text = _text(buf.getvalue(), tmp_path)
    assert "Sentinelova Qxz" in text and "Qxzwort" not in text


def test_save_pdf_protected_is_aes256_and_leaves_one_file(tmp_path):
    import pikepdf

    from forum_kit.reports import build_leaflet
    from forum_kit.reports.samples import sample_leaflet

    buf = io.BytesIO()
    build_leaflet(sample_leaflet(), buf)
    out = tmp_path / "out" / "leaflet.pdf"
    out.parent.mkdir()
    D.save_pdf(buf.getvalue(), out, password="long enough password")
    assert os.listdir(out.parent) == ["leaflet.pdf"]
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password="long enough password") as pdf:
        assert pdf.encryption.bits == 256 and pdf.encryption.R == 6
        assert str(pdf.encryption.stream_method) .endswith("aesv3")
    with pytest.raises(InvalidInput):
        D.save_pdf(buf.getvalue(), tmp_path / "x.pdf", password="short")
    assert not (tmp_path / "x.pdf").exists()


# ---- command line -----------------------------------------------------------------------

def _cli(monkeypatch, capsys, *argv):
    import forum_kit.cli as cli

    mine = ("forum_kit.cli.leaflet_cmd", "forum_kit.cli.briefing_cmd", "forum_kit.cli.pack_cmd",
            "forum_kit.cli.chart_sheet_cmd")
    assert set(mine) <= set(cli.COMMAND_MODULES)
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_briefing_and_pack(docs_vault, monkeypatch, capsys, tmp_path):
    with docs_vault.unit_of_work() as s:
        forum = D.forums(s)[0]
        meeting = _meeting_with_mandates(s, forum.id)
        area = D.area_choices(s)[0]
    out = tmp_path / "brief.pdf"
    code, stdout, err = _cli(monkeypatch, capsys, "briefing", str(docs_vault.path),
                             "--forum", forum.name, "--meeting-date",
                             meeting.held_on.isoformat(), "--as-of", TODAY.isoformat(),
                             "--out", str(out))
    assert code == 0, err
    assert stdout.splitlines()[0] == ("This document carries: the names of the delegate and "
                                      "alternates (no other coworkers).")
    text = _text(out.read_bytes(), tmp_path)
    assert meeting.council in text and not any(x in text for x in SENTINELS)
    assert "Grievances marked sensitive are not counted" in text
    code, _out, err = _cli(monkeypatch, capsys, "briefing", str(docs_vault.path),
                           "--forum", forum.name, "--meeting-date",
                           meeting.held_on.isoformat(), "--as-of", TODAY.isoformat(),
                           "--include-sensitive-grievances", "--out", str(out))
    assert code == 0, err
    assert "Grievances marked sensitive are counted here" in _text(out.read_bytes(), tmp_path)

    pack = tmp_path / "pack.pdf"
    code, stdout, err = _cli(monkeypatch, capsys, "pack", str(docs_vault.path),
                             "--forum", str(forum.id), "--meeting-date",
                             meeting.held_on.isoformat(), "--as-of", TODAY.isoformat(),
                             "--chart-sheets", area.name, "--redaction", "names",
                             "--out", str(pack))
    assert code == 0, err
    assert "FULL NAMES" in stdout.splitlines()[0]
    assert "not password protected" in err
    assert "Sentinelova Qxz" in _text(pack.read_bytes(), tmp_path)


def test_cli_chart_sheet_and_errors(docs_vault, monkeypatch, capsys, tmp_path):
    with docs_vault.unit_of_work() as s:
        area = D.area_choices(s)[0]
    out = tmp_path / "sheet.pdf"
    pw = tmp_path / "pw.txt"
    pw.write_text("a long password\n")
    pw.chmod(0o600)
    code, stdout, err = _cli(monkeypatch, capsys, "chart-sheet", str(docs_vault.path),
                             "--area", area.name, "--as-of", TODAY.isoformat(),
                             "--password-file", str(pw), "--out", str(out))
    assert code == 0, err
    assert stdout.startswith("This document carries: coworkers' initials with their job, "
                             "shift and assessment.")
    assert "AES-256" in stdout
    assert out.read_bytes()[:5] == b"%PDF-" and b"/AESV3" in out.read_bytes()

    missing = tmp_path / "none.pdf"
    code, _out, err = _cli(monkeypatch, capsys, "chart-sheet", str(docs_vault.path),
                           "--area", "No such area", "--out", str(missing))
    assert code == NotFound.code and "forum-kit: No single area" in err
    code, _out, err = _cli(monkeypatch, capsys, "briefing", str(docs_vault.path),
                           "--forum", "1", "--meeting-date", "1999-01-01", "--out", str(missing))
    assert code != 0
    assert not missing.exists()
    assert sorted(os.listdir(tmp_path)) == ["pw.txt", "sheet.pdf"]
