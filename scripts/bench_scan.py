"""Benchmark: raw zxing-cpp, raw pyzbar, their union and our ScanPipeline on three sets, in one process.

Sets: the shared real barcode photos split into normal and hard (the manifest's "hard:" notes), and multi-code
1080p dock frames made by scripts/make_dock_frames.py with a seed the tests do not use. Per set it prints the
codes each reader reads, our time against raw zxing-cpp on the images both read (goal <= 1.2x), then decoded
1080p frames per second on one core (goal >= 30). The last line, `ratio: X.XX`, is our time against raw
zxing-cpp on the normal photos both read.
Times are CPU time of this process unless --clock wall, and the readers take turns on each image, so the load of
other jobs on a shared machine does not tilt the comparison.
Run: .venv/bin/python scripts/bench_scan.py [--data ../shared/data/barcodes] [--repeat 3] [--dock-frames 40]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import make_dock_frames  # noqa: E402

from station.scan.images import read_image_file  # noqa: E402
from station.scan.pipeline import ScanPipeline  # noqa: E402

Reader = Callable[[np.ndarray], list[str]]
# Times are this process's CPU time by default: on a shared machine, wall time also counts the moments other jobs
# hold the core, which says nothing about the decoders. --clock wall measures wall time instead.
CLOCK: Callable[[], float] = time.process_time
# One image and the texts it holds: a photo holds one code (one text or its accepted forms), a dock frame several.
Sample = tuple[str, np.ndarray, list[set[str]]]


def expected_texts(expected: str, note: str) -> set[str]:
    """What counts as a correct read; the same rule for every reader (see tests/station/scan/conftest.py)."""
    # A dock identifies the product by its GTIN; the EAN-2/5 add-on (issue number, price) is not read.
    if "add-on" in note and expected[:13].isdigit():
        return {expected, expected[:13]}
    return {expected}


def load_samples(data: Path) -> tuple[list[Sample], list[Sample]]:
    """The shared photos as (normal, hard), hard being those the manifest notes as hard."""
    notes = {}
    with (data / "manifest_details.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            notes[row["file"]] = row.get("note") or ""
    normal: list[Sample] = []
    hard: list[Sample] = []
    with (data / "manifest.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            note = notes.get(row["file"], "")
            image = read_image_file(data / row["file"])
            (hard if note.startswith("hard:") else normal).append(
                (row["file"], image, [expected_texts(row["expected_text"], note)]))
    return normal, hard


def dock_samples(count: int, seed: int) -> list[Sample]:
    return [(f.name, f.bgr, [{text} for _fmt, text in f.codes]) for f in make_dock_frames.frames(count, seed)]


def raw_zxing(image: np.ndarray) -> list[str]:
    # Default options (try rotate, downscale, invert); Plain text keeps GS1 separators as the manifest does.
    return [b.text for b in zxingcpp.read_barcodes(image, text_mode=zxingcpp.TextMode.Plain)]


def raw_pyzbar() -> Reader | None:
    try:
        from pyzbar import pyzbar
    except ImportError:
        return None

    def read(image: np.ndarray) -> list[str]:
        grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
        return [s.data.decode("utf-8", "replace") for s in pyzbar.decode(grey)]
    return read


def ours(pipeline: ScanPipeline) -> Reader:
    return lambda image: [code.text for code in pipeline.decode(image)]


def measure(readers: dict[str, Reader], samples: list[Sample], repeat: int
            ) -> dict[str, tuple[list[set[int]], list[float]]]:
    """For each reader and image, which of its codes the reader read, and its best time in ms.

    The readers take turns on each image, so a machine that gets busier during the run slows them alike.
    """
    results: dict[str, tuple[list[set[int]], list[float]]] = {name: ([], []) for name in readers}
    for _name, image, expected in samples:
        for name, reader in readers.items():
            best = float("inf")
            texts: list[str] = []
            for _ in range(repeat):
                start = CLOCK()
                texts = reader(image)
                best = min(best, CLOCK() - start)
            results[name][0].append({i for i, accepted in enumerate(expected) if accepted & set(texts)})
            results[name][1].append(best * 1000)
    return results


def p95(values: list[float]) -> float:
    return float(np.percentile(values, 95)) if values else float("nan")


def camera_frames(samples: list[Sample], count: int) -> list[np.ndarray]:
    """1080p frames like a dock camera's: a label photo at 1.5-2.5x on a noisy, unevenly lit parcel."""
    rng = random.Random(7)
    np_rng = np.random.default_rng(7)
    y, x = np.mgrid[0:1080, 0:1920]
    light = (150 + 60 * np.sin(x / 700.0) * np.cos(y / 500.0)).astype(np.float32)
    frames = []
    for i in range(count):
        _name, image, _expected = samples[i % len(samples)]
        scale = rng.uniform(1.5, 2.5)
        label = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        label = label[:1000, :1800]
        noise = np_rng.normal(0, 8, (1080, 1920)).astype(np.float32)
        background = np.clip(light + noise, 0, 255).astype(np.uint8)
        frame = cv2.cvtColor(background, cv2.COLOR_GRAY2BGR)
        top = rng.randrange(0, 1080 - label.shape[0] + 1)
        left = rng.randrange(0, 1920 - label.shape[1] + 1)
        frame[top:top + label.shape[0], left:left + label.shape[1]] = label
        frames.append(cv2.GaussianBlur(frame, (3, 3), 0))
    return frames


def set_table(name: str, samples: list[Sample], readers: dict[str, Reader], repeat: int) -> float:
    """Prints one set's line; returns our time against raw zxing-cpp on the images both read."""
    results = measure(readers, samples, repeat)
    codes = sum(len(expected) for _n, _i, expected in samples)
    zx, zx_times = results["raw zxing-cpp"]
    zb = results["raw pyzbar"][0] if "raw pyzbar" in results else [set() for _ in samples]
    ours, our_times = results["ScanPipeline"]
    union = sum(len(a | b) for a, b in zip(zx, zb, strict=True))
    both = [i for i in range(len(samples)) if zx[i] and ours[i]]
    ratio = (statistics.fmean(our_times[i] for i in both) / statistics.fmean(zx_times[i] for i in both)
             if both else float("nan"))
    zx_ms = statistics.fmean(zx_times[i] for i in both) if both else float("nan")
    our_ms = statistics.fmean(our_times[i] for i in both) if both else float("nan")
    print(f"{name:<22}{len(samples):>7}{codes:>7}{sum(map(len, zx)):>9}{sum(map(len, zb)):>9}{union:>7}"
          f"{sum(map(len, ours)):>7}{len(both):>7}{zx_ms:>9.2f}{our_ms:>9.2f}{ratio:>8.2f}x")
    lost = [samples[i][0] for i in range(len(samples)) if zx[i] - ours[i]]
    if lost:
        print(f"{'':<22}codes raw zxing-cpp reads and we do not, in: {lost}")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "barcodes")
    parser.add_argument("--repeat", type=int, default=3, help="runs per image; the fastest counts")
    parser.add_argument("--frames", type=int, default=120, help="camera-like 1080p frames for the fps test")
    parser.add_argument("--dock-frames", type=int, default=40, help="multi-code 1080p dock frames")
    parser.add_argument("--seed", type=int, default=99, help="seed of the dock frames (the tests use 2026)")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                        help="time by this process's CPU time (default) or by wall time")
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    cv2.setNumThreads(1)  # one core, as the goal says; zxing-cpp and zbar are single-threaded anyway

    normal, hard = load_samples(args.data)
    dock = dock_samples(args.dock_frames, args.seed)
    pipeline = ScanPipeline.default()
    readers: dict[str, Reader] = {"raw zxing-cpp": raw_zxing}
    pyzbar_reader = raw_pyzbar()
    if pyzbar_reader is not None:
        readers["raw pyzbar"] = pyzbar_reader
    readers["ScanPipeline"] = ours(pipeline)

    print(f"codes read per set (ScanPipeline.default()); time on the images both raw zxing-cpp and we read, "
          f"best of {args.repeat} runs, {args.clock} time; the readers take turns on each image\n")
    print(f"{'set':<22}{'images':>7}{'codes':>7}{'zxing':>9}{'pyzbar':>9}{'union':>7}{'ours':>7}{'both':>7}"
          f"{'zxing ms':>9}{'ours ms':>9}{'ratio':>9}")
    normal_ratio = set_table("normal photos", normal, readers, args.repeat)
    set_table("hard photos", hard, readers, args.repeat)
    set_table("multi-code 1080p", dock, readers, 1)
    live_readers = dict(readers, ScanPipeline=ours(ScanPipeline.live()))
    set_table("  same, live()", dock, live_readers, 1)

    easy = [s for s in normal if any(t in s[2][0] for t in raw_zxing(s[1]))]
    frames = camera_frames(easy, args.frames)
    live = ScanPipeline.live()
    for title, batch in ((f"{len(frames)} camera-like 1920x1080 frames (one label photo each)", frames),
                         (f"{len(dock)} multi-code 1920x1080 dock frames", [image for _n, image, _e in dock])):
        print(f"\n{title}, one core:")
        print(f"{'reader':<26}{'decoded':>9}{'frames/s':>10}{'decoded/s':>11}{'mean ms':>9}{'p95 ms':>8}"
              f"{'x raw':>7}")
        contenders = {"raw zxing-cpp": raw_zxing, "ScanPipeline.default()": ours(pipeline),
                      "ScanPipeline.live()": ours(live)}
        times: dict[str, list[float]] = {name: [] for name in contenders}
        decoded = dict.fromkeys(contenders, 0)
        for frame in batch:  # the readers take turns on each frame, as in measure()
            for name, read in contenders.items():
                start = CLOCK()
                found = read(frame)
                times[name].append(CLOCK() - start)
                decoded[name] += bool(found)
        raw_total = sum(times["raw zxing-cpp"])
        for name, spent in times.items():
            total = sum(spent)
            print(f"{name:<26}{decoded[name]:>5}/{len(batch):<3}{len(batch) / total:>10.1f}"
                  f"{decoded[name] / total:>11.1f}{statistics.fmean(spent) * 1000:>9.2f}{p95(spent) * 1000:>8.2f}"
                  f"{total / raw_total:>7.2f}")
    print(f"\nratio: {normal_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
