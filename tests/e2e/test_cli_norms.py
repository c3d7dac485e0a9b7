"""`thuisplan norms`: show the vision's norm set, choose another, see what it changes."""

from __future__ import annotations

import hashlib

import pytest

from tests.e2e.test_cli import thuisplan


@pytest.fixture
def run(tmp_path, data_dir):
    return lambda *args: thuisplan(*args, cwd=tmp_path, data_dir=data_dir)


def _new(run, *extra: str):
    return run(
        "new", "regio.thuisplan", "--name", "Visie", "--municipalities", "GM0503,GM0518",
        "--start", "2025", "--end", "2027", *extra,
    )  # fmt: skip


def test_show_compare_and_switch(run):
    """A new vision follows the 2023 set and hears of the law; --compare lists what the law
    changes without changing the file; --set switches."""
    assert _new(run).returncode == 0
    shown = run("norms", "regio.thuisplan")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Normenset: Voortgangsbrief (2023)")
    assert "Let op: Er is een nieuwere normenset" in shown.stdout
    assert "Streven aandeel sociale huurwoningen in de woningvoorraad: 30 %" in shown.stdout
    compared = run("norms", "regio.thuisplan", "--compare", "wet_regie_2026")
    assert compared.returncode == 0, compared.stderr
    goal = "Streven aandeel sociale huurwoningen in de woningvoorraad"
    assert f"{goal}: 30 % · per gemeente -> geen" in compared.stdout
    assert "nieuwe urgentiecategorie: Dakloze gezinnen met kinderen" in compared.stdout
    assert run("norms", "regio.thuisplan").stdout == shown.stdout  # nothing changed
    switched = run("norms", "regio.thuisplan", "--set", "wet_regie_2026")
    assert switched.returncode == 0, switched.stderr
    assert switched.stdout.startswith("Normenset: Wet versterking regie volkshuisvesting")
    assert "Streven aandeel sociale huurwoningen in de woningvoorraad: geen" in switched.stdout
    assert "Let op" not in switched.stdout


def test_an_unknown_set_is_refused_and_the_file_unchanged(run, tmp_path):
    """A set code that does not exist: a Dutch line naming the sets, exit 1, same bytes."""
    assert _new(run).returncode == 0
    path = tmp_path / "regio.thuisplan"
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for option in ("--set", "--compare"):
        result = run("norms", "regio.thuisplan", option, "wet_2099")
        assert result.returncode == 1
        assert "Onbekende normenset: 'wet_2099'. Kies uit: programma_2022" in result.stderr
        assert "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    refused = _new(run, "--norm-set", "wet_2099")
    assert refused.returncode == 1 and "Onbekende normenset" in refused.stderr


def test_new_with_a_norm_set(run):
    """`new --norm-set programma_2022` follows the 2022 set from the start."""
    result = _new(run, "--norm-set", "programma_2022")
    assert result.returncode == 0, result.stderr
    shown = run("norms", "regio.thuisplan").stdout
    assert shown.startswith("Normenset: Programma Een thuis voor iedereen (2022)")
    assert "Minimaal aandeel sociale huur in de nieuwbouw: geen" in shown
    assert "Sociaal en medisch urgenten" in shown
