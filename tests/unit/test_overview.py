"""The overview over many visions: figures as each vision's own summary has them, groups
matched by label, unknown outside a plan period, shared municipalities named, refused files
listed with their reason, no file changed, one file at a time."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from app.services.analysis import analyse
from app.services.errors import Cancelled
from app.services.overview import RefusedFile, build_overview, expand, group_key
from app.services.overview_json import overview_data
from app.services.summary import summary_data
from app.storage import open_project_file
from tests.unit import hostile_projects
from tests.unit.overview_visions import OWN_GROUP

FIXTURES = Path(__file__).parents[1] / "fixtures"


def digests(folder: Path) -> dict[str, str]:
    """Every file in `folder` (and below) by name, with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def own_summary(path: Path) -> dict:
    with open_project_file(path, readonly=True) as project, project.snapshot() as view:
        return summary_data(analyse(view))


def summed(items: list[dict], field: str) -> int | None:
    """The sum of `field`, None when any item's is (as the overview must add up)."""
    values = [item[field] for item in items]
    return None if not values or None in values else sum(values)


def test_each_vision_matches_its_own_summary(visions):
    """Per vision, group and year: need, capacity, gap, shortage and surplus are the sums
    over the vision's municipalities in its own summary; the totals the sums over its plan
    period; a year outside the period is unknown, never 0."""
    overview = overview_data(build_overview(visions[:3]))
    assert overview["years"] == list(range(2024, 2033))
    for item in overview["visions"]:
        summary = own_summary(Path(item["file"]))
        period = range(summary["vision"]["start_year"], summary["vision"]["end_year"] + 1)
        own = {g["target_group"] for g in summary["gaps"]}
        for group in item["target_groups"]:
            gaps = [
                g
                for g in summary["gaps"]
                if group_key(g["target_group"]) == group_key(group["target_group"])
            ]
            assert group["in_vision"] == bool(gaps)
            for year in group["years"]:
                cells = [g for g in gaps if g["year"] == year["year"]]
                assert year["in_period"] == (year["year"] in period)
                for field in ("need", "capacity", "gap", "shortage", "surplus"):
                    expected = summed(cells, field) if year["in_period"] else None
                    assert year[field] == expected, (item["file"], group, year, field)
            if gaps:
                assert group["total"] == {f: summed(gaps, f) for f in group["total"]}
        assert len(own) == sum(g["in_vision"] for g in item["target_groups"])


def test_known_figures_are_really_known(visions):
    """The comparison above is not vacuous: West's Statushouders are known every year and
    Noord's Ouderen over its period, and a year outside a period is null, not 0."""
    data = overview_data(build_overview(visions[:3]))
    west, oost, noord = data["visions"]
    statushouders = next(g for g in west["target_groups"] if g["target_group"] == "Statushouders")
    known = [y for y in statushouders["years"] if y["in_period"]]
    assert [y["year"] for y in known] == [2025, 2026, 2027, 2028]
    assert all(isinstance(y["gap"], int) for y in known)
    outside = next(y for y in statushouders["years"] if y["year"] == 2030)
    assert outside == {
        "year": 2030,
        "in_period": False,
        **dict.fromkeys(("need", "capacity", "gap", "shortage", "surplus")),
    }
    ouderen = next(g for g in noord["target_groups"] if g["target_group"] == "Ouderen")
    assert ouderen["total"]["need"] > 0


def test_groups_are_matched_by_label(visions):
    """The own group is matched across visions whatever its case and spacing; a group that
    only some visions have says in which."""
    data = overview_data(build_overview(visions[:3]))
    groups = {g["target_group"]: g for g in data["target_groups"]}
    own = groups[OWN_GROUP]
    assert own["visions"] == [str(visions[0]), str(visions[1])]
    assert own["in_all_visions"] is False
    assert groups["Statushouders"]["in_all_visions"] is True
    assert groups["Woonwagenbewoners"]["visions"] == [str(visions[1])]
    assert groups["Ouderen"]["visions"] == [str(visions[0]), str(visions[2])]
    oost = data["visions"][1]
    ouderen = next(g for g in oost["target_groups"] if g["target_group"] == "Ouderen")
    assert ouderen["in_vision"] is False and ouderen["total"] is None
    assert all(y["need"] is None for y in ouderen["years"])
    labels = [g["target_group"] for g in data["target_groups"]]
    assert labels.index("Dak- en thuisloze mensen") < labels.index("Ouderen")
    assert labels[-1] == OWN_GROUP  # the own group after the standard ones


def test_a_municipality_in_two_visions_is_flagged(visions):
    """Delft is in West and Oost: named once, with both files, and beside it in each."""
    data = overview_data(build_overview(visions[:3]))
    assert data["shared_municipalities"] == [
        {
            "municipality_code": "GM0503",
            "name": "Delft",
            "visions": [str(visions[0]), str(visions[1])],
        }
    ]
    west = data["visions"][0]
    delft = next(m for m in west["municipalities"] if m["municipality_code"] == "GM0503")
    assert delft["also_in"] == [str(visions[1])]
    hague = next(m for m in west["municipalities"] if m["municipality_code"] == "GM0518")
    assert hague["also_in"] == []


def test_a_broken_file_is_listed_and_the_rest_still_shown(visions):
    """The file that is not a vision is listed with its Dutch reason, in its place."""
    overview = build_overview([visions[3], *visions[:3]])
    assert [v.path for v in overview.visions] == visions[:3]
    assert overview.refused == (
        RefusedFile(visions[3], "'kapot.thuisplan' is geen Thuisplan-bestand."),
    )
    assert overview.entries[0] is overview.refused[0]


def test_the_social_rent_tests_per_region(visions):
    """Per municipality the counts are those of the vision's own summary; the region's test
    runs on the summed figures (West: social rent and planned construction entered)."""
    data = overview_data(build_overview(visions[:3]))
    for item in data["visions"]:
        own = own_summary(Path(item["file"]))["social_rent"]
        counts = item["social_rent"]["municipality_counts"]
        for field, found in counts.items():
            answers = [m[field] for m in own]
            assert found == {
                "true": answers.count(True),
                "false": answers.count(False),
                "unknown": answers.count(None),
            }
        assert item["social_rent"]["municipalities"] == len(own)
        # the region's test is the vision's own, object for object
        assert item["social_rent"]["region"] == own_summary(Path(item["file"]))["region"]
    west = data["visions"][0]["social_rent"]["region"]
    # planned 7,200 of which 1,900 social and 2,900 middle: 4,800 / 7,200 affordable
    affordable = west["affordable_new_build_share"]
    assert affordable["share"] == pytest.approx(4800 / 7200, abs=1e-4)
    assert affordable["meets_norm"] is True
    noord = data["visions"][2]["social_rent"]["region"]["affordable_new_build_share"]
    assert noord["share"] is None  # no planned construction entered
    assert "geplande nieuwbouw" in str(noord["missing"])


def test_the_region_share_is_the_summed_stock(visions):
    """The region's current share is its social rent stock over its stock, from the figures
    the vision holds."""
    from app.models import BaselineIndicator
    from app.services.municipalities import list_municipalities

    with open_project_file(visions[0], readonly=True) as project:
        found = list_municipalities(project)
    social = sum(m.value(BaselineIndicator.SOCIAL_RENT_DWELLINGS) for m in found)
    dwellings = sum(m.value(BaselineIndicator.DWELLINGS) for m in found)
    region = overview_data(build_overview(visions[:1]))["visions"][0]["social_rent"]["region"]
    assert region["social_rent_current_share"]["share"] == pytest.approx(
        social / dwellings, abs=1e-4
    )


def test_agreement_statuses_as_entered(visions):
    """Oost's agreements with their status per year, as typed; none in the others."""
    data = overview_data(build_overview(visions[:3]))
    west, oost, noord = data["visions"]
    assert west["agreements"] == noord["agreements"] == []
    flex, regional = oost["agreements"]
    assert flex["municipality"] == "Rijswijk (ZH.)"
    assert group_key(flex["target_group"]) == group_key(OWN_GROUP)
    assert [(y["year"], y["target"], y["status"]) for y in flex["years"]] == [
        (2027, 20.0, "realised"),
        (2028, 20.0, "behind"),
    ]
    assert regional["municipality"] is None
    assert [(y["year"], y["status_label"]) for y in regional["years"]] == [(2028, "Op schema")]


def test_no_file_is_changed(visions, tmp_path):
    """Reading the visions, an older version's file and a file whose last write a crash
    interrupted changes no byte and leaves nothing beside them (no lock, no journal, no
    upgrade); the older file and the interrupted one are still read."""
    from tests.unit.test_crash_states import crash_mid_write

    folder = visions[0].parent
    shutil.copyfile(FIXTURES / "schema_v1.thuisplan", folder / "oud.thuisplan")
    interrupted = folder / "onderbroken.thuisplan"
    shutil.copyfile(visions[1], interrupted)
    crash_mid_write(interrupted)
    before = digests(folder)
    overview = build_overview([folder])
    assert digests(folder) == before
    read = {v.path.name: v for v in overview.visions}
    assert {"oud.thuisplan", "onderbroken.thuisplan"} <= set(read)
    assert read["onderbroken.thuisplan"].title == "Woonzorgvisie Oost"  # not 'HALF'
    assert [r.path.name for r in overview.refused] == ["kapot.thuisplan"]


def test_hostile_files_are_refused_with_their_reason(visions, tmp_path):
    """Every crafted file of the hostile corpus is listed with the reason opening gives,
    a newer version's file too, none of them is changed, and the sound vision is shown."""
    folder = tmp_path / "vijandig"
    folder.mkdir()
    corpus = hostile_projects.make_corpus(visions[2], folder)
    newer = folder / "nieuwer.thuisplan"
    shutil.copyfile(visions[2], newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    shutil.copyfile(visions[0], folder / "goed.thuisplan")
    before = digests(folder)
    overview = build_overview([folder])
    assert digests(folder) == before
    assert [v.path.name for v in overview.visions] == ["goed.thuisplan"]
    reasons = {r.path.name: r.reason for r in overview.refused}
    for name, path in corpus.items():
        assert hostile_projects.EXPECTED[name] in reasons[path.name], name
    assert "nieuwere versie" in reasons["nieuwer.thuisplan"]


def test_folders_and_paths_that_give_nothing(tmp_path, visions):
    """A folder without visions, a path that does not exist and a file given twice (once
    through its folder): each said once; other files in the folder are not read."""
    empty = tmp_path / "leeg"
    empty.mkdir()
    (visions[0].parent / "notities.txt").write_text("geen visie")
    items = expand([empty, tmp_path / "weg.thuisplan", visions[0], visions[0].parent])
    assert items[0] == RefusedFile(empty, f"In de map '{empty}' staat geen .thuisplan-bestand.")
    assert items[1] == tmp_path / "weg.thuisplan"
    assert items[2:] == [visions[0], visions[3], visions[2], visions[1]]  # by name, once
    overview = build_overview([tmp_path / "weg.thuisplan"])
    assert overview.visions == () and overview.years == ()
    assert "bestaat niet" in overview.refused[0].reason


def test_progress_and_cancel(visions):
    """Progress counts the files read; a cancel before the next file stops with Cancelled."""
    reported: list[tuple[int, int, str]] = []
    build_overview(visions, progress=lambda *args: reported.append(args))
    assert [(done, total) for done, total, _ in reported] == [(n, 4) for n in range(5)]
    assert reported[0][2] == "west.thuisplan lezen"
    asked = []

    def cancel_after_two() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        build_overview(visions, is_cancelled=cancel_after_two)
    assert len(asked) == 3


def test_memory_does_not_grow_with_the_number_of_files(visions, tmp_path):
    """One file at a time, keeping only a small summary: reading ten visions holds not much
    more memory than reading two, and what each keeps is small (tracemalloc)."""
    folder = tmp_path / "tien"
    folder.mkdir()
    for n in range(10):
        shutil.copyfile(visions[0], folder / f"visie-{n:02}.thuisplan")
    files = sorted(folder.iterdir())
    build_overview(files[:1])  # modules and caches loaded before measuring

    def measure(paths: list[Path]) -> tuple[int, int]:
        tracemalloc.start()
        try:
            overview = build_overview(paths)
            current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert len(overview.visions) == len(paths)
        return current, peak

    two_current, two_peak = measure(files[:2])
    ten_current, ten_peak = measure(files)
    per_file = (ten_current - two_current) / 8
    print(
        f"kept per file: {per_file / 1024:.0f} KiB; peak 2: {two_peak >> 10} KiB, "
        f"10: {ten_peak >> 10} KiB"
    )
    assert per_file < 32 * 1024
    assert ten_peak < two_peak + 8 * 32 * 1024


def test_adding_to_an_overview_reads_only_the_new_files(visions, monkeypatch):
    """An overview grows: the files it has are kept, not read again, in their order."""
    from app.services import overview as service

    first = build_overview(visions[:2])
    read: list[Path] = []
    original = service.read_entry

    def counting(path: Path):
        read.append(path)
        return original(path)

    monkeypatch.setattr(service, "read_entry", counting)
    grown = build_overview([visions[1], visions[0].parent], previous=first)
    assert read == [visions[3], visions[2]]  # kapot, noord: by name, the others known
    assert [e.path for e in grown.entries] == [visions[0], visions[1], visions[3], visions[2]]
    assert [s.code for s in grown.shared] == ["GM0503"]
