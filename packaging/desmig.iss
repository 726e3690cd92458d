; Inno Setup script of the Windows installer (see packaging/README.md).
; Build dist\desmig with `make dist` on Windows first, then: iscc packaging\desmig.iss

#define AppName "Desmigratif Desktop"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0E7C52-3E0B-4E44-9D5B-2B6E3B2C7D41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Desmigratif
DefaultDirName={autopf}\Desmigratif
DefaultGroupName=Desmigratif
; The data stays in the user's folder (%LOCALAPPDATA%\desmig): an upgrade or an uninstall
; never touches it.
UninstallDisplayIcon={app}\desmig.exe
OutputDir=..\dist
OutputBaseFilename=desmigratif-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
ShowLanguageDialog=auto

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\desmig\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; desmigratif.exe is the app without a console window; desmig.exe is the command line.
Name: "{group}\Desmigratif"; Filename: "{app}\desmigratif.exe"
Name: "{autodesktop}\Desmigratif"; Filename: "{app}\desmigratif.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\desmig.exe"; Parameters: "self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Memeriksa instalasi..."
Filename: "{app}\desmigratif.exe"; Description: "{cm:LaunchProgram,Desmigratif}"; Flags: nowait postinstall skipifsilent
