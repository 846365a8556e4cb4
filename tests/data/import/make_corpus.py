# ruff: noqa: E501 - the corpus rows are kept on one line each, as in the files
"""Generates the messy import corpus in this folder (run once; the files are committed).

Each file exercises one way real charts are messy; tests/core/test_import_corpus.py holds the
counts and line-numbered errors each must give. Names are invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).parent


def write(name: str, text: str, encoding: str = "utf-8") -> None:
    (HERE / name).write_bytes(text.encode(encoding))


def main() -> None:
    # 01: an OPEIU-style chart, UTF-8, commas, everything well formed
    write("01_opeiu_chart.csv", """First Name,Last Name,Department,Shift,Job Title,FT/PT,Personal Cell,Personal Email,Assessment (1-5),Committee (C/CH),Card Signed,Card Date,Last Contact,Contacted By
Ana,Pérez,Packing,Days,Packer,FT,555-201-0001,ana.perez@example.org,1,C,Y,2025-01-10,2025-03-01,
Bo,Li,Packing,Days,Packer,PT,555-201-0002,,2,CH,Y,2025-01-12,2025-03-02,Ana Pérez
Chidi,Okafor,Packing,Nights,Lead,FT,555-201-0003,chidi@example.org,3,,N,,2025-02-20,Ana Pérez
Dana,Smith,Loading,Days,Driver,FT,555-201-0004,,4,,,,,
Eli,Cohen,Loading,Nights,Driver,FT,555-201-0005,eli@example.org,5,,,,2025-01-05,Bo Li
Fatima,Haddad,Loading,Days,Clerk,PT,555-201-0006,,2,,Y,2025-02-01,2025-02-01,Ana Pérez
Gus,Novak,Office,Days,Clerk,FT,555-201-0007,gus@example.org,0,,,,,
Hana,Sato,Office,Days,Analyst,FT,555-201-0008,,3,,,,2025-03-10,Someone Unknown
Ivan,Petrov,Maintenance,Nights,Mechanic,FT,555-201-0009,,2,C,Y,2024-12-01,2025-03-11,
Jo,Adams,Maintenance,Nights,Mechanic,PT,555-201-0010,jo@example.org,,,,,,
""")
    # 02: UTF-8 with BOM, semicolons, Spanish headers, day-first dates with dots
    write("02_bom_semicolon_es.csv", "\ufeff" + """Nombre;Apellido;Departamento;Turno;Teléfono;Correo;Evaluación;Último contacto
María;García;Cocina;Mañana;600 111 222;maria@example.es;2;14.03.2025
José;Martínez;Cocina;Tarde;600 111 223;;3;02.03.2025
Lucía;Fernández;Limpieza;Mañana;600 111 224;lucia@example.es;1;01.02.2025
Ñuño;Iñíguez;Limpieza;Noche;600 111 225;;Supporter;28.02.2025
Inés;Sánchez;Almacén;Mañana;600 111 226;ines@example.es;undecided;
Raúl;Díaz;Almacén;Noche;600 111 227;;;
""")
    # 03: UTF-16 with BOM, tabs, names in many scripts, full names split on the last space
    write("03_utf16_tab_scripts.csv", "\ufeff" + "\n".join([
        "Full name\tWork area\tMobile\tLanguage",
        "Zoë Wright\tWard 3\t+44 7700 900101\tEnglish",
        "Şêrko Ahmed\tWard 3\t+44 7700 900102\tKurdish",
        "山田 太郎\tWard 4\t+44 7700 900103\tJapanese",
        "Иван Иванов\tWard 4\t+44 7700 900104\tRussian",
        "محمد علي\tWard 5\t+44 7700 900105\tArabic",
        "Nguyễn Thị Lan\tWard 5\t+44 7700 900106\tVietnamese",
        "Ŋgozi Eze\tWard 5\t+44 7700 900107\tIgbo",
        "Mary-Jane O'Neil\tWard 3\t+44 7700 900108\tEnglish",
    ]) + "\n", encoding="utf-16-le")
    # 04: Windows-1252 (no BOM), pipes
    write("04_cp1252_pipe.csv", """First|Last|Dept|Phone|Rating
François|Lefèvre|Cuisine|0601020304|2
Renée|Müller|Cuisine|0601020305|leader
Søren|Ørsted|Plonge|0601020306|3
Zoë|Brontë|Plonge|0601020307|
Ángel|Nuñez|Salle|0601020308|opposed
""", encoding="cp1252")
    # 05: a title, a merged group header row and blank lines above the real header
    write("05_merged_header.csv", """Organising committee chart - Warehouse,,,,
Updated by the committee,,,,
,,,,
Who,,Where,Contact,
First name,Last name,Area,Phone,Assessment
Kofi,Mensah,Dock,555-300-0001,2
Lena,Berg,Dock,555-300-0002,3
Marta,Kowalska,Yard,555-300-0003,1
Nico,Rossi,Yard,555-300-0004,4
Olu,Ade,Yard,555-300-0005,
""")
    # 06: empty rows in the middle and at the end, one bad email after them
    write("06_empty_rows.csv", """First Name,Last Name,Department,Email

Pia,Lund,Cafe,pia@example.org
,,,
Quinn,Hale,Cafe,quinn@example.org


Rosa,Park,Bakery,not-an-email
Sam,Oak,Bakery,sam@example.org
,,,
,,,
""")
    # 07: the same people twice: by employee id, phone, email and name within an area
    write("07_duplicates.csv", """Employee ID,First Name,Last Name,Department,Phone,Email
E100,Tara,Vance,Line 1,555-400-0001,tara@example.org
E101,Umar,Shah,Line 1,555-400-0002,umar@example.org
E102,Vera,Lind,Line 2,555-400-0003,vera@example.org
,Walt,Kim,Line 2,,
E100,Tara,Vance-Smith,Line 1,,
,Umar,S.,Line 1,(555) 400-0002,
,Vera,L,Line 2,,VERA@example.org
,walt,kim,Line 2,,
""")
    # 08: dates in several formats, one impossible and one in the future
    write("08_date_formats.csv", """First Name,Last Name,Area,Last Contact,Card Date
Xena,Ward,Store,2025-03-14,14/03/2025
Yuri,Gagarin,Store,3 Mar 2025,"Mar 3, 2025"
Zara,Khan,Store,14/02/2025,45658
Abe,Lyon,Store,31/02/2025,
Bea,Nash,Store,2031-01-01,
Cal,Ortiz,Store,1 March 2025,2025-01-02T09:30:00
""")
    # 09: US month-first dates, decided by the column's one unambiguous value
    write("09_month_first.csv", """First Name,Last Name,Area,Last Contact
Dee,Fox,Lab,03/14/2025
Eve,Gray,Lab,03/04/2025
Finn,Hart,Lab,12/01/2024
""")
    # 10: a 10,000-character note (accepted) and a 10,001-character one (rejected)
    write("10_long_cells.csv", "First Name,Last Name,Area,Notes\n"
          + "Gil,Ives,Lab,\"" + "n" * 10_000 + "\"\n"
          + "Hal,Jude,Lab,\"" + "x" * 10_001 + "\"\n"
          + "Ida,Kerr,Lab,short note\n")
    # 11: formulas and cells that start with formula characters
    write("11_formulas.csv", """First Name,Last Name,Area,Phone,Assessment,Notes
=HYPERLINK("http://evil.example","Click"),Lee,Lab,555-500-0001,2,
Jan,Moss,Lab,+1 555 500 0002,-,@canteen at lunch
Kai,Nunn,Lab,555-500-0003,=1+1,
Lou,Orr,Lab,555-500-0004,+,"-10 degrees in the freezer"
""")
    # 13: an export of another organising database (snake_case headers, mixed yes/no columns)
    write("13_other_db_export.csv", """given_name,family_name,badge_number,work_area,classification,status_ft_pt,mobile_phone,personal_email,support_level,on_committee,signed_card,date_signed,last_contacted,contacted_by
Max,Power,B-01,Assembly,Operator,Full-time,555-600-0001,max@example.org,Leader,yes,yes,2025-01-01,2025-02-01,
Nia,Long,B-02,Assembly,Operator,Part time,555-600-0002,,supporter,no,no,,2025-02-02,Max Power
Oz,Park,B-03,Assembly,Operator,FT,555-600-0003,,hostile,,,,,
""")
    # 14: one bad value of each kind, plus one good row
    write("14_bad_values.csv", """First Name,Last Name,Area,Phone,Email,FT/PT,Assessment,Committee,Last Contact
Pat,Quill,Dock,call me,,,,,
Rae,Stone,Dock,,rae@,,,,
Sol,Tran,Dock,,,sometimes,,,
Ty,Ueda,Dock,,,,7,,
Uma,Vale,Dock,,,,,maybe,
,,Dock,555-700-0006,,,,,
Vic,Webb,Dock,,,,,,someday
Wes,Xu,Dock,555-700-0008,wes@example.org,PT,2,CH,2025-01-15
""")
    # 15: a later version of the chart in 01: new numbers, a new assessment, a new person
    write("15_update_of_01.csv", """First Name,Last Name,Department,Personal Cell,Assessment (1-5),Last Contact,Contacted By
Ana,Pérez,Packing,555-201-0001,1,2025-03-01,
Bo,Li,Packing,555-201-0002,1,2025-04-02,Ana Pérez
Chidi,Okafor,Packing,555-201-0003,3,2025-02-20,Ana Pérez
Dana,Smith,Loading,555-299-9999,4,,
Kim,Young,Office,555-201-0011,2,2025-04-01,Ana Pérez
""")
    _write_xlsx()
    write_charts_as_kept()


def write_charts_as_kept() -> None:
    """Charts as stewards keep them (tests/core/test_import_charts.py imports each as CSV, XLSX
    and ODS and checks every field stored)."""
    # 16: the OPEIU chart with its own columns: Rate, Comm, Card with Sdate, Cdate, Rep, and a
    # cell phone beside a home phone; names as "Last, First"; areas as paths
    write("16_opeiu_columns.csv", """Name,Dept,Shift,Job Class,FT/PT,Rate,Comm,Card,Sdate,Cdate,Rep,Home Phone,Cell Phone,Email,Notes
"Pérez, Ana",Billing / Team North,Days,Clerk,FT,1,C,Y,2025-01-10,2025-03-01,,555-100-9000,555-201-0001,ana@example.org,Leads the lunch group
"Li, Bo",Billing / Team North,Days,Clerk,PT,2,CH,Y,2025-01-12,2025-03-02,Ana Pérez,,555-201-0002,,
"Okafor, Chidi",Billing / Team South,Nights,Lead,FT,3,,N,,2025-02-20,Ana Pérez,,555-201-0003,chidi@example.org,
"Smith, Dana",Loading,Days,Driver,FT,4,,Y,2024-11-30,,,,555-201-0004,,
"Cohen, Eli",Loading,Nights,Driver,FT,5,,Y,2024-12-15,2025-01-05,Bo Li,,555-201-0005,,
"Haddad, Fatima",Loading,Days,Clerk,PT,2,,Y,2025-02-01,2025-02-01,Bo Li,,555-201-0006,,
""")
    # 17: a German export: BOM, semicolons, dd.mm.yyyy, Vollzeit/Teilzeit, words for levels
    write("17_german_export.csv", "\ufeff" + """Personalnummer;Vorname;Nachname;Abteilung;Schicht;Tätigkeit;VZ/TZ;Telefon;E-Mail;Sprache;Einstufung;Ausschuss;Unterschrieben am;Letzter Kontakt;Kontakt durch;Bemerkungen
P-001;Jürgen;Müller;Lager;Früh;Kommissionierer;Vollzeit;0171 2345678;juergen@example.de;Deutsch;Unterstützer;C;14.01.2025;03.03.2025;;Spricht auch Türkisch
P-002;Zoë;Ünal;Lager;Spät;Fahrerin;Teilzeit;0171 2345679;;Türkisch;unentschieden;;;01.03.2025;Jürgen Müller;
P-003;Łukasz;Wójcik;Versand;Nacht;Packer;VZ;0171 2345680;lukasz@example.de;Polnisch;2;CH;20.02.2025;;;
P-004;Ayşe;Yılmaz;Versand;Früh;Packerin;TZ;0171 2345681;;;dagegen;;;;;
""")
    # 18: a Spanish export: d/m/Y dates, Sí/No, jornada completa/parcial, words for levels
    write("18_spanish_export.csv", """Número de empleado,Nombre,Apellidos,Departamento,Turno,Puesto,Jornada,Teléfono,Correo electrónico,Idioma,Evaluación,Comité,Tarjeta firmada,Fecha de firma,Último contacto,Contactado por,Notas
E-10,María,García López,Cocina,Mañana,Cocinera,Tiempo completo,600 111 222,maria@example.es,Español,Líder,C,Sí,14/01/2025,03/03/2025,,
E-11,José,Martínez,Cocina,Tarde,Ayudante,Tiempo parcial,600 111 223,,Español,a favor,,Sí,20/01/2025,01/03/2025,María García López,
E-12,Ñuño,Iñíguez,Limpieza,Noche,Limpiador,Completa,600 111 224,nuno@example.es,Gallego,indeciso,CH,No,,,,Turno de noche fijo
E-13,Lucía,Fernández,Limpieza,Mañana,Limpiadora,Parcial,600 111 225,,Español,en contra,,,,,,
""")
    # 19: the same people on several rows: completing each other (an initial, a phone written
    # another way, history of other days), two workers sharing a phone, and one conflict
    write("19_same_person.csv", """Employee ID,First Name,Last Name,Department,Cell,Email,Rating,Assessment date,Last contact,Contacted by,C/CH,Card date,Notes
E100,Tara,Vance,Line 1,555-400-0001,,2,2025-01-05,2025-01-05,,,,Night shift
E100,Tara,V.,Line 1,,tara@example.org,3,2025-03-01,2025-03-01,Umar Shah,C,2025-02-02,Wants a meeting
,Umar,Shah,Line 1,555-400-0002,umar@example.org,1,,,,,,
,UMAR,SHAH,line 1,(555) 400-0002,,1,,2025-02-10,,,,
E102,Vera,Lind,Line 2,555-400-0003,vera@example.org,2,,,,,,
E103,Vera,Lind,Line 2,555-400-0003,,4,,,,,,
,Walt,Kim,Line 2,,walt@example.org,,,,,,,
,Walt,Kimball,Line 2,,WALT@example.org,,,,,,,
""")


def _write_xlsx() -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chart"
    sheet.append(["EWOC workplace chart"])
    sheet.append([])
    sheet.append(["Full Name", "Work area", "Mobile", "Rating", "Last contact", "Card signed",
                  "Notes"])
    sheet.append(["Alma Reyes", "Kitchen", "555-800-0001", 2, dt.datetime(2025, 3, 1), "yes", None])
    sheet.append(["Ben Ortiz", "Kitchen", 5558000002, 3.0, 45700, dt.date(2025, 1, 9), None])
    sheet.append(["Cleo Diaz", "Bar", "555-800-0003", "Leader", "2025-02-11", None, "=SUM(1,2)"])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["Dev Patel", "Bar", "555-800-0004", 9, None, None, None])
    sheet.append(["Eun Kim", "Bar", "555-800-0005", None, dt.datetime(2030, 1, 1), None, None])
    sheet["G6"] = "=SUM(1,2)"  # a real formula cell: data_only reads no cached value
    book.save(HERE / "12_ewoc_sheet.xlsx")


if __name__ == "__main__":
    main()
