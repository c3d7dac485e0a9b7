# Set up (first time) and run every check on Windows. Arguments go to pytest.
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
& "$PSScriptRoot\scripts\bootstrap.ps1"
$env:QT_QPA_PLATFORM = "offscreen"
& .venv\Scripts\ruff.exe check app tests scripts; if ($LASTEXITCODE) { exit $LASTEXITCODE }
& .venv\Scripts\lint-imports.exe; if ($LASTEXITCODE) { exit $LASTEXITCODE }
& .venv\Scripts\mypy.exe; if ($LASTEXITCODE) { exit $LASTEXITCODE }
& .venv\Scripts\python.exe -m pytest @args
exit $LASTEXITCODE
