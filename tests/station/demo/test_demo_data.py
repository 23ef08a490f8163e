"""The committed demo data is complete, consistent, decodable and exactly what the generator makes."""

from __future__ import annotations

import csv
import filecmp
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp
from biip.gs1_messages import GS1Message

REPO = Path(__file__).resolve().parents[3]
DEMO = REPO / "resources" / "demo"
GENERATOR = REPO / "scripts" / "make_demo_data.py"
CATEGORIES = {"electronics", "apparel", "footwear", "home_kitchen", "toys"}
MANIFEST_HEADER = ["file", "format", "expected_text", "rma_number", "note"]


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def gtin_valid(gtin: str) -> bool:
    digits = [int(d) for d in gtin]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits[:-1])))
    return (10 - total % 10) % 10 == digits[-1]


@pytest.fixture(scope="module")
def products() -> list[dict[str, str]]:
    header, rows = read_csv(DEMO / "products.csv")
    assert header == ["sku", "gtin", "name", "category", "price", "image", "serialized"]
    return rows


@pytest.fixture(scope="module")
def rmas() -> list[dict[str, str]]:
    header, rows = read_csv(DEMO / "rmas.csv")
    assert header == ["rma_number", "order_number", "customer", "reason", "purchase_date", "line_no", "sku",
                      "quantity", "expected_serial"]
    return rows


def test_products_cover_five_categories_with_valid_unique_gtins(products: list[dict[str, str]]) -> None:
    assert len(products) >= 40
    per_category = Counter(p["category"] for p in products)
    assert set(per_category) == CATEGORIES
    assert min(per_category.values()) >= 8
    assert len({p["sku"] for p in products}) == len(products)
    assert len({p["gtin"] for p in products}) == len(products)
    for p in products:
        assert re.fullmatch(r"[A-Z]{2}-\d{4}", p["sku"]), p
        assert re.fullmatch(r"\d{13}", p["gtin"]) and gtin_valid(p["gtin"]), p
        assert re.fullmatch(r"\d+\.\d\d", p["price"]), p
        assert p["serialized"] in {"true", "false"}, p
        assert p["image"] == f"catalog/{p['sku']}.jpg"
    assert all(p["serialized"] == "true" for p in products if p["category"] == "electronics")
    assert any(p["serialized"] == "true" for p in products if p["category"] == "home_kitchen")


def test_catalog_images_exist_small_and_distinct(products: list[dict[str, str]]) -> None:
    thumbs = []
    for p in products:
        path = DEMO / p["image"]
        assert path.stat().st_size < 40_000, path
        img = cv2.imread(str(path))
        assert img is not None and img.shape == (480, 480, 3), path
        thumbs.append(cv2.resize(img, (32, 32), interpolation=cv2.INTER_AREA).astype(np.int16))
    # The review screen hints "photo does not match catalog", so no two products may look alike.
    closest = min(np.abs(a - b).mean() for i, a in enumerate(thumbs) for b in thumbs[i + 1:])
    assert closest > 3


def test_rmas_count_numbering_and_lines(rmas: list[dict[str, str]], products: list[dict[str, str]]) -> None:
    numbers = sorted({r["rma_number"] for r in rmas})
    assert numbers == [f"RMA-{n}" for n in range(100001, 100201)]
    lines_per_rma = Counter(r["rma_number"] for r in rmas)
    two_lines = sum(1 for n in lines_per_rma.values() if n == 2)
    assert set(lines_per_rma.values()) <= {1, 2}
    assert 0.08 * 200 <= two_lines <= 0.25 * 200
    by_sku = {p["sku"]: p for p in products}
    reasons = {"Changed my mind", "Arrived damaged", "Does not work", "Wrong size", "Not as described",
               "Wrong item sent", "Unopened, no longer needed"}
    for r in rmas:
        assert r["sku"] in by_sku, r
        assert r["reason"] in reasons, r
        assert "2026-09-01" <= r["purchase_date"] <= "2026-11-20", r
        assert int(r["quantity"]) >= 1
        if by_sku[r["sku"]]["serialized"] == "true":
            assert re.fullmatch(r"SN[A-Z0-9]{10}", r["expected_serial"]), r
        else:
            assert r["expected_serial"] == "", r
    serials = [r["expected_serial"] for r in rmas if r["expected_serial"]]
    assert len(serials) == len(set(serials))
    # One order per RMA, and every line of an RMA agrees on customer, reason and date.
    for number in numbers:
        heads = {(r["order_number"], r["customer"], r["reason"], r["purchase_date"])
                 for r in rmas if r["rma_number"] == number}
        assert len(heads) == 1, number


def test_customers_include_hebrew_and_russian_in_their_own_scripts(rmas: list[dict[str, str]]) -> None:
    customers = {r["customer"] for r in rmas}
    assert any(re.search(r"[\u0590-\u05ff]", c) for c in customers)
    assert any(re.search(r"[\u0400-\u04ff]", c) for c in customers)


def test_users_roles_badges_and_languages() -> None:
    header, users = read_csv(DEMO / "users.csv")
    assert header == ["name", "role", "badge_code", "pin", "language"]
    roles = Counter(u["role"] for u in users)
    assert set(roles) == {"inspector", "lead", "refurb", "admin"}
    assert roles["inspector"] >= 4 and roles["lead"] >= 2 and roles["refurb"] >= 1 and roles["admin"] >= 1
    languages = Counter(u["language"] for u in users)
    assert set(languages) == {"en", "he", "ru"} and languages["he"] == 1 and languages["ru"] == 1
    for u in users:
        assert re.fullmatch(r"BADGE-\d{4}", u["badge_code"]), u
        assert re.fullmatch(r"\d{4}", u["pin"]), u
        badge = cv2.imread(str(DEMO / "badges" / f"{u['badge_code']}.png"), cv2.IMREAD_GRAYSCALE)
        assert [b.text for b in zxingcpp.read_barcodes(badge)] == [u["badge_code"]]


def manifest(folder: str) -> list[dict[str, str]]:
    header, rows = read_csv(DEMO / folder / "manifest.csv")
    assert header == MANIFEST_HEADER
    return rows


def test_clean_labels_decode_to_their_manifest_text(rmas: list[dict[str, str]]) -> None:
    rows = manifest("labels")
    assert len(rows) >= 24
    assert {r["format"] for r in rows} == {"QRCode", "Code128", "DataMatrix"}
    rma_numbers = {r["rma_number"] for r in rmas}
    for row in rows:
        assert row["rma_number"] in rma_numbers
        img = cv2.imread(str(DEMO / "labels" / row["file"]), cv2.IMREAD_GRAYSCALE)
        found = zxingcpp.read_barcodes(img)
        assert [(b.format.name, b.text) for b in found] == [(row["format"], row["expected_text"])], row["file"]
        if row["format"] != "DataMatrix":
            assert row["expected_text"] == row["rma_number"]


def test_gs1_datamatrix_is_really_gs1_and_matches_the_rma_line(
    rmas: list[dict[str, str]], products: list[dict[str, str]]
) -> None:
    gtin_of = {p["sku"]: p["gtin"] for p in products}
    rows = [r for r in manifest("labels") if r["format"] == "DataMatrix"]
    assert rows
    for row in rows:
        img = cv2.imread(str(DEMO / "labels" / row["file"]), cv2.IMREAD_GRAYSCALE)
        (barcode,) = zxingcpp.read_barcodes(img)
        # FNC1 in first position: ]d2 and GS1 content, so readers and biip treat it as element strings.
        assert barcode.content_type == zxingcpp.ContentType.GS1
        assert barcode.symbology_identifier == "]d2"
        plain = zxingcpp.read_barcodes(img, text_mode=zxingcpp.TextMode.Plain)[0].text
        assert plain.startswith("01") and plain[16:18] == "21"
        message = GS1Message.parse_hri(barcode.text)
        gtin = message.element_strings.get(ai="01")
        serial = message.element_strings.get(ai="21")
        assert gtin is not None and serial is not None
        assert gtin.gtin is not None  # biip validated the check digit
        lines = [r for r in rmas if r["rma_number"] == row["rma_number"] and r["expected_serial"] == serial.value]
        assert len(lines) == 1, row
        assert gtin.value == "0" + gtin_of[lines[0]["sku"]]


def camera_frames() -> list[dict[str, str]]:
    return manifest("camera")


def test_camera_frames_look_like_photos() -> None:
    rows = camera_frames()
    assert len(rows) >= 24
    hard = [r for r in rows if r["note"] == "hard"]
    assert 3 <= len(hard) <= len(rows) // 3
    for row in rows:
        img = cv2.imread(str(DEMO / "camera" / row["file"]))
        assert img is not None and img.shape == (720, 1280, 3), row["file"]


@pytest.mark.parametrize("row", [r for r in camera_frames() if r["note"] != "hard"], ids=lambda r: r["file"])
def test_easy_camera_frame_decodes_plainly(row: dict[str, str]) -> None:
    img = cv2.imread(str(DEMO / "camera" / row["file"]))
    texts = [(b.format.name, b.text) for b in zxingcpp.read_barcodes(img)]
    assert (row["format"], row["expected_text"]) in texts


def preprocessed(img: np.ndarray) -> list[np.ndarray]:
    grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(grey)
    out = []
    for c in (clahe, cv2.resize(grey, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC),
              cv2.resize(clahe, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)):
        out += [c, cv2.addWeighted(c, 1.8, cv2.GaussianBlur(c, (0, 0), 2), -0.8, 0)]
    return out


@pytest.mark.parametrize("row", [r for r in camera_frames() if r["note"] == "hard"], ids=lambda r: r["file"])
def test_hard_camera_frame_needs_preprocessing(row: dict[str, str]) -> None:
    img = cv2.imread(str(DEMO / "camera" / row["file"]))
    assert row["expected_text"] not in [b.text for b in zxingcpp.read_barcodes(img)]
    assert any(row["expected_text"] in [b.text for b in zxingcpp.read_barcodes(c)] for c in preprocessed(img))


def test_demo_folder_stays_small() -> None:
    total = sum(p.stat().st_size for p in DEMO.rglob("*") if p.is_file())
    assert total < 8 * 1024 * 1024


def run_generator(out: Path, *flags: str) -> None:
    subprocess.run([sys.executable, str(GENERATOR), "--out", str(out), *flags], check=True, capture_output=True)


def test_generator_is_deterministic_for_tables(tmp_path: Path) -> None:
    run_generator(tmp_path / "a", "--csv-only")
    run_generator(tmp_path / "b", "--csv-only")
    for name in ("products.csv", "rmas.csv", "users.csv"):
        first = (tmp_path / "a" / name).read_bytes()
        assert first == (tmp_path / "b" / name).read_bytes(), name
        assert first == (DEMO / name).read_bytes(), f"{name} is stale: re-run {GENERATOR.name}"


@pytest.mark.slow
def test_generator_reproduces_every_committed_file(tmp_path: Path) -> None:
    # Text files must come out byte for byte. Images are compared by what they carry, not bytes: a newer OpenCV,
    # zxing-cpp or Pillow resamples, encodes and lays out text a little differently (a label's font rendering alone
    # moves its pixels more than a label with another RMA number would), and that is no reason to fail.
    import numpy as np
    import zxingcpp

    run_generator(tmp_path)
    committed = sorted(p.relative_to(DEMO) for p in DEMO.rglob("*") if p.is_file())
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert made == committed
    texts = [str(p) for p in committed if p.suffix in (".csv", ".md")]
    _, mismatch, errors = filecmp.cmpfiles(DEMO, tmp_path, texts, shallow=False)
    assert not mismatch and not errors
    for relative in committed:
        if relative.suffix not in (".png", ".jpg"):
            continue
        ours = cv2.imread(str(DEMO / relative))
        again = cv2.imread(str(tmp_path / relative))
        assert ours is not None and again is not None and ours.shape == again.shape, relative
        codes = sorted(c.text for c in zxingcpp.read_barcodes(ours))
        assert codes == sorted(c.text for c in zxingcpp.read_barcodes(again)), relative
        if not codes:
            # Pictures without a readable code (catalog images, some camera frames): the same picture, give or
            # take resampling; two different frames differ by more than 60 levels.
            assert float(np.abs(ours.astype(np.int16) - again.astype(np.int16)).mean()) < 3.0, relative
