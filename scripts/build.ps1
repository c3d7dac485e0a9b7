# Build the one-folder bundle dist\Thuisplan on Windows (PyInstaller cannot cross-compile:
# build on Windows for Windows) and check it from another folder, offscreen: the self-test,
# then one start of the GUI that reports on its first window and quits. Both run through
# thuisplan-cli.exe, the console twin of the windowed Thuisplan.exe, so that they print.
#   .\scripts\build.ps1
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
& "$PSScriptRoot\bootstrap.ps1" -Mode build
Set-Location $root

$watch = [Diagnostics.Stopwatch]::StartNew()
& .venv\Scripts\python.exe -m PyInstaller build.spec --noconfirm --log-level WARN
if ($LASTEXITCODE) { exit $LASTEXITCODE }
$seconds = [int]$watch.Elapsed.TotalSeconds

$bundle = Join-Path $root "dist\Thuisplan"
$cli = Join-Path $bundle "thuisplan-cli.exe"
$elsewhere = Join-Path ([IO.Path]::GetTempPath()) ("thuisplan-check-" + [guid]::NewGuid())
New-Item -ItemType Directory $elsewhere | Out-Null
Push-Location $elsewhere   # resources must come from the bundle, never the working directory
$failed = 0
try {
    $env:QT_QPA_PLATFORM = "offscreen"
    Write-Host "Zelftest van de bundel (vanuit $elsewhere):"
    $env:THUISPLAN_DATA_DIR = Join-Path $elsewhere "selftest-data"
    & $cli --selftest
    $failed = $LASTEXITCODE
    if (-not $failed) {
        Write-Host "Venster starten (offscreen, als bij een eerste start):"
        $env:THUISPLAN_GUI_CHECK = "1"
        $env:THUISPLAN_DATA_DIR = Join-Path $elsewhere "gui-data"
        $env:THUISPLAN_SETTINGS_DIR = Join-Path $elsewhere "gui-settings"
        & $cli
        $failed = $LASTEXITCODE
    }
} finally {
    Pop-Location
    foreach ($name in "QT_QPA_PLATFORM", "THUISPLAN_GUI_CHECK", "THUISPLAN_DATA_DIR", "THUISPLAN_SETTINGS_DIR") {
        Remove-Item "Env:$name" -ErrorAction SilentlyContinue
    }
    Remove-Item -Recurse -Force $elsewhere -ErrorAction SilentlyContinue
}
if ($failed) { exit $failed }

$size = (Get-ChildItem $bundle -Recurse -File | Measure-Object Length -Sum).Sum / 1MB
Write-Host ("Bundel: {0} ({1:N0} MB), gebouwd in {2} s." -f $bundle, $size, $seconds)
