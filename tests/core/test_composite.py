import pytest

from ventral.composite import build_tree, roll_up

BENCHMARKS = [
    {"identifier": "A.V1-rdm", "region": "V1", "kind": "neural-rdm", "has_ceiling": True},
    {"identifier": "B.V4-pls", "region": "V4", "kind": "neural-regression", "has_ceiling": True},
    {"identifier": "C.IT-rdm", "region": "IT", "kind": "neural-rdm", "has_ceiling": True},
    {"identifier": "D.IT-rdm", "region": "IT", "kind": "neural-rdm", "has_ceiling": True},
    {"identifier": "Kiani.IT-rdm", "region": "IT", "kind": "neural-rdm", "has_ceiling": False},
    {"identifier": "Apublic.V1-rdm", "region": "V1", "kind": "neural-rdm-selection", "has_ceiling": True},
    {"identifier": "E-error_consistency", "region": "behavior", "kind": "behavior", "has_ceiling": True},
    {"identifier": "F-judgments", "region": "behavior", "kind": "behavior", "has_ceiling": True},
]


def test_tree_leaves_exclude_uncieled_and_selection():
    values = build_tree(BENCHMARKS).flatten()
    assert "Kiani.IT-rdm" not in values
    assert "Apublic.V1-rdm" not in values
    assert "V2" not in values
    assert set(values) >= {"average", "neural", "behavior", "V1", "V4", "IT", "E-error_consistency"}


def test_roll_up_means_and_clipping():
    tree = roll_up(build_tree(BENCHMARKS), {
        "A.V1-rdm": 0.5, "B.V4-pls": 1.4, "C.IT-rdm": 0.2, "D.IT-rdm": -0.3,
        "E-error_consistency": 0.6, "F-judgments": 0.2})
    values = tree.flatten()
    assert values["B.V4-pls"] == 1.0
    assert values["D.IT-rdm"] == 0.0
    assert values["IT"] == pytest.approx(0.1)
    assert values["neural"] == pytest.approx((0.5 + 1.0 + 0.1) / 3)
    assert values["behavior"] == pytest.approx(0.4)
    assert values["average"] == pytest.approx(((0.5 + 1.0 + 0.1) / 3 + 0.4) / 2)


def test_missing_child_counts_zero():
    values = roll_up(build_tree(BENCHMARKS), {"A.V1-rdm": 0.6, "C.IT-rdm": 0.4, "D.IT-rdm": None,
                                              "E-error_consistency": float("nan")}).flatten()
    assert values["B.V4-pls"] is None
    assert values["V4"] is None
    assert values["IT"] == pytest.approx(0.2)
    assert values["neural"] == pytest.approx((0.6 + 0 + 0.2) / 3)
    assert values["behavior"] is None
    assert values["average"] == pytest.approx(((0.6 + 0.2) / 3) / 2)


def test_all_missing_gives_missing_root():
    values = roll_up(build_tree(BENCHMARKS), {}).flatten()
    assert values["average"] is None
    assert values["neural"] is None


def test_unknown_region_is_rejected():
    with pytest.raises(ValueError, match="'V9'"):
        build_tree([{"identifier": "X", "region": "V9", "kind": "neural-rdm", "has_ceiling": True}])
