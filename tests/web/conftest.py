"""A central with one station's synced inspections and photos, the web view served by uvicorn on a free port,
and headless Debian chromium driven by Selenium."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.station.sync.conftest import Central, central, make_station  # noqa: F401  (fixtures used here)

SCREENS = Path(__file__).resolve().parents[2] / "artifacts" / "screens"
LEAD_BADGE, LEAD_PASSWORD = "BADGE-0005", "lead-password-71"
CLIENT, CLIENT_PASSWORD, CLIENT_BRAND = "voltline", "client-password-71", "Voltline"


@dataclass
class WebSite:
    url: str
    central: Central
    station_id: str


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app behind a real uvicorn on a free local port, for as long as the block runs; yields its base URL."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the web view did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture
def web_site(central: Central, make_station, tmp_path: Path) -> Iterator[WebSite]:  # noqa: F811
    from station.demo.generate import generate_inspections
    from station.services.sync import sync_once
    from station.sync.central_web import login_role
    from station.web.accounts import set_demo_brands, set_password
    from station.web.app import make_app
    from station.web.central import open_web_central

    station = make_station("DOCK-71", central, joined=True)
    generate_inspections(station, 12, photos=True, seed=71)
    report = sync_once(station)
    assert report.everything_sent, report.problem
    with central.engine.begin() as connection:
        set_demo_brands(connection)
        set_password(connection, LEAD_BADGE, LEAD_PASSWORD)
        set_password(connection, CLIENT, CLIENT_PASSWORD, client="Voltline buyer", brands=[CLIENT_BRAND])
    web = open_web_central(central.url(login_role(central.prefix)), tmp_path / "web-cache", central.prefix)
    try:
        with served(make_app(web, "test-secret")) as url:
            yield WebSite(url, central, "DOCK-71")
    finally:
        web.engine.dispose()


@pytest.fixture
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not binary or not driver_path:
        pytest.fail("Debian's chromium and chromium-driver are needed: apt-get install -y chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000",
                     "--disable-dev-shm-usage", "--lang=en-US"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.implicitly_wait(0)
    SCREENS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()
