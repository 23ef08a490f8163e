"""The `station photo-check`, `photo-compare` and `photo-calibrate` commands: the evidence checks on files."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from station.config import PhotoThresholds, Settings, default_data_dir, load_settings, settings_path, write_setting
from station.text import StationError, _

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    check = subparsers.add_parser("photo-check", help="check photos for blur, exposure, glare and framing")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    check.add_argument("--camera", default="file", help="whose thresholds to use (a camera setting; default: file)")
    check.add_argument("--whole-item", action="store_true", help="the photo must show the whole item (framing)")
    check.add_argument("--catalog", type=Path, metavar="IMAGE",
                       help="compare with this catalog image (wrong-item hint)")
    check.set_defaults(func=run_check)

    compare = subparsers.add_parser("photo-compare", help="are two photos the same picture (perceptual hash)?")
    compare.add_argument("first", type=Path, metavar="A")
    compare.add_argument("second", type=Path, metavar="B")
    compare.add_argument("--json", action="store_true", help="print one JSON object")
    compare.set_defaults(func=run_compare)

    calibrate = subparsers.add_parser("photo-calibrate",
                                      help="suggest a camera's blur threshold from a sharp and a blurred photo")
    calibrate.add_argument("sharp", type=Path, metavar="SHARP")
    calibrate.add_argument("blurred", type=Path, metavar="BLURRED")
    calibrate.add_argument("--camera", help="the camera the photos came from (default: the station's camera)")
    calibrate.add_argument("--save", action="store_true", help="store the suggestion in the station's settings")
    calibrate.add_argument("--json", action="store_true", help="print one JSON object")
    calibrate.set_defaults(func=run_calibrate)


def _settings(args: argparse.Namespace) -> tuple[Settings, Path]:
    explicit = getattr(args, "data_dir", None) is not None
    path = settings_path(args.data_dir if explicit else default_data_dir(), explicit)
    return load_settings(path), path


def _limits(args: argparse.Namespace) -> PhotoThresholds:
    try:
        return _settings(args)[0].thresholds_for(args.camera)
    except StationError as exc:
        # A broken settings file must not stop someone from checking a photo from the command line.
        log.warning("settings not used (%s); the default thresholds apply", exc.text.render())
        return PhotoThresholds()


def run_check(args: argparse.Namespace) -> int:
    from station.evidence.checks import CheckRequest, check_file
    from station.evidence.working_image import PhotoNotCheckable

    request = CheckRequest(limits=_limits(args), whole_item=args.whole_item, camera=args.camera,
                           catalog_image=args.catalog, catalog_sku=args.catalog.stem if args.catalog else None)
    failed = 0
    for path in args.files:
        result: dict[str, Any] = {"file": str(path)}
        try:
            checks = check_file(path, request)
        except PhotoNotCheckable as exc:
            failed += 1
            result.update(ok=False, problems=["unreadable"], error=exc.text.render())
        else:
            failed += 0 if checks.ok else 1
            result.update(ok=checks.ok, problems=list(checks.problems), phash=checks.phash, ms=checks.ms,
                          measures=checks.measures, limits=checks.limits, width=checks.width, height=checks.height)
            if checks.similarity is not None:
                result.update(similarity=checks.similarity, wrong_item_hint=checks.wrong_item_hint)
            result["messages"] = [m.render() for m in checks.messages()]
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            _print_check(result)
        sys.stdout.flush()
    return 1 if failed else 0


def _print_check(result: dict[str, Any]) -> None:
    if "error" in result:
        print(f"{result['file']}: {result['error']}")
        return
    verdict = _("good").render() if result["ok"] else ", ".join(result["problems"])
    print(f"{result['file']}: {verdict}  (phash {result['phash']}, {result['ms']} ms)")
    for message in result["messages"]:
        print(f"    {message}")


def run_compare(args: argparse.Namespace) -> int:
    from station.evidence.phash import NEAR_DUPLICATE_BITS, distance, phash
    from station.evidence.working_image import read_for_checks

    first, second = phash(read_for_checks(args.first).bgr), phash(read_for_checks(args.second).bgr)
    apart = distance(first, second)
    result = {"near_duplicate": apart <= NEAR_DUPLICATE_BITS, "distance": apart, "limit": NEAR_DUPLICATE_BITS,
              "phash_a": first, "phash_b": second}
    if args.json:
        print(json.dumps(result))
    elif result["near_duplicate"]:
        print(_("The same picture (distance {distance} of 64 bits).", distance=apart).render())
    else:
        print(_("Different pictures (distance {distance} of 64 bits).", distance=apart).render())
    return 0


def run_calibrate(args: argparse.Namespace) -> int:
    from station.evidence.quality import suggest_thresholds
    from station.evidence.working_image import read_for_checks

    try:
        settings, path = _settings(args)
    except StationError:
        if args.save:
            raise
        settings, path = Settings(), Path()
    camera = args.camera or settings.camera
    suggestion = suggest_thresholds(read_for_checks(args.sharp).bgr, read_for_checks(args.blurred).bgr,
                                    settings.thresholds_for(camera))
    if args.save:
        write_setting(path, "photo_thresholds", suggestion.thresholds.model_dump(), key=camera)
    result = {"camera": camera, "sharp": suggestion.sharp.to_json(), "blurred": suggestion.blurred.to_json(),
              "suggested": suggestion.thresholds.model_dump(), "saved": bool(args.save)}
    if args.json:
        print(json.dumps(result))
    else:
        print(_("Sharp photo: {sharp:.1f}; blurred photo: {blurred:.1f}. Suggested blur limit for camera {camera}: "
                "{limit:.1f}.", sharp=suggestion.sharp.sharpness, blurred=suggestion.blurred.sharpness,
                camera=camera, limit=suggestion.thresholds.sharpness_min).render())
        if args.save:
            print(_("Saved in {path}.", path=str(path)).render())
    return 0
