"""Gap calculations against figures worked out by hand."""

from app.services.calculations.gaps import Gap, compute_gaps, cumulative, total


def test_gap_is_need_minus_capacity():
    """A need of 12 against a capacity of 5 is a shortage of 7 and no surplus."""
    gap = Gap(need=12, capacity=5)
    assert (gap.gap, gap.shortage, gap.surplus) == (7, 7, 0)


def test_surplus_is_reported_as_surplus():
    """Capacity 9 against need 4: gap -5, a surplus of 5."""
    gap = Gap(need=4, capacity=9)
    assert (gap.gap, gap.shortage, gap.surplus) == (-5, 0, 5)


def test_unknown_input_gives_unknown_gap_and_says_what_is_missing():
    """No capacity entered: the gap is unknown, not equal to the need."""
    gap = Gap(need=10, capacity=None)
    assert gap.gap is None and gap.shortage is None and gap.surplus is None
    assert gap.missing == ("aanbod",)
    assert Gap(None, None).missing == ("woonbehoefte", "aanbod")


def test_zero_is_a_known_value():
    """Entered zeros are figures: need 0, capacity 0 is a gap of 0."""
    assert Gap(0, 0).gap == 0


def test_surplus_in_one_municipality_does_not_hide_shortage_in_another():
    """A: need 10, cap 4 (short 6); B: need 3, cap 8 (surplus 5). Region: short 6, surplus 5."""
    gaps = compute_gaps({"A": 10, "B": 3}, {"A": 4, "B": 8}, ["A", "B"])
    region = total(gaps.values())
    assert (region.need, region.capacity) == (13, 12)
    assert (region.shortage, region.surplus, region.gap) == (6, 5, 1)
    assert region.complete


def test_a_total_with_an_unknown_cell_is_unknown_not_the_sum_of_the_known_ones():
    """A: 10-4; B: need 3 entered, capacity not. All need is known (13); capacity,
    shortage, surplus and gap are unknown, never A's 4 and 6; one cell unknown."""
    gaps = compute_gaps({"A": 10, "B": 3}, {"A": 4}, ["A", "B"])
    region = total(gaps.values())
    assert region.values == (13, None, None, None, None)
    assert (region.unknown, region.cells, region.complete) == (1, 2, False)


def test_combining_totals_equals_the_total_of_all_cells():
    """Totals of parts add up to the total of the cells, unknown included."""
    from app.services.calculations.gaps import combine

    cells = [Gap(10, 4), Gap(3, 8), Gap(5, None), Gap(None, 2), Gap(0, 0)]
    assert combine([total(cells[:2]), total(cells[2:])]) == total(cells)
    assert combine([total(cells[:2]), total(cells[4:])]) == total([*cells[:2], cells[4]])


def test_keys_without_any_figures_are_unknown():
    """A key asked for but never entered is an unknown cell."""
    gaps = compute_gaps({}, {}, [("GM1", 1, 2025)])
    assert gaps[("GM1", 1, 2025)].gap is None


def test_cumulative_runs_over_years_and_stops_at_an_unknown_year():
    """Gaps 5, -2, 4 accumulate to 5, 3, 7; after an unknown year the sum is unknown."""
    assert cumulative([5, -2, 4]) == [5, 3, 7]
    assert cumulative([5, None, 4]) == [5, None, None]
    assert cumulative([]) == []


def test_combine_equals_the_total_of_all_cells():
    """Totals of random runs of cells (unknown need or capacity among them) combine to the
    total of all the cells at once, whatever the split."""
    import random

    from app.services.calculations.gaps import combine

    rng = random.Random(19)
    for _ in range(200):
        cells = [
            Gap(rng.choice([None, 0, rng.randint(0, 50)]), rng.choice([None, rng.randint(0, 50)]))
            for _ in range(rng.randint(0, 12))
        ]
        cuts = sorted(rng.choices(range(len(cells) + 1), k=3))
        runs = [cells[a:b] for a, b in zip([0, *cuts], [*cuts, len(cells)], strict=True)]
        assert combine(total(run) for run in runs) == total(cells)
