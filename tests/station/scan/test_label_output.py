"""`station label` and `station scan` print anyone's payload: control characters are shown, never obeyed, and
--json is valid UTF-8 JSON whatever bytes came in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from station.terminal_text import json_line, printable

ROOT = Path(__file__).resolve().parents[3]
# Sets the terminal's title, clears the screen, then says something in red; ends in two bytes that are no UTF-8.
HOSTILE = b"RMA-1\x1b]0;pwned\x07\x1b[2J\x1b[31mOK\xc2\x9b\xe2\x80\xae\xff\xfe"


def _label(*args: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([os.fsencode(sys.executable), b"-m", b"station.cli", b"label", *args],
                          capture_output=True, cwd=ROOT, timeout=120)


def test_the_label_command_shows_control_characters_as_escapes() -> None:
    done = _label(HOSTILE)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert "raw: RMA-1\\x1b]0;pwned\\x07\\x1b[2J\\x1b[31mOK\\x9b\\u202e\\xff\\xfe" in out, out
    assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in out), repr(out)


def test_the_label_command_writes_valid_json_for_bytes_that_are_no_utf8() -> None:
    done = _label(b"--json", HOSTILE)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout.decode("utf-8"))  # strict UTF-8: an undecodable byte would fail here
    assert data["kind"] == "unknown"
    assert data["raw"] == "RMA-1\x1b]0;pwned\x07\x1b[2J\x1b[31mOK\x9b\u202e\\xff\\xfe"
    assert b"\x1b" not in done.stdout and b"\xc2\x9b" not in done.stdout and b"\xe2\x80\xae" not in done.stdout


def test_a_plain_label_reads_as_before() -> None:
    done = _label(b"RMA-100001")
    assert done.stdout.decode() == "kind: rma\nraw: RMA-100001\nrma: RMA-100001\n"
    assert printable("יוסי כהן, Wrong size") == "יוסי כהן, Wrong size"
    assert json_line({"customer": "יוסי"}) == '{"customer": "יוסי"}'


def test_station_scan_shows_a_file_name_with_control_characters_escaped(tmp_path: Path) -> None:
    bad = tmp_path / "label\x1b[2J.png"
    bad.write_bytes(b"not a picture")
    done = subprocess.run([sys.executable, "-m", "station.cli", "scan", str(bad)], capture_output=True, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 1
    assert b"\x1b" not in done.stdout and b"label\\x1b[2J.png" in done.stdout, done.stdout
