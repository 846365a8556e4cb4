<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AreaDialogWords</name>
    <message numerus="yes">
        <source>%n people or grievances are in this area (or its sub-areas). Choose the area to move them to before it is deleted, or cancel.</source>
        <translation>
            <numerusform>%n person or grievance is in this area (or its sub-areas). Choose the area to move it to before it is deleted, or cancel.</numerusform>
            <numerusform>%n people or grievances are in this area (or its sub-areas). Choose the area to move them to before it is deleted, or cancel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssembliesPage</name>
    <message numerus="yes">
        <source>%n forums or councils are members of “{name}”: attach them to another council (Edit…) or delete them first.</source>
        <translation>
            <numerusform>%n forum or council is a member of “{name}”: attach it to another council (Edit…) or delete it first.</numerusform>
            <numerusform>%n forums or councils are members of “{name}”: attach them to another council (Edit…) or delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n more match; type more of the name.</source>
        <translation>
            <numerusform>%n more match; type more of the name.</numerusform>
            <numerusform>%n more matches; type more of the name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message numerus="yes">
        <source>%n copies written to {folder}. Give each steward theirs (a stick, a message): it opens only in their vault.</source>
        <translation>
            <numerusform>%n copy written to {folder}. Give the steward theirs (a stick, a message): it opens only in their vault.</numerusform>
            <numerusform>%n copies written to {folder}. Give each steward theirs (a stick, a message): it opens only in their vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message numerus="yes">
        <source>The committee has nobody in %n group(s), marked red.</source>
        <translation>
            <numerusform>The committee has nobody in %n group, marked red.</numerusform>
            <numerusform>The committee has nobody in %n groups, marked red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrievancesPage</name>
    <message numerus="yes">
        <source>%n deadline(s) exported.</source>
        <translation>
            <numerusform>%n deadline exported.</numerusform>
            <numerusform>%n deadlines exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grievances</source>
        <translation>
            <numerusform>%n grievance</numerusform>
            <numerusform>%n grievances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n overdue</numerusform>
            <numerusform>⚠ %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message numerus="yes">
        <source>%n areas ticked; the chart compares the first {max} (untick some to choose).</source>
        <translation>
            <numerusform>%n area ticked; the chart compares the first {max} (untick some to choose).</numerusform>
            <numerusform>%n areas ticked; the chart compares the first {max} (untick some to choose).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare areas (up to %n):</source>
        <translation>
            <numerusform>Compare areas (up to %n):</numerusform>
            <numerusform>Compare areas (up to %n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message numerus="yes">
        <source>Saved the quick start (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Saved the quick start (%n page) to {path}.</numerusform>
            <numerusform>Saved the quick start (%n pages) to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeafletForm</name>
    <message numerus="yes">
        <source>&apos;{code}&apos; (second language): %n word(s)</source>
        <translation>
            <numerusform>&apos;{code}&apos; (second language): %n word</numerusform>
            <numerusform>&apos;{code}&apos; (second language): %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{code}&apos;: %n word(s)</source>
        <translation>
            <numerusform>&apos;{code}&apos;: %n word</numerusform>
            <numerusform>&apos;{code}&apos;: %n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing about its %n person(s) or grievance(s): they move to an area you choose</source>
        <translation>
            <numerusform>nothing about its %n person or grievance: it moves to an area you choose</numerusform>
            <numerusform>nothing about its %n people or grievances: they move to an area you choose</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n guest(s)</source>
        <translation>
            <numerusform>, %n guest</numerusform>
            <numerusform>, %n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <source>The %n automatic backups, still under the old passphrase, are replaced by one made now. {elsewhere}</source>
        <translation>
            <numerusform>The %n automatic backup, still under the old passphrase, is replaced by one made now. {elsewhere}</numerusform>
            <numerusform>The %n automatic backups, still under the old passphrase, are replaced by one made now. {elsewhere}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message numerus="yes">
        <source>%n checks failed: reinstall Forum Kit.</source>
        <translation>
            <numerusform>%n check failed: reinstall Forum Kit.</numerusform>
            <numerusform>%n checks failed: reinstall Forum Kit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthWords</name>
    <message numerus="yes">
        <source>%n unrelated words; each extra word makes it much stronger.</source>
        <translation>
            <numerusform>%n unrelated word; each extra word makes it much stronger.</numerusform>
            <numerusform>%n unrelated words; each extra word makes it much stronger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message numerus="yes">
        <source>People in this workplace so far: %n</source>
        <translation>
            <numerusform>People in this workplace so far: %n</numerusform>
            <numerusform>People in this workplace so far: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: a workplace, an area, %n person(s) and a one-on-one.</source>
        <translation>
            <numerusform>Saved: a workplace, an area, %n person and a one-on-one.</numerusform>
            <numerusform>Saved: a workplace, an area, %n people and a one-on-one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step %n of 4</source>
        <translation>
            <numerusform>Step %n of 4</numerusform>
            <numerusform>Step %n of 4</numerusform>
        </translation>
    </message>
</context>
</TS>
