; Kompas Kiosk: a per-user Windows installer (Inno Setup 6.3 or newer). No admin rights needed.
;
; On Windows, from the project folder, after the one-folder build:
;   pyinstaller --noconfirm packaging\kompas-kiosk.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\kompas-kiosk.iss
; makes dist\KompasKiosk-0.1.0-setup.exe. Relative paths below are from this file's folder.
;
; What it does (packaging/README.md has the review notes):
; - installs dist\kompas-kiosk\ into %LOCALAPPDATA%\Programs\Kompas Kiosk (what {autopf} is for
;   a per-user install; named directly because Wine 8 cannot expand {autopf} per user, and the
;   installer is tried under Wine), and a Start-menu entry (and, if ticked, a desktop shortcut);
; - speaks Danish or English (the Windows display language decides; Danish first);
; - an upgrade replaces the program folder's files but never touches the user's data: the notes,
;   settings and logs live in %APPDATA%\kompas-kiosk and %LOCALAPPDATA%\kompas-kiosk, and
;   uninstalling leaves them too (no note is ever lost).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  ; The one-folder build (packaging/windows/build-on-linux.sh gives its own: /DBundleDir=...).
  #define BundleDir "dist\kompas-kiosk"
#endif
#define AppName "Kompas Kiosk"
#define AppExe "KompasKiosk.exe"

[Setup]
; Never change AppId: Windows finds the installed kiosk by it for upgrades and uninstalling.
AppId={{1DE4AC24-1532-4830-935E-7CFF2E76BA34}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Aarhus Kommune
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=KompasKiosk-{#AppVersion}-setup
SetupIconFile=build\icons\kompas-kiosk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running kiosk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.Comment=Samarbejdskompassets kort på mødelokalets skærm
english.Comment=Samarbejdskompasset's cards on the room screen
danish.Windowed=Kompas Kiosk i et vindue
english.Windowed=Kompas Kiosk in a window
danish.StartNow=Start Kompas Kiosk i et vindue nu
english.StartNow=Start Kompas Kiosk in a window now

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A one-folder build's libraries change between versions: never mix old and new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:Comment}"
Name: "{autoprograms}\{cm:Windowed}"; Filename: "{app}\{#AppExe}"; Parameters: "run --windowed"; Comment: "{cm:Comment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:Comment}"; Tasks: desktopicon

[Run]
; Windowed: a kiosk that opens fullscreen straight from the installer surprises people.
Filename: "{app}\{#AppExe}"; Parameters: "run --windowed"; Description: "{cm:StartNow}"; Flags: nowait postinstall skipifsilent
