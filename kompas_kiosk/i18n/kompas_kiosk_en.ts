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
        <location filename="../ui/console_window.py" line="87" />
        <source>Indstillinger</source>
        <translation>Settings</translation>
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
        <location filename="../ui/console_window.py" line="236" />
        <source>Nedtælling: ikke startet</source>
        <translation>Countdown: not started</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="248" />
        <source>Nedtælling kører</source>
        <translation>Countdown running</translation>
    </message>
    <message>
        <location filename="../ui/console_window.py" line="248" />
        <source>Nedtælling: pause</source>
        <translation>Countdown: paused</translation>
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
        <location filename="../ui/kiosk_mode.py" line="67" />
        <source>Indtast koden for at lukke kiosken</source>
        <translation>Enter the code to close the kiosk</translation>
    </message>
    <message>
        <location filename="../ui/kiosk_mode.py" line="75" />
        <source>Forkert kode</source>
        <translation>Wrong code</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message numerus="yes">
        <location filename="../ui/message_view.py" line="56" />
        <source>… og %n mere: kør 'kompas-kiosk check' for hele listen</source>
        <translation>
            <numerusform>… and %n more: run 'kompas-kiosk check' for the whole list</numerusform>
            <numerusform>… and %n more: run 'kompas-kiosk check' for the whole list</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
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
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pin_dialog.py" line="198" />
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
        <location filename="../ui/room_window.py" line="135" />
        <source>Ingen kortsæt fundet</source>
        <translation>No decks found</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="136" />
        <source>Der er ingen deck.yaml i indholdsmappen.</source>
        <translation>There is no deck.yaml in the content folder.</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="146" />
        <source>Kortsættet »%s« kan ikke vises</source>
        <translation>The deck “%s” cannot be shown</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="278" />
        <source>Dette kortsæt har ingen øvelse</source>
        <translation>This deck has no exercise</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="298" />
        <source>Ret filen og tryk Ctrl+R for at indlæse igen · D: vælg et andet kortsæt · Ctrl+Q: luk</source>
        <translation>Fix the file and press Ctrl+R to reload · D: choose another deck · Ctrl+Q: close</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="458" />
        <source>Kort nummer %s …</source>
        <translation>Card number %s …</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="471" />
        <source>Dette kort har ingen bagside</source>
        <translation>This card has no back</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="478" />
        <source>Der er intet kort med nummer %s</source>
        <translation>There is no card number %s</translation>
    </message>
    <message>
        <location filename="../ui/room_window.py" line="487" />
        <source>Tryk Esc igen for at lukke kiosken</source>
        <translation>Press Esc again to close the kiosk</translation>
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
    <message>
        <location filename="../ui/room_window.py" line="623" />
        <source>Del det halvfærdige: noterne vises for rummet</source>
        <translation>Share the half-finished: the notes are shown to the room</translation>
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
        <location filename="../ui/settings_page.py" line="84" />
        <source>Kompas Kiosk – indstillinger</source>
        <translation>Kompas Kiosk – settings</translation>
    </message>
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
        <source>Sproget skifter, næste gang kiosken startes.</source>
        <translation>The language changes the next time the kiosk starts.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="154" />
        <source>Lyd: klokken når tiden er gået</source>
        <translation>Sound: the chime when time is up</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="157" />
        <source>Mindre bevægelse: kortet skifter uden at vende</source>
        <translation>Reduced motion: the card changes without turning</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="161" />
        <source>Klikkerens »næste« vender kortet først</source>
        <translation>The clicker's “next” turns the card first</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="167" />
        <source>Kortene på skift efter minutter uden brug</source>
        <translation>Cards in turn after minutes without use</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="171" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="172" />
        <source>Fra</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="174" />
        <source>Kortene på skift efter</source>
        <translation>Cards in turn after</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="178" />
        <source>Når ingen har rørt kiosken så længe, viser den kortene på skift (i kiosktilstand). 0 slår det fra.</source>
        <translation>When nobody has touched the kiosk for this long, it shows the cards in turn (in kiosk mode). 0 turns it off.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="184" />
        <source>Skærme</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="185" />
        <location filename="../ui/settings_page.py" line="186" />
        <source>Rummets skærm</source>
        <translation>Room screen</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="187" />
        <location filename="../ui/settings_page.py" line="188" />
        <source>Styringens skærm</source>
        <translation>Console screen</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="191" />
        <source>Skærmvalget gælder, næste gang kiosken startes. S bytter skærmene nu.</source>
        <translation>The screen choice applies the next time the kiosk starts. S swaps the screens now.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="195" />
        <source>Kode til at lukke kiosken</source>
        <translation>PIN to close the kiosk</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="200" />
        <location filename="../ui/settings_page.py" line="201" />
        <source>Nuværende kode</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="202" />
        <location filename="../ui/settings_page.py" line="203" />
        <source>Ny kode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="204" />
        <location filename="../ui/settings_page.py" line="205" />
        <source>Gentag den nye kode</source>
        <translation>Repeat the new PIN</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="208" />
        <source>%1 til %2 cifre. Lad felterne stå tomme for at beholde koden.</source>
        <translation>%1 to %2 digits. Leave the fields empty to keep the PIN.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="213" />
        <source>Fjern koden</source>
        <translation>Remove the PIN</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="227" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="229" />
        <source>Gem indstillingerne</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="232" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="234" />
        <source>Luk uden at gemme</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="320" />
        <source>Automatisk</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="325" />
        <source>%s (ikke tilsluttet)</source>
        <translation>%s (not connected)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="330" />
        <source>Der er ingen kode: alle kan lukke kiosken.</source>
        <translation>There is no PIN: anyone can close the kiosk.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="333" />
        <source>Den gemte kode kan ikke læses, så kiosken kan ikke lukkes med en kode. Sæt en ny kode.</source>
        <translation>The stored PIN cannot be read, so no PIN closes the kiosk. Set a new PIN.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="337" />
        <source>Der er en kode: den skal tastes for at lukke kiosken.</source>
        <translation>There is a PIN: it must be entered to close the kiosk.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="383" />
        <source>Den nye kode skal være %1 til %2 cifre.</source>
        <translation>The new PIN must be %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="390" />
        <source>De to nye koder er ikke ens. Tast den igen.</source>
        <translation>The two new PINs differ. Type it again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings_page.py" line="402" />
        <source>For mange forkerte forsøg. Prøv igen om %n sekunder.</source>
        <translation><numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="416" />
        <source>Den nuværende kode er forkert.</source>
        <translation>The current PIN is wrong.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="440" />
        <source>Indstillingerne kunne ikke gemmes: %s</source>
        <translation>The settings could not be saved: %s</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="442" />
        <source>De gælder, indtil kiosken lukkes.</source>
        <translation>They apply until the kiosk is closed.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="447" />
        <source>Indstillingerne er gemt.</source>
        <translation>The settings are saved.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../app.py" line="340" />
        <source>Kortsættene er indlæst igen</source>
        <translation>The decks have been reloaded</translation>
    </message>
    <message numerus="yes">
        <location filename="../app.py" line="342" />
        <source>%n kortsæt har fejl</source>
        <translation>
            <numerusform>%n deck has problems</numerusform>
            <numerusform>%n decks have problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app.py" line="357" />
        <source>Der skete en uventet fejl; den er skrevet i loggen</source>
        <translation>An unexpected error happened; it is written in the log</translation>
    </message>
</context>
</TS>