"""Faults during sync, each ending with the central database compared row by row with the stations: the station
process killed with SIGKILL at random points (and at the named ones), the connection terminated by the server in
the middle of a batch, and the server stopped and started while stations work."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from station.demo.generate import generate_inspections
from station.services.sync import sync_once, sync_status
from station.sync.faults import KILL_ENV, listen
from tests.station.sync.compare import assert_central_matches, assert_pulled

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[3]
CHILD = Path(__file__).with_name("sync_child.py")
KILLS = 30
STATIONS = ("DOCK-20", "DOCK-21", "DOCK-22")
NAMED_POINTS = ("push.before_commit:2", "push.committed:3", "push.marked:1", "photos.before_commit:1",
                "photos.committed:2", "pull.before_local_commit:2")


def _sync_until_sent(ctx, attempts: int = 5):
    for _ in range(attempts):
        report = sync_once(ctx)
        if report.everything_sent:
            return report
    raise AssertionError(f"not everything sent after {attempts} passes: {report.status} {report.problem}")


def _child(data_dir: Path, batch_size: int, kill_at: str | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop(KILL_ENV, None)
    if kill_at:
        env[KILL_ENV] = kill_at
    return subprocess.Popen([sys.executable, str(CHILD), str(data_dir), str(batch_size)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _terminate_syncs(central, station_id: str) -> int:
    with central.engine.begin() as connection:
        return sum(connection.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :a "
            "AND pid <> pg_backend_pid()"), {"a": f"station-sync {station_id}"}).scalars())


def test_kill_9_at_random_points_during_sync_loses_and_duplicates_nothing(central, make_station) -> None:
    """The kill campaign: three stations working and syncing in turn, their sync processes killed with SIGKILL at
    the named points and at random moments, or their connections terminated by the server; then every station
    row by row against the central, each one's facts at the others, and every chain and seal verified."""
    from sqlalchemy.orm import Session

    from station.audit.seal import load_keys
    from station.audit.verify import central_keys, verify_store

    rng = random.Random(int(os.environ.get("STATION_TEST_SEED", "0")) or None)
    seed = rng.randrange(1 << 30)
    rng.seed(seed)
    stations = [make_station(station_id, central) for station_id in STATIONS]
    for number, ctx in enumerate(stations):
        generate_inspections(ctx, 3, seed=20 + number)
    kills = runs = terminated = 0
    outcomes: list[str] = []
    while kills < KILLS and runs < 3 * KILLS:
        ctx = stations[runs % len(stations)]
        named = NAMED_POINTS[runs % len(NAMED_POINTS)] if runs < 2 * len(NAMED_POINTS) else None
        cut = named is None and runs % 4 == 3  # the server ends the connection instead of the process dying
        if runs % 2 == 0:  # the stations keep working between kills
            generate_inspections(ctx, rng.choice((1, 2)), photos=rng.random() < 0.5, seed=rng.randrange(1 << 30))
        runs += 1
        child = _child(ctx.data_dir, batch_size=rng.choice((3, 5, 8)), kill_at=named)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY", child.stderr.read() if child.stderr else ""
        if cut:
            found = 0
            while not found and child.poll() is None:
                found = _terminate_syncs(central, ctx.station_id)
                time.sleep(0.005)  # a poll, not a wait for an outcome: leave the machine to the child
            terminated += found
        elif named is None:
            time.sleep(rng.uniform(0.0, 0.6))
            child.send_signal(signal.SIGKILL)
        code = child.wait(timeout=120)
        outcomes.append(f"{ctx.station_id}:{named or ('cut' if cut else 'random')}:{code}")
        if code == -signal.SIGKILL:
            kills += 1
        else:
            assert code == 0, f"sync child failed ({code}): {child.stderr.read() if child.stderr else ''}"
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
    assert kills >= KILLS, f"only {kills} of {runs} runs were killed mid-sync (seed {seed}): {outcomes}"
    assert terminated, f"no connection was terminated (seed {seed}): {outcomes}"
    print(f"kill campaign, seed {seed}: {runs} runs, {kills} SIGKILLs, {terminated} connections cut: {outcomes}")
    for _round in range(2):  # the second round pulls what the others sent last
        central.settle()
        for ctx in stations:
            _sync_until_sent(ctx)
    for ctx in stations:
        assert_central_matches(central.engine, ctx)
        for other in stations:
            if other is not ctx:
                assert_pulled(central.engine, ctx, other.station_id)
        with ctx.read() as session:
            report = verify_store(session, ctx.evidence, ctx.station_id, keys=load_keys(ctx.data_dir))
        assert report.ok and report.sealed, (ctx.station_id, report.problems[:5], seed)
    with Session(central.engine) as session:
        report = verify_store(session, name="central", keys=central_keys(session))
    assert report.ok and set(report.unsealed_chains) == set(), (report.problems[:5], seed)


def _verify_local(ctx) -> list[str]:
    from station.audit.verify import verify_store

    with ctx.read() as session:
        report = verify_store(session, ctx.evidence, ctx.station_id)
    return [f"{p.where}: {p.message.render()}" for p in report.problems]


def test_a_pull_killed_between_its_local_commits_never_looks_like_tampering(central, make_station) -> None:
    sender = make_station("DOCK-24", central)
    generate_inspections(sender, 12, photos=False, seed=24)
    for _ in range(3):  # central transactions of 60 outbox rows: more than one pull batch (40 keys) each
        if sync_once(sender, batch_size=60).everything_sent:
            break
    central.settle()
    receiver = make_station("DOCK-25", central)
    rounds = 0
    while True:
        rounds += 1
        assert rounds < 40, "the pull never finished"
        child = _child(receiver.data_dir, batch_size=10, kill_at="pull.before_local_commit:2")
        code = child.wait(timeout=120)
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()
        # Whatever the pull had committed before it died, the store checks out: no fact without its event.
        assert _verify_local(receiver) == [], f"after round {rounds}"
        if code == 0:
            break
        assert code == -signal.SIGKILL, code
    assert rounds > 3, "the pull was never cut short between batches"
    assert_pulled(central.engine, receiver, "DOCK-24")


def _terminate(central, pid: int) -> None:
    with central.engine.begin() as connection:
        assert connection.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()


def test_connection_terminated_mid_batch_sends_the_batch_again(central, make_station) -> None:
    ctx = make_station("DOCK-22", central)
    generate_inspections(ctx, 6, seed=22)
    calls = {"push.before_commit": 0, "photos.before_commit": 0}

    def dropper(point: str, nth: int):
        def drop(connection) -> None:
            calls[point] += 1
            if calls[point] == nth:
                _terminate(central, connection.connection.driver_connection.info.backend_pid)
        return drop

    stops = [listen("push.before_commit", dropper("push.before_commit", 3)),
             listen("photos.before_commit", dropper("photos.before_commit", 1))]
    try:
        report = sync_once(ctx, batch_size=10)
        assert report.outcome == "offline" and report.problem is not None, report
        assert sync_status(ctx).state == "offline" and sync_status(ctx).offline_since is not None
        report = sync_once(ctx, batch_size=10)  # photos' connection is dropped on this pass
        assert report.outcome == "offline", report
    finally:
        for stop in stops:
            stop()
    report = _sync_until_sent(ctx)
    assert sync_status(ctx).state == "synced" and sync_status(ctx).offline_since is None
    assert_central_matches(central.engine, ctx)


def test_connections_terminated_at_random_while_syncing(central, make_station) -> None:
    ctx = make_station("DOCK-23", central)
    generate_inspections(ctx, 10, seed=23)
    stop = threading.Event()
    terminated = []

    def killer() -> None:
        rng = random.Random(23)
        while not stop.is_set():
            time.sleep(rng.uniform(0.01, 0.08))
            with central.engine.begin() as connection:
                terminated.extend(connection.execute(text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                    "'station-sync DOCK-23' AND pid <> pg_backend_pid()")).scalars())

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    try:
        for _ in range(60):
            if sync_once(ctx, batch_size=4).everything_sent:
                break
    finally:
        stop.set()
        thread.join(10)
    assert terminated, "no connection was terminated: the test did not test anything"
    _sync_until_sent(ctx)
    assert_central_matches(central.engine, ctx)


# ---- a private PostgreSQL server to stop and start (never the shared one) ----------------------------


def _pg_bin() -> Path | None:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
    return candidates[0].parent if candidates else None


class PrivateServer:
    def __init__(self, bindir: Path, root: Path, port: int) -> None:
        self.bindir, self.root, self.port = bindir, root, port
        self.data = root / "data"
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def run(self, *args: str) -> None:
        subprocess.run([*self.as_postgres, *args], check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        self.run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=40"
        self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                 str(self.root / "server.log"), "-w", "-t", "60", "start")

    def stop(self, mode: str = "immediate") -> None:
        self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"


@pytest.fixture
def private_server():
    import shutil
    import socket
    import tempfile

    bindir = _pg_bin()
    if bindir is None or (os.geteuid() == 0 and shutil.which("runuser") is None):
        message = "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin) for a private test server"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip("SKIPPED LOUDLY: " + message)
    root = Path(tempfile.mkdtemp(prefix="station-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = PrivateServer(bindir, root, port)
    server.init()
    server.start()
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            server.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


def test_server_stopped_and_started_while_stations_work(private_server, make_station, _demo_database) -> None:
    from tests.station.sync.conftest import drop_central_roles, init_central

    admin = create_engine(private_server.url)
    with admin.begin() as connection:
        connection.execute(text("CREATE SCHEMA central"))
    admin.dispose()
    central = init_central(private_server.url, "central", _demo_database.parent, prefix="dock")
    stations = [make_station(f"DOCK-3{i}", central) for i in range(2)]
    for number, ctx in enumerate(stations):
        generate_inspections(ctx, 3, seed=30 + number)
    working = threading.Event()
    working.set()
    made = {ctx.station_id: 0 for ctx in stations}

    def work() -> None:
        rng = random.Random(3)
        while working.is_set():
            for ctx in stations:
                generate_inspections(ctx, 1, photos=rng.random() < 0.5, seed=rng.randrange(1 << 30))
                made[ctx.station_id] += 1
            time.sleep(0.05)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    try:
        for ctx in stations:
            sync_once(ctx, batch_size=10)
        private_server.stop("immediate")  # like a power cut at the server: whatever was in flight is gone
        before = dict(made)
        outcomes = [sync_once(ctx, batch_size=10) for ctx in stations for _ in range(2)]
        assert all(r.outcome == "offline" for r in outcomes), [r.problem for r in outcomes]
        for ctx in stations:
            status = sync_status(ctx)
            assert status.state == "offline" and status.offline_since is not None and status.waiting > 0
        deadline = time.monotonic() + 30
        while made == before and time.monotonic() < deadline:
            time.sleep(0.05)
        assert made != before, "inspections stopped while the central server was down"
        private_server.start()
        central.engine.dispose()  # its pooled connections died with the server
        for ctx in stations:
            sync_once(ctx, batch_size=10)
    finally:
        working.clear()
        thread.join(30)
    try:
        for ctx in stations:
            _sync_until_sent(ctx)
        central.settle()
        for ctx in stations:
            _sync_until_sent(ctx)  # each pulls what the other sent last
            assert_central_matches(central.engine, ctx)
        assert_pulled(central.engine, stations[0], stations[1].station_id)
        assert_pulled(central.engine, stations[1], stations[0].station_id)
    finally:
        drop_central_roles(central)
