<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="63"/>
        <source>Agreement: %1 and %2</source>
        <translation>Afspraken: %1 en %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="69"/>
        <source>as the programme (%n weeks)</source>
        <translation>
            <numerusform>zoals het programma (%n week)</numerusform>
            <numerusform>zoals het programma (%n weken)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="71"/>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="73"/>
        <source>Ground rules agreed on</source>
        <translation>Spelregels afgesproken op</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="78"/>
        <source>A theme of your own</source>
        <translation>Een eigen thema</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="83"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="84"/>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="85"/>
        <source>Meet every</source>
        <translation>Spreken elke</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="87"/>
        <source>Agreed themes</source>
        <translation>Afgesproken thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="94"/>
        <source>agreement of %1 and %2</source>
        <translation>afspraken van %1 en %2</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../rmentor/ui/common/background.py" line="38"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../rmentor/ui/widgets/check_list.py" line="39"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../rmentor/cli/messages.py" line="43"/>
        <source>Ignored columns: %1</source>
        <translation>Genegeerde kolommen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="47"/>
        <source>The headings are on row %1; the %n row(s) above them were passed over.</source>
        <translation>
            <numerusform>De koppen staan op rij %1; de rij erboven is overgeslagen.</numerusform>
            <numerusform>De koppen staan op rij %1; de %n rijen erboven zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="51"/>
        <source>column %1 (no heading)</source>
        <translation>kolom %1 (zonder kop)</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="54"/>
        <source>rmentor: nothing was imported; %n problem(s) in %1:</source>
        <translation>
            <numerusform>rmentor: er is niets geïmporteerd; %n probleem in %1:</numerusform>
            <numerusform>rmentor: er is niets geïmporteerd; %n problemen in %1:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="58"/>
        <source>Add --skip-bad-rows to import the other rows and leave these out.</source>
        <translation>Voeg --skip-bad-rows toe om de andere rijen te importeren en deze over te slaan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="61"/>
        <source>Left out on purpose: %n row(s) with problems:</source>
        <translation>
            <numerusform>Bewust overgeslagen: %n rij met een probleem:</numerusform>
            <numerusform>Bewust overgeslagen: %n rijen met problemen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="64"/>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="67"/>
        <source>Departments merged: %1 are one department, %2.</source>
        <translation>Afdelingen samengevoegd: %1 zijn één afdeling, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="73"/>
        <source>Copied %1 to %2: %n rows, every one found there as it was.</source>
        <translation>
            <numerusform>%1 gekopieerd naar %2: %n rij, daar teruggevonden zoals die was.</numerusform>
            <numerusform>%1 gekopieerd naar %2: %n rijen, elk daar teruggevonden zoals die was.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="81"/>
        <source>%1 is a new file, not encrypted: whoever can read it reads the names in it. Encrypt it with `rmentor protect --db %1 --passphrase-file FILE --recovery-sheet SHEET.pdf`, or in the window (File &gt; Settings, Protection).</source>
        <translation>%1 is een nieuw bestand, niet versleuteld: wie het kan lezen, leest de namen erin. Versleutel het met `rmentor protect --db %1 --passphrase-file BESTAND --recovery-sheet BLAD.pdf`, of in het venster (Bestand &gt; Instellingen, Beveiliging).</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="89"/>
        <source>%1 is encrypted; its copy %2 is not. A file is encrypted with `rmentor protect`; on a server, its administrator&apos;s protection is what there is.</source>
        <translation>%1 is versleuteld; de kopie %2 niet. Een bestand versleutelt u met `rmentor protect`; op een server geldt de beveiliging van de beheerder.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="98"/>
        <source>Wrote the demo programme &quot;%1&quot; to %2.</source>
        <translation>Het demoprogramma &quot;%1&quot; staat in %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="104"/>
        <source>rmentor: %1 has %n problem(s):</source>
        <translation>
            <numerusform>rmentor: %1 heeft %n probleem:</numerusform>
            <numerusform>rmentor: %1 heeft %n problemen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="110"/>
        <source>%1: OK (data version %2):</source>
        <translation>%1: in orde (gegevensversie %2):</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="113"/>
        <source>%n programme(s),</source>
        <translation>
            <numerusform>%n programma,</numerusform>
            <numerusform>%n programma&apos;s,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="114"/>
        <source>%n participant(s),</source>
        <translation>
            <numerusform>%n deelnemer,</numerusform>
            <numerusform>%n deelnemers,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="115"/>
        <source>%n pairing(s),</source>
        <translation>
            <numerusform>%n koppeling,</numerusform>
            <numerusform>%n koppelingen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="116"/>
        <source>%n meeting(s).</source>
        <translation>
            <numerusform>%n gesprek.</numerusform>
            <numerusform>%n gesprekken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="122"/>
        <source>Brought %1 up to this version of rmentor; the file as it was: %2</source>
        <translation>%1 is bijgewerkt voor deze versie van rmentor; het bestand zoals het was: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="128"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n rij geschreven naar %1.</numerusform>
            <numerusform>%n rijen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="132"/>
        <source>Wrote the report on &quot;%1&quot; to %2.</source>
        <translation>De rapportage over &quot;%1&quot; staat in %2.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="140"/>
        <source>Wrote what the database holds about %1 to %2 (confidential notes never leave the app).</source>
        <translation>Wat de database over %1 bevat, staat in %2 (vertrouwelijke notities verlaten de app nooit).</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="145"/>
        <source>Wrote what the file holds about %1 to %2 (confidential notes never leave the app).</source>
        <translation>Wat het bestand over %1 bevat, staat in %2 (vertrouwelijke notities verlaten de app nooit).</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="151"/>
        <source>rmentor: erasing cannot be undone; add --yes to confirm that you want it.</source>
        <translation>rmentor: wissen kan niet ongedaan worden gemaakt; voeg --yes toe om te bevestigen dat u het wilt.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="154"/>
        <source>Erased %1 from %2.</source>
        <translation>%1 is gewist uit %2.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="158"/>
        <source>The server&apos;s tables hold nothing of them now. Its administrator&apos;s backups, and its write-ahead log until it is recycled, still may: the guide says what to ask them.</source>
        <translation>De tabellen op de server bevatten nu niets meer over deze persoon. De reservekopieën van de beheerder, en het transactielogboek (WAL) tot het wordt hergebruikt, mogelijk nog wel: de handleiding zegt wat u de beheerder vraagt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="164"/>
        <source>Deleted %n backup copy(s) that still held their data.</source>
        <translation>
            <numerusform>%n reservekopie verwijderd die hun gegevens nog bevatte.</numerusform>
            <numerusform>%n reservekopieën verwijderd die hun gegevens nog bevatten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="167"/>
        <source>%n backup copy(s) made before still hold their data:</source>
        <translation>
            <numerusform>%n eerder gemaakte reservekopie bevat hun gegevens nog:</numerusform>
            <numerusform>%n eerder gemaakte reservekopieën bevatten hun gegevens nog:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="170"/>
        <source>Delete them (or run again with --delete-backups) once you are sure.</source>
        <translation>Verwijder ze (of voer dit opnieuw uit met --delete-backups) zodra u het zeker weet.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="173"/>
        <source>rmentor: no draft: %1</source>
        <translation>rmentor: geen concept: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="177"/>
        <source>Wrote %n draft(s) (%1) to %2.</source>
        <translation>
            <numerusform>%n concept (%1) geschreven naar %2.</numerusform>
            <numerusform>%n concepten (%1) geschreven naar %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="184"/>
        <source>No pair needs one now, or it was written to them already (a reminder or evaluation request is written again after a week).</source>
        <translation>Geen koppel heeft er nu een nodig, of het is al naar hen geschreven (een herinnering of evaluatieverzoek wordt na een week opnieuw geschreven).</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="189"/>
        <source>Wrote the meetings calendar to %1.</source>
        <translation>De gesprekkenagenda staat in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="192"/>
        <source>Wrote %n evaluation form(s) to %1.</source>
        <translation>
            <numerusform>%n evaluatieformulier geschreven naar %1.</numerusform>
            <numerusform>%n evaluatieformulieren geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="197"/>
        <source>rmentor: stopped: %1 The others were not written: %2</source>
        <translation>rmentor: gestopt: %1 De andere zijn niet geschreven: %2</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="203"/>
        <source>rmentor: refused: %1</source>
        <translation>rmentor: geweigerd: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="208"/>
        <source>Stored %n evaluation(s);</source>
        <translation>
            <numerusform>%n evaluatie opgeslagen;</numerusform>
            <numerusform>%n evaluaties opgeslagen;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="209"/>
        <source>refused %n form(s).</source>
        <translation>
            <numerusform>%n formulier geweigerd.</numerusform>
            <numerusform>%n formulieren geweigerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="214"/>
        <source>Imported %n new participant(s)</source>
        <translation>
            <numerusform>%n nieuwe deelnemer geïmporteerd</numerusform>
            <numerusform>%n nieuwe deelnemers geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="215"/>
        <source>and updated %n into &quot;%1&quot;.</source>
        <translation>
            <numerusform>en %n bijgewerkt in &quot;%1&quot;.</numerusform>
            <numerusform>en %n bijgewerkt in &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="219"/>
        <source>Passphrase of %1 (or its recovery key): </source>
        <translation>Wachtwoordzin van %1 (of de herstelsleutel): </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="222"/>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="225"/>
        <source>New passphrase (at least 8 characters): </source>
        <translation>Nieuwe wachtwoordzin (minstens 8 tekens): </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="228"/>
        <source>The same passphrase again: </source>
        <translation>Dezelfde wachtwoordzin nog eens: </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="233"/>
        <source>%1 is encrypted now. Print %2 and keep it in a safe: it opens the file if the passphrase is forgotten.</source>
        <translation>%1 is nu versleuteld. Druk %2 af en bewaar het in een kluis: daarmee gaat het bestand open als de wachtwoordzin vergeten is.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/cli/messages.py" line="241"/>
        <source>%n older backup copy(ies) are still plain: anyone who copies them can read them. Remove them in the window (Settings &gt; Protection), or give --remove-plain-backups when you encrypt a file.</source>
        <translation>
            <numerusform>%n oudere reservekopie is nog onversleuteld: wie haar kopieert, kan haar lezen. Verwijder haar in het venster (Instellingen &gt; Beveiliging), of geef --remove-plain-backups mee als u een bestand versleutelt.</numerusform>
            <numerusform>%n oudere reservekopieën zijn nog onversleuteld: wie ze kopieert, kan ze lezen. Verwijder ze in het venster (Instellingen &gt; Beveiliging), of geef --remove-plain-backups mee als u een bestand versleutelt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/cli/messages.py" line="251"/>
        <source>%1 is a plain file again: anyone who can copy it can read it. Backup copies made while it was encrypted still open with its recovery key (and with its passphrase until the file is encrypted again).</source>
        <translation>%1 is weer een onversleuteld bestand: wie het kan kopiëren, kan het lezen. Reservekopieën uit de tijd dat het versleuteld was, gaan nog open met de herstelsleutel (en met de wachtwoordzin, tot het bestand opnieuw wordt versleuteld).</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="207"/>
        <source>Complete the pairing of %1 and %2</source>
        <translation>Koppeling van %1 en %2 afronden</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="210"/>
        <source>Closing evaluation of the mentor, %1</source>
        <translation>Eindevaluatie van de mentor, %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="217"/>
        <source>Closing evaluation of the mentee, %1</source>
        <translation>Eindevaluatie van de mentee, %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="233"/>
        <source>Skip the closing evaluations, because</source>
        <translation>Eindevaluaties overslaan, omdat</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="244"/>
        <source>Complete</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="248"/>
        <source>complete the pairing of %1 and %2</source>
        <translation>koppeling van %1 en %2 afronden</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="257"/>
        <source>Not completed</source>
        <translation>Niet afgerond</translation>
    </message>
</context>
<context>
    <name>ClosingManyDialog</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/closing_many_dialog.py" line="25"/>
        <source>Complete %Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln koppeling afronden</numerusform>
            <numerusform>%Ln koppelingen afronden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/closing_many_dialog.py" line="30"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/closing_many_dialog.py" line="39"/>
        <source>Their closing evaluations come in later (returned forms, or typed in per pairing)</source>
        <translation>Hun eindevaluaties komen later (teruggestuurde formulieren, of per koppeling ingevoerd)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/closing_many_dialog.py" line="42"/>
        <source>Skip their closing evaluations, because</source>
        <translation>Hun eindevaluaties overslaan, omdat</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/closing_many_dialog.py" line="48"/>
        <source>Complete</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/closing_many_dialog.py" line="52"/>
        <source>These pairings end as planned:</source>
        <translation>Deze koppelingen eindigen zoals gepland:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/closing_many_dialog.py" line="68"/>
        <source>Say why the closing evaluations are skipped.</source>
        <translation>Zeg waarom de eindevaluaties worden overgeslagen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../rmentor/ui/widgets/dates.py" line="125"/>
        <source>“%1” is not a date: the date stays %2. Type a date as %3, or save again to keep %2.</source>
        <translation>“%1” is geen datum: de datum blijft %2. Typ een datum als %3, of sla nogmaals op om %2 te houden.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/widgets/dates.py" line="129"/>
        <source>“%1” is not a date: the date stays %2. Type a date as %3.</source>
        <translation>“%1” is geen datum: de datum blijft %2. Typ een datum als %3.</translation>
    </message>
</context>
<context>
    <name>DateOrderBox</name>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="148"/>
        <source>choose how to read the dates…</source>
        <translation>kies hoe de datums te lezen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="150"/>
        <source>day first: %1 is %2</source>
        <translation>dag eerst: %1 is %2</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="151"/>
        <source>month first: %1 is %2</source>
        <translation>maand eerst: %1 is %2</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../rmentor/cli/opening.py" line="65"/>
        <source>rmentor could not write the small lock file that keeps a window off {name} while this command changes it (the disk is full, or the folder is read-only). Nothing was changed.</source>
        <translation>rmentor kon het kleine vergrendelbestand niet schrijven dat een venster van {name} weghoudt terwijl deze opdracht het wijzigt (de schijf is vol, of de map kan alleen gelezen worden). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/opening.py" line="75"/>
        <source>{name} is open in an rmentor window. Close it there first: the window and this command would each change it without knowing of the other.</source>
        <translation>{name} is geopend in een rmentor-venster. Sluit het daar eerst: het venster en deze opdracht zouden het elk wijzigen zonder van elkaar te weten.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/opening.py" line="89"/>
        <source>{name} can only be read now (it is read-only, or holds text another program broke: `check` says where). Nothing was changed.</source>
        <translation>{name} kan nu alleen gelezen worden (het is alleen-lezen, of bevat tekst die een ander programma heeft beschadigd: `check` zegt waar). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/opening.py" line="140"/>
        <source>{location} asks for a password. Give it with --passphrase-file FILE, a file only you can read, or run the command in a terminal, where it is asked.</source>
        <translation>{location} vraagt om een wachtwoord. Geef het met --passphrase-file BESTAND, een bestand dat alleen u kunt lezen, of voer de opdracht uit in een terminal, waar het wordt gevraagd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/transfer.py" line="69"/>
        <source>The file {name} already exists: a copy goes into a new file.</source>
        <translation>Het bestand {name} bestaat al: een kopie komt in een nieuw bestand.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/keys.py" line="232"/>
        <source>{name} opens with its passphrase only beside {key_file}, which holds the lock the passphrase opens (not the passphrase), and it is not in the same folder (a copy made without it?). Copy {key_file} along, or open the file with its recovery key.</source>
        <translation>{name} gaat alleen met de wachtwoordzin open als {key_file} ernaast staat: daarin zit het slot dat de wachtwoordzin opent (niet de wachtwoordzin zelf), en het staat niet in dezelfde map (een kopie zonder dat bestand?). Kopieer {key_file} mee, of open het bestand met de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/keys.py" line="244"/>
        <source>{key_file}, which holds the lock the passphrase of {name} opens, is damaged. Open the file with its recovery key instead.</source>
        <translation>{key_file}, met het slot dat de wachtwoordzin van {name} opent, is beschadigd. Open het bestand in plaats daarvan met de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/keys.py" line="311"/>
        <source>The passphrase file {name} cannot be read: {reason}.</source>
        <translation>Het bestand met de wachtwoordzin, {name}, kan niet gelezen worden: {reason}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/keys.py" line="320"/>
        <source>The passphrase file {name} is empty: put the passphrase on its first line.</source>
        <translation>Het bestand met de wachtwoordzin, {name}, is leeg: zet de wachtwoordzin op de eerste regel.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/opening.py" line="171"/>
        <source>{name} is encrypted. Give its passphrase (or recovery key) with --passphrase-file FILE, a file only you can read, or run the command in a terminal, where it is asked.</source>
        <translation>{name} is versleuteld. Geef de wachtwoordzin (of de herstelsleutel) met --passphrase-file BESTAND, een bestand dat alleen u kunt lezen, of geef de opdracht in een terminal, waar erom gevraagd wordt.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/commands.py" line="35"/>
        <source>The database {name} already holds the demo programme.</source>
        <translation>De database {name} bevat het demoprogramma al.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/commands.py" line="39"/>
        <source>The file {name} already holds the demo programme.</source>
        <translation>Het bestand {name} bevat het demoprogramma al.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/commands.py" line="58"/>
        <source>A copy goes elsewhere: name another --to.</source>
        <translation>Een kopie gaat naar een andere plek: geef een andere --to.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/commands.py" line="112"/>
        <source>There is no programme called &quot;{name}&quot; in this database.</source>
        <translation>Er is geen programma met de naam &quot;{name}&quot; in deze database.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/commands.py" line="116"/>
        <source>There is no programme called &quot;{name}&quot; in this file.</source>
        <translation>Er is geen programma met de naam &quot;{name}&quot; in dit bestand.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/commands.py" line="125"/>
        <source>This database holds no programme yet: create one in the window, or import participants with --programme NAME, which creates it.</source>
        <translation>Deze database heeft nog geen programma: maak er een in het venster, of importeer deelnemers met --programme NAAM, dat het aanmaakt.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/commands.py" line="131"/>
        <source>This file holds no programme yet: create one in the window, or import participants with --programme NAME, which creates it.</source>
        <translation>Dit bestand heeft nog geen programma: maak er een in het venster, of importeer deelnemers met --programme NAAM, dat het aanmaakt.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/commands.py" line="139"/>
        <source>This file holds {count} programmes; name one with --programme.</source>
        <translation>Dit bestand bevat {count} programma&apos;s; noem er een met --programme.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/reporting.py" line="67"/>
        <source>The period must end after it starts.</source>
        <translation>De periode moet eindigen na het begin.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/reporting.py" line="46"/>
        <source>The period {start} to {end} lies outside the programme, which runs from {first} to {last}.</source>
        <translation>De periode {start} tot {end} valt buiten het programma, dat loopt van {first} tot {last}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/reporting.py" line="59"/>
        <source>The period starts on {start}, after today: nothing to count yet.</source>
        <translation>De periode begint op {start}, na vandaag: er is nog niets te tellen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/reporting.py" line="72"/>
        <source>The period starts on {start}, before the programme started on {first}; start it on {first} or later.</source>
        <translation>De periode begint op {start}, vóór de start van het programma op {first}; laat haar op {first} of later beginnen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/reporting.py" line="83"/>
        <source>The period ends on {end}, after today: nothing after today can be counted yet. End it today or earlier.</source>
        <translation>De periode eindigt op {end}, na vandaag: na vandaag valt nog niets te tellen. Laat haar vandaag of eerder eindigen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/reporting.py" line="190"/>
        <source>The report cannot be written to {path}: {reason}.</source>
        <translation>De rapportage kan niet worden geschreven naar {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/commands.py" line="304"/>
        <location filename="../rmentor/models/storage/files.py" line="46"/>
        <source>{path} cannot be written: {reason}.</source>
        <translation>{path} kan niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/commands.py" line="380"/>
        <source>There is no pairing {id} in this programme.</source>
        <translation>Er is geen koppeling {id} in dit programma.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="42"/>
        <source>{point} (reminder drafted on {date})</source>
        <translation>{point} (herinnering opgesteld op {date})</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="43"/>
        <source>{point} (request drafted on {date})</source>
        <translation>{point} (verzoek opgesteld op {date})</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="49"/>
        <source>Fit check due after the first meeting of {mentor} and {mentee}</source>
        <translation>Klikcheck open na het eerste gesprek van {mentor} en {mentee}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="52"/>
        <source>Midway evaluation due for {mentor} and {mentee}</source>
        <translation>Tussenevaluatie open voor {mentor} en {mentee}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="53"/>
        <source>Closing evaluations due for {mentor} and {mentee}</source>
        <translation>Eindevaluaties open voor {mentor} en {mentee}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="59"/>
        <source>Fit check due for {mentor}, after the first meeting with {mentee}</source>
        <translation>Klikcheck open voor {mentor}, na het eerste gesprek met {mentee}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="62"/>
        <source>Midway evaluation due for {mentor} (with {mentee})</source>
        <translation>Tussenevaluatie open voor {mentor} (met {mentee})</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="65"/>
        <source>Closing evaluation due for {mentor} (with {mentee})</source>
        <translation>Eindevaluatie open voor {mentor} (met {mentee})</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="68"/>
        <source>Fit check due for {mentee}, after the first meeting with {mentor}</source>
        <translation>Klikcheck open voor {mentee}, na het eerste gesprek met {mentor}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="71"/>
        <source>Midway evaluation due for {mentee} (with {mentor})</source>
        <translation>Tussenevaluatie open voor {mentee} (met {mentor})</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="74"/>
        <source>Closing evaluation due for {mentee} (with {mentor})</source>
        <translation>Eindevaluatie open voor {mentee} (met {mentor})</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="146"/>
        <source>{mentor} and {mentee} have not met since they started {days} days ago</source>
        <translation>{mentor} en {mentee} hebben elkaar nog niet gesproken sinds de start {days} dagen geleden</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="163"/>
        <source>{mentor} and {mentee} have not met for {days} days</source>
        <translation>{mentor} en {mentee} hebben elkaar {days} dagen niet gesproken</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="179"/>
        <source>{mentor} and {mentee} end in {days} days</source>
        <translation>{mentor} en {mentee} stoppen over {days} dagen</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="208"/>
        <source>Action of {mentor} and {mentee} was due {days} days ago: {text}</source>
        <translation>Actiepunt van {mentor} en {mentee} had {days} dagen geleden klaar moeten zijn: {text}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="212"/>
        <source>{count} actions of {mentor} and {mentee} are late; the oldest was due {days} days ago: {text}</source>
        <translation>{count} actiepunten van {mentor} en {mentee} zijn te laat; het oudste had {days} dagen geleden klaar moeten zijn: {text}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="267"/>
        <source>{name} ({role}) is not paired yet and cannot be: {reason}</source>
        <translation>{name} ({role}) is nog niet gekoppeld en kan dat ook niet: {reason}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="275"/>
        <source>{name} ({role}) is not paired yet</source>
        <translation>{name} ({role}) is nog niet gekoppeld</translation>
    </message>
    <message>
        <location filename="../rmentor/models/figures/attention.py" line="290"/>
        <source>{name}: the programme ended more than {months} months ago; propose erasing their data</source>
        <translation>{name}: het programma is meer dan {months} maanden geleden geëindigd; stel voor de gegevens te wissen</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="74"/>
        <source>{name} is a folder, not a data file.</source>
        <translation>{name} is een map, geen gegevensbestand.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/sheet_files.py" line="78"/>
        <location filename="../rmentor/models/storage/datafile.py" line="78"/>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>Het bestand {name} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="51"/>
        <source>Beside {name} is {journal}, which is not an ordinary file but has the name SQLite needs for the file&apos;s journal. Move or rename it, then open the file again.</source>
        <translation>Naast {name} staat {journal}, dat geen gewoon bestand is maar wel de naam heeft die SQLite nodig heeft voor het journaal van het bestand. Verplaats het of geef het een andere naam, en open het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="62"/>
        <source>{name} is not an ordinary file (a pipe, a device or a socket), so it cannot be a data file. Nothing was read from it.</source>
        <translation>{name} is geen gewoon bestand (maar een pipe, een apparaat of een socket), dus het kan geen gegevensbestand zijn. Er is niets uit gelezen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="84"/>
        <source>The file {name} is empty, so it holds no programme data. It was left as it is.</source>
        <translation>Het bestand {name} is leeg en bevat dus geen programmagegevens. Het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="111"/>
        <source>The file {name} is not an rmentor data file. It was left as it is.</source>
        <translation>Het bestand {name} is geen rmentor-bestand. Het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="126"/>
        <location filename="../rmentor/ui/window/file_session.py" line="195"/>
        <source>The file {name} is encrypted: its passphrase is needed.</source>
        <translation>Het bestand {name} is versleuteld: de wachtwoordzin is nodig.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="160"/>
        <source>This key does not open {name}: it belongs to another file, or the file is damaged. The file was left as it is.</source>
        <translation>Deze sleutel opent {name} niet: hij hoort bij een ander bestand, of het bestand is beschadigd. Het bestand is gelaten zoals het was.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="192"/>
        <source>The file {name} is a database of another program, not an rmentor data file. It was left as it is.</source>
        <translation>Het bestand {name} is een database van een ander programma, geen rmentor-bestand. Het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="201"/>
        <source>The file {name} was written by a newer version of rmentor (data version {found}; this version reads up to {known}). Update rmentor to open it; the file was left as it is.</source>
        <translation>Het bestand {name} is geschreven door een nieuwere versie van rmentor (gegevensversie {found}; deze versie leest tot en met {known}). Werk rmentor bij om het te openen; het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="213"/>
        <source>The file {name} was never completed by rmentor and holds no data. It was left as it is.</source>
        <translation>Het bestand {name} is nooit door rmentor afgemaakt en bevat geen gegevens. Het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="233"/>
        <source>{name} is a link to a file that does not exist (or a loop of links). Nothing was opened or created.</source>
        <translation>{name} is een koppeling naar een bestand dat niet bestaat (of een kring van koppelingen). Er is niets geopend of gemaakt.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/recovery.py" line="30"/>
        <source>Beside {name} is a folder called {journal}, the name SQLite needs for the file&apos;s journal. Move or rename that folder, then open the file again.</source>
        <translation>Naast {name} staat een map met de naam {journal}, de naam die SQLite nodig heeft voor het logboek van het bestand. Verplaats die map of geef haar een andere naam, en open het bestand dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/recovery.py" line="55"/>
        <source>The file {name} needs recovering after a crash, but there is no room to do it safely ({reason}). It was left as it is; free some space and open it again.</source>
        <translation>Het bestand {name} moet na een crash worden hersteld, maar er is geen ruimte om dat veilig te doen ({reason}). Het is ongewijzigd gelaten; maak ruimte vrij en open het opnieuw.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/recovery.py" line="88"/>
        <source>The file {name} had a recovery journal beside it that does not fit it (from another file, or damaged). The file was left as it was, and the journal was moved to {journal}.</source>
        <translation>Naast het bestand {name} stond een herstellogboek dat er niet bij past (van een ander bestand, of beschadigd). Het bestand is ongewijzigd gelaten en het logboek is verplaatst naar {journal}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="101"/>
        <source>The file {name} is an encrypted rmentor file that was cut short (a copy that did not finish?), or no rmentor file at all. It was left as it is; open a backup copy instead.</source>
        <translation>Het bestand {name} is een versleuteld rmentor-bestand dat is afgekapt (een kopie die niet af kwam?), of helemaal geen rmentor-bestand. Het is gelaten zoals het was; open in plaats daarvan een reservekopie.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/integrity.py" line="43"/>
        <source>{name} is busy: an rmentor window is saving to it. Try again in a moment.</source>
        <translation>{name} is bezet: een rmentor-venster slaat er iets in op. Probeer het zo nog eens.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/integrity.py" line="52"/>
        <source>The file {name} is damaged. It was left as it is; open a backup copy instead. (What the check found, for whoever repairs it: {detail})</source>
        <translation>Het bestand {name} is beschadigd. Het is ongewijzigd gelaten; open in plaats daarvan een reservekopie. (Wat de controle vond, voor wie het herstelt: {detail})</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="264"/>
        <source>The copy {name} could not be written: {reason}.</source>
        <translation>De kopie {name} kon niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="275"/>
        <location filename="../rmentor/models/storage/protection.py" line="54"/>
        <source>The file {name} already exists.</source>
        <translation>Het bestand {name} bestaat al.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="281"/>
        <source>The folder {folder} does not exist (a drive that is not connected?). Nothing was created.</source>
        <translation>De map {folder} bestaat niet (een schijf die niet is aangesloten?). Er is niets gemaakt.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="303"/>
        <source>The file {name} cannot be created: {reason}.</source>
        <translation>Het bestand {name} kan niet worden gemaakt: {reason}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/schema.py" line="48"/>
        <source>The file {name} could not be brought up to this version of rmentor ({reason}). It is as it was; an older rmentor still opens it.</source>
        <translation>Het bestand {name} kon niet worden bijgewerkt voor deze versie van rmentor ({reason}). Het is zoals het was; een oudere rmentor opent het nog.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="335"/>
        <source>The file {name} does not exist.</source>
        <translation>Het bestand {name} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="365"/>
        <source>{name} is open in an rmentor window, which will update it when it opens it again. Close it there first.</source>
        <translation>{name} is open in een rmentor-venster, dat het bijwerkt wanneer het het opnieuw opent. Sluit het daar eerst.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="376"/>
        <source>The file {name} was made by an older rmentor and must be updated, but it is read-only. Copy it to a folder you can write to.</source>
        <translation>Het bestand {name} is gemaakt door een oudere rmentor en moet worden bijgewerkt, maar het is alleen-lezen. Kopieer het naar een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="443"/>
        <source>{name} is not an ordinary file (a pipe or a device), which a document may not replace. Choose another name.</source>
        <translation>{name} is geen gewoon bestand (een pipe of een apparaat), en een document mag het niet vervangen. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/datafile.py" line="463"/>
        <source>{name} is the data file (or one of its backups), which a document may not replace. Choose another name.</source>
        <translation>{name} is het gegevensbestand (of een reservekopie ervan), dat een document niet mag vervangen. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/journal.py" line="70"/>
        <source>Activate the pairing before logging its meetings.</source>
        <translation>Activeer de koppeling voordat u er gesprekken van vastlegt.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/journal.py" line="75"/>
        <source>Give the date of the meeting.</source>
        <translation>Geef de datum van het gesprek.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/journal.py" line="79"/>
        <source>The meeting date cannot be in the future.</source>
        <translation>De datum van het gesprek kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/matching.py" line="156"/>
        <source>both: {themes}</source>
        <translation>beiden: {themes}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/matching.py" line="161"/>
        <source>no theme in common</source>
        <translation>geen gemeenschappelijk thema</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/matching.py" line="167"/>
        <source>{mentor_department} → {mentee_department}</source>
        <translation>{mentor_department} → {mentee_department}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/matching.py" line="175"/>
        <source>same department ({department})</source>
        <translation>zelfde afdeling ({department})</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/matching.py" line="183"/>
        <source>level {mentor_level} mentors level {mentee_level}</source>
        <translation>niveau {mentor_level} begeleidt niveau {mentee_level}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/matching.py" line="195"/>
        <source>both in {location}</source>
        <translation>beiden in {location}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/matching.py" line="203"/>
        <source>different locations ({mentor_location}, {mentee_location})</source>
        <translation>andere locaties ({mentor_location}, {mentee_location})</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pool.py" line="132"/>
        <source>no language recorded</source>
        <translation>geen taal vastgelegd</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pool.py" line="136"/>
        <source>no {role} with room left in the programme</source>
        <translation>geen {role} in het programma heeft nog ruimte</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pool.py" line="143"/>
        <source>no {role} with room left speaks {languages}</source>
        <translation>geen {role} die nog ruimte heeft, spreekt {languages}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pool.py" line="149"/>
        <source>every {role} with room left who shares a language is in their reporting line or was their partner before</source>
        <translation>elke {role} die nog ruimte heeft en een taal deelt, zit in de hiërarchische lijn of was al eerder de partner</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pool.py" line="156"/>
        <source>no eligible partner</source>
        <translation>geen passende partner</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pool.py" line="165"/>
        <source>no {role} with room left shares a language</source>
        <translation>geen {role} die nog ruimte heeft, deelt een taal</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pool.py" line="180"/>
        <source>no room left: their places are taken by pairings in other programmes</source>
        <translation>geen plaats meer: die zijn bezet door koppelingen in andere programma&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/matching.py" line="238"/>
        <source>every eligible partner is already taken</source>
        <translation>elke passende partner is al bezet</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="96"/>
        <source>{name} cannot be paired with themself.</source>
        <translation>{name} kan niet met zichzelf gekoppeld worden.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="102"/>
        <source>{name} is not a mentor.</source>
        <translation>{name} is geen mentor.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="103"/>
        <source>{name} is not a mentee.</source>
        <translation>{name} is geen mentee.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="112"/>
        <source>{name} is inactive.</source>
        <translation>{name} is inactief.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="124"/>
        <source>{name} does not take part in this programme.</source>
        <translation>{name} doet niet mee aan dit programma.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="135"/>
        <source>{name} has no room for another pairing (capacity {count}).</source>
        <translation>{name} heeft geen ruimte voor nog een koppeling (capaciteit {count}).</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="146"/>
        <source>{mentor} and {mentee} are in the same reporting line.</source>
        <translation>{mentor} en {mentee} zitten in dezelfde hiërarchische lijn.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="162"/>
        <source>Both work in {department}.</source>
        <translation>Beiden werken bij {department}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="173"/>
        <source>They have no language in common.</source>
        <translation>Ze hebben geen gemeenschappelijke taal.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="182"/>
        <source>The mentor offers none of the themes the mentee wants.</source>
        <translation>De mentor biedt geen van de thema&apos;s die de mentee zoekt.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="194"/>
        <source>They work in different places ({mentor}, {mentee}).</source>
        <translation>Ze werken op verschillende plaatsen ({mentor}, {mentee}).</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="224"/>
        <source>{problem} Give a reason to pair them anyway.</source>
        <translation>{problem} Geef een reden om ze toch te koppelen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="250"/>
        <source>The pairing&apos;s dates must lie within the programme, {start} to {end}.</source>
        <translation>De data van de koppeling moeten binnen het programma vallen, {start} tot en met {end}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="260"/>
        <source>The planned end must come after the start.</source>
        <translation>Het geplande einde moet na de start liggen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="308"/>
        <source>A pairing that is {current} cannot become {new}.</source>
        <translation>Een koppeling die {current} is, kan niet {new} worden.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/pairings.py" line="323"/>
        <source>{name} has no room for another pairing (capacity {capacity}).</source>
        <translation>{name} heeft geen ruimte voor nog een koppeling (capaciteit {capacity}).</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/participants.py" line="123"/>
        <source>A person cannot be their own manager.</source>
        <translation>Iemand kan niet zijn eigen leidinggevende zijn.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/participants.py" line="128"/>
        <source>{manager} reports to {name}, so {name} cannot report to them as well.</source>
        <translation>{manager} valt onder {name}, dus {name} kan niet ook onder hem of haar vallen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/participants.py" line="178"/>
        <source>The consent date cannot be in the future.</source>
        <translation>De datum van toestemming kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/participants.py" line="187"/>
        <source>{email} is already the e-mail address of {name}.</source>
        <translation>{email} is al het e-mailadres van {name}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/participants.py" line="236"/>
        <source>{name} has pairings on record, so they cannot be deleted. Deactivate them instead: their history stays in the reports.</source>
        <translation>{name} heeft koppelingen in de administratie en kan dus niet worden verwijderd. Maak de deelnemer inactief: de geschiedenis blijft dan in de rapportages.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/programmes.py" line="122"/>
        <source>The satisfaction target is a score from 1 to 5.</source>
        <translation>De streefwaarde voor tevredenheid is een score van 1 tot 5.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/programmes.py" line="130"/>
        <source>There is already a programme called &quot;{name}&quot;.</source>
        <translation>Er is al een programma met de naam &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/validation.py" line="28"/>
        <source>This field holds a line break, a control character or a mark that turns text around; none of them belongs here. Remove it.</source>
        <translation>Dit veld bevat een regeleinde, een stuurteken of een teken dat de tekst omkeert; die horen hier niet. Haal het weg.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/validation.py" line="37"/>
        <source>At most {count} characters fit here.</source>
        <translation>Hier passen hoogstens {count} tekens.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/validation.py" line="52"/>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/validation.py" line="61"/>
        <source>&quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>&quot;{value}&quot; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/validation.py" line="75"/>
        <source>Give a start date.</source>
        <translation>Geef een startdatum.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/validation.py" line="77"/>
        <source>Give an end date.</source>
        <translation>Geef een einddatum.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/validation.py" line="80"/>
        <source>The end date must come after the start date.</source>
        <translation>De einddatum moet na de startdatum liggen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/validation.py" line="88"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Vul een heel getal van {low} tot en met {high} in.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/validation.py" line="99"/>
        <source>&quot;{value}&quot; is not one of the choices.</source>
        <translation>&quot;{value}&quot; is geen van de keuzes.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/importing.py" line="105"/>
        <source>The sheet has no column for the last name (achternaam).</source>
        <translation>Het blad heeft geen kolom voor de achternaam.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/importing.py" line="108"/>
        <source>The sheet has no column for the first name (voornaam).</source>
        <translation>Het blad heeft geen kolom voor de voornaam.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/importing.py" line="111"/>
        <source>The sheet has no column for the e-mail address.</source>
        <translation>Het blad heeft geen kolom voor het e-mailadres.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/importing.py" line="126"/>
        <source>The sheet has a header row but no people in it.</source>
        <translation>Het blad heeft een kopregel maar geen mensen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/importing.py" line="152"/>
        <source>The column &quot;{column}&quot; holds dates written day-first and dates written month-first. Choose how to read them under Dates; the rows that do not read that way are then listed.</source>
        <translation>De kolom &quot;{column}&quot; bevat datums met de dag eerst én datums met de maand eerst. Kies onder Datums hoe ze gelezen worden; de rijen die zo niet te lezen zijn, worden dan genoemd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/importing.py" line="158"/>
        <source>The column &quot;{column}&quot; holds dates written day-first and dates written month-first. Choose how to read them with --date-order; the rows that do not read that way are then listed.</source>
        <translation>De kolom &quot;{column}&quot; bevat datums met de dag eerst én datums met de maand eerst. Kies met --date-order hoe ze gelezen worden; de rijen die zo niet te lezen zijn, worden dan genoemd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/importing.py" line="180"/>
        <source>The dates in the column &quot;{column}&quot; can be read day-first or month-first: {example} is {day_first} or {month_first}. Choose how under Dates.</source>
        <translation>De datums in de kolom &quot;{column}&quot; zijn te lezen met de dag eerst of met de maand eerst: {example} is {day_first} of {month_first}. Kies onder Datums hoe ze gelezen worden.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/importing.py" line="186"/>
        <source>The dates in the column &quot;{column}&quot; can be read day-first or month-first: {example} is {day_first} or {month_first}. Choose how with --date-order.</source>
        <translation>De datums in de kolom &quot;{column}&quot; zijn te lezen met de dag eerst of met de maand eerst: {example} is {day_first} of {month_first}. Kies met --date-order hoe ze gelezen worden.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/importing.py" line="215"/>
        <source>The sheet has no role column: choose a rule under Roles, or set the roles in the preview&apos;s Role column. Number of rows without a role: {n}.</source>
        <translation>Het blad heeft geen kolom voor de rol: kies onder Rollen hoe de rol bepaald wordt, of zet de rollen in de kolom Rol van de tabel hierboven. Aantal rijen zonder rol: {n}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/importing.py" line="221"/>
        <source>The sheet has no role column: give a rule with --role or --mentors-born-from, or add a Role column to the sheet. Number of rows without a role: {n}.</source>
        <translation>Het blad heeft geen kolom voor de rol: geef met --role of --mentors-born-from aan hoe de rol bepaald wordt, of voeg een kolom Rol toe aan het blad. Aantal rijen zonder rol: {n}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/importing.py" line="245"/>
        <source>Row {row}: {email} is also the e-mail address in row {other}.</source>
        <translation>Rij {row}: {email} is ook het e-mailadres in regel {other}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="389"/>
        <source>Rows hidden in the sheet are read like the others: {rows}. Hidden rows often hold people who left; check that these should take part.</source>
        <translation>Rijen die in het blad verborgen zijn, worden net als de andere gelezen: {rows}. Verborgen rijen bevatten vaak mensen die zijn vertrokken; controleer of deze mee moeten doen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_links.py" line="63"/>
        <source>Row {row}: the manager {value} is no longer in the file. Nothing was imported; check the sheet again.</source>
        <translation>Rij {row}: de leidinggevende {value} staat niet meer in het bestand. Er is niets geïmporteerd; kijk het blad opnieuw na.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="67"/>
        <source>Row {row}: &quot;{value}&quot; is not a language rmentor knows; it is kept as written, and only someone with the same spelling shares it.</source>
        <translation>Rij {row}: &quot;{value}&quot; is geen taal die rmentor kent; het blijft zoals het er staat, en alleen iemand met dezelfde schrijfwijze deelt die taal.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="79"/>
        <source>Row {row}: no language; suggestions need a shared language, so add one later in the participant&apos;s form.</source>
        <translation>Rij {row}: geen taal; voorstellen hebben een gedeelde taal nodig, vul er later een in op het formulier van de deelnemer.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="130"/>
        <source>Row {row}: the cell in column &quot;{column}&quot; holds {length} characters; more than {limit} is not a staff list&apos;s.</source>
        <translation>Rij {row}: de cel in kolom &quot;{column}&quot; bevat {length} tekens; meer dan {limit} hoort niet in een personeelslijst.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="147"/>
        <source>Row {row}: the column &quot;{column}&quot; holds an invisible control character (copied from another program?); type the address again.</source>
        <translation>Rij {row}: de kolom &quot;{column}&quot; bevat een onzichtbaar stuurteken (gekopieerd uit een ander programma?); typ het adres opnieuw.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="188"/>
        <source>Row {row}: the first name is missing.</source>
        <translation>Rij {row}: de voornaam ontbreekt.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="190"/>
        <source>Row {row}: the last name is missing.</source>
        <translation>Rij {row}: de achternaam ontbreekt.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="192"/>
        <source>Row {row}: the e-mail address is missing.</source>
        <translation>Rij {row}: het e-mailadres ontbreekt.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="195"/>
        <location filename="../rmentor/models/sheets/import_rows.py" line="236"/>
        <source>Row {row}: &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>Rij {row}: &quot;{value}&quot; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="205"/>
        <source>Row {row}: {email} is a {was} in a running pairing; their role cannot become {role}. End or delete the pairing first.</source>
        <translation>Rij {row}: {email} is {was} in een lopende koppeling; de rol kan geen {role} worden. Beëindig of verwijder eerst de koppeling.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="224"/>
        <source>Row {row}: &quot;{value}&quot; holds a control character or a mark that turns text around, or is longer than {count} characters; a name, an address or a department cannot.</source>
        <translation>Rij {row}: &quot;{value}&quot; bevat een stuurteken of een teken dat de tekst omkeert, of is langer dan {count} tekens; een naam, een adres of een afdeling kan dat niet.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="251"/>
        <source>Row {row}: the theme &quot;{value}&quot; holds a control character or a mark that turns text around, or is longer than {count} characters.</source>
        <translation>Rij {row}: het thema &quot;{value}&quot; bevat een stuurteken of een teken dat tekst omdraait, of is langer dan {count} tekens.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="290"/>
        <source>Row {row}: &quot;{value}&quot; is not a date: write dates as, for example, 12-31-2026.</source>
        <translation>Rij {row}: &quot;{value}&quot; is geen datum: schrijf datums bijvoorbeeld als 12-31-2026.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="325"/>
        <source>Row {row}: the role &quot;{value}&quot; is unknown; use mentor or mentee (junior or senior).</source>
        <translation>Rij {row}: de rol &quot;{value}&quot; is onbekend; gebruik mentor of mentee (junior of senior).</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="345"/>
        <source>Row {row}: the choice under Roles needs a birth year, age or birth date, and this row has none that reads; set its role.</source>
        <translation>Rij {row}: de keuze onder Rollen heeft een geboortejaar, leeftijd of geboortedatum nodig, en deze rij heeft er geen die te lezen is; stel de rol met de hand in.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="350"/>
        <source>Row {row}: --mentors-born-from needs a birth year, age or birth date, and this row has none that reads; give it a role in a Role column.</source>
        <translation>Rij {row}: --mentors-born-from heeft een geboortejaar, leeftijd of geboortedatum nodig, en deze rij heeft er geen die te lezen is; geef hem een rol in een kolom Rol.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="357"/>
        <source>Row {row}: the choice under Roles needs a level, and this row has none; set its role.</source>
        <translation>Rij {row}: de keuze onder Rollen heeft een niveau nodig, en deze rij heeft er geen; stel de rol met de hand in.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="406"/>
        <source>Cells with a formula that was never calculated have no value in the file: {cells}. Open the workbook in Excel or LibreOffice, save it (which calculates them), and import it again.</source>
        <translation>Cellen met een formule die nooit is berekend, hebben geen waarde in het bestand: {cells}. Open de werkmap in Excel of LibreOffice, sla hem op (dan worden ze berekend) en importeer hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="422"/>
        <source>Cells hold a formula&apos;s error, not a value: {cells}. Put the formulas right in the workbook, save it, and import it again.</source>
        <translation>Cellen bevatten de fout van een formule, geen waarde: {cells}. Herstel de formules in de werkmap, sla hem op en importeer hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="270"/>
        <source>Row {row}: &quot;{value}&quot; is not a whole number from {low} to {high}.</source>
        <translation>Rij {row}: &quot;{value}&quot; is geen heel getal van {low} tot en met {high}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="283"/>
        <source>Row {row}: the consent date {value} is in the future.</source>
        <translation>Rij {row}: de datum van toestemming {value} ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="295"/>
        <source>Row {row}: &quot;{value}&quot; is not a date: write dates as, for example, 31-12-2026.</source>
        <translation>Rij {row}: &quot;{value}&quot; is geen datum: schrijf datums bijvoorbeeld als 31-12-2026.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="307"/>
        <source>Row {row}: &quot;{value}&quot; in the column Active is not yes or no.</source>
        <translation>Rij {row}: &quot;{value}&quot; in de kolom Actief is geen ja of nee.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_rows.py" line="336"/>
        <source>Row {row}: the role is missing.</source>
        <translation>Rij {row}: de rol ontbreekt.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_managers.py" line="81"/>
        <source>Row {row}: the manager {value} is in a row left out; the reporting line stays empty.</source>
        <translation>Rij {row}: de leidinggevende {value} staat in een rij die wordt overgeslagen; de hiërarchische lijn blijft leeg.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_managers.py" line="107"/>
        <source>Row {row}: more than one person is called &quot;{value}&quot;; name the manager by e-mail address.</source>
        <translation>Rij {row}: meer dan één persoon heet &quot;{value}&quot;; noem de leidinggevende bij e-mailadres.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_managers.py" line="113"/>
        <source>Row {row}: the manager &quot;{value}&quot; is not in the sheet or the file.</source>
        <translation>Rij {row}: de leidinggevende &quot;{value}&quot; staat niet in het blad en niet in het bestand.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_links.py" line="73"/>
        <location filename="../rmentor/models/sheets/import_managers.py" line="26"/>
        <source>Row {row}: a person cannot be their own manager.</source>
        <translation>Rij {row}: iemand kan niet zijn eigen leidinggevende zijn.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/import_links.py" line="89"/>
        <location filename="../rmentor/models/sheets/import_managers.py" line="39"/>
        <source>Row {row}: the managers named go round in a circle.</source>
        <translation>Rij {row}: de genoemde leidinggevenden vormen een kringetje.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/workbook_parts.py" line="25"/>
        <source>The workbook {name} has rows on more than one sheet: {sheets}. Nothing was imported; choose the sheet to import (the window asks which, the command line takes --sheet NAME).</source>
        <translation>De werkmap {name} heeft rijen op meer dan één blad: {sheets}. Er is niets geïmporteerd; kies het blad om te importeren (het venster vraagt welk, de opdrachtregel neemt --sheet NAAM).</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/workbook_parts.py" line="31"/>
        <source>The workbook {name} has rows only on hidden sheets: {sheets}. Nothing was imported; choose the sheet to import if it holds the list (the window asks which, the command line takes --sheet NAME).</source>
        <translation>De werkmap {name} heeft alleen rijen op verborgen bladen: {sheets}. Er is niets geïmporteerd; kies het blad om te importeren als daar de lijst op staat (het venster vraagt welk, de opdrachtregel neemt --sheet NAAM).</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/sheet_files.py" line="69"/>
        <source>{name} holds one list: a sheet is named only in a workbook (.xlsx).</source>
        <translation>{name} bevat één lijst: een blad noemt u alleen in een werkmap (.xlsx).</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/sheet_files.py" line="101"/>
        <source>The file {name} cannot be read from line {line} on: a quote mark (&quot;) is not closed, or stands inside a cell. Nothing was imported; correct the quote in the sheet.</source>
        <translation>Het bestand {name} kan vanaf regel {line} niet worden gelezen: een aanhalingsteken (&quot;) wordt niet gesloten, of staat midden in een cel. Er is niets geïmporteerd; verbeter het aanhalingsteken in het werkblad.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/sheet_files.py" line="113"/>
        <source>The file {name} has a quote mark (&quot;) that is never closed, in row {row}: everything after it would be read as one cell. Nothing was imported; correct the quote in the sheet.</source>
        <translation>Het bestand {name} heeft in regel {row} een aanhalingsteken (&quot;) dat nooit wordt gesloten: alles erna zou als één cel worden gelezen. Er is niets geïmporteerd; verbeter het aanhalingsteken in het werkblad.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/sheet_files.py" line="173"/>
        <source>The file {name} cannot be read as a spreadsheet: it is damaged, or it is not an Excel workbook.</source>
        <translation>Het bestand {name} kan niet als werkblad worden gelezen: het is beschadigd, of het is geen Excel-werkmap.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/workbook_parts.py" line="50"/>
        <source>The workbook {name} has no sheet &quot;{sheet}&quot;; its sheets: {sheets}.</source>
        <translation>De werkmap {name} heeft geen blad &quot;{sheet}&quot;; de bladen: {sheets}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/workbook_parts.py" line="61"/>
        <source>The sheet &quot;{sheet}&quot; of {name} is a chart, not a list.</source>
        <translation>Het blad &quot;{sheet}&quot; van {name} is een grafiek, geen lijst.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/sheet_files.py" line="223"/>
        <source>The file {name} is empty: there is no header row and no data.</source>
        <translation>Het bestand {name} is leeg: er is geen kopregel en geen gegevens.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/sheet_files.py" line="235"/>
        <source>The file {name} has {count} columns, more than a staff list holds (at most {most}). Nothing was imported: save the list with only its own columns, and nothing far to the right of them.</source>
        <translation>Het bestand {name} heeft {count} kolommen, meer dan een personeelslijst heeft (hoogstens {most}). Er is niets geïmporteerd: sla de lijst op met alleen haar eigen kolommen, en niets ver rechts ervan.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/sheet_files.py" line="334"/>
        <source>The file {name} cannot be written: {reason}.</source>
        <translation>Het bestand {name} kan niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/backups.py" line="125"/>
        <source>No backup copy of {name} could be written ({reason}); the file itself was not changed, and the older copies were kept.</source>
        <translation>Er kon geen reservekopie van {name} worden geschreven ({reason}); het bestand zelf is niet gewijzigd en de oudere kopieën zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/backups.py" line="136"/>
        <source>The backup copy of {name} failed its check ({detail}); the older copies were kept.</source>
        <translation>De reservekopie van {name} kwam niet door de controle ({detail}); de oudere kopieën zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/backups.py" line="178"/>
        <source>This copy is encrypted with a key not known here (from before the file got a new one): open it with its passphrase or recovery key. Nothing was changed.</source>
        <translation>Deze kopie is versleuteld met een sleutel die hier niet bekend is (van voordat het bestand een nieuwe kreeg): open haar met haar wachtwoordzin of herstelsleutel. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/backups.py" line="191"/>
        <source>the copy is damaged</source>
        <translation>de kopie is beschadigd</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/backups.py" line="204"/>
        <source>The copy could not be put back ({reason}). The file is as it was; a copy of it was made first.</source>
        <translation>De kopie kon niet worden teruggezet ({reason}). Het bestand is zoals het was; er is eerst een kopie van gemaakt.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/database.py" line="37"/>
        <source>the disk could not be read or written</source>
        <translation>de schijf kon niet gelezen of beschreven worden</translation>
    </message>
    <message>
        <location filename="../rmentor/models/errors.py" line="77"/>
        <location filename="../rmentor/models/errors.py" line="78"/>
        <location filename="../rmentor/models/storage/database.py" line="39"/>
        <source>another program is using the file</source>
        <translation>een ander programma gebruikt het bestand</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/database.py" line="38"/>
        <source>the file is read-only</source>
        <translation>het bestand kan alleen gelezen worden</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/database.py" line="40"/>
        <source>the file cannot be opened</source>
        <translation>het bestand kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/database.py" line="41"/>
        <source>the file cannot be written</source>
        <translation>er kan niet in het bestand geschreven worden</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/database.py" line="120"/>
        <source>The change could not be saved ({reason}). The data file is as it was before; what you typed is still in the form.</source>
        <translation>De wijziging kon niet worden opgeslagen ({reason}). Het gegevensbestand is zoals het was; wat u typte staat nog in het formulier.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/privacy.py" line="327"/>
        <source>The person was erased, but the file could not be rewritten to clear its old pages ({reason}). Free some disk space and erase again to finish.</source>
        <translation>De persoon is gewist, maar het bestand kon niet opnieuw worden geschreven om de oude pagina&apos;s leeg te maken ({reason}). Maak schijfruimte vrij en wis nog eens om het af te ronden.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/privacy.py" line="341"/>
        <source>No participant has the e-mail address {email}.</source>
        <translation>Geen deelnemer heeft het e-mailadres {email}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/versions.py" line="50"/>
        <source>Someone else changed or deleted this record after you opened the form (or Undo did). Your changes were not saved, so theirs is not lost: close the form and open it again to edit the current version.</source>
        <translation>Iemand anders heeft dit gegeven gewijzigd of verwijderd nadat u het formulier opende (of Ongedaan maken deed dat). Uw wijzigingen zijn niet opgeslagen, zodat die van de ander niet verloren gaan: sluit het formulier en open het opnieuw om de huidige versie te bewerken.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/versions.py" line="59"/>
        <source>This record was deleted after you opened the form (by Undo, perhaps). Your changes were not saved; close the form.</source>
        <translation>Dit gegeven is verwijderd nadat u het formulier opende (misschien met Ongedaan maken). Uw wijzigingen zijn niet opgeslagen; sluit het formulier.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/versions.py" line="66"/>
        <source>This record was changed after you opened the form (by Undo, perhaps). Your changes were not saved, so the other change is not lost: close the form and open it again to edit the current version.</source>
        <translation>Dit gegeven is gewijzigd nadat u het formulier opende (misschien met Ongedaan maken). Uw wijzigingen zijn niet opgeslagen, zodat de andere wijziging niet verloren gaat: sluit het formulier en open het opnieuw om de huidige versie te bewerken.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/history.py" line="129"/>
        <source>This step cannot be undone or redone any more: the file changed outside this window. Nothing was changed.</source>
        <translation>Deze stap kan niet meer ongedaan of opnieuw worden gedaan: het bestand is buiten dit venster gewijzigd. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="80"/>
        <source>{name} is not there (any more).</source>
        <translation>{name} is er niet (meer).</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="88"/>
        <source>{name} is protected with a password; ask for it to be saved without one.</source>
        <translation>{name} is met een wachtwoord beveiligd; vraag of het zonder wachtwoord wordt opgeslagen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="96"/>
        <source>{name} holds a script or other active content (JavaScript, an attached file, an action that starts a program). The forms rmentor writes hold none, so it was changed after it was sent; nothing of it was stored.</source>
        <translation>{name} bevat een script of andere actieve inhoud (JavaScript, een bijgevoegd bestand, een actie die een programma start). De formulieren van rmentor bevatten dat niet, dus het is na verzending veranderd; er is niets van opgeslagen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="109"/>
        <source>{name} is not a PDF that can be read.</source>
        <translation>{name} is geen pdf die gelezen kan worden.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="175"/>
        <source>{name} is not an rmentor evaluation form.</source>
        <translation>{name} is geen evaluatieformulier van rmentor.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="181"/>
        <source>{name} is a form of another data file or programme; open that file to read it.</source>
        <translation>{name} is een formulier van een ander gegevensbestand of programma; open dat bestand om het te lezen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="195"/>
        <source>{name} does not fit this file: it was changed after rmentor made it, or its pairing was removed since. Send that person a new form.</source>
        <translation>{name} past niet bij dit bestand: het is veranderd nadat rmentor het maakte, of de koppeling is sindsdien verwijderd. Stuur die persoon een nieuw formulier.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="213"/>
        <source>{name} is about a pairing with someone whose data was erased on their request; it was not read.</source>
        <translation>{name} gaat over een koppeling met iemand wiens gegevens op eigen verzoek zijn gewist; het is niet ingelezen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="206"/>
        <source>{name} is for a pairing that is no longer in this file.</source>
        <translation>{name} hoort bij een koppeling die niet meer in dit bestand staat.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="73"/>
        <source>{name} is a folder: give the filled forms in it, such as {name}/*.pdf.</source>
        <translation>{name} is een map: geef de ingevulde formulieren erin, zoals {name}/*.pdf.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="226"/>
        <source>{name}: the {moment} evaluation of {person} is already in the file (of {date}), so this form was not read. To change the answers, use Evaluation… in the Journal tab.</source>
        <translation>{name}: de evaluatie ({moment}) van {person} staat al in het bestand (van {date}), dus dit formulier is niet ingelezen. Om de antwoorden te wijzigen gebruikt u Evaluatie… in het tabblad Logboek.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="261"/>
        <source>{name}: {person} sent the {moment} evaluation twice in this batch; only {other} was read.</source>
        <translation>{name}: {person} stuurde de evaluatie ({moment}) twee keer mee in deze reeks; alleen {other} is ingelezen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/returned_forms.py" line="250"/>
        <source>{name}: {person} gave no answer to: {questions}. Ask for the form again, filled in completely.</source>
        <translation>{name}: {person} gaf geen antwoord op: {questions}. Vraag het formulier opnieuw, helemaal ingevuld.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/meeting_calendar.py" line="90"/>
        <source>{mentor} and {mentee} are not proposed or active: they have no meetings to plan.</source>
        <translation>{mentor} en {mentee} zijn niet voorgesteld of actief: er zijn geen gesprekken te plannen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/meeting_calendar.py" line="151"/>
        <source>{mentor} and {mentee}: the next meeting would fall after the planned end ({end}), so there is none to plan. Extend the pairing first.</source>
        <translation>{mentor} en {mentee}: het volgende gesprek zou na het geplande einde ({end}) vallen, dus er is er geen te plannen. Verleng eerst de koppeling.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/addresses.py" line="23"/>
        <source>The name &quot;{name}&quot; holds &quot;=?&quot;, which a mail program reads as code. Correct the name first.</source>
        <translation>De naam &quot;{name}&quot; bevat &quot;=?&quot;, wat een mailprogramma als code leest. Verbeter eerst de naam.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/addresses.py" line="45"/>
        <source>{name} has no e-mail address in the file.</source>
        <translation>Van {name} staat geen e-mailadres in het bestand.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/addresses.py" line="50"/>
        <source>{name}: &quot;{email}&quot; is not an e-mail address a mail program can use. Type only the address, like name@company.nl.</source>
        <translation>{name}: &quot;{email}&quot; is geen e-mailadres dat een mailprogramma kan gebruiken. Typ alleen het adres, zoals naam@bedrijf.nl.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="42"/>
        <source>An invitation is for a pair that is proposed or active and has not met yet.</source>
        <translation>Een uitnodiging is voor een koppel dat voorgesteld of actief is en elkaar nog niet sprak.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="45"/>
        <source>A reminder is for an active pairing.</source>
        <translation>Een herinnering is voor een actieve koppeling.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="46"/>
        <source>An evaluation is asked of an active pair that has met, or of a completed one.</source>
        <translation>Een evaluatie wordt gevraagd aan een actief koppel dat elkaar al sprak, of aan een afgerond koppel.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="50"/>
        <source>Thanks are for a completed pairing.</source>
        <translation>Een bedankje is voor een afgeronde koppeling.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="183"/>
        <source>Give each e-mail a subject and a text (&quot;Use the standard text&quot; starts again).</source>
        <translation>Geef elke e-mail een onderwerp en een tekst (&quot;Standaardtekst gebruiken&quot; begint opnieuw).</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="233"/>
        <source>Say when the meetings start, for example 14:30.</source>
        <translation>Zeg hoe laat de gesprekken beginnen, bijvoorbeeld 14:30.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="237"/>
        <source>{text} is not a time of day: write it as, for example, 14:30.</source>
        <translation>{text} is geen tijdstip: schrijf het bijvoorbeeld als 14:30.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="118"/>
        <source>{mentor} and {mentee} are {status}. {rule}</source>
        <translation>{mentor} en {mentee} zijn {status}. {rule}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="108"/>
        <source>{mentor} and {mentee}: one of them was erased on their request, so nothing is written to them any more.</source>
        <translation>{mentor} en {mentee}: een van hen is op eigen verzoek gewist, dus hun wordt niets meer geschreven.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="267"/>
        <source>{mentor} and {mentee} have both answered the {moment} evaluation already.</source>
        <translation>{mentor} en {mentee} hebben de evaluatie ({moment}) allebei al ingevuld.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="466"/>
        <source>{who}: a name in this e-mail would reach a mail program as another address ({found}). Correct the name in the participant&apos;s details or the settings.</source>
        <translation>{who}: een naam in deze e-mail zou bij een mailprogramma aankomen als een ander adres ({found}). Verbeter de naam bij de deelnemer of in de instellingen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="156"/>
        <source>This text has a brace that does not close (or open) a placeholder. Type {open} or {close} for a brace itself.</source>
        <translation>Deze tekst heeft een accolade die geen invulveld sluit (of opent). Typ {open} of {close} voor een accolade zelf.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="166"/>
        <source>This text has words in braces that are no placeholder of this e-mail: {unknown}. The ones it can use are listed beside the text; type {open} or {close} for a brace itself.</source>
        <translation>Deze tekst heeft woorden tussen accolades die geen invulveld van deze e-mail zijn: {unknown}. De invulvelden die deze e-mail kan gebruiken staan naast de tekst; typ {open} of {close} voor een accolade zelf.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/files.py" line="94"/>
        <source>{path} is a file, not a folder. Nothing was written.</source>
        <translation>{path} is een bestand, geen map. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_files.py" line="69"/>
        <source>{mentor} and {mentee}: a name is too long to fit on the attached PDF.</source>
        <translation>{mentor} en {mentee}: een naam is te lang voor de pdf in de bijlage.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/drafts.py" line="178"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>De map {folder} bestaat niet. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/protection.py" line="31"/>
        <source>Give the new passphrase with --passphrase-file FILE, or run the command in a terminal, where it is asked.</source>
        <translation>Geef de nieuwe wachtwoordzin met --passphrase-file BESTAND, of geef de opdracht in een terminal, waar erom gevraagd wordt.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/protection.py" line="46"/>
        <source>{name} exists already; a recovery sheet is never written over a file. Choose another name. Nothing was changed.</source>
        <translation>{name} bestaat al; een herstelblad wordt nooit over een bestand heen geschreven. Kies een andere naam. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../rmentor/cli/protection.py" line="79"/>
        <source>The file {name} is not encrypted.</source>
        <translation>Het bestand {name} is niet versleuteld.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/keys.py" line="156"/>
        <source>That is not the recovery key as printed: a letter is missing or mistyped (it has 55 letters and digits in groups of four). Nothing was changed.</source>
        <translation>Dat is niet de herstelsleutel zoals hij is afgedrukt: er ontbreekt een teken of er is een tikfout (hij heeft 55 letters en cijfers in groepjes van vier). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/keys.py" line="256"/>
        <source>That passphrase does not open {name} (or its key file was changed). Check the keyboard&apos;s language and Caps Lock, or use the recovery key. Nothing was changed.</source>
        <translation>Met die wachtwoordzin gaat {name} niet open (of het sleutelbestand is veranderd). Controleer de taal van het toetsenbord en Caps Lock, of gebruik de herstelsleutel. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/protection.py" line="26"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Een wachtwoordzin heeft minstens {count} tekens nodig.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/protection.py" line="32"/>
        <source>A passphrase cannot look like a recovery key (55 letters and digits): it would be read as one. Choose words of your own.</source>
        <translation>Een wachtwoordzin mag niet op een herstelsleutel lijken (55 letters en cijfers): hij zou als herstelsleutel gelezen worden. Kies eigen woorden.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/protection.py" line="41"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>De twee wachtwoordzinnen verschillen: typ twee keer dezelfde.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/protection.py" line="71"/>
        <location filename="../rmentor/models/storage/protection.py" line="82"/>
        <source>The file {name} is encrypted already.</source>
        <translation>Het bestand {name} is al versleuteld.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/protection.py" line="111"/>
        <source>The file {name} is read-only (or its folder is), so it cannot be converted. It was left as it is.</source>
        <translation>Het bestand {name} is alleen-lezen (of de map is dat), dus het kan niet worden omgezet. Het is gelaten zoals het was.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/protection.py" line="139"/>
        <source>That passphrase does not open {name}. Nothing was changed.</source>
        <translation>Met die wachtwoordzin gaat {name} niet open. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/protection.py" line="189"/>
        <source>the new file differs from the old one</source>
        <translation>het nieuwe bestand verschilt van het oude</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/protection.py" line="198"/>
        <location filename="../rmentor/models/storage/protection.py" line="228"/>
        <source>The file {name} could not be converted ({reason}). It was left as it was.</source>
        <translation>Het bestand {name} kon niet worden omgezet ({reason}). Het is gelaten zoals het was.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/transfer.py" line="27"/>
        <source>The copy&apos;s target already holds programme data. Copy into a new file, or an empty database: nothing was changed.</source>
        <translation>Het doel van de kopie bevat al programmagegevens. Kopieer naar een nieuw bestand of een lege database: er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/programme/transfer.py" line="47"/>
        <source>The copy of {table} did not arrive whole, so none of it was kept. Start the copy again.</source>
        <translation>De kopie van {table} kwam niet volledig aan, dus er is niets van bewaard. Start de kopie opnieuw.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="61"/>
        <source>Leave the password out of the server&apos;s address: other users of this computer can read a command line. It is asked, or read from the keychain or PostgreSQL&apos;s password file.</source>
        <translation>Laat het wachtwoord weg uit het serveradres: andere gebruikers van deze computer kunnen een opdrachtregel lezen. Het wordt gevraagd, of gelezen uit de sleutelhanger of het wachtwoordbestand van PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="85"/>
        <source>{location} is not a server address. Write it as postgresql://user@host:port/database.</source>
        <translation>{location} is geen serveradres. Schrijf het als postgresql://gebruiker@host:poort/database.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="102"/>
        <source>PostgreSQL&apos;s driver (psycopg) is not installed with rmentor, so no server can be reached. Install rmentor again.</source>
        <translation>Het stuurprogramma voor PostgreSQL (psycopg) is niet met rmentor geïnstalleerd, dus er is geen server te bereiken. Installeer rmentor opnieuw.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="155"/>
        <source>The connection to the server was lost, so this was not saved or read. Check the network and try again.</source>
        <translation>De verbinding met de server is verbroken, dus dit is niet opgeslagen of gelezen. Controleer het netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="213"/>
        <source>The database {name} on {host} holds no rmentor data yet. `import --create` or `demo` makes its tables.</source>
        <translation>De database {name} op {host} bevat nog geen gegevens van rmentor. `import --create` of `demo` maakt de tabellen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="224"/>
        <source>The database {name} on {host} was brought up to a newer rmentor than this one. Update rmentor to use it.</source>
        <translation>De database {name} op {host} is bijgewerkt voor een nieuwere rmentor dan deze. Werk rmentor bij om hem te gebruiken.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="278"/>
        <source>The database {name} holds tables of another program. rmentor keeps its programmes in a database of their own: ask for an empty one.</source>
        <translation>De database {name} bevat tabellen van een ander programma. rmentor bewaart zijn programma&apos;s in een eigen database: vraag om een lege.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="310"/>
        <source>The server {host} did not accept {user} with this password.</source>
        <translation>De server {host} heeft {user} met dit wachtwoord niet toegelaten.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="318"/>
        <source>There is no database {name} on {host}. Its administrator makes one (an empty database is enough: rmentor makes its tables).</source>
        <translation>Er is geen database {name} op {host}. De beheerder maakt er een (een lege database is genoeg: rmentor maakt de tabellen zelf).</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="328"/>
        <source>The server {host} does not let {user} in (no such user, or not from this computer). Ask its administrator.</source>
        <translation>De server {host} laat {user} niet toe (die gebruiker bestaat niet, of niet vanaf deze computer). Vraag het de beheerder.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="337"/>
        <source>The server {host} (port {port}) could not be reached. Check the address and your network, or ask its administrator whether it runs.</source>
        <translation>De server {host} (poort {port}) is niet bereikbaar. Controleer het adres en uw netwerk, of vraag de beheerder of de server draait.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="366"/>
        <source>The person was erased, but only the owner of rmentor&apos;s tables on the server ({owner}) may clear the old copies of their rows. Ask them to erase {address} to finish.</source>
        <translation>De persoon is gewist, maar alleen de eigenaar van de tabellen van rmentor op de server ({owner}) mag de oude kopieën van de rijen opruimen. Vraag die {address} te wissen om het af te maken.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server.py" line="407"/>
        <source>The person was erased, but the server could not yet clear the old copies of their rows: another connection still reads, or holds, the data from before (process {process}). When it has finished, erase {address} to finish.</source>
        <translation>De persoon is gewist, maar de server kon de oude kopieën van de rijen nog niet opruimen: een andere verbinding leest of houdt de gegevens van daarvoor nog vast (proces {process}). Wis {address} als die klaar is, om het af te maken.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/server_dialog.py" line="86"/>
        <source>Fill in the server and the database: its administrator has both.</source>
        <translation>Vul de server en de database in: de beheerder heeft ze allebei.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server_undo.py" line="79"/>
        <source>Someone&apos;s data was erased since this step, so it cannot be undone or redone any more: it could bring the erased data back. Nothing was changed.</source>
        <translation>Sinds deze stap zijn iemands gegevens gewist, dus kan hij niet meer ongedaan gemaakt of opnieuw gedaan worden: dat zou gewiste gegevens terugbrengen. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/storage/server_undo.py" line="99"/>
        <source>Someone else ({who}) changed this since, on {when}; undoing or redoing it now would take back their change too. Nothing was changed.</source>
        <translation>Iemand anders ({who}) heeft dit daarna gewijzigd, op {when}; dit nu ongedaan maken of opnieuw doen zou ook die wijziging terugdraaien. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/errors.py" line="49"/>
        <location filename="../rmentor/models/errors.py" line="80"/>
        <location filename="../rmentor/models/storage/database.py" line="36"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../rmentor/models/errors.py" line="50"/>
        <source>the disk space allowed to you is used up</source>
        <translation>de schijfruimte die u mag gebruiken is op</translation>
    </message>
    <message>
        <location filename="../rmentor/models/errors.py" line="53"/>
        <location filename="../rmentor/models/errors.py" line="54"/>
        <source>you have no permission for it</source>
        <translation>u hebt er geen toestemming voor</translation>
    </message>
    <message>
        <location filename="../rmentor/models/errors.py" line="55"/>
        <location filename="../rmentor/models/errors.py" line="79"/>
        <source>the disk is read-only</source>
        <translation>de schijf kan alleen gelezen worden</translation>
    </message>
    <message>
        <location filename="../rmentor/models/errors.py" line="56"/>
        <source>the file or folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <location filename="../rmentor/models/errors.py" line="57"/>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <location filename="../rmentor/models/errors.py" line="58"/>
        <source>that is a folder</source>
        <translation>dat is een map</translation>
    </message>
    <message>
        <location filename="../rmentor/models/errors.py" line="92"/>
        <source>it is not an ordinary file (a pipe, a device or a folder)</source>
        <translation>het is geen gewoon bestand (een pipe, een apparaat of een map)</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/bulk_dialogs.py" line="75"/>
        <source>Change due date</source>
        <translation>Datum wijzigen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/bulk_dialogs.py" line="69"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/bulk_dialogs.py" line="70"/>
        <source>The lowest date, shown as “none”, leaves them without one</source>
        <translation>De laagste datum, getoond als “geen”, laat ze zonder datum</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/bulk_dialogs.py" line="76"/>
        <source>Due date of the %Ln selected item(s)</source>
        <translation>
            <numerusform>Datum van het gekozen punt</numerusform>
            <numerusform>Datum van de %Ln gekozen punten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="74"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>EndEarlyDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="29"/>
        <source>End pairing early</source>
        <translation>Koppeling voortijdig beëindigen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="31"/>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="35"/>
        <source>What happened, for the record (no confidences).</source>
        <translation>Wat er gebeurde, voor de administratie (geen vertrouwelijke zaken).</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="37"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="38"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="39"/>
        <source>End early</source>
        <translation>Voortijdig beëindigen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/status_dialogs.py" line="45"/>
        <source>end the pairing of %1 and %2 early</source>
        <translation>koppeling van %1 en %2 voortijdig beëindigen</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="93"/>
        <source>Evaluation: %1 and %2</source>
        <translation>Evaluatie: %1 en %2</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="103"/>
        <source>Ratings</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="107"/>
        <source>Who answers</source>
        <translation>Wie antwoordt</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="108"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="109"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="165"/>
        <source>Answers for %1 are stored already and show in place of what you typed. Discard what you typed?</source>
        <translation>De antwoorden voor %1 zijn al bewaard en komen in de plaats van wat u typte. Wat u typte weggooien?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="182"/>
        <source>You changed this evaluation. Close without saving?</source>
        <translation>U hebt deze evaluatie gewijzigd. Sluiten zonder op te slaan?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="185"/>
        <source>evaluation of %1 and %2</source>
        <translation>evaluatie van %1 en %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="50"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="51"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="52"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="53"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="54"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="55"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="56"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="57"/>
        <source>Manager e-mail</source>
        <translation>E-mail leidinggevende</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="58"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="59"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="60"/>
        <location filename="../rmentor/models/sheets/exporting.py" line="87"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="61"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="62"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="63"/>
        <source>Consent date</source>
        <translation>Datum toestemming</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="64"/>
        <location filename="../rmentor/models/sheets/exporting.py" line="83"/>
        <source>Pairing</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="67"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="68"/>
        <source>Mentor e-mail</source>
        <translation>E-mail mentor</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="69"/>
        <source>Mentor department</source>
        <translation>Afdeling mentor</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="70"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="71"/>
        <source>Mentee e-mail</source>
        <translation>E-mail mentee</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="72"/>
        <source>Mentee department</source>
        <translation>Afdeling mentee</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="74"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="75"/>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="76"/>
        <source>Meetings held</source>
        <translation>Gesprekken gevoerd</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="77"/>
        <source>Last meeting</source>
        <translation>Laatste gesprek</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="78"/>
        <source>Agreed themes</source>
        <translation>Afgesproken thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="79"/>
        <source>End reason</source>
        <translation>Reden einde</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="82"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="84"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="85"/>
        <source>Format</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="86"/>
        <source>Held</source>
        <translation>Gevoerd</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="88"/>
        <source>Shareable summary</source>
        <translation>Deelbare samenvatting</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="89"/>
        <source>Outcomes</source>
        <translation>Opbrengsten</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="92"/>
        <source>unpaired</source>
        <translation>niet gekoppeld</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="93"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="94"/>
        <source>paired</source>
        <translation>gekoppeld</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="112"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="112"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="179"/>
        <source>held</source>
        <translation>gevoerd</translation>
    </message>
    <message>
        <location filename="../rmentor/models/sheets/exporting.py" line="185"/>
        <source>cancelled by {who}</source>
        <translation>afgezegd door {who}</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../rmentor/ui/common/form_errors.py" line="77"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="36"/>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="55"/>
        <source>%1 is not there.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="64"/>
        <location filename="../rmentor/ui/window/file_actions.py" line="104"/>
        <source>Cannot open the file</source>
        <translation>Het bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="66"/>
        <source>%1 is not there, and neither is its folder %2 (a drive that is not connected?). Nothing was created.</source>
        <translation>%1 is er niet, en de map %2 ook niet (een schijf die niet is aangesloten?). Er is niets gemaakt.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="75"/>
        <source>File not found</source>
        <translation>Bestand niet gevonden</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="77"/>
        <source>%1 is not there (moved, renamed or deleted?). Make a new, empty data file with that name?</source>
        <translation>%1 is er niet (verplaatst, hernoemd of verwijderd?). Een nieuw, leeg gegevensbestand met die naam maken?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="118"/>
        <location filename="../rmentor/ui/window/file_actions.py" line="132"/>
        <source>New data file</source>
        <translation>Nieuw gegevensbestand</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="119"/>
        <source>programme.sqlite</source>
        <translation>programma.sqlite</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="134"/>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>%1 bestaat al. Kies een andere naam, of open het bestand met Bestand &gt; Openen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="142"/>
        <source>Open data file</source>
        <translation>Gegevensbestand openen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="153"/>
        <source>Save a copy as a file</source>
        <translation>Een kopie opslaan als bestand</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="158"/>
        <source>%1 (repaired)</source>
        <translation>%1 (hersteld)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="156"/>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="156"/>
        <source>Save a repaired copy as</source>
        <translation>Een herstelde kopie opslaan als</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="181"/>
        <source>Copy not saved</source>
        <translation>Kopie niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="185"/>
        <location filename="../rmentor/ui/window/file_actions.py" line="192"/>
        <source>Copy saved as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="248"/>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_actions.py" line="254"/>
        <source>Restored the copy of %1.</source>
        <translation>De kopie van %1 is teruggezet.</translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="58"/>
        <location filename="../rmentor/ui/window/file_session.py" line="70"/>
        <location filename="../rmentor/ui/window/file_session.py" line="115"/>
        <location filename="../rmentor/ui/window/file_session.py" line="236"/>
        <location filename="../rmentor/ui/window/file_session.py" line="268"/>
        <location filename="../rmentor/ui/window/file_session.py" line="273"/>
        <source>Cannot open the file</source>
        <translation>Het bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="71"/>
        <source>rmentor could not write the small lock file that keeps a second window off %1 (the disk is full, or the folder is read-only). Nothing was changed.</source>
        <translation>rmentor kon het kleine slotbestand niet schrijven dat een tweede venster van %1 weghoudt (de schijf is vol, of de map is alleen-lezen). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="83"/>
        <source>Already open</source>
        <translation>Al geopend</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="84"/>
        <source>%1 is already open in another rmentor window (process %2 on %3). Close it there first: two windows on one file could overwrite each other&apos;s work.</source>
        <translation>%1 is al geopend in een ander rmentor-venster (proces %2 op %3). Sluit het daar eerst: twee vensters op één bestand kunnen elkaars werk overschrijven.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="106"/>
        <source>%1 was not opened: its passphrase was not given.</source>
        <translation>%1 is niet geopend: de wachtwoordzin is niet gegeven.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="116"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="136"/>
        <source>%1 was brought up to this version of rmentor; the file as it was is kept as %2 in its backups.</source>
        <translation>%1 is bijgewerkt voor deze versie van rmentor; het bestand zoals het was staat als %2 bij de reservekopieën.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="159"/>
        <source>No backup copy of %1 could be made (%2); the file itself was not changed.</source>
        <translation>Er kon geen reservekopie van %1 worden gemaakt (%2); het bestand zelf is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="175"/>
        <source>Backup failed</source>
        <translation>Reservekopie mislukt</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="217"/>
        <source>Checking %1…</source>
        <translation>%1 wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="261"/>
        <source>No good backup copy of it was found in %1, where rmentor keeps them. If you keep copies elsewhere (another drive, a colleague), open one of those with File &gt; Open; keep this file as it is, for whoever can repair it.</source>
        <translation>In %1, waar rmentor de reservekopieën bewaart, staat geen goede kopie van dit bestand. Bewaart u elders kopieën (een andere schijf, een collega), open er dan een met Bestand &gt; Openen; laat dit bestand zoals het is, voor wie het kan herstellen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="276"/>
        <source>There is a good backup copy from %1. Open a copy of it instead? The file itself stays as it is.</source>
        <translation>Er is een goede reservekopie van %1. In plaats daarvan een kopie daarvan openen? Het bestand zelf blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="298"/>
        <source>A word about where the file is</source>
        <translation>Over de plek van het bestand</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="299"/>
        <source>%1 is in a folder kept by %2. Such folders copy files while they change, and two computers can each change their own copy; that can damage the file or lose work. rmentor keeps backup copies, but it is safest to open the file on one computer at a time, and to keep it in a local folder.</source>
        <translation>%1 staat in een map die %2 bijhoudt. Zulke mappen kopiëren bestanden terwijl ze veranderen, en twee computers kunnen elk hun eigen kopie wijzigen; daardoor kan het bestand beschadigen of werk verloren gaan. rmentor maakt reservekopieën, maar het veiligst is het bestand op één computer tegelijk te openen en het in een lokale map te bewaren.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/file_session.py" line="311"/>
        <source>a network share</source>
        <translation>een netwerkschijf</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="93"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="96"/>
        <source>Search outcomes…</source>
        <translation>Zoek opbrengsten…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="98"/>
        <source>All types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="102"/>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="104"/>
        <source>Overdue only</source>
        <translation>Alleen te laat</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="123"/>
        <source>Open its meeting…</source>
        <translation>Het gesprek openen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="125"/>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="132"/>
        <source>Change owner</source>
        <translation>Eigenaar wijzigen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="134"/>
        <source>Change due date</source>
        <translation>Datum wijzigen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="136"/>
        <source>Record its effect</source>
        <translation>Effect vastleggen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="140"/>
        <source>Double-click an owner, status, due date or effect to change it in place; select several rows (Shift, Ctrl, Ctrl+A) to change them together.</source>
        <translation>Dubbelklik op een eigenaar, status, datum of effect om die ter plekke te wijzigen; kies meerdere regels (Shift, Ctrl, Ctrl+A) om ze samen te wijzigen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="179"/>
        <source>Nothing to follow up yet: the insights, ideas and actions of a meeting show here once they are added to it in the Journal.</source>
        <translation>Nog niets op te volgen: de inzichten, ideeën en actiepunten van een gesprek staan hier zodra ze er in het Logboek aan zijn toegevoegd.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="243"/>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/follow_up_tab.py" line="251"/>
        <source>%Ln outcome(s)</source>
        <translation>
            <numerusform>%Ln opbrengst</numerusform>
            <numerusform>%Ln opbrengsten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../rmentor/ui/window/guide.py" line="44"/>
        <source>rmentor user guide</source>
        <translation>Handleiding rmentor</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../rmentor/ui/window/history.py" line="46"/>
        <source>Redone: %1</source>
        <translation>Opnieuw uitgevoerd: %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/history.py" line="60"/>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/history.py" line="107"/>
        <source>change</source>
        <translation>wijziging</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/history.py" line="110"/>
        <source>Done: %1</source>
        <translation>Uitgevoerd: %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/history.py" line="112"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="56"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="57"/>
        <source>Prefix (tussenvoegsel)</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="58"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="59"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="60"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="61"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="62"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="63"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="64"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="65"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="66"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="67"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="68"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="69"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="70"/>
        <source>Consent date</source>
        <translation>Datum toestemming</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="71"/>
        <source>Active (yes or no)</source>
        <translation>Actief (ja of nee)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="72"/>
        <source>Birth year (for the roles only)</source>
        <translation>Geboortejaar (alleen voor de rollen)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="73"/>
        <source>Age (for the roles only)</source>
        <translation>Leeftijd (alleen voor de rollen)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="74"/>
        <source>Birth date (for the roles only)</source>
        <translation>Geboortedatum (alleen voor de rollen)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="87"/>
        <source>Import participants</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="90"/>
        <source>From %1 into the programme %2. Check the column each header was matched to; change it where it is wrong.</source>
        <translation>Uit %1 naar het programma %2. Controleer bij elke kop welke kolom is herkend; pas het aan waar het niet klopt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="98"/>
        <source>The headings are on row %1; the %Ln row(s) above them were passed over.</source>
        <translation>
            <numerusform>De koppen staan op rij %1; de rij erboven is overgeslagen.</numerusform>
            <numerusform>De koppen staan op rij %1; de %Ln rijen erboven zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="109"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="110"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="115"/>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="134"/>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="176"/>
        <source>Leave out the %Ln row(s) hidden in the sheet</source>
        <translation>
            <numerusform>De %Ln rij die in het blad verborgen is weglaten</numerusform>
            <numerusform>De %Ln rijen die in het blad verborgen zijn weglaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="184"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="224"/>
        <source>%1, sheet &quot;%2&quot;,</source>
        <translation>%1, blad &quot;%2&quot;,</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="273"/>
        <source>Two columns are matched to %1.</source>
        <translation>Twee kolommen zijn gekoppeld aan %1.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="283"/>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="286"/>
        <source>Departments merged: %1 are one department, %2.</source>
        <translation>Afdelingen samengevoegd: %1 zijn één afdeling, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="295"/>
        <source>Leave out the %Ln row(s) with problems (listed above) and import the rest</source>
        <translation>
            <numerusform>Sla de %Ln rij met een probleem over (hierboven) en importeer de rest</numerusform>
            <numerusform>Sla de %Ln rijen met problemen over (hierboven) en importeer de rest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="307"/>
        <source>Ready to import %Ln person(s), leaving out the rows with problems; nothing is written until you click Import.</source>
        <translation>
            <numerusform>Klaar om %Ln persoon te importeren, zonder de rijen met problemen; er wordt niets opgeslagen tot u op Importeren klikt.</numerusform>
            <numerusform>Klaar om %Ln personen te importeren, zonder de rijen met problemen; er wordt niets opgeslagen tot u op Importeren klikt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="316"/>
        <source>Ready to import %Ln person(s); nothing is written until you click Import.</source>
        <translation>
            <numerusform>Klaar om %Ln persoon te importeren; er wordt niets geschreven tot u op Importeren klikt.</numerusform>
            <numerusform>Klaar om %Ln personen te importeren; er wordt niets geschreven tot u op Importeren klikt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="340"/>
        <source>%Ln of them already in the file: only what the sheet changes about them is written.</source>
        <translation>
            <numerusform>%Ln daarvan staat al in het bestand: alleen wat het blad aan die persoon verandert, wordt geschreven.</numerusform>
            <numerusform>%Ln daarvan staan al in het bestand: alleen wat het blad aan hen verandert, wordt geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="324"/>
        <source>Every row has a problem: with them left out, nobody is left to import. Solve these problems in the sheet, or in the columns and choices above:</source>
        <translation>Elke rij heeft een probleem: als ze worden overgeslagen, blijft er niemand over om te importeren. Los deze problemen op in het blad, of in de kolommen en keuzes hierboven:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="118"/>
        <source>Read as</source>
        <translation>Gelezen als</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="331"/>
        <source>Nothing will be imported until these problems are solved in the sheet, in the columns and choices above, or by leaving their rows out:</source>
        <translation>Er wordt niets geïmporteerd tot deze problemen zijn opgelost in het blad, in de kolommen en keuzes hierboven, of door hun rijen over te slaan:</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="364"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln rij nakijken…</numerusform>
            <numerusform>%Ln rijen nakijken…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="365"/>
        <source>Not checked</source>
        <translation>Niet nagekeken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="366"/>
        <source>The sheet could not be checked: %1. Nothing was imported.</source>
        <translation>Het blad kon niet worden nagekeken: %1. Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="421"/>
        <source>%Ln more row(s) are not shown here; the rule gives their roles.</source>
        <translation>
            <numerusform>%Ln rij staat hier niet; de regel geeft de rol.</numerusform>
            <numerusform>%Ln rijen staan hier niet; de regel geeft hun rollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="427"/>
        <source>import of %Ln participant(s)</source>
        <translation>
            <numerusform>import van %Ln deelnemer</numerusform>
            <numerusform>import van %Ln deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="430"/>
        <source>Making a backup copy…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="432"/>
        <source>No backup copy could be made: %1. Nothing was imported.</source>
        <translation>Er kon geen reservekopie worden gemaakt: %1. Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="437"/>
        <source>Importing %Ln participant(s)…</source>
        <translation>
            <numerusform>%Ln deelnemer importeren…</numerusform>
            <numerusform>%Ln deelnemers importeren…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="431"/>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="444"/>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="451"/>
        <source>Nothing imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="446"/>
        <source>The import was stopped: nothing was written. The choices made here are kept.</source>
        <translation>De import is gestopt: er is niets geschreven. De keuzes die u hier maakte, blijven staan.</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="72"/>
        <source>Search summaries, pairings, themes…</source>
        <translation>Zoek samenvattingen, koppelingen, thema&apos;s…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="79"/>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="80"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="81"/>
        <source>Last 3 months</source>
        <translation>Laatste 3 maanden</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="82"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="83"/>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="92"/>
        <source>Pairing:</source>
        <translation>Koppeling:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="107"/>
        <source>Log a meeting…</source>
        <translation>Gesprek vastleggen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="108"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="109"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="110"/>
        <source>Evaluation…</source>
        <translation>Evaluatie…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="142"/>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="150"/>
        <source>All pairings</source>
        <translation>Alle koppelingen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="195"/>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="229"/>
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln gesprek</numerusform>
            <numerusform>%Ln gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="248"/>
        <source>%Ln meeting(s) shown</source>
        <translation>
            <numerusform>%Ln gesprek getoond</numerusform>
            <numerusform>%Ln gesprekken getoond</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="260"/>
        <source>Meetings held: %1</source>
        <translation>Gevoerde gesprekken: %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="261"/>
        <source>cancelled: %1</source>
        <translation>afgezegd: %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="262"/>
        <source>last meeting: %1</source>
        <translation>laatste gesprek: %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="263"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="267"/>
        <source>next due: %1</source>
        <translation>volgende uiterlijk: %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="269"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="282"/>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="309"/>
        <source>No meeting is logged yet: a pairing meets once it is made and started, on the Pairings tab.</source>
        <translation>Nog geen gesprek vastgelegd: gesprekken horen bij een koppeling, en die maakt en start u op het tabblad Koppelingen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="314"/>
        <source>No meeting is logged yet. Pick a pairing at Pairing, above, and Log a meeting… below comes on.</source>
        <translation>Nog geen gesprek vastgelegd. Kies hierboven een koppeling bij Koppeling, dan gaat Gesprek vastleggen… hieronder aan.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="317"/>
        <source>No meeting of this pairing is logged yet: Log a meeting… below.</source>
        <translation>Van deze koppeling is nog geen gesprek vastgelegd: Gesprek vastleggen… hieronder.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="330"/>
        <source>Pick a pairing first.</source>
        <translation>Kies eerst een koppeling.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="332"/>
        <source>A proposed pairing meets once it is started: Pairings &gt; Activate.</source>
        <translation>Een voorgestelde koppeling voert gesprekken zodra ze gestart is: Koppelingen &gt; Activeren.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="377"/>
        <source>Delete meeting</source>
        <translation>Gesprek verwijderen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="378"/>
        <source>Delete the meeting of %1? Edit &gt; Undo brings it back.</source>
        <translation>Het gesprek van %1 verwijderen? Met Bewerken &gt; Ongedaan maken komt het terug.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/journal_tab.py" line="387"/>
        <source>delete meeting of %1 and %2 on %3</source>
        <translation>gesprek van %1 en %2 op %3 verwijderen</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../rmentor/ui/tables/journal_table_model.py" line="28"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/journal_table_model.py" line="29"/>
        <source>Pairing</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/journal_table_model.py" line="30"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/journal_table_model.py" line="31"/>
        <source>Format</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/journal_table_model.py" line="32"/>
        <source>Held</source>
        <translation>Gevoerd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/journal_table_model.py" line="33"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/journal_table_model.py" line="34"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/journal_table_model.py" line="35"/>
        <source>Outcomes</source>
        <translation>Opbrengsten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/journal_table_model.py" line="47"/>
        <source>held</source>
        <translation>gevoerd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/journal_table_model.py" line="49"/>
        <source>cancelled by %1</source>
        <translation>afgezegd door %1</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <location filename="../rmentor/models/outreach/meeting_calendar.py" line="33"/>
        <source>Reverse mentoring: {mentor} and {mentee}</source>
        <translation>Reverse mentoring: {mentor} en {mentee}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/meeting_calendar.py" line="34"/>
        <source>Meeting of your reverse mentoring pairing in {programme}, {cadence}.</source>
        <translation>Gesprek van jullie reverse-mentoringkoppel in {programme}, {cadence}.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/meeting_calendar.py" line="38"/>
        <source>Kick-off: {programme}</source>
        <translation>Aftrap: {programme}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/meeting_calendar.py" line="39"/>
        <source>Closing: {programme}</source>
        <translation>Afsluiting: {programme}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/meeting_calendar.py" line="41"/>
        <source>All pairs of {programme} meet.</source>
        <translation>Alle koppels van {programme} komen bij elkaar.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="56"/>
        <source>Reverse mentoring: welcome, {mentee_first} and {mentor_first}</source>
        <translation>Reverse mentoring: welkom, {mentee_first} en {mentor_first}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="23"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="24"/>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="26"/>
        <source>Thanks</source>
        <translation>Bedankje</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="57"/>
        <source>Dear {mentee_first} and {mentor_first},

Welcome to {programme}. {mentor_first} is the mentor and {mentee_first} the mentee: in reverse mentoring the younger colleague shows the senior one how things look from where they stand.

You agreed to meet {cadence}, from {start} until {end}. Please hold your first meeting within the next three weeks. The calendar file attached holds the whole series; move the first meeting to a time that suits you both.

Your agreement is attached too. Read it together at the first meeting, sign it and send it back to me.

What you talk about stays between the two of you. I only ask whether you met and, in general terms, what came of it.

Kind regards,
{coordinator}</source>
        <translation>Beste {mentee_first} en {mentor_first},

Welkom bij {programme}. {mentor_first} is de mentor en {mentee_first} de mentee: bij reverse mentoring laat de jongere collega de ervaren collega zien hoe de dingen er vanuit haar of zijn plek uitzien.

Jullie spraken af elkaar {cadence} te zien, van {start} tot {end}. Houd jullie eerste gesprek graag binnen drie weken. Het agendabestand in de bijlage bevat de hele reeks; verzet het eerste gesprek naar een tijd die jullie allebei past.

Ook jullie afsprakenformulier zit in de bijlage. Lees het samen bij het eerste gesprek, onderteken het en stuur het terug naar mij.

Wat jullie bespreken blijft tussen jullie tweeën. Ik vraag alleen of jullie elkaar gezien hebben en, in grote lijnen, wat het opleverde.

Met vriendelijke groet,
{coordinator}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="74"/>
        <source>Reverse mentoring: a reminder</source>
        <translation>Reverse mentoring: een herinnering</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="75"/>
        <source>Dear {mentee_first} and {mentor_first},

{reason}

If something stands in the way, let me know: together we will find a way.

Kind regards,
{coordinator}</source>
        <translation>Beste {mentee_first} en {mentor_first},

{reason}

Staat er iets in de weg, laat het me weten: samen vinden we een oplossing.

Met vriendelijke groet,
{coordinator}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="25"/>
        <source>Evaluation request (to each of them)</source>
        <translation>Evaluatieverzoek (aan ieder apart)</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="84"/>
        <source>Reverse mentoring: your evaluation ({moment})</source>
        <translation>Reverse mentoring: je evaluatie ({moment})</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="85"/>
        <source>Dear {first_name},

It is time for an evaluation of your mentoring with {partner}: {moment}. You will find your form attached: a few statements to rate from 1 to 5 (some may be left open) and room for a comment. Fill it in on screen, save it and send it back to me by e-mail.

Your partner does not see your answers. Management only sees averages of three or more answers, never one person&apos;s, and never your comment.

Kind regards,
{coordinator}</source>
        <translation>Beste {first_name},

Het is tijd voor een evaluatie van je mentoring met {partner}: {moment}. Je vindt je formulier in de bijlage: een paar stellingen om te beoordelen van 1 tot 5 (sommige mogen open blijven) en ruimte voor een opmerking. Vul het op het scherm in, sla het op en stuur het per e-mail terug naar mij.

Je partner ziet jouw antwoorden niet. Het management ziet alleen gemiddelden van drie of meer antwoorden, nooit die van één persoon, en nooit je opmerking.

Met vriendelijke groet,
{coordinator}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="98"/>
        <source>Reverse mentoring: thank you, {mentee_first} and {mentor_first}</source>
        <translation>Reverse mentoring: bedankt, {mentee_first} en {mentor_first}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="101"/>
        <source>Dear {mentee_first} and {mentor_first},

Your mentoring in {programme}, from {start} until {end}, has come to a close. Thank you both for the time and the openness you gave it.

What you learned from each other need not stop here. I would like to hear what you take with you.

Kind regards,
{coordinator}</source>
        <translation>Beste {mentee_first} en {mentor_first},

Jullie mentoring in {programme}, van {start} tot {end}, is afgerond. Dank jullie allebei voor de tijd en de openheid die jullie erin staken.

Wat jullie van elkaar leerden hoeft hier niet te stoppen. Ik hoor graag wat jullie meenemen.

Met vriendelijke groet,
{coordinator}</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="115"/>
        <source>the mentor&apos;s full name</source>
        <translation>de volledige naam van de mentor</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="116"/>
        <source>the mentee&apos;s full name</source>
        <translation>de volledige naam van de mentee</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="117"/>
        <source>the mentor&apos;s first name</source>
        <translation>de voornaam van de mentor</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="118"/>
        <source>the mentee&apos;s first name</source>
        <translation>de voornaam van de mentee</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="119"/>
        <source>the programme&apos;s name</source>
        <translation>de naam van het programma</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="120"/>
        <source>the day the pairing started or starts</source>
        <translation>de dag waarop de koppeling begon of begint</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="121"/>
        <source>the day it ends (or ended)</source>
        <translation>de dag waarop ze eindigt (of eindigde)</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="124"/>
        <source>in a reminder: why it is sent, and what is asked</source>
        <translation>in een herinnering: waarom die gestuurd wordt, en wat er gevraagd wordt</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="126"/>
        <source>in an evaluation request: their first name</source>
        <translation>in een evaluatieverzoek: de voornaam</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="127"/>
        <source>in an evaluation request: their partner&apos;s full name</source>
        <translation>in een evaluatieverzoek: de volledige naam van de partner</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="122"/>
        <source>how often they meet (&quot;every 4 weeks&quot;)</source>
        <translation>hoe vaak ze elkaar zien (&quot;om de 4 weken&quot;)</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="125"/>
        <source>in an evaluation request: which evaluation</source>
        <translation>in een evaluatieverzoek: welke evaluatie</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mail_texts.py" line="123"/>
        <source>your name, as set above</source>
        <translation>uw naam, zoals hierboven ingesteld</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="61"/>
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="62"/>
        <source>every {weeks} weeks</source>
        <translation>om de {weeks} weken</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="63"/>
        <location filename="../rmentor/reports/evaluation_form.py" line="162"/>
        <source>Your programme coordinator</source>
        <translation>De coördinator van het programma</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="317"/>
        <source>Your pairing started on {date} and you have not had your first meeting yet. Could you plan it within the next two weeks?</source>
        <translation>Jullie koppeling begon op {date} en jullie eerste gesprek heeft nog niet plaatsgevonden. Willen jullie het binnen twee weken plannen?</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="329"/>
        <source>You last met on {date}, {days} days ago, and agreed to meet {cadence}. Could you plan your next meeting within the next two weeks?</source>
        <translation>Jullie laatste gesprek was op {date}, {days} dagen geleden, en jullie hadden afgesproken elkaar {cadence} te zien. Willen jullie het volgende gesprek binnen twee weken plannen?</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="342"/>
        <source>The action you agreed on, &quot;{text}&quot;, was due on {date}. Could you take it up together, or tell me if it is no longer needed?</source>
        <translation>Het actiepunt dat jullie afspraken, &quot;{text}&quot;, had op {date} klaar moeten zijn. Willen jullie het samen oppakken, of laten weten of het niet meer nodig is?</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="348"/>
        <source>{count} of the actions you agreed on are past their due date; the oldest, &quot;{text}&quot;, was due on {date}. Could you take them up together, or tell me which are no longer needed?</source>
        <translation>{count} van de actiepunten die jullie afspraken zijn over hun datum; het oudste, &quot;{text}&quot;, had op {date} klaar moeten zijn. Willen jullie ze samen oppakken, of laten weten welke niet meer nodig zijn?</translation>
    </message>
    <message>
        <location filename="../rmentor/models/outreach/mails.py" line="359"/>
        <source>You agreed to meet {cadence}. Is your next meeting in the calendar yet?</source>
        <translation>Jullie spraken af elkaar {cadence} te zien. Staat jullie volgende gesprek al in de agenda?</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="162"/>
        <source>No e-mails to write</source>
        <translation>Geen e-mails te schrijven</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="44"/>
        <source>Folder for the e-mail drafts</source>
        <translation>Map voor de concept-e-mails</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="238"/>
        <source>E-mail drafts written</source>
        <translation>Concept-e-mails geschreven</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="146"/>
        <location filename="../rmentor/ui/window/mail_actions.py" line="249"/>
        <location filename="../rmentor/ui/window/mail_actions.py" line="288"/>
        <location filename="../rmentor/ui/window/mail_actions.py" line="318"/>
        <location filename="../rmentor/ui/window/mail_actions.py" line="342"/>
        <location filename="../rmentor/ui/window/mail_actions.py" line="391"/>
        <source>Not written</source>
        <translation>Niet geschreven</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="190"/>
        <source>Some drafts were not written</source>
        <translation>Sommige concepten zijn niet geschreven</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="61"/>
        <source>%Ln e-mail draft(s) written to %1</source>
        <translation>
            <numerusform>%Ln concept-e-mail geschreven in %1</numerusform>
            <numerusform>%Ln concept-e-mails geschreven in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="69"/>
        <source>Stopped: %Ln e-mail draft(s) written to %1, the others not</source>
        <translation>
            <numerusform>Gestopt: %Ln concept-e-mail geschreven in %1, de andere niet</numerusform>
            <numerusform>Gestopt: %Ln concept-e-mails geschreven in %1, de andere niet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="75"/>
        <source>%Ln e-mail draft(s) written to %1; then writing stopped, and the others were not written:</source>
        <translation>
            <numerusform>%Ln concept-e-mail geschreven in %1; toen stopte het schrijven, en de andere zijn niet geschreven:</numerusform>
            <numerusform>%Ln concept-e-mails geschreven in %1; toen stopte het schrijven, en de andere zijn niet geschreven:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="85"/>
        <source>%Ln evaluation form(s) written to %1; then writing stopped, and the others were not written:</source>
        <translation>
            <numerusform>%Ln evaluatieformulier geschreven in %1; toen stopte het schrijven, en de andere zijn niet geschreven:</numerusform>
            <numerusform>%Ln evaluatieformulieren geschreven in %1; toen stopte het schrijven, en de andere zijn niet geschreven:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="94"/>
        <source>Stopped: %Ln evaluation form(s) written to %1, the others not</source>
        <translation>
            <numerusform>Gestopt: %Ln evaluatieformulier geschreven in %1, de andere niet</numerusform>
            <numerusform>Gestopt: %Ln evaluatieformulieren geschreven in %1, de andere niet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="103"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… en nog %Ln</numerusform>
            <numerusform>… en nog %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="106"/>
        <source>%Ln form(s) refused; nothing from them was stored:</source>
        <translation>
            <numerusform>%Ln formulier geweigerd; daarvan is niets opgeslagen:</numerusform>
            <numerusform>%Ln formulieren geweigerd; daarvan is niets opgeslagen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="145"/>
        <source>Finding who needs this e-mail…</source>
        <translation>Nagaan wie deze e-mail nodig heeft…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="147"/>
        <source>Who needs this e-mail could not be found (%1).</source>
        <translation>Kon niet worden nagegaan wie deze e-mail nodig heeft (%1).</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="163"/>
        <source>No pair needs this e-mail now, or it was written to them already. To write one again, select the pairs in the Pairings tab and use E-mail there.</source>
        <translation>Geen enkel koppel heeft deze e-mail nu nodig, of hij is al voor hen geschreven. Wilt u er opnieuw een schrijven, selecteer de koppels dan in het tabblad Koppelingen en gebruik daar E-mail.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="235"/>
        <source>Writing the e-mail drafts…</source>
        <translation>De concept-e-mails worden geschreven…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="181"/>
        <source>Not all drafts written</source>
        <translation>Niet alle concepten geschreven</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="68"/>
        <source>Stopped: no e-mail draft written to %1</source>
        <translation>Gestopt: geen concept-e-mail geschreven in %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="73"/>
        <source>No e-mail draft could be written to %1:</source>
        <translation>Er kon geen concept-e-mail worden geschreven in %1:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="83"/>
        <source>No evaluation form could be written to %1:</source>
        <translation>Er kon geen evaluatieformulier worden geschreven in %1:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="93"/>
        <source>Stopped: no evaluation form written to %1</source>
        <translation>Gestopt: geen evaluatieformulier geschreven in %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="205"/>
        <source>Your name or address is missing</source>
        <translation>Uw naam of adres ontbreekt</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="206"/>
        <source>Your name or e-mail address is not filled in (Edit &gt; Settings, E-mail): the drafts would have no sender and be signed by the programme&apos;s coordinator, and a pair would not know where to reply. Write them all the same?</source>
        <translation>Uw naam of e-mailadres is niet ingevuld (Bewerken &gt; Instellingen, E-mail): de concepten zouden geen afzender hebben en ondertekend zijn door de coördinator van het programma, en een koppel weet dan niet waar het antwoord heen moet. Toch schrijven?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="287"/>
        <source>Preparing the drafts…</source>
        <translation>De concepten voorbereiden…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="289"/>
        <source>The drafts could not be prepared (%1).</source>
        <translation>De concepten konden niet worden voorbereid (%1).</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="300"/>
        <source>Save the meetings calendar as</source>
        <translation>Gespreksagenda opslaan als</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="302"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="311"/>
        <source>Writing the meetings calendar…</source>
        <translation>De gespreksagenda wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="319"/>
        <source>The calendar could not be written (%1). No file was written.</source>
        <translation>De agenda kon niet worden geschreven (%1). Er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="326"/>
        <source>Meetings calendar saved as %1</source>
        <translation>Gespreksagenda opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="341"/>
        <source>Finding who is due for an evaluation…</source>
        <translation>Nagaan wie aan een evaluatie toe is…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="343"/>
        <source>Who is due for an evaluation could not be found (%1).</source>
        <translation>Kon niet worden nagegaan wie aan een evaluatie toe is (%1).</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="354"/>
        <source>Evaluation forms</source>
        <translation>Evaluatieformulieren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="355"/>
        <source>Forms for which evaluation?</source>
        <translation>Formulieren voor welke evaluatie?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="366"/>
        <source>No forms to write</source>
        <translation>Geen formulieren te schrijven</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="367"/>
        <source>No participant is due for this evaluation, or all have answered it.</source>
        <translation>Geen enkele deelnemer is aan deze evaluatie toe, of iedereen heeft haar al ingevuld.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="373"/>
        <source>Folder for the evaluation forms</source>
        <translation>Map voor de evaluatieformulieren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="379"/>
        <source>Writing the evaluation forms…</source>
        <translation>De evaluatieformulieren worden geschreven…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="405"/>
        <source>Not all forms written</source>
        <translation>Niet alle formulieren geschreven</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="429"/>
        <source>Reading the filled forms…</source>
        <translation>De ingevulde formulieren lezen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="430"/>
        <source>Not read</source>
        <translation>Niet gelezen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="431"/>
        <source>The forms could not be read (%1).</source>
        <translation>De formulieren konden niet worden gelezen (%1).</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="447"/>
        <source>Some forms refused</source>
        <translation>Sommige formulieren geweigerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="64"/>
        <source>%Ln evaluation form(s) written to %1</source>
        <translation>
            <numerusform>%Ln evaluatieformulier geschreven in %1</numerusform>
            <numerusform>%Ln evaluatieformulieren geschreven in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="413"/>
        <source>Read filled evaluation forms</source>
        <translation>Ingevulde evaluatieformulieren inlezen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="415"/>
        <source>PDF forms (*.pdf)</source>
        <translation>Pdf-formulieren (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="97"/>
        <source>%Ln evaluation form(s) read</source>
        <translation>
            <numerusform>%Ln evaluatieformulier ingelezen</numerusform>
            <numerusform>%Ln evaluatieformulieren ingelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/mail_actions.py" line="100"/>
        <source>Stored %Ln evaluation(s).</source>
        <translation>
            <numerusform>%Ln evaluatie opgeslagen.</numerusform>
            <numerusform>%Ln evaluaties opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/mail_actions.py" line="449"/>
        <source>Forms refused</source>
        <translation>Formulieren geweigerd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../rmentor/ui/window/window_parts.py" line="65"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/window_parts.py" line="66"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/window_parts.py" line="67"/>
        <source>Pairings</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/window_parts.py" line="68"/>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/window_parts.py" line="69"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/main_window.py" line="45"/>
        <source>This file is read-only: you can look and make reports, but not change anything. To work in it, copy it to a folder you can write to (File &gt; Save a copy as).</source>
        <translation>Dit bestand is alleen-lezen: u kunt kijken en rapportages maken, maar niets wijzigen. Om erin te werken, kopieert u het naar een map waarin u kunt schrijven (Bestand &gt; Kopie opslaan als).</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/main_window.py" line="66"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/main_window.py" line="69"/>
        <source>Programme:</source>
        <translation>Programma:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/main_window.py" line="120"/>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/main_window.py" line="156"/>
        <source>No file is open: use File &gt; Open or File &gt; New file.</source>
        <translation>Er is geen bestand open: kies Bestand &gt; Openen of Bestand &gt; Nieuw bestand.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/main_window.py" line="176"/>
        <source>This file holds text that another program wrote and rmentor cannot save again as it is (in %1), so it is open read-only. To work in it, restore a backup copy (File &gt; Restore from backup), or save a repaired copy, in which the broken characters are replaced (File &gt; Save a repaired copy), and work in that.</source>
        <translation>Dit bestand bevat tekst die een ander programma heeft geschreven en die rmentor niet ongewijzigd kan opslaan (in %1); daarom is het alleen-lezen geopend. Om erin te werken: zet een reservekopie terug (Bestand &gt; Terugzetten uit reservekopie), of sla een herstelde kopie op, waarin de kapotte tekens zijn vervangen (Bestand &gt; Herstelde kopie opslaan), en werk daarin.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/main_window.py" line="397"/>
        <source>That pairing is no longer in the file.</source>
        <translation>Die koppeling staat niet meer in het bestand.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/main_window.py" line="426"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/main_window.py" line="441"/>
        <source>%Ln mentor(s)</source>
        <translation>
            <numerusform>%Ln mentor</numerusform>
            <numerusform>%Ln mentoren</numerusform>
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
            <numerusform>%Ln koppeling</numerusform>
            <numerusform>%Ln koppelingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/main_window.py" line="444"/>
        <source>%Ln meeting(s) held</source>
        <translation>
            <numerusform>%Ln gesprek gevoerd</numerusform>
            <numerusform>%Ln gesprekken gevoerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/window_parts.py" line="49"/>
        <source>Cannot undo or redo</source>
        <translation>Ongedaan maken of opnieuw doen lukt niet</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/main_window.py" line="451"/>
        <source>About rmentor</source>
        <translation>Over rmentor</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/main_window.py" line="453"/>
        <source>&lt;h3&gt;rmentor %1&lt;/h3&gt;&lt;p&gt;Runs a reverse mentoring programme: participants, pairings, the journal and the report for management.&lt;/p&gt;&lt;p&gt;Data file:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rmentor %1&lt;/h3&gt;&lt;p&gt;Voor het draaien van een reverse-mentoringprogramma: deelnemers, koppelingen, het logboek en de rapportage voor het management.&lt;/p&gt;&lt;p&gt;Gegevensbestand:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Licentie: GNU General Public License, versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/main_window.py" line="459"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="74"/>
        <source>Edit meeting</source>
        <translation>Gesprek bewerken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="74"/>
        <source>Log a meeting</source>
        <translation>Gesprek vastleggen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="91"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="96"/>
        <source>Held</source>
        <translation>Gevoerd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="97"/>
        <source>Cancelled by</source>
        <translation>Afgezegd door</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="113"/>
        <source>A theme of your own</source>
        <translation>Een eigen thema</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="117"/>
        <source>What the pair may share: topics, what was seen or tried. It can appear in reports.</source>
        <translation>Wat het duo mag delen: onderwerpen, wat ze zagen of uitprobeerden. Dit kan in rapportages verschijnen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="124"/>
        <source>Confidential note: never leaves the app</source>
        <translation>Vertrouwelijke notitie: verlaat de app nooit</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="134"/>
        <source>Not in reports, not in exports. Do not record health, religion, ethnicity or other special categories of personal data.</source>
        <translation>Niet in rapportages, niet in exports. Leg geen gezondheid, religie, afkomst of andere bijzondere persoonsgegevens vast.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="147"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="148"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="149"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="150"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="151"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="152"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="169"/>
        <source>Add an insight, idea or action</source>
        <translation>Inzicht, idee of actiepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="170"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="180"/>
        <source>Pairing</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="181"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="183"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="184"/>
        <source>Format</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="186"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="187"/>
        <source>Shareable summary</source>
        <translation>Deelbare samenvatting</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="189"/>
        <source>Outcomes</source>
        <translation>Opbrengsten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="206"/>
        <source>Before the pairing started (%1): it counts all the same.</source>
        <translation>Vóór de start van de koppeling (%1): het telt toch mee.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="255"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="264"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="320"/>
        <source>edit meeting of %1</source>
        <translation>gesprek van %1 bewerken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="320"/>
        <source>log meeting of %1</source>
        <translation>gesprek van %1 vastleggen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/meeting_dialog.py" line="338"/>
        <source>You changed this meeting. Close without saving?</source>
        <translation>U hebt dit gesprek gewijzigd. Sluiten zonder op te slaan?</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="59"/>
        <source>&amp;New file…</source>
        <translation>&amp;Nieuw bestand…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="61"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="62"/>
        <source>Open recen&amp;t</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="65"/>
        <source>Connect to ser&amp;ver…</source>
        <translation>&amp;Verbinden met server…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="70"/>
        <source>&amp;Import participants…</source>
        <translation>Deelnemers &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="75"/>
        <source>Read evaluation &amp;forms…</source>
        <translation>Evaluatie&amp;formulieren inlezen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="77"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="79"/>
        <source>&amp;Participants…</source>
        <translation>&amp;Deelnemers…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="80"/>
        <source>P&amp;airings…</source>
        <translation>&amp;Koppelingen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="81"/>
        <source>&amp;Journal…</source>
        <translation>&amp;Logboek…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="88"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="93"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Terugzetten uit reservekopie…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="96"/>
        <source>Save a re&amp;paired copy…</source>
        <translation>&amp;Herstelde kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="102"/>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="35"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="124"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Nieuw programma…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="127"/>
        <source>&amp;Edit programme…</source>
        <translation>Programma &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="130"/>
        <source>&amp;Switch to</source>
        <translation>&amp;Wisselen naar</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="36"/>
        <source>P&amp;articipants</source>
        <translation>&amp;Deelnemers</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="136"/>
        <source>&amp;Add participant…</source>
        <translation>Deelnemer &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="37"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapportages</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="144"/>
        <source>Programme &amp;report (PDF)…</source>
        <translation>Programma&amp;rapportage (PDF)…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="149"/>
        <source>Pairing &amp;agreement (PDF)…</source>
        <translation>&amp;Afsprakenformulier (PDF)…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="150"/>
        <source>Pair &amp;summary (PDF)…</source>
        <translation>&amp;Samenvatting voor het duo (PDF)…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="38"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="161"/>
        <source>E-mail &amp;invitations to new pairs…</source>
        <translation>E-mail: &amp;uitnodigingen voor nieuwe koppels…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="162"/>
        <source>E-mail &amp;reminders to pairs that fall behind…</source>
        <translation>E-mail: &amp;herinneringen aan koppels die achterlopen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="163"/>
        <source>E-mail &amp;evaluation requests…</source>
        <translation>E-mail: &amp;evaluatieverzoeken…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="164"/>
        <source>E-mail &amp;thanks to pairs that completed…</source>
        <translation>E-mail: &amp;bedankjes aan afgeronde koppels…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="168"/>
        <source>Meetings &amp;calendar (.ics)…</source>
        <translation>Gespreks&amp;agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="169"/>
        <source>Evaluation &amp;forms to fill in…</source>
        <translation>Evaluatie&amp;formulieren om in te vullen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="39"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="175"/>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/menus.py" line="179"/>
        <source>&amp;About rmentor</source>
        <translation>&amp;Over rmentor</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../rmentor/ui/common/messages.py" line="28"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
</context>
<context>
    <name>NameCheckDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="34"/>
        <source>Texts that name someone</source>
        <translation>Teksten die iemand noemen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="39"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="39"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="39"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="45"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="61"/>
        <source>Looking for names in the report&apos;s texts…</source>
        <translation>Namen zoeken in de teksten van de rapportage…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="62"/>
        <source>Not checked</source>
        <translation>Niet nagekeken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="63"/>
        <source>The report&apos;s texts could not be checked (%1).</source>
        <translation>De teksten van de rapportage konden niet worden nagekeken (%1).</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="76"/>
        <source>The anonymised report prints [name] in place of each name below. Edit a text so that it reads well without them.</source>
        <translation>De geanonimiseerde rapportage drukt [naam] af in plaats van elke naam hieronder. Bewerk een tekst zodat hij ook zonder die namen goed leest.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="80"/>
        <source>No text in this report names a participant or the sponsor.</source>
        <translation>Geen tekst in deze rapportage noemt een deelnemer of de sponsor.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="93"/>
        <source>Programme name or description</source>
        <translation>Naam of beschrijving van het programma</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="100"/>
        <source>Outcome, %1 and %2 on %3</source>
        <translation>Opbrengst, %1 en %2 op %3</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/name_check_dialog.py" line="102"/>
        <source>Summary, %1 and %2 on %3</source>
        <translation>Samenvatting, %1 en %2 op %3</translation>
    </message>
</context>
<context>
    <name>NewPairingDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="55"/>
        <source>New pairing</source>
        <translation>Nieuwe koppeling</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="75"/>
        <source>Why pair them anyway? The reason is stored with the pairing.</source>
        <translation>Waarom toch koppelen? De reden wordt bij de koppeling bewaard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="82"/>
        <source>as the programme (%n weeks)</source>
        <translation>
            <numerusform>zoals het programma (%n week)</numerusform>
            <numerusform>zoals het programma (%n weken)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="84"/>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="85"/>
        <source>A theme of your own</source>
        <translation>Een eigen thema</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="96"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="97"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="99"/>
        <source>Override reason</source>
        <translation>Reden voor uitzondering</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="100"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="101"/>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="102"/>
        <source>Meet every</source>
        <translation>Spreken elke</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="103"/>
        <source>Agreed themes</source>
        <translation>Afgesproken thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="135"/>
        <source>Once both are picked, what the rules say of the pair shows here.</source>
        <translation>Zodra beide gekozen zijn, staat hier wat de regels over dit paar zeggen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="150"/>
        <source>No rule is broken and nothing to weigh.</source>
        <translation>Geen regel overtreden en niets af te wegen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="178"/>
        <source>You started a pairing here. Close without saving it?</source>
        <translation>U bent hier een koppeling begonnen. Sluiten zonder die op te slaan?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="184"/>
        <source>Pick a mentor and a mentee from the lists.</source>
        <translation>Kies een mentor en een mentee uit de lijsten.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/new_pairing_dialog.py" line="188"/>
        <source>new pairing of %1 and %2</source>
        <translation>nieuwe koppeling van %1 en %2</translation>
    </message>
</context>
<context>
    <name>NoticeLine</name>
    <message>
        <location filename="../rmentor/ui/common/notices.py" line="60"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="49"/>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="50"/>
        <source>Pairing</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="51"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="52"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="53"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="54"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="56"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="57"/>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="158"/>
        <source>Double-click to record what came of it.</source>
        <translation>Dubbelklik om vast te leggen wat het opleverde.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="177"/>
        <source>status of “%1” to %2</source>
        <translation>status van “%1” naar %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="178"/>
        <source>status of %Ln item(s) to %2</source>
        <translation>
            <numerusform>status van %Ln punt naar %2</numerusform>
            <numerusform>status van %Ln punten naar %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="183"/>
        <source>owner of “%1”</source>
        <translation>eigenaar van “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="184"/>
        <source>owner of %Ln item(s)</source>
        <translation>
            <numerusform>eigenaar van %Ln punt</numerusform>
            <numerusform>eigenaar van %Ln punten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="189"/>
        <source>due date of “%1”</source>
        <translation>datum van “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="190"/>
        <source>due date of %Ln item(s)</source>
        <translation>
            <numerusform>datum van %Ln punt</numerusform>
            <numerusform>datum van %Ln punten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="192"/>
        <source>effect of “%1”</source>
        <translation>effect van “%1”</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/outcome_table_model.py" line="212"/>
        <source>This item no longer exists; the list is read again.</source>
        <translation>Dit punt bestaat niet meer; de lijst wordt opnieuw gelezen.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../rmentor/ui/tabs/overview_tab.py" line="76"/>
        <source>New pairing… on the Pairings tab pairs them by hand, and says what the pair goes against.</source>
        <translation>Met Nieuwe koppeling… op het tabblad Koppelingen koppelt u hen met de hand; het formulier zegt tegen welke regel het paar ingaat.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/overview_tab.py" line="103"/>
        <source>Double-click a line (or press Enter) to open what it is about.</source>
        <translation>Dubbelklik op een regel (of druk op Enter) om te openen waar die over gaat.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/overview_tab.py" line="123"/>
        <source>E-mail draft to the pair…</source>
        <translation>Concept-e-mail aan het koppel…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/overview_tab.py" line="215"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/overview_tab.py" line="239"/>
        <source>Looking for what needs attention…</source>
        <translation>Nagaan wat aandacht nodig heeft…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/overview_tab.py" line="257"/>
        <source>What needs attention could not be worked out (%1).</source>
        <translation>Kon niet worden nagegaan wat aandacht nodig heeft (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/overview_tab.py" line="292"/>
        <source>%Ln point(s) need attention</source>
        <translation>
            <numerusform>%Ln punt vraagt aandacht</numerusform>
            <numerusform>%Ln punten vragen aandacht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/overview_tab.py" line="296"/>
        <source>No one takes part yet: import the participants (File &gt; Import participants, Ctrl+I) or add them in the Participants tab.</source>
        <translation>Nog niemand doet mee: importeer de deelnemers (Bestand &gt; Deelnemers importeren, Ctrl+I) of voeg ze toe op het tabblad Deelnemers.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/overview_tab.py" line="300"/>
        <source>Nothing needs attention right now.</source>
        <translation>Er vraagt nu niets om aandacht.</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/bulk_dialogs.py" line="57"/>
        <source>Change owner</source>
        <translation>Eigenaar wijzigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/bulk_dialogs.py" line="58"/>
        <source>Owner of the %Ln selected item(s)</source>
        <translation>
            <numerusform>Eigenaar van het gekozen punt</numerusform>
            <numerusform>Eigenaar van de %Ln gekozen punten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingDetails</name>
    <message>
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="38"/>
        <source>Pick a pairing to see how it was made and how it goes.</source>
        <translation>Kies een koppeling om te zien hoe die tot stand kwam en hoe het gaat.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="41"/>
        <source>No pairings yet. Suggest pairings… proposes pairs from the people waiting, each with its reasons; New pairing… makes one by hand.</source>
        <translation>Nog geen koppelingen. Koppelingen voorstellen… stelt koppels voor uit de mensen die wachten, elk met de redenen; Nieuwe koppeling… maakt er een met de hand.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="51"/>
        <source>%Ln pairings selected</source>
        <translation>
            <numerusform>%Ln koppeling geselecteerd</numerusform>
            <numerusform>%Ln koppelingen geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="53"/>
        <source>Activate, pause, resume, complete and reopen act on each selected pairing whose status allows it, as one step you can undo.</source>
        <translation>Activeren, pauzeren, hervatten, afronden en heropenen werken op elke gekozen koppeling waarvan de status het toelaat, als één stap die u ongedaan kunt maken.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="67"/>
        <source>Ground rules agreed</source>
        <translation>Spelregels afgesproken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="68"/>
        <source>Rule overridden, because</source>
        <translation>Regel overschreven, omdat</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="69"/>
        <source>Suggested with score %1</source>
        <translation>Voorgesteld met score %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="70"/>
        <source>Earlier partners of %1</source>
        <translation>Eerdere partners van %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="82"/>
        <source>Agreed themes</source>
        <translation>Afgesproken thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="102"/>
        <source>E-mails written</source>
        <translation>E-mails geschreven</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairing_details.py" line="116"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>PairingTableModel</name>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="43"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="44"/>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="46"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="45"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="48"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="49"/>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="50"/>
        <source>Meetings</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="51"/>
        <source>Last meeting</source>
        <translation>Laatste gesprek</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="52"/>
        <source>Days since</source>
        <translation>Dagen sinds</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="53"/>
        <source>Next due</source>
        <translation>Volgende uiterlijk</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="54"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="62"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="65"/>
        <source>due</source>
        <translation>aan de beurt</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/pairing_table_model.py" line="111"/>
        <source>Due since %1; overdue after a week&apos;s grace, from %2.</source>
        <translation>Aan de beurt sinds %1; na een week speling te laat, vanaf %2.</translation>
    </message>
</context>
<context>
    <name>PairingsTab</name>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="50"/>
        <source>Search mentors, mentees, departments…</source>
        <translation>Zoek mentoren, mentees, afdelingen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="53"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="73"/>
        <source>New pairing…</source>
        <translation>Nieuwe koppeling…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="74"/>
        <source>Suggest pairings…</source>
        <translation>Koppelingen voorstellen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="75"/>
        <source>Activate</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="76"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="77"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="78"/>
        <source>Complete</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="79"/>
        <source>End early…</source>
        <translation>Voortijdig beëindigen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="80"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="81"/>
        <source>Agreement…</source>
        <translation>Afspraken…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="82"/>
        <source>New partner for the mentee…</source>
        <translation>Nieuwe partner voor de mentee…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="83"/>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="84"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="85"/>
        <source>Pairing &amp;agreement (PDF)…</source>
        <translation>&amp;Afsprakenformulier (PDF)…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="86"/>
        <source>Pair &amp;summary (PDF)…</source>
        <translation>&amp;Samenvatting voor het duo (PDF)…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="87"/>
        <source>&amp;Log a meeting…</source>
        <translation>&amp;Gesprek vastleggen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="96"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="100"/>
        <source>&amp;Invitation with agreement and calendar…</source>
        <translation>&amp;Uitnodiging met afspraken en agenda…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="101"/>
        <source>&amp;Reminder…</source>
        <translation>&amp;Herinnering…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="102"/>
        <source>&amp;Evaluation request, a form each…</source>
        <translation>&amp;Evaluatieverzoek, ieder een formulier…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="103"/>
        <source>&amp;Thanks at the close…</source>
        <translation>&amp;Bedankje bij de afsluiting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="156"/>
        <source>%Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln koppeling</numerusform>
            <numerusform>%Ln koppelingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="222"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="223"/>
        <source>This pairing no longer exists; the list is read again.</source>
        <translation>Deze koppeling bestaat niet meer; de lijst wordt opnieuw gelezen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="259"/>
        <source>activate the pairing of %1 and %2</source>
        <translation>koppeling van %1 en %2 activeren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="260"/>
        <source>pause the pairing of %1 and %2</source>
        <translation>koppeling van %1 en %2 pauzeren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="261"/>
        <source>resume the pairing of %1 and %2</source>
        <translation>koppeling van %1 en %2 hervatten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="262"/>
        <source>reopen the pairing of %1 and %2</source>
        <translation>koppeling van %1 en %2 heropenen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="273"/>
        <source>Status not changed</source>
        <translation>Status niet gewijzigd</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="284"/>
        <source>activate %Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln koppeling activeren</numerusform>
            <numerusform>%Ln koppelingen activeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="285"/>
        <source>pause %Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln koppeling pauzeren</numerusform>
            <numerusform>%Ln koppelingen pauzeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="286"/>
        <source>resume %Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln koppeling hervatten</numerusform>
            <numerusform>%Ln koppelingen hervatten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="287"/>
        <source>reopen %Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln koppeling heropenen</numerusform>
            <numerusform>%Ln koppelingen heropenen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="293"/>
        <source>No status changed</source>
        <translation>Geen status gewijzigd</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="302"/>
        <source>Done for %1; %Ln left as they were: their status does not allow it.</source>
        <translation>
            <numerusform>Gedaan voor %1; %Ln bleef zoals ze was: haar status laat het niet toe.</numerusform>
            <numerusform>Gedaan voor %1; %Ln bleven zoals ze waren: hun status laat het niet toe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="340"/>
        <source>complete %Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln koppeling afronden</numerusform>
            <numerusform>%Ln koppelingen afronden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="343"/>
        <source>Not completed</source>
        <translation>Niet afgerond</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="432"/>
        <source>Agreement %1 - %2</source>
        <translation>Afspraken %1 - %2</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/pairings_tab.py" line="435"/>
        <source>Summary %1 - %2</source>
        <translation>Samenvatting %1 - %2</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="67"/>
        <source>Edit participant</source>
        <translation>Deelnemer bewerken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="67"/>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="79"/>
        <source>with its prefix, for example van Dijk</source>
        <translation>met tussenvoegsel, bijvoorbeeld van Dijk</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="89"/>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="90"/>
        <source>(no manager)</source>
        <translation>(geen leidinggevende)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="91"/>
        <source>Another language</source>
        <translation>Andere taal</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="99"/>
        <source>A theme of your own</source>
        <translation>Een eigen thema</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="102"/>
        <source>Takes part</source>
        <translation>Doet mee</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="103"/>
        <source>Inactive people are kept, with their history.</source>
        <translation>Inactieve mensen blijven bewaard, met hun geschiedenis.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="104"/>
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="112"/>
        <source>Practical notes only; no health, religion or other special categories.</source>
        <translation>Alleen praktische notities; geen gezondheid, religie of andere bijzondere gegevens.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="119"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="120"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="121"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="122"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="123"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="124"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="125"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="126"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="127"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="128"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="131"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="133"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="134"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="205"/>
        <source>Themes offered</source>
        <translation>Thema&apos;s die de mentor biedt</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="205"/>
        <source>Themes wanted</source>
        <translation>Thema&apos;s die de mentee zoekt</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="237"/>
        <source>Pick the manager from the list, or clear the box.</source>
        <translation>Kies de leidinggevende uit de lijst, of maak het vak leeg.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="242"/>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="242"/>
        <source>add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/participant_dialog.py" line="257"/>
        <source>You changed this participant. Close without saving?</source>
        <translation>U hebt deze deelnemer gewijzigd. Sluiten zonder op te slaan?</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="22"/>
        <source>unpaired</source>
        <translation>niet gekoppeld</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="23"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="24"/>
        <source>paired</source>
        <translation>gekoppeld</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="56"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="57"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="58"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="59"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="60"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="61"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="62"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="63"/>
        <source>Pairing</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="64"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="82"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tables/participant_table_model.py" line="84"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="55"/>
        <source>Search names, departments, themes…</source>
        <translation>Zoek namen, afdelingen, thema&apos;s…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="58"/>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="60"/>
        <source>All departments</source>
        <translation>Alle afdelingen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="62"/>
        <source>Paired or not</source>
        <translation>Gekoppeld of niet</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="67"/>
        <source>Active and inactive</source>
        <translation>Actief en inactief</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="68"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="69"/>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="92"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="93"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="94"/>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="198"/>
        <source>Deactivate</source>
        <translation>Inactief maken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="95"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="97"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="99"/>
        <source>Export everything about them…</source>
        <translation>Alles over deze persoon exporteren…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="100"/>
        <source>Erase them…</source>
        <translation>Deze persoon wissen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="140"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln deelnemer</numerusform>
            <numerusform>%Ln deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="169"/>
        <source>%Ln of %1 shown</source>
        <translation>
            <numerusform>%Ln van %1 getoond</numerusform>
            <numerusform>%Ln van %1 getoond</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="198"/>
        <source>Reactivate</source>
        <translation>Weer actief maken</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="234"/>
        <source>activate %Ln participant(s)</source>
        <translation>
            <numerusform>%Ln deelnemer actief maken</numerusform>
            <numerusform>%Ln deelnemers actief maken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="236"/>
        <source>deactivate %Ln participant(s)</source>
        <translation>
            <numerusform>%Ln deelnemer inactief maken</numerusform>
            <numerusform>%Ln deelnemers inactief maken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="262"/>
        <source>Export personal data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="272"/>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="275"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="277"/>
        <source>Personal data exported to %1</source>
        <translation>Persoonsgegevens geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="280"/>
        <source>Personal data exported</source>
        <translation>Persoonsgegevens geëxporteerd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="282"/>
        <source>Everything the file keeps about %1 is in %2, except confidential notes, which never leave the app.</source>
        <translation>Alles wat het bestand over %1 bewaart staat in %2, behalve vertrouwelijke notities: die verlaten de app nooit.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="297"/>
        <source>Erase %1?</source>
        <translation>%1 wissen?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="299"/>
        <source>This removes %1&apos;s profile and evaluations, clears what was written about their pairings (meeting summaries, confidential notes, outcome texts, comments and reasons) and replaces their name with &quot;erased participant&quot; everywhere. Meetings, outcomes and scores stay counted in the figures. This cannot be undone.</source>
        <translation>Dit verwijdert het profiel en de evaluaties van %1, wist wat er over diens koppelingen is geschreven (verslagen van gesprekken, vertrouwelijke notities, teksten van opbrengsten, opmerkingen en redenen) en vervangt de naam overal door &quot;erased participant&quot;. Gesprekken, opbrengsten en scores blijven meetellen in de cijfers. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="313"/>
        <source>Not erased</source>
        <translation>Niet gewist</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="319"/>
        <source>Participant erased; this cannot be undone.</source>
        <translation>Deelnemer gewist; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="324"/>
        <source>Backup copies</source>
        <translation>Reservekopieën</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="326"/>
        <source>%Ln backup copy(ies) made before the erasure still hold the data. Delete them now? (Keep them only if you may need to undo a mistake.)</source>
        <translation>
            <numerusform>%Ln reservekopie van voor het wissen bevat de gegevens nog. Nu verwijderen? (Bewaar hem alleen als u een vergissing misschien wilt herstellen.)</numerusform>
            <numerusform>%Ln reservekopieën van voor het wissen bevatten de gegevens nog. Nu verwijderen? (Bewaar ze alleen als u een vergissing misschien wilt herstellen.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="345"/>
        <source>Cannot delete</source>
        <translation>Verwijderen kan niet</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="347"/>
        <source>%1 has pairings on record, so deleting them would remove part of the programme&apos;s history. Deactivate them instead?</source>
        <translation>%1 heeft koppelingen in de administratie; verwijderen zou een deel van de geschiedenis van het programma wissen. In plaats daarvan op inactief zetten?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="353"/>
        <source>deactivate %1</source>
        <translation>%1 inactief maken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="360"/>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="361"/>
        <source>Delete %1 and their profile? Edit &gt; Undo brings them back.</source>
        <translation>%1 en het profiel verwijderen? Met Bewerken &gt; Ongedaan maken komt het terug.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="370"/>
        <source>delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/participants_tab.py" line="373"/>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="156"/>
        <source>Protect the data file</source>
        <translation>Het gegevensbestand beveiligen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="156"/>
        <source>Change the passphrase</source>
        <translation>De wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="163"/>
        <source>%1 will hold names, evaluations and confidential notes. With a passphrase the file is encrypted: a lost laptop or a copied backup reveals nothing.</source>
        <translation>In %1 komen namen, evaluaties en vertrouwelijke notities. Met een wachtwoordzin wordt het bestand versleuteld: een verloren laptop of een gekopieerde reservekopie verraadt dan niets.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="169"/>
        <source>Encrypt it with a passphrase (recommended)</source>
        <translation>Versleutelen met een wachtwoordzin (aanbevolen)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="171"/>
        <source>Keep it unprotected: anyone who can copy the file can read it</source>
        <translation>Onbeveiligd laten: wie het bestand kan kopiëren, kan het lezen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="182"/>
        <source>Current passphrase or recovery key</source>
        <translation>Huidige wachtwoordzin of herstelsleutel</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="189"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="189"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="191"/>
        <source>Repeat it</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="201"/>
        <source>The lock the passphrase opens is kept beside the file, in %1: copy the two together. Without it, only the recovery key opens %2.</source>
        <translation>Het slot dat de wachtwoordzin opent, staat naast het bestand, in %1: kopieer ze altijd samen. Zonder dat bestand gaat %2 alleen nog open met de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="240"/>
        <source>Too short: at least 8 characters.</source>
        <translation>Te kort: minstens 8 tekens.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="241"/>
        <source>Weak: longer is better, such as a few words in a sentence.</source>
        <translation>Zwak: langer is beter, zoals een paar woorden in een zin.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="242"/>
        <source>Fair: a few more characters make it strong.</source>
        <translation>Redelijk: met een paar tekens meer wordt hij sterk.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="243"/>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="250"/>
        <source>At least 8 characters; a sentence of a few words is easy to remember and hard to guess.</source>
        <translation>Minstens 8 tekens; een zin van een paar woorden is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="123"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="125"/>
        <source>Print through the system&apos;s print dialog (Ctrl+P)</source>
        <translation>Afdrukken via het afdrukvenster van het systeem (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="130"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="132"/>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Het document opslaan als pdf-bestand (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="137"/>
        <source>Previous page (Page Up)</source>
        <translation>Vorige pagina (Page Up)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="142"/>
        <source>Next page (Page Down)</source>
        <translation>Volgende pagina (Page Down)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="149"/>
        <location filename="../rmentor/ui/preview/preview_window.py" line="175"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="154"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="156"/>
        <source>Zoom: Ctrl++ and Ctrl+-, or Ctrl and the mouse wheel</source>
        <translation>Zoomen: Ctrl++ en Ctrl+-, of Ctrl en het muiswiel</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="160"/>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="161"/>
        <source>Page width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="212"/>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/thumbnails.py" line="47"/>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="294"/>
        <location filename="../rmentor/ui/preview/preview_window.py" line="357"/>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="305"/>
        <source>Printing…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="323"/>
        <source>The printer %1 could not be started.</source>
        <translation>De printer %1 kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="341"/>
        <source>Printing stopped: %1 page(s) sent to the printer</source>
        <translation>Afdrukken gestopt: %1 pagina(&apos;s) naar de printer gestuurd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="345"/>
        <source>Sent 1 page to the printer</source>
        <translation>1 pagina naar de printer gestuurd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="347"/>
        <source>Sent %1 pages to the printer</source>
        <translation>%1 pagina&apos;s naar de printer gestuurd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="369"/>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="388"/>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="389"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="406"/>
        <location filename="../rmentor/ui/preview/preview_window.py" line="414"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="407"/>
        <source>The PDF cannot be written to %1: %2</source>
        <translation>De pdf kan niet worden geschreven naar %1: %2</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/preview/preview_window.py" line="417"/>
        <source>PDF saved as %1</source>
        <translation>Pdf opgeslagen als %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="33"/>
        <source>Edit programme</source>
        <translation>Programma bewerken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="33"/>
        <source>New programme</source>
        <translation>Nieuw programma</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="39"/>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="40"/>
        <source>A theme of your own, e.g. social media</source>
        <translation>Een eigen thema, bijvoorbeeld sociale media</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="55"/>
        <source>Participants paired</source>
        <translation>Deelnemers gekoppeld</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="56"/>
        <source>Pairs meeting as often as agreed</source>
        <translation>Koppels die elkaar zo vaak zien als afgesproken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="57"/>
        <source>Would recommend it, on average (1-5)</source>
        <translation>Zou het aanraden, gemiddeld (1-5)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="58"/>
        <source>Actions done</source>
        <translation>Actiepunten afgerond</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="59"/>
        <source>Targets for the report</source>
        <translation>Streefwaarden voor de rapportage</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="64"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="65"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="66"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="67"/>
        <source>Meet every</source>
        <translation>Spreken elke</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="68"/>
        <source>Purposes and themes</source>
        <translation>Doelen en thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="69"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="70"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="137"/>
        <source>edit programme %1</source>
        <translation>programma %1 bewerken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="137"/>
        <source>new programme %1</source>
        <translation>nieuw programma %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="151"/>
        <source>Pairings outside the period</source>
        <translation>Koppelingen buiten de periode</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="153"/>
        <source>These pairings start or end outside the programme&apos;s new period; adjust their agreements in the Pairings tab:</source>
        <translation>Deze koppelingen beginnen of eindigen buiten de nieuwe periode van het programma; pas hun afspraken aan op het tabblad Koppelingen:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/programme_dialog.py" line="166"/>
        <source>You changed this programme. Close without saving?</source>
        <translation>U hebt dit programma gewijzigd. Sluiten zonder op te slaan?</translation>
    </message>
</context>
<context>
    <name>ProtectionActions</name>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/protection_actions.py" line="45"/>
        <source>%n older backup copy(ies) of this file are not encrypted: anyone who copies them can read them. Remove them now?</source>
        <translation>
            <numerusform>%n oudere reservekopie van dit bestand is niet versleuteld: wie haar kopieert, kan haar lezen. Nu verwijderen?</numerusform>
            <numerusform>%n oudere reservekopieën van dit bestand zijn niet versleuteld: wie ze kopieert, kan ze lezen. Nu verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/protection_actions.py" line="57"/>
        <source>Anyone who can copy a plain file can read it. To write %1 back as a plain file, type its passphrase.</source>
        <translation>Wie een onversleuteld bestand kan kopiëren, kan het lezen. Typ de wachtwoordzin om %1 terug te zetten naar een onversleuteld bestand.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/protection_actions.py" line="62"/>
        <source>Write it back as a plain file</source>
        <translation>Terugzetten naar een onversleuteld bestand</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/protection_actions.py" line="63"/>
        <source>Write back as plain</source>
        <translation>Onversleuteld terugzetten</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/protection_actions.py" line="73"/>
        <source>%n backup copy(ies) of this file are encrypted; they open with the old passphrase or recovery key. Remove them now?</source>
        <translation>
            <numerusform>%n reservekopie van dit bestand is versleuteld; zij gaat open met de oude wachtwoordzin of de herstelsleutel. Nu verwijderen?</numerusform>
            <numerusform>%n reservekopieën van dit bestand zijn versleuteld; ze gaan open met de oude wachtwoordzin of de herstelsleutel. Nu verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/protection_actions.py" line="91"/>
        <source>Passphrase not changed</source>
        <translation>Wachtwoordzin niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/protection_actions.py" line="93"/>
        <source>New passphrase kept; the recovery key stays as it was.</source>
        <translation>Nieuwe wachtwoordzin bewaard; de herstelsleutel blijft zoals hij was.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/protection_actions.py" line="100"/>
        <source>Opened with the recovery key</source>
        <translation>Geopend met de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/protection_actions.py" line="102"/>
        <source>%1 was opened with its recovery key. Choose a new passphrase now? The recovery key stays as it is.</source>
        <translation>%1 is geopend met de herstelsleutel. Nu een nieuwe wachtwoordzin kiezen? De herstelsleutel blijft zoals hij is.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/protection_actions.py" line="116"/>
        <source>Removed %n backup copy(ies) that were not encrypted.</source>
        <translation>
            <numerusform>%n onversleutelde reservekopie verwijderd.</numerusform>
            <numerusform>%n onversleutelde reservekopieën verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/protection_actions.py" line="121"/>
        <source>The passphrase will be asked when the file is opened.</source>
        <translation>Bij het openen van het bestand wordt voortaan om de wachtwoordzin gevraagd.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/protection_actions.py" line="132"/>
        <source>File not converted</source>
        <translation>Bestand niet omgezet</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/protection_actions.py" line="141"/>
        <source>Older backup copies</source>
        <translation>Oudere reservekopieën</translation>
    </message>
</context>
<context>
    <name>ProtectionDialogs</name>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="47"/>
        <source>Remember on this computer (in the system&apos;s keychain)</source>
        <translation>Onthouden op deze computer (in de sleutelbos van het systeem)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="54"/>
        <source>This computer has no keychain rmentor can use.</source>
        <translation>Deze computer heeft geen sleutelbos die rmentor kan gebruiken.</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_page.py" line="18"/>
        <source>Encrypt the file with a passphrase…</source>
        <translation>Het bestand versleutelen met een wachtwoordzin…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_page.py" line="19"/>
        <source>Change the passphrase…</source>
        <translation>De wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_page.py" line="20"/>
        <source>Forget the passphrase on this computer</source>
        <translation>De wachtwoordzin op deze computer vergeten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_page.py" line="21"/>
        <source>Write it back as a plain file…</source>
        <translation>Terugzetten naar een onversleuteld bestand…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_page.py" line="22"/>
        <source>Remove the backup copies that are not encrypted</source>
        <translation>De onversleutelde reservekopieën verwijderen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_page.py" line="33"/>
        <source>An encrypted file, and the backup copies made since it was encrypted, can only be read with the passphrase or the recovery key. If both are lost, nobody can open the file again.</source>
        <translation>Een versleuteld bestand, en de reservekopieën van sinds de versleuteling, zijn alleen te lezen met de wachtwoordzin of de herstelsleutel. Zijn ze allebei kwijt, dan kan niemand het bestand nog openen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_page.py" line="61"/>
        <source>No data file is open.</source>
        <translation>Er is geen gegevensbestand open.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_page.py" line="63"/>
        <source>%1 is encrypted with a passphrase.</source>
        <translation>%1 is versleuteld met een wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_page.py" line="66"/>
        <source>%1 is not encrypted: anyone who can copy it can read every name and note in it.</source>
        <translation>%1 is niet versleuteld: wie het kan kopiëren, kan elke naam en notitie erin lezen.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../rmentor/ui/window/translations.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/translations.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RatingsBox</name>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="53"/>
        <source>not rated</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/evaluation_dialog.py" line="61"/>
        <source>Comment</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="282"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="293"/>
        <source>Print or save the recovery sheet…</source>
        <translation>Herstelblad afdrukken of opslaan…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="295"/>
        <source>I have printed or stored the recovery key</source>
        <translation>Ik heb de herstelsleutel afgedrukt of opgeborgen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="305"/>
        <source>This key opens %1 when the passphrase is forgotten. It is shown only now: print the recovery sheet and keep it in a safe, away from the laptop. Without the passphrase and this key, nobody can open the file.</source>
        <translation>Met deze sleutel gaat %1 open als de wachtwoordzin vergeten is. Hij wordt alleen nu getoond: druk het herstelblad af en bewaar het in een kluis, niet bij de laptop. Zonder de wachtwoordzin en deze sleutel kan niemand het bestand openen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="325"/>
        <source>Recovery sheet</source>
        <translation>Herstelblad</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="326"/>
        <source>recovery key %1.pdf</source>
        <translation>herstelsleutel %1.pdf</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="28"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="31"/>
        <source>Secret - keep in a safe</source>
        <translation>Geheim - bewaren in een kluis</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="52"/>
        <source>Data file</source>
        <translation>Gegevensbestand</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="54"/>
        <source>Folder when made</source>
        <translation>Map bij het maken</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="57"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="63"/>
        <source>Open the data file in rmentor. When it asks for the passphrase, choose &lt;b&gt;Use the recovery key&lt;/b&gt; and type the key above (the dashes may be left out; capitals or not does not matter).</source>
        <translation>Open het gegevensbestand in rmentor. Als om de wachtwoordzin wordt gevraagd, kies dan &lt;b&gt;Vergeten? De herstelsleutel gebruiken&lt;/b&gt; en typ de sleutel hierboven (de streepjes mogen weg; hoofdletters of niet maakt niet uit).</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="69"/>
        <source>Then choose a new passphrase under File &gt; Settings &gt; Protection. This key keeps working: it stays the same when the passphrase changes.</source>
        <translation>Kies daarna een nieuwe wachtwoordzin onder Bestand &gt; Instellingen &gt; Beveiliging. Deze sleutel blijft werken: hij verandert niet als de wachtwoordzin verandert.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="74"/>
        <source>Only for whoever runs rmentor&apos;s commands (IT, a script): put the key in a file only they can read and give it with --passphrase-file.</source>
        <translation>Alleen voor wie de opdrachten van rmentor gebruikt (ICT, een script): zet de sleutel in een bestand dat alleen zij kunnen lezen, en geef dat met --passphrase-file.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="83"/>
        <source>This key opens the rmentor data file named below, also when its passphrase is forgotten. Anyone who has both this sheet and the file can read every name and note in it.</source>
        <translation>Met deze sleutel gaat het rmentor-gegevensbestand hieronder open, ook als de wachtwoordzin vergeten is. Wie dit blad en het bestand allebei heeft, kan elke naam en notitie erin lezen.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="95"/>
        <source>How to use it</source>
        <translation>Zo gebruikt u hem</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="100"/>
        <source>Where to keep it</source>
        <translation>Waar u hem bewaart</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="102"/>
        <source>In a safe or a locked drawer, away from the laptop; not as a photo or a file on the same computer. Whoever takes over the programme needs it too.</source>
        <translation>In een kluis of een afgesloten la, niet bij de laptop; niet als foto of bestand op dezelfde computer. Wie het programma overneemt, heeft hem ook nodig.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="108"/>
        <source>If both are lost</source>
        <translation>Als beide kwijt zijn</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/recovery_sheet.py" line="110"/>
        <source>Without the passphrase and without this key nobody can open the file, not rmentor&apos;s makers either: the data is lost. A backup copy does not help, since it is encrypted with the same key.</source>
        <translation>Zonder de wachtwoordzin en zonder deze sleutel kan niemand het bestand openen, ook de makers van rmentor niet: de gegevens zijn dan verloren. Een reservekopie helpt niet, want die is met dezelfde sleutel versleuteld.</translation>
    </message>
</context>
<context>
    <name>RematchDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/rematch_dialog.py" line="33"/>
        <source>New partner for %1</source>
        <translation>Nieuwe partner voor %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/rematch_dialog.py" line="37"/>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/rematch_dialog.py" line="37"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/rematch_dialog.py" line="37"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/rematch_dialog.py" line="37"/>
        <source>To weigh</source>
        <translation>Af te wegen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/rematch_dialog.py" line="60"/>
        <source>Propose this pairing</source>
        <translation>Deze koppeling voorstellen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/rematch_dialog.py" line="68"/>
        <source>Nobody is free who meets the rules (earlier partners are left out).</source>
        <translation>Er is niemand vrij die aan de regels voldoet (eerdere partners tellen niet mee).</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/rematch_dialog.py" line="81"/>
        <source>new partner for %1: %2</source>
        <translation>nieuwe partner voor %1: %2</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/rematch_dialog.py" line="89"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../rmentor/reports/document.py" line="138"/>
        <source>Page {page} of {total}</source>
        <translation>Pagina {page} van {total}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/document.py" line="181"/>
        <source>Confidential - for management</source>
        <translation>Vertrouwelijk - voor het management</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/document.py" line="268"/>
        <source>Made on {date} with rmentor</source>
        <translation>Gemaakt op {date} met rmentor</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="35"/>
        <source>For mentor and mentee</source>
        <translation>Voor mentor en mentee</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="40"/>
        <location filename="../rmentor/reports/pair_documents.py" line="126"/>
        <location filename="../rmentor/reports/programme/lists.py" line="39"/>
        <location filename="../rmentor/reports/programme/lists.py" line="118"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="45"/>
        <location filename="../rmentor/reports/pair_documents.py" line="126"/>
        <location filename="../rmentor/reports/programme/lists.py" line="40"/>
        <location filename="../rmentor/reports/programme/lists.py" line="119"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="57"/>
        <source>Reverse mentoring agreement</source>
        <translation>Afspraken reverse mentoring</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="69"/>
        <source>What we agree</source>
        <translation>Wat we afspreken</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="73"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="74"/>
        <source>{start} to {end}</source>
        <translation>{start} tot en met {end}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="79"/>
        <source>We meet</source>
        <translation>We spreken af</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="80"/>
        <source>at least once every {n} weeks</source>
        <translation>minstens eens per {n} weken</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="85"/>
        <location filename="../rmentor/reports/pair_documents.py" line="183"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="87"/>
        <source>to be chosen together</source>
        <translation>samen te kiezen</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="93"/>
        <source>Ground rules</source>
        <translation>Spelregels</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="96"/>
        <source>The mentor is the junior colleague and leads the conversation about their world; the mentee listens, asks and tries things out.</source>
        <translation>De mentor is de jonge collega en leidt het gesprek over diens wereld; de mentee luistert, vraagt door en probeert dingen uit.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="101"/>
        <source>What is said in our meetings stays between us. The coordinator keeps a shareable summary; anything said in confidence is not passed on, not in reports and not to managers.</source>
        <translation>Wat in onze gesprekken gezegd wordt, blijft tussen ons. De coördinator houdt een deelbare samenvatting bij; wat in vertrouwen is gezegd, wordt niet doorgegeven, niet in rapportages en niet aan leidinggevenden.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="107"/>
        <source>We plan the next meeting at the end of each meeting, and cancel in time when we cannot make it.</source>
        <translation>We plannen het volgende gesprek aan het eind van elk gesprek, en zeggen op tijd af als het niet lukt.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="112"/>
        <source>Either of us can end the pairing early by telling the coordinator; no reasons need to be shared with the other&apos;s manager.</source>
        <translation>Ieder van ons kan de koppeling voortijdig beëindigen door het de coördinator te laten weten; redenen hoeven niet met de leidinggevende van de ander gedeeld te worden.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="117"/>
        <source>At the start, midway and at the end we each give a short evaluation; management only sees averages over at least {n} answers.</source>
        <translation>Bij de start, halverwege en aan het eind geven we elk een korte evaluatie; het management ziet alleen gemiddelden over minstens {n} antwoorden.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="129"/>
        <location filename="../rmentor/reports/pair_documents.py" line="130"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="133"/>
        <location filename="../rmentor/reports/pair_documents.py" line="134"/>
        <source>Signature:</source>
        <translation>Handtekening:</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="156"/>
        <source>Summary of our reverse mentoring</source>
        <translation>Samenvatting van onze reverse mentoring</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_files.py" line="42"/>
        <source>Agreement {mentor} - {mentee}</source>
        <translation>Afspraken {mentor} - {mentee}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="165"/>
        <location filename="../rmentor/reports/pair_files.py" line="50"/>
        <location filename="../rmentor/reports/programme/lists.py" line="42"/>
        <location filename="../rmentor/reports/programme/lists.py" line="121"/>
        <source>Meetings</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="169"/>
        <source>Meetings held: {held}, {minutes} minutes in all; cancelled: {cancelled}.</source>
        <translation>Gesprekken gevoerd: {held}, samen {minutes} minuten; afgezegd: {cancelled}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="181"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="182"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="184"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="192"/>
        <source>cancelled</source>
        <translation>afgezegd</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="198"/>
        <source>Insights, ideas and actions</source>
        <translation>Inzichten, ideeën en actiepunten</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="200"/>
        <source>None recorded.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="204"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="205"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="206"/>
        <location filename="../rmentor/reports/programme/lists.py" line="120"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="207"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="220"/>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="229"/>
        <source>Given: {list}.</source>
        <translation>Gegeven: {list}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/pair_documents.py" line="233"/>
        <source>Scores are not shown here: from an average over both of you, each could work out the other&apos;s answers. Management sees only averages over all pairs of at least {n} answers.</source>
        <translation>Scores staan hier niet: uit een gemiddelde over jullie beiden kan ieder de antwoorden van de ander afleiden. Het management ziet alleen gemiddelden over alle koppels, van minstens {n} antwoorden.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="372"/>
        <source>too few answers to report</source>
        <translation>te weinig antwoorden om te melden</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="8"/>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="9"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="10"/>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="11"/>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="12"/>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="13"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="14"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="15"/>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="16"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="17"/>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="18"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="19"/>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="24"/>
        <source>Pairings that have not met for longer than agreed</source>
        <translation>Koppels die elkaar langer dan afgesproken niet zagen</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="25"/>
        <source>Pairings without a first meeting three weeks after the start</source>
        <translation>Koppelingen zonder eerste gesprek drie weken na de start</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="28"/>
        <source>Pairings with actions past their due date</source>
        <translation>Koppelingen met verlopen actiepunten</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="29"/>
        <source>Evaluations due</source>
        <translation>Evaluaties die open staan</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="30"/>
        <source>Pairings ending within two weeks</source>
        <translation>Koppelingen die binnen twee weken aflopen</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="31"/>
        <source>Participants not paired yet</source>
        <translation>Deelnemers nog niet gekoppeld</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="38"/>
        <source>On track</source>
        <translation>Op koers</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="39"/>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="40"/>
        <source>Too early to tell</source>
        <translation>Nog te vroeg</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="44"/>
        <source>The programme: On track</source>
        <translation>Het programma: op koers</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="45"/>
        <source>The programme: Needs attention</source>
        <translation>Het programma: aandacht nodig</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="46"/>
        <source>The programme: Too early to tell</source>
        <translation>Het programma: nog te vroeg</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="49"/>
        <source>on track</source>
        <translation>op koers</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="50"/>
        <source>needs a check-in</source>
        <translation>even navragen</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="51"/>
        <source>stalled</source>
        <translation>vastgelopen</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="52"/>
        <source>too early to tell</source>
        <translation>nog te vroeg</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="56"/>
        <source>Nobody takes part yet, though the programme has started.</source>
        <translation>Nog niemand doet mee, hoewel het programma begonnen is.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="59"/>
        <source>No pairing has been due to meet yet.</source>
        <translation>Nog geen koppeling had al een gesprek moeten voeren.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="60"/>
        <source>Fewer than {weeks} weeks since the start: two cadence periods must pass before the figures mean something.</source>
        <translation>Minder dan {weeks} weken sinds de start: de cijfers zeggen pas iets als de koppels elkaar volgens hun ritme twee keer hadden moeten zien.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="65"/>
        <source>No pairing has started, {weeks} weeks after the programme&apos;s start.</source>
        <translation>Geen koppeling is begonnen, {weeks} weken na de start van het programma.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="69"/>
        <source>The programme has no purpose set, so nothing says what it is for.</source>
        <translation>Het programma heeft geen doel, dus niets zegt waarvoor het is.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="73"/>
        <source>{value}% of the participants are paired, against a target of {target}%.</source>
        <translation>{value}% van de deelnemers is gekoppeld, bij een streefwaarde van {target}%.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="76"/>
        <source>{value}% of the pairings due to meet did so as often as agreed, against a target of {target}%.</source>
        <translation>{value}% van de koppelingen die elkaar moesten zien, deed dat zo vaak als afgesproken, bij een streefwaarde van {target}%.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="81"/>
        <source>Would-recommend averages {value}, against a target of {target}.</source>
        <translation>&quot;Zou het aanraden&quot; is gemiddeld {value}, bij een streefwaarde van {target}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="84"/>
        <source>{value}% of the actions are done, against a target of {target}%.</source>
        <translation>{value}% van de actiepunten is afgerond, bij een streefwaarde van {target}%.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="95"/>
        <source>Purposes that need attention: {n} (see below).</source>
        <translation>Doelen die aandacht nodig hebben: {n} (zie hieronder).</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="96"/>
        <source>Too few evaluation answers to give a score, and {n} answers are still missing.</source>
        <translation>Te weinig evaluatieantwoorden voor een score, en er ontbreken nog {n} antwoorden.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="100"/>
        <source>Purposes that cannot be judged yet: {n} (see below).</source>
        <translation>Doelen die nog niet te beoordelen zijn: {n} (zie hieronder).</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="109"/>
        <source>Every figure reaches its target with enough answers, the pairings are healthy, and every purpose shows evidence.</source>
        <translation>Elk cijfer haalt zijn streefwaarde met genoeg antwoorden, de koppelingen lopen goed en elk doel laat resultaat zien.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="114"/>
        <source>None of the {of} meetings held was about it.</source>
        <translation>Geen van de {of} gevoerde gesprekken ging erover.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="128"/>
        <source>“{question}” averages {value}, against a target of {target}.</source>
        <translation>“{question}” is gemiddeld {value}, bij een streefwaarde van {target}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="131"/>
        <source>{value}% of its actions are done, against a target of {target}%.</source>
        <translation>{value}% van de actiepunten ervan is afgerond, bij een streefwaarde van {target}%.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="134"/>
        <source>Nothing shows yet what it brought: fewer than {n} answers to its question and fewer than {results} insights, ideas or actions.</source>
        <translation>Nog niets laat zien wat het opleverde: minder dan {n} antwoorden op de eigen vraag en minder dan {results} inzichten, ideeën of actiepunten.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="139"/>
        <source>Renewed joy is asked, not counted: fewer than {n} answers to its question so far.</source>
        <translation>Hernieuwd plezier wordt gevraagd, niet geteld: tot nu toe minder dan {n} antwoorden op de eigen vraag.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="147"/>
        <source>Its question&apos;s average is held back until {n} more people have answered, so that no answer can be worked out.</source>
        <translation>Het gemiddelde op de eigen vraag wordt achtergehouden tot er {n} mensen meer hebben geantwoord, zodat geen antwoord af te leiden is.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="159"/>
        <source>Agree the date by which everyone waiting is paired: {value}% of the participants are paired, against a target of {target}%.</source>
        <translation>Spreek een datum af waarop iedereen die wacht gekoppeld is: {value}% van de deelnemers is gekoppeld, bij een streefwaarde van {target}%.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="164"/>
        <source>Decide what becomes of the people waiting whom the programme&apos;s rules leave no partner ({n}; the points needing attention say why): pair them by hand across a rule, with the reason, or recruit partners for them.</source>
        <translation>Besluit wat er gebeurt met wie wacht en volgens de regels van het programma geen partner kan krijgen ({n}; de aandachtspunten zeggen waarom): koppel hen met de hand tegen een regel in, met de reden erbij, of werf partners voor hen.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="180"/>
        <source>Ask the sponsor and the mentees&apos; managers to make time for the meetings: {value}% of the pairings met as often as agreed, against a target of {target}%.</source>
        <translation>Vraag de sponsor en de leidinggevenden van de mentees tijd te maken voor de gesprekken: {value}% van de koppelingen zag elkaar zo vaak als afgesproken, bij een streefwaarde van {target}%.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="185"/>
        <source>Decide with the sponsor what to change: would-recommend averages {value}, against a target of {target}.</source>
        <translation>Besluit met de sponsor wat er anders moet: &quot;zou het aanraden&quot; is gemiddeld {value}, bij een streefwaarde van {target}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="190"/>
        <source>Ask the mentees&apos; managers to back the actions the pairs agreed: {value}% are done, against a target of {target}%.</source>
        <translation>Vraag de leidinggevenden van de mentees de afgesproken actiepunten te steunen: {value}% is afgerond, bij een streefwaarde van {target}%.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="195"/>
        <source>Ask the sponsor to call for the evaluation answers: {n} are missing, and without them the programme cannot be judged.</source>
        <translation>Vraag de sponsor op te roepen tot de evaluaties: er ontbreken {n} antwoorden, en zonder die is het programma niet te beoordelen.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="204"/>
        <source>{purpose}: put it on the pairs&apos; agenda, or drop it as a goal of the programme. No meeting was about it.</source>
        <translation>{purpose}: zet het op de agenda van de koppels, of laat het los als doel van het programma. Geen gesprek ging erover.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="230"/>
        <source>{purpose}: decide with the sponsor how the pairs can serve it better; “{question}” averages {value}, against a target of {target}.</source>
        <translation>{purpose}: besluit met de sponsor hoe de koppels het beter kunnen dienen; “{question}” is gemiddeld {value}, bij een streefwaarde van {target}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="235"/>
        <source>{purpose}: ask the sponsor to back the actions it gave rise to; {value}% are done, against a target of {target}%.</source>
        <translation>{purpose}: vraag de sponsor de actiepunten die het opleverde te steunen; {value}% is afgerond, bij een streefwaarde van {target}%.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="240"/>
        <source>{purpose}: decide whether to keep it as a goal; nothing shows yet what it brought. Ask the pairs to record its insights and to answer its evaluation question.</source>
        <translation>{purpose}: besluit of het een doel blijft; nog niets laat zien wat het opleverde. Vraag de koppels de inzichten vast te leggen en de evaluatievraag te beantwoorden.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="245"/>
        <source>{purpose}: ask the mentees to answer its evaluation question; renewed joy is asked, not counted.</source>
        <translation>{purpose}: vraag de mentees de evaluatievraag te beantwoorden; hernieuwd plezier wordt gevraagd, niet geteld.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="250"/>
        <source>Recruit more mentees: with everyone waiting paired, mentors left without a mentee: {n}.</source>
        <translation>Werf meer mentees: als iedereen die wacht gekoppeld is, blijven er mentoren zonder mentee: {n}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="254"/>
        <source>Recruit more mentors: with everyone waiting paired, mentees left without a mentor: {n}.</source>
        <translation>Werf meer mentoren: als iedereen die wacht gekoppeld is, blijven er mentees zonder mentor: {n}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="268"/>
        <source>Review the programme with the coordinator: it needs attention, as said above.</source>
        <translation>Bespreek het programma met de coördinator: het heeft aandacht nodig, zoals hierboven staat.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="274"/>
        <source>No decision is needed yet: it is too early to tell.</source>
        <translation>Er is nog geen besluit nodig: het is nog te vroeg.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/report.py" line="106"/>
        <source>[job title]</source>
        <translation>[functie]</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="116"/>
        <source>What mentors and mentees said in confidence is not in this report, and no score can be traced to anyone&apos;s answer. The last page says how every figure is counted.</source>
        <translation>Wat mentoren en mentees in vertrouwen zeiden, staat niet in deze rapportage, en geen score is te herleiden tot iemands antwoord. De laatste pagina zegt hoe elk cijfer geteld is.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="112"/>
        <source>Question, every moment</source>
        <translation>Vraag, alle momenten</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="183"/>
        <source>*: the average an earlier report printed, over the answers it had then; it stands until at least {n} more people have answered, so that no answer can be worked out from two reports, and no verdict rests on it.</source>
        <translation>*: het gemiddelde dat een eerdere rapportage afdrukte, over de antwoorden van toen; het blijft staan tot er minstens {n} mensen meer hebben geantwoord, zodat geen antwoord uit twee rapportages af te leiden is, en er rust geen oordeel op.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="226"/>
        <source>Asked: “{question}”: {score}</source>
        <translation>Gevraagd: “{question}”: {score}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="234"/>
        <source>Effects recorded:</source>
        <translation>Vastgelegde effecten:</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="330"/>
        <source>* {month}: its column counts the meetings up to {date} only.</source>
        <translation>* {month}: de kolom telt alleen de gesprekken tot en met {date}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="170"/>
        <source>{text} (×{n})</source>
        <translation>{text} (×{n})</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="235"/>
        <source>Evaluation scores: averages of the 1-5 ratings, over every answer up to the report&apos;s date; a score is shown only when at least {n} people gave its answers, and when its answers differ from those of every score shown before (in this report or an earlier one) by the answers of at least {n} people, or not at all, so no one&apos;s rating can be worked out. Where a moment or a side is hidden, another is hidden too (or the total), so that no hidden score can be worked out by subtracting the shown ones from the total; the chart and the summary use the same rule.</source>
        <translation>Evaluatiescores: gemiddelden van de waarderingen van 1 tot 5, over elk antwoord tot de datum van de rapportage; een score staat er alleen als minstens {n} mensen de antwoorden gaven, en als de antwoorden verschillen van die van elke eerder getoonde score (in deze rapportage of een eerdere) met de antwoorden van minstens {n} mensen, of helemaal niet, zodat niemands waardering af te leiden is. Waar een moment of een kant verborgen is, wordt er nog een verborgen (of het totaal), zodat geen verborgen score uit het totaal min de getoonde af te leiden is; de grafiek en de samenvatting volgen dezelfde regel.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="257"/>
        <source>{figure}: {definition}</source>
        <translation>{figure}: {definition}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="266"/>
        <source>The verdict: the programme is on track only when every figure is measured and reaches its target, no more running pairings have slipped than the cadence target leaves room for, and no purpose needs attention; needs attention when one of these fails, or when evaluation answers are missing and no score can be given. It is too early to tell before two cadence periods have passed since the start, or while no pairing runs. The targets of this programme: {paired}% of participants paired, {cadence}% of pairs meeting as often as agreed, an average of {satisfaction} on would-recommend and on each purpose&apos;s own question, {done}% of actions done. Set them in the programme&apos;s form.</source>
        <translation>Het oordeel: het programma is alleen op koers als elk cijfer gemeten is en zijn streefwaarde haalt, er niet meer lopende koppelingen achterop raken dan de streefwaarde voor het ritme toelaat, en geen doel aandacht nodig heeft; het heeft aandacht nodig als een daarvan niet lukt, of als er evaluatieantwoorden ontbreken en er geen score te geven is. Het is nog te vroeg zolang er geen twee ritmeperiodes sinds de start voorbij zijn, of zolang geen koppeling loopt. De streefwaarden van dit programma: {paired}% van de deelnemers gekoppeld, {cadence}% van de koppels die elkaar zo vaak zien als afgesproken, gemiddeld {satisfaction} op &quot;zou het aanraden&quot; en op de eigen vraag van elk doel, {done}% van de actiepunten afgerond. Stel ze in op het formulier van het programma.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="284"/>
        <source>Per purpose: the least evidence is {meetings} meetings held about it, in at least {pairs} pairings and {share}% of all meetings held; below that it needs attention. Then its own evaluation question must reach the target and its actions the target for actions done. On track needs, besides, at least {n} answers to its own question or, except for refreshing the craft (renewed joy is asked, not counted), at least {results} insights, ideas and actions; without them it is too early to tell until the programme is halfway, and needs attention after.</source>
        <translation>Per doel: minstens {meetings} gevoerde gesprekken erover, in minstens {pairs} koppelingen en {share}% van alle gevoerde gesprekken; daaronder heeft het aandacht nodig. Dan moet de eigen evaluatievraag de streefwaarde halen, en de actiepunten de streefwaarde voor afgeronde actiepunten. Op koers vraagt daarnaast minstens {n} antwoorden op de eigen vraag of, behalve bij opfrissen (hernieuwd plezier wordt gevraagd, niet geteld), minstens {results} inzichten, ideeën en actiepunten; zonder die is het nog te vroeg tot het programma halverwege is, en heeft het daarna aandacht nodig.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="301"/>
        <source>Decisions for management: one for each reason the programme or a purpose needs attention, to be taken within {weeks} weeks; the coordinator&apos;s list holds what needs doing rather than deciding.</source>
        <translation>Besluiten voor het management: één voor elke reden waarom het programma of een doel aandacht nodig heeft, te nemen binnen {weeks} weken; de lijst van de coördinator houdt wat gedaan moet worden, niet besloten.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="155"/>
        <source>Enrol the participants: nobody takes part yet, {weeks} weeks after the start.</source>
        <translation>Schrijf de deelnemers in: er doet nog niemand mee, {weeks} weken na de start.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="87"/>
        <source>Stalled pairings: {n} of the {of} running, more than the target allows.</source>
        <translation>Vastgelopen koppelingen: {n} van de {of} lopende, meer dan de streefwaarde toelaat.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="91"/>
        <source>The programme ended on {date}, and pairings still run: {n}.</source>
        <translation>Het programma eindigde op {date}, en er lopen nog koppelingen: {n}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="104"/>
        <source>No score yet: fewer than {n} people answered, or fewer than {n} since a report printed the score.</source>
        <translation>Nog geen score: minder dan {n} mensen antwoordden, of minder dan {n} sinds een rapportage de score afdrukte.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="115"/>
        <source>Meetings about it: {n} of the {of} held, fewer than three.</source>
        <translation>Gesprekken erover: {n} van de {of} gevoerde, minder dan drie.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="119"/>
        <source>Pairings that talked about it: {n} of the {of}, fewer than two.</source>
        <translation>Koppelingen die erover spraken: {n} van de {of}, minder dan twee.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="123"/>
        <source>Meetings about it: {n} of the {of} held, less than {share}%.</source>
        <translation>Gesprekken erover: {n} van de {of} gevoerde, minder dan {share}%.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="143"/>
        <source>Meetings: {n}. Pairings that held them: {pairs}. Insights, ideas and actions: {results}.</source>
        <translation>Gesprekken: {n}. Koppelingen die ze voerden: {pairs}. Inzichten, ideeën en actiepunten: {results}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="170"/>
        <source>Decide with the coordinator when the pairings start: none has, {weeks} weeks after the programme&apos;s start.</source>
        <translation>Besluit met de coördinator wanneer de koppelingen beginnen: geen enkele is begonnen, {weeks} weken na de start van het programma.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="175"/>
        <source>Name what the programme is for (the consumer&apos;s view, diversity, innovation, refreshing the craft) and set it in the programme&apos;s form.</source>
        <translation>Benoem waarvoor het programma is (het perspectief van de consument, diversiteit, innovatie, opfrissen) en leg het vast op het formulier van het programma.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="200"/>
        <source>Decide whether to re-match, restart or end the stalled pairings: {n} of the {of} running.</source>
        <translation>Besluit of de vastgelopen koppelingen opnieuw gekoppeld, herstart of beëindigd worden: {n} van de {of} lopende.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="209"/>
        <location filename="../rmentor/reports/programme/texts.py" line="219"/>
        <source>{purpose}: put it on the pairs&apos; agenda, or drop it as a goal of the programme. Meetings about it: {n} of the {of} held.</source>
        <translation>{purpose}: zet het op de agenda van de koppels, of laat het los als doel van het programma. Gesprekken erover: {n} van de {of} gevoerde.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="214"/>
        <source>{purpose}: put it on more pairs&apos; agenda, or drop it as a goal of the programme. Pairings that talked about it: {n} of the {of}.</source>
        <translation>{purpose}: zet het op de agenda van meer koppels, of laat het los als doel van het programma. Koppelingen die erover spraken: {n} van de {of}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="271"/>
        <source>No decision is needed now: the programme runs as planned.</source>
        <translation>Er is nu geen besluit nodig: het programma loopt zoals gepland.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="285"/>
        <source>Check in with the pairings that need it: {n} (paused, not met as agreed, or an action past its date).</source>
        <translation>Vraag na bij de koppelingen die het nodig hebben: {n} (gepauzeerd, niet zo vaak gezien als afgesproken, of een verlopen actiepunt).</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="290"/>
        <source>Pair the people who are waiting: mentors without a partner {mentors}, mentees without a partner {mentees}.</source>
        <translation>Koppel wie wacht: mentoren zonder partner {mentors}, mentees zonder partner {mentees}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="295"/>
        <source>Ask for the evaluation answers still missing: {n} (one per person and moment; the attention points count the pairings).</source>
        <translation>Vraag de evaluatieantwoorden op die nog ontbreken: {n} (één per persoon en moment; de aandachtspunten tellen de koppelingen).</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="300"/>
        <source>Follow up the open actions: {n}.</source>
        <translation>Volg de open actiepunten op: {n}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="316"/>
        <source>of the pairings due to meet at least once in what the report counts (paused, stalled and ended ones included), those that held at least as many meetings as their cadence planned; n counts the pairings due to meet. Planned by cadence: the whole number of cadence periods between the pairing&apos;s start and the report&apos;s date (or its last meeting once completed), up to its planned end; a pairing ended early, or completed before half its planned time, was due to meet up to its planned end.</source>
        <translation>van de koppelingen die elkaar in wat de rapportage telt minstens één keer hadden moeten zien (gepauzeerde, vastgelopen en beëindigde meegeteld), de koppelingen die minstens zoveel gesprekken voerden als hun ritme plande; n telt de koppelingen die elkaar hadden moeten zien. Gepland volgens ritme: het hele aantal ritmeperiodes tussen de start van de koppeling en de datum van de rapportage (of het laatste gesprek als ze afgerond is), tot het geplande einde; een koppeling die voortijdig beëindigd is, of afgerond vóór de helft van haar geplande tijd, had tot het geplande einde gesprekken moeten voeren.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/report.py" line="79"/>
        <source>The coordinator of {name}</source>
        <translation>De coördinator van {name}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/report.py" line="84"/>
        <source>Programme report: {name}</source>
        <translation>Programmarapportage: {name}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/report.py" line="97"/>
        <source>[name]</source>
        <translation>[naam]</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/report.py" line="107"/>
        <source>[department]</source>
        <translation>[afdeling]</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/report.py" line="115"/>
        <source>other departments</source>
        <translation>overige afdelingen</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/report.py" line="134"/>
        <source>other or unnamed reasons</source>
        <translation>andere of niet genoemde redenen</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/report.py" line="169"/>
        <source>hidden (see How the figures are counted)</source>
        <translation>verborgen (zie Hoe de cijfers zijn geteld)</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/report.py" line="171"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="54"/>
        <source>Anonymised version: people are named by their role, and by their department where at least {n} people share both; in texts, names, job titles and departments are replaced by [name], [job title] and [department].</source>
        <translation>Geanonimiseerde versie: mensen staan er met hun rol, en met hun afdeling waar minstens {n} mensen beide delen; in teksten zijn namen, functies en afdelingen vervangen door [naam], [functie] en [afdeling].</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="134"/>
        <source>A dash under Now, Actions done or Its question: too few to count yet. A share of actions done is given from {actions} actions on, an average from {answers} people&apos;s answers; n says how many there are now.</source>
        <translation>Een streepje onder Nu, Actiepunten afgerond of Eigen vraag: nog te weinig om te tellen. Een aandeel afgeronde actiepunten staat er vanaf {actions} actiepunten, een gemiddelde vanaf de antwoorden van {answers} mensen; n zegt hoeveel er nu zijn.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="251"/>
        <source>Meetings (pairs)</source>
        <translation>Gesprekken (koppels)</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="252"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="254"/>
        <source>Its question</source>
        <translation>Eigen vraag</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="270"/>
        <source>{share}% of {n}</source>
        <translation>{share}% van {n}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="305"/>
        <source>By {date}.</source>
        <translation>Uiterlijk {date}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="75"/>
        <source>Ended early, reason: {reason}</source>
        <translation>Voortijdig beëindigd, reden: {reason}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="191"/>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="194"/>
        <location filename="../rmentor/reports/programme/page_one.py" line="282"/>
        <source>The programme has no purposes or themes set.</source>
        <translation>Voor het programma zijn geen doelen of thema&apos;s gekozen.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="258"/>
        <source>Decide whether to extend the programme or close it on {date}. Pairings still running: {n}.</source>
        <translation>Besluit of het programma wordt verlengd of op {date} wordt afgesloten. Koppelingen die nog lopen: {n}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="263"/>
        <source>The programme ended on {date}; pairings still running: {n}. Close them, or extend the programme.</source>
        <translation>Het programma eindigde op {date}; koppelingen die nog lopen: {n}. Sluit ze af, of verleng het programma.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="33"/>
        <source>Period {start} to {end}</source>
        <translation>Periode {start} tot {end}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="36"/>
        <source>data as of {date}</source>
        <translation>gegevens van {date}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="40"/>
        <source>counting {start} to {end} only</source>
        <translation>alleen {start} tot {end} geteld</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="45"/>
        <source>sponsor {name}</source>
        <translation>sponsor {name}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="47"/>
        <source>Reverse mentoring</source>
        <translation>Reverse mentoring</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="75"/>
        <source>There is nothing to report yet: this programme has no participants and no pairings. The report fills itself as the programme runs.</source>
        <translation>Er is nog niets te rapporteren: dit programma heeft geen deelnemers en geen koppelingen. De rapportage vult zich terwijl het programma loopt.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="99"/>
        <source>Per purpose</source>
        <translation>Per doel</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="70"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="127"/>
        <source>No meeting was about it since {date}.</source>
        <translation>Sinds {date} ging geen gesprek erover.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="224"/>
        <source>Put these purposes back on the pairs&apos; agenda, or drop them as goals of the programme; no meeting was about them for more than twice the agreed cadence: {purposes}.</source>
        <translation>Zet deze doelen weer op de agenda van de koppels, of laat ze los als doelen van het programma; langer dan twee keer het afgesproken ritme ging geen gesprek erover: {purposes}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="280"/>
        <source>Talk to the stalled pairings: {n} (no meeting for more than twice the cadence, or none since the start).</source>
        <translation>Spreek de vastgelopen koppelingen: {n} (langer dan twee keer het ritme geen gesprek, of nog geen sinds de start).</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="51"/>
        <location filename="../rmentor/reports/programme/texts.py" line="304"/>
        <source>Participants paired</source>
        <translation>Deelnemers gekoppeld</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="305"/>
        <source>Pairs meeting as often as agreed</source>
        <translation>Koppels die elkaar zo vaak zien als afgesproken</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="306"/>
        <source>Would recommend it (1-5)</source>
        <translation>Zou het aanraden (1-5)</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="253"/>
        <location filename="../rmentor/reports/programme/texts.py" line="307"/>
        <source>Actions done</source>
        <translation>Actiepunten afgerond</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="310"/>
        <source>the people enrolled in the programme and active who have an active, paused or completed pairing in it (a proposed pairing has not started yet); n counts the people enrolled.</source>
        <translation>de actieve ingeschreven deelnemers met een actieve, gepauzeerde of afgeronde koppeling in het programma (een voorgestelde koppeling is nog niet begonnen); n telt de ingeschreven deelnemers.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="326"/>
        <source>the average answer of mentors and mentees, at every moment, to “I would recommend reverse mentoring”; n counts the answers.</source>
        <translation>het gemiddelde antwoord van mentoren en mentees, op elk moment, op “Ik zou reverse mentoring aanraden”; n telt de antwoorden.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/texts.py" line="331"/>
        <source>actions marked done, of all actions not dropped; judged from {n} actions on, which n counts.</source>
        <translation>afgeronde actiepunten, van alle actiepunten die niet geschrapt zijn; beoordeeld vanaf {n} actiepunten, die n telt.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="113"/>
        <location filename="../rmentor/reports/programme/report.py" line="151"/>
        <source>mentors</source>
        <translation>mentoren</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="114"/>
        <location filename="../rmentor/reports/programme/report.py" line="153"/>
        <source>mentees</source>
        <translation>mentees</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="94"/>
        <source>Paused pairings are counted among those due to meet: {n}.</source>
        <translation>Gepauzeerde koppelingen tellen mee bij wie elkaar had moeten zien: {n}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="102"/>
        <source>Decisions for management</source>
        <translation>Besluiten voor het management</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="108"/>
        <source>On the coordinator&apos;s list</source>
        <translation>Op de lijst van de coördinator</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="42"/>
        <location filename="../rmentor/reports/programme/page_one.py" line="170"/>
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="171"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="172"/>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="174"/>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="197"/>
        <source>{delta} percentage points</source>
        <translation>{delta} procentpunt</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="203"/>
        <source>A report over a period is not compared with other reports.</source>
        <translation>Een rapportage over een periode wordt niet met andere rapportages vergeleken.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="207"/>
        <source>This is the first report; the next one shows what changed since.</source>
        <translation>Dit is de eerste rapportage; de volgende toont wat er sindsdien veranderde.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="212"/>
        <source>Compared with the previous report of {date}: meetings held since then: {held}.</source>
        <translation>Vergeleken met de vorige rapportage van {date}: gesprekken gevoerd sindsdien: {held}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="249"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="250"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="295"/>
        <source>No pairing is running.</source>
        <translation>Er loopt geen koppeling.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/page_one.py" line="298"/>
        <source>Pairing health (running pairings: {n}): {parts}.</source>
        <translation>Gezondheid van de koppelingen (lopend: {n}): {parts}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="35"/>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="42"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="44"/>
        <source>Mentors taking part</source>
        <translation>Deelnemende mentoren</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="48"/>
        <source>Mentees taking part</source>
        <translation>Deelnemende mentees</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="52"/>
        <source>Pairings by status</source>
        <translation>Koppelingen per status</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="54"/>
        <source>Meetings held (planned by cadence)</source>
        <translation>Gesprekken gevoerd (gepland volgens ritme)</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="57"/>
        <source>Hours of meetings</source>
        <translation>Uren aan gesprekken</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="58"/>
        <source>Meetings cancelled</source>
        <translation>Gesprekken afgezegd</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="60"/>
        <source>Evaluations answered (outstanding)</source>
        <translation>Evaluaties beantwoord (openstaand)</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="68"/>
        <source>Evaluation response rate</source>
        <translation>Respons op evaluaties</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="82"/>
        <source>Evaluation scores (1-5)</source>
        <translation>Evaluatiescores (1-5)</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="84"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="86"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="129"/>
        <source>In brackets: the number of answers. –: too few answers to report (fewer than {n} people), or fewer than {n} people answered since a report printed it, or it could be worked out from the others. Mentors and mentees are shown side by side only where each group has at least {n} answers.</source>
        <translation>Tussen haakjes: het aantal antwoorden. –: te weinig antwoorden om te melden (minder dan {n} mensen), of minder dan {n} mensen antwoordden sinds een rapportage het afdrukte, of het is af te leiden uit de andere. Mentoren en mentees staan alleen naast elkaar waar elke groep minstens {n} antwoorden heeft.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="139"/>
        <source>Blank: not asked then; the purposes&apos; own questions are asked midway and at the close.</source>
        <translation>Leeg: toen niet gevraagd; de eigen vragen van de doelen worden halverwege en aan het eind gesteld.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="147"/>
        <source>Hidden: enough answers, left out so that a smaller group cannot be worked out from the others (see How the figures are counted).</source>
        <translation>Verborgen: genoeg antwoorden, weggelaten zodat een kleinere groep niet uit de andere valt af te leiden (zie Hoe de cijfers zijn geteld).</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="155"/>
        <source>Over a period too, the scores count every answer up to {date}: averages over a part of the answers could be subtracted from each other.</source>
        <translation>Ook over een periode tellen de scores elk antwoord tot en met {date}: gemiddelden over een deel van de antwoorden zouden van elkaar af te trekken zijn.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="173"/>
        <source>({n} in a pairing proposed, not started)</source>
        <translation>({n} in een voorgestelde koppeling, nog niet gestart)</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="206"/>
        <source>Meetings that covered it: {meetings}. Pairings that held them: {pairs}. Insights: {insights}. Ideas: {ideas}. Actions: {open} open, {done} done. Effects recorded: {effects}.</source>
        <translation>Gesprekken erover: {meetings}. Koppelingen die ze voerden: {pairs}. Inzichten: {insights}. Ideeën: {ideas}. Actiepunten: {open} open, {done} afgerond. Effecten vastgelegd: {effects}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="237"/>
        <source>For example:</source>
        <translation>Bijvoorbeeld:</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="269"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="291"/>
        <source>Meetings held per month (n = {n})</source>
        <translation>Gesprekken gevoerd per maand (n = {n})</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="294"/>
        <source>meetings</source>
        <translation>gesprekken</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="306"/>
        <source>* {month}: its column counts the meetings from {start} up to {date} only.</source>
        <translation>* {month}: de kolom telt alleen de gesprekken van {start} tot en met {date}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="321"/>
        <source>† {month}: its column counts the meetings from {date} on.</source>
        <translation>† {month}: de kolom telt alleen de gesprekken vanaf {date}.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="339"/>
        <source>No meetings held yet, so no activity to show.</source>
        <translation>Nog geen gesprekken gevoerd, dus nog geen activiteit te tonen.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="346"/>
        <source>Pairings by status (n = {n})</source>
        <translation>Koppelingen per status (n = {n})</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="360"/>
        <source>Themes covered (meetings held with the theme)</source>
        <translation>Besproken thema&apos;s (gesprekken met het thema)</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="379"/>
        <source>Evaluation scores, all moments (1 = low, 5 = high; n = {n})</source>
        <translation>Evaluatiescores, alle momenten (1 = laag, 5 = hoog; n = {n})</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/figure_pages.py" line="390"/>
        <source>No evaluations answered yet.</source>
        <translation>Nog geen evaluaties beantwoord.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="36"/>
        <source>Pairings that need attention</source>
        <translation>Koppelingen die aandacht vragen</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="41"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="43"/>
        <location filename="../rmentor/reports/programme/lists.py" line="122"/>
        <source>Last meeting</source>
        <translation>Laatste gesprek</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="69"/>
        <source>… and {n} more; the pairings tab in rmentor lists them all, and so does the appendix of every pairing when it is asked for.</source>
        <translation>… en nog {n}; het tabblad Koppelingen in rmentor toont ze allemaal, en de bijlage met alle koppelingen ook als u daarom vraagt.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="79"/>
        <source>Every running pairing meets as agreed.</source>
        <translation>Elke lopende koppeling ziet elkaar zoals afgesproken.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="82"/>
        <source>Attention points</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="115"/>
        <source>Appendix: every pairing</source>
        <translation>Bijlage: alle koppelingen</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="144"/>
        <source>Nothing needs attention.</source>
        <translation>Er vraagt niets om aandacht.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="146"/>
        <source>Point</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="146"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="181"/>
        <source>… and {n} more; the overview in rmentor lists them all.</source>
        <translation>… en nog {n}; het overzicht in rmentor toont ze allemaal.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="224"/>
        <source>Meetings held: journal entries marked as held; cancelled meetings are counted apart and never as held. Hours add up the durations of meetings held.</source>
        <translation>Gevoerde gesprekken: logboekregels die als gevoerd zijn gemarkeerd; afgezegde gesprekken worden apart geteld en nooit als gevoerd. Uren tellen de duur van de gevoerde gesprekken op.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="229"/>
        <source>Purposes: meetings held that were tagged with the purpose, and the insights, ideas and actions tagged with it. Examples come only from shareable summaries and outcome items, never from confidential notes.</source>
        <translation>Doelen: gevoerde gesprekken met dat doel als thema, en de inzichten, ideeën en actiepunten met dat thema. Voorbeelden komen alleen uit deelbare samenvattingen en opbrengsten, nooit uit vertrouwelijke notities.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="246"/>
        <source>Attention points: pairings that have not met for longer than their cadence plus a week, active pairings without a first meeting three weeks after the start, actions past their due date, evaluations due and pairings ending within two weeks.</source>
        <translation>Aandachtspunten: koppels die elkaar langer dan hun ritme plus een week niet zagen, actieve koppelingen zonder eerste gesprek drie weken na de start, verlopen actiepunten, evaluaties die open staan en koppelingen die binnen twee weken aflopen.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="307"/>
        <source>Pairing health, for pairings running: stalled when it has not met for more than twice its cadence plus a week, or not at all three weeks after the start; needs a check-in when it is paused, has not met for its cadence plus a week, or has an action past its due date; too early to tell before its first meeting within three weeks of the start; on track otherwise.</source>
        <translation>Gezondheid, voor lopende koppelingen: vastgelopen als het koppel elkaar langer dan twee keer het ritme plus een week niet zag, of drie weken na de start nog helemaal niet; even navragen als de koppeling gepauzeerd is, het koppel elkaar langer dan het ritme plus een week niet zag, of een actiepunt over zijn datum is; nog te vroeg voor het eerste gesprek binnen drie weken na de start; anders op koers.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="315"/>
        <source>Change: against the key figures of the previous report of the whole programme made before this one, which rmentor keeps in the data file (one set a day); a report over a period is not compared. An evaluation average may stay hidden until {n} more people have answered since a report printed it, so that no two reports together give one answer away.</source>
        <translation>Verschil: ten opzichte van de kerncijfers van de vorige rapportage over het hele programma, gemaakt vóór deze, die rmentor in het gegevensbestand bewaart (één set per dag); een rapportage over een periode wordt niet vergeleken. Een evaluatiegemiddelde kan verborgen blijven tot er {n} mensen meer hebben geantwoord sinds een rapportage het afdrukte, zodat geen twee rapportages samen één antwoord prijsgeven.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="326"/>
        <source>Anonymised version: a department is named only when at least {n} people of the programme share it and the role; smaller ones are pooled as &quot;other departments&quot;, or left out when the pool is smaller than {n} too. End reasons given for fewer than {n} pairings are pooled. Every participant&apos;s name, first or last name alone included, is replaced by [name] in typed texts, and pairings are listed by status and group, not by name.</source>
        <translation>Geanonimiseerde versie: een afdeling wordt alleen genoemd als minstens {n} mensen van het programma haar en de rol delen; kleinere worden samengenomen als &quot;overige afdelingen&quot;, of weggelaten als ook die groep kleiner is dan {n}. Redenen van beëindiging die bij minder dan {n} koppelingen zijn gegeven, worden samengenomen. De naam van elke deelnemer, ook de voor- of achternaam alleen, is in getypte teksten vervangen door [naam], en koppelingen staan op volgorde van status en groep, niet van naam.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/programme/lists.py" line="337"/>
        <source>How the figures are counted</source>
        <translation>Hoe de cijfers zijn geteld</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="135"/>
        <source>Your reverse mentoring: evaluation</source>
        <translation>Jouw reverse mentoring: evaluatie</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="141"/>
        <source>For {name}</source>
        <translation>Voor {name}</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="148"/>
        <source>Choose one answer for each statement, from 1 (not at all) to 5 (completely). Every statement needs an answer, except those on the programme&apos;s purposes, which you may leave open where they do not apply.</source>
        <translation>Kies bij elke uitspraak één antwoord, van 1 (helemaal niet) tot 5 (helemaal). Elke uitspraak heeft een antwoord nodig, behalve die over de doelen van het programma: die mag je openlaten als ze niet van toepassing zijn.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="168"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="170"/>
        <source>Pairing</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="176"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="178"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="181"/>
        <source>Send it back to</source>
        <translation>Terugsturen naar</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="154"/>
        <source>Choose one answer for each statement, from 1 (not at all) to 5 (completely). Every statement needs an answer.</source>
        <translation>Kies bij elke uitspraak één antwoord, van 1 (helemaal niet) tot 5 (helemaal). Elke uitspraak heeft een antwoord nodig.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="191"/>
        <source>(may be left open)</source>
        <translation>(mag open blijven)</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="222"/>
        <source>Anything you want to add (optional): what worked, what you would change.</source>
        <translation>Wil je iets toevoegen (niet verplicht): wat werkte, wat je anders zou doen?</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="229"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="231"/>
        <source>What happens to your answers</source>
        <translation>Wat er met je antwoorden gebeurt</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="234"/>
        <source>Only the coordinator reads this form. Your partner does not see your answers. Management sees only averages of three or more answers, never one person&apos;s scores and never your comment.</source>
        <translation>Alleen de coördinator leest dit formulier. Je partner ziet jouw antwoorden niet. Het management ziet alleen gemiddelden van drie of meer antwoorden, nooit de scores van één persoon en nooit je opmerking.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="245"/>
        <source>Fill it in on screen (in Adobe Reader, Preview or your browser), save it and send it back by e-mail. Please do not print and scan it: a scan cannot be read.</source>
        <translation>Vul het op het scherm in (in Adobe Reader, Voorvertoning of je browser), sla het op en stuur het per e-mail terug. Print en scan het liever niet: een scan kan niet worden ingelezen.</translation>
    </message>
    <message>
        <location filename="../rmentor/reports/evaluation_form.py" line="260"/>
        <source>Evaluation {moment} - {name}</source>
        <translation>Evaluatie {moment} - {name}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="49"/>
        <source>Programme report</source>
        <translation>Programmarapportage</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="90"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="95"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="96"/>
        <source>Roles and departments only</source>
        <translation>Alleen rol en afdeling</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="100"/>
        <source>List the typed texts this report prints that still name someone</source>
        <translation>Toon de getypte teksten in deze rapportage die nog iemand noemen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="80"/>
        <source>Only a period</source>
        <translation>Alleen een periode</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="89"/>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="98"/>
        <source>Check texts for names…</source>
        <translation>Teksten op namen controleren…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="119"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="120"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="121"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="122"/>
        <source>People named by</source>
        <translation>Mensen aangeduid met</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="131"/>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="176"/>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="222"/>
        <source>There is no programme to report on yet.</source>
        <translation>Er is nog geen programma om over te rapporteren.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="144"/>
        <source>Programme report: %1</source>
        <translation>Rapportage: %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="147"/>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="189"/>
        <source>Drawing the report…</source>
        <translation>De rapportage wordt getekend…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="234"/>
        <source>Drawing the report again…</source>
        <translation>De rapportage wordt opnieuw getekend…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="250"/>
        <source>The report could not be drawn (%1). The file was not changed.</source>
        <translation>De rapportage kon niet worden getekend (%1). Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/report_dialog.py" line="116"/>
        <source>Add the list of every pairing as an appendix</source>
        <translation>De lijst van alle koppelingen als bijlage toevoegen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="27"/>
        <source>Restore from backup</source>
        <translation>Terugzetten uit reservekopie</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="30"/>
        <source>when the file was opened</source>
        <translation>bij het openen van het bestand</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="31"/>
        <source>before an import</source>
        <translation>voor een import</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="32"/>
        <source>before an erasure</source>
        <translation>voor het wissen van gegevens</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="33"/>
        <source>before a restore</source>
        <translation>voor het terugzetten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="37"/>
        <source>rmentor keeps copies of %1 in %2. Restoring puts the copy back in place of the file; the file as it is now is copied first, so nothing is lost.</source>
        <translation>rmentor bewaart kopieën van %1 in %2. Terugzetten zet de kopie terug in plaats van het bestand; het bestand zoals het nu is wordt eerst gekopieerd, zodat niets verloren gaat.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="47"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="48"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="49"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="50"/>
        <source>Pairings</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="51"/>
        <source>Meetings</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="62"/>
        <source>before a data update</source>
        <translation>voor een gegevensupdate</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="80"/>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="97"/>
        <source>Restore this copy?</source>
        <translation>Deze kopie terugzetten?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/restore_dialog.py" line="99"/>
        <source>Put the copy of %1 back? Changes made since then are replaced (the file as it is now is kept as a backup copy too).</source>
        <translation>De kopie van %1 terugzetten? Wijzigingen sindsdien worden vervangen (het bestand zoals het nu is wordt ook als reservekopie bewaard).</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="165"/>
        <location filename="../rmentor/ui/dialogs/import_dialog.py" line="416"/>
        <source>as the rule says</source>
        <translation>volgens de regel</translation>
    </message>
</context>
<context>
    <name>RoleRuleBox</name>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="47"/>
        <source>from the sheet&apos;s Role column</source>
        <translation>uit de kolom Rol van het blad</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="48"/>
        <source>mentor if born in or after the year</source>
        <translation>mentor als geboren in of na het jaar</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="49"/>
        <source>mentor if younger than the age</source>
        <translation>mentor als jonger dan de leeftijd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="50"/>
        <source>mentor up to the job level</source>
        <translation>mentor tot en met functieniveau</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="51"/>
        <source>mentor in the departments</source>
        <translation>mentor in de afdelingen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="52"/>
        <source>everyone a mentee; mark the mentors in the Role column</source>
        <translation>iedereen mentee; markeer de mentoren in de kolom Rol</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="53"/>
        <source>everyone a mentor; mark the mentees in the Role column</source>
        <translation>iedereen mentor; markeer de mentees in de kolom Rol</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/import_choices.py" line="61"/>
        <source>for example: Marketing, IT</source>
        <translation>bijvoorbeeld: Marketing, IT</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <location filename="../rmentor/ui/window/server_actions.py" line="61"/>
        <source>Cannot connect</source>
        <translation>Kan geen verbinding maken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/server_actions.py" line="80"/>
        <source>Connected to %1 on %2.</source>
        <translation>Verbonden met %1 op %2.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/server_actions.py" line="123"/>
        <source>The connection to the server was lost; rmentor connects again when it can.</source>
        <translation>De verbinding met de server is verbroken; rmentor maakt opnieuw verbinding zodra dat kan.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/server_actions.py" line="130"/>
        <source>Connected to the server again.</source>
        <translation>Weer verbonden met de server.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/server_actions.py" line="133"/>
        <source>Shown with the changes someone else just made.</source>
        <translation>Bijgewerkt met de wijzigingen die iemand anders zojuist maakte.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/server_dialog.py" line="31"/>
        <source>Connect to server</source>
        <translation>Verbinden met server</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/server_dialog.py" line="37"/>
        <source>A PostgreSQL database the team shares: its administrator gives you its address, its name and your user name. An empty database is enough; rmentor makes its tables.</source>
        <translation>Een PostgreSQL-database die het team deelt: de beheerder geeft u het adres, de naam en uw gebruikersnaam. Een lege database is genoeg; rmentor maakt de tabellen zelf.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/server_dialog.py" line="50"/>
        <source>if the server asks for one</source>
        <translation>als de server erom vraagt</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/server_dialog.py" line="56"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/server_dialog.py" line="57"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/server_dialog.py" line="58"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/server_dialog.py" line="59"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/server_dialog.py" line="60"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/server_dialog.py" line="63"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="39"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="43"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="44"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="49"/>
        <source>Protection</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="63"/>
        <source>As the computer (system language)</source>
        <translation>Zoals de computer (systeemtaal)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="71"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="75"/>
        <source>A new language applies when rmentor starts again. After a programme has ended for the months set, the overview proposes erasing its participants&apos; data.</source>
        <translation>Een nieuwe taal gaat in wanneer rmentor opnieuw start. Als een programma het ingestelde aantal maanden is afgelopen, stelt het overzicht voor de gegevens van de deelnemers te wissen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="84"/>
        <source>Propose erasure after</source>
        <translation>Wissen voorstellen na</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="93"/>
        <source>as the e-mails are signed</source>
        <translation>zoals de e-mails ondertekend worden</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="95"/>
        <source>name@company.nl</source>
        <translation>naam@bedrijf.nl</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="98"/>
        <source>for example 14:30</source>
        <translation>bijvoorbeeld 14:30</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="103"/>
        <source>under your name in e-mails and forms</source>
        <translation>onder uw naam in e-mails en formulieren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="104"/>
        <source>Send me a copy of every e-mail (Cc)</source>
        <translation>Stuur mij een kopie van elke e-mail (cc)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="119"/>
        <source>Use the standard text</source>
        <translation>Standaardtekst gebruiken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="130"/>
        <source>rmentor writes drafts that your own mail program opens and sends. Each pair gets the text in their language: Dutch when both speak it, else English.</source>
        <translation>rmentor schrijft concepten die uw eigen mailprogramma opent en verstuurt. Elk koppel krijgt de tekst in hun taal: Nederlands als ze het allebei spreken, anders Engels.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="138"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="139"/>
        <source>Your e-mail address</source>
        <translation>Uw e-mailadres</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="140"/>
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="141"/>
        <source>Meetings in the calendar start at</source>
        <translation>Gesprekken in de agenda beginnen om</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="144"/>
        <source>Text in</source>
        <translation>Tekst in het</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="145"/>
        <source>Which e-mail</source>
        <translation>Welke e-mail</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="146"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="147"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="174"/>
        <source>Placeholders of this e-mail, filled in for each pair:</source>
        <translation>Invulvelden van deze e-mail, per koppel ingevuld:</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="199"/>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="227"/>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="232"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="233"/>
        <source>The settings cannot be saved: %1</source>
        <translation>De instellingen kunnen niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/settings_dialog.py" line="83"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="33"/>
        <source>Import participants</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="35"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="65"/>
        <source>Reading %1…</source>
        <translation>%1 inlezen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="74"/>
        <source>Cannot import</source>
        <translation>Importeren kan niet</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="75"/>
        <source>The sheet could not be read: %1.</source>
        <translation>Het blad kon niet worden gelezen: %1.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="47"/>
        <source>The people in %1 join a programme, and there is none yet: make it here first. The import follows when it is saved.</source>
        <translation>De mensen in %1 doen mee aan een programma, en er is er nog geen: maak het hier eerst. Het importeren volgt zodra het is opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/sheet_actions.py" line="83"/>
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 (%Ln rij)</numerusform>
            <numerusform>%1 (%Ln rijen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="98"/>
        <source>Which sheet?</source>
        <translation>Welk blad?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="92"/>
        <source>The workbook %1 has rows on more than one sheet. Which one holds the people to import? (Another can be imported after it.)</source>
        <translation>De werkmap %1 heeft rijen op meer dan één blad. Op welk blad staan de mensen om te importeren? (Een ander blad kan daarna.)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="87"/>
        <source>The workbook %1 has rows only on hidden sheets, which often hold the people who left. Import one of them all the same?</source>
        <translation>De werkmap %1 heeft alleen rijen op verborgen bladen, waar vaak de mensen op staan die zijn vertrokken. Toch een ervan importeren?</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="123"/>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Geïmporteerd: %1 nieuw, %2 bijgewerkt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/sheet_actions.py" line="129"/>
        <source>Left out: %Ln row(s) of the sheet (%1), still to be added.</source>
        <translation>
            <numerusform>Weggelaten: %Ln rij van het blad (%1), nog toe te voegen.</numerusform>
            <numerusform>Weggelaten: %Ln rijen van het blad (%1), nog toe te voegen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="143"/>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="144"/>
        <source>pairings</source>
        <translation>koppelingen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="145"/>
        <source>journal</source>
        <translation>logboek</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="149"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="151"/>
        <source>Excel (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="167"/>
        <source>Exporting %1…</source>
        <translation>%1 wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="170"/>
        <source>Export stopped; no file was written.</source>
        <translation>Export gestopt; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="174"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/sheet_actions.py" line="175"/>
        <source>The export could not be made (%1). No file was written.</source>
        <translation>De export kon niet worden gemaakt (%1). Er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/window/sheet_actions.py" line="180"/>
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln rij geëxporteerd naar %1</numerusform>
            <numerusform>%Ln rijen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="46"/>
        <source>Suggested pairings</source>
        <translation>Voorgestelde koppelingen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="48"/>
        <source>Best total score</source>
        <translation>Beste totaalscore</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="49"/>
        <source>Pair as many people as possible</source>
        <translation>Zoveel mogelijk mensen koppelen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="53"/>
        <source>Shared themes</source>
        <translation>Gedeelde thema&apos;s</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="54"/>
        <source>Different department</source>
        <translation>Andere afdeling</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="55"/>
        <source>Level gap</source>
        <translation>Niveauverschil</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="56"/>
        <source>Same location</source>
        <translation>Zelfde locatie</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="58"/>
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="68"/>
        <source>Aim</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="80"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="81"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="82"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="83"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="84"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="85"/>
        <source>To weigh</source>
        <translation>Af te wegen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="108"/>
        <source>Accept all</source>
        <translation>Alles accepteren</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="109"/>
        <source>Reject all</source>
        <translation>Alles afwijzen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="118"/>
        <source>Accept plan and start</source>
        <translation>Plan aannemen en starten</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="121"/>
        <source>Create the ticked pairings and start them at once, with the programme&apos;s dates</source>
        <translation>Maak de aangevinkte koppelingen en start ze meteen, met de data van het programma</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="153"/>
        <source>Working out suggestions…</source>
        <translation>Voorstellen worden uitgewerkt…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="160"/>
        <source>No suggestions</source>
        <translation>Geen voorstellen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="161"/>
        <source>The suggestions could not be worked out (%1).</source>
        <translation>De voorstellen konden niet worden uitgewerkt (%1).</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="199"/>
        <source>no shared evidence</source>
        <translation>niets gemeenschappelijks gevonden</translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="216"/>
        <source>Left unpaired: %Ln</source>
        <translation>
            <numerusform>Niet gekoppeld: %Ln</numerusform>
            <numerusform>Niet gekoppeld: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="240"/>
        <source>Create %Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln koppeling maken</numerusform>
            <numerusform>%Ln koppelingen maken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="247"/>
        <source>make and activate %Ln pairing(s) from the suggestions</source>
        <translation>
            <numerusform>%Ln koppeling uit de voorstellen maken en activeren</numerusform>
            <numerusform>%Ln koppelingen uit de voorstellen maken en activeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="249"/>
        <source>make %Ln pairing(s) from the suggestions</source>
        <translation>
            <numerusform>%Ln koppeling uit de voorstellen maken</numerusform>
            <numerusform>%Ln koppelingen uit de voorstellen maken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="251"/>
        <source>Making %Ln pairing(s)…</source>
        <translation>
            <numerusform>%Ln koppeling maken…</numerusform>
            <numerusform>%Ln koppelingen maken…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="258"/>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="263"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/suggestion_dialog.py" line="259"/>
        <source>Stopped: no pairing was made. The suggestions are still here.</source>
        <translation>Gestopt: er is geen koppeling gemaakt. De voorstellen staan er nog.</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../rmentor/ui/tabs/table_tab.py" line="102"/>
        <source>Reading %1…</source>
        <translation>%1 inlezen…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/table_tab.py" line="130"/>
        <source>The rows could not be read (%1). The file was not changed.</source>
        <translation>De rijen konden niet worden gelezen (%1). Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/table_tab.py" line="154"/>
        <source>No row matches the search and the filters (%1 in all).</source>
        <translation>Geen rij past bij de zoekopdracht en de filters (%1 in totaal).</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="73"/>
        <source>Encrypted file</source>
        <translation>Versleuteld bestand</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="106"/>
        <source>Type the recovery key of %1 as it is printed on its recovery sheet (55 letters and digits; the dashes may be left out).</source>
        <translation>Typ de herstelsleutel van %1 zoals hij op het herstelblad staat (55 letters en cijfers; de streepjes mogen weg).</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="111"/>
        <source>Use the passphrase instead</source>
        <translation>Toch de wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="115"/>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 is versleuteld. Typ de wachtwoordzin om het te openen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/dialogs/protection_dialogs.py" line="118"/>
        <source>Forgot it? Use the recovery key</source>
        <translation>Vergeten? De herstelsleutel gebruiken</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="14"/>
        <location filename="../rmentor/models/text/vocabulary.py" line="85"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="15"/>
        <location filename="../rmentor/models/text/vocabulary.py" line="86"/>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="20"/>
        <source>The consumer&apos;s view</source>
        <translation>Het perspectief van de consument</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="21"/>
        <source>Diversity beyond the hierarchy</source>
        <translation>Diversiteit buiten de hiërarchie om</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="26"/>
        <source>The young customer&apos;s view of products, services and marketing.</source>
        <translation>Hoe de jonge klant naar producten, diensten en marketing kijkt.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="22"/>
        <source>Innovation by cross-pollination</source>
        <translation>Innovatie door kruisbestuiving</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="23"/>
        <source>Refreshing the love of the craft</source>
        <translation>Opfrissen: weer plezier in het vak</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="30"/>
        <source>Globalisation and diversity: direct contact with a target group, past the hierarchy (the bypass): their values, perspectives and the barriers they meet at work.</source>
        <translation>Globalisering en diversiteit: direct contact met een doelgroep, buiten de hiërarchie om (de bypass): hun waarden, perspectieven en de drempels die ze op het werk tegenkomen.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="36"/>
        <source>Overvaluing experience is bad for innovation: a fresh look, trial-and-error habits, seeing what changed outside.</source>
        <translation>Ervaring overwaarderen is slecht voor innovatie: een frisse blik, gewoon uitproberen, zien wat er buiten veranderd is.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="41"/>
        <source>Rekindled love of the craft; what graduates learned recently.</source>
        <translation>Hernieuwd plezier in het vak; wat pas afgestudeerden net hebben geleerd.</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="55"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="56"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="57"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="58"/>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="59"/>
        <source>ended early</source>
        <translation>voortijdig beëindigd</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="72"/>
        <source>schedule</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="73"/>
        <source>fit</source>
        <translation>geen klik</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="74"/>
        <source>left the company</source>
        <translation>uit dienst</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="75"/>
        <location filename="../rmentor/models/text/vocabulary.py" line="82"/>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="79"/>
        <source>one-to-one</source>
        <translation>een-op-een</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="80"/>
        <source>shadowing with debrief</source>
        <translation>meelopen met nabespreking</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="81"/>
        <source>remote</source>
        <translation>op afstand</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="87"/>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="92"/>
        <source>insight</source>
        <translation>inzicht</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="93"/>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="94"/>
        <source>action</source>
        <translation>actiepunt</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="97"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="98"/>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="99"/>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="103"/>
        <source>fit check after the first meeting</source>
        <translation>klikcheck na het eerste gesprek</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="104"/>
        <source>midway</source>
        <translation>halverwege</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="105"/>
        <source>closing</source>
        <translation>afsluitend</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="109"/>
        <source>invitation</source>
        <translation>uitnodiging</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="110"/>
        <source>reminder</source>
        <translation>herinnering</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="111"/>
        <source>evaluation request</source>
        <translation>evaluatieverzoek</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="112"/>
        <source>thanks</source>
        <translation>bedankje</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="116"/>
        <source>The meetings were useful</source>
        <translation>De gesprekken waren nuttig</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="117"/>
        <source>I learned something new</source>
        <translation>Ik heb iets nieuws geleerd</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="118"/>
        <source>I would recommend reverse mentoring</source>
        <translation>Ik zou reverse mentoring aanraden</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="124"/>
        <source>I understand our young customers better</source>
        <translation>Ik begrijp onze jonge klanten beter</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="125"/>
        <source>My view was heard past the hierarchy</source>
        <translation>Mijn kijk werd gehoord, voorbij de hiërarchie</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="126"/>
        <source>I learned what holds young colleagues back</source>
        <translation>Ik heb geleerd wat jonge collega&apos;s tegenhoudt</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="127"/>
        <source>We tried something new because of this pairing</source>
        <translation>We hebben door deze koppeling iets nieuws geprobeerd</translation>
    </message>
    <message>
        <location filename="../rmentor/models/text/vocabulary.py" line="128"/>
        <source>This pairing brought back joy in my craft</source>
        <translation>Deze koppeling gaf me weer plezier in mijn vak</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="29"/>
        <source>This database holds no programme yet</source>
        <translation>Nog geen programma in deze database</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="31"/>
        <source>This file holds no programme yet</source>
        <translation>Dit bestand bevat nog geen programma</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="41"/>
        <source>A programme is one cohort of reverse mentoring: junior colleagues mentoring senior managers for a fixed period. Start by creating one, or look around in the demo programme first.</source>
        <translation>Een programma is één ronde reverse mentoring: jonge collega&apos;s die gedurende een vaste periode senior managers begeleiden. Maak er een aan, of kijk eerst rond in het demoprogramma.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="47"/>
        <source>Create a programme…</source>
        <translation>Programma aanmaken…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="48"/>
        <source>Open the demo programme</source>
        <translation>Demoprogramma openen</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="50"/>
        <source>Opens a separate demo file; your own file is not changed.</source>
        <translation>Opent een apart demobestand; uw eigen bestand blijft ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="52"/>
        <source>Import participants from a spreadsheet…</source>
        <translation>Deelnemers importeren uit een spreadsheet…</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="80"/>
        <source>About you</source>
        <translation>Over u</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="85"/>
        <source>Your name, e-mail address and organisation sign the e-mails and evaluation forms rmentor drafts, and the forms are sent back to you. Settings keeps them.</source>
        <translation>Uw naam, e-mailadres en organisatie ondertekenen de e-mails en evaluatieformulieren die rmentor opstelt, en de formulieren komen bij u terug. Ze staan bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="94"/>
        <source>name@company.nl</source>
        <translation>naam@bedrijf.nl</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="96"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="97"/>
        <source>Your e-mail address</source>
        <translation>Uw e-mailadres</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="98"/>
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="104"/>
        <source>Save who I am</source>
        <translation>Bewaar wie ik ben</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/tabs/welcome_page.py" line="117"/>
        <source>Type your name: it signs the e-mails.</source>
        <translation>Typ uw naam: die ondertekent de e-mails.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../rmentor/ui/window/app.py" line="58"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/app.py" line="42"/>
        <source>rmentor could not read or write the data file (%1). Close rmentor and open the file again: it is checked when it opens, and if it is damaged the newest good backup copy is offered. Details were written to %2.</source>
        <translation>rmentor kon het gegevensbestand niet lezen of schrijven (%1). Sluit rmentor en open het bestand opnieuw: het wordt bij het openen gecontroleerd, en als het beschadigd is wordt de nieuwste goede reservekopie aangeboden. De details staan in %2.</translation>
    </message>
    <message>
        <location filename="../rmentor/ui/window/app.py" line="49"/>
        <source>rmentor ran into an unexpected problem (%1). Your data file is safe: every change is saved as a whole or not at all. Details were written to %2.</source>
        <translation>rmentor liep tegen een onverwacht probleem aan (%1). Uw gegevensbestand is veilig: elke wijziging wordt helemaal of helemaal niet opgeslagen. De details staan in %2.</translation>
    </message>
</context>
</TS>
