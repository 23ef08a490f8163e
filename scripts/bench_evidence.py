"""Benchmark of the photo evidence checks: accuracy on tests/data/photos and on real photographs made worse
(tests/data/real_photos), and time per 12 MP photo vs cv2.imread.

`.venv/bin/python scripts/bench_evidence.py [--repeat N]`. Accuracy uses the thresholds that ship (settings
defaults). Time: the demo photos are upscaled to 4000×3000 JPEGs in a temporary folder, then each check is timed
on them next to a bare `cv2.imread` of the same file, measured in the same run.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402

from station.config import PhotoThresholds  # noqa: E402
from station.evidence import phash, quality, similarity  # noqa: E402
from station.evidence.checks import CheckRequest, check_file  # noqa: E402
from station.evidence.working_image import read_for_checks  # noqa: E402

PHOTOS = ROOT / "tests" / "data" / "photos"
REAL = ROOT / "tests" / "data" / "real_photos"
CATALOG = ROOT / "resources" / "demo" / "catalog"
CAMERA = ROOT / "resources" / "demo" / "camera"
GATE_CHECKS = ("blur", "dark", "bright", "glare", "cut_off", "small")
# A fault made into a photo is caught when the gate names any of these problems for it.
CAUGHT_AS = {"blur": {"blur"}, "dark": {"dark"}, "bright": {"bright", "clipped"}, "glare": {"glare", "broad_glare"},
             "cut_off": {"cut_off"}, "small": {"small"}}


def _manifest() -> list[dict[str, str]]:
    with (PHOTOS / "manifest.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _row(name: str, tp: int, positives: int, fp: int, negatives: int, note: str = "") -> str:
    return f"{name:<24} {tp:>3}/{positives:<4} {fp:>4}/{negatives:<5} {note}"


def accuracy() -> list[str]:
    rows = _manifest()
    limits = PhotoThresholds()
    lines = [f"{'check':<24} {'TP/pos':<8} {'FP/neg':<10} note", "-" * 72]
    # Good photos: item photos without a fault and their copies, the catalog images, the demo label frames (two of
    # which, frame_005 and frame_023, are dim, flat "hard" frames: a "dark" there is right, yet counted as false).
    good = [PHOTOS / r["file"] for r in rows if r["problem"] == "" and r["kind"] in ("item", "duplicate")]
    good += sorted(CATALOG.glob("*.jpg")) + sorted(CAMERA.glob("*.jpg"))
    faulty = [(PHOTOS / r["file"], r["problem"]) for r in rows if r["problem"]]
    found: dict[Path, tuple[str, ...]] = {}
    for path in good + [p for p, _ in faulty]:
        whole = path.parent == PHOTOS  # the derived item photos are whole-item photos; labels and catalog are not
        found[path] = quality.check_quality(read_for_checks(path).bgr, limits, whole_item=whole).problems
    for check in GATE_CHECKS:
        names = CAUGHT_AS[check]
        positives = [p for p, problem in faulty if problem == check]
        tp = sum(bool(names & set(found[p])) for p in positives)
        fp_paths = [p for p in good if names & set(found[p])]
        lines.append(_row(check, tp, len(positives), len(fp_paths), len(good),
                          ", ".join(p.name for p in fp_paths + [p for p in positives if not names & set(found[p])])))
    gate_tp = sum(bool(found[p]) for p, _ in faulty)
    gate_fp = [p for p in good if found[p]]
    lines.append(_row("gate: any problem", gate_tp, len(faulty), len(gate_fp), len(good),
                      ", ".join(p.name for p in gate_fp)))

    # Near duplicates: each copy against its source; negatives are every pair of different photos.
    hashes = {r["file"]: phash.phash(read_for_checks(PHOTOS / r["file"]).bgr) for r in rows}
    dups = [(r["file"], r["source"]) for r in rows if r["kind"] == "duplicate"]
    tp = sum(phash.is_near_duplicate(hashes[a], hashes[b]) for a, b in dups)
    distinct = [r["file"] for r in rows if r["kind"] in ("item", "unrelated") and r["problem"] in ("", "cut_off",
                                                                                                    "small")]
    pairs = list(itertools.combinations(distinct, 2))
    fp_pairs = [(a, b) for a, b in pairs if phash.is_near_duplicate(hashes[a], hashes[b])]
    same_item = [(f"{s}-good.jpg", f"{s}-other.jpg") for s in {r["sku"] for r in rows if r["sku"]}]
    same_fp = sum(phash.is_near_duplicate(hashes[a], hashes[b]) for a, b in same_item)
    lines.append(_row("near duplicate (pHash)", tp, len(dups), len(fp_pairs), len(pairs),
                      f"same item, other photo: {same_fp}/{len(same_item)} called duplicates"))
    catalog = {p.stem: phash.phash(read_for_checks(p).bgr) for p in sorted(CATALOG.glob("*.jpg"))}
    catalog_pairs = list(itertools.combinations(catalog, 2))
    catalog_fp = [f"{a}~{b}" for a, b in catalog_pairs if phash.is_near_duplicate(catalog[a], catalog[b])]
    lines.append(_row("  catalog drawings", 0, 0, len(catalog_fp), len(catalog_pairs),
                      "recoloured drawings on white: " + ", ".join(catalog_fp[:6])))

    # Wrong-item hint: a clean item photo against its own catalog image must not be clearly low (a false
    # positive); against every other product's image it should be (a true positive).
    features = {sku: similarity.catalog_features(CATALOG / f"{sku}.jpg") for sku in catalog}
    own_low, wrong_low, wrong_total, unrelated_low, unrelated_total = [], 0, 0, 0, 0
    item_photos = [r for r in rows if r["kind"] == "item" and r["problem"] in ("", "cut_off")]
    for r in item_photos:
        found = similarity.features(read_for_checks(PHOTOS / r["file"]).bgr)
        for sku, catalog_features in features.items():
            low = similarity.match(found, catalog_features).clearly_low
            if sku == r["sku"]:
                own_low += [r["file"]] if low else []
            else:
                wrong_low += low
                wrong_total += 1
    for r in (r for r in rows if r["kind"] == "unrelated"):
        found = similarity.features(read_for_checks(PHOTOS / r["file"]).bgr)
        for catalog_features in features.values():
            unrelated_low += similarity.match(found, catalog_features).clearly_low
            unrelated_total += 1
    lines.append(_row("wrong-item hint", wrong_low, wrong_total, len(own_low), len(item_photos),
                      "pos: photo vs another product's image; neg: vs its own. " + ", ".join(own_low)))
    lines.append(_row("  unrelated pictures", unrelated_low, unrelated_total, 0, 0, "label and barcode photos"))
    return lines


def real_accuracy() -> list[str]:
    """Each check's rate on real photographs: caught share of each fault, refused share of the photos as taken."""
    with (REAL / "manifest.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    limits = PhotoThresholds()
    found = {r["file"]: set(quality.check_quality(read_for_checks(REAL / r["file"]).bgr, limits).problems)
             for r in rows}
    good = [r["file"] for r in rows if not r["problem"]]
    lines = [f"{'check':<24} {'caught':<10} {'rate':>6}   {'good refused':<13} note", "-" * 72]
    for fault in ("blur", "dark", "bright", "glare"):
        made = [r["file"] for r in rows if r["problem"] == fault]
        caught = [f for f in made if CAUGHT_AS[fault] & found[f]]
        refused = [f for f in good if CAUGHT_AS[fault] & found[f]]
        by = sorted({p for f in caught for p in found[f] & CAUGHT_AS[fault]})
        missed = [f for f in made if f not in caught]
        lines.append(f"{fault:<24} {len(caught):>3}/{len(made):<6} {len(caught) / len(made):>6.0%}   "
                     f"{len(refused):>3}/{len(good):<9} as {'+'.join(by)}; missed: {', '.join(missed) or '-'}")
    for problem in ("clipped", "broad_glare"):
        hits = sorted(f for f in found if problem in found[f])
        lines.append(f"  {problem:<22} named on {len(hits)} photos, of them good: "
                     f"{sum(f in good for f in hits)}")
    refused = [f for f in good if found[f]]
    lines.append(f"{'gate: good refused':<24} {len(refused):>3}/{len(good):<6} {len(refused) / len(good):>6.0%}   "
                 f"{', '.join(refused)}")
    return lines


def _median_ms(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def timing(repeat: int) -> list[str]:
    sources = [PHOTOS / f"{sku}-good.jpg" for sku in ("AP-2001", "EL-1003", "TY-5003")]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for source in sources:
            big = cv2.resize(cv2.imread(str(source)), (4000, 3000), interpolation=cv2.INTER_CUBIC)
            path = Path(tmp) / f"{source.stem}-12mp.jpg"
            cv2.imwrite(str(path), big, [cv2.IMWRITE_JPEG_QUALITY, 92])
            files.append(path)
        limits = PhotoThresholds()
        catalog = CATALOG / "AP-2001.jpg"
        similarity.catalog_features(catalog)  # the station caches a product's features; so does the bench
        working = [read_for_checks(p).bgr for p in files]
        steps: list[tuple[str, Callable[[int], object]]] = [
            ("bare cv2.imread (baseline)", lambda i: cv2.imread(str(files[i]))),
            ("decode to working size", lambda i: read_for_checks(files[i])),
            ("  blur (sharpness)", lambda i: quality.sharpness(cv2.cvtColor(working[i], cv2.COLOR_BGR2GRAY))),
            ("  exposure + glare + blur", lambda i: quality.measure(working[i])),
            ("  + framing (whole item)", lambda i: quality.measure(working[i], whole_item=True)),
            ("  perceptual hash", lambda i: phash.phash(working[i])),
            ("  wrong-item hint (ORB)", lambda i: similarity.compare_with_catalog(working[i], catalog)),
            ("all checks, from the file", lambda i: check_file(files[i], CheckRequest(
                limits=limits, whole_item=True, catalog_image=catalog))),
        ]
        results = []
        for name, step in steps:
            per_file = [_median_ms(lambda s=step, i=i: s(i), repeat) for i in range(len(files))]
            results.append((name, statistics.median(per_file)))
    baseline = results[0][1]
    lines = [f"{'step (per 12 MP JPEG, 4000x3000)':<34} {'ms':>8} {'x imread':>9}", "-" * 53]
    lines += [f"{name:<34} {ms:>8.1f} {ms / baseline:>9.2f}" for name, ms in results]
    after = sum(ms for name, ms in results if name.startswith("  ") and "blur (sharpness)" not in name
                and "exposure + glare" not in name)
    lines.append(f"{'checks after downscaling (sum)':<34} {after:>8.1f} {after / baseline:>9.2f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print("Accuracy on tests/data/photos with the thresholds that ship\n")
    print("\n".join(accuracy()))
    print("\nReal photographs (tests/data/real_photos) made blurred, dark, bright and glared, shipped thresholds\n")
    print("\n".join(real_accuracy()))
    print("\nTime\n")
    print("\n".join(timing(args.repeat)))


if __name__ == "__main__":
    main()
