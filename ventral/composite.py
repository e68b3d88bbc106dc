"""The Brain-Score composite: benchmarks rolled up into a tree of unweighted means.

Tree: average -> {neural -> {V1, V2, V4, IT}, behavior}. A leaf is one scoring
benchmark's ceiled score clipped to [0, 1]. Each parent is the unweighted mean of
its children, where a child without a score counts as 0. A parent whose children
are all missing is itself missing (None). Benchmarks without a ceiling stay out of the tree.
Only regions that have at least one benchmark in the tree become nodes, so a region
without data (V2 here) does not pull the neural mean down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

NEURAL_REGIONS = ("V1", "V2", "V4", "IT")


@dataclass
class Node:
    """A node of the composite tree: a benchmark leaf when `benchmark` is set, else the mean of `children`."""

    name: str
    children: list["Node"] = field(default_factory=list)
    benchmark: str | None = None
    value: float | None = None

    def to_dict(self) -> dict:
        entry: dict = {"name": self.name, "value": self.value}
        if self.benchmark is not None:
            entry["benchmark"] = self.benchmark
        if self.children:
            entry["children"] = [child.to_dict() for child in self.children]
        return entry

    def flatten(self) -> dict[str, float | None]:
        """Return node name -> value for every inner node and leaf."""
        values = {self.name: self.value}
        for child in self.children:
            values.update(child.flatten())
        return values


def build_tree(benchmarks: list[dict]) -> Node:
    """Build the tree from benchmark descriptions (`identifier`, `region`, `kind`, `has_ceiling`).

    `kind` starting with "behavior" puts a benchmark under `behavior`; others go under
    their region. Benchmarks with has_ceiling False and selection benchmarks
    (kind ending in "-selection") are left out.
    """
    regions: dict[str, list[Node]] = {region: [] for region in NEURAL_REGIONS}
    behavior: list[Node] = []
    for item in sorted(benchmarks, key=lambda entry: entry["identifier"]):
        if not item.get("has_ceiling", True) or str(item.get("kind", "")).endswith("-selection"):
            continue
        leaf = Node(name=item["identifier"], benchmark=item["identifier"])
        if str(item.get("kind", "")).startswith("behavior"):
            behavior.append(leaf)
        elif item.get("region") in regions:
            regions[item["region"]].append(leaf)
        else:
            raise ValueError(f"benchmark {item['identifier']!r} has region {item.get('region')!r}; "
                             f"expected one of {NEURAL_REGIONS} or a behavioral kind")
    neural = Node("neural", [Node(region, leaves) for region, leaves in regions.items() if leaves])
    children = [node for node in (neural, Node("behavior", behavior)) if node.children]
    return Node("average", children)


def clip01(value: float) -> float:
    return min(1.0, max(0.0, value))


def roll_up(tree: Node, ceiled: dict[str, float | None]) -> Node:
    """Fill every node's value from benchmark id -> ceiled score (None or NaN: missing); returns the tree."""
    _fill(tree, ceiled)
    return tree


def _fill(node: Node, ceiled: dict[str, float | None]) -> float | None:
    if node.benchmark is not None:
        value = ceiled.get(node.benchmark)
        node.value = None if value is None or math.isnan(value) else clip01(value)
        return node.value
    child_values = [_fill(child, ceiled) for child in node.children]
    if not child_values or all(value is None for value in child_values):
        node.value = None
    else:
        node.value = sum(0.0 if value is None else value for value in child_values) / len(child_values)
    return node.value
