<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source> — 1:10 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agitate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Educate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraphs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:10 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1s, 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 per sheet (handbills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 per sheet (handbills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grievance deadline this many working days away or fewer counts as due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment older than this many days counts as stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any committee role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;ked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked, no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assemblies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button / sticker day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C or CH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action, &amp;what:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action, what:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by month: opened, closed, open at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee helper (CH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee members (◆ 1:10 target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from: incident, knew of it (the first step); filed, answer received, answer due (appeals to a later step). Separate with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE SOON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE TODAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline / discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every grievance with its step, its next deadline counted from the contract, and the fact sheet to print for the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone at the workplace: who they are, where they work, how they were assessed and when someone last talked to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure to hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File/appeal days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed / appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing / appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum Kit council bundle (*.fkbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum or council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forums and councils: meetings, motions, mandates and the delegates who carry them, with their report-backs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grievant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grievant(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper (CH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many automatic backups to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the committee and the support for it grow over time, area by area, counted from the assessment history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they connect to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inocu&amp;late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (at the next start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last structure test: participation %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflets, briefings and packs printed from the vault, encrypted when they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March on the boss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to resolution by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-one conversations written up with the AEIOU structure, their issues and the follow-ups due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-ones in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open grievances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data in this bundle: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;medy sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row numbers only (no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start whichever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters (levels 1-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (1:10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concrete ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows differ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workplace map: areas, headcounts and how each person is assessed, so you can see where the committee is strong and where nobody has talked to anyone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workplace pages open with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is older than the last one imported from the same forum (it may be a replayed copy); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sender: compare fingerprints with the forum in person and trust its key card first (Trust a key card…); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hat happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho we are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are they angry about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will the boss say and do next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would fix it, and who decides?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whichever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate by contract article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate by type of grievance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted backup into the vault&apos;s backups folder this often (hours; 0 = off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font (PDFs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knew of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article, law or practice violated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earlier row&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Start days” is the filing limit for grievance types that start at that step (a discharge filed straight at step 3 counts from the incident or knowledge, not from the step 2 answer); leave it empty where no type starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Forum Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum Kit {version}
Organising records kept encrypted on this computer.
Free software under the {licence}.
Qt {qt} through PySide6 {pyside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts shipped with Forum Kit and their licences (choose one to read its licence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt libraries are separate files in Forum Kit&apos;s program folder: under the LGPL you may replace them with your own build of the same Qt version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing the demo vault (a minute at most)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department, line, shift, ward…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaDialogWords</name>
    <message numerus="yes">
        <source>%n people or grievances are in this area (or its sub-areas). Choose the area to move them to before it is deleted, or cancel.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaDialogs</name>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the area (with its sub-areas) under:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assemblies</name>
    <message>
        <source>A delegate is elected to a council, and there is no council yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the council now; then the election form opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the council…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No council yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssembliesPage</name>
    <message>
        <source> — member of {council}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Elect a delegate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass a mandate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mandate is for an agenda item of a council meeting: choose the council, schedule its meeting and add the agenda items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recall is a motion of the forum: record the recall motion and its result in a meeting of this forum first (Meetings tab, Record a motion, kind Recall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a forum or council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the delegate to recall first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mandate to report back on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates are elected by a forum: choose a forum on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates carry the forum&apos;s mandates and can be recalled by a carried recall motion of the forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeti&amp;ng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting of {day}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;x time or place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the meeting&apos;s time or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forums and councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forums&apos; mandates on its agenda are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no attendance, agenda or motions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no meetings, delegates or mandates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;andates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandates the forums in this vault gave on this council&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;forum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New c&amp;ouncil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall this delegate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the chosen forum or council, or attach it to another council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegate&apos;s term ends on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s instructions to its delegate on council agenda items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They no longer carry the forum&apos;s mandates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} forum(s) or council(s) are members of “{name}”: attach them to another council (Edit…) or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyLists</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{yes} for, {no} against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{yes} for, {no} against, {abstained} abstained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n more match; type more of the name.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find by name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guests (not in the vault):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recall rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Delegates recallable at any meeting; notice a week before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. area, workplace, city, region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <source>&amp;Areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting: this forum has no council meeting to brief on yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleDialogs</name>
    <message>
        <source>Bundle for {council}. Personal data in it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this card to the other vault&apos;s holder; compare the fingerprint in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a council bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the council bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a council bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s public key card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundlesPanel</name>
    <message>
        <source>&amp;Check personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust a key card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle saved for {council}, meeting of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council roll-up of imported bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundles from forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the bundle from {forum} (trusted as &apos;{peer}&apos;): council meeting {day}, {m} mandate(s), {a} area(s), {d} delegate(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandates per agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandates per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No council meeting yet: schedule it on the council&apos;s Meetings tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coworker names, notes, phones or e-mails are ever included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted council yet: use Trust a key card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data in this bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a bundle to the council (choose a forum on the left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no keys yet (made on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s &amp;key card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} mandate(s) and report-back(s), {a} area(s) of figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(title hidden from calendar exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;grievant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already filed, on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose steward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract a&amp;rticle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grievants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knew later, on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove grievant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is hidden from calendar exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (G-YEAR-NNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSheetForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area: the vault has no areas yet; add them on the Map page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Forum Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will be lost:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organic leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppend assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a workplace on the Map page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an area on the Map page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplo&amp;yment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last nam&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S; Enter in a one-line field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks to (social ties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence (which conversation or action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal, never the company&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typical procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no regions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar-day deadline on a day off moves to the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract and grievance procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off (weekend):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grievance types that start at a later step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday row {value}: write the date like 2026-12-25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave “Answer days” empty when there is no answer limit (arbitration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holidays in {year}: deadlines this year may fall on public holidays. Add {year}&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holidays yet: deadlines may fall on public holidays such as 25 December. Choose the country (and region) and add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {value} of the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {ordinal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps and time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contract no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: start counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the answer limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the filing limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the start limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the step number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>{what} must be a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{part}” is not an event a limit counts from; use {words}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess&amp;ment after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment after the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;who talked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who the conversation was with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is me (preselect next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issues, comma separated: pay, rota, safety</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>&amp;Open person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier conversations with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups in area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a one-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} due follow-ups (earliest first). Choose an area or a shorter time to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-on-one you were writing is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault is an encrypted folder on this computer. Choose a long passphrase: it cannot be recovered, only replaced with the recovery key shown after creating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: the two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: choose a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a vault with that name already exists in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the vault a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: use letters, digits, spaces or dashes (no slashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. warehouse-committee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum Kit backups (*.fkbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault folder (must not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into {path}. Open it from the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase at the time of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>For</source>
        <comment>what a deadline is for</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the forum wants it shown to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ouncil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the council: there is none yet, so create it first (New council… beside the tree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elect a delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election &amp;motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the delegate&apos;s name (or choose them from the contacts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ends before it starts: check the term end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no council yet. Create the council first (New council… beside the tree).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop building this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the document was not built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each worker&apos;s assessment (by row number)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved. It is not encrypted: delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is stored encrypted inside the vault. A saved copy is an ordinary, unencrypted file: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence stored in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file; use “Save a copy…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read; check it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 25 MB; attach a smaller copy or an extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file stored in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this evidence file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the grievance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the people list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include people and cases marked sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows: the list as the page shows it, with its filters and in its order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows: the whole list of the workplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no workplace yet; add one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>&amp;Agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>A CSV, XLSX or ODS chart: one row per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the encoding above, then Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates like 03/04/2025 are day/month (3 April)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (asks when unsure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>{day}  overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormBase</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForumForm</name>
    <message>
        <source>Count grievances marked &amp;sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: cases marked sensitive are left out of the grievance counts, as the briefing says. Tick only when the forum agreed to report them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum: the vault has no forum yet; add one under Assemblies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrievanceChart</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grievance chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from the first filing to the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won, % of the cases closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrievanceEditor</name>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contract first (set one up with “Contract…”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New grievance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes are back; save them when ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrievanceEvidence</name>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrievanceLists</name>
    <message>
        <source>Closed: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrievanceReviewView</name>
    <message>
        <source> · {n} marked sensitive left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{open} open&lt;/b&gt; ({overdue} overdue, {soon} due within a few working days) · &lt;b&gt;{closed} closed&lt;/b&gt; since {start}: won {won}, settled {settled}, withdrawn {withdrawn}, lost {lost}, lapsed {lapsed} · win rate &lt;b&gt;{rate}&lt;/b&gt; · median {days} days to resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As o&amp;f:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By steward, step, area, article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed &amp;since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include cases marked &amp;sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;grievants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes and months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes by article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after its end; choose an earlier “Closed since” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate: won as a share of the cases closed (settlements counted apart). Days: from the first filing to the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grievances</name>
    <message>
        <source>Export deadlines to a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrievancesPage</name>
    <message numerus="yes">
        <source>%n deadline(s) exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grievances</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New grievance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 grievance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport deadlines (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ste&amp;ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include grievants&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>Growth chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: nobody works in these areas yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrowthLists</name>
    <message>
        <source>below 1:10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message numerus="yes">
        <source>%n areas ticked; the chart compares the first {max} (untick some to choose).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compare areas (up to %n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every area as of {day}: {below} below the 1:10 committee target (listed first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeafletForm</name>
    <message numerus="yes">
        <source>&apos;{code}&apos; (second language): %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{code}&apos;: %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A blank line separates paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach you: a phone, an e-mail, a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One demand per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we are, in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The night shift committee of the depot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visual: choose an image file, or a pictogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words: Forum Kit has no leaflet words in {languages} yet. Write them in that language under “Words of the leaflet” (marked in red); nothing is printed in English instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terms agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill &amp;again from the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grievance letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this letter on the case, dated as above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on {day}. {effect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest open deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text keeps your edits; “Fill again” replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The union&apos;s filing or appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When recording, also: {effect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one item a line, e.g. the overtime sheets for March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not filled from the case: {words}. The letter prints “[missing: …]” there: fill them in the case or in the letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>&amp;New letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(what it recorded on the case, such as a filing or an appeal, stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the fact sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;fact sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact sheet saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter recorded on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters are filled from the case with the contract&apos;s own dates. Change the wording of each kind of letter with “Letter templates…” on the Grievances page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / print a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the fact sheet with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact sheet could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is no longer on the case&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy of the letter kept on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this letter&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Forum Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Forum Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of item has no page yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {name} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — Forum Kit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>&amp;Figure to hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Red lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council agenda &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum&apos;s &amp;motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass a mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the delegate must never agree to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5% pay rise, no fewer than 12 on the line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MandateState</name>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten}) — {short} short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;below…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a workplace to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an area (department, line, shift…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add wor&amp;kplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workpla&amp;ce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the workplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure &amp;tests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing about its %n person(s) or grievance(s): they move to an area you choose</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check what each column holds. Unmatched columns are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping you used last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows read; header on line {line}. Columns matched by {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. union hall, canteen after the late shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n guest(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda &amp;item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting, or schedule one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;motion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message>
        <source>&amp;Counted vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion as put to the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenPanel</name>
    <message>
        <source>&amp;Open a vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent vaults on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault (a folder ending in .forumkit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose with this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: {o} {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened; its deadlines count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>&amp;Forum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart sheets show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council &amp;meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the forum&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items: tick at least one council meeting or one chart sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: the two new passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup files you wrote elsewhere still open with the old passphrase: delete them, or keep them as safe as it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the new key… about a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: it is the current one. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backups could not be renewed ({message}): those in the vault&apos;s backups folder still open with the old passphrase. {elsewhere}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new one is shown once: write it down or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed (unexpected {kind}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key was not accepted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key you have now stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s data is not re-encrypted: only the passphrase that unlocks it changes. Backups made before today still open with the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {removed} automatic backup(s), still under the old passphrase, are replaced by one made now. {elsewhere}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You unlocked the vault with its recovery key. Set a new passphrase now, so that you can open it without the key next time. The recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a workplace on the Map page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, jobs, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you were editing was deleted while the vault was locked; your unsaved changes were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their assessment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their conversations and ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their details and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickContactDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not built yet. It will arrive in a later version; nothing here is stored or shown from your vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>It adds: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {n} rows… nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows and skip the rejected (and unsettled) ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run failed; nothing was changed. Go back and check the file and columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows are a person an earlier row names, but say something else. Choose which values to keep, or that they are two people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{add} to add, {upd} to update, {same} unchanged, {rej} rejected; {areas} new areas; {merged} merged into an earlier row of the same person, {conflicts} to choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall &amp;motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall the delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recall motion was not carried, so it cannot end the term: choose a carried recall motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recall date is before the delegate&apos;s term started ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recall date is before the meeting that voted the recall ({day}): choose that day or a later one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Forum Kit recovery key

Vault: {vault_name}

{recovery_key}

Keep this page somewhere safe and away from the computer. Anyone holding it and the vault folder can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Copy the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it where you will write it down: the clipboard is cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer, so nothing was printed. Save the page as a PDF to print it elsewhere, or copy the key and write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a PDF. The file holds the key unencrypted: print it, then delete it (and empty the bin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out, and keep it safe, before you tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer reported an error: the page may not have printed. Check the printer, or save the page as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key opens the vault if you forget the passphrase. It is shown only now. Write it down or print it, and keep it away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Delegate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report back on the mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegate&apos;s notes (stay in this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the council decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Imported: {add} added, {upd} updated, {merged} merged, {skip} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… the vault changes only when all rows are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Nothing matches. Search looks at names, job titles, shifts, languages, notes, conversations, grievances and areas. Case and accents do not matter, and names can be typed in plain letters: lukasz finds Łukasz, strasse Straße, ivan Иван.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the search box and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} found. Press Enter or double-click to open one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Everything needed is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum Kit self-check (Qt platform: {platform})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no application icon in the resources folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no licence texts in the resources folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} check(s) failed: reinstall Forum Kit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Setting &apos;{key}&apos; must be a {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at least {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at most {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Lock after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: ask each time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Forum Kit starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment is &amp;stale after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;backup every (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline is &amp;due soon within (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels 1 and 2 count as support. Relabelling changes every chart and list; the history of assessments is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person in this vault who uses it: preselected as who talked in a one-on-one, and recorded as who made an assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale cannot be edited yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault and me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>A&amp;ppeal to next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e&amp;xtension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal filed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appealed; deadlines recomputed from the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step: {step} (contract: {contract})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s answer deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension recorded; the deadline moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing / appeal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;filing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded; deadlines recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written extensions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>It contains common words, keyboard runs or repeated characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses only a few different characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long and varied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use several unrelated words, or mix letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or more unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthWords</name>
    <message numerus="yes">
        <source>%n unrelated words; each extra word makes it much stronger.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureTestDialog</name>
    <message>
        <source>Structure tests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureTestPanel</name>
    <message>
        <source>&amp;Create test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a test to start recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: P participated · A asked · R refused (moves to the next person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New structure test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record in &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {p} of {n} participated ({pct:.0f} %), threshold {t} % — {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Fill in the form first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source> Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;default…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields are filled from the case when a letter is made. Write {{ and }} for a brace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: letters of this kind under this contract use it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a contract first (“Contract…” on the Grievances page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract&apos;s own wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default wording is used again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject and text typed since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contract&apos;s own wording of this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your changes to this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Every field is known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>&amp;Body in this vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Is a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a key card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Not enough memory to derive the key. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be opened (unexpected {name}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase — try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery key — try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is &apos;{p}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key… this takes about a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteTally</name>
    <message>
        <source>For</source>
        <comment>votes for a motion</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This folder is synced by {service}. The vault stays encrypted, but the synced copy leaves this computer, and pages deleted from it may persist in the service&apos;s file history. Use a folder that is not synced unless you mean this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Create new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault and deriving its keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made-up people in many languages, to look around safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organising records, encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Forum Kit has no leaflet words in &apos;{code}&apos; yet. Write each one in that language (missing: {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words printed besides yours; change any of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
