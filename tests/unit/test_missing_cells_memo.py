"""The missing cells an analysis reports are remembered per municipality x group x woonvorm:
later questions with other filters give what a fresh analysis gives."""

from __future__ import annotations

from app.services.analysis import analyse


def test_remembered_missing_cells_equal_a_fresh_analysis(project):
    """Asking with one filter first does not change the answer to another filter."""
    with project.snapshot() as view:
        warm, fresh = analyse(view), analyse(view)
    years = warm.figures.years
    groups = [g.id for g in warm.figures.groups]
    everything = warm.missing_cells()
    assert everything  # a new vision has no figures yet
    questions = [
        {"years": years[:1]},
        {"years": years[1:], "group_ids": groups[:2]},
        {"municipality_ids": [warm.figures.municipalities[0].id]},
        {},
    ]
    for question in questions:
        assert warm.missing_cells(**question) == fresh.missing_cells(**question)
    assert warm.missing_cells() == everything
    one = warm.figures.groups[0]
    kind = one.housing_types[0]
    assert warm.missing_cells(housing_type=kind) == fresh.missing_cells(housing_type=kind)
