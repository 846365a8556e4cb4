"""Headers in the languages of the workforces (and of the interface: Spanish, French,
Portuguese, Polish, Arabic, Chinese, and German) are understood as well as English ones, the
OPEIU chart's short headers too, and a cell phone is preferred to a home phone."""

from __future__ import annotations

import pytest

from forum_kit.exchange.mapping import guess_mapping, header_score, normalise_header

CASES = {
    "opeiu": (["Name", "Dept", "Shift", "Rate", "Comm", "Card", "Sdate", "Cdate", "Rep",
               "Home Phone", "Cell Phone"],
              ["full_name", "area", "shift", "assessment", "committee", "card_signed",
               "card_signed_on", "last_contact_on", "contact_by", None, "phone"]),
    "de": (["Vorname", "Nachname", "Abteilung", "Einstufung", "Telefon", "Letzter Kontakt"],
           ["first_name", "last_name", "area", "assessment", "phone", "last_contact_on"]),
    "es": (["Nombre", "Apellidos", "Departamento", "Evaluación", "Teléfono", "Último contacto"],
           ["first_name", "last_name", "area", "assessment", "phone", "last_contact_on"]),
    "fr": (["Prénom", "Nom", "Service", "Évaluation", "Téléphone", "Dernier contact",
            "Contacté par"],
           ["first_name", "last_name", "area", "assessment", "phone", "last_contact_on",
            "contact_by"]),
    "pt-BR": (["Nome", "Sobrenome", "Setor", "Avaliação", "Celular", "Último contato",
               "Observações"],
              ["first_name", "last_name", "area", "assessment", "phone", "last_contact_on",
               "notes"]),
    "pl": (["Imię", "Nazwisko", "Dział", "Zmiana", "Ocena", "Telefon", "Ostatni kontakt",
            "Uwagi"],
           ["first_name", "last_name", "area", "shift", "assessment", "phone",
            "last_contact_on", "notes"]),
    "ar": (["الاسم", "القسم", "الهاتف", "التقييم", "آخر اتصال", "ملاحظات"],
           ["full_name", "area", "phone", "assessment", "last_contact_on", "notes"]),
    "zh-CN": (["姓名", "部门", "班次", "手机", "评估", "最后联系", "备注"],
              ["full_name", "area", "shift", "phone", "assessment", "last_contact_on", "notes"]),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_headers_are_understood(language) -> None:
    headers, fields = CASES[language]
    mapping = guess_mapping(headers)
    assert [mapping.get(i) for i in range(len(headers))] == fields
    assert header_score(tuple(headers)) >= 5  # the header row is found below title rows


def test_letters_of_every_script_survive_normalisation() -> None:
    assert normalise_header("Dział") == "dział"
    assert normalise_header("Tél. (perso)") == "tel perso"
    assert normalise_header("最后 联系") == "最后 联系"
