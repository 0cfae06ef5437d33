; Inno Setup script: the Windows installer, with a Start-menu entry and an uninstaller.
; Built by .github/workflows/build.yml:  iscc /DVersion=0.1.0 /DSource=dist\rmentor rmentor.iss
#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
AppId={{7E3C1F52-6B8A-4F0E-9C1D-2A5B7C9E4D10}
AppName=rmentor
AppVersion={#Version}
AppPublisher=rmentor
DefaultDirName={autopf}\rmentor
DefaultGroupName=rmentor
PrivilegesRequired=lowest
OutputBaseFilename=rmentor-{#Version}-windows-setup
Compression=lzma2
SolidCompression=yes
LicenseFile=..\LICENSE
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\rmentor"; Filename: "{app}\rmentor.exe"
Name: "{group}\Uninstall rmentor"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\rmentor.exe"; Description: "Start rmentor"; Flags: nowait postinstall skipifsilent
