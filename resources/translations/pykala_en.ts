<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BringInDialog</name>
    <message numerus="yes">
        <source>Items that earlier meetings of this body tabled or returned for preparation, and that no later agenda has taken up yet (the last %n year(s)). To copy any other earlier item, find it by its words.</source>
        <translation><numerusform>Items that earlier meetings of this body tabled or returned for preparation, and that no later agenda has taken up yet (the last %n year). To copy any other earlier item, find it by its words.</numerusform><numerusform>Items that earlier meetings of this body tabled or returned for preparation, and that no later agenda has taken up yet (the last %n years). To copy any other earlier item, find it by its words.</numerusform></translation>
    </message>
    </context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Members' packages readable until: %n day(s) after the meeting</source>
        <translation><numerusform>Members' packages readable until: %n day after the meeting</numerusform><numerusform>Members' packages readable until: %n days after the meeting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n personal deputy(s) now stand(s) in for the successor.</source>
        <translation><numerusform>%n personal deputy now stands in for the successor.</numerusform><numerusform>%n personal deputies now stand in for the successor.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n personal deputy membership(s) ended with the seat.</source>
        <translation><numerusform>%n personal deputy membership ended with the seat.</numerusform><numerusform>%n personal deputy memberships ended with the seat.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) of %1 ended on %2.</source>
        <translation><numerusform>%n membership of %1 ended on %2.</numerusform><numerusform>%n memberships of %1 ended on %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation><numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The store is intact: integrity and foreign keys check out, and %n audit log entries form an unbroken chain that matches the stored records.</source>
        <translation><numerusform>The store is intact: integrity and foreign keys check out, and %n audit log entry forms an unbroken chain that matches the stored records.</numerusform><numerusform>The store is intact: integrity and foreign keys check out, and %n audit log entries form an unbroken chain that matches the stored records.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) of signed minutes verify, and the records and the audit log match what they sign.</source>
        <translation><numerusform>%n signature of signed minutes verifies, and the records and the audit log match what it signs.</numerusform><numerusform>%n signatures of signed minutes verify, and the records and the audit log match what they sign.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them have a certificate that the certificate database in use does not trust: who signed is proven by checking with the municipality's database (--nssdb DIR).</source>
        <translation><numerusform>%n of them has a certificate that the certificate database in use does not trust: who signed is proven by checking with the municipality's database (--nssdb DIR).</numerusform><numerusform>%n of them have a certificate that the certificate database in use does not trust: who signed is proven by checking with the municipality's database (--nssdb DIR).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them were made before signatures committed to the audit log: the history before them is proven by the chain alone.</source>
        <translation><numerusform>%n of them was made before signatures committed to the audit log: the history before it is proven by the chain alone.</numerusform><numerusform>%n of them were made before signatures committed to the audit log: the history before them is proven by the chain alone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The store failed its check (%n problem(s)). Restore it from a backup.</source>
        <translation><numerusform>The store failed its check (%n problem). Restore it from a backup.</numerusform><numerusform>The store failed its check (%n problems). Restore it from a backup.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Published %1; deemed notified %2; last day of appeal %3 (%n day(s) from notification).</source>
        <translation><numerusform>Published %1; deemed notified %2; last day of appeal %3 (%n day from notification).</numerusform><numerusform>Published %1; deemed notified %2; last day of appeal %3 (%n days from notification).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task class(es) (%2, separated by "%3").</source>
        <translation><numerusform>%1: %n task class (%2, separated by "%3").</numerusform><numerusform>%1: %n task classes (%2, separated by "%3").</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) of members (%2, separated by "%3").</source>
        <translation><numerusform>%1: %n row of members (%2, separated by "%3").</numerusform><numerusform>%1: %n rows of members (%2, separated by "%3").</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation><numerusform>%n new person</numerusform><numerusform>%n new persons</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the store</source>
        <translation><numerusform>%n person already in the store</numerusform><numerusform>%n persons already in the store</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new membership(s);</source>
        <translation><numerusform>%n new membership;</numerusform><numerusform>%n new memberships;</numerusform></translation>
    </message>
    </context>
<context>
    <name>DocumentWindow</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    </context>
<context>
    <name>InvitationReportDialog</name>
    <message numerus="yes">
        <source>The invitation was sent to every address, %n in all.</source>
        <translation><numerusform>The invitation was sent to the one address.</numerusform><numerusform>The invitation was sent to every address, %n in all.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invited have no usable e-mail address and got no message: send them the invitation another way.</source>
        <translation><numerusform>%n invited has no usable e-mail address and got no message: send them the invitation another way.</numerusform><numerusform>%n invited have no usable e-mail address and got no message: send them the invitation another way.</numerusform></translation>
    </message>
    </context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 · %n meeting(s)</source>
        <translation><numerusform>%1 · %n meeting</numerusform><numerusform>%1 · %n meetings</numerusform></translation>
    </message>
    </context>
<context>
    <name>MeetingConsole</name>
    <message numerus="yes">
        <source>%1 have no decision recorded.</source>
        <translation><numerusform>%1 has no decision recorded.</numerusform><numerusform>%1 have no decision recorded.</numerusform></translation>
    </message>
    </context>
<context>
    <name>CsvTable</name>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation><numerusform>The file has %n problem; nothing was imported.</numerusform><numerusform>The file has %n problems; nothing was imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation><numerusform>… and %n more problem, not listed.</numerusform><numerusform>… and %n more problems, not listed.</numerusform></translation>
    </message>
    </context>
<context>
    <name>MemberImportDialog</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation><numerusform>… and %n more problem</numerusform><numerusform>… and %n more problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of members read (%1, separated by "%2").</source>
        <translation><numerusform>%n row of members read (%1, separated by "%2").</numerusform><numerusform>%n rows of members read (%1, separated by "%2").</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new person(s),</source>
        <translation><numerusform>Imported: %n new person,</numerusform><numerusform>Imported: %n new persons,</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) added;</source>
        <translation><numerusform>%n membership added;</numerusform><numerusform>%n memberships added;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>An import adds %n new person(s)</source>
        <translation><numerusform>An import adds %n new person</numerusform><numerusform>An import adds %n new persons</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n membership(s);</source>
        <translation><numerusform>and %n membership;</numerusform><numerusform>and %n memberships;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of the file are already in the store,</source>
        <translation><numerusform>%n person of the file is already in the store,</numerusform><numerusform>%n persons of the file are already in the store,</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) already there are passed over.</source>
        <translation><numerusform>%n membership already there is passed over.</numerusform><numerusform>%n memberships already there are passed over.</numerusform></translation>
    </message>
    </context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>The database %1 holds %n certificate(s).</source>
        <translation><numerusform>The database %1 holds %n certificate.</numerusform><numerusform>The database %1 holds %n certificates.</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message numerus="yes">
        <source>Attendance at the opening: %n present</source>
        <translation><numerusform>Attendance at the opening: %n present</numerusform><numerusform>Attendance at the opening: %n present</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: an election of %n seat(s)</source>
        <translation><numerusform>%1: an election of %n seat</numerusform><numerusform>%1: an election of %n seats</numerusform></translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message numerus="yes">
        <source>%n membership(s) ended on %1. Add the new term's members, or import them with Import Members….</source>
        <translation><numerusform>%n membership ended on %1. Add the new term's members, or import them with Import Members….</numerusform><numerusform>%n memberships ended on %1. Add the new term's members, or import them with Import Members….</numerusform></translation>
    </message>
    </context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n match(es), by meeting.</source>
        <translation><numerusform>%n match, by meeting.</numerusform><numerusform>%n matches, by meeting.</numerusform></translation>
    </message>
    </context>
<context>
    <name>SigningDialog</name>
    <message numerus="yes">
        <source>All %n signature(s) are in: the minutes are complete.</source>
        <translation><numerusform>The signature (%n of %n) is in: the minutes are complete.</numerusform><numerusform>All %n signatures are in: the minutes are complete.</numerusform></translation>
    </message>
    </context>
<context>
    <name>TermChangeDialog</name>
    <message numerus="yes">
        <source>%n membership(s) end on %1:</source>
        <translation><numerusform>%n membership ends on %1:</numerusform><numerusform>%n memberships end on %1:</numerusform></translation>
    </message>
    </context>
<context>
    <name>PackagesDialog</name>
    <message numerus="yes">
        <source>Stopped: %n package(s) not written.</source>
        <translation><numerusform>Stopped: %n package not written.</numerusform><numerusform>Stopped: %n packages not written.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written into %1 and entered in the disclosure register.</source>
        <translation><numerusform>%n package written into %1 and entered in the disclosure register.</numerusform><numerusform>%n packages written into %1 and entered in the disclosure register.</numerusform></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>Published %n file(s) into %1.</source>
        <translation><numerusform>Published %n file into %1.</numerusform><numerusform>Published %n files into %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message numerus="yes">
        <source>Published %n meeting(s) into %1; %2 laid out anew.</source>
        <translation><numerusform>Published %n meeting into %1; %2 laid out anew.</numerusform><numerusform>Published %n meetings into %1; %2 laid out anew.</numerusform></translation>
    </message>
</context>
<context>
    <name>SendInvitationDialog</name>
    <message numerus="yes">
        <source>&amp;To (%n address(es)):</source>
        <translation><numerusform>&amp;To (%n address):</numerusform><numerusform>&amp;To (%n addresses):</numerusform></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>The retention period of case %1 (%n year(s) from the end of %2) has not run: its records may be destroyed from %3.</source>
        <translation><numerusform>The retention period of case %1 (%n year from the end of %2) has not run: its records may be destroyed from %3.</numerusform><numerusform>The retention period of case %1 (%n years from the end of %2) has not run: its records may be destroyed from %3.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The copy fails its check (%n problem(s); the first: %1). Run &apos;pykala-cli check&apos; on the store copied: a copy has the problems of its source.</source>
        <translation><numerusform>The copy fails its check (%n problem; the first: %1). Run &apos;pykala-cli check&apos; on the store copied: a copy has the problems of its source.</numerusform><numerusform>The copy fails its check (%n problems; the first: %1). Run &apos;pykala-cli check&apos; on the store copied: a copy has the problems of its source.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the copy differ from the store copied (the first: %1).</source>
        <translation><numerusform>%n record of the copy differs from the store copied (the first: %1).</numerusform><numerusform>%n records of the copy differ from the store copied (the first: %1).</numerusform></translation>
    </message>
</context>
<context>
    <name>ArchivePackage</name>
    <message numerus="yes">
        <source>None of the %n case(s) closed in %1 can be archived yet: %2</source>
        <translation><numerusform>The %n case closed in %1 cannot be archived yet: %2</numerusform><numerusform>None of the %n cases closed in %1 can be archived yet: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message numerus="yes">
        <source>kept %n year(s) after closing</source>
        <translation><numerusform>kept %n year after closing</numerusform><numerusform>kept %n years after closing</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n year(s)</source>
        <translation><numerusform>, %n year</numerusform><numerusform>, %n years</numerusform></translation>
    </message>
</context>
<context>
    <name>TaskClassificationDialog</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
</context>
</TS>