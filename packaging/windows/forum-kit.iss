; Inno Setup definition of the Windows installer: packaging/build windows runs it after the
; PyInstaller one-folder build, passing the version and the folders:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\windows\forum-kit /DOutputDir=dist forum-kit.iss
; Per-user install (no administrator rights needed, as on most stewards' work-issued laptops),
; into %LOCALAPPDATA%\Programs\Forum Kit. The vaults and settings live elsewhere (the user's
; AppData folders, chosen by platformdirs), so an uninstall or an upgrade never touches them.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging/build windows does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\windows\forum-kit"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{8E5B7F1C-3D2A-4C6B-9F0E-5A1D2C3B4E6F}
AppName=Forum Kit
AppVersion={#AppVersion}
AppVerName=Forum Kit {#AppVersion}
AppPublisher=Forum Kit contributors
DefaultDirName={autopf}\Forum Kit
DefaultGroupName=Forum Kit
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=forum-kit-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\forum-kit.ico
UninstallDisplayIcon={app}\Forum Kit.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; the same terms as the program; shown before installing
LicenseFile=licence-notice.txt

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Forum Kit"; Filename: "{app}\Forum Kit.exe"
Name: "{autodesktop}\Forum Kit"; Filename: "{app}\Forum Kit.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Forum Kit.exe"; Description: "{cm:LaunchProgram,Forum Kit}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; nothing of the user's: vaults and settings are outside {app} and stay
Type: dirifempty; Name: "{app}"
