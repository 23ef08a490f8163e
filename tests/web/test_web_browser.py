"""In headless chromium against the real PostgreSQL: a lead signs in, finds an RMA, zooms a photo and regrades
with a reason that lands on the central as the WEB station's review; a brand's client sees its brand only."""

from __future__ import annotations

import pytest
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait
from sqlalchemy import text
from sqlalchemy.orm import Session

from tests.web.conftest import CLIENT, CLIENT_BRAND, CLIENT_PASSWORD, LEAD_BADGE, LEAD_PASSWORD, SCREENS

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _wait(driver, condition, seconds: float = 20):  # type: ignore[no-untyped-def]
    # A page being replaced (a form's answer loading) makes elements found a moment ago stale: look again.
    return WebDriverWait(driver, seconds, ignored_exceptions=(NoSuchElementException,
                                                              StaleElementReferenceException)).until(condition)


def _sign_in(driver, site, badge: str, password: str) -> None:  # type: ignore[no-untyped-def]
    driver.get(site.url + "/signin")
    driver.find_element(By.ID, "badge").send_keys(badge)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.ID, "signin").click()
    _wait(driver, ec.presence_of_element_located((By.ID, "who")))


def _inspection_with_photos(site, brand: str | None = None, other_than: str | None = None) -> dict:  # type: ignore[no-untyped-def]
    sql = ("SELECT i.id, i.rma_number, i.sku, b.brand, count(p.id) AS photos FROM inspections i "
           "JOIN photos p ON p.inspection_id = i.id JOIN web_product_brands b ON b.sku = i.sku "
           "WHERE i.rma_number IS NOT NULL AND (CAST(:brand AS text) IS NULL OR b.brand = :brand) "
           "AND (CAST(:other AS text) IS NULL OR b.brand <> :other) "
           "GROUP BY i.id, i.rma_number, i.sku, b.brand ORDER BY count(p.id) DESC, i.id LIMIT 1")
    with site.central.engine.connect() as connection:
        row = connection.execute(text(sql), {"brand": brand, "other": other_than}).mappings().first()
    assert row is not None, "the generated inspections have no such item with photos"
    return dict(row)


def test_a_lead_finds_an_rma_zooms_a_photo_and_regrades_it_on_central(web_site, browser) -> None:
    from station.audit.verify import central_keys, verify_store

    driver, site = browser, web_site
    item = _inspection_with_photos(site)
    _sign_in(driver, site, LEAD_BADGE, LEAD_PASSWORD)
    search = driver.find_element(By.ID, "q")
    search.send_keys(item["rma_number"])
    driver.find_element(By.ID, "find").click()
    _wait(driver, ec.presence_of_element_located((By.ID, "found")))
    driver.save_screenshot(str(SCREENS / "web-search.png"))
    driver.find_element(By.CSS_SELECTOR, f"a[href='/inspections/{item['id']}']").click()
    _wait(driver, ec.presence_of_element_located((By.ID, "photos")))
    assert driver.find_element(By.ID, "rma").text == item["rma_number"]
    thumbs = driver.find_elements(By.CSS_SELECTOR, "#photos img")
    assert len(thumbs) == item["photos"]
    _wait(driver, lambda d: all(d.execute_script("return arguments[0].naturalWidth", t) > 0 for t in thumbs))
    old_grade = driver.find_element(By.ID, "grade").text
    driver.save_screenshot(str(SCREENS / "web-inspection.png"))

    driver.find_element(By.CSS_SELECTOR, "#photos a.zoom").click()
    viewer = driver.find_element(By.ID, "viewer-img")
    _wait(driver, lambda d: d.find_element(By.ID, "viewer").is_displayed()
          and d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", viewer) > 0)
    shown = driver.execute_script("return arguments[0].getBoundingClientRect().width", viewer)
    assert shown > 2 * thumbs[0].rect["width"]  # opened large, not the thumbnail
    viewer.click()  # full size: the original itself, pixel for pixel
    _wait(driver, lambda d: "full" in viewer.get_attribute("class")
          and viewer.get_attribute("src").endswith("size=original")
          and d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", viewer) > 0)
    assert driver.execute_script("return Math.round(arguments[0].getBoundingClientRect().width) "
                                 "=== arguments[0].naturalWidth", viewer)
    driver.save_screenshot(str(SCREENS / "web-photo-zoom.png"))
    driver.find_element(By.ID, "viewer-close").click()

    new_grade = next(o.get_attribute("value") for o in Select(driver.find_element(By.ID, "new-grade")).options
                     if o.get_attribute("value") != old_grade)
    Select(driver.find_element(By.ID, "new-grade")).select_by_value(new_grade)
    driver.find_element(By.ID, "reason").send_keys("Scratch on the back seen in photo 2")
    driver.find_element(By.ID, "regrade").click()
    _wait(driver, ec.presence_of_element_located((By.ID, "done")))
    assert driver.find_element(By.ID, "grade").text == new_grade
    driver.save_screenshot(str(SCREENS / "web-regraded.png"))

    with site.central.engine.connect() as connection:
        review = connection.execute(text(
            "SELECT r.station_id, r.action, r.grade, r.previous_grade, r.reason, u.badge_code FROM reviews r "
            "JOIN users u ON u.id = r.reviewer_id WHERE r.inspection_id = :i"), {"i": item["id"]}).mappings().one()
        # The regrade's refund for its grade, written beside it, so a shop told later refunds by the new grade.
        refunds = connection.execute(text(
            "SELECT d.station_id FROM decision_refunds d JOIN reviews r ON r.id = d.decision_id "
            "WHERE d.inspection_id = :i"), {"i": item["id"]}).scalars().all()
    assert dict(review) == {"station_id": "WEB", "action": "regrade", "grade": new_grade,
                            "previous_grade": old_grade, "reason": "Scratch on the back seen in photo 2",
                            "badge_code": LEAD_BADGE}
    with Session(site.central.engine) as session:
        report = verify_store(session, None, None, "central", central_keys(session))
    assert refunds == ["WEB"]
    assert report.ok, report.first
    assert report.stations.get("WEB") == 2, "the review and its refund, both in the web view's own chain"


def test_a_client_sees_its_own_brand_only_and_another_brands_inspection_is_not_found(web_site, browser) -> None:
    driver, site = browser, web_site
    own = _inspection_with_photos(site, brand=CLIENT_BRAND)
    other = _inspection_with_photos(site, other_than=CLIENT_BRAND)
    _sign_in(driver, site, CLIENT, CLIENT_PASSWORD)
    driver.get(site.url + "/?q=" + own["sku"])
    _wait(driver, ec.presence_of_element_located((By.ID, "found")))
    assert {e.text for e in driver.find_elements(By.CSS_SELECTOR, "#found td.sku")} == {own["sku"]}
    driver.find_element(By.CSS_SELECTOR, f"a[href='/inspections/{own['id']}']").click()
    _wait(driver, ec.presence_of_element_located((By.ID, "photos")))
    assert not driver.find_elements(By.ID, "decide")  # a client looks, never decides
    driver.save_screenshot(str(SCREENS / "web-client.png"))
    driver.find_element(By.ID, "lang-he").click()  # the same page in Hebrew, right to left
    _wait(driver, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl")
    assert driver.find_element(By.TAG_NAME, "h1").text.startswith("\u05d1\u05d3\u05d9\u05e7\u05d4")  # "Inspection"
    # The disposition and the role are codes in the database, shown as the station's Hebrew words.
    from station.grading.rules import disposition_label
    from station.text_catalog import translator

    with site.central.engine.connect() as connection:
        code = connection.execute(text("SELECT disposition FROM inspections WHERE id = :i"), {"i": own["id"]}).scalar()
    marks = "\u200f\u2068\u2069"
    hebrew = translator("he")(disposition_label(code).source).strip(marks)
    assert any("\u05d0" <= c <= "\u05ea" for c in hebrew), "the translation file has no Hebrew for it"
    assert driver.find_element(By.ID, "disposition").text.strip(marks) == hebrew
    assert translator("he")("Client").strip(marks) in driver.find_element(By.ID, "who").text
    driver.save_screenshot(str(SCREENS / "web-hebrew.png"))
    driver.find_element(By.ID, "lang-en").click()
    _wait(driver, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("dir") == "ltr")

    driver.get(site.url + "/?q=" + other["rma_number"])
    _wait(driver, ec.presence_of_element_located((By.ID, "nothing")))
    # The database, not the page, hides it: straight to its address is "not found", as is its photo.
    import httpx

    cookies = {c["name"]: c["value"] for c in driver.get_cookies()}
    with httpx.Client(base_url=site.url, cookies=cookies) as client:
        assert client.get(f"/inspections/{other['id']}").status_code == 404
        assert client.get(f"/inspections/{own['id']}").status_code == 200
        with site.central.engine.connect() as connection:
            other_photo = connection.execute(text("SELECT sha256 FROM photos WHERE inspection_id = :i LIMIT 1"),
                                             {"i": other["id"]}).scalar()
        assert client.get(f"/photos/{other_photo}").status_code == 404
    driver.get(site.url + f"/inspections/{other['id']}")
    _wait(driver, ec.presence_of_element_located((By.ID, "problem")))
    driver.save_screenshot(str(SCREENS / "web-client-404.png"))


def test_a_lead_approves_from_the_review_queue_in_its_row_without_a_page_load(web_site, browser) -> None:
    """htmx, served from the package, posts the approval with the form's CSRF token and swaps in the row's answer;
    the page itself is never loaded again. The same form without script posts and lands on the inspection."""
    import httpx

    driver, site = browser, web_site
    _sign_in(driver, site, LEAD_BADGE, LEAD_PASSWORD)
    driver.get(site.url + "/queue?days=30")
    buttons = _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#queue form.approve button"))
    assert len(buttons) >= 2, "the generated inspections leave too few items for a lead to approve"
    assert not driver.find_elements(By.CSS_SELECTOR, "script[src^='http']")  # no script from elsewhere
    _wait(driver, lambda d: d.execute_script("return typeof window.htmx === 'object'"))
    first = buttons[0].get_attribute("id").removeprefix("approve-")
    driver.execute_script("window.stillTheSamePage = true")
    buttons[0].click()
    cell = _wait(driver, ec.presence_of_element_located((By.ID, f"decided-{first}")))
    assert "Saved:" in cell.text
    assert driver.execute_script("return window.stillTheSamePage === true")  # answered in place, no page load
    assert driver.current_url.endswith("/queue?days=30")
    driver.save_screenshot(str(SCREENS / "web-queue-approved.png"))

    second = buttons[1].get_attribute("id").removeprefix("approve-")
    cookies = {c["name"]: c["value"] for c in driver.get_cookies()}
    with httpx.Client(base_url=site.url, cookies=cookies) as client:
        page = client.get("/queue", params={"days": 30}).text
        token = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        forged = client.post(f"/inspections/{second}/decide", headers={"HX-Request": "true"},
                             data={"csrf": "forged", "action": "approve"})
        assert forged.status_code == 403
        plain = client.post(f"/inspections/{second}/decide", data={"csrf": token, "action": "approve"})
        assert plain.status_code == 303 and plain.headers["location"] == f"/inspections/{second}"
    with site.central.engine.connect() as connection:
        done = connection.execute(text(
            "SELECT r.inspection_id, r.action, r.station_id, u.badge_code FROM reviews r "
            "JOIN users u ON u.id = r.reviewer_id ORDER BY r.decided_at")).all()
    assert [(str(i), a, s, b) for i, a, s, b in done] == [(first, "approve", "WEB", LEAD_BADGE),
                                                         (second, "approve", "WEB", LEAD_BADGE)]
