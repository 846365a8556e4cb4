"""The shop-floor leaflet: one page, one strong visual, short text, demands and a clear ask.

This module owns ``build_leaflet`` (A4 or Letter; one language, two languages side by side or
front and back; 1, 2 or 4 handbills per sheet with cut marks) and ``leaflet_warnings``, the
editor's advice shown before printing (too many or too long paragraphs, a long headline, no call
to action). A leaflet carries no coworker data. The page is drawn once as a PDF form and placed
scaled on the sheet for handbills, so 4-up costs no more than 1-up. Text that cannot be printed
correctly (Arabic script, missing glyphs) is refused before anything is drawn.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Image, KeepInFrame, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from forum_kit.errors import InvalidInput
from forum_kit.reports.charts import pictogram
from forum_kit.reports.data import (
    PICTOGRAMS,
    CallToAction,
    DocumentInfo,
    LeafletBody,
    LeafletSpec,
)
from forum_kit.reports.fonts import SANS, SANS_BOLD, check_fields, ensure_fonts
from forum_kit.reports.output import deliver, fast_shapes, neutral_metadata
from forum_kit.reports.styles import (
    BASE_FONT,
    DARK,
    INK,
    LIGHT,
    MID,
    PALE,
    WASH,
    page_size,
    paragraph_styles,
)

LEAFLET_MARGIN = 14 * mm
MAX_PARAGRAPHS = 3
MAX_PARAGRAPH_LINES = 4
MAX_HEADLINE_LINES = 3
_IMAGE_FORMATS = ("PNG", "JPEG")
_MAX_IMAGE_PIXELS = 60_000_000

# Fixed words of the leaflet, per language; anything missing falls back to English.
_LABELS: dict[str, dict[str, str]] = {
    "en": {"meeting": "Workers' meeting", "issue": "Speak up together", "victory": "We won!",
           "demands": "Our demands", "won": "What we won", "when": "When", "where": "Where",
           "who": "Who we are", "contact": "Contact", "next": "What next"},
    "es": {"meeting": "Asamblea de trabajadores", "issue": "Hablemos juntos",
           "victory": "¡Ganamos!", "demands": "Exigimos", "won": "Lo que ganamos",
           "when": "Cuándo", "where": "Dónde", "who": "Quiénes somos", "contact": "Contacto",
           "next": "Siguiente paso"},
    "fr": {"meeting": "Assemblée des salariés", "issue": "Parlons ensemble",
           "victory": "Nous avons gagné !", "demands": "Nos revendications",
           "won": "Ce que nous avons gagné", "when": "Quand", "where": "Où",
           "who": "Qui sommes-nous", "contact": "Contact", "next": "La suite"},
    "de": {"meeting": "Belegschaftstreffen", "issue": "Gemeinsam reden",
           "victory": "Gewonnen!", "demands": "Unsere Forderungen",
           "won": "Was wir erreicht haben", "when": "Wann", "where": "Wo",
           "who": "Wer wir sind", "contact": "Kontakt", "next": "Wie es weitergeht"},
    "pt": {"meeting": "Reunião dos trabalhadores", "issue": "Vamos falar juntos",
           "victory": "Vencemos!", "demands": "Nossas reivindicações",
           "won": "O que conquistamos", "when": "Quando", "where": "Onde",
           "who": "Quem somos", "contact": "Contato", "next": "Próximo passo"},
    "it": {"meeting": "Assemblea dei lavoratori", "issue": "Parliamone insieme",
           "victory": "Abbiamo vinto!", "demands": "Le nostre richieste",
           "won": "Cosa abbiamo ottenuto", "when": "Quando", "where": "Dove",
           "who": "Chi siamo", "contact": "Contatti", "next": "Prossimo passo"},
    "pl": {"meeting": "Zebranie pracowników", "issue": "Mówmy razem",
           "victory": "Wygraliśmy!", "demands": "Nasze żądania", "won": "Co wywalczyliśmy",
           "when": "Kiedy", "where": "Gdzie", "who": "Kim jesteśmy", "contact": "Kontakt",
           "next": "Co dalej"},
    "tr": {"meeting": "İşçi toplantısı", "issue": "Birlikte konuşalım",
           "victory": "Kazandık!", "demands": "Taleplerimiz", "won": "Kazandıklarımız",
           "when": "Ne zaman", "where": "Nerede", "who": "Biz kimiz", "contact": "İletişim",
           "next": "Sırada ne var"},
    "ru": {"meeting": "Собрание работников", "issue": "Скажем вместе",
           "victory": "Мы победили!", "demands": "Наши требования", "won": "Чего мы добились",
           "when": "Когда", "where": "Где", "who": "Кто мы", "contact": "Контакты",
           "next": "Что дальше"},
    "uk": {"meeting": "Збори працівників", "issue": "Говорімо разом",
           "victory": "Ми перемогли!", "demands": "Наші вимоги", "won": "Чого ми досягли",
           "when": "Коли", "where": "Де", "who": "Хто ми", "contact": "Контакти",
           "next": "Що далі"},
    "el": {"meeting": "Συνέλευση εργαζομένων", "issue": "Μιλάμε μαζί",
           "victory": "Νικήσαμε!", "demands": "Οι διεκδικήσεις μας", "won": "Τι κερδίσαμε",
           "when": "Πότε", "where": "Πού", "who": "Ποιοι είμαστε", "contact": "Επικοινωνία",
           "next": "Επόμενο βήμα"},
}


def labels_for(language: str) -> dict[str, str]:
    """The leaflet's fixed words in ``language`` (a code such as "en" or "pt-BR")."""
    base = dict(_LABELS["en"])
    base.update(_LABELS.get(language.split("-")[0].lower(), {}))
    return base


def _texts(body: LeafletBody, prefix: str) -> list[tuple[str, str]]:
    pairs = [(f"{prefix}headline", body.headline), (f"{prefix}who_we_are", body.who_we_are),
             (f"{prefix}contact", body.contact)]
    pairs += [(f"{prefix}paragraphs[{i + 1}]", p) for i, p in enumerate(body.paragraphs)]
    pairs += [(f"{prefix}demands[{i + 1}]", d) for i, d in enumerate(body.demands)]
    if body.call_to_action is not None:
        cta = body.call_to_action
        pairs += [(f"{prefix}call_to_action.what", cta.what),
                  (f"{prefix}call_to_action.when", cta.when),
                  (f"{prefix}call_to_action.where", cta.where)]
    return pairs


def _check_image(path: Path) -> None:
    from PIL import Image as PILImage

    if not path.is_file():
        raise InvalidInput("visual: the image file does not exist.")
    try:
        with PILImage.open(path) as img:
            kind = img.format
            width, height = img.size
            img.verify()
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
        raise InvalidInput("visual: the image could not be read; use a PNG or JPEG file.") \
            from None
    if kind not in _IMAGE_FORMATS:
        raise InvalidInput("visual: only PNG and JPEG images can go on a leaflet.")
    if width * height > _MAX_IMAGE_PIXELS or min(width, height) < 1:
        raise InvalidInput("visual: the image is too large; use one under 60 megapixels.")


def validate_leaflet(spec: LeafletSpec) -> None:
    """Refuse a leaflet that cannot be printed correctly; raises InvalidInput."""
    pairs = _texts(spec.body, "")
    if spec.second is not None:
        pairs += _texts(spec.second, "second.")
    check_fields(pairs)
    if spec.visual is not None and not (isinstance(spec.visual, str)
                                        and spec.visual in PICTOGRAMS):
        _check_image(Path(spec.visual))


def _text_width(spec: LeafletSpec) -> float:
    width, _height = page_size(spec.paper)
    usable = width - 2 * LEAFLET_MARGIN
    if spec.second is not None and spec.second_layout == "side":
        return (usable - 10 * mm) / 2
    return usable


def _headline_size(text: str, width: float, base: float) -> float:
    for size in (base, base * 0.85, base * 0.72, base * 0.62):
        if len(simpleSplit(text, SANS_BOLD, size, width)) <= MAX_HEADLINE_LINES - 1:
            return size
    return base * 0.62


def leaflet_warnings(spec: LeafletSpec) -> list[str]:
    """Editor's advice for a leaflet (empty when it follows the house rules). Never raises."""
    styles = paragraph_styles()
    width = _text_width(spec)
    body_size = styles["lf_body"].fontSize
    head_size = styles["lf_headline"].fontSize
    bodies = [("", spec.body)]
    if spec.second is not None:
        bodies.append(("Second language: ", spec.second))
    warnings: list[str] = []
    for prefix, body in bodies:
        if len(body.paragraphs) > MAX_PARAGRAPHS:
            warnings.append(f"{prefix}{len(body.paragraphs)} paragraphs; a leaflet reads best "
                            f"with at most {MAX_PARAGRAPHS}.")
        for i, text in enumerate(body.paragraphs, start=1):
            lines = len(simpleSplit(text, SANS, body_size, width))
            if lines > MAX_PARAGRAPH_LINES:
                warnings.append(f"{prefix}paragraph {i} runs to {lines} lines; keep each to "
                                f"{MAX_PARAGRAPH_LINES} lines or fewer.")
        head_lines = len(simpleSplit(body.headline, SANS_BOLD, head_size, width))
        if head_lines > MAX_HEADLINE_LINES or len(body.headline) > 90:
            warnings.append(f"{prefix}the headline is too long ({head_lines} lines); "
                            "aim for a few words that say what is at stake.")
        cta = body.call_to_action
        if cta is None or cta.is_empty():
            warnings.append(f"{prefix}no call to action: say what to do, when and where.")
        elif spec.template == "meeting" and not (cta.when.strip() and cta.where.strip()):
            warnings.append(f"{prefix}a meeting leaflet needs both when and where.")
        if len(body.demands) > 5:
            warnings.append(f"{prefix}{len(body.demands)} demands; three to five are "
                            "easier to remember.")
    return warnings


def _p(text: str, style_name: str, **overrides: float) -> Paragraph:
    style = paragraph_styles()[style_name]
    if overrides:
        from reportlab.lib.styles import ParagraphStyle

        style = ParagraphStyle(f"{style_name}-x", parent=style, **overrides)
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _visual(spec: LeafletSpec, width: float, height: float) -> Flowable | None:
    if spec.visual is None:
        return None
    if isinstance(spec.visual, str) and spec.visual in PICTOGRAMS:
        size = min(width, height)
        drawing = pictogram(spec.visual, size)
        drawing.hAlign = "CENTER"
        return drawing
    from PIL import Image as PILImage

    with PILImage.open(Path(spec.visual)) as img:
        iw, ih = img.size
    scale = min(width / iw, height / ih)
    image = Image(str(spec.visual), width=iw * scale, height=ih * scale)
    image.hAlign = "CENTER"
    return image


def _kicker(text: str, width: float) -> Table:
    table = Table([[_p(text.upper(), "lf_kicker")]], colWidths=[width])
    table.setStyle([BASE_FONT,
        ("BACKGROUND", (0, 0), (-1, -1), PALE),
        ("LINEABOVE", (0, 0), (-1, 0), 2.2, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ])
    return table


def _demands(body: LeafletBody, template: str, width: float) -> list[Flowable]:
    if not body.demands:
        return []
    labels = labels_for(body.language)
    heading = labels["won"] if template == "victory" else labels["demands"]
    rows = []
    for i, demand in enumerate(body.demands, start=1):
        mark = "\u2713" if template == "victory" else str(i)
        rows.append([_p(mark, "lf_demand", alignment=1), _p(demand, "lf_demand")])
    table = Table(rows, colWidths=[9 * mm, width - 9 * mm])
    table.setStyle([BASE_FONT,
        ("BACKGROUND", (0, 0), (0, -1), PALE),
        ("LINEAFTER", (0, 0), (0, -1), 1.4, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (1, 0), (1, -1), 8),
        ("LINEBELOW", (0, 0), (-1, -2), 0.6, WASH),
    ])
    return [_p(heading, "lf_h"), table, Spacer(1, 8)]


def _cta(body: LeafletBody, template: str, width: float) -> list[Flowable]:
    cta: CallToAction | None = body.call_to_action
    if cta is None or cta.is_empty():
        return []
    labels = labels_for(body.language)
    rows: list[list[Flowable]] = []
    if template == "victory" and cta.what.strip():
        rows.append([_p(labels["next"].upper(), "kicker", alignment=1)])
    if cta.what.strip():
        rows.append([_p(cta.what, "lf_cta_what")])
    for key, value in (("when", cta.when), ("where", cta.where)):
        if value.strip():
            rows.append([Paragraph(f"<b>{escape(labels[key])}:</b> {escape(value)}",
                                   paragraph_styles()["lf_cta"])])
    table = Table(rows, colWidths=[width])
    table.setStyle([BASE_FONT,
        ("BOX", (0, 0), (-1, -1), 1.8, INK),
        ("BACKGROUND", (0, 0), (-1, -1), WASH),
        ("TOPPADDING", (0, 0), (-1, 0), 9),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
    ])
    return [Spacer(1, 4), table, Spacer(1, 10)]


def _footer(body: LeafletBody, width: float) -> list[Flowable]:
    labels = labels_for(body.language)
    parts = []
    if body.who_we_are.strip():
        parts.append(f"<b>{escape(labels['who'])}:</b> {escape(body.who_we_are)}")
    if body.contact.strip():
        parts.append(f"<b>{escape(labels['contact'])}:</b> {escape(body.contact)}")
    if not parts:
        return []
    style = paragraph_styles()["lf_small"]
    return [HRFlowable(width="100%", thickness=0.8, color=MID, spaceBefore=4, spaceAfter=5),
            *[Paragraph(part, style) for part in parts]]


def _body_story(spec: LeafletSpec, body: LeafletBody, width: float, *, head_base: float,
                visual: Flowable | None, kicker: bool) -> list[Flowable]:
    """The main column of a leaflet, without its footer (placed at the foot of the page)."""
    labels = labels_for(body.language)
    story: list[Flowable] = []
    if kicker:
        story += [_kicker(labels[spec.template], width), Spacer(1, 10)]
    size = _headline_size(body.headline, width, head_base)
    story.append(_p(body.headline, "lf_headline", fontSize=size, leading=size * 1.13))
    if visual is not None:
        story += [visual, Spacer(1, 12)]
    paragraphs = [_p(text, "lf_body") for text in body.paragraphs]
    if spec.template == "meeting":
        story += _cta(body, spec.template, width) + paragraphs
        story += _demands(body, spec.template, width)
    else:
        story += paragraphs + _demands(body, spec.template, width)
        story += _cta(body, spec.template, width)
    return story


def _height(flowables: list[Flowable], width: float) -> float:
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in flowables)


def _column(canvas: Canvas, spec: LeafletSpec, body: LeafletBody, x: float, y: float,
            width: float, height: float, *, head_base: float, kicker: bool,
            visual_share: float) -> None:
    """Fill one column: main story from the top, footer pinned to the bottom.

    The visual takes the height the words leave free (within bounds), so a short leaflet gets a
    bigger picture instead of an empty lower third.
    """
    footer = _footer(body, width)
    footer_h = _height(footer, width) if footer else 0.0
    main_h = height - footer_h - (6 if footer else 0)
    text_only = _body_story(spec, body, width, head_base=head_base, visual=None, kicker=kicker)
    visual = None
    if visual_share > 0:
        free = main_h - _height(text_only, width) - 12
        visual_h = max(height * 0.12, min(free, height * visual_share))
        visual = _visual(spec, width, visual_h)
    story = _body_story(spec, body, width, head_base=head_base, visual=visual, kicker=kicker)
    Frame(x, y + height - main_h, width, main_h, leftPadding=0, rightPadding=0, topPadding=0,
          bottomPadding=0).addFromList([KeepInFrame(width, main_h, story, mode="shrink")],
                                       canvas)
    if footer:
        Frame(x, y, width, footer_h + 2, leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0).addFromList([KeepInFrame(width, footer_h + 2, footer,
                                                        mode="shrink")], canvas)


def _draw_page(canvas: Canvas, spec: LeafletSpec, bodies: list[LeafletBody], width: float,
               height: float) -> None:
    """Draw one leaflet page (one or two languages) at full size with its lower left at 0, 0."""
    m = LEAFLET_MARGIN
    usable_w, usable_h = width - 2 * m, height - 2 * m
    if len(bodies) == 1:
        _column(canvas, spec, bodies[0], m, m, usable_w, usable_h, head_base=30, kicker=True,
                visual_share=0.34)
        return
    # Two languages side by side: one shared band and visual, then a column per language.
    gap = 10 * mm
    col_w = (usable_w - gap) / 2
    kicker_text = " \u00b7 ".join(labels_for(b.language)[spec.template] for b in bodies)
    top: list[Flowable] = [_kicker(kicker_text, usable_w), Spacer(1, 8)]
    visual = _visual(spec, usable_w, usable_h * 0.16)
    if visual is not None:
        top += [visual, Spacer(1, 8)]
    top_h = _height(top, usable_w)
    Frame(m, height - m - top_h, usable_w, top_h + 1, leftPadding=0, rightPadding=0,
          topPadding=0, bottomPadding=0).addFromList(top, canvas)
    col_h = usable_h - top_h
    for i, body in enumerate(bodies):
        _column(canvas, spec, body, m + i * (col_w + gap), m, col_w, col_h, head_base=22,
                kicker=False, visual_share=0)
    canvas.saveState()
    canvas.setStrokeColor(LIGHT)
    canvas.setLineWidth(0.8)
    canvas.line(width / 2, m, width / 2, m + col_h - 4)
    canvas.restoreState()


def _pages(spec: LeafletSpec) -> list[list[LeafletBody]]:
    if spec.second is None:
        return [[spec.body]]
    if spec.second_layout == "side":
        return [[spec.body, spec.second]]
    return [[spec.body], [spec.second]]


def _cut_marks(canvas: Canvas, width: float, height: float, n_up: int) -> None:
    """Short ticks at the sheet edges on each cut line, plus a faint dashed guide with scissors."""
    cuts_x = [width / 2]
    cuts_y = [height / 2] if n_up == 4 else []
    edge, tick = 4 * mm, 8 * mm
    canvas.saveState()
    canvas.setStrokeColor(LIGHT)
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 3)
    for x in cuts_x:
        canvas.line(x, edge + tick, x, height - edge - tick)
    for y in cuts_y:
        canvas.line(edge + tick, y, width - edge - tick, y)
    canvas.setDash()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    for x in cuts_x:
        canvas.line(x, edge, x, edge + tick)
        canvas.line(x, height - edge, x, height - edge - tick)
    for y in cuts_y:
        canvas.line(edge, y, edge + tick, y)
        canvas.line(width - edge, y, width - edge - tick, y)
    canvas.setFillColor(DARK)
    canvas.setFont(SANS, 9)
    canvas.drawCentredString(cuts_x[0], height - edge - tick - 10, "\u2702")
    canvas.restoreState()


def _render(spec: LeafletSpec) -> tuple[bytes, int]:
    ensure_fonts()
    width, height = page_size(spec.paper)
    pages = _pages(spec)
    buffer = io.BytesIO()
    if spec.n_up == 1:
        canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1,
                        initialFontName=SANS)
        neutral_metadata(canvas, "Leaflet")
        for bodies in pages:
            _draw_page(canvas, spec, bodies, width, height)
            canvas.showPage()
        canvas.save()
        return buffer.getvalue(), len(pages)

    if spec.n_up == 2:
        sheet_w, sheet_h = height, width  # landscape sheet, two portrait halves
        cells = [(0, 0, sheet_w / 2, sheet_h), (sheet_w / 2, 0, sheet_w / 2, sheet_h)]
    else:
        sheet_w, sheet_h = width, height
        cells = [(x, y, width / 2, height / 2) for y in (height / 2, 0) for x in (0, width / 2)]
    canvas = Canvas(buffer, pagesize=(sheet_w, sheet_h), pageCompression=1,
                    initialFontName=SANS)
    neutral_metadata(canvas, "Leaflet handbills")
    for index, bodies in enumerate(pages):
        name = f"leaflet{index}"
        canvas.beginForm(name, lowerx=0, lowery=0, upperx=width, uppery=height)
        _draw_page(canvas, spec, bodies, width, height)
        canvas.endForm()
    for index in range(len(pages)):
        # Backs are mirrored left-right so each lines up with its front when printed duplex.
        order = cells if index == 0 else _mirrored(cells, sheet_w)
        for cx, cy, cw, ch in order:
            scale = min(cw / width, ch / height)
            canvas.saveState()
            canvas.translate(cx + (cw - width * scale) / 2, cy + (ch - height * scale) / 2)
            canvas.scale(scale, scale)
            canvas.doForm(f"leaflet{index}")
            canvas.restoreState()
        _cut_marks(canvas, sheet_w, sheet_h, spec.n_up)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), len(pages)


def _mirrored(cells: list[tuple[float, float, float, float]],
              sheet_w: float) -> list[tuple[float, float, float, float]]:
    return [(sheet_w - x - w, y, w, h) for x, y, w, h in cells]


def build_leaflet(spec: LeafletSpec, out: BinaryIO | Path | str) -> DocumentInfo:
    """Build the leaflet PDF into ``out`` (a binary stream, or a path written atomically)."""
    validate_leaflet(spec)
    with fast_shapes():
        data, pages = _render(spec)
    deliver(data, out)
    return DocumentInfo(pages=pages, personal_data="none")
