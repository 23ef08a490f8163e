"""ZPL sent raw to a thermal printer: a networked one on a local port, a device or file, a queue on a computer
without a print system, and a printer that does not answer; each failure says what to check."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from station.services.raw_print import send_raw
from station.text import StationError

JOB = b"^XA^FO20,20^BQN,2,4^FDMA,RIS:0123^FS^XZ"


def test_a_networked_printer_gets_the_whole_job_on_its_port() -> None:
    received: list[bytes] = []
    with socket.create_server(("127.0.0.1", 0)) as server:
        def take() -> None:
            connection, _ = server.accept()
            with connection:
                chunks = []
                while chunk := connection.recv(4096):
                    chunks.append(chunk)
                received.append(b"".join(chunks))

        thread = threading.Thread(target=take)
        thread.start()
        port = server.getsockname()[1]
        assert send_raw(f"127.0.0.1:{port}", JOB) == f"127.0.0.1:{port}"
        thread.join(10)
    assert received == [JOB]


def test_a_device_path_is_written_and_never_truncated(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    send_raw(str(device), JOB)
    send_raw(str(device), JOB)
    assert device.read_bytes() == JOB + JOB


def test_a_printer_that_does_not_answer_is_named_with_what_to_check() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StationError) as raised:
        send_raw(f"tcp://127.0.0.1:{port}", JOB)
    assert f"127.0.0.1:{port} did not take the label" in str(raised.value)
    assert "Check that it is on and has labels." in str(raised.value)


def test_a_queue_on_a_computer_without_a_print_system_says_to_set_the_address(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no `lp` anywhere on this PATH
    with pytest.raises(StationError) as raised:
        send_raw("Zebra-dock-1", JOB)
    assert "Zebra-dock-1 cannot be reached" in str(raised.value) and "host:9100" in str(raised.value)


def test_no_printer_at_all_is_said() -> None:
    with pytest.raises(StationError, match="No label printer is set"):
        send_raw("  ", JOB)
