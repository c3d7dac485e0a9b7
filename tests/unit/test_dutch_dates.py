"""Dates typed the Dutch way are read, stored as ISO text (old files still read) and
shown the Dutch way; anything else is refused with a Dutch message, nothing changed."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services import agreements, municipalities, norms
from app.services.dutch_dates import (
    DutchDate,
    day_text,
    long_date,
    parse_date,
    read_stored,
    short_date,
    stored_date,
)
from app.services.errors import ValidationError

ACCEPTED = [
    ("31-12-2030", "2030-12-31"),
    ("31/12/2030", "2030-12-31"),
    ("31.12.2030", "2030-12-31"),
    ("1-2-2030", "2030-02-01"),
    ("31 december 2030", "2030-12-31"),
    ("31 December 2030", "2030-12-31"),
    ("31 dec 2030", "2030-12-31"),
    ("31 dec. 2030", "2030-12-31"),
    ("1 mrt 2026", "2026-03-01"),
    ("  7   maart  2026 ", "2026-03-07"),
    ("29-02-2028", "2028-02-29"),
    ("2030-12-31", "2030-12-31"),  # the ISO form files have always held
    ("12-2030", "2030-12"),
    ("december 2030", "2030-12"),
    ("2030-12", "2030-12"),
    ("2030", "2030"),  # a year-only deadline stays a year
    ("", ""),
    ("   ", ""),
]


@pytest.mark.parametrize(("typed", "stored"), ACCEPTED)
def test_each_accepted_form_is_stored_as_iso(typed, stored):
    """Every accepted way of writing a date gives the same stored ISO text."""
    assert stored_date(typed) == stored


REFUSED = [
    ("volgend jaar", "is geen datum"),
    ("31-02-2030", "februari 2030 heeft 28 dagen"),
    ("29-02-2030", "februari 2030 heeft 28 dagen"),
    ("32 december 2030", "december 2030 heeft 31 dagen"),
    ("0-1-2030", "januari 2030 heeft 31 dagen"),
    ("2030-13", "geen bestaande maand"),
    ("13-2030", "geen bestaande maand"),
    ("31-12-30", "schrijf het jaar"),
    ("31 dec 30", "schrijf het jaar"),
    ("31 smarch 2030", "is geen datum"),
    ("31-12/2030", "is geen datum"),
    ("2030-12-31T10:00", "is geen datum"),
    ("1850", "ligt niet tussen 1900 en 2200"),
    ("٢٠٣٠", "is geen datum"),  # Arabic-Indic digits: int() would read them
    ("2" * 60, "te lang"),
]


@pytest.mark.parametrize(("typed", "reason"), REFUSED)
def test_bad_dates_are_refused_in_dutch(typed, reason):
    """A text that is no (existing) date is refused with a Dutch reason naming the field."""
    with pytest.raises(ValidationError) as caught:
        parse_date(typed, "De deadline")
    assert reason in caught.value.message
    assert caught.value.message.startswith("De deadline")


@pytest.mark.parametrize("value", [None, 2030, 31.12, ["2030"], True])
def test_other_types_are_refused(value):
    """Only text and dates are dates."""
    with pytest.raises(ValidationError, match="moet een datum zijn"):
        parse_date(value)


def test_python_dates_are_read_too():
    """A date object (from a date picker or a spreadsheet) is a day."""
    assert stored_date(dt.date(2030, 12, 31)) == "2030-12-31"
    assert stored_date(dt.datetime(2030, 12, 31, 15, 30)) == "2030-12-31"


@pytest.mark.parametrize(
    ("stored", "long", "short"),
    [
        ("2030-12-31", "31 december 2030", "31-12-2030"),
        ("2026-03-07", "7 maart 2026", "07-03-2026"),
        ("2030-05", "mei 2030", "05-2030"),
        ("2030", "2030", "2030"),
        ("", "", ""),
        ("najaar 2023", "najaar 2023", "najaar 2023"),  # text an old version let through
    ],
)
def test_stored_dates_are_shown_dutch(stored, long, short):
    """Documents show '31 december 2030', tables and editors '31-12-2030', never ISO."""
    assert long_date(stored) == long
    assert short_date(stored) == short


@settings(max_examples=300)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_every_shown_date_reads_back_as_the_same_day(day):
    """What Thuisplan shows, typed back, is the same day (no day/month swap anywhere)."""
    iso = day.isoformat()
    assert stored_date(short_date(iso)) == iso
    assert stored_date(long_date(iso)) == iso
    assert read_stored(iso).as_date() == day
    assert day_text(day) == long_date(iso)


def test_month_and_year_have_no_day():
    """A month or a year is no day: no `date` for it."""
    assert DutchDate(2030, 12).as_date() is None and DutchDate(2030).as_date() is None


def _raw_deadline(project, agreement_id: int) -> str:
    with sqlite3.connect(project.path) as connection:
        return connection.execute(
            "SELECT deadline FROM agreement WHERE id = ?", (agreement_id,)
        ).fetchone()[0]


def test_agreement_deadline_typed_dutch_is_stored_iso(project):
    """The deadline is typed as 31-12-2030 or 31 december 2030 and stored as 2030-12-31, so
    files of older versions (which hold ISO text) and newer ones read the same."""
    agreement = agreements.add_agreement(project, "Woningen", deadline="31-12-2030")
    assert agreement.deadline == "2030-12-31"
    assert _raw_deadline(project, agreement.id) == "2030-12-31"
    agreements.update_agreement(project, agreement.id, deadline="1 juli 2027")
    assert _raw_deadline(project, agreement.id) == "2027-07-01"
    agreements.update_agreement(project, agreement.id, deadline="2028")
    assert _raw_deadline(project, agreement.id) == "2028"


def test_bad_deadline_changes_nothing(project):
    """A refused deadline leaves the stored one exactly as it was."""
    agreement = agreements.add_agreement(project, "Woningen", deadline="2030-12-31")
    before = project.path.read_bytes()
    for bad in ("31-02-2030", "eind volgend jaar", "31-12-30"):
        with pytest.raises(ValidationError, match="De deadline"):
            agreements.update_agreement(project, agreement.id, deadline=bad)
    assert project.path.read_bytes() == before
    assert _raw_deadline(project, agreement.id) == "2030-12-31"


def test_reference_dates_are_dates_too(project):
    """A peildatum of a norm or a baseline figure is read the same way."""
    norms.set_norm(project, "social_rent_goal", 0.3, reference_date="1 januari 2024")
    goal = next(n for n in norms.list_norms(project) if n.code == "social_rent_goal")
    assert goal.reference_date == "2024-01-01"
    figure = municipalities.set_baseline(
        project, "GM0503", "inhabitants", 100_000, reference_date="31-12-2024"
    )
    assert figure.reference_date == "2024-12-31"
    with pytest.raises(ValidationError, match="De peildatum"):
        norms.set_norm(project, "social_rent_goal", 0.3, reference_date="gisteren")
