<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source> — 1:10 target</source>
        <translation> — cel 1:10</translation>
    </message>
    <message>
        <source>&amp;Agitate</source>
        <translation>&amp;Poruszyć</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Demands:</source>
        <translation>&amp;Żądania:</translation>
    </message>
    <message>
        <source>&amp;Educate</source>
        <translation>&amp;Edukować</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Nagłówek:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Paragraphs:</source>
        <translation>&amp;Akapity:</translation>
    </message>
    <message>
        <source>&amp;Participated</source>
        <translation>&amp;Uczestniczył(a)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>Za&amp;planować</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>O&amp;dmówił(a)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <source>&amp;Unite</source>
        <translation>&amp;Zjednoczyć</translation>
    </message>
    <message>
        <source>&amp;Visual:</source>
        <translation>&amp;Grafika:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nie zapisano)</translation>
    </message>
    <message>
        <source>1 per sheet</source>
        <translation>1 na stronę</translation>
    </message>
    <message>
        <source>1:10 target</source>
        <translation>Cel 1:10</translation>
    </message>
    <message>
        <source>1:1s (90 d)</source>
        <translation>1:1 (90 dni)</translation>
    </message>
    <message>
        <source>1:1s, 90 days</source>
        <translation>Rozmowy jeden na jeden, 90 dni</translation>
    </message>
    <message>
        <source>2 per sheet (handbills)</source>
        <translation>2 na stronę (małe ulotki)</translation>
    </message>
    <message>
        <source>4 per sheet (handbills)</source>
        <translation>4 na stronę (małe ulotki)</translation>
    </message>
    <message>
        <source>A grievance deadline this many working days away or fewer counts as due soon.</source>
        <translation>Termin skargi, do którego zostało tyle dni roboczych lub mniej, uznaje się za zbliżający się.</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>&amp;Odpowiedź</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O programie</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Nieobecny</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Wstrzymuję się</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Wstrzymał się</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Przeciw</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punkt porządku obrad</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Data uzgodnienia</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Uzgodniono z</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Zastępca</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>An assessment older than this many days counts as stale.</source>
        <translation>Ocena starsza niż tyle dni jest uznawana za nieaktualną.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Answer days</source>
        <translation>Dni na odpowiedź</translation>
    </message>
    <message>
        <source>Answer unit</source>
        <translation>Jednostka odpowiedzi</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odpowiedziano</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Kto odpowiada</translation>
    </message>
    <message>
        <source>Any assessment date</source>
        <translation>Dowolna data oceny</translation>
    </message>
    <message>
        <source>Any committee role</source>
        <translation>Dowolna rola w komitecie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Działy</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artykuł</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>Po&amp;prosić</translation>
    </message>
    <message>
        <source>As&amp;ked</source>
        <translation>&amp;Poproszono</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Poprosić</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Poproszono</translation>
    </message>
    <message>
        <source>Asked, no answer</source>
        <translation>Poproszono, bez odpowiedzi</translation>
    </message>
    <message>
        <source>Assemblies</source>
        <translation>Zgromadzenia</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Ocenieni</translation>
    </message>
    <message>
        <source>Assessed %</source>
        <translation>% ocenionych</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Teczka informacyjna</translation>
    </message>
    <message>
        <source>Button / sticker day</source>
        <translation>Dzień przypinek / naklejek</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>C or CH</source>
        <translation>C lub CH</translation>
    </message>
    <message>
        <source>Call to action, &amp;what:</source>
        <translation>Wezwanie do działania, &amp;co:</translation>
    </message>
    <message>
        <source>Call to action, what:</source>
        <translation>Wezwanie do działania, co:</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>Deklaracja podpisana</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Przyjęty</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Wykonany</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Cases by month: opened, closed, open at the month&apos;s end</source>
        <translation>Sprawy według miesięcy: otwarte, zamknięte, otwarte na koniec miesiąca</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>Chart sheet</source>
        <translation>Arkusz mapy</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>Collection (money in)</source>
        <translation>Zbiórka (wpływ)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Komitet</translation>
    </message>
    <message>
        <source>Committee (C)</source>
        <translation>Komitet (C)</translation>
    </message>
    <message>
        <source>Committee helper (CH)</source>
        <translation>Pomocnik komitetu (CH)</translation>
    </message>
    <message>
        <source>Committee member (C)</source>
        <translation>Członek komitetu (C)</translation>
    </message>
    <message>
        <source>Committee members (◆ 1:10 target)</source>
        <translation>Członkowie komitetu (◆ cel 1:10)</translation>
    </message>
    <message>
        <source>Committee target</source>
        <translation>Cel dla komitetu</translation>
    </message>
    <message>
        <source>Confirmed by both</source>
        <translation>Potwierdzone przez obie strony</translation>
    </message>
    <message>
        <source>Confirmed by the giver only (waits)</source>
        <translation>Potwierdzone tylko przez dającego (czeka)</translation>
    </message>
    <message>
        <source>Confirmed by the receiver only (waits)</source>
        <translation>Potwierdzone tylko przez otrzymującego (czeka)</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <source>Contract article</source>
        <translation>Artykuł układu zbiorowego</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopia</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Rada</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Zebranie rady</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Liczony od</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>Liczony od</translation>
    </message>
    <message>
        <source>Counts from: incident, knew of it (the first step); filed, answer received, answer due (appeals to a later step). Separate with commas.</source>
        <translation>Liczony od: zdarzenie, dowiedzenie się (pierwszy etap); złożenie, otrzymanie odpowiedzi, termin odpowiedzi (przekazanie do dalszego etapu). Oddziel przecinkami.</translation>
    </message>
    <message>
        <source>DUE SOON</source>
        <translation>TERMIN BLISKO</translation>
    </message>
    <message>
        <source>DUE TODAY</source>
        <translation>TERMIN DZIŚ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Załatwione</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegat</translation>
    </message>
    <message>
        <source>Delegate briefing</source>
        <translation>Informacja dla delegata</translation>
    </message>
    <message>
        <source>Demands:</source>
        <translation>Żądania:</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kara dyscyplinarna</translation>
    </message>
    <message>
        <source>Discipline / discharge</source>
        <translation>Kara / zwolnienie</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Donation (money in)</source>
        <translation>Darowizna (wpływ)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>Termin dziś lub po terminie</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Termin w ciągu 30 dni</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Termin w ciągu tygodnia</translation>
    </message>
    <message>
        <source>Due within a year</source>
        <translation>Termin w ciągu roku</translation>
    </message>
    <message>
        <source>Dues (money in)</source>
        <translation>Składki (wpływ)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Wybory</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Entered by the committee</source>
        <translation>Wpisane przez komitet</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Every grievance with its step, its next deadline counted from the contract, and the fact sheet to print for the meeting.</source>
        <translation>Każda skarga z jej etapem, najbliższym terminem liczonym według układu zbiorowego i kartą faktów do wydruku na spotkanie.</translation>
    </message>
    <message>
        <source>Everyone at the workplace: who they are, where they work, how they were assessed and when someone last talked to them.</source>
        <translation>Wszyscy w zakładzie pracy: kim są, gdzie pracują, jak zostali ocenieni i kiedy ktoś ostatnio z nimi rozmawiał.</translation>
    </message>
    <message>
        <source>Eviction notice</source>
        <translation>Nakaz eksmisji</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Przykład</translation>
    </message>
    <message>
        <source>Expense (money out)</source>
        <translation>Wydatek (wypływ)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>FT/PT</source>
        <translation>FT/PT</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Figure to hold</source>
        <translation>Liczba do utrzymania</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>File/appeal days</source>
        <translation>Dni na złożenie/przekazanie</translation>
    </message>
    <message>
        <source>Filed / appealed</source>
        <translation>Złożono / przekazano</translation>
    </message>
    <message>
        <source>Filing / appeal</source>
        <translation>Złożenie / przekazanie</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Odcisk</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Zwolnienie</translation>
    </message>
    <message>
        <source>First filed</source>
        <translation>Pierwsze złożenie</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Kontynuacja</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Kontynuacja</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Kontynuacje do zrobienia</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Forum Kit bundles, agendas and decisions (*.fkbundle *.fkagenda *.fkdecisions);;All files (*)</source>
        <translation>Pakiety, porządki obrad i decyzje Forum Kit (*.fkbundle *.fkagenda *.fkdecisions);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Forum or council</source>
        <translation>Forum lub rada</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Fora</translation>
    </message>
    <message>
        <source>Forums and councils: meetings, motions, mandates and the delegates who carry them, with their report-backs.</source>
        <translation>Fora i rady: zebrania, wnioski, mandaty i delegaci, którzy je realizują, wraz z ich sprawozdaniami.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Znaleziono</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Według uznania</translation>
    </message>
    <message>
        <source>Free vote</source>
        <translation>Głos według uznania</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Aktualna</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Full names</source>
        <translation>Pełne imiona i nazwiska</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Pełny etat</translation>
    </message>
    <message>
        <source>Fund in</source>
        <translation>Wpływy funduszu</translation>
    </message>
    <message>
        <source>Fund out</source>
        <translation>Wydatki funduszu</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Dający</translation>
    </message>
    <message>
        <source>Grant to a member (money out)</source>
        <translation>Zapomoga dla członka (wypływ)</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Skarga</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>Skargi</translation>
    </message>
    <message>
        <source>Grievant</source>
        <translation>Skarżący</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>Skarżący</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Zbiorowa</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wzrost</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Zagrożenie</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Liczba pracowników</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>Nagłówek:</translation>
    </message>
    <message>
        <source>Health and safety</source>
        <translation>BHP</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>Pomoc dnia</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Pomocnik</translation>
    </message>
    <message>
        <source>Helper (CH)</source>
        <translation>Pomocnik (CH)</translation>
    </message>
    <message>
        <source>Helpers (CH)</source>
        <translation>Pomocnicy (CH)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Hours exchanged</source>
        <translation>Wymienione godziny</translation>
    </message>
    <message>
        <source>How many automatic backups to keep.</source>
        <translation>Ile automatycznych kopii zapasowych przechowywać.</translation>
    </message>
    <message>
        <source>How the committee and the support for it grow over time, area by area, counted from the assessment history.</source>
        <translation>Jak komitet i poparcie dla niego rosną w czasie, dział po dziale, na podstawie historii ocen.</translation>
    </message>
    <message>
        <source>How they connect to the group</source>
        <translation>Jak ta osoba łączy się z grupą</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Choroba</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importuje się jako</translation>
    </message>
    <message>
        <source>In the steward&apos;s copy</source>
        <translation>W kopii męża zaufania</translation>
    </message>
    <message>
        <source>In your chart now</source>
        <translation>Teraz na Twojej mapie</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Indywidualna</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Tylko inicjały</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Uraz</translation>
    </message>
    <message>
        <source>Inocu&amp;late</source>
        <translation>&amp;Uodpornić</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrukcja</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Language of the interface (at the next start).</source>
        <translation>Język interfejsu (od następnego uruchomienia).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Wygasły</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Ostatnie 2 lata</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Ostatnie 3 miesiące</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Ostatnie 6 miesięcy</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Last copy sent</source>
        <translation>Ostatnio wysłana kopia</translation>
    </message>
    <message>
        <source>Last structure test: participation %</source>
        <translation>Ostatni test struktury: udział %</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Ostatni test</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Ostatni rok</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Układ:</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>Ulotka</translation>
    </message>
    <message>
        <source>Leaflets, briefings and packs printed from the vault, encrypted when they are saved.</source>
        <translation>Ulotki, informacje i teczki drukowane z sejfu, szyfrowane przy zapisie.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Pismo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linia</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without input.</source>
        <translation>Zablokuj sejf po tylu minutach bezczynności.</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niska</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandaty</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Na mapie</translation>
    </message>
    <message>
        <source>March on the boss</source>
        <translation>Marsz na szefa</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Dopasowane</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Dopasowania</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Średnia dni</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana dni</translation>
    </message>
    <message>
        <source>Median days to resolution by type</source>
        <translation>Mediana dni do rozstrzygnięcia według rodzaju</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Zebranie</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Members active</source>
        <translation>Aktywni członkowie</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Met within a week</source>
        <translation>Spełnione w tydzień</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Pn</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>Pomoc wzajemna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potrzeba</translation>
    </message>
    <message>
        <source>Needed at 1:10</source>
        <translation>Potrzebni przy 1:10</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Potrzebne do</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>Zgłoszone potrzeby</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nowa data</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Najbliższy termin</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Następne kroki</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalna</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>Niewykonany</translation>
    </message>
    <message>
        <source>Not on committee</source>
        <translation>Poza komitetem</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>PO TERMINIE</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Oferowane</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dnia</translation>
    </message>
    <message>
        <source>One-on-one conversations written up with the AEIOU structure, their issues and the follow-ups due.</source>
        <translation>Rozmowy jeden na jeden zapisane według schematu AEIOU, z poruszonymi problemami i kontynuacjami do zrobienia.</translation>
    </message>
    <message>
        <source>One-on-ones in the last 90 days</source>
        <translation>Rozmowy jeden na jeden w ostatnich 90 dniach</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days</source>
        <translation>Rozmowy jeden na jeden, ostatnie 90 dni</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Otwarte i zamknięte</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>Otwarte na koniec miesiąca</translation>
    </message>
    <message>
        <source>Open grievances</source>
        <translation>Otwarte skargi</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Zwykłe</translation>
    </message>
    <message>
        <source>Organic leader</source>
        <translation>Naturalny lider</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Our delegate&apos;s vote</source>
        <translation>Głos naszego delegata</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>Akapity:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Składnik</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Niepełny etat</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Uczestniczył(a)</translation>
    </message>
    <message>
        <source>Partly carried out</source>
        <translation>Częściowo wykonany</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>People helping</source>
        <translation>Osoby pomagające</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Personal data in this bundle: none.</source>
        <translation>Dane osobowe w tym pakiecie: brak.</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petycja</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>Tablica ze zdjęciami</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Systemowa</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Zgłoszone</translation>
    </message>
    <message>
        <source>Re&amp;medy sought</source>
        <translation>Żądane &amp;zadośćuczynienie</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Objęci</translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation>Powód lub zmiana</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Odwołanie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Otrzymane</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Otrzymujący</translation>
    </message>
    <message>
        <source>Recorded with it</source>
        <translation>Zapisane wraz z nim</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>Czerwone linie</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmówił(a)</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Sprawozdanie</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation>Czekające raporty</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Wystornowano</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Row numbers only (no names)</source>
        <translation>Tylko numery wierszy (bez nazwisk)</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Widoczne dla</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Poufne</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Załatwiona ugodowo</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Brakuje</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Nieaktualna</translation>
    </message>
    <message>
        <source>Start counts from</source>
        <translation>Początek liczony od</translation>
    </message>
    <message>
        <source>Start days</source>
        <translation>Dni na początek</translation>
    </message>
    <message>
        <source>Start unit</source>
        <translation>Jednostka początku</translation>
    </message>
    <message>
        <source>Start whichever</source>
        <translation>Początek: co nastąpi wcześniej</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Step no.</source>
        <translation>Nr etapu</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Mąż zaufania</translation>
    </message>
    <message>
        <source>Strike vote</source>
        <translation>Głosowanie strajkowe</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Nd</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Poparcie</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Zwolennicy</translation>
    </message>
    <message>
        <source>Supporters %</source>
        <translation>% zwolenników</translation>
    </message>
    <message>
        <source>Talked by</source>
        <translation>Kto rozmawiał</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Target (1:10)</source>
        <translation>Cel (1:10)</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>Kadencja od</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>Kadencja do</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>The assembly, with the name (the member agreed)</source>
        <translation>Zgromadzenie, z nazwiskiem (członek się zgodził)</translation>
    </message>
    <message>
        <source>The assembly, without the name</source>
        <translation>Zgromadzenie, bez nazwiska</translation>
    </message>
    <message>
        <source>The committee only</source>
        <translation>Tylko komitet</translation>
    </message>
    <message>
        <source>The concrete ask</source>
        <translation>Konkretna prośba</translation>
    </message>
    <message>
        <source>The rows differ in</source>
        <translation>Wiersze różnią się w</translation>
    </message>
    <message>
        <source>The steward&apos;s</source>
        <translation>Wersja męża zaufania</translation>
    </message>
    <message>
        <source>The workplace map: areas, headcounts and how each person is assessed, so you can see where the committee is strong and where nobody has talked to anyone yet.</source>
        <translation>Mapa zakładu pracy: działy, liczba pracowników i ocena każdej osoby, aby widzieć, gdzie komitet jest silny, a gdzie nikt jeszcze z nikim nie rozmawiał.</translation>
    </message>
    <message>
        <source>The workplace pages open with.</source>
        <translation>Zakład pracy, od którego zaczynają się strony.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Ich odpowiedź</translation>
    </message>
    <message>
        <source>This bundle is older than the last one imported from the same forum (it may be a replayed copy); nothing was imported.</source>
        <translation>Ten pakiet jest starszy niż ostatni zaimportowany z tego samego forum (może to być powtórnie przesłana kopia); niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Próg</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Cz</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Powiązania</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Wt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Unknown sender: compare fingerprints with the forum in person and trust its key card first (Trust a key card…); nothing was imported.</source>
        <translation>Nieznany nadawca: porównaj odciski osobiście z forum i najpierw zaufaj jego karcie klucza (Zaufaj karcie klucza…); niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Pilna</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Głosowanie</translation>
    </message>
    <message>
        <source>Vote against</source>
        <translation>Głos przeciw</translation>
    </message>
    <message>
        <source>Vote for</source>
        <translation>Głos za</translation>
    </message>
    <message>
        <source>Voted against</source>
        <translation>Głosował przeciw</translation>
    </message>
    <message>
        <source>Voted for</source>
        <translation>Głosował za</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <source>W&amp;hat happened</source>
        <translation>&amp;Co się stało</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Kto</translation>
    </message>
    <message>
        <source>W&amp;ho we are:</source>
        <translation>&amp;Kim jesteśmy:</translation>
    </message>
    <message>
        <source>W&amp;hy</source>
        <translation>&amp;Dlaczego</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Śr</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>What are they angry about?</source>
        <translation>Co ich złości?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Czego dotyczy termin</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Co zawiera</translation>
    </message>
    <message>
        <source>What will the boss say and do next?</source>
        <translation>Co szef powie i zrobi dalej?</translation>
    </message>
    <message>
        <source>What would fix it, and who decides?</source>
        <translation>Co rozwiązałoby problem i kto o tym decyduje?</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>&amp;Gdzie</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>Gdzie dopasowano</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Gdzie:</translation>
    </message>
    <message>
        <source>Whichever</source>
        <translation>Co nastąpi wcześniej</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Kto działa</translation>
    </message>
    <message>
        <source>Who checks</source>
        <translation>Kto sprawdza</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>Kto z kierownictwa</translation>
    </message>
    <message>
        <source>Who we are:</source>
        <translation>Kim jesteśmy:</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Odsetek wygranych</translation>
    </message>
    <message>
        <source>Win rate by contract article</source>
        <translation>Odsetek wygranych według artykułu układu zbiorowego</translation>
    </message>
    <message>
        <source>Win rate by type of grievance</source>
        <translation>Odsetek wygranych według rodzaju skargi</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofany</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Świadkowie</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Zakład pracy</translation>
    </message>
    <message>
        <source>Workplaces</source>
        <translation>Zakłady pracy</translation>
    </message>
    <message>
        <source>Write an encrypted backup into the vault&apos;s backups folder this often (hours; 0 = off).</source>
        <translation>Tak często zapisuj zaszyfrowaną kopię zapasową w folderze kopii sejfu (godziny; 0 = wył.).</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Napisano</translation>
    </message>
    <message>
        <source>already so</source>
        <translation>już tak było</translation>
    </message>
    <message>
        <source>answer due</source>
        <translation>termin odpowiedzi</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>otrzymanie odpowiedzi</translation>
    </message>
    <message>
        <source>assembly, named</source>
        <translation>zgromadzenie, z nazwiskiem</translation>
    </message>
    <message>
        <source>assembly, no name</source>
        <translation>zgromadzenie, bez nazwiska</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>ocena</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>obecność</translation>
    </message>
    <message>
        <source>cannot apply</source>
        <translation>nie można zastosować</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>committee only</source>
        <translation>tylko komitet</translation>
    </message>
    <message>
        <source>conflict: choose</source>
        <translation>konflikt: wybierz</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>pełne imiona i nazwiska współpracowników</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>inicjały współpracowników</translation>
    </message>
    <message>
        <source>declined by the keeper</source>
        <translation>odrzucone przez opiekuna mapy</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>złożenie</translation>
    </message>
    <message>
        <source>font (PDFs)</source>
        <translation>czcionka (PDF)</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>zdarzenie</translation>
    </message>
    <message>
        <source>knew of it</source>
        <translation>dowiedzenie się</translation>
    </message>
    <message>
        <source>library</source>
        <translation>biblioteka</translation>
    </message>
    <message>
        <source>met</source>
        <translation>dotrzymany</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nowe</translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation>rozmowa jeden na jeden</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>częściowo spełniona</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <source>person added</source>
        <translation>dodano osobę</translation>
    </message>
    <message>
        <source>reviewed before</source>
        <translation>przejrzane wcześniej</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>środowisko uruchomieniowe</translation>
    </message>
    <message>
        <source>sent, waiting for review</source>
        <translation>wysłany, czeka na przegląd</translation>
    </message>
    <message>
        <source>step event</source>
        <translation>zdarzenie etapu</translation>
    </message>
    <message>
        <source>street assembly</source>
        <translation>zgromadzenie sąsiedzkie</translation>
    </message>
    <message>
        <source>structure-test outcome</source>
        <translation>wynik testu struktury</translation>
    </message>
    <message>
        <source>the article, law or practice violated</source>
        <translation>naruszony artykuł, przepis lub praktyka</translation>
    </message>
    <message>
        <source>the earlier row&apos;s values</source>
        <translation>wartości wcześniejszego wiersza</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>this row&apos;s values</source>
        <translation>wartości tego wiersza</translation>
    </message>
    <message>
        <source>two different people</source>
        <translation>dwie różne osoby</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>niespełniona</translation>
    </message>
    <message>
        <source>workers&apos; forum</source>
        <translation>forum pracowników</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wybierz —</translation>
    </message>
    <message>
        <source>“Start days” is the filing limit for grievance types that start at that step (a discharge filed straight at step 3 counts from the incident or knowledge, not from the step 2 answer); leave it empty where no type starts.</source>
        <translation>„Dni na początek” to termin złożenia dla rodzajów skarg, które zaczynają się na tym etapie (zwolnienie złożone od razu na etapie 3 liczy się od zdarzenia lub dowiedzenia się, a nie od odpowiedzi na etapie 2); zostaw puste, gdy żaden rodzaj nie zaczyna się na tym etapie.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Forum Kit</source>
        <translation>O programie Forum Kit</translation>
    </message>
    <message>
        <source>Forum Kit {version}
Organising records kept encrypted on this computer.
Free software under the {licence}.
Qt {qt} through PySide6 {pyside}.</source>
        <translation>Forum Kit {version}
Dokumentacja organizowania przechowywana w postaci zaszyfrowanej na tym komputerze.
Wolne oprogramowanie na licencji {licence}.
Qt {qt} przez PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>Parts shipped with Forum Kit and their licences (choose one to read its licence):</source>
        <translation>Składniki dołączone do Forum Kit i ich licencje (wybierz jeden, aby przeczytać jego licencję):</translation>
    </message>
    <message>
        <source>The Qt libraries are separate files in Forum Kit&apos;s program folder: under the LGPL you may replace them with your own build of the same Qt version.</source>
        <translation>Biblioteki Qt są osobnymi plikami w folderze programu Forum Kit: zgodnie z LGPL możesz je zastąpić własną kompilacją tej samej wersji Qt.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing the demo vault (a minute at most)…</source>
        <translation>Przygotowywanie sejfu demonstracyjnego (najwyżej minuta)…</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>department, line, shift, ward…</source>
        <translation>wydział, linia, zmiana, oddział…</translation>
    </message>
</context>
<context>
    <name>AreaDialogWords</name>
    <message numerus="yes">
        <source>%n people or grievances are in this area (or its sub-areas). Choose the area to move them to before it is deleted, or cancel.</source>
        <translation>
            <numerusform>W tym dziale (lub jego poddziałach) jest %n osoba lub skarga. Przed usunięciem wybierz dział, do którego je przenieść, albo anuluj.</numerusform>
            <numerusform>W tym dziale (lub jego poddziałach) są %n osoby lub skargi. Przed usunięciem wybierz dział, do którego je przenieść, albo anuluj.</numerusform>
            <numerusform>W tym dziale (lub jego poddziałach) jest %n osób lub skarg. Przed usunięciem wybierz dział, do którego je przenieść, albo anuluj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaDialogs</name>
    <message>
        <source>(top level)</source>
        <translation>(najwyższy poziom)</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>Usuń dział</translation>
    </message>
    <message>
        <source>Move area</source>
        <translation>Przenieś dział</translation>
    </message>
    <message>
        <source>Move the area (with its sub-areas) under:</source>
        <translation>Przenieś dział (z jego poddziałami) pod:</translation>
    </message>
</context>
<context>
    <name>Assemblies</name>
    <message>
        <source>A delegate is elected to a council, and there is no council yet.</source>
        <translation>Delegata wybiera się do rady, a nie ma jeszcze żadnej rady.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>Create the council now; then the election form opens.</source>
        <translation>Utwórz teraz radę; potem otworzy się formularz wyboru delegata.</translation>
    </message>
    <message>
        <source>Create the council…</source>
        <translation>Utwórz radę…</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>No council yet</source>
        <translation>Brak rady</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Tej operacji nie można cofnąć.</translation>
    </message>
</context>
<context>
    <name>AssembliesPage</name>
    <message>
        <source> — member of {council}</source>
        <translation> — członek: {council}</translation>
    </message>
    <message numerus="yes">
        <source>%n forums or councils are members of “{name}”: attach them to another council (Edit…) or delete them first.</source>
        <translation>
            <numerusform>%n forum lub rada jest członkiem „{name}”: najpierw podłącz je do innej rady (Edytuj…) albo je usuń.</numerusform>
            <numerusform>%n fora lub rady są członkami „{name}”: najpierw podłącz je do innej rady (Edytuj…) albo je usuń.</numerusform>
            <numerusform>%n forów lub rad jest członkami „{name}”: najpierw podłącz je do innej rady (Edytuj…) albo je usuń.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Pakiety</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>&amp;Delegaci</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Zebrania</translation>
    </message>
    <message>
        <source>&amp;Schedule a meeting…</source>
        <translation>Zap&amp;lanuj zebranie…</translation>
    </message>
    <message>
        <source>Choose a forum or council.</source>
        <translation>Wybierz forum lub radę.</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Delete meeti&amp;ng…</source>
        <translation>Usuń ze&amp;branie…</translation>
    </message>
    <message>
        <source>Delete the meeting of {day}?</source>
        <translation>Usunąć zebranie z dnia {day}?</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Usunąć „{name}”?</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Fi&amp;x time or place…</source>
        <translation>Ustal czas lub mie&amp;jsce…</translation>
    </message>
    <message>
        <source>Fix the meeting&apos;s time or place</source>
        <translation>Ustal czas lub miejsce zebrania</translation>
    </message>
    <message>
        <source>Forums and councils</source>
        <translation>Fora i rady</translation>
    </message>
    <message>
        <source>Forums&apos; mandates on its agenda are deleted with it.</source>
        <translation>Mandaty forów dotyczące jego porządku obrad zostaną usunięte razem z nim.</translation>
    </message>
    <message>
        <source>It has no attendance, agenda or motions recorded.</source>
        <translation>Nie zapisano w nim obecności, porządku obrad ani wniosków.</translation>
    </message>
    <message>
        <source>It has no meetings, delegates or mandates.</source>
        <translation>Nie ma zebrań, delegatów ani mandatów.</translation>
    </message>
    <message>
        <source>M&amp;andates</source>
        <translation>&amp;Mandaty</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Zebrania</translation>
    </message>
    <message>
        <source>New &amp;forum…</source>
        <translation>Nowe &amp;forum…</translation>
    </message>
    <message>
        <source>New c&amp;ouncil…</source>
        <translation>Nowa &amp;rada…</translation>
    </message>
    <message>
        <source>Rename the chosen forum or council, or attach it to another council</source>
        <translation>Zmień nazwę wybranego forum lub rady albo podłącz je do innej rady</translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
</context>
<context>
    <name>AssemblyLists</name>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Ended {day}</source>
        <translation>Zakończono {day}</translation>
    </message>
    <message>
        <source>Not in term</source>
        <translation>Poza kadencją</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Odwołany</translation>
    </message>
    <message>
        <source>Recalled {day}</source>
        <translation>Odwołany {day}</translation>
    </message>
    <message>
        <source>{yes} for, {no} against</source>
        <translation>{yes} za, {no} przeciw</translation>
    </message>
    <message>
        <source>{yes} for, {no} against, {abstained} abstained</source>
        <translation>{yes} za, {no} przeciw, wstrzymało się {abstained}</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n more match; type more of the name.</source>
        <translation>
            <numerusform>Pasuje jeszcze %n osoba; wpisz więcej liter nazwiska.</numerusform>
            <numerusform>Pasują jeszcze %n osoby; wpisz więcej liter nazwiska.</numerusform>
            <numerusform>Pasuje jeszcze %n osób; wpisz więcej liter nazwiska.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>Zaznaczono: %n</numerusform>
            <numerusform>Zaznaczono: %n</numerusform>
            <numerusform>Zaznaczono: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find by name:</source>
        <translation>&amp;Szukaj po nazwisku:</translation>
    </message>
    <message>
        <source>&amp;Guests (not in the vault):</source>
        <translation>&amp;Goście (spoza sejfu):</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup written.</source>
        <translation>Zapisano automatyczną kopię zapasową.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %s</source>
        <translation>Automatyczna kopia zapasowa nie powiodła się: %s</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>nieoczekiwany błąd</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Poziom:</translation>
    </message>
    <message>
        <source>&amp;Member of:</source>
        <translation>Należy &amp;do:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Recall rule:</source>
        <translation>Zasada &amp;odwołania:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Zakład pracy:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>(szczyt drzewa)</translation>
    </message>
    <message>
        <source>Edit the council</source>
        <translation>Edytuj radę</translation>
    </message>
    <message>
        <source>Edit the forum</source>
        <translation>Edytuj forum</translation>
    </message>
    <message>
        <source>New council</source>
        <translation>Nowa rada</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nowe forum</translation>
    </message>
    <message>
        <source>e.g. Delegates recallable at any meeting; notice a week before.</source>
        <translation>np. Delegatów można odwołać na każdym zebraniu; zawiadomienie tydzień wcześniej.</translation>
    </message>
    <message>
        <source>e.g. area, workplace, city, region</source>
        <translation>np. dział, zakład pracy, miasto, region</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <source>&amp;Areas:</source>
        <translation>&amp;Działy:</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Pytania:</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Działy</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>&amp;Zebranie rady:</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Zebranie rady</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>Liczby &amp;na dzień:</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Jedno pytanie w wierszu</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>meeting: this forum has no council meeting to brief on yet.</source>
        <translation>zebranie: to forum nie ma jeszcze zebrania rady, do którego można przygotować informację.</translation>
    </message>
</context>
<context>
    <name>BundleDialogs</name>
    <message>
        <source>Bundle for {council}. Personal data in it:</source>
        <translation>Pakiet dla: {council}. Zawarte dane osobowe:</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Wybierz, gdzie zapisać…</translation>
    </message>
    <message>
        <source>Give this card to the other vault&apos;s holder; compare the fingerprint in person.</source>
        <translation>Przekaż tę kartę posiadaczowi drugiego sejfu; porównajcie odcisk osobiście.</translation>
    </message>
    <message>
        <source>Import a council bundle</source>
        <translation>Importuj pakiet rady</translation>
    </message>
    <message>
        <source>Import it anyway?</source>
        <translation>Zaimportować mimo to?</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <source>Save the council bundle</source>
        <translation>Zapisz pakiet rady</translation>
    </message>
    <message>
        <source>Send a council bundle</source>
        <translation>Wyślij pakiet rady</translation>
    </message>
    <message>
        <source>This vault&apos;s public key card</source>
        <translation>Karta klucza publicznego tego sejfu</translation>
    </message>
</context>
<context>
    <name>BundlesPanel</name>
    <message>
        <source>&amp;Check personal data</source>
        <translation>&amp;Sprawdź dane osobowe</translation>
    </message>
    <message>
        <source>&amp;Import a bundle, agenda or decisions…</source>
        <translation>&amp;Importuj pakiet, porządek obrad lub decyzje…</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>Zapisz &amp;pakiet…</translation>
    </message>
    <message>
        <source>&amp;Trust a key card…</source>
        <translation>Zau&amp;faj karcie klucza…</translation>
    </message>
    <message>
        <source>Bundle saved for {council}, meeting of {day}.</source>
        <translation>Zapisano pakiet dla: {council}, zebranie {day}.</translation>
    </message>
    <message>
        <source>Conflicting mandates</source>
        <translation>Sprzeczne mandaty</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Rozbieżności</translation>
    </message>
    <message>
        <source>Council &amp;key:</source>
        <translation>&amp;Klucz rady:</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>&amp;Zebranie rady:</translation>
    </message>
    <message>
        <source>Council decisions</source>
        <translation>Decyzje rady</translation>
    </message>
    <message>
        <source>Council key</source>
        <translation>Klucz rady</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Zebranie rady</translation>
    </message>
    <message>
        <source>Decisions and report-backs</source>
        <translation>Decyzje i sprawozdania</translation>
    </message>
    <message>
        <source>Figures over time</source>
        <translation>Liczby w czasie</translation>
    </message>
    <message>
        <source>Figures per forum</source>
        <translation>Liczby według forów</translation>
    </message>
    <message>
        <source>Import from a member or a council</source>
        <translation>Import od członka lub rady</translation>
    </message>
    <message>
        <source>Imported the agenda of {council}, meeting of {day} (items: {n}), ready for mandates (see the council&apos;s Meetings tab).</source>
        <translation>Zaimportowano porządek obrad: {council}, zebranie z dnia {day} (punkty: {n}), gotowy do mandatów (zobacz kartę Zebrania rady).</translation>
    </message>
    <message>
        <source>Imported the bundle from {forum} (trusted as &apos;{peer}&apos;): council meeting {day}; mandates: {m}, areas: {a}, delegates: {d}.</source>
        <translation>Zaimportowano pakiet z forum {forum} (zaufany jako &apos;{peer}&apos;): zebranie rady {day}; mandaty: {m}, działy: {a}, delegaci: {d}.</translation>
    </message>
    <message>
        <source>Imported the decisions of {council}, meeting of {day}. Items: {n}; report-back drafts filled: {d}.</source>
        <translation>Zaimportowano decyzje: {council}, zebranie z dnia {day}. Punkty: {n}; wypełnione szkice sprawozdań: {d}.</translation>
    </message>
    <message>
        <source>Include the retaliation log (nobody named)</source>
        <translation>Dołącz rejestr represji (bez nazwisk)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klucze</translation>
    </message>
    <message>
        <source>Mandates and report-backs: {m}; areas of figures: {a}.</source>
        <translation>Mandaty i sprawozdania: {m}; działy z liczbami: {a}.</translation>
    </message>
    <message>
        <source>Mandates per agenda item</source>
        <translation>Mandaty według punktów porządku obrad</translation>
    </message>
    <message>
        <source>Mandates per item</source>
        <translation>Mandaty według punktów</translation>
    </message>
    <message>
        <source>Mutual aid and time bank</source>
        <translation>Pomoc wzajemna i bank czasu</translation>
    </message>
    <message>
        <source>No council meeting yet: schedule it on the council&apos;s Meetings tab</source>
        <translation>Brak zebrania rady: zaplanuj je na karcie Zebrania rady</translation>
    </message>
    <message>
        <source>No coworker names, notes, phones or e-mails are ever included.</source>
        <translation>Nigdy nie są dołączane nazwiska, notatki, telefony ani e-maile współpracowników.</translation>
    </message>
    <message>
        <source>No trusted council yet: use Trust a key card…</source>
        <translation>Brak zaufanej rady: użyj Zaufaj karcie klucza…</translation>
    </message>
    <message>
        <source>Our delegate voted against the mandate on: {items}.</source>
        <translation>Nasz delegat głosował wbrew mandatowi w: {items}.</translation>
    </message>
    <message>
        <source>Personal data in this bundle:</source>
        <translation>Dane osobowe w tym pakiecie:</translation>
    </message>
    <message>
        <source>Roll-up of what members sent, and the decisions received</source>
        <translation>Zestawienie tego, co przysłali członkowie, i otrzymane decyzje</translation>
    </message>
    <message>
        <source>Send a bundle up (choose a forum or a council on the left)</source>
        <translation>Wyślij pakiet wyżej (wybierz forum lub radę po lewej)</translation>
    </message>
    <message>
        <source>Send the members&apos; figures only in &amp;total</source>
        <translation>Wysyłaj liczby członków tylko &amp;łącznie</translation>
    </message>
    <message>
        <source>This vault has no keys yet (made on first use).</source>
        <translation>Ten sejf nie ma jeszcze kluczy (zostaną utworzone przy pierwszym użyciu).</translation>
    </message>
    <message>
        <source>This vault&apos;s &amp;key card…</source>
        <translation>Karta klucza &amp;tego sejfu…</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint: {fp}</source>
        <translation>Odcisk tego sejfu: {fp}</translation>
    </message>
    <message>
        <source>Trusted: {name}.</source>
        <translation>Zaufano: {name}.</translation>
    </message>
</context>
<context>
    <name>CareFollowUps</name>
    <message>
        <source>Done…</source>
        <translation>Wykonano…</translation>
    </message>
    <message>
        <source>Mutual aid and check-ins due</source>
        <translation>Pomoc wzajemna i należne kontakty</translation>
    </message>
    <message>
        <source>Open the member</source>
        <translation>Otwórz członka</translation>
    </message>
</context>
<context>
    <name>CarePanel</name>
    <message>
        <source> ⚠ overdue</source>
        <translation> ⚠ po terminie</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Opieka</translation>
    </message>
    <message>
        <source>Choose a person to see their care.</source>
        <translation>Wybierz osobę, aby zobaczyć jej opiekę.</translation>
    </message>
    <message>
        <source>Log retaliation…</source>
        <translation>Zapisz represję…</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nic nie zapisano.</translation>
    </message>
    <message>
        <source>Plan a check-in…</source>
        <translation>Zaplanuj kontakt…</translation>
    </message>
    <message>
        <source>check-in due {day}{late}</source>
        <translation>kontakt do {day}{late}</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>oferta</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>oferty</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>otwarta potrzeba</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>otwarte potrzeby</translation>
    </message>
    <message>
        <source>retaliation incident logged</source>
        <translation>zapisany incydent represji</translation>
    </message>
    <message>
        <source>retaliation incidents logged</source>
        <translation>zapisane incydenty represji</translation>
    </message>
    <message>
        <source>{bank}: {balance}</source>
        <translation>{bank}: {balance}</translation>
    </message>
</context>
<context>
    <name>CareStrip</name>
    <message>
        <source>Care: </source>
        <translation>Opieka: </translation>
    </message>
    <message>
        <source>No check-in overdue</source>
        <translation>Brak zaległych kontaktów</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>otwarta potrzeba</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>otwarte potrzeby</translation>
    </message>
    <message>
        <source>standing offer</source>
        <translation>stała oferta</translation>
    </message>
    <message>
        <source>standing offers</source>
        <translation>stałe oferty</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Dział:</translation>
    </message>
    <message>
        <source>&amp;Incident on:</source>
        <translation>Data zdarzen&amp;ia:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numer:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>(title hidden from calendar exports)</source>
        <translation>(tytuł ukryty w eksporcie do kalendarza)</translation>
    </message>
    <message>
        <source>Add &amp;grievant…</source>
        <translation>Dodaj &amp;skarżącego…</translation>
    </message>
    <message>
        <source>Already filed, on:</source>
        <translation>Już złożona, dnia:</translation>
    </message>
    <message>
        <source>C&amp;hoose steward…</source>
        <translation>&amp;Wybierz męża zaufania…</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>&amp;Układ zbiorowy:</translation>
    </message>
    <message>
        <source>Contract a&amp;rticle:</source>
        <translation>&amp;Artykuł układu:</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>Skarżący</translation>
    </message>
    <message>
        <source>Grievants:</source>
        <translation>Skarżący:</translation>
    </message>
    <message>
        <source>Knew later, on:</source>
        <translation>Dowiedziano się później, dnia:</translation>
    </message>
    <message>
        <source>No steward</source>
        <translation>Brak męża zaufania</translation>
    </message>
    <message>
        <source>Remove grievant</source>
        <translation>Usuń skarżącego</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Poufne</translation>
    </message>
    <message>
        <source>Steward:</source>
        <translation>Mąż zaufania:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>The title is hidden from calendar exports.</source>
        <translation>Tytuł jest ukryty w eksporcie do kalendarza.</translation>
    </message>
    <message>
        <source>automatic (G-YEAR-NNN)</source>
        <translation>automatycznie (G-ROK-NNN)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ChartFilterDialog</name>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Komitet:</translation>
    </message>
    <message>
        <source>&amp;FT/PT:</source>
        <translation>&amp;Etat (FT/PT):</translation>
    </message>
    <message>
        <source>&amp;Stale:</source>
        <translation>&amp;Nieaktualne:</translation>
    </message>
    <message>
        <source>&amp;Unreached only (tied to nobody on the committee)</source>
        <translation>&amp;Tylko nieobjęci (niepowiązani z nikim z komitetu)</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Słowa:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Dowolne</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Ocena:</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Wy&amp;czyść wszystko</translation>
    </message>
    <message>
        <source>Filter the chart</source>
        <translation>Filtruj mapę</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Organic &amp;leaders only</source>
        <translation>Tylko naturalni &amp;liderzy</translation>
    </message>
    <message>
        <source>names, jobs, notes…</source>
        <translation>nazwiska, prace, notatki…</translation>
    </message>
</context>
<context>
    <name>ChartFilters</name>
    <message>
        <source>assessed lately</source>
        <translation>oceniani niedawno</translation>
    </message>
    <message>
        <source>organic leaders</source>
        <translation>naturalni liderzy</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>nieaktualni</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>nieobjęci</translation>
    </message>
</context>
<context>
    <name>ChartSheetForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Dział:</translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation>Puste &amp;wiersze:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>&amp;Stan na:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>area: the vault has no areas yet; add them on the Map page.</source>
        <translation>dział: sejf nie ma jeszcze działów; dodaj je na stronie Mapa.</translation>
    </message>
</context>
<context>
    <name>ChartViewBar</name>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Widok:</translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it with this one?</source>
        <translation>Widok o nazwie „%1” już istnieje. Zastąpić go tym widokiem?</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>Widok mapy</translation>
    </message>
    <message>
        <source>Col&amp;umns…</source>
        <translation>Kol&amp;umny…</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>Usuń ten widok</translation>
    </message>
    <message>
        <source>F&amp;ilter…</source>
        <translation>&amp;Filtruj…</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nazwa widoku:</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Tylko: %1</translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation>Zastąp widok</translation>
    </message>
    <message>
        <source>Save as a view…</source>
        <translation>Zapisz jako widok…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Zapisz widok</translation>
    </message>
    <message>
        <source>View&amp;s</source>
        <translation>&amp;Widoki</translation>
    </message>
    <message>
        <source>only the view, no one&apos;s data</source>
        <translation>tylko widok, bez niczyich danych</translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation>widok „%1”</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Po:</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>&amp;Skarga:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Członek:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Dnia:</translation>
    </message>
    <message>
        <source>&amp;Who checks in:</source>
        <translation>&amp;Kto się kontaktuje:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Check in &amp;by:</source>
        <translation>Kontakt &amp;do:</translation>
    </message>
    <message>
        <source>Check in by</source>
        <translation>Kontakt do</translation>
    </message>
    <message>
        <source>Event on</source>
        <translation>Data zdarzenia</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Skarga</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Plan a check-in</source>
        <translation>Zaplanuj kontakt</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>&amp;Co się stało:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Who checks in</source>
        <translation>Kto się kontaktuje</translation>
    </message>
</context>
<context>
    <name>CloseNeedForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>Za&amp;kończono:</translation>
    </message>
    <message>
        <source>&amp;Reason (for unmet):</source>
        <translation>&amp;Powód (niespełnione):</translation>
    </message>
    <message>
        <source>Close a need</source>
        <translation>Zamknij potrzebę</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Zamknięto dnia</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Jak się zakończyło</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Wybierz kolor</translation>
    </message>
</context>
<context>
    <name>CommitteeDialogs</name>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Karta:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>Od&amp;cisk:</translation>
    </message>
    <message>
        <source>&amp;Load a card file…</source>
        <translation>&amp;Wczytaj plik karty…</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>&amp;Nazwa tutaj:</translation>
    </message>
    <message>
        <source>Key card</source>
        <translation>Karta klucza</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>Zostaw puste, aby użyć nazwy z karty</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>Wklej kartę: &apos;Forum Kit public key card v1&apos; …</translation>
    </message>
    <message>
        <source>Save the review sheet</source>
        <translation>Zapisz arkusz przeglądu</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>Wpisz porównany odcisk</translation>
    </message>
</context>
<context>
    <name>CommitteeLists</name>
    <message>
        <source>reviewed: {accepted} accepted, {declined} declined</source>
        <translation>przejrzane: przyjęte {accepted}, odrzucone {declined}</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>czeka na przegląd</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message numerus="yes">
        <source>%n copies written to {folder}. Give each steward theirs (a stick, a message): it opens only in their vault.</source>
        <translation>
            <numerusform>Zapisano %n kopię w {folder}. Przekaż ją mężowi zaufania (pendrive, wiadomość): otworzy się tylko w jego sejfie.</numerusform>
            <numerusform>Zapisano %n kopie w {folder}. Przekaż każdemu mężowi zaufania jego kopię (pendrive, wiadomość): otworzy się tylko w jego sejfie.</numerusform>
            <numerusform>Zapisano %n kopii w {folder}. Przekaż każdemu mężowi zaufania jego kopię (pendrive, wiadomość): otworzy się tylko w jego sejfie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a steward…</source>
        <translation>Dodaj &amp;męża zaufania…</translation>
    </message>
    <message>
        <source>&amp;Back to my chart</source>
        <translation>&amp;Wróć do mojej mapy</translation>
    </message>
    <message>
        <source>&amp;Grievance step…</source>
        <translation>&amp;Etap skargi…</translation>
    </message>
    <message>
        <source>&amp;My copies</source>
        <translation>&amp;Moje kopie</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nowy kontakt…</translation>
    </message>
    <message>
        <source>&amp;Open a copy file…</source>
        <translation>&amp;Otwórz plik kopii…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>&amp;Send my report…</source>
        <translation>&amp;Wyślij mój raport…</translation>
    </message>
    <message>
        <source>&amp;Take in a report…</source>
        <translation>&amp;Przyjmij raport…</translation>
    </message>
    <message>
        <source>Atten&amp;dance…</source>
        <translation>&amp;Obecność…</translation>
    </message>
    <message>
        <source>Change &amp;scope…</source>
        <translation>Zmień &amp;zakres…</translation>
    </message>
    <message>
        <source>Co&amp;rrect details…</source>
        <translation>&amp;Popraw dane…</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Członkowie komitetu</translation>
    </message>
    <message>
        <source>Copies from {name} open here now (Open a copy file…).</source>
        <translation>Kopie od {name} otwierają się teraz tutaj (Otwórz plik kopii…).</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>Posiadane kopie</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>Raporty z terenu</translation>
    </message>
    <message>
        <source>Folder for the copies</source>
        <translation>Folder na kopie</translation>
    </message>
    <message>
        <source>Grievance te&amp;xt…</source>
        <translation>&amp;Tekst skargi…</translation>
    </message>
    <message>
        <source>Keep the &amp;chart</source>
        <translation>Zachowaj &amp;mapę</translation>
    </message>
    <message>
        <source>My report</source>
        <translation>Mój raport</translation>
    </message>
    <message>
        <source>My report (show a copy to log what you did in it)</source>
        <translation>Mój raport (pokaż kopię, aby zapisać, co w niej zrobiono)</translation>
    </message>
    <message>
        <source>My report (what you logged in the copy shown)</source>
        <translation>Mój raport (co zapisano w pokazanej kopii)</translation>
    </message>
    <message>
        <source>My report in the copy shown ({label})</source>
        <translation>Mój raport w pokazanej kopii ({label})</translation>
    </message>
    <message>
        <source>No more copies for them; what they reported stays, with who reported it.</source>
        <translation>Koniec kopii dla tej osoby; to, co zgłosiła, zostaje, z informacją, kto to zgłosił.</translation>
    </message>
    <message>
        <source>One-on-&amp;one…</source>
        <translation>Rozmowa jeden na &amp;jeden…</translation>
    </message>
    <message>
        <source>Open a committee copy</source>
        <translation>Otwórz kopię komitetu</translation>
    </message>
    <message>
        <source>Re&amp;view report…</source>
        <translation>&amp;Przejrzyj raport…</translation>
    </message>
    <message>
        <source>Remove entr&amp;y</source>
        <translation>Usuń &amp;wpis</translation>
    </message>
    <message>
        <source>S&amp;how this copy</source>
        <translation>&amp;Pokaż tę kopię</translation>
    </message>
    <message>
        <source>Save your field report</source>
        <translation>Zapisz swój raport z terenu</translation>
    </message>
    <message>
        <source>Send &amp;copies…</source>
        <translation>Wyślij &amp;kopie…</translation>
    </message>
    <message>
        <source>Show my &amp;key card…</source>
        <translation>Pokaż moją &amp;kartę klucza…</translation>
    </message>
    <message>
        <source>Stewards of the committee get a copy of their scope, encrypted to their key card alone, and send back field reports you review change by change.</source>
        <translation>Mężowie zaufania z komitetu dostają kopię swojego zakresu, zaszyfrowaną tylko dla ich karty klucza, i odsyłają raporty z terenu, które przeglądasz zmiana po zmianie.</translation>
    </message>
    <message>
        <source>Structure t&amp;est…</source>
        <translation>T&amp;est struktury…</translation>
    </message>
    <message>
        <source>Take in a field report</source>
        <translation>Przyjmij raport z terenu</translation>
    </message>
    <message>
        <source>Take {name} off the committee</source>
        <translation>Usuń {name} z komitetu</translation>
    </message>
    <message>
        <source>The keeper accepted {a} of your entries and declined {d}.</source>
        <translation>Opiekun mapy zaakceptował Twoje wpisy: {a}, odrzucił: {d}.</translation>
    </message>
    <message>
        <source>The scope changes with the next copy.</source>
        <translation>Zakres zmieni się z następną kopią.</translation>
    </message>
    <message>
        <source>This vault&apos;s key card: {name}, fingerprint {fp}</source>
        <translation>Karta klucza tego sejfu: {name}, odcisk {fp}</translation>
    </message>
    <message>
        <source>Trust a &amp;keeper…</source>
        <translation>&amp;Zaufaj opiekunowi…</translation>
    </message>
    <message>
        <source>Your report ({n} entries) for {keeper} is in {file}: give it to them (a stick, a message); it opens only in their vault.</source>
        <translation>Twój raport (wpisy: {n}) dla {keeper} jest w pliku {file}: przekaż go (pendrive, wiadomość); otworzy się tylko w jego sejfie.</translation>
    </message>
    <message>
        <source>{label} opened: {people} people.</source>
        <translation>Otwarto {label}: osoby: {people}.</translation>
    </message>
    <message>
        <source>{name} is off the committee.</source>
        <translation>{name} nie jest już w komitecie.</translation>
    </message>
    <message>
        <source>{name} is on the committee. Send them a copy (Send copies…).</source>
        <translation>{name} jest w komitecie. Wyślij tej osobie kopię (Wyślij kopie…).</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Forum Kit</source>
        <translation>Forum Kit</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>Nie można zapisać zmiany. Niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>CommunityLists</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Confirm</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>Usunąć {what}?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>This will be lost:</source>
        <translation>Zostanie utracone:</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Dział</translation>
    </message>
    <message>
        <source>&amp;Committee</source>
        <translation>&amp;Komitet</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Stanowisko</translation>
    </message>
    <message>
        <source>&amp;Organic leader</source>
        <translation>Naturalny &amp;lider</translation>
    </message>
    <message>
        <source>&amp;Remove tie</source>
        <translation>&amp;Usuń powiązanie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>A&amp;ppend assessment</source>
        <translation>Dodaj &amp;ocenę</translation>
    </message>
    <message>
        <source>Add &amp;tie…</source>
        <translation>Dodaj po&amp;wiązanie…</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page.</source>
        <translation>Dodaj zakład pracy na stronie Mapa.</translation>
    </message>
    <message>
        <source>Add an area on the Map page first.</source>
        <translation>Najpierw dodaj dział na stronie Mapa.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Historia ocen</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Przed: %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Deklaracja</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>Deklaracja podpisana</translation>
    </message>
    <message>
        <source>Card signed on</source>
        <translation>Data podpisania deklaracji</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Emplo&amp;yment</source>
        <translation>&amp;Etat</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>Nr pracownika</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Numer pracownika</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation>&amp;Imię</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Last nam&amp;e</source>
        <translation>&amp;Nazwisko</translation>
    </message>
    <message>
        <source>New assessment level</source>
        <translation>Nowy poziom oceny</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Jeszcze nie oceniono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Save (Ctrl+S; Enter in a one-line field)</source>
        <translation>Zapisz (Ctrl+S; Enter w polu jednowierszowym)</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>Pou&amp;fne (nigdy nie drukowane ani eksportowane)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Data podpisania</translation>
    </message>
    <message>
        <source>Talks to</source>
        <translation>Rozmawia z</translation>
    </message>
    <message>
        <source>Talks to (social ties)</source>
        <translation>Rozmawia z (więzi społeczne)</translation>
    </message>
    <message>
        <source>evidence (which conversation or action)</source>
        <translation>dowód (która rozmowa lub działanie)</translation>
    </message>
    <message>
        <source>personal, never the company&apos;s</source>
        <translation>prywatny, nigdy służbowy</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Typical procedure</source>
        <translation>&amp;Typowa procedura</translation>
    </message>
    <message>
        <source>(no regions)</source>
        <translation>(brak regionów)</translation>
    </message>
    <message>
        <source>(whole country)</source>
        <translation>(cały kraj)</translation>
    </message>
    <message>
        <source>A calendar-day deadline on a day off moves to the next working day</source>
        <translation>Termin w dniach kalendarzowych przypadający na dzień wolny przesuwa się na następny dzień roboczy</translation>
    </message>
    <message>
        <source>Add &amp;holiday</source>
        <translation>Dodaj ś&amp;więto</translation>
    </message>
    <message>
        <source>Add &amp;public holidays</source>
        <translation>Dodaj święta &amp;państwowe</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Dodaj &amp;etap</translation>
    </message>
    <message>
        <source>Choose the country first.</source>
        <translation>Najpierw wybierz kraj.</translation>
    </message>
    <message>
        <source>Contract and grievance procedure</source>
        <translation>Układ zbiorowy i procedura skargowa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>Kraj…</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Data (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>Days off (weekend):</source>
        <translation>Dni wolne (weekend):</translation>
    </message>
    <message>
        <source>Grievance types that start at a later step</source>
        <translation>Rodzaje skarg zaczynające się na dalszym etapie</translation>
    </message>
    <message>
        <source>Holiday row {value}: write the date like 2026-12-25.</source>
        <translation>Święto w wierszu {value}: wpisz datę w postaci 2026-12-25.</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Święta</translation>
    </message>
    <message>
        <source>Leave “Answer days” empty when there is no answer limit (arbitration).</source>
        <translation>Zostaw „Dni na odpowiedź” puste, gdy nie ma terminu odpowiedzi (arbitraż).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>No holidays in {year}: deadlines this year may fall on public holidays. Add {year}&apos;s.</source>
        <translation>Brak świąt w roku {year}: terminy w tym roku mogą wypaść w święta. Dodaj święta na rok {year}.</translation>
    </message>
    <message>
        <source>No holidays yet: deadlines may fall on public holidays such as 25 December. Choose the country (and region) and add them.</source>
        <translation>Brak świąt: terminy mogą wypaść w święta, np. 25 grudnia. Wybierz kraj (i region) i dodaj je.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Usuń święto</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <source>Row {value} of the steps</source>
        <translation>Wiersz {value} etapów</translation>
    </message>
    <message>
        <source>Step {ordinal}</source>
        <translation>Etap {ordinal}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Steps and time limits</source>
        <translation>Etapy i terminy</translation>
    </message>
    <message>
        <source>That contract no longer exists.</source>
        <translation>Ten układ zbiorowy już nie istnieje.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>pierwszy etap</translation>
    </message>
    <message>
        <source>{where}: counts from</source>
        <translation>{where}: liczony od</translation>
    </message>
    <message>
        <source>{where}: start counts from</source>
        <translation>{where}: początek liczony od</translation>
    </message>
    <message>
        <source>{where}: the answer limit</source>
        <translation>{where}: termin odpowiedzi</translation>
    </message>
    <message>
        <source>{where}: the filing limit</source>
        <translation>{where}: termin złożenia</translation>
    </message>
    <message>
        <source>{where}: the start limit</source>
        <translation>{where}: termin początkowy</translation>
    </message>
    <message>
        <source>{where}: the step number</source>
        <translation>{where}: numer etapu</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>{what} must be a whole number of days.</source>
        <translation>{what}: musi być liczbą całkowitą dni.</translation>
    </message>
    <message>
        <source>{where}: “{part}” is not an event a limit counts from; use {words}.</source>
        <translation>{where}: „{part}” nie jest zdarzeniem, od którego liczy się termin; użyj: {words}.</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Problemy</translation>
    </message>
    <message>
        <source>&amp;Save conversation</source>
        <translation>&amp;Zapisz rozmowę</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(nikogo nie wybrano)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nie zapisano)</translation>
    </message>
    <message>
        <source>Assess&amp;ment after</source>
        <translation>&amp;Ocena po</translation>
    </message>
    <message>
        <source>Assessment after the conversation</source>
        <translation>Ocena po rozmowie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Choose &amp;who talked…</source>
        <translation>Wybierz, &amp;kto rozmawiał…</translation>
    </message>
    <message>
        <source>Choose who the conversation was with.</source>
        <translation>Wybierz, z kim była rozmowa.</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Follow up &amp;by</source>
        <translation>Kon&amp;tynuacja do</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data kontynuacji</translation>
    </message>
    <message>
        <source>No new assessment</source>
        <translation>Bez nowej oceny</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>Pou&amp;fne (nigdy nie drukowane ani eksportowane)</translation>
    </message>
    <message>
        <source>That is me (preselect next time)</source>
        <translation>To ja (wybierz domyślnie następnym razem)</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>issues, comma separated: pay, rota, safety</source>
        <translation>problemy: płace, grafik, bezpieczeństwo</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Otwórz osobę</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Wszystkie działy</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Wcześniejsze rozmowy</translation>
    </message>
    <message>
        <source>Earlier conversations with this person</source>
        <translation>Wcześniejsze rozmowy z tą osobą</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Kontynuacje do zrobienia</translation>
    </message>
    <message>
        <source>Follow-ups in area</source>
        <translation>Kontynuacje w dziale</translation>
    </message>
    <message>
        <source>Follow-ups shown</source>
        <translation>Pokazane kontynuacje</translation>
    </message>
    <message>
        <source>Log a one-on-one</source>
        <translation>Zapisz rozmowę jeden na jeden</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Oznacz jako &amp;zrobione</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} due follow-ups (earliest first). Choose an area or a shorter time to narrow the list.</source>
        <translation>Pokazano {shown} z {total} kontynuacji do zrobienia (najwcześniejsze na początku). Wybierz dział lub krótszy okres, aby zawęzić listę.</translation>
    </message>
    <message>
        <source>The one-on-one you were writing is not saved.</source>
        <translation>Rozmowa jeden na jeden, którą zapisywano, nie została zapisana.</translation>
    </message>
</context>
<context>
    <name>CopyBanner</name>
    <message>
        <source>Back to my c&amp;hart</source>
        <translation>Wróć do mojej &amp;mapy</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Pokazana mapa</translation>
    </message>
    <message>
        <source>Send my re&amp;port…</source>
        <translation>Wyślij mój &amp;raport…</translation>
    </message>
    <message>
        <source>{label} · read-only</source>
        <translation>{label} · tylko do odczytu</translation>
    </message>
    <message>
        <source>{label}. Nothing in it can be changed here: what you do on the floor goes into your report (Committee page, My copies).</source>
        <translation>{label}. Niczego w niej nie można tu zmienić: to, co robisz w terenie, trafia do Twojego raportu (strona Komitet, Moje kopie).</translation>
    </message>
</context>
<context>
    <name>CopyMode</name>
    <message>
        <source>The copy is ready: search finds its one-on-one notes.</source>
        <translation>Kopia jest gotowa: wyszukiwanie znajduje notatki z rozmów jeden na jeden.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Covered.</source>
        <translation>Pokryte.</translation>
    </message>
    <message>
        <source>Short by {short}.</source>
        <translation>Brakuje: {short}.</translation>
    </message>
    <message>
        <source>The committee has nobody here.</source>
        <translation>Komitet nie ma tu nikogo.</translation>
    </message>
    <message>
        <source>{where}. People: {people}; committee members: {members}; helpers: {helpers}; one in ten needs {needed}.</source>
        <translation>{where}. Osoby: {people}; członkowie komitetu: {members}; pomocnicy: {helpers}; jeden na dziesięciu wymaga: {needed}.</translation>
    </message>
    <message>
        <source>{where}: nobody works here.</source>
        <translation>{where}: nikt tu nie pracuje.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>%1 people, %2 on the committee (C): one in ten needs %3.</source>
        <translation>Osób: %1, w komitecie (C): %2; jeden na dziesięciu wymaga %3.</translation>
    </message>
    <message>
        <source>(one grouping)</source>
        <translation>(jedno grupowanie)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Co&amp;lumns by:</source>
        <translation>K&amp;olumny według:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Committee coverage</source>
        <translation>Pokrycie komitetu</translation>
    </message>
    <message>
        <source>Every group has someone on the committee.</source>
        <translation>Każda grupa ma kogoś w komitecie.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Row&amp;s by:</source>
        <translation>&amp;Wiersze według:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Zmiana</translation>
    </message>
    <message numerus="yes">
        <source>The committee has nobody in %n group(s), marked red.</source>
        <translation>
            <numerusform>Komitet nie ma nikogo w %n grupie (na czerwono).</numerusform>
            <numerusform>Komitet nie ma nikogo w %n grupach (na czerwono).</numerusform>
            <numerusform>Komitet nie ma nikogo w %n grupach (na czerwono).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>&amp;Again</source>
        <translation>Po&amp;wtórz</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Utwórz sejf</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>F&amp;older</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Fraza hasła</translation>
    </message>
    <message>
        <source>A vault is an encrypted folder on this computer. Choose a long passphrase: it cannot be recovered, only replaced with the recovery key shown after creating.</source>
        <translation>Sejf to zaszyfrowany folder na tym komputerze. Wybierz długą frazę hasła: nie da się jej odzyskać, można ją tylko zastąpić za pomocą klucza odzyskiwania wyświetlonego po utworzeniu sejfu.</translation>
    </message>
    <message>
        <source>Again: the two passphrases differ. Type the same one twice.</source>
        <translation>Powtórz: dwie frazy hasła się różnią. Wpisz dwa razy tę samą.</translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation>Folder sejfu</translation>
    </message>
    <message>
        <source>Folder: choose a folder that exists.</source>
        <translation>Folder: wybierz istniejący folder.</translation>
    </message>
    <message>
        <source>Name: a vault with that name already exists in this folder.</source>
        <translation>Nazwa: sejf o tej nazwie już istnieje w tym folderze.</translation>
    </message>
    <message>
        <source>Name: give the vault a name.</source>
        <translation>Nazwa: nadaj sejfowi nazwę.</translation>
    </message>
    <message>
        <source>Name: use letters, digits, spaces or dashes (no slashes).</source>
        <translation>Nazwa: użyj liter, cyfr, spacji lub myślników (bez ukośników).</translation>
    </message>
    <message>
        <source>Passphrase: use at least {n} characters.</source>
        <translation>Fraza hasła: użyj co najmniej {n} znaków.</translation>
    </message>
    <message>
        <source>e.g. warehouse-committee</source>
        <translation>np. komitet-magazyn</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Utwórz kopię zapasową…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>P&amp;rzywróć…</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>Utwórz kopię zapasową sejfu w</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Kopia zapasowa nie powiodła się</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Przywrócono kopię zapasową</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Zapisano kopię zapasową</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Wybierz plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Forum Kit backups (*.fkbackup)</source>
        <translation>Kopie zapasowe Forum Kit (*.fkbackup)</translation>
    </message>
    <message>
        <source>New vault folder (must not exist)</source>
        <translation>Nowy folder sejfu (nie może istnieć)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fraza hasła</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Przywracanie nie powiodło się</translation>
    </message>
    <message>
        <source>Restored into {path}. Open it from the start screen.</source>
        <translation>Przywrócono do {path}. Otwórz go na ekranie startowym.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Przywracanie…</translation>
    </message>
    <message>
        <source>The backup was written and verified: {path}</source>
        <translation>Zapisano i sprawdzono kopię zapasową: {path}</translation>
    </message>
    <message>
        <source>The operation failed; nothing was changed.</source>
        <translation>Operacja nie powiodła się; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase at the time of the backup:</source>
        <translation>Fraza hasła sejfu w chwili tworzenia kopii zapasowej:</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Zapisywanie kopii zapasowej…</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>For</source>
        <comment>what a deadline is for</comment>
        <translation>Czego dotyczy</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>(nie zapisano wniosku)</translation>
    </message>
    <message>
        <source>As the forum wants it shown to the council</source>
        <translation>Tak, jak forum chce to przedstawić radzie</translation>
    </message>
    <message>
        <source>C&amp;ouncil:</source>
        <translation>R&amp;ada:</translation>
    </message>
    <message>
        <source>Choose the council: there is none yet, so create it first (New council… beside the tree).</source>
        <translation>Wybierz radę: jeszcze żadnej nie ma, więc najpierw ją utwórz (Nowa rada… obok drzewa).</translation>
    </message>
    <message>
        <source>Elect a delegate</source>
        <translation>Wybierz delegata</translation>
    </message>
    <message>
        <source>Election &amp;motion:</source>
        <translation>&amp;Wniosek wyborczy:</translation>
    </message>
    <message>
        <source>From &amp;contacts…</source>
        <translation>Z &amp;kontaktów…</translation>
    </message>
    <message>
        <source>Give the delegate&apos;s name (or choose them from the contacts).</source>
        <translation>Podaj imię i nazwisko delegata (lub wybierz delegata z kontaktów).</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>Kadencja &amp;od:</translation>
    </message>
    <message>
        <source>Term &amp;to:</source>
        <translation>Kadencja &amp;do:</translation>
    </message>
    <message>
        <source>The term ends before it starts: check the term end.</source>
        <translation>Kadencja kończy się przed rozpoczęciem: sprawdź datę końca kadencji.</translation>
    </message>
    <message>
        <source>There is no council yet. Create the council first (New council… beside the tree).</source>
        <translation>Nie ma jeszcze rady. Najpierw utwórz radę (Nowa rada… obok drzewa).</translation>
    </message>
</context>
<context>
    <name>DelegatesAndMandates</name>
    <message>
        <source>&amp;Elect a delegate…</source>
        <translation>&amp;Wybierz delegata…</translation>
    </message>
    <message>
        <source>&amp;Pass a mandate…</source>
        <translation>U&amp;chwal mandat…</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>&amp;Odwołaj…</translation>
    </message>
    <message>
        <source>A mandate is for an agenda item of a council meeting: choose the council, schedule its meeting and add the agenda items first.</source>
        <translation>Mandat dotyczy punktu porządku obrad zebrania rady: najpierw wybierz radę, zaplanuj jej zebranie i dodaj punkty porządku obrad.</translation>
    </message>
    <message>
        <source>A recall is a motion of the forum: record the recall motion and its result in a meeting of this forum first (Meetings tab, Record a motion, kind Recall).</source>
        <translation>Odwołanie to wniosek forum: najpierw zapisz wniosek o odwołanie i jego wynik na zebraniu tego forum (karta Zebrania, Zapisz wniosek, rodzaj Odwołanie).</translation>
    </message>
    <message>
        <source>Choose the delegate to recall first.</source>
        <translation>Najpierw wybierz delegata do odwołania.</translation>
    </message>
    <message>
        <source>Choose the mandate to report back on first.</source>
        <translation>Najpierw wybierz mandat, którego dotyczy sprawozdanie.</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegaci</translation>
    </message>
    <message>
        <source>Delegates are elected by a forum: choose a forum on the left.</source>
        <translation>Delegatów wybiera forum: wybierz forum po lewej.</translation>
    </message>
    <message>
        <source>Delegates carry the forum&apos;s mandates and can be recalled by a carried recall motion of the forum.</source>
        <translation>Delegaci realizują mandaty forum i mogą zostać odwołani przyjętym wnioskiem forum o odwołanie.</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandaty</translation>
    </message>
    <message>
        <source>Mandates the forums in this vault gave on this council&apos;s agenda.</source>
        <translation>Mandaty, które fora z tego sejfu dały w sprawach z porządku obrad tej rady.</translation>
    </message>
    <message>
        <source>Recall this delegate?</source>
        <translation>Odwołać tego delegata?</translation>
    </message>
    <message>
        <source>Report &amp;back…</source>
        <translation>Złóż &amp;sprawozdanie…</translation>
    </message>
    <message>
        <source>The delegate&apos;s term ends on {day}.</source>
        <translation>Kadencja delegata kończy się {day}.</translation>
    </message>
    <message>
        <source>The forum&apos;s instructions to its delegate on council agenda items.</source>
        <translation>Instrukcje forum dla jego delegata w sprawie punktów porządku obrad rady.</translation>
    </message>
    <message>
        <source>They no longer carry the forum&apos;s mandates.</source>
        <translation>Nie realizują już mandatów forum.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Choose a picture</source>
        <translation>Wybierz obraz</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>Hasło (co najmniej 8 znaków):</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Chroń hasłem</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Zapisz dokument</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>To samo hasło ponownie:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>Dwa hasła się różnią; niczego nie zapisano.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> z hasłem (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Do&amp;kument:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;W:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Każdy, kto otrzyma plik, może go przeczytać.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Tworzenie podglądu…</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Rodzaj dokumentu</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Język dokumentu</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>Strony wysłane do drukarki: {n}.</translation>
    </message>
    <message>
        <source>Pages: {n}.</source>
        <translation>Strony: {n}.</translation>
    </message>
    <message>
        <source>Personal data in this document</source>
        <translation>Dane osobowe w tym dokumencie</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>Chroń &amp;hasłem</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>Zapisać PDF zawierający {what} bez hasła?</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>Zapisano{how}.</translation>
    </message>
    <message>
        <source>Stop building this document</source>
        <translation>Zatrzymaj tworzenie dokumentu</translation>
    </message>
    <message>
        <source>Stopped: the document was not built.</source>
        <translation>Zatrzymano: dokument nie został utworzony.</translation>
    </message>
    <message>
        <source>The document could not be built.</source>
        <translation>Nie można utworzyć dokumentu.</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>Zaznacz „Chroń hasłem”, aby go zaszyfrować.</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>pełne imiona i nazwiska współpracowników</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>inicjały współpracowników</translation>
    </message>
    <message>
        <source>each worker&apos;s assessment (by row number)</source>
        <translation>ocena każdego pracownika (według numeru wiersza)</translation>
    </message>
</context>
<context>
    <name>DownPanel</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Absent (no vote)</source>
        <translation>Nieobecny (bez głosu)</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Wstrzymuje się</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Przeciw</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punkt porządku obrad</translation>
    </message>
    <message>
        <source>Agenda of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>Porządek obrad: {council}, zebranie z dnia {day}, zapisany dla: {member}; punkty: {n}.</translation>
    </message>
    <message>
        <source>Decisions of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>Decyzje: {council}, zebranie z dnia {day}, zapisane dla: {member}; punkty: {n}.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Its vote on:</source>
        <translation>Jego głos w sprawie:</translation>
    </message>
    <message>
        <source>Mandates &amp;due by</source>
        <translation>&amp;Termin mandatów</translation>
    </message>
    <message>
        <source>Mee&amp;ting:</source>
        <translation>Ze&amp;branie:</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Czło&amp;nek:</translation>
    </message>
    <message>
        <source>Member&apos;s key</source>
        <translation>Klucz członka</translation>
    </message>
    <message>
        <source>No trusted member yet: trust its key card</source>
        <translation>Nie ma jeszcze zaufanego członka: zaufaj jego karcie klucza</translation>
    </message>
    <message>
        <source>Recorded: {member} voted {vote} on {item}.</source>
        <translation>Zapisano: {member} głosował „{vote}” w sprawie {item}.</translation>
    </message>
    <message>
        <source>Save &amp;agenda…</source>
        <translation>Zapisz &amp;porządek obrad…</translation>
    </message>
    <message>
        <source>Save d&amp;ecisions…</source>
        <translation>Zapisz d&amp;ecyzje…</translation>
    </message>
    <message>
        <source>Send down to a member (choose a council on the left)</source>
        <translation>Wyślij do członka (wybierz radę po lewej)</translation>
    </message>
    <message>
        <source>The council&apos;s meeting</source>
        <translation>Zebranie rady</translation>
    </message>
    <message>
        <source>The member&apos;s vote</source>
        <translation>Głos członka</translation>
    </message>
    <message>
        <source>Voted against its mandate: {items}.</source>
        <translation>Głosował wbrew mandatowi: {items}.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
</context>
<context>
    <name>EntryLogging</name>
    <message>
        <source>(no assessment)</source>
        <translation>(bez oceny)</translation>
    </message>
    <message>
        <source>Appealed to the next step</source>
        <translation>Odwołano do następnego etapu</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Poproszono</translation>
    </message>
    <message>
        <source>Correct what is wrong about {name}; each change goes to the keeper as its own entry.</source>
        <translation>Popraw błędne dane o {name}; każda zmiana trafia do opiekuna mapy jako osobny wpis.</translation>
    </message>
    <message>
        <source>Filed at its current step</source>
        <translation>Złożona na obecnym etapie</translation>
    </message>
    <message>
        <source>Logged for your next report.</source>
        <translation>Zapisano do następnego raportu.</translation>
    </message>
    <message>
        <source>Management answered at its current step</source>
        <translation>Kierownictwo odpowiedziało na obecnym etapie</translation>
    </message>
    <message>
        <source>Nothing differs from the copy; nothing was logged.</source>
        <translation>Nic nie różni się od kopii; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Uczestniczył(a)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmówił(a)</translation>
    </message>
    <message>
        <source>The entry was removed.</source>
        <translation>Wpis został usunięty.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Dodaj &amp;plik…</translation>
    </message>
    <message>
        <source>Copy saved. It is not encrypted: delete it when done.</source>
        <translation>Zapisano kopię. Nie jest zaszyfrowana: usuń ją, gdy skończysz.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Evidence is stored encrypted inside the vault. A saved copy is an ordinary, unencrypted file: keep it somewhere safe.</source>
        <translation>Dowody są przechowywane w sejfie w postaci zaszyfrowanej. Zapisana kopia to zwykły, niezaszyfrowany plik: przechowuj ją w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation>Podgląd dowodu</translation>
    </message>
    <message>
        <source>Evidence removed.</source>
        <translation>Usunięto dowód.</translation>
    </message>
    <message>
        <source>Evidence stored in the vault.</source>
        <translation>Zapisano dowód w sejfie.</translation>
    </message>
    <message>
        <source>No preview for this kind of file; use “Save a copy…”.</source>
        <translation>Brak podglądu dla tego rodzaju pliku; użyj „Zapisz kopię…”.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pod&amp;gląd</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Zapisz &amp;kopię…</translation>
    </message>
    <message>
        <source>The copy could not be written there.</source>
        <translation>Nie można zapisać kopii w tym miejscu.</translation>
    </message>
    <message>
        <source>The file could not be read; check it exists.</source>
        <translation>Nie można odczytać pliku; sprawdź, czy istnieje.</translation>
    </message>
    <message>
        <source>The file is larger than 25 MB; attach a smaller copy or an extract.</source>
        <translation>Plik jest większy niż 25 MB; dołącz mniejszą kopię lub fragment.</translation>
    </message>
    <message>
        <source>the file stored in the vault</source>
        <translation>plik przechowywany w sejfie</translation>
    </message>
    <message>
        <source>this evidence file</source>
        <translation>ten plik dowodu</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>&amp;Confirmed:</source>
        <translation>&amp;Potwierdzone:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Giver:</source>
        <translation>&amp;Dający:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Godziny:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Otrzymujący:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Co:</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1,5 lub 1:30</translation>
    </message>
    <message>
        <source>An hour is an hour, whatever the work.</source>
        <translation>Godzina to godzina, bez względu na rodzaj pracy.</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Potwierdził(a)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Dający</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Otrzymujący</translation>
    </message>
    <message>
        <source>Record a time-bank exchange</source>
        <translation>Zapisz wymianę w banku czasu</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zrobiono</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Export the grievance list</source>
        <translation>Eksportuj listę skarg</translation>
    </message>
    <message>
        <source>Export the people list</source>
        <translation>Eksportuj listę osób</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Include people and cases marked sensitive</source>
        <translation>Uwzględnij osoby i sprawy oznaczone jako poufne</translation>
    </message>
    <message>
        <source>The rows: the list as the page shows it, with its filters and in its order.</source>
        <translation>Wiersze: lista w takiej postaci, jak pokazuje ją strona, z jej filtrami i w jej kolejności.</translation>
    </message>
    <message>
        <source>The rows: the whole list of the workplace.</source>
        <translation>Wiersze: cała lista zakładu pracy.</translation>
    </message>
    <message>
        <source>The vault has no workplace yet; add one first.</source>
        <translation>Sejf nie ma jeszcze zakładu pracy; najpierw go dodaj.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Uzgodniono dnia:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nowa data:</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>Uzgodniono &amp;z:</translation>
    </message>
    <message>
        <source>Written extension</source>
        <translation>Przedłużenie na piśmie</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>np. kierownik kadr, na piśmie</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>A CSV, XLSX or ODS chart: one row per person.</source>
        <translation>Mapa zakładu w CSV, XLSX lub ODS: jeden wiersz na osobę.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Wybierz arkusz kalkulacyjny</translation>
    </message>
    <message>
        <source>Choose the encoding above, then Next.</source>
        <translation>Wybierz kodowanie powyżej, a potem Dalej.</translation>
    </message>
    <message>
        <source>Dates like 03/04/2025 are day/month (3 April)</source>
        <translation>Daty typu 03/04/2025 to dzień/miesiąc (3 kwietnia)</translation>
    </message>
    <message>
        <source>Detect (asks when unsure)</source>
        <translation>Wykryj (pyta w razie wątpliwości)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Wczytywanie pliku…</translation>
    </message>
    <message>
        <source>Text encoding (CSV)</source>
        <translation>Kodowanie tekstu (CSV)</translation>
    </message>
    <message>
        <source>The file could not be read; choose another file.</source>
        <translation>Nie można odczytać pliku; wybierz inny plik.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Zakład pracy</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>{day}  overdue</source>
        <translation>{day}  po terminie</translation>
    </message>
</context>
<context>
    <name>FormBase</name>
    <message>
        <source>Letter</source>
        <translation>Letter (USA)</translation>
    </message>
</context>
<context>
    <name>ForumForm</name>
    <message>
        <source>Count grievances marked &amp;sensitive</source>
        <translation>Licz skargi oznaczone jako &amp;poufne</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Liczby na dzień</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Off: cases marked sensitive are left out of the grievance counts, as the briefing says. Tick only when the forum agreed to report them.</source>
        <translation>Wyłączone: sprawy oznaczone jako poufne nie są wliczane do liczby skarg, zgodnie z informacją. Zaznacz tylko, gdy forum zgodziło się je zgłaszać.</translation>
    </message>
    <message>
        <source>forum: the vault has no forum yet; add one under Assemblies.</source>
        <translation>forum: sejf nie ma jeszcze forum; dodaj je w sekcji Zgromadzenia.</translation>
    </message>
</context>
<context>
    <name>FundEntryForm</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Członek:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Entries are never edited: a mistake is corrected by reversing the entry.</source>
        <translation>Wpisów nigdy się nie edytuje: błąd koryguje się stornem wpisu.</translation>
    </message>
    <message>
        <source>For the &amp;need:</source>
        <translation>Dla &amp;potrzeby:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>M&amp;emo:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potrzeba</translation>
    </message>
    <message>
        <source>Post to the fund</source>
        <translation>Zaksięguj w funduszu</translation>
    </message>
</context>
<context>
    <name>GlossaryTip</name>
    <message>
        <source>F1: the guide for this page</source>
        <translation>F1: przewodnik po tej stronie</translation>
    </message>
</context>
<context>
    <name>GrievanceChart</name>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>Grievance chart</source>
        <translation>Wykres skarg</translation>
    </message>
    <message>
        <source>Median days from the first filing to the outcome</source>
        <translation>Mediana dni od pierwszego złożenia do wyniku</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>Otwarte na koniec miesiąca</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Won, % of the cases closed</source>
        <translation>Wygrane, % spraw zamkniętych</translation>
    </message>
</context>
<context>
    <name>GrievanceEditor</name>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Sprawa</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Dowody</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Pisma</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Wynik</translation>
    </message>
    <message>
        <source>&amp;Steps and deadlines</source>
        <translation>&amp;Etapy i terminy</translation>
    </message>
    <message>
        <source>Choose a contract first (set one up with “Contract…”).</source>
        <translation>Najpierw wybierz układ zbiorowy (dodaj go przyciskiem „Układ zbiorowy…”).</translation>
    </message>
    <message>
        <source>New grievance</source>
        <translation>Nowa skarga</translation>
    </message>
    <message>
        <source>Your unsaved changes are back; save them when ready.</source>
        <translation>Niezapisane zmiany zostały przywrócone; zapisz je, gdy będą gotowe.</translation>
    </message>
</context>
<context>
    <name>GrievanceEvidence</name>
    <message>
        <source>Add evidence</source>
        <translation>Dodaj dowód</translation>
    </message>
    <message>
        <source>Save a copy (not encrypted)</source>
        <translation>Zapisz kopię (niezaszyfrowaną)</translation>
    </message>
</context>
<context>
    <name>GrievanceLists</name>
    <message>
        <source>Closed: {outcome}</source>
        <translation>Zamknięta: {outcome}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>GrievanceReviewView</name>
    <message>
        <source> · {n} marked sensitive left out</source>
        <translation> · pominięte jako poufne: {n}</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Zakład pracy:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{open} open&lt;/b&gt; ({overdue} overdue, {soon} due within a few working days) · &lt;b&gt;{closed} closed&lt;/b&gt; since {start}: won {won}, settled {settled}, withdrawn {withdrawn}, lost {lost}, lapsed {lapsed} · win rate &lt;b&gt;{rate}&lt;/b&gt; · median {days} days to resolution</source>
        <translation>&lt;b&gt;Otwarte: {open}&lt;/b&gt; (po terminie: {overdue}, termin w ciągu kilku dni roboczych: {soon}) · &lt;b&gt;zamknięte od {start}: {closed}&lt;/b&gt;: wygrane {won}, ugody {settled}, wycofane {withdrawn}, przegrane {lost}, wygasłe {lapsed} · odsetek wygranych &lt;b&gt;{rate}&lt;/b&gt; · mediana {days} dni do rozstrzygnięcia</translation>
    </message>
    <message>
        <source>As o&amp;f:</source>
        <translation>&amp;Na dzień:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Tworzenie raportu…</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Według miesięcy</translation>
    </message>
    <message>
        <source>By steward, step, area, article</source>
        <translation>Według męża zaufania, etapu, działu, artykułu</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>Closed &amp;since:</source>
        <translation>Zamknięte &amp;od:</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Zamknięte sprawy</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>Every workplace</source>
        <translation>Każdy zakład pracy</translation>
    </message>
    <message>
        <source>Include cases marked &amp;sensitive</source>
        <translation>Uwzględnij sprawy oznaczone jako &amp;poufne</translation>
    </message>
    <message>
        <source>Name &amp;grievants</source>
        <translation>Wymień &amp;skarżących</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Otwarte sprawy</translation>
    </message>
    <message>
        <source>Outcomes and months</source>
        <translation>Wyniki i miesiące</translation>
    </message>
    <message>
        <source>Outcomes by article</source>
        <translation>Wyniki według artykułu</translation>
    </message>
    <message>
        <source>Outcomes by type</source>
        <translation>Wyniki według rodzaju</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Okres od</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Chroń hasłem</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Zapisano raport.</translation>
    </message>
    <message>
        <source>Save report &amp;PDF…</source>
        <translation>Zapisz raport jako &amp;PDF…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Nie można odczytać liczb.</translation>
    </message>
    <message>
        <source>The period starts after its end; choose an earlier “Closed since” date.</source>
        <translation>Okres zaczyna się po swoim końcu; wybierz wcześniejszą datę „Zamknięte od”.</translation>
    </message>
    <message>
        <source>Win rate: won as a share of the cases closed (settlements counted apart). Days: from the first filing to the outcome.</source>
        <translation>Odsetek wygranych: wygrane jako część spraw zamkniętych (ugody liczone osobno). Dni: od pierwszego złożenia do wyniku.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Zakład pracy</translation>
    </message>
</context>
<context>
    <name>Grievances</name>
    <message>
        <source>Export deadlines to a calendar file</source>
        <translation>Eksportuj terminy do pliku kalendarza</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>GrievancesPage</name>
    <message numerus="yes">
        <source>%n deadline(s) exported.</source>
        <translation>
            <numerusform>Wyeksportowano %n termin.</numerusform>
            <numerusform>Wyeksportowano %n terminy.</numerusform>
            <numerusform>Wyeksportowano %n terminów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grievances</source>
        <translation>
            <numerusform>%n skarga</numerusform>
            <numerusform>%n skargi</numerusform>
            <numerusform>%n skarg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Dział:</translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation>&amp;Układ zbiorowy…</translation>
    </message>
    <message>
        <source>&amp;New grievance</source>
        <translation>&amp;Nowa skarga</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>1 grievance</source>
        <translation>1 skarga</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Dowolny dział</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>Dowolny etap</translation>
    </message>
    <message>
        <source>Any steward</source>
        <translation>Dowolny mąż zaufania</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Dowolny typ</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <source>Committee re&amp;view</source>
        <translation>&amp;Przegląd komitetu</translation>
    </message>
    <message>
        <source>E&amp;xport deadlines (.ics)…</source>
        <translation>&amp;Eksportuj terminy (.ics)…</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>Skargi</translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation>Sza&amp;blony pism…</translation>
    </message>
    <message>
        <source>No deadline overdue</source>
        <translation>Brak terminów po czasie</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>E&amp;tap:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ste&amp;ward:</source>
        <translation>&amp;Mąż zaufania:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Mąż zaufania</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>include grievants&apos; names</source>
        <translation>uwzględnij nazwiska skarżących</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n po terminie</numerusform>
            <numerusform>⚠ %n po terminie</numerusform>
            <numerusform>⚠ %n po terminie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>Growth chart</source>
        <translation>Wykres wzrostu</translation>
    </message>
    <message>
        <source>{label}: nobody works in these areas yet</source>
        <translation>{label}: nikt jeszcze nie pracuje w tych działach</translation>
    </message>
</context>
<context>
    <name>GrowthLists</name>
    <message>
        <source>below 1:10</source>
        <translation>poniżej 1:10</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message numerus="yes">
        <source>%n areas ticked; the chart compares the first {max} (untick some to choose).</source>
        <translation>
            <numerusform>Zaznaczono %n dział; wykres porównuje pierwsze {max} (odznacz część, aby wybrać).</numerusform>
            <numerusform>Zaznaczono %n działy; wykres porównuje pierwsze {max} (odznacz część, aby wybrać).</numerusform>
            <numerusform>Zaznaczono %n działów; wykres porównuje pierwsze {max} (odznacz część, aby wybrać).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stan na:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Liczba:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Za&amp;kres:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Zakład pracy:</translation>
    </message>
    <message>
        <source>Areas to compare</source>
        <translation>Działy do porównania</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message numerus="yes">
        <source>Compare areas (up to %n):</source>
        <translation>
            <numerusform>Porównaj działy (najwyżej %n):</numerusform>
            <numerusform>Porównaj działy (najwyżej %n):</numerusform>
            <numerusform>Porównaj działy (najwyżej %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Every area as of {day}: {below} below the 1:10 committee target (listed first).</source>
        <translation>Wszystkie działy na dzień {day}: poniżej celu komitetu 1:10: {below} (na początku listy).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Figures by area</source>
        <translation>Liczby według działów</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zakres czasu</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Zakład pracy</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Spis treści</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>Forum Kit guide</source>
        <translation>Przewodnik po Forum Kit</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Tekst przewodnika</translation>
    </message>
    <message>
        <source>Making the quick start…</source>
        <translation>Przygotowywanie szybkiego startu…</translation>
    </message>
    <message>
        <source>Parts of the guide</source>
        <translation>Części przewodnika</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>Zapisz &amp;szybki start (PDF)…</translation>
    </message>
    <message numerus="yes">
        <source>Saved the quick start (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Zapisano szybki start (%n strona) w {path}.</numerusform>
            <numerusform>Zapisano szybki start (%n strony) w {path}.</numerusform>
            <numerusform>Zapisano szybki start (%n stron) w {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quick start was not saved: {error}</source>
        <translation>Nie zapisano szybkiego startu: {error}</translation>
    </message>
</context>
<context>
    <name>HazardsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Otwórz ponownie</translation>
    </message>
    <message>
        <source>Dealt with &amp;today</source>
        <translation>Załatwione &amp;dziś</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Zagrożenia</translation>
    </message>
    <message>
        <source>Hazards of the area</source>
        <translation>Zagrożenia w dziale</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>Nowe zagrożenie</translation>
    </message>
    <message>
        <source>Note a hazard:</source>
        <translation>Zapisz zagrożenie:</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Zapisano dnia</translation>
    </message>
    <message>
        <source>e.g. loading bay over 30 °C in summer</source>
        <translation>np. rampa załadunkowa powyżej 30 °C latem</translation>
    </message>
</context>
<context>
    <name>HazardsModel</name>
    <message>
        <source>not yet</source>
        <comment>a hazard not dealt with yet</comment>
        <translation>jeszcze nie</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide for this page</source>
        <translation>&amp;Przewodnik po tej stronie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>First ste&amp;ps (walk-through)…</source>
        <translation>&amp;Pierwsze kroki (wprowadzenie)…</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Słowniczek</translation>
    </message>
    <message>
        <source>Getting &amp;started</source>
        <translation>&amp;Na początek</translation>
    </message>
    <message>
        <source>Safety &amp;first</source>
        <translation>&amp;Najpierw bezpieczeństwo</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>Zapisz &amp;szybki start (PDF)…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Wybierz arkusz kalkulacyjny</translation>
    </message>
    <message>
        <source>Import a chart</source>
        <translation>Importuj mapę zakładu</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt *.tsv);;All files (*)</source>
        <translation>Arkusze kalkulacyjne (*.csv *.xlsx *.ods *.txt *.tsv);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>&amp;Skarga:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Członek:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Add a &amp;witness…</source>
        <translation>Dodaj ś&amp;wiadka…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Skarga</translation>
    </message>
    <message>
        <source>Log retaliation</source>
        <translation>Zapisz represję</translation>
    </message>
    <message>
        <source>Member targeted</source>
        <translation>Poszkodowany członek</translation>
    </message>
    <message>
        <source>Sensitive (kept out of exports and bundles unless chosen)</source>
        <translation>Poufne (pomijane w eksportach i pakietach, chyba że wybrano inaczej)</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>&amp;Co się stało:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Who from ma&amp;nagement:</source>
        <translation>Kto z kie&amp;rownictwa:</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>Kto z kierownictwa</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Świadkowie</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>Świadkowie:</translation>
    </message>
</context>
<context>
    <name>KeeperDialog</name>
    <message>
        <source>Trust a chart keeper</source>
        <translation>Zaufaj opiekunowi mapy</translation>
    </message>
</context>
<context>
    <name>LeafletForm</name>
    <message numerus="yes">
        <source>&apos;{code}&apos; (second language): %n word(s)</source>
        <translation>
            <numerusform>&apos;{code}&apos; (drugi język): %n słowo</numerusform>
            <numerusform>&apos;{code}&apos; (drugi język): %n słowa</numerusform>
            <numerusform>&apos;{code}&apos; (drugi język): %n słów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{code}&apos;: %n word(s)</source>
        <translation>
            <numerusform>&apos;{code}&apos;: %n słowo</numerusform>
            <numerusform>&apos;{code}&apos;: %n słowa</numerusform>
            <numerusform>&apos;{code}&apos;: %n słów</numerusform>
        </translation>
    </message>
    <message>
        <source>A blank line separates paragraphs</source>
        <translation>Pusty wiersz oddziela akapity</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>How to reach you: a phone, an e-mail, a name</source>
        <translation>Jak się z wami skontaktować: telefon, e-mail, nazwisko</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Plik obrazu…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Bez obrazu</translation>
    </message>
    <message>
        <source>On the back</source>
        <translation>Na odwrocie</translation>
    </message>
    <message>
        <source>One demand per line</source>
        <translation>Jedno żądanie w wierszu</translation>
    </message>
    <message>
        <source>PNG or JPEG file</source>
        <translation>Plik PNG lub JPEG</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Drugi język</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Obok siebie</translation>
    </message>
    <message>
        <source>Who we are, in this language</source>
        <translation>Kim jesteśmy, w tym języku</translation>
    </message>
    <message>
        <source>Words of the leaflet</source>
        <translation>Słowa ulotki</translation>
    </message>
    <message>
        <source>e.g. The night shift committee of the depot</source>
        <translation>np. Komitet nocnej zmiany zajezdni</translation>
    </message>
    <message>
        <source>visual: choose an image file, or a pictogram.</source>
        <translation>grafika: wybierz plik obrazu lub piktogram.</translation>
    </message>
    <message>
        <source>words: Forum Kit has no leaflet words in {languages} yet. Write them in that language under “Words of the leaflet” (marked in red); nothing is printed in English instead.</source>
        <translation>słowa: Forum Kit nie ma jeszcze słów ulotki w językach: {languages}. Wpisz je w tym języku w sekcji „Słowa ulotki” (zaznaczone na czerwono); zamiast nich nic nie zostanie wydrukowane po angielsku.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> z hasłem (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Information asked for:</source>
        <translation>Żądane &amp;informacje:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Pismo:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nowa data:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation>&amp;Zapisz jako wysłane</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>&amp;Odpowiedź do:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Zapi&amp;sz PDF…</translation>
    </message>
    <message>
        <source>&amp;Terms agreed:</source>
        <translation>Uzgodnione &amp;warunki:</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>Uzgodniono &amp;z:</translation>
    </message>
    <message>
        <source>Agreed o&amp;n:</source>
        <translation>Uzgodniono &amp;dnia:</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Tworzenie podglądu…</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>Fill &amp;again from the case</source>
        <translation>Wypełnij &amp;ponownie ze sprawy</translation>
    </message>
    <message>
        <source>Grievance letter</source>
        <translation>Pismo w sprawie skargi</translation>
    </message>
    <message>
        <source>Keep this letter on the case, dated as above</source>
        <translation>Zachowaj to pismo w sprawie, z datą jak wyżej</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>&amp;Treść pisma:</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Treść pisma</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>Strony wysłane do drukarki: {n}.</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>Chroń &amp;hasłem</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>Zapisano{how}.</translation>
    </message>
    <message>
        <source>Sent on {day}. {effect}</source>
        <translation>Wysłano dnia {day}. {effect}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>The earliest open deadline</source>
        <translation>Najwcześniejszy otwarty termin</translation>
    </message>
    <message>
        <source>The employer&apos;s answer</source>
        <translation>Odpowiedź pracodawcy</translation>
    </message>
    <message>
        <source>The letter could not be built.</source>
        <translation>Nie można utworzyć pisma.</translation>
    </message>
    <message>
        <source>The text keeps your edits; “Fill again” replaces them.</source>
        <translation>Tekst zachowuje Twoje zmiany; „Wypełnij ponownie” je zastępuje.</translation>
    </message>
    <message>
        <source>The union&apos;s filing or appeal</source>
        <translation>Złożenie lub przekazanie przez związek</translation>
    </message>
    <message>
        <source>When recording, also: {effect}</source>
        <translation>Przy zapisie także: {effect}</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>np. kierownik kadr, na piśmie</translation>
    </message>
    <message>
        <source>one item a line, e.g. the overtime sheets for March</source>
        <translation>jedna pozycja w wierszu, np. karty nadgodzin za marzec</translation>
    </message>
    <message>
        <source>⚠ Not filled from the case: {words}. The letter prints “[missing: …]” there: fill them in the case or in the letter.</source>
        <translation>⚠ Nie wypełniono ze sprawy: {words}. W tych miejscach pismo drukuje „[missing: …]”: uzupełnij je w sprawie lub w piśmie.</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>&amp;New letter…</source>
        <translation>&amp;Nowe pismo…</translation>
    </message>
    <message>
        <source>(what it recorded on the case, such as a filing or an appeal, stays)</source>
        <translation>(to, co zapisało w sprawie, np. złożenie lub przekazanie, pozostaje)</translation>
    </message>
    <message>
        <source>Building the fact sheet…</source>
        <translation>Tworzenie karty faktów…</translation>
    </message>
    <message>
        <source>Case &amp;fact sheet…</source>
        <translation>Karta &amp;faktów sprawy…</translation>
    </message>
    <message>
        <source>Fact sheet saved.</source>
        <translation>Zapisano kartę faktów.</translation>
    </message>
    <message>
        <source>Letter recorded on the case.</source>
        <translation>Zapisano pismo w sprawie.</translation>
    </message>
    <message>
        <source>Letters are filled from the case with the contract&apos;s own dates. Change the wording of each kind of letter with “Letter templates…” on the Grievances page.</source>
        <translation>Pisma są wypełniane danymi sprawy i datami z układu zbiorowego. Treść każdego rodzaju pisma można zmienić przez „Szablony pism…” na stronie Skargi.</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Wysłane pisma</translation>
    </message>
    <message>
        <source>Open / print a&amp;gain…</source>
        <translation>Otwórz / drukuj &amp;ponownie…</translation>
    </message>
    <message>
        <source>Protect the fact sheet with a password</source>
        <translation>Zabezpiecz kartę faktów hasłem</translation>
    </message>
    <message>
        <source>Take off the &amp;record…</source>
        <translation>Usuń z &amp;zapisu…</translation>
    </message>
    <message>
        <source>The fact sheet could not be built.</source>
        <translation>Nie można utworzyć karty faktów.</translation>
    </message>
    <message>
        <source>The letter is no longer on the case&apos;s record.</source>
        <translation>Pisma nie ma już w zapisach sprawy.</translation>
    </message>
    <message>
        <source>the copy of the letter kept on the case</source>
        <translation>kopia pisma przechowywana w sprawie</translation>
    </message>
    <message>
        <source>this letter&apos;s record</source>
        <translation>zapis tego pisma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Forum Kit</source>
        <translation>&amp;O programie Forum Kit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Za&amp;blokuj teraz</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>&amp;Szukaj wszędzie</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Its files, its folder or the disk cannot be written.</source>
        <translation>Nie można zapisać jego plików, folderu lub dysku.</translation>
    </message>
    <message>
        <source>Quit Forum Kit</source>
        <translation>Zakończ Forum Kit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Szukaj wszędzie (Ctrl+F)</translation>
    </message>
    <message>
        <source>This kind of item has no page yet.</source>
        <translation>Ten rodzaj elementu nie ma jeszcze strony.</translation>
    </message>
    <message>
        <source>This vault is read-only: it is open for reading only and nothing in it can be changed. To make changes, copy the vault folder to a place you can write to.</source>
        <translation>Ten sejf jest tylko do odczytu: jest otwarty wyłącznie do odczytu i niczego w nim nie można zmienić. Aby wprowadzać zmiany, skopiuj folder sejfu do miejsca z prawem zapisu.</translation>
    </message>
    <message>
        <source>Vault: {name} — {state}</source>
        <translation>Sejf: {name} — {state}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>zablokowany</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>odblokowany</translation>
    </message>
    <message>
        <source>unlocked, read-only</source>
        <translation>odblokowany, tylko do odczytu</translation>
    </message>
    <message>
        <source>{name} — Forum Kit</source>
        <translation>{name} — Forum Kit</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>&amp;Figure to hold:</source>
        <translation>&amp;Liczba do utrzymania:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Instrukcja:</translation>
    </message>
    <message>
        <source>&amp;Red lines:</source>
        <translation>&amp;Czerwone linie:</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>(nie zapisano wniosku)</translation>
    </message>
    <message>
        <source>Council agenda &amp;item:</source>
        <translation>&amp;Punkt porządku obrad rady:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>Wy&amp;gasa dnia:</translation>
    </message>
    <message>
        <source>Forum&apos;s &amp;motion:</source>
        <translation>&amp;Wniosek forum:</translation>
    </message>
    <message>
        <source>Pass a mandate</source>
        <translation>Uchwal mandat</translation>
    </message>
    <message>
        <source>What the delegate must never agree to</source>
        <translation>Na co delegat nigdy nie może się zgodzić</translation>
    </message>
    <message>
        <source>e.g. 5% pay rise, no fewer than 12 on the line</source>
        <translation>np. 5% podwyżki, nie mniej niż 12 osób na linii</translation>
    </message>
</context>
<context>
    <name>MandateState</name>
    <message>
        <source>Expired</source>
        <translation>Wygasł</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Zdano sprawozdanie</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten})</source>
        <translation>{members} z {target} potrzebnych ({ratio}, cel 1:{ten})</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten}) — {short} short</source>
        <translation>{members} z {target} potrzebnych ({ratio}, cel 1:{ten}) — brakuje {short}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add area…</source>
        <translation>&amp;Dodaj dział…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Prze&amp;nieś…</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Zakład pracy:</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 osoba</translation>
    </message>
    <message>
        <source>Add &amp;below…</source>
        <translation>Dodaj &amp;poniżej…</translation>
    </message>
    <message>
        <source>Add &amp;person here…</source>
        <translation>Dodaj &amp;osobę tutaj…</translation>
    </message>
    <message>
        <source>Add a workplace to start.</source>
        <translation>Aby zacząć, dodaj zakład pracy.</translation>
    </message>
    <message>
        <source>Add an area (department, line, shift…).</source>
        <translation>Dodaj dział (wydział, linię, zmianę…).</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Dodaj dział</translation>
    </message>
    <message>
        <source>Add neighbourhood</source>
        <translation>Dodaj osiedle</translation>
    </message>
    <message>
        <source>Add neighbourhood…</source>
        <translation>Dodaj osiedle…</translation>
    </message>
    <message>
        <source>Add wor&amp;kplace…</source>
        <translation>Dodaj zakład p&amp;racy…</translation>
    </message>
    <message>
        <source>Add workplace</source>
        <translation>Dodaj zakład pracy</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Działy</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>&amp;Pokrycie</translation>
    </message>
    <message>
        <source>Cha&amp;rt</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>Chart of the area</source>
        <translation>Mapa działu</translation>
    </message>
    <message>
        <source>Delete neighbo&amp;urhood…</source>
        <translation>Usuń &amp;osiedle…</translation>
    </message>
    <message>
        <source>Delete workpla&amp;ce…</source>
        <translation>Usuń zakład pra&amp;cy…</translation>
    </message>
    <message>
        <source>Door-knocks, last 90 days:</source>
        <translation>Wizyty domowe, ostatnie 90 dni:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Liczby</translation>
    </message>
    <message>
        <source>Headcount:</source>
        <translation>Liczba pracowników:</translation>
    </message>
    <message>
        <source>Name of the street, estate or building:</source>
        <translation>Nazwa ulicy, osiedla lub budynku:</translation>
    </message>
    <message>
        <source>Name of the workplace:</source>
        <translation>Nazwa zakładu pracy:</translation>
    </message>
    <message>
        <source>Ne&amp;ighbourhood:</source>
        <translation>&amp;Osiedle:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days:</source>
        <translation>Rozmowy jeden na jeden, ostatnie 90 dni:</translation>
    </message>
    <message>
        <source>Pictur&amp;e</source>
        <translation>&amp;Obraz</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Z&amp;mień nazwę…</translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>Zmień nazwę działu</translation>
    </message>
    <message>
        <source>Residents:</source>
        <translation>Mieszkańcy:</translation>
    </message>
    <message>
        <source>Structure &amp;tests…</source>
        <translation>&amp;Testy struktury…</translation>
    </message>
    <message>
        <source>Supporters (%1):</source>
        <translation>Zwolennicy (%1):</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Zakład pracy</translation>
    </message>
    <message numerus="yes">
        <source>nothing about its %n person(s) or grievance(s): they move to an area you choose</source>
        <translation>
            <numerusform>nic z jego osób ani skarg (%n): zostaną przeniesione do wybranego działu</numerusform>
            <numerusform>nic z jego osób ani skarg (%n): zostaną przeniesione do wybranego działu</numerusform>
            <numerusform>nic z jego osób ani skarg (%n): zostaną przeniesione do wybranego działu</numerusform>
        </translation>
    </message>
    <message>
        <source>this area</source>
        <translation>ten dział</translation>
    </message>
    <message>
        <source>this neighbourhood</source>
        <translation>to osiedle</translation>
    </message>
    <message>
        <source>this workplace</source>
        <translation>ten zakład pracy</translation>
    </message>
</context>
<context>
    <name>MapPicture</name>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Strefa:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Arrange &amp;tiles</source>
        <translation>Rozmieść &amp;kafelki</translation>
    </message>
    <message>
        <source>B&amp;y headcount</source>
        <translation>Według &amp;liczby pracowników</translation>
    </message>
    <message>
        <source>Click a tile to choose an area.</source>
        <translation>Kliknij kafelek, aby wybrać dział.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Komitet</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Strefa niebezpieczna</translation>
    </message>
    <message>
        <source>Drag a tile to move it; drag its lower right corner to resize it.</source>
        <translation>Przeciągnij kafelek, aby go przesunąć; przeciągnij prawy dolny róg, aby zmienić rozmiar.</translation>
    </message>
    <message>
        <source>Floor &amp;plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Free zone</source>
        <translation>Strefa wolna</translation>
    </message>
    <message>
        <source>Hazard&amp;s (%1)…</source>
        <translation>&amp;Zagrożenia (%1)…</translation>
    </message>
    <message>
        <source>Hazard&amp;s…</source>
        <translation>&amp;Zagrożenia…</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Zagrożenia</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Warstwy</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Liderzy</translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>Bez strefy</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Obraz:</translation>
    </message>
    <message>
        <source>Show &amp;its chart</source>
        <translation>Pokaż &amp;jej mapę</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Powiązania</translation>
    </message>
    <message>
        <source>Unreached</source>
        <translation>Nieobjęci</translation>
    </message>
    <message>
        <source>Why the zone is free or dangerous, e.g. the supervisor&apos;s office looks onto it</source>
        <translation>Dlaczego strefa jest wolna lub niebezpieczna, np. widać ją z biura kierownika</translation>
    </message>
    <message>
        <source>Why the zone is marked</source>
        <translation>Dlaczego strefa jest oznaczona</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Strefa</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Strefy</translation>
    </message>
    <message>
        <source>why?</source>
        <translation>dlaczego?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check what each column holds. Unmatched columns are ignored.</source>
        <translation>Sprawdź, co zawiera każda kolumna. Niedopasowane kolumny są pomijane.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Dopasuj kolumny</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>przypuszczenie</translation>
    </message>
    <message>
        <source>the mapping you used last time</source>
        <translation>przypisanie użyte ostatnim razem</translation>
    </message>
    <message>
        <source>{n} rows read; header on line {line}. Columns matched by {how}.</source>
        <translation>Odczytano wiersze: {n}; nagłówek w wierszu {line}. Kolumny dopasowano: {how}.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nie importować —</translation>
    </message>
</context>
<context>
    <name>MatchForm</name>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Kontynuacja dnia:</translation>
    </message>
    <message>
        <source>&amp;Help on:</source>
        <translation>&amp;Pomoc dnia:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>(the chosen offer&apos;s member)</source>
        <translation>(członek z wybranej oferty)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Kontynuacja dnia</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>Pomoc dnia</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Pomocnik</translation>
    </message>
    <message>
        <source>Match a need</source>
        <translation>Dopasuj potrzebę</translation>
    </message>
    <message>
        <source>No standing offer fits: ask a member directly.</source>
        <translation>Żadna stała oferta nie pasuje: zapytaj członka bezpośrednio.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Offers that fit</source>
        <translation>Pasujące oferty</translation>
    </message>
    <message>
        <source>Offers that fit, nearest first:</source>
        <translation>Pasujące oferty, najbliższe najpierw:</translation>
    </message>
    <message>
        <source>Or a &amp;member:</source>
        <translation>Lub &amp;członek:</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Data i godzina:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>Zaplanuj zebranie</translation>
    </message>
    <message>
        <source>e.g. union hall, canteen after the late shift</source>
        <translation>np. siedziba związku, stołówka po późnej zmianie</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n osoba obecna</numerusform>
            <numerusform>%n osoby obecne</numerusform>
            <numerusform>%n osób obecnych</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation>&amp;Zapisz protokół</translation>
    </message>
    <message numerus="yes">
        <source>, %n guest(s)</source>
        <translation>
            <numerusform>, %n gość</numerusform>
            <numerusform>, %n goście</numerusform>
            <numerusform>, %n gości</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>&amp;Obecność…</translation>
    </message>
    <message>
        <source>Add agenda &amp;item…</source>
        <translation>Dodaj &amp;punkt porządku obrad…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Porządek obrad</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punkt porządku obrad</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>Choose a meeting, or schedule one.</source>
        <translation>Wybierz zebranie albo zaplanuj nowe.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>Motions and results</source>
        <translation>Wnioski i wyniki</translation>
    </message>
    <message>
        <source>Record a &amp;motion…</source>
        <translation>Zapisz &amp;wniosek…</translation>
    </message>
    <message>
        <source>Title of the agenda item:</source>
        <translation>Tytuł punktu porządku obrad:</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Zakład pracy:</translation>
    </message>
    <message>
        <source>(not in the chart)</source>
        <translation>(nie ma na mapie)</translation>
    </message>
    <message>
        <source>Add a steward to the committee</source>
        <translation>Dodaj męża zaufania do komitetu</translation>
    </message>
    <message>
        <source>Areas of the scope</source>
        <translation>Działy zakresu</translation>
    </message>
    <message>
        <source>Change a member&apos;s scope</source>
        <translation>Zmień zakres członka</translation>
    </message>
    <message>
        <source>May see people, notes and cases marked &amp;sensitive</source>
        <translation>Może widzieć osoby, notatki i sprawy oznaczone jako &amp;poufne</translation>
    </message>
    <message>
        <source>Only these &amp;areas (with all under them):</source>
        <translation>Tylko te &amp;działy (z wszystkimi poddziałami):</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Zakres:</translation>
    </message>
    <message>
        <source>The &amp;whole workplace</source>
        <translation>&amp;Cały zakład pracy</translation>
    </message>
    <message>
        <source>The steward &amp;is:</source>
        <translation>Mąż zaufania &amp;to:</translation>
    </message>
    <message>
        <source>The steward in the chart</source>
        <translation>Mąż zaufania na mapie</translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message>
        <source>&amp;Counted vote</source>
        <translation>&amp;Głosowanie z liczeniem</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Za:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>&amp;Wniosek:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>W&amp;ynik:</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(bez punktu porządku obrad)</translation>
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation>Ws&amp;trzymujący się:</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>Prze&amp;ciw:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Punkt porządku obrad:</translation>
    </message>
    <message>
        <source>Record a motion</source>
        <translation>Zapisz wniosek</translation>
    </message>
    <message>
        <source>The motion as put to the meeting</source>
        <translation>Wniosek w brzmieniu przedstawionym na zebraniu</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Głosowanie:</translation>
    </message>
</context>
<context>
    <name>MutualAidPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> z hasłem (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Zamknij…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Potwierdź</translation>
    </message>
    <message>
        <source>&amp;Log an incident…</source>
        <translation>Zapisz &amp;incydent…</translation>
    </message>
    <message>
        <source>&amp;Match…</source>
        <translation>&amp;Dopasuj…</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Potrzeby</translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation>&amp;Oferty</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <source>&amp;Plan a check-in…</source>
        <translation>&amp;Zaplanuj kontakt…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>&amp;Zaksięguj…</translation>
    </message>
    <message>
        <source>&amp;Print for a lawyer…</source>
        <translation>&amp;Drukuj dla prawnika…</translation>
    </message>
    <message>
        <source>&amp;Record exchange…</source>
        <translation>Zapisz &amp;wymianę…</translation>
    </message>
    <message>
        <source>&amp;Retaliation log</source>
        <translation>&amp;Rejestr represji</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>&amp;Wyciąg…</translation>
    </message>
    <message>
        <source>&amp;Time bank</source>
        <translation>&amp;Bank czasu</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Wycofaj</translation>
    </message>
    <message>
        <source>: nobody has called yet.</source>
        <translation>: nikt jeszcze nie dzwonił.</translation>
    </message>
    <message>
        <source>Add a workplace or a neighbourhood on the Map page.</source>
        <translation>Dodaj zakład pracy lub osiedle na stronie Mapa.</translation>
    </message>
    <message>
        <source>An hour is an hour; accounts may go {floor} below zero.</source>
        <translation>Godzina to godzina; konta mogą zejść {floor} poniżej zera.</translation>
    </message>
    <message>
        <source>Asks and offers &amp;sheet…</source>
        <translation>&amp;Arkusz próśb i ofert…</translation>
    </message>
    <message>
        <source>Balance {b} · in {i} · out {o}</source>
        <translation>Saldo {b} · wpływy {i} · wydatki {o}</translation>
    </message>
    <message>
        <source>Chec&amp;k-ins</source>
        <translation>&amp;Kontakty</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Choose a member&apos;s account first.</source>
        <translation>Najpierw wybierz konto członka.</translation>
    </message>
    <message>
        <source>Choose a place first (add one on the Map page).</source>
        <translation>Najpierw wybierz miejsce (dodaj je na stronie Mapa).</translation>
    </message>
    <message>
        <source>Choose a place first.</source>
        <translation>Najpierw wybierz miejsce.</translation>
    </message>
    <message>
        <source>Choose an exchange in the list.</source>
        <translation>Wybierz wymianę z listy.</translation>
    </message>
    <message>
        <source>Choose the member to check on.</source>
        <translation>Wybierz członka, z którym trzeba się skontaktować.</translation>
    </message>
    <message>
        <source>Choose who gave the hours and who received them.</source>
        <translation>Wybierz, kto dał godziny, a kto je otrzymał.</translation>
    </message>
    <message>
        <source>Close &amp;account</source>
        <translation>Zamknij &amp;konto</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>Zamknij konto</translation>
    </message>
    <message>
        <source>E&amp;xport needs and offers…</source>
        <translation>&amp;Eksportuj potrzeby i oferty…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Wymiany</translation>
    </message>
    <message>
        <source>Export &amp;sensitive incidents too (each one is sensitive unless said otherwise)</source>
        <translation>Eksportuj też &amp;poufne incydenty (każdy jest poufny, chyba że zaznaczono inaczej)</translation>
    </message>
    <message>
        <source>Export needs and offers</source>
        <translation>Eksportuj potrzeby i oferty</translation>
    </message>
    <message>
        <source>Export the retaliation log</source>
        <translation>Eksportuj rejestr represji</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>&amp;Liczby</translation>
    </message>
    <message>
        <source>F&amp;und</source>
        <translation>&amp;Fundusz</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Kontynuacja &amp;wykonana</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fundusz</translation>
    </message>
    <message>
        <source>Fund entries</source>
        <translation>Wpisy funduszu</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fundusz:</translation>
    </message>
    <message>
        <source>Incidents are evidence for a lawyer or a tribunal: date, what happened, who from management, and the coworkers who saw it.</source>
        <translation>Incydenty to dowody dla prawnika lub sądu pracy: data, co się stało, kto z kierownictwa i którzy współpracownicy to widzieli.</translation>
    </message>
    <message>
        <source>Matc&amp;hes</source>
        <translation>&amp;Dopasowania</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Dopasowania</translation>
    </message>
    <message>
        <source>Mutual aid figures</source>
        <translation>Liczby pomocy wzajemnej</translation>
    </message>
    <message>
        <source>Name of the fund:</source>
        <translation>Nazwa funduszu:</translation>
    </message>
    <message>
        <source>Name of the time bank:</source>
        <translation>Nazwa banku czasu:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrzeby</translation>
    </message>
    <message>
        <source>Needs raised, needs met within a week of being raised, people who helped and the fund&apos;s grants, per {area} and month; the rows marked &quot;Whole place&quot; add money in and out of the fund.</source>
        <translation>Zgłoszone potrzeby, potrzeby spełnione w ciągu tygodnia od zgłoszenia, osoby pomagające i zapomogi z funduszu, w rozbiciu na miesiące i jednostki ({area}); wiersze oznaczone „Całe miejsce” dodają wpływy i wydatki funduszu.</translation>
    </message>
    <message>
        <source>New &amp;fund…</source>
        <translation>Nowy &amp;fundusz…</translation>
    </message>
    <message>
        <source>New &amp;need…</source>
        <translation>Nowa &amp;potrzeba…</translation>
    </message>
    <message>
        <source>New &amp;offer…</source>
        <translation>Nowa &amp;oferta…</translation>
    </message>
    <message>
        <source>New fund</source>
        <translation>Nowy fundusz</translation>
    </message>
    <message>
        <source>New time &amp;bank…</source>
        <translation>Nowy &amp;bank czasu…</translation>
    </message>
    <message>
        <source>New time bank</source>
        <translation>Nowy bank czasu</translation>
    </message>
    <message>
        <source>No fund yet: open one with New fund.</source>
        <translation>Brak funduszu: otwórz go przyciskiem Nowy fundusz.</translation>
    </message>
    <message>
        <source>No time bank yet: open one with New time bank.</source>
        <translation>Brak banku czasu: otwórz go przyciskiem Nowy bank czasu.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <source>Open &amp;person</source>
        <translation>Otwórz &amp;osobę</translation>
    </message>
    <message>
        <source>Open a fund first (New fund).</source>
        <translation>Najpierw otwórz fundusz (Nowy fundusz).</translation>
    </message>
    <message>
        <source>Open a time bank first (New time bank).</source>
        <translation>Najpierw otwórz bank czasu (Nowy bank czasu).</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Print &amp;names (only of members who agreed)</source>
        <translation>Drukuj &amp;nazwiska (tylko członków, którzy się zgodzili)</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>&amp;Stornuj</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>Zapisz &amp;wynik…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Retaliation log</source>
        <translation>Rejestr represji</translation>
    </message>
    <message>
        <source>Reverse an entry</source>
        <translation>Stornuj wpis</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Zapisz jako</translation>
    </message>
    <message>
        <source>Saved {path}{how}. It carries {what}.</source>
        <translation>Zapisano {path}{how}. Zawiera: {what}.</translation>
    </message>
    <message>
        <source>Show &amp;done ones too</source>
        <translation>Pokaż też &amp;wykonane</translation>
    </message>
    <message>
        <source>The member left? Their account takes no new exchanges; its history is kept.</source>
        <translation>Członek odszedł? Jego konto nie przyjmuje nowych wymian; historia jest zachowana.</translation>
    </message>
    <message>
        <source>The retaliation log names members and witnesses: it is saved only with a password (AES-256). Give the password to the lawyer separately.</source>
        <translation>Rejestr represji zawiera nazwiska członków i świadków: zapisuje się go tylko z hasłem (AES-256). Przekaż hasło prawnikowi osobno.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>Dwa hasła się różnią; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Time bank</source>
        <translation>Bank czasu</translation>
    </message>
    <message>
        <source>Time bank:</source>
        <translation>Bank czasu:</translation>
    </message>
    <message>
        <source>Time-bank accounts</source>
        <translation>Konta w banku czasu</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Dlaczego poprawiono?</translation>
    </message>
    <message>
        <source>Witnesses: {w}</source>
        <translation>Świadkowie: {w}</translation>
    </message>
    <message>
        <source>Wrote {rows} to {path}.</source>
        <translation>Zapisano {rows} do {path}.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>członek</translation>
    </message>
    <message>
        <source>check-in overdue</source>
        <translation>zaległy kontakt</translation>
    </message>
    <message>
        <source>check-ins overdue</source>
        <translation>zaległe kontakty</translation>
    </message>
    <message>
        <source>no names: only what members agreed the assembly may see</source>
        <translation>bez nazwisk: tylko to, co członkowie zgodzili się pokazać zgromadzeniu</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>otwarta potrzeba</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>otwarte potrzeby</translation>
    </message>
    <message>
        <source>row</source>
        <translation>wiersz</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>wiersze</translation>
    </message>
    <message>
        <source>standing offer</source>
        <translation>stała oferta</translation>
    </message>
    <message>
        <source>standing offers</source>
        <translation>stałe oferty</translation>
    </message>
    <message>
        <source>street or area</source>
        <translation>ulica lub obszar</translation>
    </message>
    <message>
        <source>the member&apos;s name and the names of those they exchanged hours with</source>
        <translation>nazwisko członka i nazwiska osób, z którymi wymieniał godziny</translation>
    </message>
    <message>
        <source>the names of members targeted and of witnesses</source>
        <translation>nazwiska poszkodowanych członków i świadków</translation>
    </message>
    <message>
        <source>the names of members who agreed to be named</source>
        <translation>nazwiska członków, którzy zgodzili się je podać</translation>
    </message>
    <message>
        <source>{kind} for {who}: {what}</source>
        <translation>{kind} dla: {who}: {what}</translation>
    </message>
</context>
<context>
    <name>NeedOfferForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Członek:</translation>
    </message>
    <message>
        <source>&amp;Seen by:</source>
        <translation>&amp;Widoczne dla:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>P&amp;ilność:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Gdzie:</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(nikt nie wskazany)</translation>
    </message>
    <message>
        <source>(the member&apos;s area)</source>
        <translation>(dział członka)</translation>
    </message>
    <message>
        <source>Anonymous to the committee (nobody named at all)</source>
        <translation>Anonimowo wobec komitetu (nikt nie jest wskazany)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Available &amp;from:</source>
        <translation>Dostępne &amp;od:</translation>
    </message>
    <message>
        <source>Available &amp;until:</source>
        <translation>Dostępne &amp;do:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Needed &amp;by:</source>
        <translation>Potrzebne &amp;do:</translation>
    </message>
    <message>
        <source>Needed &amp;from:</source>
        <translation>Potrzebne &amp;od:</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nowa potrzeba</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nowa oferta</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>&amp;Co:</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Czego potrzeba</translation>
    </message>
    <message>
        <source>What is offered</source>
        <translation>Co jest oferowane</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Kto może to widzieć</translation>
    </message>
</context>
<context>
    <name>OpenPanel</name>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>&amp;Otwórz sejf…</translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>Ostatnie &amp;sejfy</translation>
    </message>
    <message>
        <source>No recent vaults on this computer yet.</source>
        <translation>Na tym komputerze nie ma jeszcze ostatnio używanych sejfów.</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>Otwórz &amp;wybrany</translation>
    </message>
    <message>
        <source>Open a vault (a folder ending in .forumkit)</source>
        <translation>Otwórz sejf (folder z końcówką .forumkit)</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Wykonano dnia:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Wykonano dnia</translation>
    </message>
    <message>
        <source>How did the check-in go?</source>
        <translation>Jak poszedł kontakt?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>C&amp;lose with this outcome</source>
        <translation>&amp;Zamknij z tym wynikiem</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Zamknięto.</translation>
    </message>
    <message>
        <source>Closed: {o} {d}</source>
        <translation>Zamknięta: {o} {d}</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Otwórz ponownie</translation>
    </message>
    <message>
        <source>Reopened; its deadlines count again.</source>
        <translation>Otwarto ponownie; jej terminy znów biegną.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>C&amp;hart sheets:</source>
        <translation>Ar&amp;kusze mapy:</translation>
    </message>
    <message>
        <source>Chart sheets</source>
        <translation>Arkusze mapy</translation>
    </message>
    <message>
        <source>Chart sheets show:</source>
        <translation>Arkusze mapy pokazują:</translation>
    </message>
    <message>
        <source>Council &amp;meetings:</source>
        <translation>&amp;Zebrania rady:</translation>
    </message>
    <message>
        <source>Council meetings</source>
        <translation>Zebrania rady</translation>
    </message>
    <message>
        <source>Default: the forum&apos;s name</source>
        <translation>Domyślnie: nazwa forum</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>Liczby &amp;na dzień:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>items: tick at least one council meeting or one chart sheet.</source>
        <translation>elementy: zaznacz co najmniej jedno zebranie rady lub jeden arkusz mapy.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Again</source>
        <translation>Po&amp;wtórz</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Obecna fraza hasła</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nowa fraza hasła</translation>
    </message>
    <message>
        <source>Again: the two new passphrases differ. Type the same one twice.</source>
        <translation>Powtórz: dwie nowe frazy hasła się różnią. Wpisz dwa razy tę samą.</translation>
    </message>
    <message>
        <source>Backup files you wrote elsewhere still open with the old passphrase: delete them, or keep them as safe as it.</source>
        <translation>Kopie zapasowe zapisane w innych miejscach nadal otwiera stara fraza hasła: usuń je albo przechowuj je równie bezpiecznie jak ją.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Zmień frazę hasła</translation>
    </message>
    <message>
        <source>Deriving the new key… about a second.</source>
        <translation>Wyprowadzanie nowego klucza… około sekundy.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Utwórz nowy klucz odzyskiwania</translation>
    </message>
    <message>
        <source>New passphrase: it is the current one. Choose another.</source>
        <translation>Nowa fraza hasła: to jest obecna fraza. Wybierz inną.</translation>
    </message>
    <message>
        <source>New passphrase: use at least {n} characters.</source>
        <translation>Nowa fraza hasła: użyj co najmniej {n} znaków.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Ustaw nową frazę hasła</translation>
    </message>
    <message numerus="yes">
        <source>The %n automatic backups, still under the old passphrase, are replaced by one made now. {elsewhere}</source>
        <translation>
            <numerusform>%n automatyczna kopia zapasowa, nadal otwierana starą frazą hasła, zostaje zastąpiona kopią utworzoną teraz. {elsewhere}</numerusform>
            <numerusform>%n automatyczne kopie zapasowe, nadal otwierane starą frazą hasła, zostają zastąpione jedną kopią utworzoną teraz. {elsewhere}</numerusform>
            <numerusform>%n automatycznych kopii zapasowych, nadal otwieranych starą frazą hasła, zostaje zastąpionych jedną kopią utworzoną teraz. {elsewhere}</numerusform>
        </translation>
    </message>
    <message>
        <source>The automatic backups could not be renewed ({message}): those in the vault&apos;s backups folder still open with the old passphrase. {elsewhere}</source>
        <translation>Nie można odnowić automatycznych kopii zapasowych ({message}): kopie w folderze kopii sejfu nadal otwiera stara fraza hasła. {elsewhere}</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed; try again.</source>
        <translation>Obecna fraza hasła jest nieprawidłowa. Niczego nie zmieniono; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The new one is shown once: write it down or print it.</source>
        <translation>Nowy jest pokazywany tylko raz: zapisz go albo wydrukuj.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (unexpected {kind}). Nothing was changed.</source>
        <translation>Nie można zmienić frazy hasła (nieoczekiwany błąd {kind}). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The passphrase is changed. </source>
        <translation>Fraza hasła została zmieniona. </translation>
    </message>
    <message>
        <source>The recovery key was not accepted. Nothing was changed.</source>
        <translation>Klucz odzyskiwania nie został przyjęty. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The recovery key you have now stops working at once.</source>
        <translation>Obecny klucz odzyskiwania natychmiast przestanie działać.</translation>
    </message>
    <message>
        <source>The vault&apos;s data is not re-encrypted: only the passphrase that unlocks it changes. Backups made before today still open with the old passphrase.</source>
        <translation>Dane sejfu nie są szyfrowane ponownie: zmienia się tylko fraza hasła, która go odblokowuje. Kopie zapasowe utworzone przed dzisiaj nadal otwiera stara fraza hasła.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Wpisz obecną frazę hasła.</translation>
    </message>
    <message>
        <source>You unlocked the vault with its recovery key. Set a new passphrase now, so that you can open it without the key next time. The recovery key keeps working.</source>
        <translation>Sejf odblokowano kluczem odzyskiwania. Ustaw teraz nową frazę hasła, aby następnym razem otworzyć go bez klucza. Klucz odzyskiwania nadal działa.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Powtórz:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Chroń hasłem</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Podgląd dokumentu</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>Tutaj pojawi się podgląd.</translation>
    </message>
</context>
<context>
    <name>PdfSave</name>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Każdy, kto otrzyma plik, może go przeczytać.</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>Zapisać PDF zawierający {what} bez hasła?</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>Zaznacz „Chroń hasłem”, aby go zaszyfrować.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>&amp;Usuń osobę…</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>&amp;Zapisz rozmowę…</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nowa osoba</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 osoba</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page first.</source>
        <translation>Najpierw dodaj zakład pracy na stronie Mapa.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Wszystkie działy</translation>
    </message>
    <message>
        <source>Any assessment</source>
        <translation>Dowolna ocena</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Dowolny język</translation>
    </message>
    <message>
        <source>Area filter</source>
        <translation>Filtr działu</translation>
    </message>
    <message>
        <source>Assessment filter</source>
        <translation>Filtr oceny</translation>
    </message>
    <message>
        <source>Committee filter</source>
        <translation>Filtr komitetu</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtr języka</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Search names, jobs, notes…</source>
        <translation>Nazwiska, stanowiska, notatki…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Szukaj osób</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Szukaj:</translation>
    </message>
    <message>
        <source>Stale filter</source>
        <translation>Filtr nieaktualności</translation>
    </message>
    <message>
        <source>The person you were editing was deleted while the vault was locked; your unsaved changes were dropped.</source>
        <translation>Edytowana osoba została usunięta, gdy sejf był zablokowany; niezapisane zmiany zostały odrzucone.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Zakład pracy</translation>
    </message>
    <message>
        <source>their assessment history</source>
        <translation>jej historia ocen</translation>
    </message>
    <message>
        <source>their conversations and ties</source>
        <translation>jej rozmowy i powiązania</translation>
    </message>
    <message>
        <source>their details and notes</source>
        <translation>jej dane i notatki</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>tę osobę</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>leader</source>
        <translation>lider</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>nieobjęci</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
</context>
<context>
    <name>PickContactDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Wybierz osobę</translation>
    </message>
    <message>
        <source>part of a name</source>
        <translation>część nazwiska</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not built yet. It will arrive in a later version; nothing here is stored or shown from your vault.</source>
        <translation>Ta strona nie jest jeszcze gotowa. Pojawi się w późniejszej wersji; niczego tu nie zapisano ani nie pokazano z twojego sejfu.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>It adds: {fields}.</source>
        <translation>Dodaje: {fields}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Sprawdź przed importem</translation>
    </message>
    <message>
        <source>Checking {n} rows… nothing is written yet.</source>
        <translation>Sprawdzanie wierszy ({n})… nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Import the good rows and skip the rejected (and unsettled) ones</source>
        <translation>Importuj poprawne wiersze i pomiń odrzucone (i nierozstrzygnięte)</translation>
    </message>
    <message>
        <source>The dry run failed; nothing was changed. Go back and check the file and columns.</source>
        <translation>Próba nie powiodła się; niczego nie zmieniono. Wróć i sprawdź plik oraz kolumny.</translation>
    </message>
    <message>
        <source>These rows are a person an earlier row names, but say something else. Choose which values to keep, or that they are two people:</source>
        <translation>Te wiersze to osoba, którą wymienia wcześniejszy wiersz, ale mówią co innego. Wybierz, które wartości zachować, albo że to dwie osoby:</translation>
    </message>
    <message>
        <source>{add} to add, {upd} to update, {same} unchanged, {rej} rejected; {areas} new areas; {merged} merged into an earlier row of the same person, {conflicts} to choose.</source>
        <translation>do dodania {add}, do aktualizacji {upd}, bez zmian {same}, odrzucone {rej}; nowe działy: {areas}; scalone z wcześniejszym wierszem tej samej osoby {merged}, do wyboru {conflicts}.</translation>
    </message>
</context>
<context>
    <name>ProvenanceLabel</name>
    <message>
        <source>Reported by</source>
        <translation>Zgłosił(a)</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall &amp;motion:</source>
        <translation>&amp;Wniosek o odwołanie:</translation>
    </message>
    <message>
        <source>Recall the delegate</source>
        <translation>Odwołaj delegata</translation>
    </message>
    <message>
        <source>Term &amp;ends on:</source>
        <translation>&amp;Koniec kadencji:</translation>
    </message>
    <message>
        <source>That recall motion was not carried, so it cannot end the term: choose a carried recall motion.</source>
        <translation>Ten wniosek o odwołanie nie został przyjęty, więc nie może zakończyć kadencji: wybierz przyjęty wniosek o odwołanie.</translation>
    </message>
    <message>
        <source>The recall date is before the delegate&apos;s term started ({day}).</source>
        <translation>Data odwołania jest wcześniejsza niż początek kadencji delegata ({day}).</translation>
    </message>
    <message>
        <source>The recall date is before the meeting that voted the recall ({day}): choose that day or a later one.</source>
        <translation>Data odwołania jest wcześniejsza niż zebranie, które przegłosowało odwołanie ({day}): wybierz ten dzień lub późniejszy.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Forum Kit recovery key

Vault: {vault_name}

{recovery_key}

Keep this page somewhere safe and away from the computer. Anyone holding it and the vault folder can open the vault.</source>
        <translation>Klucz odzyskiwania Forum Kit

Sejf: {vault_name}

{recovery_key}

Przechowuj tę stronę w bezpiecznym miejscu, z dala od komputera. Każdy, kto ma ją i folder sejfu, może otworzyć sejf.</translation>
    </message>
    <message>
        <source>Save the recovery key page</source>
        <translation>Zapisz stronę z kluczem odzyskiwania</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Copy the key</source>
        <translation>&amp;Kopiuj klucz</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Copied. Paste it where you will write it down: the clipboard is cleared in 30 seconds.</source>
        <translation>Skopiowano. Wklej go tam, gdzie go zapiszesz: schowek zostanie wyczyszczony za 30 sekund.</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>Klucz został &amp;zapisany lub wydrukowany</translation>
    </message>
    <message>
        <source>No printer is set up on this computer, so nothing was printed. Save the page as a PDF to print it elsewhere, or copy the key and write it down.</source>
        <translation>Na tym komputerze nie skonfigurowano drukarki, więc niczego nie wydrukowano. Zapisz stronę jako PDF, aby wydrukować ją gdzie indziej, albo skopiuj klucz i zapisz go ręcznie.</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Nie wydrukowano.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <source>Saved as a PDF. The file holds the key unencrypted: print it, then delete it (and empty the bin).</source>
        <translation>Zapisano jako PDF. Plik zawiera klucz w postaci niezaszyfrowanej: wydrukuj go, a potem usuń (i opróżnij kosz).</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out, and keep it safe, before you tick the box.</source>
        <translation>Wysłano do drukarki. Sprawdź, czy strona się wydrukowała, i schowaj ją w bezpiecznym miejscu, zanim zaznaczysz pole.</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another folder.</source>
        <translation>Nie można zapisać pliku PDF w tym miejscu. Wybierz inny folder.</translation>
    </message>
    <message>
        <source>The printer reported an error: the page may not have printed. Check the printer, or save the page as a PDF.</source>
        <translation>Drukarka zgłosiła błąd: strona mogła się nie wydrukować. Sprawdź drukarkę albo zapisz stronę jako PDF.</translation>
    </message>
    <message>
        <source>This recovery key opens the vault if you forget the passphrase. It is shown only now. Write it down or print it, and keep it away from the computer.</source>
        <translation>Ten klucz odzyskiwania otwiera sejf, jeśli zapomnisz frazy hasła. Jest pokazywany tylko teraz. Zapisz go lub wydrukuj i przechowuj z dala od komputera.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Twój klucz odzyskiwania</translation>
    </message>
</context>
<context>
    <name>ReportBackModel</name>
    <message>
        <source>{vote} (not as mandated)</source>
        <translation>{vote} (wbrew mandatowi)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Delegate:</source>
        <translation>&amp;Delegat:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nie zapisano)</translation>
    </message>
    <message>
        <source>Report back on the mandate</source>
        <translation>Złóż sprawozdanie z mandatu</translation>
    </message>
    <message>
        <source>Reported &amp;on:</source>
        <translation>Data &amp;sprawozdania:</translation>
    </message>
    <message>
        <source>The delegate&apos;s notes (stay in this vault)</source>
        <translation>Notatki delegata (zostają w tym sejfie)</translation>
    </message>
    <message>
        <source>What the council decided</source>
        <translation>Co postanowiła rada</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source> (needs change {n})</source>
        <translation> (wymaga zmiany {n})</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Akceptuj</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>&amp;Keep yours</source>
        <translation>&amp;Zachowaj swoją</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Akceptuj &amp;wszystkie</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Każdy, kto otrzyma plik, może go przeczytać.</translation>
    </message>
    <message>
        <source>Appl&amp;y decisions</source>
        <translation>&amp;Zastosuj decyzje</translation>
    </message>
    <message>
        <source>Change {n} cannot be applied: {why}. Decline it.</source>
        <translation>Zmiany {n} nie można zastosować: {why}. Odrzuć ją.</translation>
    </message>
    <message>
        <source>Change {n} needs change {m}, which you declined.</source>
        <translation>Zmiana {n} wymaga zmiany {m}, którą odrzucono.</translation>
    </message>
    <message>
        <source>Changes applied: {a}; declined: {d}. Declined changes go back to the steward, marked declined, in their next copy.</source>
        <translation>Zastosowane zmiany: {a}; odrzucone: {d}. Odrzucone zmiany wracają do męża zaufania, oznaczone jako odrzucone, w jego następnej kopii.</translation>
    </message>
    <message>
        <source>Changes in the report</source>
        <translation>Zmiany w raporcie</translation>
    </message>
    <message>
        <source>Decide every change first ({n} left).</source>
        <translation>Najpierw podejmij decyzję o każdej zmianie (zostało: {n}).</translation>
    </message>
    <message>
        <source>Decline all</source>
        <translation>Odrzuć wszystkie</translation>
    </message>
    <message>
        <source>Every change with its state, the three values and your decisions so far, on paper for the committee meeting</source>
        <translation>Każda zmiana z jej stanem, trzema wartościami i Twoimi dotychczasowymi decyzjami, na papierze na zebranie komitetu</translation>
    </message>
    <message>
        <source>Report from {steward}, written {written}. Changes: {n}; conflicts: {conflicts}. Nothing is written until you apply your decisions.</source>
        <translation>Raport od {steward}, napisany {written}. Zmiany: {n}; konflikty: {conflicts}. Nic nie zostanie zapisane, dopóki nie zastosujesz decyzji.</translation>
    </message>
    <message>
        <source>Review a field report</source>
        <translation>Przejrzyj raport z terenu</translation>
    </message>
    <message>
        <source>Review sheet saved: {path}</source>
        <translation>Arkusz przeglądu zapisany: {path}</translation>
    </message>
    <message>
        <source>Save a PDF with coworkers&apos; full names without a password?</source>
        <translation>Zapisać PDF z pełnymi nazwiskami współpracowników bez hasła?</translation>
    </message>
    <message>
        <source>Save review &amp;sheet (PDF)…</source>
        <translation>Zapisz &amp;arkusz przeglądu (PDF)…</translation>
    </message>
    <message>
        <source>Saving the review sheet…</source>
        <translation>Zapisywanie arkusza przeglądu…</translation>
    </message>
    <message>
        <source>Take the &amp;steward&apos;s</source>
        <translation>Weź wersję &amp;męża zaufania</translation>
    </message>
    <message>
        <source>The review sheet could not be saved. Check the folder and try again.</source>
        <translation>Nie udało się zapisać arkusza przeglądu. Sprawdź folder i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Values of the change</source>
        <translation>Wartości zmiany</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Imported: {add} added, {upd} updated, {merged} merged, {skip} skipped.</source>
        <translation>Zaimportowano: dodane {add}, zaktualizowane {upd}, scalone {merged}, pominięte {skip}.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>Importing… the vault changes only when all rows are in.</source>
        <translation>Importowanie… sejf zmieni się dopiero po wczytaniu wszystkich wierszy.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed.</source>
        <translation>Import nie powiódł się i niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>%1 to %2 levels, strongest support at the top; ticked levels count as support (now: %3). Taking a level off the scale never changes its history: it reads as the level you choose.</source>
        <translation>Od %1 do %2 poziomów, najsilniejsze poparcie na górze; zaznaczone poziomy liczą się jako poparcie (teraz: %3). Usunięcie poziomu ze skali nigdy nie zmienia jego historii: będzie odczytywana jako wybrany poziom.</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>&amp;Dodaj poziom</translation>
    </message>
    <message>
        <source>1 is the strongest opposition</source>
        <translation>1 to najsilniejszy sprzeciw</translation>
    </message>
    <message>
        <source>1 is the strongest support</source>
        <translation>1 to najsilniejsze poparcie</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Counts as support</source>
        <translation>Liczy się jako poparcie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Label of level %1</source>
        <translation>Etykieta poziomu %1</translation>
    </message>
    <message>
        <source>Label of unassessed</source>
        <translation>Etykieta „bez oceny”</translation>
    </message>
    <message>
        <source>Meaning of level %1</source>
        <translation>Znaczenie poziomu %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <source>N&amp;umbers:</source>
        <translation>&amp;Numery:</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Nowy poziom</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numeracja</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Poparcie</translation>
    </message>
    <message>
        <source>What %1 reads as</source>
        <translation>%1 odczytywany jako</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <source>its history reads as</source>
        <translation>jego historia odczytywana jako</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Nothing matches. Search looks at names, job titles, shifts, languages, notes, conversations, grievances and areas. Case and accents do not matter, and names can be typed in plain letters: lukasz finds Łukasz, strasse Straße, ivan Иван.</source>
        <translation>Nic nie pasuje. Wyszukiwanie obejmuje nazwiska, stanowiska, zmiany, języki, notatki, rozmowy, skargi i działy. Wielkość liter i znaki diakrytyczne nie mają znaczenia, a nazwiska można wpisywać zwykłymi literami: lukasz znajdzie Łukasz, strasse Straße, ivan Иван.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Search is not available in this version yet.</source>
        <translation>Wyszukiwanie nie jest jeszcze dostępne w tej wersji.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>Still indexing the copy&apos;s one-on-one notes: some conversations may be missing. Search again in a moment.</source>
        <translation>Notatki z rozmów jeden na jeden w kopii są jeszcze indeksowane: części rozmów może brakować. Wyszukaj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Type in the search box and press Enter.</source>
        <translation>Wpisz tekst w polu wyszukiwania i naciśnij Enter.</translation>
    </message>
    <message>
        <source>{n} found. Press Enter or double-click to open one.</source>
        <translation>Znaleziono: {n}. Naciśnij Enter lub kliknij dwukrotnie, aby otworzyć.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message numerus="yes">
        <source>%n checks failed: reinstall Forum Kit.</source>
        <translation>
            <numerusform>%n test nie powiódł się; zainstaluj Forum Kit ponownie.</numerusform>
            <numerusform>%n testy nie powiodły się; zainstaluj Forum Kit ponownie.</numerusform>
            <numerusform>%n testów nie powiodło się; zainstaluj Forum Kit ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is in place.</source>
        <translation>Wszystko, co potrzebne, jest na miejscu.</translation>
    </message>
    <message>
        <source>Forum Kit self-check (Qt platform: {platform})</source>
        <translation>Autotest Forum Kit (platforma Qt: {platform})</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>wykresy</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>szyfrowanie</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>licencje</translation>
    </message>
    <message>
        <source>memory after a lock</source>
        <translation>pamięć po zablokowaniu</translation>
    </message>
    <message>
        <source>no application icon in the resources folder</source>
        <translation>brak ikony aplikacji w folderze zasobów</translation>
    </message>
    <message>
        <source>no licence texts in the resources folder</source>
        <translation>brak tekstów licencji w folderze zasobów</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>drukowanie</translation>
    </message>
    <message>
        <source>program files</source>
        <translation>pliki programu</translation>
    </message>
    <message>
        <source>vault schema</source>
        <translation>schemat sejfu</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Setting &apos;{key}&apos; must be a {name}.</source>
        <translation>Ustawienie &apos;{key}&apos; musi być typu {name}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at least {minimum}.</source>
        <translation>Ustawienie &apos;{key}&apos; musi wynosić co najmniej {minimum}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at most {maximum}.</source>
        <translation>Ustawienie &apos;{key}&apos; może wynosić najwyżej {maximum}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be one of: {choices}.</source>
        <translation>Ustawienie &apos;{key}&apos; musi mieć jedną z wartości: {choices}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; needs a value.</source>
        <translation>Ustawienie &apos;{key}&apos; wymaga wartości.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>Nieznane ustawienie &apos;{key}&apos;.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Lock after idle (minutes)</source>
        <translation>&amp;Blokuj po bezczynności (minuty)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Nikt</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(nikogo nie wybrano)</translation>
    </message>
    <message>
        <source>(none: ask each time)</source>
        <translation>(brak: pytaj za każdym razem)</translation>
    </message>
    <message>
        <source>A new language applies the next time Forum Kit starts.</source>
        <translation>Nowy język zostanie zastosowany przy następnym uruchomieniu Forum Kit.</translation>
    </message>
    <message>
        <source>Assessment is &amp;stale after (days)</source>
        <translation>Ocena nie&amp;aktualna po (dniach)</translation>
    </message>
    <message>
        <source>Assessment scale</source>
        <translation>Skala ocen</translation>
    </message>
    <message>
        <source>Automatic &amp;backup every (hours)</source>
        <translation>Automatyczna kopia zapasowa &amp;co (godziny)</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept</source>
        <translation>Przechowywane automatyczne ko&amp;pie</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Zmień &amp;frazę hasła…</translation>
    </message>
    <message>
        <source>Deadline is &amp;due soon within (working days)</source>
        <translation>Termin jest b&amp;liski w ciągu (dni roboczych)</translation>
    </message>
    <message>
        <source>Default &amp;workplace</source>
        <translation>Domyślny &amp;zakład pracy</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klucze</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Utwórz nowy &amp;klucz odzyskiwania…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Domyślny systemu ({language})</translation>
    </message>
    <message>
        <source>The person in this vault who uses it: preselected as who talked in a one-on-one, and recorded as who made an assessment.</source>
        <translation>Osoba w tym sejfie, która go używa: wybierana domyślnie jako rozmówca w rozmowie jeden na jeden i zapisywana jako autor oceny.</translation>
    </message>
    <message>
        <source>The scale cannot be edited yet.</source>
        <translation>Skali nie można jeszcze edytować.</translation>
    </message>
    <message>
        <source>Vault and me</source>
        <translation>Sejf i ja</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>Nieznane ustawienie &apos;{key}&apos;.</translation>
    </message>
</context>
<context>
    <name>SmallNumbers</name>
    <message>
        <source>at least {n}</source>
        <translation>co najmniej {n}</translation>
    </message>
    <message>
        <source>fewer than {n}</source>
        <translation>mniej niż {n}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ukryte</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>A&amp;ppeal to next step…</source>
        <translation>&amp;Przekaż do następnego etapu…</translation>
    </message>
    <message>
        <source>Add e&amp;xtension…</source>
        <translation>Dodaj prz&amp;edłużenie…</translation>
    </message>
    <message>
        <source>Appeal filed on:</source>
        <translation>Przekazano dalej dnia:</translation>
    </message>
    <message>
        <source>Appeal to the next step</source>
        <translation>Przekaż do następnego etapu</translation>
    </message>
    <message>
        <source>Appealed; deadlines recomputed from the contract.</source>
        <translation>Przekazano dalej; terminy przeliczono według układu zbiorowego.</translation>
    </message>
    <message>
        <source>Current step: {step} (contract: {contract})</source>
        <translation>Bieżący etap: {step} (układ zbiorowy: {contract})</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Employer&apos;s answer deadline</source>
        <translation>Termin odpowiedzi pracodawcy</translation>
    </message>
    <message>
        <source>Extension recorded; the deadline moved.</source>
        <translation>Zapisano przedłużenie; termin został przesunięty.</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Przedłużenia</translation>
    </message>
    <message>
        <source>Filing / appeal deadline</source>
        <translation>Termin złożenia / przekazania</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Otwarte terminy</translation>
    </message>
    <message>
        <source>Record &amp;answer…</source>
        <translation>Zapisz &amp;odpowiedź…</translation>
    </message>
    <message>
        <source>Record &amp;filing…</source>
        <translation>Zapisz &amp;złożenie…</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Zapisz odpowiedź</translation>
    </message>
    <message>
        <source>Record filing</source>
        <translation>Zapisz złożenie</translation>
    </message>
    <message>
        <source>Recorded; deadlines recomputed.</source>
        <translation>Zapisano; terminy przeliczono.</translation>
    </message>
    <message>
        <source>Step history</source>
        <translation>Historia etapów</translation>
    </message>
    <message>
        <source>Written extensions</source>
        <translation>Przedłużenia na piśmie</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>It contains common words, keyboard runs or repeated characters.</source>
        <translation>Zawiera popularne słowa, ciągi klawiszy lub powtarzające się znaki.</translation>
    </message>
    <message>
        <source>It uses only a few different characters.</source>
        <translation>Używa tylko kilku różnych znaków.</translation>
    </message>
    <message>
        <source>Long and varied.</source>
        <translation>Długa i zróżnicowana.</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters.</source>
        <translation>Za krótka: użyj co najmniej {n} znaków.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Wpisz frazę hasła.</translation>
    </message>
    <message>
        <source>Use several unrelated words, or mix letters, digits and symbols.</source>
        <translation>Użyj kilku niepowiązanych słów albo połącz litery, cyfry i symbole.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Fair</source>
        <translation>Przeciętna</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Silna</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Użyj co najmniej 12 znaków; cztery lub więcej niepowiązanych słów łatwo zapamiętać i trudno odgadnąć.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Słaba</translation>
    </message>
</context>
<context>
    <name>StrengthWords</name>
    <message numerus="yes">
        <source>%n unrelated words; each extra word makes it much stronger.</source>
        <translation>
            <numerusform>%n niepowiązane słowo; każde kolejne słowo znacznie ją wzmacnia.</numerusform>
            <numerusform>%n niepowiązane słowa; każde kolejne słowo znacznie ją wzmacnia.</numerusform>
            <numerusform>%n niepowiązanych słów; każde kolejne słowo znacznie ją wzmacnia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureTestDialog</name>
    <message>
        <source>Structure tests</source>
        <translation>Testy struktury</translation>
    </message>
</context>
<context>
    <name>StructureTestLists</name>
    <message>
        <source>below</source>
        <translation>poniżej</translation>
    </message>
    <message>
        <source>meets it</source>
        <translation>osiąga</translation>
    </message>
</context>
<context>
    <name>StructureTestPanel</name>
    <message>
        <source>&amp;Create test</source>
        <translation>&amp;Utwórz test</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Area to record</source>
        <translation>Dział do zapisania</translation>
    </message>
    <message>
        <source>Create a test to start recording.</source>
        <translation>Utwórz test, aby zacząć zapisywanie.</translation>
    </message>
    <message>
        <source>Keys: P participated · A asked · R refused (moves to the next person).</source>
        <translation>Klawisze: P uczestniczył(a) · A poproszono · R odmówił(a) (przechodzi do następnej osoby).</translation>
    </message>
    <message>
        <source>New structure test</source>
        <translation>Nowy test struktury</translation>
    </message>
    <message>
        <source>People asked</source>
        <translation>Poproszone osoby</translation>
    </message>
    <message>
        <source>Record in &amp;area:</source>
        <translation>Zapisz w &amp;dziale:</translation>
    </message>
    <message>
        <source>Results by area</source>
        <translation>Wyniki według działów</translation>
    </message>
    <message>
        <source>Structure tests</source>
        <translation>Testy struktury</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>Pr&amp;óg:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Testy</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>Cały zakład pracy</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>poniżej progu</translation>
    </message>
    <message>
        <source>meets the threshold</source>
        <translation>osiąga próg</translation>
    </message>
    <message>
        <source>{name}: {p} of {n} participated ({pct:.0f} %), threshold {t} % — {verdict}</source>
        <translation>{name}: uczestniczyło {p} z {n} ({pct:.0f} %), próg {t} % — {verdict}</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Fill in the form first.</source>
        <translation>Najpierw wypełnij formularz.</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>, decided {how}</source>
        <translation>, decyzja {how}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source> Not saved yet.</source>
        <translation> Jeszcze niezapisane.</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Układ zbiorowy:</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Wstaw pole</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Pismo:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Back to the &amp;default…</source>
        <translation>Przywróć &amp;domyślny…</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>Fields are filled from the case when a letter is made. Write {{ and }} for a brace.</source>
        <translation>Pola są wypełniane danymi sprawy, gdy powstaje pismo. Aby wpisać nawias klamrowy, napisz {{ lub }}.</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>&amp;Treść pisma:</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Szablony pism</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Treść pisma</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>Saved: letters of this kind under this contract use it now.</source>
        <translation>Zapisano: pisma tego rodzaju w ramach tego układu zbiorowego używają go teraz.</translation>
    </message>
    <message>
        <source>Set up a contract first (“Contract…” on the Grievances page).</source>
        <translation>Najpierw skonfiguruj układ zbiorowy („Układ zbiorowy…” na stronie Skargi).</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>The default wording</source>
        <translation>Domyślna treść</translation>
    </message>
    <message>
        <source>This contract&apos;s own wording</source>
        <translation>Własna treść tego układu zbiorowego</translation>
    </message>
    <message>
        <source>the default wording is used again</source>
        <translation>znów używana jest domyślna treść</translation>
    </message>
    <message>
        <source>the subject and text typed since the last save</source>
        <translation>temat i treść wpisane od ostatniego zapisu</translation>
    </message>
    <message>
        <source>this contract&apos;s own wording of this letter</source>
        <translation>własna treść tego pisma w tym układzie zbiorowym</translation>
    </message>
    <message>
        <source>your changes to this template</source>
        <translation>Twoje zmiany w tym szablonie</translation>
    </message>
    <message>
        <source>✓ Every field is known.</source>
        <translation>✓ Wszystkie pola są znane.</translation>
    </message>
</context>
<context>
    <name>TileMap</name>
    <message>
        <source>Committee: </source>
        <translation>Komitet: </translation>
    </message>
    <message>
        <source>No areas yet: add them beside the picture.</source>
        <translation>Brak działów: dodaj je obok obrazu.</translation>
    </message>
    <message>
        <source>Organic leaders: </source>
        <translation>Naturalni liderzy: </translation>
    </message>
    <message>
        <source>Picture of the workplace</source>
        <translation>Obraz zakładu pracy</translation>
    </message>
    <message>
        <source>Zone: </source>
        <translation>Strefa: </translation>
    </message>
    <message>
        <source>blue lines: ties between areas (how many)</source>
        <translation>niebieskie linie: powiązania między działami (ile)</translation>
    </message>
    <message>
        <source>green border: free zone, red dashes: danger zone</source>
        <translation>zielona ramka: strefa wolna, czerwone kreski: strefa niebezpieczna</translation>
    </message>
    <message>
        <source>hatched: committee below 1 in 10</source>
        <translation>kreskowanie: komitet poniżej 1 na 10</translation>
    </message>
    <message>
        <source>no one mapped</source>
        <translation>nikogo na mapie</translation>
    </message>
    <message>
        <source>★ an organic leader</source>
        <translation>★ naturalny lider</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>&amp;Body in this vault:</source>
        <translation>&amp;Organ w tym sejfie:</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Karta:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>Od&amp;cisk:</translation>
    </message>
    <message>
        <source>&amp;Is a:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>&amp;Nazwa tutaj:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>Zostaw puste, aby użyć nazwy z karty</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>Wklej kartę: &apos;Forum Kit public key card v1&apos; …</translation>
    </message>
    <message>
        <source>Trust a key card</source>
        <translation>Zaufaj karcie klucza</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>Wpisz porównany odcisk</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Not enough memory to derive the key. Close other programs and try again.</source>
        <translation>Za mało pamięci, aby wyprowadzić klucz. Zamknij inne programy i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The vault could not be opened (unexpected {name}). Nothing was changed.</source>
        <translation>Nie można otworzyć sejfu (nieoczekiwany błąd {name}). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Wrong passphrase — try again</source>
        <translation>Nieprawidłowa fraza hasła — spróbuj ponownie</translation>
    </message>
    <message>
        <source>Wrong recovery key — try again</source>
        <translation>Nieprawidłowy klucz odzyskiwania — spróbuj ponownie</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Fraza hasła</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is &apos;{p}&apos;</source>
        <translation>Sejf demonstracyjny: fraza hasła to &apos;{p}&apos;</translation>
    </message>
    <message>
        <source>Deriving the key… this takes about a second.</source>
        <translation>Wyprowadzanie klucza… to trwa około sekundy.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Najpierw wpisz frazę hasła.</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>Odblokuj „{name}”</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Użyj &amp;klucza odzyskiwania</translation>
    </message>
</context>
<context>
    <name>VoteTally</name>
    <message>
        <source>For</source>
        <comment>votes for a motion</comment>
        <translation>Za</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>&amp;Area name:</source>
        <translation>&amp;Nazwa działu:</translation>
    </message>
    <message>
        <source>&amp;Bring in a chart…</source>
        <translation>&amp;Wczytaj mapę zakładu…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Pracodawca:</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Zapisz i przejdź dalej</translation>
    </message>
    <message>
        <source>&amp;Save the one-on-one</source>
        <translation>&amp;Zapisz rozmowę jeden na jeden</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Zakład pracy:</translation>
    </message>
    <message>
        <source>1. Your workplace</source>
        <translation>1. Twój zakład pracy</translation>
    </message>
    <message>
        <source>2. Your first area</source>
        <translation>2. Twój pierwszy dział</translation>
    </message>
    <message>
        <source>3. The first people</source>
        <translation>3. Pierwsze osoby</translation>
    </message>
    <message>
        <source>4. Your first one-on-one</source>
        <translation>4. Twoja pierwsza rozmowa jeden na jeden</translation>
    </message>
    <message>
        <source>A new workplace</source>
        <translation>Nowy zakład pracy</translation>
    </message>
    <message>
        <source>A&amp;dd this person</source>
        <translation>&amp;Dodaj tę osobę</translation>
    </message>
    <message>
        <source>Add at least one person, or bring in a chart.</source>
        <translation>Dodaj co najmniej jedną osobę albo wczytaj mapę zakładu.</translation>
    </message>
    <message>
        <source>Add the coworkers you know, one by one, with their &lt;b&gt;personal&lt;/b&gt; phone (never a work one) and where you think they stand. Or bring in a chart you already keep as a spreadsheet (CSV, XLSX or ODS): the import shows every row before it writes.</source>
        <translation>Dodaj znanych ci współpracowników, jednego po drugim, z ich &lt;b&gt;prywatnym&lt;/b&gt; telefonem (nigdy służbowym) i tym, jak są twoim zdaniem nastawieni. Możesz też wczytać mapę zakładu, którą już prowadzisz w arkuszu kalkulacyjnym (CSV, XLSX lub ODS): import pokazuje każdy wiersz, zanim cokolwiek zapisze.</translation>
    </message>
    <message>
        <source>Assess&amp;ment:</source>
        <translation>&amp;Ocena:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Pierwsze kroki</translation>
    </message>
    <message>
        <source>Four short steps set up your chart, each saved as soon as you do it:&lt;ol&gt;&lt;li&gt;your &lt;b&gt;workplace&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;area&lt;/b&gt; (a department, line, shift or ward);&lt;/li&gt;&lt;li&gt;the first &lt;b&gt;people&lt;/b&gt;, typed in or brought in from a chart you already keep;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;one-on-one&lt;/b&gt;, the AEIOU way.&lt;/li&gt;&lt;/ol&gt;Skip it whenever you like: what you saved stays. Press F1 on any page for its part of the guide.&lt;br&gt;&lt;br&gt;Before the first name: coworkers&apos; jobs can depend on this chart. Keep it on your own computer, never on the employer&apos;s, and read &lt;b&gt;Safety first&lt;/b&gt; (Help menu).</source>
        <translation>Cztery krótkie kroki zakładają twoją mapę zakładu, a każdy z nich jest zapisywany od razu:&lt;ol&gt;&lt;li&gt;twój &lt;b&gt;zakład pracy&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;twój pierwszy &lt;b&gt;dział&lt;/b&gt; (wydział, linia, zmiana lub oddział);&lt;/li&gt;&lt;li&gt;pierwsze &lt;b&gt;osoby&lt;/b&gt;, wpisane ręcznie lub wczytane z mapy, którą już prowadzisz;&lt;/li&gt;&lt;li&gt;twoja pierwsza &lt;b&gt;rozmowa jeden na jeden&lt;/b&gt;, według AEIOU.&lt;/li&gt;&lt;/ol&gt;Możesz to pominąć w każdej chwili: to, co zapisano, zostaje. Naciśnij F1 na dowolnej stronie, aby otworzyć jej część przewodnika.&lt;br&gt;&lt;br&gt;Zanim wpiszesz pierwsze nazwisko: od tej mapy może zależeć praca twoich współpracowników. Trzymaj ją na własnym komputerze, nigdy na komputerze pracodawcy, i przeczytaj &lt;b&gt;Najpierw bezpieczeństwo&lt;/b&gt; (menu Pomoc).</translation>
    </message>
    <message>
        <source>Log a conversation you had: what they are angry about (&lt;b&gt;Agitate&lt;/b&gt;), what would fix it and who decides (&lt;b&gt;Educate&lt;/b&gt;), what the boss will do next (&lt;b&gt;Inoculate&lt;/b&gt;), the &lt;b&gt;ask&lt;/b&gt; and their &lt;b&gt;answer&lt;/b&gt;, how they connect to the group (&lt;b&gt;Unite&lt;/b&gt;), and where they stand now.</source>
        <translation>Zapisz odbytą rozmowę: co ich złości (&lt;b&gt;Poruszyć&lt;/b&gt;), co by to naprawiło i kto o tym decyduje (&lt;b&gt;Edukować&lt;/b&gt;), co szef zrobi dalej (&lt;b&gt;Uodpornić&lt;/b&gt;), &lt;b&gt;prośbę&lt;/b&gt; i ich &lt;b&gt;odpowiedź&lt;/b&gt;, jak łączą się z grupą (&lt;b&gt;Zjednoczyć&lt;/b&gt;) i jakie mają teraz nastawienie.</translation>
    </message>
    <message>
        <source>Map the workplace as its workers know it: a department, a line, a shift, a ward. Start with the area you work in; on the Map, &lt;b&gt;Add below&lt;/b&gt; goes deeper (department, then line, then shift).</source>
        <translation>Podziel zakład pracy tak, jak znają go pracownicy: wydział, linia, zmiana, oddział. Zacznij od działu, w którym pracujesz; na Mapie przycisk &lt;b&gt;Dodaj poniżej&lt;/b&gt; schodzi głębiej (wydział, potem linia, potem zmiana).</translation>
    </message>
    <message>
        <source>Next: map the other areas on the &lt;b&gt;Map&lt;/b&gt;, read &lt;b&gt;Safety first&lt;/b&gt; in the guide (Help), and keep talking: each one-on-one you log moves the Map&apos;s figures.</source>
        <translation>Co dalej: zmapuj pozostałe działy na &lt;b&gt;Mapie&lt;/b&gt;, przeczytaj w przewodniku &lt;b&gt;Najpierw bezpieczeństwo&lt;/b&gt; (Pomoc) i rozmawiaj dalej: każda zapisana rozmowa jeden na jeden zmienia liczby na Mapie.</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Jeszcze nie oceniono</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>People in this workplace</source>
        <translation>Osoby w tym zakładzie pracy</translation>
    </message>
    <message numerus="yes">
        <source>People in this workplace so far: %n</source>
        <translation>
            <numerusform>Osoby w tym zakładzie pracy do tej pory: %n</numerusform>
            <numerusform>Osoby w tym zakładzie pracy do tej pory: %n</numerusform>
            <numerusform>Osoby w tym zakładzie pracy do tej pory: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: a workplace, an area, %n person(s) and a one-on-one.</source>
        <translation>
            <numerusform>Zapisano: zakład pracy, dział, %n osobę i rozmowę jeden na jeden.</numerusform>
            <numerusform>Zapisano: zakład pracy, dział, %n osoby i rozmowę jeden na jeden.</numerusform>
            <numerusform>Zapisano: zakład pracy, dział, %n osób i rozmowę jeden na jeden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ski&amp;p the walk-through</source>
        <translation>&amp;Pomiń wprowadzenie</translation>
    </message>
    <message numerus="yes">
        <source>Step %n of 4</source>
        <translation>
            <numerusform>Krok %n z 4</numerusform>
            <numerusform>Krok %n z 4</numerusform>
            <numerusform>Krok %n z 4</numerusform>
        </translation>
    </message>
    <message>
        <source>The site you organise: a depot, a hospital, a call centre. The Map shows one workplace at a time; add others later with &lt;b&gt;Add workplace&lt;/b&gt;.</source>
        <translation>Miejsce, w którym organizujesz: magazyn, szpital, call center. Mapa pokazuje jeden zakład pracy naraz; kolejne dodasz później przyciskiem &lt;b&gt;Dodaj zakład pracy&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Welcome to your new vault</source>
        <translation>Witaj w nowym sejfie</translation>
    </message>
    <message>
        <source>What you saved stays; the walk-through is not offered again (Help &gt; First steps opens it).</source>
        <translation>To, co zapisano, zostaje; wprowadzenie nie pojawi się ponownie (otworzysz je przez Pomoc &gt; Pierwsze kroki).</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Zakład pracy</translation>
    </message>
    <message>
        <source>Your chart has begun</source>
        <translation>Twoja mapa zakładu powstaje</translation>
    </message>
    <message>
        <source>e.g. Loading bay</source>
        <translation>np. Rampa załadunkowa</translation>
    </message>
    <message>
        <source>e.g. Parcelco Ltd (optional)</source>
        <translation>np. Parcelco sp. z o.o. (opcjonalnie)</translation>
    </message>
    <message>
        <source>e.g. Riverside depot</source>
        <translation>np. Magazyn Nadrzeczny</translation>
    </message>
    <message>
        <source>e.g. department, line, shift, ward</source>
        <translation>np. wydział, linia, zmiana, oddział</translation>
    </message>
    <message>
        <source>personal phone (optional)</source>
        <translation>prywatny telefon (opcjonalnie)</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This folder is synced by {service}. The vault stays encrypted, but the synced copy leaves this computer, and pages deleted from it may persist in the service&apos;s file history. Use a folder that is not synced unless you mean this.</source>
        <translation>Ten folder jest synchronizowany przez {service}. Sejf pozostaje zaszyfrowany, ale synchronizowana kopia opuszcza ten komputer, a usunięte z niej strony mogą pozostać w historii plików usługi. Użyj folderu, który nie jest synchronizowany, chyba że właśnie o to chodzi.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Create new</source>
        <translation>Utwórz nowy</translation>
    </message>
    <message>
        <source>Creating the vault and deriving its keys…</source>
        <translation>Tworzenie sejfu i wyprowadzanie jego kluczy…</translation>
    </message>
    <message>
        <source>Forum Kit</source>
        <translation>Forum Kit</translation>
    </message>
    <message>
        <source>Made-up people in many languages, to look around safely.</source>
        <translation>Zmyślone osoby w wielu językach, aby bezpiecznie się rozejrzeć.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Try the &amp;demo vault</source>
        <translation>Wypróbuj sejf &amp;demonstracyjny</translation>
    </message>
    <message>
        <source>Your organising records, encrypted on this computer.</source>
        <translation>Dokumentacja organizowania, zaszyfrowana na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Forum Kit has no leaflet words in &apos;{code}&apos; yet. Write each one in that language (missing: {n}).</source>
        <translation>Forum Kit nie ma jeszcze słów ulotki w języku &apos;{code}&apos;. Wpisz każde z nich w tym języku (brakuje: {n}).</translation>
    </message>
    <message>
        <source>The words printed besides yours; change any of them.</source>
        <translation>Słowa drukowane obok twoich; możesz zmienić każde z nich.</translation>
    </message>
</context>
</TS>
