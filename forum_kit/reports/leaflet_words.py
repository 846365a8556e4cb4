"""The fixed words of a leaflet in every language a leaflet offers, and the language's capitals.

This module owns ``LANGUAGES`` (code and name in the language itself, for the forms), the words a
leaflet prints besides the steward's own text (the kicker, "When", "Where", "Our demands",
"Contact", "Who we are", ...) per language, ``words_for``, which merges a spec's own words over
them and refuses, naming what is missing, a language that has no words yet (English is never put
in silently), ``is_rtl`` for the languages written right to left, ``digits`` for list numbers and
``upper``, capitals by the language's rules (Turkish and Azerbaijani dotted i, Greek without
accents).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _

WORD_KEYS: tuple[str, ...] = (
    "meeting",
    "issue",
    "victory",
    "demands",
    "won",
    "when",
    "where",
    "who",
    "contact",
    "next",
)
WORD_LABELS: dict[str, str] = {
    "meeting": "Workers' meeting",
    "issue": "Speak up together",
    "victory": "We won (victory)",
    "demands": "Our demands",
    "won": "What we won",
    "when": "When",
    "where": "Where",
    "who": "Who we are",
    "contact": "Contact",
    "next": "What next",
}

# code -> the language's name in itself (what a steward looks for in a list)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "pt": "Português",
    "fr": "Français",
    "de": "Deutsch",
    "it": "Italiano",
    "nl": "Nederlands",
    "ro": "Română",
    "pl": "Polski",
    "tr": "Türkçe",
    "ku": "Kurdî (Kurmancî)",
    "ckb": "کوردی (سۆرانی)",
    "el": "Ελληνικά",
    "ru": "Русский",
    "uk": "Українська",
    "vi": "Tiếng Việt",
    "tl": "Filipino",
    "yo": "Yorùbá",
    "ig": "Igbo",
    "sw": "Kiswahili",
    "zu": "isiZulu",
    "so": "Soomaali",
    "am": "አማርኛ",
    "ti": "ትግርኛ",
    "ar": "العربية",
    "ur": "اردو",
    "fa": "فارسی",
    "he": "עברית",
    "hi": "हिन्दी",
    "ne": "नेपाली",
    "bn": "বাংলা",
    "pa": "ਪੰਜਾਬੀ",
    "ta": "தமிழ்",
    "ml": "മലയാളം",
    "th": "ไทย",
    "zh-Hans": "中文（简体）",
    "zh-Hant": "中文（繁體）",
    "ja": "日本語",
    "ko": "한국어",
}

_W = dict[str, str]


def _words(*values: str) -> _W:
    return dict(zip(WORD_KEYS, values, strict=True))


WORDS: dict[str, _W] = {
    "en": _words(
        "Workers' meeting",
        "Speak up together",
        "We won!",
        "Our demands",
        "What we won",
        "When",
        "Where",
        "Who we are",
        "Contact",
        "What next",
    ),
    "es": _words(
        "Asamblea de trabajadores",
        "Hablemos juntos",
        "¡Ganamos!",
        "Exigimos",
        "Lo que ganamos",
        "Cuándo",
        "Dónde",
        "Quiénes somos",
        "Contacto",
        "Siguiente paso",
    ),
    "pt": _words(
        "Reunião dos trabalhadores",
        "Vamos falar juntos",
        "Vencemos!",
        "Nossas reivindicações",
        "O que conquistamos",
        "Quando",
        "Onde",
        "Quem somos",
        "Contato",
        "Próximo passo",
    ),
    "fr": _words(
        "Assemblée des salariés",
        "Parlons ensemble",
        "Nous avons gagné !",
        "Nos revendications",
        "Ce que nous avons gagné",
        "Quand",
        "Où",
        "Qui sommes-nous",
        "Contact",
        "La suite",
    ),
    "de": _words(
        "Belegschaftstreffen",
        "Gemeinsam reden",
        "Gewonnen!",
        "Unsere Forderungen",
        "Was wir erreicht haben",
        "Wann",
        "Wo",
        "Wer wir sind",
        "Kontakt",
        "Wie es weitergeht",
    ),
    "it": _words(
        "Assemblea dei lavoratori",
        "Parliamone insieme",
        "Abbiamo vinto!",
        "Le nostre richieste",
        "Cosa abbiamo ottenuto",
        "Quando",
        "Dove",
        "Chi siamo",
        "Contatti",
        "Prossimo passo",
    ),
    "nl": _words(
        "Personeelsvergadering",
        "Samen laten we van ons horen",
        "We hebben gewonnen!",
        "Onze eisen",
        "Wat we gewonnen hebben",
        "Wanneer",
        "Waar",
        "Wie we zijn",
        "Contact",
        "Wat nu",
    ),
    "ro": _words(
        "Adunarea lucrătorilor",
        "Să vorbim împreună",
        "Am câștigat!",
        "Revendicările noastre",
        "Ce am câștigat",
        "Când",
        "Unde",
        "Cine suntem",
        "Contact",
        "Ce urmează",
    ),
    "pl": _words(
        "Zebranie pracowników",
        "Mówmy razem",
        "Wygraliśmy!",
        "Nasze żądania",
        "Co wywalczyliśmy",
        "Kiedy",
        "Gdzie",
        "Kim jesteśmy",
        "Kontakt",
        "Co dalej",
    ),
    "tr": _words(
        "İşçi toplantısı",
        "Birlikte konuşalım",
        "Kazandık!",
        "Taleplerimiz",
        "Kazandıklarımız",
        "Ne zaman",
        "Nerede",
        "Biz kimiz",
        "İletişim",
        "Sırada ne var",
    ),
    "ku": _words(
        "Civîna karkeran",
        "Em bi hev re bipeyivin",
        "Me bi ser ket!",
        "Daxwazên me",
        "Tiştên me bi dest xistin",
        "Kengî",
        "Li ku",
        "Em kî ne",
        "Têkilî",
        "Gava din",
    ),
    "ckb": _words(
        "کۆبوونەوەی کرێکاران",
        "با پێکەوە قسە بکەین",
        "سەرکەوتین!",
        "داواکارییەکانمان",
        "ئەوەی بەدەستمان هێنا",
        "کەی",
        "لە کوێ",
        "ئێمە کێین",
        "پەیوەندی",
        "هەنگاوی داهاتوو",
    ),
    "el": _words(
        "Συνέλευση εργαζομένων",
        "Μιλάμε μαζί",
        "Νικήσαμε!",
        "Οι διεκδικήσεις μας",
        "Τι κερδίσαμε",
        "Πότε",
        "Πού",
        "Ποιοι είμαστε",
        "Επικοινωνία",
        "Επόμενο βήμα",
    ),
    "ru": _words(
        "Собрание работников",
        "Скажем вместе",
        "Мы победили!",
        "Наши требования",
        "Чего мы добились",
        "Когда",
        "Где",
        "Кто мы",
        "Контакты",
        "Что дальше",
    ),
    "uk": _words(
        "Збори працівників",
        "Говорімо разом",
        "Ми перемогли!",
        "Наші вимоги",
        "Чого ми досягли",
        "Коли",
        "Де",
        "Хто ми",
        "Контакти",
        "Що далі",
    ),
    "vi": _words(
        "Họp công nhân",
        "Cùng nhau lên tiếng",
        "Chúng ta đã thắng!",
        "Yêu cầu của chúng tôi",
        "Những gì chúng ta giành được",
        "Khi nào",
        "Ở đâu",
        "Chúng tôi là ai",
        "Liên hệ",
        "Bước tiếp theo",
    ),
    "tl": _words(
        "Pulong ng mga manggagawa",
        "Sama-samang magsalita",
        "Nanalo tayo!",
        "Ang aming mga kahilingan",
        "Ang aming napanalunan",
        "Kailan",
        "Saan",
        "Sino kami",
        "Makipag-ugnayan",
        "Susunod na hakbang",
    ),
    "yo": _words(
        "Ìpàdé àwọn òṣìṣẹ́",
        "Ẹ jẹ́ ká jọ sọ̀rọ̀",
        "A ti ṣẹ́gun!",
        "Àwọn ìbéèrè wa",
        "Ohun tí a jèrè",
        "Ìgbà wo",
        "Níbo",
        "Ta ni wá",
        "Ìbánisọ̀rọ̀",
        "Kí ló kàn",
    ),
    "ig": _words(
        "Nzukọ ndị ọrụ",
        "Ka anyị kwuo ọnụ",
        "Anyị emeriela!",
        "Ihe anyị na-arịọ",
        "Ihe anyị nwetara",
        "Mgbe",
        "Ebee",
        "Ndị anyị bụ",
        "Kpọtụrụ anyị",
        "Ihe na-esote",
    ),
    "sw": _words(
        "Mkutano wa wafanyakazi",
        "Tuzungumze pamoja",
        "Tumeshinda!",
        "Madai yetu",
        "Tulichoshinda",
        "Lini",
        "Wapi",
        "Sisi ni nani",
        "Mawasiliano",
        "Hatua inayofuata",
    ),
    "zu": _words(
        "Umhlangano wabasebenzi",
        "Asikhulume ndawonye",
        "Siphumelele!",
        "Izimfuno zethu",
        "Esikuzuzile",
        "Nini",
        "Kuphi",
        "Singobani",
        "Xhumana nathi",
        "Okulandelayo",
    ),
    "so": _words(
        "Shirwaynaha shaqaalaha",
        "Aan wada hadalno",
        "Waan guulaysannay!",
        "Dalabaadkayaga",
        "Waxa aan ku guulaysannay",
        "Goorma",
        "Halkee",
        "Annaga waa kuma",
        "La xiriir",
        "Tallaabada xigta",
    ),
    "am": _words(
        "የሠራተኞች ስብሰባ",
        "በአንድነት እንናገር",
        "አሸንፈናል!",
        "ጥያቄዎቻችን",
        "ያገኘነው",
        "መቼ",
        "የት",
        "እኛ ማን ነን",
        "አድራሻ",
        "ቀጣዩ እርምጃ",
    ),
    "ti": _words(
        "ኣኼባ ሰራሕተኛታት",
        "ብሓባር ንዛረብ",
        "ተዓዊትና!",
        "ሕቶታትና",
        "ዝረኸብናዮ",
        "መዓስ",
        "ኣበይ",
        "ንሕና መን ኢና",
        "ርክብ",
        "ዝቕጽል ስጉምቲ",
    ),
    "ar": _words(
        "اجتماع العمال",
        "لنرفع صوتنا معًا",
        "لقد انتصرنا!",
        "مطالبنا",
        "ما حققناه",
        "متى",
        "أين",
        "من نحن",
        "للتواصل",
        "الخطوة التالية",
    ),
    "ur": _words(
        "مزدوروں کا اجلاس",
        "آئیے مل کر آواز اٹھائیں",
        "ہم جیت گئے!",
        "ہمارے مطالبات",
        "ہم نے کیا حاصل کیا",
        "کب",
        "کہاں",
        "ہم کون ہیں",
        "رابطہ",
        "اگلا قدم",
    ),
    "fa": _words(
        "نشست کارگران",
        "با هم صدایمان را بلند کنیم",
        "ما پیروز شدیم!",
        "خواسته\u200cهای ما",
        "آنچه به دست آوردیم",
        "زمان",
        "مکان",
        "ما که هستیم",
        "تماس",
        "گام بعدی",
    ),
    "he": _words(
        "אספת עובדים",
        "מדברים יחד",
        "ניצחנו!",
        "הדרישות שלנו",
        "מה השגנו",
        "מתי",
        "איפה",
        "מי אנחנו",
        "ליצירת קשר",
        "מה הלאה",
    ),
    "hi": _words(
        "कर्मचारियों की बैठक",
        "आइए मिलकर आवाज़ उठाएँ",
        "हम जीत गए!",
        "हमारी माँगें",
        "हमने क्या जीता",
        "कब",
        "कहाँ",
        "हम कौन हैं",
        "संपर्क",
        "आगे क्या",
    ),
    "ne": _words(
        "कामदारहरूको बैठक",
        "सँगै आवाज उठाऔं",
        "हामीले जित्यौं!",
        "हाम्रा मागहरू",
        "हामीले के जित्यौं",
        "कहिले",
        "कहाँ",
        "हामी को हौं",
        "सम्पर्क",
        "अब के गर्ने",
    ),
    "bn": _words(
        "শ্রমিকদের সভা",
        "আসুন একসাথে আওয়াজ তুলি",
        "আমরা জিতেছি!",
        "আমাদের দাবি",
        "আমরা যা জিতেছি",
        "কখন",
        "কোথায়",
        "আমরা কারা",
        "যোগাযোগ",
        "এরপর কী",
    ),
    "pa": _words(
        "ਕਾਮਿਆਂ ਦੀ ਮੀਟਿੰਗ",
        "ਆਓ ਮਿਲ ਕੇ ਆਵਾਜ਼ ਉਠਾਈਏ",
        "ਅਸੀਂ ਜਿੱਤ ਗਏ!",
        "ਸਾਡੀਆਂ ਮੰਗਾਂ",
        "ਅਸੀਂ ਕੀ ਜਿੱਤਿਆ",
        "ਕਦੋਂ",
        "ਕਿੱਥੇ",
        "ਅਸੀਂ ਕੌਣ ਹਾਂ",
        "ਸੰਪਰਕ",
        "ਅੱਗੇ ਕੀ",
    ),
    "ta": _words(
        "தொழிலாளர் கூட்டம்",
        "ஒன்றாகக் குரல் கொடுப்போம்",
        "நாம் வென்றோம்!",
        "எங்கள் கோரிக்கைகள்",
        "நாம் பெற்றவை",
        "எப்போது",
        "எங்கே",
        "நாங்கள் யார்",
        "தொடர்புக்கு",
        "அடுத்து என்ன",
    ),
    "ml": _words(
        "തൊഴിലാളി യോഗം",
        "ഒരുമിച്ച് ശബ്ദമുയർത്താം",
        "നമ്മൾ ജയിച്ചു!",
        "ഞങ്ങളുടെ ആവശ്യങ്ങൾ",
        "നമ്മൾ നേടിയത്",
        "എപ്പോൾ",
        "എവിടെ",
        "ഞങ്ങൾ ആരാണ്",
        "ബന്ധപ്പെടുക",
        "അടുത്തത് എന്ത്",
    ),
    "th": _words(
        "การประชุมคนงาน",
        "มาร่วมกันส่งเสียง",
        "เราชนะแล้ว!",
        "ข้อเรียกร้องของเรา",
        "สิ่งที่เราได้รับ",
        "เมื่อไร",
        "ที่ไหน",
        "เราคือใคร",
        "ติดต่อ",
        "ขั้นต่อไป",
    ),
    "zh-Hans": _words(
        "工人大会",
        "一起发声",
        "我们赢了！",
        "我们的诉求",
        "我们争取到的",
        "时间",
        "地点",
        "我们是谁",
        "联系方式",
        "下一步",
    ),
    "zh-Hant": _words(
        "工人大會",
        "一起發聲",
        "我們贏了！",
        "我們的訴求",
        "我們爭取到的",
        "時間",
        "地點",
        "我們是誰",
        "聯絡方式",
        "下一步",
    ),
    "ja": _words(
        "労働者集会",
        "一緒に声を上げよう",
        "勝ち取った！",
        "私たちの要求",
        "勝ち取ったもの",
        "日時",
        "場所",
        "私たちについて",
        "連絡先",
        "次の一歩",
    ),
    "ko": _words(
        "노동자 모임",
        "함께 목소리를 냅시다",
        "우리가 이겼다!",
        "우리의 요구",
        "우리가 얻어낸 것",
        "언제",
        "어디서",
        "우리는 누구인가",
        "연락처",
        "다음 단계",
    ),
}

_RTL = frozenset({"ar", "ur", "fa", "ckb", "he", "yi", "ps", "sd", "ug", "dv", "arc", "syr"})
_ALIASES = {
    "zh": "zh-Hans",
    "zh-cn": "zh-Hans",
    "zh-sg": "zh-Hans",
    "zh-hans": "zh-Hans",
    "zh-tw": "zh-Hant",
    "zh-hk": "zh-Hant",
    "zh-mo": "zh-Hant",
    "zh-hant": "zh-Hant",
    "fil": "tl",
    "ku-arab": "ckb",
    "iw": "he",
    "ku-latn": "ku",
}
_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "ckb": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "ur": "۰۱۲۳۴۵۶۷۸۹"}


def language_key(language: str) -> str:
    """The key of ``language`` ("pt-BR" -> "pt", "zh-TW" -> "zh-Hant") in the word tables."""
    code = language.strip().replace("_", "-")
    low = code.lower()
    if low in _ALIASES:
        return _ALIASES[low]
    for key in WORDS:
        if key.lower() == low:
            return key
    return low.split("-")[0]


def has_words(language: str) -> bool:
    """True when a leaflet can be printed in ``language`` without words from the spec."""
    return language_key(language) in WORDS


def words_for(
    language: str,
    overrides: Iterable[tuple[str, str]] | Mapping[str, str] = (),
    *,
    field: str = "words",
) -> dict[str, str]:
    """Every fixed word in ``language``, the spec's own words over the built-in ones.

    Raises InvalidInput naming the language and the missing words when neither has them: a
    leaflet never prints English words on a page written in another language.
    """
    given = dict(overrides.items() if isinstance(overrides, Mapping) else overrides)
    unknown = sorted(set(given) - set(WORD_KEYS))
    if unknown:
        raise InvalidInput(
            _("{field}.{unknown}: not one of the leaflet's words; they are "
            "{value}.").format(field=field, unknown=unknown[0], value=', '.join(WORD_KEYS))
        )
    words = dict(WORDS.get(language_key(language), {}))
    words.update({k: v for k, v in given.items() if v.strip()})
    missing = [k for k in WORD_KEYS if not words.get(k, "").strip()]
    if missing:
        raise InvalidInput(
            _("{field}: the leaflet has no words in the language '{language}' yet. Give them "
            "(in that language) for: {value}; for example "
            '"words": {{"when": "...", "where": "..."}}. Nothing was written.').format(
                    field=field, language=language, value=', '.join(missing))
        )
    return words


def missing_words(language: str, overrides: Mapping[str, str]) -> list[str]:
    """The fixed words ``language`` still lacks after ``overrides`` (empty: it can print)."""
    have = dict(WORDS.get(language_key(language), {}))
    have.update({k: v for k, v in overrides.items() if v.strip()})
    return [k for k in WORD_KEYS if not have.get(k, "").strip()]


def is_rtl(language: str) -> bool:
    """True for the languages written right to left."""
    return language_key(language).split("-")[0] in _RTL


def digits(number: int, language: str) -> str:
    """``number`` in the digits the language's leaflets use (Arabic-Indic for Arabic...)."""
    table = _DIGITS.get(language_key(language))
    text = str(number)
    return text if table is None else "".join(table[int(d)] for d in text)


def hb_language(language: str) -> str | None:
    """The BCP 47 tag HarfBuzz gets, so it picks the language's forms (Urdu digits...)."""
    key = language_key(language)
    return key.split("-")[0] if key else None


def upper(text: str, language: str) -> str:
    """Capitals by the language's rules: Turkish and Azerbaijani i -> İ, ı -> I; Greek capitals
    lose their accents; others as Unicode says (ß -> SS)."""
    key = language_key(language).split("-")[0]
    if key in ("tr", "az", "crh"):
        text = text.replace("i", "İ").replace("ı", "I")
    out = text.upper()
    if key == "el":
        out = unicodedata.normalize(
            "NFC", "".join(c for c in unicodedata.normalize("NFD", out) if c != "\u0301")
        )
    return out
