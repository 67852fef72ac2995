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
        <location filename="../ui/console_window.py" line="44" />
        <source>Kompas Kiosk – styring</source>
        <translation>Kompas Kiosk – console</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="87" />
        <source>Rummet ser nu</source>
        <translation>The room sees now</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="94" />
        <location filename="../ui/console_window.py" line="229" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="95" />
        <source>+1 minut</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="96" />
        <source>−1 minut</source>
        <translation>−1 minute</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="97" />
        <source>Nulstil</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="98" />
        <source>Vis øvelsen</source>
        <translation>Show the exercise</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="197" />
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="208" />
        <source>Næste: kortets bagside</source>
        <translation>Next: the back of the card</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="212" />
        <source>Næste: intet – det er sidste kort</source>
        <translation>Next: nothing – this is the last card</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="228" />
        <source>Nedtælling: ikke startet</source>
        <translation>Countdown: not started</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="239" />
        <source>Nedtælling kører</source>
        <translation>Countdown running</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="239" />
        <source>Nedtælling: pause</source>
        <translation>Countdown: paused</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="241" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="241" />
        <source>Fortsæt</source>
        <translation>Resume</translation>
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
        <translation><numerusform>Cannot be shown: %n problem in the file</numerusform><numerusform>Cannot be shown: %n problems in the file</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deck_chooser.py" line="53" />
        <source>%n kort</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
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
    <name>KioskMode</name>
    <message>
        <location filename="../ui/kiosk_mode.py" line="61" />
        <source>Indtast koden for at lukke kiosken</source>
        <translation>Enter the code to close the kiosk</translation>
    </message>
    <message>
        <location filename="../ui/kiosk_mode.py" line="69" />
        <source>Forkert kode</source>
        <translation>Wrong code</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message numerus="yes">
        <location filename="../ui/message_view.py" line="56" />
        <source>… og %n mere: kør 'kompas-kiosk check' for hele listen</source>
        <translation><numerusform>… and %n more: run 'kompas-kiosk check' for the whole list</numerusform><numerusform>… and %n more: run 'kompas-kiosk check' for the whole list</numerusform></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../ui/overview_view.py" line="105" />
        <source>Oversigt over kortene</source>
        <translation>Overview of the cards</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview_view.py" line="220" />
        <source>%n kort</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/overview_view.py" line="304" />
        <source>Side %d/%d</source>
        <translation>Page %d/%d</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../ui/pin_dialog.py" line="58" />
        <source>Indtast koden</source>
        <translation>Enter the code</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="75" />
        <location filename="../ui/pin_dialog.py" line="77" />
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="86" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="90" />
        <source>Slet sidste ciffer</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="92" />
        <source>Bekræft koden</source>
        <translation>Confirm the code</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pin_dialog.py" line="184" />
        <source>For mange forkerte forsøg. Prøv igen om %n sekunder.</source>
        <translation><numerusform>Too many wrong tries. Try again in %n second.</numerusform><numerusform>Too many wrong tries. Try again in %n seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pin_dialog.py" line="198" />
        <source>%n cifre tastet</source>
        <translation><numerusform>%n digit typed</numerusform><numerusform>%n digits typed</numerusform></translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../ui/room_window.py" line="136" />
        <source>Ingen kortsæt fundet</source>
        <translation>No decks found</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="137" />
        <source>Der er ingen deck.yaml i indholdsmappen.</source>
        <translation>There is no deck.yaml in the content folder.</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="147" />
        <source>Kortsættet »%s« kan ikke vises</source>
        <translation>The deck “%s” cannot be shown</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="210" />
        <source>Dette kortsæt har ingen øvelse</source>
        <translation>This deck has no exercise</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="229" />
        <source>Ret filen og tryk Ctrl+R for at indlæse igen · D: vælg et andet kortsæt · Ctrl+Q: luk</source>
        <translation>Fix the file and press Ctrl+R to reload · D: choose another deck · Ctrl+Q: close</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="372" />
        <source>Kort nummer %s …</source>
        <translation>Card number %s …</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="385" />
        <source>Dette kort har ingen bagside</source>
        <translation>This card has no back</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="392" />
        <source>Der er intet kort med nummer %s</source>
        <translation>There is no card number %s</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="401" />
        <source>Tryk Esc igen for at lukke kiosken</source>
        <translation>Press Esc again to close the kiosk</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="428" />
        <source>Lyden er slået fra</source>
        <translation>Sound is off</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="428" />
        <source>Lyden er slået til</source>
        <translation>Sound is on</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="521" />
        <source>Der er kun én skærm</source>
        <translation>There is only one screen</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="533" />
        <source>Del det halvfærdige: noterne vises for rummet</source>
        <translation>Share the half-finished: the notes are shown to the room</translation>
    </message>
</context>
<context>
    <name>ScreenArrangement</name>
    <message numerus="yes">
        <location filename="../ui/screens.py" line="128" />
        <source>Skærmene er ændret: %n skærm(e)</source>
        <translation><numerusform>The screens have changed: %n screen</numerusform><numerusform>The screens have changed: %n screens</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/screens.py" line="130" />
        <source>Kun én skærm: tryk C for styringen</source>
        <translation>Only one screen: press C for the console</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../app.py" line="283" />
        <source>Kortsættene er indlæst igen</source>
        <translation>The decks have been reloaded</translation>
    </message>
    <message numerus="yes">
        <location filename="../app.py" line="285" />
        <source>%n kortsæt har fejl</source>
        <translation><numerusform>%n deck has problems</numerusform><numerusform>%n decks have problems</numerusform></translation>
    </message>
    <message>
        <location filename="../app.py" line="300" />
        <source>Der skete en uventet fejl; den er skrevet i loggen</source>
        <translation>An unexpected error happened; it is written in the log</translation>
    </message>
</context>
</TS>