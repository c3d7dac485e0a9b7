"""`thuisplan template`, `import` and `export` end to end, as separate processes."""

from __future__ import annotations

import openpyxl
import pytest

from tests.e2e.test_cli import thuisplan
from tests.unit.xlsx_helpers import file_hash


@pytest.fixture
def run(tmp_path, data_dir):
    return lambda *args: thuisplan(*args, cwd=tmp_path, data_dir=data_dir)


@pytest.fixture
def demo_file(run, tmp_path):
    """The example vision, made through the CLI."""
    assert run("demo", "demo.thuisplan").returncode == 0
    return tmp_path / "demo.thuisplan"


def _fill(path, sheet_name, cell, value):
    workbook = openpyxl.load_workbook(path)
    workbook[sheet_name][cell] = value
    workbook.save(path)


def test_template_then_import_dry_run_and_for_real(run, demo_file, tmp_path):
    """template writes the workbook; import --dry-run shows old -> new without saving;
    import saves it."""
    result = run("template", "demo.thuisplan", "uitvraag.xlsx")
    assert result.returncode == 0, result.stderr
    _fill(tmp_path / "uitvraag.xlsx", "Woonbehoefte", "E2", 4321)
    before = file_hash(demo_file)
    dry = run("import", "demo.thuisplan", "uitvraag.xlsx", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "-> 4.321" in dry.stdout and "proefrun, niets opgeslagen" in dry.stdout
    assert file_hash(demo_file) == before
    real = run("import", "demo.thuisplan", "uitvraag.xlsx")
    assert real.returncode == 0 and "1 wijziging(en) ingelezen" in real.stdout
    again = run("import", "demo.thuisplan", "uitvraag.xlsx", "--dry-run")
    assert "0 wijziging(en)" in again.stdout


def test_template_per_municipality_then_import_two_of_them(run, demo_file, tmp_path):
    """template --per-gemeente makes a folder of workbooks, one per municipality; two filled
    ones are read in together."""
    result = run("template", "demo.thuisplan", "uitvraag", "--per-gemeente")
    assert result.returncode == 0, result.stderr
    assert "9 uitvraag-werkboeken gemaakt" in result.stdout
    _fill(tmp_path / "uitvraag" / "Uitvraag Delft.xlsx", "Woonbehoefte", "E2", 4321)
    _fill(tmp_path / "uitvraag" / "Uitvraag Wassenaar.xlsx", "Woonbehoefte", "E2", 1234)
    real = run(
        "import",
        "demo.thuisplan",
        "uitvraag/Uitvraag Delft.xlsx",
        "uitvraag/Uitvraag Wassenaar.xlsx",
    )
    assert real.returncode == 0, real.stdout
    assert "2 wijziging(en) ingelezen" in real.stdout


def test_import_of_a_bad_workbook_reports_and_exits_1(run, demo_file, tmp_path):
    """A workbook with text in a number cell: the cell reported on stderr (the README's
    promise for user errors), exit 1, file unchanged."""
    run("template", "demo.thuisplan", "uitvraag.xlsx")
    _fill(tmp_path / "uitvraag.xlsx", "Woonbehoefte", "F3", "veel")
    _fill(tmp_path / "uitvraag.xlsx", "Woonbehoefte", "E2", 4321)
    before = file_hash(demo_file)
    result = run("import", "demo.thuisplan", "uitvraag.xlsx")
    assert result.returncode == 1
    assert "blad Woonbehoefte, regel 3, kolom F (2026) [veel]" in result.stderr
    assert "Niets ingelezen uit uitvraag.xlsx" in result.stderr
    assert "veel" not in result.stdout and "0 wijziging(en) ingelezen" in result.stdout
    assert "Traceback" not in result.stderr
    assert file_hash(demo_file) == before


def test_import_refuses_a_formula_anywhere_on_stderr(run, demo_file, tmp_path):
    """A =HYPERLINK(...) in the municipality-name column, a column Thuisplan does not read:
    refused on stderr with sheet and cell, exit 1, the vision byte-identical."""
    run("template", "demo.thuisplan", "uitvraag.xlsx")
    _fill(tmp_path / "uitvraag.xlsx", "Woonbehoefte", "B3", '=HYPERLINK("https://x.nl","Delft")')
    _fill(tmp_path / "uitvraag.xlsx", "Woonbehoefte", "E2", 4321)
    before = file_hash(demo_file)
    result = run("import", "demo.thuisplan", "uitvraag.xlsx")
    assert result.returncode == 1
    assert "blad Woonbehoefte, regel 3, kolom B" in result.stderr
    assert "Cel B3 bevat een formule" in result.stderr
    assert "formule" not in result.stdout and "Traceback" not in result.stderr
    assert file_hash(demo_file) == before


def test_import_of_a_non_xlsx_file(run, demo_file, tmp_path):
    """A non-xlsx file is refused in Dutch on stderr with exit 1 and no traceback."""
    (tmp_path / "brief.xlsx").write_text("Beste collega,")
    result = run("import", "demo.thuisplan", "brief.xlsx")
    assert result.returncode == 1
    assert "is geen Excel-werkmap" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_word_excel_and_agreements(run, demo_file, tmp_path):
    """export writes the vision, the annex and one agreements document per partner."""
    (tmp_path / "afspraken").mkdir()
    result = run(
        "export",
        "demo.thuisplan",
        "--docx",
        "visie.docx",
        "--xlsx",
        "bijlage.xlsx",
        "--agreements-dir",
        "afspraken",
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "visie.docx").stat().st_size > 20_000
    assert openpyxl.load_workbook(tmp_path / "bijlage.xlsx").sheetnames[0] == "Overzicht"
    assert len(list((tmp_path / "afspraken").glob("Prestatieafspraken *.docx"))) >= 5


def test_export_without_libreoffice_says_how_word_adds_the_page_numbers(run, demo_file):
    """Without LibreOffice (turned off for the tests) the vision is written and stderr says
    that its contents have no page numbers, why, and how Word adds them; exit 0."""
    result = run("export", "demo.thuisplan", "--docx", "visie.docx")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Geschreven: ")
    assert result.stderr == (
        "thuisplan: De inhoudsopgave heeft geen paginanummers: LibreOffice is niet gevonden. "
        "In Word zet u ze erbij: klik met de rechtermuisknop op de inhoudsopgave en kies "
        "'Veld bijwerken', 'Hele inhoudsopgave bijwerken'.\n"
    )


def test_export_errors_are_dutch(run, demo_file, tmp_path):
    """No output chosen, a missing folder or a bad template: Dutch message, exit 1."""
    assert "kies ten minste één" in run("export", "demo.thuisplan").stderr
    missing = run("export", "demo.thuisplan", "--docx", "nergens/v.docx")
    assert missing.returncode == 1 and "bestaat niet" in missing.stderr
    (tmp_path / "eigen.docx").write_text("x")
    bad = run("export", "demo.thuisplan", "--docx", "v.docx", "--template", "eigen.docx")
    assert bad.returncode == 1 and "geen bruikbaar Word-document" in bad.stderr
    assert "Traceback" not in bad.stderr + missing.stderr


def test_agreements_dir_is_made_when_new(run, demo_file, tmp_path):
    """--agreements-dir names a folder that does not exist yet: it is made, documents land."""
    result = run("export", "demo.thuisplan", "--agreements-dir", "afspraken/2026")
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "afspraken" / "2026").glob("*.docx"))) == 8


PROGRAMME = "Volkshuisvestingsprogramma {} - aandachtsgroepen.docx"


def test_programme_dir_writes_one_chapter_per_municipality(run, demo_file, tmp_path):
    """--programme-dir (a new folder is made) writes the nine chapters, each with its own
    municipality's title; a second run refuses to replace them (exit 1, files unchanged)
    until --replace is given."""
    import docx

    result = run("export", "demo.thuisplan", "--programme-dir", "programma")
    assert result.returncode == 0, result.stderr
    chapters = sorted((tmp_path / "programma").glob("*.docx"))
    assert len(chapters) == 9 and result.stdout.count("Geschreven:") == 9
    delft = tmp_path / "programma" / PROGRAMME.format("Delft")
    titles = [p.text for p in docx.Document(str(delft)).paragraphs[:2]]
    assert titles == ["Volkshuisvestingsprogramma Delft", "Hoofdstuk wonen voor aandachtsgroepen"]
    before = file_hash(delft)
    again = run("export", "demo.thuisplan", "--programme-dir", "programma")
    assert again.returncode == 1 and "Er is niets geschreven" in again.stderr
    assert "Traceback" not in again.stderr and file_hash(delft) == before
    replaced = run("export", "demo.thuisplan", "--programme-dir", "programma", "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert len(list((tmp_path / "programma").iterdir())) == 9


def test_programme_dir_that_is_a_file(run, demo_file, tmp_path):
    """--programme-dir naming a file: a Dutch message, exit 1, the file unchanged."""
    (tmp_path / "programma").write_bytes(b"geen map")
    result = run("export", "demo.thuisplan", "--programme-dir", "programma")
    assert result.returncode == 1 and "is een bestand, geen map" in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "programma").read_bytes() == b"geen map"
