# Set up (first time) and start Thuisplan on Windows. Arguments go to the program.
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
& "$PSScriptRoot\scripts\bootstrap.ps1"
& "$PSScriptRoot\.venv\Scripts\thuisplan.exe" @args
exit $LASTEXITCODE
