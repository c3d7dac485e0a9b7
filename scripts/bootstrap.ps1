# Windows counterpart of bootstrap.sh: a .venv with the packages from pyproject.toml,
# reinstalled only when pyproject.toml changed.
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
$venv = Join-Path $root ".venv"
if (-not (Test-Path (Join-Path $venv "Scripts\python.exe"))) {
    Write-Host "Thuisplan: virtuele omgeving maken in .venv"
    py -3 -m venv $venv
}
$stamp = Join-Path $venv ".thuisplan-installed"
$wanted = (Get-FileHash (Join-Path $root "pyproject.toml") -Algorithm SHA256).Hash
if (-not (Test-Path $stamp) -or (Get-Content $stamp) -ne $wanted) {
    Write-Host "Thuisplan: Python-pakketten installeren"
    & (Join-Path $venv "Scripts\python.exe") -m pip install --quiet --upgrade pip
    & (Join-Path $venv "Scripts\python.exe") -m pip install --quiet -e "$root[test]"
    Set-Content -Path $stamp -Value $wanted
}
