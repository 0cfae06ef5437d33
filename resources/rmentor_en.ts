<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="69"/>
        <source>as the programme (%n weeks)</source>
        <translation>
            <numerusform>as the programme (%n week)</numerusform>
            <numerusform>as the programme (%n weeks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="47"/>
        <source>The headings are on row %1; the %n row(s) above them were passed over.</source>
        <translation>
            <numerusform>The headings are on row %1; the row above them was passed over.</numerusform>
            <numerusform>The headings are on row %1; the %n rows above them were passed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="54"/>
        <source>rmentor: nothing was imported; %n problem(s) in %1:</source>
        <translation>
            <numerusform>rmentor: nothing was imported; %n problem in %1:</numerusform>
            <numerusform>rmentor: nothing was imported; %n problems in %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="61"/>
        <source>Left out on purpose: %n row(s) with problems:</source>
        <translation>
            <numerusform>Left out on purpose: %n row with a problem:</numerusform>
            <numerusform>Left out on purpose: %n rows with problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="73"/>
        <source>Copied %1 to %2: %n rows, every one found there as it was.</source>
        <translation>
            <numerusform>Copied %1 to %2: %n row, found there as it was.</numerusform>
            <numerusform>Copied %1 to %2: %n rows, every one found there as it was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="104"/>
        <source>rmentor: %1 has %n problem(s):</source>
        <translation>
            <numerusform>rmentor: %1 has %n problem:</numerusform>
            <numerusform>rmentor: %1 has %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="113"/>
        <source>%n programme(s),</source>
        <translation>
            <numerusform>%n programme,</numerusform>
            <numerusform>%n programmes,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="114"/>
        <source>%n participant(s),</source>
        <translation>
            <numerusform>%n participant,</numerusform>
            <numerusform>%n participants,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="115"/>
        <source>%n pairing(s),</source>
        <translation>
            <numerusform>%n pairing,</numerusform>
            <numerusform>%n pairings,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="116"/>
        <source>%n meeting(s).</source>
        <translation>
            <numerusform>%n meeting.</numerusform>
            <numerusform>%n meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="128"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="164"/>
        <source>Deleted %n backup copy(s) that still held their data.</source>
        <translation>
            <numerusform>Deleted %n backup copy that still held their data.</numerusform>
            <numerusform>Deleted %n backup copies that still held their data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="167"/>
        <source>%n backup copy(s) made before still hold their data:</source>
        <translation>
            <numerusform>%n backup copy made before still holds their data:</numerusform>
            <numerusform>%n backup copies made before still hold their data:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="177"/>
        <source>Wrote %n draft(s) (%1) to %2.</source>
        <translation>
            <numerusform>Wrote %n draft (%1) to %2.</numerusform>
            <numerusform>Wrote %n drafts (%1) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="192"/>
        <source>Wrote %n evaluation form(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n evaluation form to %1.</numerusform>
            <numerusform>Wrote %n evaluation forms to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="208"/>
        <source>Stored %n evaluation(s);</source>
        <translation>
            <numerusform>Stored %n evaluation;</numerusform>
            <numerusform>Stored %n evaluations;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="209"/>
        <source>refused %n form(s).</source>
        <translation>
            <numerusform>refused %n form.</numerusform>
            <numerusform>refused %n forms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="214"/>
        <source>Imported %n new participant(s)</source>
        <translation>
            <numerusform>Imported %n new participant</numerusform>
            <numerusform>Imported %n new participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="215"/>
        <source>and updated %n into &quot;%1&quot;.</source>
        <translation>
            <numerusform>and updated %n into &quot;%1&quot;.</numerusform>
            <numerusform>and updated %n into &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="241"/>
        <source>%n older backup copy(ies) are still plain: anyone who copies them can read them. Remove them in the window (Settings &gt; Protection), or give --remove-plain-backups when you encrypt a file.</source>
        <translation>
            <numerusform>%n older backup copy is still plain: anyone who copies it can read it. Remove it in the window (Settings &gt; Protection), or give --remove-plain-backups when you encrypt a file.</numerusform>
            <numerusform>%n older backup copies are still plain: anyone who copies them can read them. Remove them in the window (Settings &gt; Protection), or give --remove-plain-backups when you encrypt a file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingManyDialog</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/closing_many_dialog.py" line="25"/>
        <source>Complete %Ln pairing(s)</source>
        <translation>
            <numerusform>Complete %Ln pairing</numerusform>
            <numerusform>Complete %Ln pairings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/bulk_dialogs.py" line="76"/>
        <source>Due date of the %Ln selected item(s)</source>
        <translation>
            <numerusform>Due date of the selected item</numerusform>
            <numerusform>Due date of the %Ln selected items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="251"/>
        <source>%Ln outcome(s)</source>
        <translation>
            <numerusform>%Ln outcome</numerusform>
            <numerusform>%Ln outcomes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="98"/>
        <source>The headings are on row %1; the %Ln row(s) above them were passed over.</source>
        <translation>
            <numerusform>The headings are on row %1; the row above them was passed over.</numerusform>
            <numerusform>The headings are on row %1; the %Ln rows above them were passed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="176"/>
        <source>Leave out the %Ln row(s) hidden in the sheet</source>
        <translation>
            <numerusform>Leave out the %Ln row hidden in the sheet</numerusform>
            <numerusform>Leave out the %Ln rows hidden in the sheet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="295"/>
        <source>Leave out the %Ln row(s) with problems (listed above) and import the rest</source>
        <translation>
            <numerusform>Leave out the %Ln row with a problem (listed above) and import the rest</numerusform>
            <numerusform>Leave out the %Ln rows with problems (listed above) and import the rest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="307"/>
        <source>Ready to import %Ln person(s), leaving out the rows with problems; nothing is written until you click Import.</source>
        <translation>
            <numerusform>Ready to import %Ln person, leaving out the rows with problems; nothing is written until you click Import.</numerusform>
            <numerusform>Ready to import %Ln people, leaving out the rows with problems; nothing is written until you click Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="316"/>
        <source>Ready to import %Ln person(s); nothing is written until you click Import.</source>
        <translation>
            <numerusform>Ready to import %Ln person; nothing is written until you click Import.</numerusform>
            <numerusform>Ready to import %Ln people; nothing is written until you click Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="340"/>
        <source>%Ln of them already in the file: only what the sheet changes about them is written.</source>
        <translation>
            <numerusform>%Ln of them is already in the file: only what the sheet changes about them is written.</numerusform>
            <numerusform>%Ln of them are already in the file: only what the sheet changes about them is written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="364"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Checking %Ln row…</numerusform>
            <numerusform>Checking %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="421"/>
        <source>%Ln more row(s) are not shown here; the rule gives their roles.</source>
        <translation>
            <numerusform>%Ln more row is not shown here; the rule gives its role.</numerusform>
            <numerusform>%Ln more rows are not shown here; the rule gives their roles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="427"/>
        <source>import of %Ln participant(s)</source>
        <translation>
            <numerusform>import of %Ln participant</numerusform>
            <numerusform>import of %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="437"/>
        <source>Importing %Ln participant(s)…</source>
        <translation>
            <numerusform>Importing %Ln participant…</numerusform>
            <numerusform>Importing %Ln participants…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="229"/>
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="248"/>
        <source>%Ln meeting(s) shown</source>
        <translation>
            <numerusform>%Ln meeting shown</numerusform>
            <numerusform>%Ln meetings shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="61"/>
        <source>%Ln e-mail draft(s) written to %1</source>
        <translation>
            <numerusform>%Ln e-mail draft written to %1</numerusform>
            <numerusform>%Ln e-mail drafts written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="64"/>
        <source>%Ln evaluation form(s) written to %1</source>
        <translation>
            <numerusform>%Ln evaluation form written to %1</numerusform>
            <numerusform>%Ln evaluation forms written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="69"/>
        <source>Stopped: %Ln e-mail draft(s) written to %1, the others not</source>
        <translation>
            <numerusform>Stopped: %Ln e-mail draft written to %1, the others not</numerusform>
            <numerusform>Stopped: %Ln e-mail drafts written to %1, the others not</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="75"/>
        <source>%Ln e-mail draft(s) written to %1; then writing stopped, and the others were not written:</source>
        <translation>
            <numerusform>%Ln e-mail draft written to %1; then writing stopped, and the others were not written:</numerusform>
            <numerusform>%Ln e-mail drafts written to %1; then writing stopped, and the others were not written:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="85"/>
        <source>%Ln evaluation form(s) written to %1; then writing stopped, and the others were not written:</source>
        <translation>
            <numerusform>%Ln evaluation form written to %1; then writing stopped, and the others were not written:</numerusform>
            <numerusform>%Ln evaluation forms written to %1; then writing stopped, and the others were not written:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="94"/>
        <source>Stopped: %Ln evaluation form(s) written to %1, the others not</source>
        <translation>
            <numerusform>Stopped: %Ln evaluation form written to %1, the others not</numerusform>
            <numerusform>Stopped: %Ln evaluation forms written to %1, the others not</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="97"/>
        <source>%Ln evaluation form(s) read</source>
        <translation>
            <numerusform>%Ln evaluation form read</numerusform>
            <numerusform>%Ln evaluation forms read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="100"/>
        <source>Stored %Ln evaluation(s).</source>
        <translation>
            <numerusform>Stored %Ln evaluation.</numerusform>
            <numerusform>Stored %Ln evaluations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="103"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="106"/>
        <source>%Ln form(s) refused; nothing from them was stored:</source>
        <translation>
            <numerusform>%Ln form refused; nothing from it was stored:</numerusform>
            <numerusform>%Ln forms refused; nothing from them was stored:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/main_window.py" line="441"/>
        <source>%Ln mentor(s)</source>
        <translation>
            <numerusform>%Ln mentor</numerusform>
            <numerusform>%Ln mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/main_window.py" line="442"/>
        <source>%Ln mentee(s)</source>
        <translation>
            <numerusform>%Ln mentee</numerusform>
            <numerusform>%Ln mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/main_window.py" line="443"/>
        <source>%Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln pairing</numerusform>
            <numerusform>%Ln pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/main_window.py" line="444"/>
        <source>%Ln meeting(s) held</source>
        <translation>
            <numerusform>%Ln meeting held</numerusform>
            <numerusform>%Ln meetings held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPairingDialog</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="82"/>
        <source>as the programme (%n weeks)</source>
        <translation>
            <numerusform>as the programme (%n week)</numerusform>
            <numerusform>as the programme (%n weeks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="178"/>
        <source>status of %Ln item(s) to %2</source>
        <translation>
            <numerusform>status of %Ln item to %2</numerusform>
            <numerusform>status of %Ln items to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="184"/>
        <source>owner of %Ln item(s)</source>
        <translation>
            <numerusform>owner of %Ln item</numerusform>
            <numerusform>owner of %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="190"/>
        <source>due date of %Ln item(s)</source>
        <translation>
            <numerusform>due date of %Ln item</numerusform>
            <numerusform>due date of %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/overview_tab.py" line="292"/>
        <source>%Ln point(s) need attention</source>
        <translation>
            <numerusform>%Ln point needs attention</numerusform>
            <numerusform>%Ln points need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/bulk_dialogs.py" line="58"/>
        <source>Owner of the %Ln selected item(s)</source>
        <translation>
            <numerusform>Owner of the selected item</numerusform>
            <numerusform>Owner of the %Ln selected items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingDetails</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="51"/>
        <source>%Ln pairings selected</source>
        <translation>
            <numerusform>%Ln pairing selected</numerusform>
            <numerusform>%Ln pairings selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingsTab</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="156"/>
        <source>%Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln pairing</numerusform>
            <numerusform>%Ln pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="284"/>
        <source>activate %Ln pairing(s)</source>
        <translation>
            <numerusform>activate %Ln pairing</numerusform>
            <numerusform>activate %Ln pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="285"/>
        <source>pause %Ln pairing(s)</source>
        <translation>
            <numerusform>pause %Ln pairing</numerusform>
            <numerusform>pause %Ln pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="286"/>
        <source>resume %Ln pairing(s)</source>
        <translation>
            <numerusform>resume %Ln pairing</numerusform>
            <numerusform>resume %Ln pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="287"/>
        <source>reopen %Ln pairing(s)</source>
        <translation>
            <numerusform>reopen %Ln pairing</numerusform>
            <numerusform>reopen %Ln pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="302"/>
        <source>Done for %1; %Ln left as they were: their status does not allow it.</source>
        <translation>
            <numerusform>Done for %1; %Ln left as it was: its status does not allow it.</numerusform>
            <numerusform>Done for %1; %Ln left as they were: their status does not allow it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="340"/>
        <source>complete %Ln pairing(s)</source>
        <translation>
            <numerusform>complete %Ln pairing</numerusform>
            <numerusform>complete %Ln pairings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="140"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="169"/>
        <source>%Ln of %1 shown</source>
        <translation>
            <numerusform>%Ln of %1 shown</numerusform>
            <numerusform>%Ln of %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="234"/>
        <source>activate %Ln participant(s)</source>
        <translation>
            <numerusform>activate %Ln participant</numerusform>
            <numerusform>activate %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="236"/>
        <source>deactivate %Ln participant(s)</source>
        <translation>
            <numerusform>deactivate %Ln participant</numerusform>
            <numerusform>deactivate %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="326"/>
        <source>%Ln backup copy(ies) made before the erasure still hold the data. Delete them now? (Keep them only if you may need to undo a mistake.)</source>
        <translation>
            <numerusform>%Ln backup copy made before the erasure still holds the data. Delete it now? (Keep it only if you may need to undo a mistake.)</numerusform>
            <numerusform>%Ln backup copies made before the erasure still hold the data. Delete them now? (Keep them only if you may need to undo a mistake.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectionActions</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/protection_actions.py" line="45"/>
        <source>%n older backup copy(ies) of this file are not encrypted: anyone who copies them can read them. Remove them now?</source>
        <translation>
            <numerusform>%n older backup copy of this file is not encrypted: anyone who copies it can read it. Remove it now?</numerusform>
            <numerusform>%n older backup copies of this file are not encrypted: anyone who copies them can read them. Remove them now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/protection_actions.py" line="73"/>
        <source>%n backup copy(ies) of this file are encrypted; they open with the old passphrase or recovery key. Remove them now?</source>
        <translation>
            <numerusform>%n backup copy of this file is encrypted; it opens with the old passphrase or recovery key. Remove it now?</numerusform>
            <numerusform>%n backup copies of this file are encrypted; they open with the old passphrase or recovery key. Remove them now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/protection_actions.py" line="116"/>
        <source>Removed %n backup copy(ies) that were not encrypted.</source>
        <translation>
            <numerusform>Removed %n backup copy that was not encrypted.</numerusform>
            <numerusform>Removed %n backup copies that were not encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/sheet_actions.py" line="83"/>
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 (%Ln row)</numerusform>
            <numerusform>%1 (%Ln rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/sheet_actions.py" line="129"/>
        <source>Left out: %Ln row(s) of the sheet (%1), still to be added.</source>
        <translation>
            <numerusform>Left out: %Ln row of the sheet (%1), still to be added.</numerusform>
            <numerusform>Left out: %Ln rows of the sheet (%1), still to be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/sheet_actions.py" line="180"/>
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="216"/>
        <source>Left unpaired: %Ln</source>
        <translation>
            <numerusform>Left unpaired: %Ln</numerusform>
            <numerusform>Left unpaired: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="240"/>
        <source>Create %Ln pairing(s)</source>
        <translation>
            <numerusform>Create %Ln pairing</numerusform>
            <numerusform>Create %Ln pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="247"/>
        <source>make and activate %Ln pairing(s) from the suggestions</source>
        <translation>
            <numerusform>make and activate %Ln pairing from the suggestions</numerusform>
            <numerusform>make and activate %Ln pairings from the suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="249"/>
        <source>make %Ln pairing(s) from the suggestions</source>
        <translation>
            <numerusform>make %Ln pairing from the suggestions</numerusform>
            <numerusform>make %Ln pairings from the suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="251"/>
        <source>Making %Ln pairing(s)…</source>
        <translation>
            <numerusform>Making %Ln pairing…</numerusform>
            <numerusform>Making %Ln pairings…</numerusform>
        </translation>
    </message>
</context>
</TS>
