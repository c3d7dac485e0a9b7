# Windows counterpart of bootstrap.sh: a .venv with the packages from pyproject.toml,
# reinstalled only when pyproject.toml changed.
#   .\scripts\bootstrap.ps1 [-Mode test|gui|build]
# build: also PyInstaller for the bundle; once installed it stays, also for test.
param([ValidateSet("test", "gui", "build")][string]$Mode = "test")
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
$venv = Join-Path $root ".venv"
$python = Join-Path $venv "Scripts\python.exe"
if (-not (Test-Path $python)) {
    Write-Host "Thuisplan: virtuele omgeving maken in .venv"
    py -3 -m venv $venv
}
$stamp = Join-Path $venv ".thuisplan-installed"
$buildStamp = Join-Path $venv ".thuisplan-build-installed"
$wanted = (Get-FileHash (Join-Path $root "pyproject.toml") -Algorithm SHA256).Hash
$extras = "test"
if ($Mode -eq "build" -or (Test-Path $buildStamp)) { $extras = "test,build" }
function Read-Stamp($path) { if (Test-Path $path) { (Get-Content $path) } else { "" } }
$stale = (Read-Stamp $stamp) -ne $wanted
if ($extras -eq "test,build" -and (Read-Stamp $buildStamp) -ne $wanted) { $stale = $true }
if ($stale) {
    Write-Host "Thuisplan: Python-pakketten installeren ($extras)"
    & $python -m pip install --quiet --upgrade pip
    & $python -m pip install --quiet -e "$root[$extras]"
    if ($LASTEXITCODE) { exit $LASTEXITCODE }
    Set-Content -Path $stamp -Value $wanted
    if ($extras -eq "test,build") { Set-Content -Path $buildStamp -Value $wanted }
}
