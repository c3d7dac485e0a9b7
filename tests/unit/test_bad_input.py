"""Bad values everywhere a user types: property-based (hypothesis). Every generated bad
input is refused with a DomainError carrying a Dutch message, and the database is exactly
as it was (a dump of all its data, and the file's bytes, compared)."""

from __future__ import annotations

import hashlib
import math
import sqlite3
from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import BaselineIndicator, CapacityKind, HousingType, PartnerKind
from app.services import agreements, figures, measures, municipalities, partners
from app.services.errors import DomainError, ValidationError
from app.services.figures import Cell, CellChange
from app.services.reference_data import normalise_code
from app.services.validation import MAX_BASELINE, MAX_QUANTITY, parse_quantity
from app.storage.inspection import connect_read_only

CODES = ("GM0503", "GM0518", "GM0603")
YEARS = (2025, 2026, 2027)  # the `project` fixture's plan period
GROUPS = tuple(range(1, 11))  # the ten standard groups
RULE = ("GM0603", 4)  # an allocation rule: its capacity row is computed, not typed
EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Words a Dutch message is built from; an English library message would have none.
DUTCH = (
    "geen", "niet", "is ", "valt", "komt", "hoort", "bestaat", "mag", "moet", "onbekend",
    "vul", "te lang", "onwaarschijnlijk", "tussen", "verwacht", "negatief", "wordt",
)  # fmt: skip


# Letters, digits, symbols: text that stays as long as it is after the services strip it.
VISIBLE = st.characters(blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp"))


def state(project) -> tuple[str, str]:
    """A fingerprint of everything in the file: a dump of all data, and the bytes."""
    conn = connect_read_only(project.path)
    try:
        dump = "\n".join(conn.iterdump())
    finally:
        conn.close()
    data = hashlib.sha256(dump.encode()).hexdigest()
    return data, hashlib.sha256(project.path.read_bytes()).hexdigest()


def assert_refused(call, counts: Counter, kind: str) -> None:
    """`call` raises a DomainError with a Dutch message; count it under `kind`."""
    with pytest.raises(DomainError) as caught:
        call()
    message = str(caught.value)
    assert message and "Traceback" not in message
    assert any(word in message.lower() for word in DUTCH), message
    counts[kind] += 1


# -- generated bad values ----------------------------------------------------------------


def bad_quantities(maximum: int = MAX_QUANTITY) -> st.SearchStrategy[tuple[str, object]]:
    """(kind, value) pairs of values that are no acceptable count."""
    return st.one_of(
        st.tuples(st.just("text"), st.text(max_size=20)),
        st.tuples(st.just("decimal"), st.floats(0, maximum).filter(lambda f: not f.is_integer())),
        st.tuples(st.just("negative"), st.integers(max_value=-1)),
        st.tuples(st.just("negative"), st.floats(max_value=-0.5, allow_infinity=False)),
        st.tuples(st.just("huge"), st.integers(min_value=maximum + 1)),
        st.tuples(st.just("huge"), st.floats(min_value=maximum + 1, allow_infinity=False)),
        st.tuples(st.just("nan/inf"), st.sampled_from([math.nan, math.inf, -math.inf])),
        st.tuples(st.just("other type"), st.one_of(
            st.booleans(), st.decimals(), st.fractions(), st.complex_numbers(),
            st.just(b"12"), st.just([12]),
        )),
    )  # fmt: skip


def bad_years() -> st.SearchStrategy[tuple[str, object]]:
    return st.one_of(
        st.tuples(st.just("year outside"), st.integers().filter(lambda y: y not in YEARS)),
        st.tuples(
            st.just("year not a number"),
            st.one_of(st.sampled_from(["2026", 2026.0, True, None, Decimal(2026)]), st.text()),
        ),
    )


def unknown_codes() -> st.SearchStrategy[tuple[str, object]]:
    known = set(CODES)
    return st.tuples(
        st.just("unknown municipality"),
        st.one_of(st.text(max_size=12), st.from_regex(r"GM\d{4}", fullmatch=True)).filter(
            lambda code: normalise_code(code) not in known
        ),
    )


def ids() -> st.SearchStrategy[int]:
    """Row ids as the interface passes them: any 64-bit integer (SQLite's range)."""
    return st.integers(-(2**63), 2**63 - 1)


def unknown_groups() -> st.SearchStrategy[tuple[str, object]]:
    return st.tuples(st.just("unknown group"), ids().filter(lambda g: g not in GROUPS))


def good_changes() -> st.SearchStrategy[list[CellChange]]:
    cell = st.builds(
        Cell,
        st.sampled_from(CODES[:2]),
        st.sampled_from(GROUPS),
        st.sampled_from(list(HousingType)),
        st.sampled_from(YEARS),
        st.one_of(st.none(), st.sampled_from(list(CapacityKind))),
    )
    quantity = st.one_of(st.none(), st.integers(0, MAX_QUANTITY))
    return st.lists(st.builds(CellChange, cell, quantity), max_size=8, unique_by=lambda c: c.cell)


def bad_change(valid: list[CellChange]) -> st.SearchStrategy[tuple[str, CellChange]]:
    """One change that must sink the whole block, of a generated kind."""
    base = Cell("GM0503", 1, HousingType.ROOM, 2026)

    options = [
        bad_quantities().map(lambda kv: (kv[0], CellChange(base, kv[1]))),
        bad_years().map(lambda kv: (kv[0], CellChange(_replace(base, year=kv[1]), 1))),
        unknown_codes().map(
            lambda kv: (kv[0], CellChange(_replace(base, municipality_code=kv[1]), 1))
        ),
        unknown_groups().map(lambda kv: (kv[0], CellChange(_replace(base, group_id=kv[1]), 1))),
        st.text(max_size=15)
        .filter(lambda t: t not in set(HousingType))
        .map(lambda t: ("unknown housing type", CellChange(_replace(base, housing_type=t), 1))),
        st.text(max_size=15)
        .filter(lambda t: t not in set(CapacityKind))
        .map(lambda t: ("unknown capacity kind", CellChange(_replace(base, kind=t), 1))),
        st.just(
            (
                "computed cell",
                CellChange(
                    Cell(
                        RULE[0],
                        RULE[1],
                        HousingType.INDEPENDENT_REGULAR,
                        2026,
                        CapacityKind.ALLOCATION,
                    ),
                    5,
                ),
            )
        ),  # fmt: skip
    ]
    if valid:
        options.append(
            st.sampled_from(valid).map(lambda c: ("duplicate cell", CellChange(c.cell, 1)))
        )
    return st.one_of(options)


def _replace(cell: Cell, **fields) -> Cell:
    from dataclasses import replace

    return replace(cell, **fields)


@pytest.fixture
def rule_project(project):
    """The test vision with an allocation rule and some figures and partners entered."""
    figures.set_allocation_rule(project, RULE[0], RULE[1], 25)
    municipalities.set_vacancies(project, RULE[0], 2026, 40)
    figures.set_cells(
        project,
        [CellChange(Cell(code, 1, HousingType.ROOM, 2026), 3) for code in CODES],
    )
    partners.add_partner(project, "Woonstichting", PartnerKind.HOUSING_CORPORATION)
    return project


def test_set_cells_refuses_every_bad_block_whole(rule_project):
    """A block with one bad change anywhere (bad count, year, municipality, group, housing
    type, kind, a duplicate, a computed cell) is refused as a whole; nothing changes."""
    project, counts = rule_project, Counter()
    before = state(project)

    @EXAMPLES
    @given(data=st.data())
    def check(data):
        valid = data.draw(good_changes())
        kind, bad = data.draw(bad_change(valid))
        position = data.draw(st.integers(0, len(valid)))
        block = [*valid[:position], bad, *valid[position:]]
        assert_refused(lambda: figures.set_cells(project, block), counts, kind)
        assert state(project) == before

    check()
    print("set_cells refused:", dict(counts))
    assert len(counts) >= 8


def test_set_baseline_refuses_bad_values(rule_project):
    """Baseline figures: bad counts (up to 10 million allowed), unknown municipalities,
    over-long source or date texts."""
    project, counts = rule_project, Counter()
    before = state(project)
    indicators = st.sampled_from(list(BaselineIndicator))

    @EXAMPLES
    @given(
        case=st.one_of(
            st.tuples(st.just(None), bad_quantities(MAX_BASELINE)),
            st.tuples(st.just("code"), unknown_codes()),
            st.tuples(st.just("source"), st.tuples(
                st.just("source too long"), st.text(VISIBLE, min_size=501, max_size=600),
            )),
            st.tuples(st.just("reference_date"), st.tuples(
                st.just("date too long"), st.text(VISIBLE, min_size=51, max_size=80),
            )),
        ),
        indicator=indicators,
    )  # fmt: skip
    def check(case, indicator):
        where, (kind, value) = case
        args = {"code": "GM0503", "value": 12, "source": "", "reference_date": ""}
        args["value" if where is None else where] = value
        call = lambda: municipalities.set_baseline(  # noqa: E731
            project,
            args["code"],
            indicator,
            args["value"],
            source=args["source"],
            reference_date=args["reference_date"],
        )
        assert_refused(call, counts, kind)
        assert state(project) == before

    check()
    print("set_baseline refused:", dict(counts))


def test_set_vacancies_refuses_bad_values(rule_project):
    """Vacancies: bad counts, years outside the plan period, unknown municipalities; the
    allocation rule that follows them stays as it was."""
    project, counts = rule_project, Counter()
    before = state(project)

    @EXAMPLES
    @given(
        case=st.one_of(
            st.tuples(st.just("count"), bad_quantities()),
            st.tuples(st.just("year"), bad_years()),
            st.tuples(st.just("code"), unknown_codes()),
        )
    )
    def check(case):
        where, (kind, value) = case
        args = {"code": RULE[0], "year": 2026, "count": 10, where: value}
        call = lambda: municipalities.set_vacancies(  # noqa: E731
            project, args["code"], args["year"], args["count"]
        )
        assert_refused(call, counts, kind)
        assert state(project) == before

    check()
    print("set_vacancies refused:", dict(counts))


def bad_shares() -> st.SearchStrategy[tuple[str, object]]:
    return st.one_of(
        st.tuples(st.just("share below 0"), st.floats(max_value=-0.001, allow_infinity=False)),
        st.tuples(st.just("share above 100"), st.floats(min_value=100.001, allow_infinity=False)),
        st.tuples(st.just("nan/inf"), st.sampled_from([math.nan, math.inf, -math.inf])),
        st.tuples(st.just("other type"), st.one_of(st.text(), st.booleans(), st.decimals())),
    )


def test_set_allocation_rule_refuses_bad_values(rule_project):
    """Allocation shares outside 0-100 %, NaN, text; unknown groups, municipalities and
    housing types."""
    project, counts = rule_project, Counter()
    before = state(project)

    @EXAMPLES
    @given(
        case=st.one_of(
            st.tuples(st.just("share"), bad_shares()),
            st.tuples(st.just("group"), unknown_groups()),
            st.tuples(st.just("code"), unknown_codes()),
            st.tuples(
                st.just("housing"),
                st.tuples(
                    st.just("unknown housing type"),
                    st.text(max_size=15).filter(lambda t: t not in set(HousingType)),
                ),
            ),
        )
    )
    def check(case):
        where, (kind, value) = case
        args = {"code": RULE[0], "group": RULE[1], "share": 30.0, "housing": "room", where: value}
        call = lambda: figures.set_allocation_rule(  # noqa: E731
            project, args["code"], args["group"], args["share"], args["housing"]
        )
        assert_refused(call, counts, kind)
        assert state(project) == before

    check()
    print("set_allocation_rule refused:", dict(counts))


def bad_typed_quantities() -> st.SearchStrategy[tuple[str, str]]:
    """Text as typed or pasted into a grid cell that is not a count."""
    return st.one_of(
        st.tuples(st.just("decimal"), st.from_regex(r"-?\d{1,6}[.,]\d{1,2}", fullmatch=True)
                  .filter(lambda t: not _thousands(t))),
        st.tuples(st.just("negative"), st.integers(max_value=-1).map(str)),
        st.tuples(st.just("huge"), st.integers(MAX_QUANTITY + 1, 10**30).map(str)),
        st.tuples(st.just("huge"), st.integers(4301, 6000).map(lambda n: "9" * n)),
        st.tuples(st.just("text"), st.text(min_size=1).filter(_not_a_count)),
        st.tuples(st.just("nan/inf"), st.sampled_from(["NaN", "nan", "inf", "-Infinity", "1e5"])),
    )  # fmt: skip


def _thousands(text: str) -> bool:
    import re

    return bool(re.fullmatch(r"\d{1,3}(\.\d{3})+", text))


def _not_a_count(text: str) -> bool:
    try:
        parse_quantity(text)
    except ValidationError:
        return True
    except Exception:
        return True  # anything else is a failure the test must see
    return False


@EXAMPLES
@given(case=bad_typed_quantities())
def test_parse_quantity_refuses_what_is_not_a_count(case):
    """Typed text that is no whole count from 0 up to a million raises ValidationError."""
    kind, text = case
    with pytest.raises(ValidationError) as caught:
        parse_quantity(text)
    assert any(word in str(caught.value).lower() for word in DUTCH)


@EXAMPLES
@given(text=st.text())
def test_parse_quantity_never_crashes(text):
    """Any text at all gives a count in range, None for blank, or a ValidationError."""
    try:
        value = parse_quantity(text)
    except ValidationError:
        return
    assert value is None if not text.strip() else 0 <= value <= MAX_QUANTITY


def test_agreements_refuse_bad_input(rule_project):
    """Agreements: empty or over-long descriptions, bad numbers, bad deadlines, unknown
    partners, municipalities and groups, target years outside the plan period."""
    project, counts = rule_project, Counter()
    partner = partners.list_partners(project)[0].id
    existing = agreements.add_agreement(project, "Bestaand", party_ids=[partner]).id
    before = state(project)
    bad_number = st.one_of(
        st.tuples(st.just("nan/inf"), st.sampled_from([math.nan, math.inf, -math.inf])),
        st.tuples(st.just("huge"), st.floats(min_value=1.01e9, allow_infinity=False)),
        st.tuples(st.just("other type"), st.one_of(st.text(), st.booleans(), st.decimals())),
    )
    case = st.one_of(
        st.tuples(st.just("description"), st.one_of(
            st.tuples(st.just("empty"), st.text(alphabet=" \t\n", max_size=5)),
            st.tuples(st.just("too long"), st.text(VISIBLE, min_size=5001, max_size=5100)),
            st.tuples(st.just("other type"), st.one_of(st.none(), st.integers())),
        )),
        st.tuples(st.just("baseline"), bad_number),
        st.tuples(st.just("deadline"), st.tuples(
            st.just("bad deadline"),
            st.text(VISIBLE, min_size=1, max_size=30).filter(lambda t: not _deadline_ok(t)),
        )),
        st.tuples(st.just("party_ids"), st.tuples(
            st.just("unknown partner"),
            st.lists(ids().filter(lambda i: i != partner), min_size=1, max_size=3),
        )),
        st.tuples(st.just("owner_partner_id"), st.tuples(
            st.just("unknown partner"), ids().filter(lambda i: i != partner),
        )),
        st.tuples(st.just("municipality_code"), unknown_codes().filter(lambda kv: kv[1])),
        st.tuples(st.just("group_id"), unknown_groups()),
        st.tuples(st.just("targets"), st.one_of(
            bad_years().map(lambda kv: (kv[0], {kv[1]: 5})),
            bad_number.map(lambda kv: (kv[0], {2026: kv[1]})),
        )),
    )  # fmt: skip

    @EXAMPLES
    @given(case=case, update=st.booleans())
    def check(case, update):
        field, (kind, value) = case
        if update and field != "targets":
            call = lambda: agreements.update_agreement(project, existing, **{field: value})  # noqa: E731
        else:
            fields = {"description": "Nieuwe afspraak", field: value}
            call = lambda: agreements.add_agreement(project, **fields)  # noqa: E731
        assert_refused(call, counts, kind)
        assert state(project) == before

    @EXAMPLES
    @given(
        case=st.one_of(
            st.tuples(st.just("year"), bad_years()),
            st.tuples(st.just("target"), bad_number),
            st.tuples(st.just("realised"), bad_number),
            st.tuples(st.just("status"), st.tuples(
                st.just("unknown status"), st.text().filter(lambda t: t not in _statuses()),
            )),
            st.tuples(st.just("agreement"), st.tuples(
                st.just("unknown agreement"), ids().filter(lambda i: i != existing),
            )),
        )
    )  # fmt: skip
    def check_year(case):
        where, (kind, value) = case
        args = {"agreement": existing, "year": 2026, "target": 1.0, where: value}
        extra = {k: args[k] for k in ("target", "realised", "status") if k in args}
        call = lambda: agreements.set_agreement_year(  # noqa: E731
            project, args["agreement"], args["year"], **extra
        )
        assert_refused(call, counts, kind)
        assert state(project) == before

    check()
    check_year()
    print("agreements refused:", dict(counts))


def _deadline_ok(text: str) -> bool:
    """Whether `text` is a date the deadline accepts (31-12-2030, 31 december 2030, ...)."""
    from app.services.dutch_dates import parse_date
    from app.services.errors import ValidationError

    try:
        parse_date(text)
    except ValidationError:
        return False
    return True


def _statuses() -> set[str]:
    from app.models import AgreementStatus

    return {s.value for s in AgreementStatus}


def test_measures_refuse_bad_input(rule_project):
    """Measures: unknown actielijnen, empty or over-long text, years outside the period."""
    project, counts = rule_project, Counter()
    existing = measures.add_measure(project, 1, "Bestaand").id
    before = state(project)

    @EXAMPLES
    @given(
        case=st.one_of(
            st.tuples(st.just("line"), st.tuples(
                st.just("unknown line"),
                st.one_of(st.integers().filter(lambda i: i not in (1, 2, 3, 4)),
                          st.text().filter(lambda t: t.strip() not in ("1", "2", "3", "4"))),
            )),
            st.tuples(st.just("description"), st.one_of(
                st.tuples(st.just("empty"), st.text(alphabet=" \t\n", max_size=5)),
                st.tuples(st.just("too long"), st.text(VISIBLE, min_size=5001, max_size=5100)),
            )),
            st.tuples(st.just("owner"), st.tuples(
                st.just("too long"), st.text(VISIBLE, min_size=201, max_size=260)
            )),
            st.tuples(st.just("year"), bad_years().filter(lambda kv: kv[1] not in (None, ""))),
        ),
        update=st.booleans(),
    )  # fmt: skip
    def check(case, update):
        where, (kind, value) = case
        args = {"line": 1, "description": "Nieuwe maatregel", "owner": "", "year": 2026}
        args[where] = value
        if update:
            call = lambda: measures.update_measure(  # noqa: E731
                project, existing, description=args["description"], owner=args["owner"],
                year=args["year"], line=args["line"],
            )  # fmt: skip
        else:
            call = lambda: measures.add_measure(  # noqa: E731
                project, args["line"], args["description"], args["owner"], args["year"]
            )
        assert_refused(call, counts, kind)
        assert state(project) == before

    check()
    print("measures refused:", dict(counts))


def test_fingerprint_sees_a_change(rule_project):
    """The comparison is not blind: a real edit changes the fingerprint."""
    before = state(rule_project)
    municipalities.set_vacancies(rule_project, RULE[0], 2027, 3)
    assert state(rule_project)[0] != before[0]
    conn = sqlite3.connect(rule_project.path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


@pytest.mark.parametrize("code", ["²", "GM²", "٣", "GM٠٥٠٣"])
def test_codes_with_other_digits_are_unknown_not_a_crash(project, code):
    """'²' counts as a digit to str.isdigit but not to int(): such a code is an unknown
    municipality with a Dutch message, never a ValueError (typed, pasted or imported)."""
    assert normalise_code(code) == code.upper()
    with pytest.raises(DomainError, match="hoort niet bij deze woonzorgvisie"):
        figures.set_need(project, Cell(code, 1, HousingType.ROOM, 2026), 5)
