<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>BlankView</name>
    <message>
        <location filename="../ui/blank_view.py" line="41" />
        <source>Sort skærm</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <location filename="../ui/blank_view.py" line="41" />
        <source>Hvid skærm</source>
        <translation>White screen</translation>
    </message>
</context>
<context>
    <name>CardFace</name>
    <message>
        <location filename="../ui/card_face.py" line="286" />
        <source>Små huskere</source>
        <translation>Small reminders</translation>
    </message>
</context>
<context>
    <name>ChimePlayer</name>
    <message>
        <location filename="../ui/chime_player.py" line="74" />
        <location filename="../ui/chime_player.py" line="130" />
        <source>filen %s findes ikke</source>
        <translation>the file %s does not exist</translation>
    </message>
    <message>
        <location filename="../ui/chime_player.py" line="135" />
        <source>filen %s er ikke en WAV-lyd, der kan læses</source>
        <translation>the file %s is not a readable WAV sound</translation>
    </message>
    <message>
        <location filename="../ui/chime_player.py" line="139" />
        <source>der er ingen lydenhed på denne maskine</source>
        <translation>this machine has no sound device</translation>
    </message>
    <message>
        <location filename="../ui/chime_player.py" line="140" />
        <source>lydenheden kan ikke afspille %s</source>
        <translation>the sound device cannot play %s</translation>
    </message>
    <message>
        <location filename="../ui/chime_player.py" line="143" />
        <source>Lyden kan ikke afspilles: %s. Nedtællingen kører videre.</source>
        <translation>The sound cannot be played: %s. The countdown carries on.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../ui/console_window.py" line="45" />
        <source>Kompas Kiosk – styring</source>
        <translation>Kompas Kiosk – console</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="94" />
        <source>Rummet ser nu</source>
        <translation>The room sees now</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="101" />
        <location filename="../ui/console_window.py" line="237" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="102" />
        <source>+1 minut</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="103" />
        <source>−1 minut</source>
        <translation>−1 minute</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="104" />
        <source>Nulstil</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="105" />
        <source>Vis øvelsen</source>
        <translation>Show the exercise</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="204" />
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="215" />
        <source>Næste: kortets bagside</source>
        <translation>Next: the back of the card</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="219" />
        <source>Næste: intet – det er sidste kort</source>
        <translation>Next: nothing – this is the last card</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="250" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="250" />
        <source>Fortsæt</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Klokken</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nedtælling</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Trinnet</source>
        <translation>This step</translation>
    </message>
    <message>
        <source>Forløbet</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <source>Næste: intet – det er sidste trin</source>
        <translation>Next: nothing – this is the last step</translation>
    </message>
    <message>
        <source>Nedtælling · kører</source>
        <translation>Countdown · running</translation>
    </message>
    <message>
        <source>Nedtælling · pause</source>
        <translation>Countdown · paused</translation>
    </message>
    <message>
        <source>Trin %1 · %2</source>
        <translation>Step %1 · %2</translation>
    </message>
    <message>
        <source>Næste: trin %1 · %2 min</source>
        <translation>Next: step %1 · %2 min</translation>
    </message>
</context>
<context>
    <name>CountdownTicker</name>
    <message>
        <location filename="../ui/countdown_ticker.py" line="34" />
        <source>Pause · %s</source>
        <translation>Paused · %s</translation>
    </message>
</context>
<context>
    <name>DeckChooser</name>
    <message>
        <location filename="../ui/deck_chooser.py" line="31" />
        <location filename="../ui/deck_chooser.py" line="105" />
        <source>Vælg kortsæt</source>
        <translation>Choose a deck</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deck_chooser.py" line="49" />
        <source>Kan ikke vises: %n fejl i filen</source>
        <translation>
            <numerusform>Cannot be shown: %n problem in the file</numerusform>
            <numerusform>Cannot be shown: %n problems in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deck_chooser.py" line="53" />
        <source>%n kort</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/room/deck_chooser.py" line="91" />
        <source>Program · %n trin</source>
        <translation>
            <numerusform>Programme · %n step</numerusform>
            <numerusform>Programme · %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/room/deck_chooser.py" line="92" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source> · Esc tilbage til kortet</source>
        <translation> · Esc back to the card</translation>
    </message>
    <message>
        <source>← → vælg · Enter åbn</source>
        <translation>← → choose · Enter opens</translation>
    </message>
    <message>
        <source>↑ ↓ vælg · Enter åbn</source>
        <translation>↑ ↓ choose · Enter opens</translation>
    </message>
    <message>
        <source>● Åben nu</source>
        <translation>● Open now</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <location filename="../ui/exercise_view.py" line="139" />
        <location filename="../ui/exercise_view.py" line="218" />
        <source>Nedtælling</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../ui/exercise_view.py" line="145" />
        <location filename="../ui/exercise_view.py" line="159" />
        <source>Tryk mellemrum for at starte</source>
        <translation>Press space to start</translation>
    </message>
    <message>
        <location filename="../ui/exercise_view.py" line="146" />
        <location filename="../ui/exercise_view.py" line="161" />
        <source>tilbage</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../ui/exercise_view.py" line="147" />
        <location filename="../ui/exercise_view.py" line="163" />
        <source>Tiden er snart gået</source>
        <translation>Time is almost up</translation>
    </message>
    <message>
        <location filename="../ui/exercise_view.py" line="148" />
        <location filename="../ui/exercise_view.py" line="165" />
        <source>Tiden er gået</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../ui/exercise_view.py" line="149" />
        <location filename="../ui/exercise_view.py" line="167" />
        <source>over tiden</source>
        <translation>over time</translation>
    </message>
    <message>
        <location filename="../ui/exercise_view.py" line="150" />
        <location filename="../ui/exercise_view.py" line="157" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/exercise_view.py" line="238" />
        <source>Lyd fra</source>
        <translation>Sound off</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <location filename="../ui/notes_export_dialog.py" line="52" />
        <source>Gem noterne som fil</source>
        <translation>Save the notes as a file</translation>
    </message>
    <message>
        <location filename="../ui/notes_export_dialog.py" line="75" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/notes_export_dialog.py" line="76" />
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../ui/notes_export_dialog.py" line="77" />
        <source>Filnavn</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../ui/notes_export_dialog.py" line="78" />
        <source>Workshoppens navn</source>
        <translation>Workshop name</translation>
    </message>
    <message>
        <location filename="../ui/notes_export_dialog.py" line="79" />
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../ui/notes_export_dialog.py" line="92" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/notes_export_dialog.py" line="94" />
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../ui/notes_export_dialog.py" line="100" />
        <source>Enter gemmer · Esc tilbage til noterne</source>
        <translation>Enter saves · Esc back to the notes</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../ui/help_overlay.py" line="71" />
        <source>Mellemrum</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../ui/help_overlay.py" line="106" />
        <location filename="../ui/help_overlay.py" line="134" />
        <location filename="../ui/help_overlay.py" line="186" />
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../ui/help_overlay.py" line="170" />
        <source>Tryk på en tast for at lukke</source>
        <translation>Press any key to close</translation>
    </message>
    <message>
        <location filename="../ui/help_overlay.py" line="173" />
        <source>Side %s/%s · PgDn eller tryk: næste side · en anden tast lukker</source>
        <translation>Page %s/%s · PgDn or tap: next page · any other key closes</translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <location filename="../ui/kiosk_mode.py" line="67" />
        <source>Indtast koden for at lukke kiosken</source>
        <translation>Enter the code to close the kiosk</translation>
    </message>
    <message>
        <location filename="../ui/kiosk/mode.py" line="80" />
        <source>Indtast koden for at åbne noterne</source>
        <translation>Enter the code to open the notes</translation>
    </message>
    <message>
        <location filename="../ui/kiosk_mode.py" line="75" />
        <source>Forkert kode</source>
        <translation>Wrong code</translation>
    </message>
    <message>
        <source>Indtast koden for at starte en ny workshop</source>
        <translation>Enter the code to start a new workshop</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message numerus="yes">
        <location filename="../ui/message_view.py" line="56" />
        <source>… og %n mere: kør „kompas-kiosk check“ for hele listen</source>
        <translation>
            <numerusform>… and %n more: run 'kompas-kiosk check' for the whole list</numerusform>
            <numerusform>… and %n more: run 'kompas-kiosk check' for the whole list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyHint</name>
    <message>
        <location filename="../ui/notes_panel.py" line="226" />
        <source>Enter gemmer · Shift+Enter ny linje · Esc lukker</source>
        <translation>Enter saves · Shift+Enter new line · Esc closes</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="752" />
        <source>E retter · Delete sletter · Ctrl+Z fortryder · Esc til feltet</source>
        <translation>E edits · Delete deletes · Ctrl+Z undoes · Esc to the field</translation>
    </message>
</context>
<context>
    <name>NoteListView</name>
    <message>
        <source>Noterne</source>
        <translation>The notes</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="134" />
        <location filename="../ui/notes_panel.py" line="625" />
        <source>Dette kort</source>
        <translation>This card</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="136" />
        <location filename="../ui/notes_panel.py" line="626" />
        <source>Hele workshoppen</source>
        <translation>Whole workshop</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="274" />
        <location filename="../ui/notes_panel.py" line="588" />
        <source>gruppearbejde</source>
        <translation>group work</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="622" />
        <source>Ingen noter på dette kort endnu.</source>
        <translation>No notes on this card yet.</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="624" />
        <source>Ingen noter i workshoppen endnu.</source>
        <translation>No notes in this workshop yet.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../ui/notes_panel.py" line="133" />
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="165" />
        <location filename="../ui/notes_panel.py" line="183" />
        <source>Gem som fil …</source>
        <translation>Save as file …</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="182" />
        <location filename="../ui/notes_panel.py" line="294" />
        <source>Del med rummet</source>
        <translation>Share with the room</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="294" />
        <source>Stop deling</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="401" />
        <source>Noten er tilbage.</source>
        <translation>The note is back.</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="537" />
        <source>Noten er slettet.</source>
        <translation>The note was deleted.</translation>
    </message>
</context>
<context>
    <name>MessageBars</name>
    <message numerus="yes">
        <location filename="../ui/notes_panel.py" line="557" />
        <source>%n noter er ikke gemt endnu – de er kun i hukommelsen.</source>
        <translation>
            <numerusform>%n note is not saved yet – it is only in memory.</numerusform>
            <numerusform>%n notes are not saved yet – they are only in memory.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="554" />
        <source>1 note er ikke gemt endnu – den er kun i hukommelsen.</source>
        <translation>1 note is not saved yet – it is only in memory.</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="161" />
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="165" />
        <location filename="../ui/notes_panel.py" line="183" />
        <source>Gem som fil …</source>
        <translation>Save as file …</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="164" />
        <source>Prøv igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="560" />
        <source>Teksten i feltet er ikke gemt endnu.</source>
        <translation>The text in the field is not saved yet.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../ui/notes_panel.py" line="381" />
        <source>Du retter noten fra %s. Enter gemmer, Esc fortryder.</source>
        <translation>You are editing the note from %s. Enter saves, Esc cancels.</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="172" />
        <source>Enter gemmer, Shift+Enter giver en ny linje, Esc lukker</source>
        <translation>Enter saves, Shift+Enter starts a new line, Esc closes</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="170" />
        <source>Ny note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="174" />
        <source>Skriv en note …</source>
        <translation>Type a note …</translation>
    </message>
</context>
<context>
    <name>NoteRows</name>
    <message numerus="yes">
        <location filename="../ui/notes_panel.py" line="417" />
        <source>+ %n tidligere noter – gem som fil for at se alle</source>
        <translation>
            <numerusform>+ %n earlier note – save as a file to see them all</numerusform>
            <numerusform>+ %n earlier notes – save as a file to see them all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="416" />
        <source>+ 1 tidligere note – gem som fil for at se alle</source>
        <translation>+ 1 earlier note – save as a file to see them all</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="274" />
        <location filename="../ui/notes_panel.py" line="588" />
        <source>gruppearbejde</source>
        <translation>group work</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="590" />
        <source>ikke gemt endnu</source>
        <translation>not saved yet</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <location filename="../ui/notes_panel.py" line="455" />
        <source>%s findes allerede. Tryk Gem igen for at erstatte den, eller skift navnet.</source>
        <translation>%s already exists. Press Save again to replace it, or change the name.</translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="477" />
        <source>Gemt: %s</source>
        <translation>Saved: %s</translation>
    </message>
    <message>
        <location filename="../ui/notes/export_action.py" line="1" />
        <source>Afbrudt: der er ikke gemt nogen fil (%s).</source>
        <translation>Cancelled: no file was saved (%s).</translation>
    </message>
    <message>
        <location filename="../ui/notes/export_action.py" line="1" />
        <source>Gemmer %s …</source>
        <translation>Saving %s …</translation>
    </message>
    <message>
        <location filename="../ui/notes/export_action.py" line="1" />
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/notes/export_action.py" line="1" />
        <source>Gemmer noterne</source>
        <translation>Saving the notes</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../ui/overview_view.py" line="104" />
        <source>Oversigt over kortene</source>
        <translation>Overview of the cards</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview_view.py" line="219" />
        <source>%n kort</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview_view.py" line="303" />
        <source>Side %d/%d</source>
        <translation>Page %d/%d</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../ui/pin_dialog.py" line="59" />
        <source>Indtast koden</source>
        <translation>Enter the code</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="76" />
        <location filename="../ui/pin_dialog.py" line="78" />
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="85" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="89" />
        <source>Slet sidste ciffer</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="91" />
        <source>Bekræft koden</source>
        <translation>Confirm the code</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pin_dialog.py" line="183" />
        <source>For mange forkerte forsøg. Prøv igen om %n sekunder.</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/kiosk/pin_dialog.py" line="184" />
        <source>For mange forkerte forsøg. Prøv igen om %n minutter.</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pin_dialog.py" line="197" />
        <source>%n cifre tastet</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../app.py" line="344" />
        <source>Kortsættene er indlæst igen</source>
        <translation>The decks have been reloaded</translation>
    </message>
    <message numerus="yes">
        <location filename="../app.py" line="346" />
        <source>%n kortsæt har fejl</source>
        <translation>
            <numerusform>%n deck has problems</numerusform>
            <numerusform>%n decks have problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app.py" line="361" />
        <source>Der skete en uventet fejl; den er skrevet i loggen</source>
        <translation>An unexpected error happened; it is written in the log</translation>
    </message>
    <message>
        <source>Kiosken lukker om et øjeblik · Ctrl+Q: luk nu</source>
        <translation>The kiosk closes in a moment · Ctrl+Q: close now</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="298" />
        <source>Ret filen og tryk Ctrl+R for at indlæse igen · D: vælg et andet kortsæt · Ctrl+Q: luk</source>
        <translation>Fix the file and press Ctrl+R to reload · D: choose another deck · Ctrl+Q: close</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="514" />
        <source>Lyden er slået fra</source>
        <translation>Sound is off</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="514" />
        <source>Lyden er slået til</source>
        <translation>Sound is on</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="611" />
        <source>Der er kun én skærm</source>
        <translation>There is only one screen</translation>
    </message>
</context>
<context>
    <name>ScreenArrangement</name>
    <message numerus="yes">
        <location filename="../ui/screens.py" line="134" />
        <source>Skærmene er ændret: %n skærm(e)</source>
        <translation>
            <numerusform>The screens have changed: %n screen</numerusform>
            <numerusform>The screens have changed: %n screens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/screens.py" line="136" />
        <source>Kun én skærm: tryk C for styringen</source>
        <translation>Only one screen: press C for the console</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings_page.py" line="85" />
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="146" />
        <source>Rummet</source>
        <translation>The room</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="147" />
        <location filename="../ui/settings_page.py" line="151" />
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="150" />
        <source>Systemets sprog</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="152" />
        <source>Sproget skifter, når du trykker »Gem«.</source>
        <translation>The language changes when you press “Save”.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="154" />
        <location filename="../ui/settings_page.py" line="157" />
        <source>Farver</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="155" />
        <source>Rolige farver (standard)</source>
        <translation>Calm colours (default)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="156" />
        <source>Høj kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="158" />
        <source>Farverne skifter, når du trykker »Gem«.</source>
        <translation>The colours change when you press “Save”.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="160" />
        <source>Lyd: klokken når tiden er gået</source>
        <translation>Sound: the chime when time is up</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="163" />
        <source>Mindre bevægelse: kortet skifter uden at vende</source>
        <translation>Reduced motion: the card changes without turning</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="167" />
        <source>Klikkerens »næste« vender kortet først</source>
        <translation>The clicker's “next” turns the card first</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="173" />
        <source>Kortene på skift efter minutter uden brug</source>
        <translation>Cards in turn after minutes without use</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="177" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="178" />
        <source>Fra</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="180" />
        <source>Kortene på skift efter</source>
        <translation>Cards in turn after</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="184" />
        <source>Når ingen har rørt kiosken så længe, viser den kortene på skift (i kiosktilstand). 0 slår det fra.</source>
        <translation>When nobody has touched the kiosk for this long, it shows the cards in turn (in kiosk mode). 0 turns it off.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="201" />
        <source>Kode til at lukke kiosken</source>
        <translation>PIN to close the kiosk</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="206" />
        <location filename="../ui/settings_page.py" line="207" />
        <source>Nuværende kode</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="208" />
        <location filename="../ui/settings_page.py" line="209" />
        <source>Ny kode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="210" />
        <location filename="../ui/settings_page.py" line="211" />
        <source>Gentag den nye kode</source>
        <translation>Repeat the new PIN</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="214" />
        <source>%1 til %2 cifre. Lad felterne stå tomme for at beholde koden.</source>
        <translation>%1 to %2 digits. Leave the fields empty to keep the PIN.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="219" />
        <source>Fjern koden</source>
        <translation>Remove the PIN</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="233" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="235" />
        <source>Gem indstillingerne</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="238" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="240" />
        <source>Luk uden at gemme</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="337" />
        <source>Der er ingen kode: alle kan lukke kiosken.</source>
        <translation>There is no PIN: anyone can close the kiosk.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="340" />
        <source>Den gemte kode kan ikke læses, så kiosken kan ikke lukkes med en kode. Sæt en ny kode.</source>
        <translation>The stored PIN cannot be read, so no PIN closes the kiosk. Set a new PIN.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="344" />
        <source>Der er en kode: den skal tastes for at lukke kiosken.</source>
        <translation>There is a PIN: it must be entered to close the kiosk.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="391" />
        <source>Den nye kode skal være %1 til %2 cifre.</source>
        <translation>The new PIN must be %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="398" />
        <source>De to nye koder er ikke ens. Tast den igen.</source>
        <translation>The two new PINs differ. Type it again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings_page.py" line="410" />
        <source>For mange forkerte forsøg. Prøv igen om %n sekunder.</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="424" />
        <source>Den nuværende kode er forkert.</source>
        <translation>The current PIN is wrong.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="448" />
        <source>Indstillingerne kunne ikke gemmes: %s</source>
        <translation>The settings could not be saved: %s</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="450" />
        <source>De gælder, indtil kiosken lukkes.</source>
        <translation>They apply until the kiosk is closed.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="455" />
        <source>Indstillingerne er gemt.</source>
        <translation>The settings are saved.</translation>
    </message>
</context>
<context>
    <name>SharedNotesView</name>
    <message>
        <location filename="../ui/shared_notes_view.py" line="145" />
        <source>Del det halvfærdige</source>
        <translation>Share the half-finished</translation>
    </message>
    <message>
        <location filename="../ui/shared_notes_view.py" line="149" />
        <source>+ %s tidligere</source>
        <translation>+ %s earlier</translation>
    </message>
    <message>
        <location filename="../ui/notes/shared_view.py" line="160" />
        <source>side %1 af %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/shared_notes_view.py" line="153" />
        <source>Ingen noter på dette kort endnu.</source>
        <translation>No notes on this card yet.</translation>
    </message>
    <message>
        <source>Gruppe %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Uden gruppe</source>
        <translation>No group</translation>
    </message>
</context>
<context>
    <name>KeyCatcher</name>
    <message>
        <source>Lær</source>
        <translation>Learn</translation>
    </message>
    <message>
        <source>Tryk på klikkerens knap …</source>
        <translation>Press the clicker's button …</translation>
    </message>
</context>
<context>
    <name>ClickerFields</name>
    <message>
        <source>Forrige (i øvelsen: et minut mere)</source>
        <translation>Previous (in the exercise: one more minute)</translation>
    </message>
    <message>
        <source>Giv klikkeren dens standardtaster igen</source>
        <translation>Give the clicker its default keys again</translation>
    </message>
    <message>
        <source>Klikkeren</source>
        <translation>The clicker</translation>
    </message>
    <message>
        <source>Klikkerens standardtaster</source>
        <translation>The clicker's default keys</translation>
    </message>
    <message>
        <source>Lær: %s</source>
        <translation>Learn: %s</translation>
    </message>
    <message>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Sort skærm</source>
        <translation>Blank screen</translation>
    </message>
    <message>
        <source>Start og pause</source>
        <translation>Start and pause</translation>
    </message>
    <message>
        <source>Tryk »Lær« og så den knap på klikkeren, der skal gøre det. Esc, F1, Ctrl+Q, Enter og cifrene kan ikke bruges.</source>
        <translation>Press “Learn”, then the clicker's button that should do it. Esc, F1, Ctrl+Q, Enter and the digits cannot be used.</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>WarningField</name>
    <message>
        <source>Tiden er snart gået ved</source>
        <translation>Time is nearly up at</translation>
    </message>
    <message>
        <source>Aldrig</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Uret bliver ravgult, når denne del af øvelsens tid er tilbage: mindst %1 sekunder og højst %2 minutter før nul. 0 slår det fra.</source>
        <translation>The clock turns amber when this share of the exercise's time is left: at least %1 seconds and at most %2 minutes before zero. 0 turns it off.</translation>
    </message>
</context>
<context>
    <name>RoomField</name>
    <message>
        <source>Rummets størrelse</source>
        <translation>Room size</translation>
    </message>
    <message>
        <source>Skærmens diagonal og den fjerneste seers afstand, fx 65in,8m eller 165cm,8m: ingen tekst bliver mindre, end bageste række kan læse, og lang tekst vises i sider. Tom: tekstens størrelse som hidtil.</source>
        <translation>The screen&apos;s diagonal and the farthest viewer&apos;s distance, e.g. 65in,8m or 165cm,8m: no text gets smaller than the back row can read, and long text is shown in pages. Empty: text sizes as before.</translation>
    </message>
</context>
<context>
    <name>ScreenFields</name>
    <message>
        <location filename="../ui/settings_page.py" line="190" />
        <source>Skærme</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="191" />
        <location filename="../ui/settings_page.py" line="192" />
        <source>Rummets skærm</source>
        <translation>Room screen</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="193" />
        <location filename="../ui/settings_page.py" line="194" />
        <source>Styringens skærm</source>
        <translation>Console screen</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="197" />
        <source>Skærmvalget gælder, næste gang kiosken startes. S bytter skærmene nu.</source>
        <translation>The screen choice applies the next time the kiosk starts. S swaps the screens now.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="327" />
        <source>Automatisk</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="332" />
        <source>%s (ikke tilsluttet)</source>
        <translation>%s (not connected)</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Ny workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>fx Borgermøde i Aarhus</source>
        <translation>e.g. Citizens' meeting in Aarhus</translation>
    </message>
    <message>
        <source>fx Dokk1, lokale 2</source>
        <translation>e.g. Dokk1, room 2</translation>
    </message>
    <message>
        <source>Workshoppens navn</source>
        <translation>The workshop's name</translation>
    </message>
    <message>
        <source>Sted (valgfrit)</source>
        <translation>Place (optional)</translation>
    </message>
    <message>
        <source>Start workshoppen</source>
        <translation>Start the workshop</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter starter · Esc annullerer</source>
        <translation>Enter starts · Esc cancels</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Noterne fra nu af hører til den nye workshop.</source>
        <translation>The notes from now on belong to the new workshop.</translation>
    </message>
    <message>
        <source>»%1« beholder sine noter.</source>
        <translation>“%1” keeps its notes.</translation>
    </message>
</context>
<context>
    <name>WorkshopLine</name>
    <message>
        <source>Workshop: %1</source>
        <translation>Workshop: %1</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Gruppe for nye noter</source>
        <translation>Group of new notes</translation>
    </message>
</context>
<context>
    <name>TitleRow</name>
    <message>
        <source>Ny workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
</context>
</TS>
