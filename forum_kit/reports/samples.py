"""Invented, realistic sample inputs for every document (no real people).

This module owns the demonstration data used by the sample renderer, the benchmarks and the
tests: a depot with areas, shifts, weekly growth, mandates, coworker names made by combining
invented first names and surnames from several languages (with Ş, Ŋ, ê, ü, ñ, é, Greek and
Cyrillic) and, for about a third of the workers, whole names in Arabic, Persian, Urdu, Kurdish,
Hebrew, Devanagari, Bengali, Tamil, Gurmukhi, Thai, Ethiopic, Chinese, Japanese and Korean
scripts, and the meeting leaflet in Spanish, Arabic, Chinese and Hindi, so documents are
exercised on the characters they must print. Deterministic: the same seed gives the same data.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from forum_kit.reports.data import (
    AgendaMandate,
    AreaFigures,
    BriefingData,
    CallToAction,
    ChartRow,
    ChartSheetData,
    GrowthSeries,
    LeafletBody,
    LeafletSpec,
    PackSpec,
)

FIRST = ("Şêrko", "Zoë", "Ŋozi", "Añes", "José", "Müge", "Renée", "Γιώργος", "Ελένη", "Дмитрий",
         "Ольга", "Tomasz", "Aoife", "Kwame", "Lucía", "Bartholomew", "Nilüfer", "Ivo")
LAST = ("Kaya", "Ñúñez", "Øvrebø", "Dubois", "Papadopoulou", "Соколова", "Brennan", "Mensah",
        "Wiśniewski", "Fernández-Castillo", "Yılmaz", "Ngŋoma", "Lefèvre", "Okafor")
# Whole names in scripts that need shaping, right-to-left order or a CJK face.
SCRIPT_NAMES = ("محمد الحسيني", "فاطمة الزهراء عبد الله", "زهرا احمدی", "عمران خان",
                "ژیان ئەحمەد", "אברהם כהן", "प्रिया शर्मा", "राजेश कुमार श्रेष्ठ",
                "সুমাইয়া রহমান", "முருகன் செல்வராஜ்", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "สมชาย ใจดี",
                "ኣብርሃም ተስፋይ", "ፋጢማ ሙሐመድ", "王芳", "李娜", "山田 花子", "김민준", "이서연")
JOBS = ("Picker", "Forklift driver", "Loader", "Team lead", "Inventory clerk", "Dispatcher",
        "Maintenance technician", "Returns processor", "Packer")
SHIFTS = ("Early", "Late", "Night", "Weekend")
AREAS = ("Goods in", "Picking A", "Picking B", "Packing", "Dispatch", "Returns", "Maintenance",
         "Cold store", "Transport office", "Yard")
ISSUES = ("short staffing", "broken heating", "break cover", "rota changes at short notice",
          "pick-rate targets", "unsafe racking", "unpaid overtime", "bullying by a manager")


def sample_leaflet(template: str = "meeting", **changes: object) -> LeafletSpec:
    """A plausible leaflet of each template."""
    texts = {
        "meeting": dict(
            headline="Short-staffed again? Let's fix the rota together",
            paragraphs=(
                "Every week the night shift runs three people short. Breaks get skipped and "
                "mistakes get blamed on us.",
                "Management says there is no budget, yet the overtime they pay costs more than "
                "two new hires would.",
            ),
            demands=("Two more permanent staff on nights", "Breaks covered on every shift",
                     "Rotas published four weeks ahead"),
            call_to_action=CallToAction("Come to the forum meeting", "Thursday 12 March, 18:30",
                                        "Community hall, 4 Mill Lane (next to the bus stop)"),
            visual="megaphone"),
        "issue": dict(
            headline="It's 11 °C in the cold store break room",
            paragraphs=(
                "The heater in the break room has been broken since November. Three reports to "
                "the site manager, no repair.",
                "The law says rest areas must be at a reasonable temperature. Together we can "
                "make them fix it this week.",
            ),
            demands=("Repair the heater by Friday", "Thermal jackets for everyone in the cold "
                     "store", "A written reply to the three reports"),
            call_to_action=CallToAction("Sign the petition", "Before Friday",
                                        "Ask a forum member on your shift"),
            visual="hardhat"),
        "victory": dict(
            headline="We won back paid breaks on nights",
            paragraphs=(
                "Eighty-four of us signed. Twelve of us went to the manager's office together. "
                "Two weeks later, management agreed.",
                "This is what happens when we stand together. Next: the rota.",
            ),
            demands=("Paid 30-minute break on every night shift", "Back pay from 1 February",
                     "A break-cover rota agreed with the forum"),
            call_to_action=CallToAction("Celebrate and plan what's next", "Friday 20 March, 17:00",
                                        "Canteen, after the early shift"),
            visual="fist"),
    }[template]
    base = dict(template=template, who_we_are="The Riverside Depot Forum: coworkers from every "
                "shift and area, meeting since 2024.",
                contact="forum.riverside@example.org \u00b7 0161 496 0000", **texts)
    base.update(changes)
    return LeafletSpec(**base)  # type: ignore[arg-type]


# The meeting leaflet in other languages: headline, paragraphs, demands, (what, when, where),
# who we are.
MEETING_IN: dict[str, tuple] = {
    "es": ("¿Otra vez sin personal? Arreglemos los turnos juntos",
           ("Cada semana el turno de noche trabaja con tres personas menos. Nos saltamos los "
            "descansos y nos culpan de los errores.",
            "La dirección dice que no hay presupuesto, pero las horas extra cuestan más que dos "
            "contrataciones."),
           ("Dos puestos fijos más en el turno de noche", "Descansos cubiertos en cada turno",
            "Turnos publicados con cuatro semanas de antelación"),
           ("Ven a la asamblea del foro", "Jueves 12 de marzo, 18:30",
            "Centro social, Mill Lane 4"),
           "El Foro de Riverside: compañeras y compañeros de todos los turnos."),
    "ar": ("نقص في العمال مرة أخرى؟ لنصلح جدول المناوبات معًا",
           ("كل أسبوع تعمل مناوبة الليل بثلاثة أشخاص أقل. نفوّت الاستراحات ويُلقى علينا اللوم في "
            "الأخطاء.",
            "تقول الإدارة إنه لا توجد ميزانية، لكن أجر العمل الإضافي يكلّف أكثر من توظيف شخصين "
            "جديدين."),
           ("موظفان دائمان إضافيان في مناوبة الليل", "تغطية الاستراحات في كل مناوبة",
            "نشر جداول المناوبات قبل أربعة أسابيع"),
           ("تعالوا إلى اجتماع المنتدى", "الخميس ١٢ مارس، الساعة ١٨:٣٠",
            "قاعة المجتمع، 4 ميل لين (بجانب موقف الحافلات)"),
           "منتدى مستودع ريفرسايد: زملاء من كل المناوبات والأقسام."),
    "zh-Hans": ("又缺人了？一起来解决排班问题",
                ("夜班每周都少三个人。我们没法休息，出了错还要怪我们。",
                 "管理层说没有预算，可是加班费比再招两个人还贵。"),
                ("夜班增加两名正式员工", "每个班次都安排顶班休息", "排班表提前四周公布"),
                ("来参加论坛会议", "3月12日（星期四）18:30", "米尔巷4号社区会堂（公交站旁）"),
                "河畔仓库论坛：来自各个班次和部门的同事。"),
    "hi": ("फिर से स्टाफ़ की कमी? आइए मिलकर रोस्टर ठीक करें",
           ("हर हफ़्ते रात की पाली में तीन लोग कम होते हैं। ब्रेक छूट जाते हैं और गलतियों का "
            "दोष हम पर डाला जाता है।",
            "प्रबंधन कहता है कि बजट नहीं है, लेकिन ओवरटाइम का खर्च दो नई भर्तियों से ज़्यादा "
            "है।"),
           ("रात की पाली में दो और स्थायी कर्मचारी", "हर पाली में ब्रेक का इंतज़ाम",
            "रोस्टर चार हफ़्ते पहले जारी हो"),
           ("फ़ोरम की बैठक में आइए", "गुरुवार 12 मार्च, शाम 6:30 बजे", "सामुदायिक भवन, 4 मिल लेन"),
           "रिवरसाइड डिपो फ़ोरम: हर पाली और हर विभाग के साथी।"),
}


def meeting_body(language: str) -> LeafletBody:
    """The meeting leaflet in ``language`` (a key of ``MEETING_IN``), for bilingual layouts."""
    headline, paragraphs, demands, cta, who = MEETING_IN[language]
    return LeafletBody(headline=headline, paragraphs=paragraphs, demands=demands,
                       call_to_action=CallToAction(*cta), who_we_are=who,
                       contact="forum.riverside@example.org \u00b7 0161 496 0000",
                       language=language)


def spanish_body() -> LeafletBody:
    """The meeting leaflet in Spanish."""
    return meeting_body("es")


def arabic_body() -> LeafletBody:
    """The meeting leaflet in Arabic, laid out right to left."""
    return meeting_body("ar")


def chinese_body() -> LeafletBody:
    """The meeting leaflet in simplified Chinese."""
    return meeting_body("zh-Hans")


def hindi_body() -> LeafletBody:
    """The meeting leaflet in Hindi."""
    return meeting_body("hi")


def leaflet_of(body: LeafletBody, **changes: object) -> LeafletSpec:
    """A meeting leaflet whose first language is ``body``."""
    base = dict(template="meeting", headline=body.headline, paragraphs=body.paragraphs,
                demands=body.demands, call_to_action=body.call_to_action,
                who_we_are=body.who_we_are, contact=body.contact, language=body.language,
                words=body.words, visual="megaphone")
    base.update(changes)
    return LeafletSpec(**base)  # type: ignore[arg-type]


def name(rng: random.Random) -> str:
    """An invented name: a third of them in a script other than Latin, Greek or Cyrillic."""
    if rng.random() < 1 / 3:
        return rng.choice(SCRIPT_NAMES)
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def sample_chart_sheet(rows: int = 30, *, redaction: str = "initials", seed: int = 7,
                       area: str = "Picking A", names: tuple[str, ...] = ()) -> ChartSheetData:
    """A chart sheet of ``rows`` invented workers; ``names`` are put first, as given."""
    rng = random.Random(seed)
    today = date(2026, 3, 6)
    out = []
    for i in range(rows):
        contact = today - timedelta(days=rng.randint(0, 120)) if rng.random() < 0.8 else None
        out.append(ChartRow(
            name=names[i] if i < len(names) else name(rng),
            job=rng.choice(JOBS), shift=rng.choice(SHIFTS),
            assessment=rng.choice((0, 1, 2, 2, 3, 3, 3, 4, 5)),
            committee_role=rng.choice(("", "", "", "", "C", "CH")), last_contact=contact))
    return ChartSheetData(area_name=area, rows=tuple(out), workplace="Riverside Depot",
                          as_of=today, redaction=redaction, blank_rows=8)  # type: ignore[arg-type]


def _growth(area: str, rng: random.Random, weeks: int, headcount: int) -> GrowthSeries:
    start = date(2026, 3, 6) - timedelta(weeks=weeks - 1)
    support, assessed, members = rng.uniform(8, 25), rng.uniform(20, 45), rng.randint(0, 2)
    s, a, m, t = [], [], [], []
    for _ in range(weeks):
        assessed = min(100, assessed + rng.uniform(0, 4))
        support = min(assessed, support + rng.uniform(-1, 2.5))
        if rng.random() < 0.25:
            members += 1
        s.append(round(support, 1))
        a.append(round(assessed, 1))
        m.append(members)
        t.append(-(-headcount // 10))
    return GrowthSeries(area, tuple(start + timedelta(weeks=k) for k in range(weeks)), tuple(s),
                        tuple(a), tuple(m), tuple(t))


def sample_briefing(areas: int = 6, *, weeks: int = 16, seed: int = 3,
                    area_names: tuple[str, ...] = ()) -> BriefingData:
    """A delegate briefing with ``areas`` areas and a growth series for each."""
    rng = random.Random(seed)
    figures, growth = [], []
    for i in range(areas):
        label = area_names[i] if i < len(area_names) else (
            AREAS[i % len(AREAS)] + (f" {i // len(AREAS) + 1}" if i >= len(AREAS) else ""))
        headcount = rng.randint(12, 140)
        series = _growth(label, rng, weeks, headcount)
        figures.append(AreaFigures(
            area_name=label, headcount=headcount, supporters_pct=series.supporters_pct[-1],
            committee_members=series.committee_members[-1],
            structure_test_pct=round(rng.uniform(30, 90)),
            structure_test_name="petition",
            grievances_by_status=(("open", rng.randint(0, 4)), ("step 1", rng.randint(0, 2)),
                                  ("won", rng.randint(0, 3))),
            grievances_by_type=(("health and safety", rng.randint(0, 3)),
                                ("individual", rng.randint(0, 3))),
            top_issues=tuple(rng.sample(ISSUES, 2))))
        growth.append(series)
    return BriefingData(
        forum="Riverside Depot Forum", body="Northern Logistics Workers' Council",
        meeting_date=date(2026, 3, 18), meeting_place="Trades Hall, Room 2, 14 Canal Street",
        delegate="Ama Boateng", alternates=("Piotr Zieliński", "Zoë Ñúñez"),
        term="January to June 2026", recall_rule="Recallable at any forum meeting by a simple "
        "majority of members present; a recall vote may be called by any three members.",
        agenda=(
            AgendaMandate("Joint pay claim for 2026", "for", "No settlement below inflation "
                          "(CPI) plus 1%", "CPI + 3%", date(2026, 4, 30)),
            AgendaMandate("Proposal to extend night shift to 10 hours", "against",
                          "No shift longer than 8 hours without a paid break", "",
                          date(2026, 4, 30)),
            AgendaMandate("Election of council treasurer", "free"),
            AgendaMandate("Affiliation fee increase", "abstain", "", "No more than 2% per "
                          "member"),
        ),
        areas=tuple(figures), growth=tuple(growth),
        questions=("Which other depots face the 10-hour shift proposal, and how are they "
                   "responding?", "Can the council fund a health and safety training day?",
                   "When will the council publish the minutes of the February meeting?"),
        report_back=date(2026, 3, 26), report_back_place="Community hall, 4 Mill Lane",
        as_of=date(2026, 3, 6))


def sample_pack(areas: int = 6, *, chart_sheets: int = 1, weeks: int = 16,
                redaction: str = "initials") -> PackSpec:
    """A pack of one briefing over ``areas`` areas and ``chart_sheets`` chart sheets."""
    items: list[BriefingData | ChartSheetData] = [sample_briefing(areas, weeks=weeks)]
    for k in range(chart_sheets):
        items.append(sample_chart_sheet(24, redaction=redaction, seed=k,
                                        area=AREAS[k % len(AREAS)]))
    return PackSpec(title="Council briefing pack, March 2026",
                    subtitle="Riverside Depot Forum to the Northern Logistics Workers' Council",
                    prepared_for="the delegate and alternates", date=date(2026, 3, 9),
                    items=tuple(items))
