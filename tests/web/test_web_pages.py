"""The web view's pages over HTTP against the real PostgreSQL: sign-in waits and locks, forms need their CSRF
token, search text is only ever a value, the central down is a clear page, photos carry cache headers and their
thumbnails are made once, and the packet, CSV, queue and dashboard answer."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from tests.web.conftest import CLIENT, CLIENT_BRAND, CLIENT_PASSWORD, LEAD_BADGE, LEAD_PASSWORD, served

pytestmark = pytest.mark.postgres


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, "the page has no CSRF token in its form"
    return found.group(1)


def _sign_in(client, badge: str, password: str):  # type: ignore[no-untyped-def]
    token = _csrf(client.get("/signin").text)
    return client.post("/signin", data={"csrf": token, "badge": badge, "password": password},
                       follow_redirects=False)


@pytest.fixture
def app_client(central, tmp_path: Path):  # type: ignore[no-untyped-def]
    from station.sync.central_web import login_role
    from station.web.accounts import set_password
    from station.web.app import make_app
    from station.web.central import open_web_central

    with central.engine.begin() as connection:
        set_password(connection, LEAD_BADGE, LEAD_PASSWORD)
    web = open_web_central(central.url(login_role(central.prefix)), tmp_path / "cache", central.prefix)
    try:
        with served(make_app(web, "test-secret")) as url, httpx.Client(base_url=url) as client:
            yield client, central
    finally:
        web.engine.dispose()


def test_wrong_passwords_make_the_next_try_wait_then_lock_until_an_admin_unlocks(app_client) -> None:
    from station.people import LOCK_AFTER
    from station.web.accounts import unlock

    client, central = app_client
    for _ in range(3):
        answer = _sign_in(client, LEAD_BADGE, "not-the-password")
        assert answer.status_code == 401 and "password not right" in answer.text
    answer = _sign_in(client, LEAD_BADGE, LEAD_PASSWORD)  # right, but too soon after three wrong ones
    assert answer.status_code == 401 and "wait" in answer.text
    with central.engine.begin() as connection:
        # More wrong tries, as a guesser who waited out each pause would have typed: the count reaches the lockout.
        connection.execute(text("INSERT INTO web_signin_failures (badge, failed_at) SELECT :b, clock_timestamp() "
                                "FROM generate_series(1, :n)"), {"b": LEAD_BADGE, "n": LOCK_AFTER})
    answer = _sign_in(client, LEAD_BADGE, LEAD_PASSWORD)
    assert answer.status_code == 401 and "is locked" in answer.text
    with central.engine.begin() as connection:
        unlock(connection, LEAD_BADGE)
    answer = _sign_in(client, LEAD_BADGE, LEAD_PASSWORD)
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    assert "Ahmed Hassan" in client.get("/").text


def test_a_form_without_its_csrf_token_is_refused(app_client) -> None:
    client, _central = app_client
    client.get("/signin")
    answer = client.post("/signin", data={"badge": LEAD_BADGE, "password": LEAD_PASSWORD}, follow_redirects=False)
    assert answer.status_code == 403
    assert _sign_in(client, LEAD_BADGE, LEAD_PASSWORD).status_code == 303
    answer = client.post("/signout", data={"csrf": "forged"}, follow_redirects=False)
    assert answer.status_code == 403
    assert "Ahmed Hassan" in client.get("/").text  # still signed in
    token = _csrf(client.get("/").text)
    answer = client.post("/language", data={"csrf": token, "lang": "ru", "back": "https://elsewhere.example/"},
                         follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/"  # never on to another site
    assert 'lang="ru"' in client.get("/").text


def test_any_search_text_is_a_value_never_sql(app_client) -> None:
    client, central = app_client
    assert _sign_in(client, LEAD_BADGE, LEAD_PASSWORD).status_code == 303
    for query in ("'; DROP TABLE inspections; --", "x' OR '1'='1", "%", "\\", "RMA-1\x00", "ש' OR 1=1 --"):
        answer = client.get("/", params={"q": query})
        assert answer.status_code == 200, query
        assert 'id="nothing"' in answer.text
    with central.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM inspections")).scalar() == 0  # the table is there


def test_the_central_down_is_a_clear_page_with_what_to_do(tmp_path: Path) -> None:
    import socket

    from station.web.app import make_app
    from station.web.central import open_web_central

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    web = open_web_central(f"postgresql://nobody@127.0.0.1:{port}/central", tmp_path / "cache")
    with served(make_app(web, "test-secret")) as url:
        answer = httpx.get(url + "/", params={"q": "RMA-1"})
    assert answer.status_code == 503
    assert "cannot be reached now" in answer.text and "reload the page" in answer.text
    assert "Traceback" not in answer.text


def test_a_central_restart_costs_one_clear_page_then_pages_answer_again(app_client) -> None:
    """The pool's connections are cut by the server (as by a restart): no ping before each page, so the next
    page is the clear 'cannot be reached' one, and the reload it asks for is answered on a fresh connection."""
    from station.sync.central_web import login_role

    client, central = app_client
    assert _sign_in(client, LEAD_BADGE, LEAD_PASSWORD).status_code == 303
    assert client.get("/", params={"q": "RMA-1"}).status_code == 200
    with central.engine.begin() as connection:  # this test's web login only: other tests' servers run on
        cut = connection.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                      "WHERE usename = :u"), {"u": login_role(central.prefix)}).scalar()
    assert cut >= 1
    answer = client.get("/", params={"q": "RMA-1"})
    assert answer.status_code == 503 and "reload the page" in answer.text and "Traceback" not in answer.text
    assert client.get("/", params={"q": "RMA-1"}).status_code == 200


@pytest.mark.slow
def test_photos_packet_csv_queue_and_dashboard(web_site, tmp_path: Path) -> None:
    site = web_site
    with site.central.engine.connect() as connection:
        row = connection.execute(text(
            "SELECT i.id, i.sku, p.sha256 FROM inspections i JOIN photos p ON p.inspection_id = i.id "
            "LIMIT 1")).mappings().one()
    with httpx.Client(base_url=site.url) as client:
        assert _sign_in(client, LEAD_BADGE, LEAD_PASSWORD).status_code == 303
        first = client.get(f"/photos/{row['sha256']}", params={"size": "thumb"})
        assert first.status_code == 200 and first.headers["content-type"] == "image/jpeg"
        assert first.headers["etag"] == f'"{row["sha256"]}-thumb"'
        assert "immutable" in first.headers["cache-control"] and "private" in first.headers["cache-control"]
        again = client.get(f"/photos/{row['sha256']}", params={"size": "thumb"},
                           headers={"If-None-Match": first.headers["etag"]})
        assert again.status_code == 304
        # The thumbnail is made once, in the web's cache, and kept: asked again, the same file is served.
        thumb = tmp_path / "web-cache" / "photos" / "thumbs" / row["sha256"][:2] / f"{row['sha256']}.jpg"
        made = thumb.stat().st_mtime_ns
        assert client.get(f"/photos/{row['sha256']}", params={"size": "thumb"}).content == first.content
        assert thumb.stat().st_mtime_ns == made
        original = client.get(f"/photos/{row['sha256']}", params={"size": "original"})
        import hashlib

        assert hashlib.sha256(original.content).hexdigest() == row["sha256"]
        packet = client.get(f"/inspections/{row['id']}/packet.pdf")
        assert packet.status_code == 200 and packet.content.startswith(b"%PDF")
        csv = client.get("/export.csv", params={"q": row["sku"]})
        assert csv.status_code == 200 and csv.text.lstrip("\ufeff").startswith("inspection,rma,sku")
        assert str(row["id"]) in csv.text
        queue = client.get("/queue")
        assert queue.status_code == 200 and 'id="queue"' in queue.text
        dashboard = client.get("/dashboard")
        assert dashboard.status_code == 200 and "<svg" in dashboard.text
    with httpx.Client(base_url=site.url) as client:
        assert _sign_in(client, CLIENT, CLIENT_PASSWORD).status_code == 303
        assert client.get("/dashboard").status_code == 404  # the warehouse's figures are not a brand's


@pytest.mark.slow
def test_only_a_lead_decides_from_the_browser(web_site) -> None:
    from station.web.accounts import set_password

    site = web_site
    with site.central.engine.begin() as connection:
        set_password(connection, "BADGE-0008", "admin-password-71")  # an admin: may look, never decide
        inspection = connection.execute(text("SELECT id FROM inspections LIMIT 1")).scalar()
    with httpx.Client(base_url=site.url) as client:
        assert _sign_in(client, "BADGE-0008", "admin-password-71").status_code == 303
        page = client.get(f"/inspections/{inspection}").text
        assert 'id="decide"' not in page
        answer = client.post(f"/inspections/{inspection}/decide", follow_redirects=True, data={
            "csrf": _csrf(page), "action": "regrade", "grade": "D", "disposition": "dispose",
            "reason": "forced from outside the page"})
        assert "Only a shift lead may approve or regrade" in answer.text
    with site.central.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM reviews")).scalar() == 0


def test_every_page_text_is_marked_for_translation() -> None:
    from station.web.page_texts import PAGE_TEXTS

    listed = {t.source for t in PAGE_TEXTS}
    templates = Path(__file__).resolve().parents[2] / "station" / "web" / "templates"
    used = {m.group(2) for f in templates.glob("*.html")
            for m in re.finditer(r"""\bt\((["'])(.+?)\1""", f.read_text(encoding="utf-8"))}
    assert used and used <= listed, sorted(used - listed)


@pytest.mark.slow
def test_a_clients_scope_is_the_databases_whatever_the_query(web_site) -> None:
    """Straight SQL as the web login in the client's role, no page in between: only the brand's rows come back."""
    from sqlalchemy import create_engine

    from station.sync.central_web import CLIENT_SETTING, client_role, login_role

    site = web_site
    with site.central.engine.connect() as connection:
        own = connection.execute(text(
            "SELECT count(*) FROM inspections i JOIN web_product_brands b ON b.sku = i.sku WHERE b.brand = :b"),
            {"b": CLIENT_BRAND}).scalar()
        total = connection.execute(text("SELECT count(*) FROM inspections")).scalar()
    assert 0 < own < total
    engine = create_engine(site.central.url(login_role(site.central.prefix)))
    try:
        with engine.begin() as connection:
            connection.execute(text(f"SET LOCAL ROLE {client_role(site.central.prefix)}"))
            connection.execute(text("SELECT set_config(:k, :v, true)"), {"k": CLIENT_SETTING, "v": CLIENT})
            assert connection.execute(text("SELECT count(*) FROM inspections")).scalar() == own
            assert connection.execute(text(
                "SELECT count(*) FROM photos p WHERE NOT EXISTS (SELECT 1 FROM inspections i "
                "WHERE i.id = p.inspection_id)")).scalar() == 0
            assert connection.execute(text("SELECT count(*) FROM audit_events")).scalar() == 0
            assert {b for (b,) in connection.execute(text("SELECT DISTINCT brand FROM web_product_brands"))} == {
                CLIENT_BRAND}
            blobs = connection.execute(text("SELECT count(*) FROM sync_photo_blobs")).scalar()
            photos = connection.execute(text("SELECT count(DISTINCT sha256) FROM photos")).scalar()
            assert blobs == photos
        with engine.begin() as connection:  # another client's name set: none of this brand's rows
            connection.execute(text(f"SET LOCAL ROLE {client_role(site.central.prefix)}"))
            connection.execute(text("SELECT set_config(:k, :v, true)"), {"k": CLIENT_SETTING, "v": "someone-else"})
            assert connection.execute(text("SELECT count(*) FROM inspections")).scalar() == 0
    finally:
        engine.dispose()


@pytest.mark.slow
def test_the_inspection_page_reads_what_the_evidence_view_reads(web_site, tmp_path: Path) -> None:
    """The page's few statements give what station.review.evidence gives in dozens: for every inspection the
    same current grade, answers, photos with their checks, history and whether the lead may decide, after a
    lead's regrade from the browser and with a photo's check on central."""
    from sqlalchemy import inspect as sa_inspect

    from station.ids import new_id, utc_now
    from station.review.evidence import load_evidence
    from station.sync.central_web import login_role
    from station.web.accounts import account
    from station.web.central import open_web_central
    from station.web.inspection_page import load_page

    site = web_site
    with site.central.engine.begin() as connection:
        photo = connection.execute(text("SELECT id, inspection_id, sha256 FROM photos ORDER BY taken_at LIMIT 1")
                                   ).mappings().one()
        connection.execute(text(
            "INSERT INTO photo_checks (id, photo_id, inspection_id, station_id, photo_sha256, phash, ok, problems, "
            "measures, whole_item, camera, similarity, catalog_sku, reused, kept_reason, checked_at, limits) "
            "VALUES (:i, :f, :p, :st, :s, 'cd8cf89131682620', false, CAST('[\"blur\"]' AS json), "
            "CAST('{\"sharpness\": 1.5, \"contrast\": 40}' AS json), false, 'dock', 0.82, NULL, "
            "CAST('[]' AS json), 'the only angle', :t, NULL)"),
            {"i": new_id(), "f": photo["id"], "p": photo["inspection_id"], "st": site.station_id,
             "s": photo["sha256"], "t": utc_now()})
        ids = [i for (i,) in connection.execute(text("SELECT id FROM inspections ORDER BY completed_at"))]
    with httpx.Client(base_url=site.url) as client:
        assert _sign_in(client, LEAD_BADGE, LEAD_PASSWORD).status_code == 303
        page = client.get(f"/inspections/{photo['inspection_id']}").text
        answer = client.post(f"/inspections/{photo['inspection_id']}/decide", follow_redirects=True, data={
            "csrf": _csrf(page), "action": "regrade", "grade": "D", "disposition": "dispose",
            "reason": "blurred close-up hides a crack"})
        assert 'id="done"' in answer.text and "Sharpness 1.5" in answer.text
    web = open_web_central(site.central.url(login_role(site.central.prefix)), tmp_path / "compare",
                           site.central.prefix)
    try:
        for inspection_id in ids:
            with web.connection() as connection:
                web.signin_ctx(connection)
                lead = account(connection, LEAD_BADGE)
                assert lead is not None
                tables = frozenset(sa_inspect(connection).get_table_names())
                ctx = web.reader_ctx(connection, lead)
                shown = load_page(connection, web.base, tables, inspection_id, lead)
                view = load_evidence(ctx, inspection_id, lead.user_id)
            assert shown is not None
            assert (shown.grade, shown.disposition, shown.inspector, shown.product, shown.serial,
                    shown.order_number, shown.return_reason, shown.completed_at, shown.grade_reasons,
                    shown.why_not_decide) == (
                view.grade, view.disposition, view.inspector, view.product.name if view.product else None,
                view.serial, view.order_number, view.return_reason, view.completed_at, view.grade_reasons,
                view.why_not_decide)
            assert shown.answers == view.answers
            assert sorted((p.id, p.sha256, p.prompt, tuple(p.checks)) for p in shown.photos) == sorted(
                (p.id, p.sha256, p.prompt, tuple(view.photo_checks.get(p.id, []))) for p in view.photos)
            assert [(h.at, h.who) for h in shown.history] == [(h.at, h.who) for h in view.history]
            if inspection_id == photo["inspection_id"]:  # the regraded one, with its photo's check
                assert (shown.grade, shown.disposition) == ("D", "dispose")
                assert any("Sharpness 1.5" in str(line) for p in shown.photos for line in p.checks)
                assert "blurred close-up hides a crack" in str(shown.history[-1].what)
    finally:
        web.engine.dispose()


@pytest.mark.slow
def test_after_a_regrade_the_page_recommends_the_decided_refund_beside_the_inspectors(
        web_site, make_station) -> None:
    from station.services.sync import sync_once
    from tests.station.outbound.returns import inspect, joined

    site = web_site
    dock = joined(make_station, "DOCK-72", site.central)
    inspection = inspect(dock, "RMA-100001", 0, photo=False)  # shoes like new: grade A, a full 89.90 refunded
    assert sync_once(dock).everything_sent
    with httpx.Client(base_url=site.url) as client:
        assert _sign_in(client, LEAD_BADGE, LEAD_PASSWORD).status_code == 303
        page = client.get(f"/inspections/{inspection}").text
        shown = re.search(r'<dd id="refund">(.*?)</dd>', page, re.S)
        assert shown and "89.90" in shown.group(1), page
        assert 'id="refund-at-completion"' not in page, "no decision yet: only the inspector's refund"
        answer = client.post(f"/inspections/{inspection}/decide", follow_redirects=True, data={
            "csrf": _csrf(page), "action": "regrade", "grade": "B", "disposition": "restock",
            "reason": "scuffed soles, worn once"})
        assert 'id="done"' in answer.text
        page = client.get(f"/inspections/{inspection}").text
    with site.central.engine.connect() as connection:
        decided = connection.execute(text("SELECT amount FROM decision_refunds WHERE inspection_id = :i"),
                                     {"i": inspection}).scalar_one()
    assert str(decided) == "80.91", "the footwear policy refunds a B less its 10 % fee"
    shown = re.search(r'<dd id="refund">(.*?)<br>', page, re.S)
    assert shown and "80.91" in shown.group(1) and "89.90" not in shown.group(1), page
    earlier = re.search(r'<small id="refund-at-completion">(.*?)</small>', page, re.S)
    assert earlier and "At completion" in earlier.group(1) and "89.90" in earlier.group(1), page
