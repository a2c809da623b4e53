; Inno Setup script: Duebook for Windows, one Setup .exe built from the PyInstaller bundle.
;
;   make bundle        (on Windows: builds dist\Duebook\ with Duebook.exe, duebook.exe and _internal\)
;   iscc installer\windows.iss    -> dist\DuebookSetup-<version>.exe
;
; Per-user install (no administrator rights), a Start-menu entry, .duebook and .duebak opened by
; Duebook, and an uninstaller that removes the program but never the user's data: company files,
; backups, settings and logs live in the user's own folders (%LOCALAPPDATA%\Duebook, Documents),
; which this script never names in [UninstallDelete].
; tests/packaging/test_installers.py checks that every file named here exists in the bundle layout.

#define AppName "Duebook"
#define AppVersion "0.1.0"
#define Bundle "..\dist\Duebook"

[Setup]
AppId={{6F1B2C9E-5D2A-4E0B-9C51-0D0EB00C0001}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Duebook developers
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=DuebookSetup-{#AppVersion}
SetupIconFile=..\app\resources\icons\duebook.ico
UninstallDisplayIcon={app}\Duebook.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "{#Bundle}\Duebook.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\duebook.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\app\resources\icons\duebook.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Duebook.exe"; IconFilename: "{app}\duebook.ico"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Registry]
; Per-user file associations (HKCU\Software\Classes): no administrator rights needed.
Root: HKA; Subkey: "Software\Classes\.duebook"; ValueType: string; ValueName: ""; ValueData: "Duebook.Company"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Duebook.Company"; ValueType: string; ValueName: ""; ValueData: "Duebook company file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Duebook.Company\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\duebook.ico,0"
Root: HKA; Subkey: "Software\Classes\Duebook.Company\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Duebook.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.duebak"; ValueType: string; ValueName: ""; ValueData: "Duebook.Backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Duebook.Backup"; ValueType: string; ValueName: ""; ValueData: "Duebook backup"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Duebook.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\duebook.ico,0"
Root: HKA; Subkey: "Software\Classes\Duebook.Backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Duebook.exe"" ""%1"""

[Run]
Filename: "{app}\Duebook.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is deliberately absent: the uninstaller removes only what [Files] installed.
