"""Sending a ZPL job raw to a thermal label printer: a TCP socket (port 9100), a device or file, or a print queue.

Zebra-type printers take ZPL as it is; nothing on the way may render it. Three kinds of target cover the docks:
`host:9100` (or `tcp://host:port`) for a networked printer, an absolute path for a USB device (`/dev/usb/lp0`)
or a file share, and any other name for a CUPS queue, sent with `lp -o raw`.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

from station.text import StationError, _

TIMEOUT_S = 10.0  # a printer that takes longer than this is off, or the address is wrong


def send_raw(target: str, data: bytes) -> str:
    """Runs off the UI thread: sends `data` to `target`; returns where it went, raises StationError if it did
    not get there (with what to check)."""
    target = target.strip()
    if not target:
        raise StationError(_("No label printer is set for item labels."))
    address = _address(target)
    try:
        if address is not None:
            with socket.create_connection(address, timeout=TIMEOUT_S) as connection:
                connection.sendall(data)
                connection.shutdown(socket.SHUT_WR)  # the printer starts once it knows the job is whole
        elif target.startswith("/"):
            with Path(target).open("ab") as device:  # a device is opened for writing, never truncated
                device.write(data)
        else:
            _queue(target, data)
    except OSError as exc:
        raise StationError(_("The label printer {printer} did not take the label ({problem}). Check that it is "
                             "on and has labels.", printer=target, problem=exc.strerror or str(exc))) from exc
    return target


def _address(target: str) -> tuple[str, int] | None:
    """host:port or tcp://host:port; None for a path or a queue name."""
    text = target.removeprefix("tcp://")
    host, sep, port = text.rpartition(":")
    if not sep or not host or "/" in text or not port.isdigit():
        return None
    return host.strip("[]"), int(port)


def _queue(name: str, data: bytes) -> None:
    lp = shutil.which("lp")
    if lp is None:
        raise StationError(_("The print queue {printer} cannot be reached: this computer has no print system. Set "
                             "the label printer's address (host:9100) instead.", printer=name))
    done = subprocess.run([lp, "-d", name, "-o", "raw"], input=data, capture_output=True, timeout=TIMEOUT_S * 3,
                          check=False)
    if done.returncode != 0:
        raise StationError(_("The print queue {printer} refused the label ({problem}). Check the queue's name.",
                             printer=name, problem=done.stderr.decode(errors="replace").strip() or done.returncode))
