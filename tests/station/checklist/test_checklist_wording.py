"""The shipped checklists' words fit every item they are asked of: no RMA, one-piece toys."""

from __future__ import annotations

import csv

import pytest

from station.checklist.loading import load_templates
from station.config import RESOURCES

TEMPLATES = load_templates(RESOURCES / "checklists").templates


@pytest.mark.parametrize("category", sorted(TEMPLATES))
def test_the_expected_item_is_named_so_it_fits_a_return_without_rma(category: str) -> None:
    # An unexpected return has no RMA: the inspector chose the product, and the answer must still be true.
    contents = TEMPLATES[category].question("contents")
    text = contents.option("rma_item").text
    assert "expected" in text and "chose" in text, text


def test_a_one_piece_toy_is_not_asked_for_a_200_piece_check() -> None:
    with (RESOURCES / "demo" / "products.csv").open(encoding="utf-8") as handle:
        football = next(r for r in csv.DictReader(handle) if "Football" in r["name"])
    pieces = TEMPLATES[football["category"]].question("pieces_complete")
    assert "pieces" not in pieces.text
    assert pieces.help is not None and pieces.help.startswith("One-piece toys (a ball")
