"""What the station's PIN hashes cost someone who has them: one argon2 verification with the parameters the
station uses, on one core, and from it the time to try every 4-digit and 6-digit PIN offline.

Usage: taskset -c 0 .venv/bin/python scripts/bench_pins.py [--runs 30]
Baseline in the same run: one SHA-256 of a PIN, what an unsalted fast hash would cost instead.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import time

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import VerificationError

from station.services.auth import hash_pin


def _best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    stored = hash_pin("482913")
    # The parameters as stored in the hash: what an attacker holding it must pay.
    hasher = PasswordHasher.from_parameters(extract_parameters(stored))

    def wrong() -> None:
        with contextlib.suppress(VerificationError):
            hasher.verify(stored, "111111")

    argon = _best(wrong, runs)
    sha = _best(lambda: hashlib.sha256(b"111111").digest(), runs * 1000)
    print(f"argon2 {stored.split('$')[1]} {stored.split('$')[3]}: one verification {argon * 1000:.1f} ms "
          f"(best of {runs}); SHA-256 baseline {sha * 1e6:.2f} µs; ratio {argon / sha:,.0f}")
    for digits in (4, 6):
        space = 10 ** digits
        print(f"{digits}-digit PINs: {space:,} to try, {space * argon / 3600:.2f} h on one core "
              f"({space * argon / 7200:.2f} h on average, {space * argon / 16 / 3600:.2f} h on 16 cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
