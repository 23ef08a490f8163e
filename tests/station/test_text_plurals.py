"""Counted domain texts: 'The central database refused 1 record', never '1 record(s)' or '1 items'."""

from __future__ import annotations

import json

from station.text import Text, _, _n, english_plural


def test_english_forms_without_a_translator() -> None:
    text = _n("The central database refused %n record(s); they wait in quarantine.", 1)
    assert text.render() == "The central database refused 1 record; they wait in quarantine."
    assert _n("{rma}: %n item(s) to inspect.", 2, rma="RMA-1").render() == "RMA-1: 2 items to inspect."
    assert english_plural("%n photo file(s)", 0) == "0 photo files"


def test_a_counted_text_is_stored_with_its_count_and_read_back() -> None:
    text = _n("{code} closed with %n item(s): print its label and manifest.", 1, code="T-42")
    stored = json.loads(json.dumps(text.to_json()))
    assert stored["count"] == 1
    assert Text.from_json(stored) == text
    assert Text.from_json(stored).render() == "T-42 closed with 1 item: print its label and manifest."
    # Texts stored without a count read back as before, and keep no "count" key.
    assert "count" not in _("Answer yes or no.").to_json()


def test_a_translator_with_plural_forms_picks_the_form_and_one_without_gets_english() -> None:
    forms = {"%n record(s)": ("%n запись", "%n записи", "%n записей")}

    def russian(source: str, count: int | None = None) -> str:
        if count is None:
            return source
        one, few, many = forms[source]
        form = one if count % 10 == 1 and count % 100 != 11 else few if 2 <= count % 10 <= 4 and not \
            12 <= count % 100 <= 14 else many
        return form.replace("%n", str(count))

    assert [_n("%n record(s)", n).render(russian) for n in (1, 3, 5, 21)] == [
        "1 запись", "3 записи", "5 записей", "21 запись"]
    # A print template's translator takes the source only: the English forms, never "(s)".
    assert _n("%n record(s)", 2).render(lambda source: source) == "2 records"


def test_a_checklist_with_no_questions_is_told_it_needs_one(tmp_path) -> None:
    from station.checklist.loading import load_templates

    (tmp_path / "empty.yaml").write_text("category: empty\nversion: 1\ntitle: Empty\nquestions: []\n", encoding="utf-8")
    problems = [str(p) for p in load_templates(tmp_path).problems]
    assert any("'questions' needs at least 1 value" in p for p in problems), problems
    assert not any("1 entries" in p for p in problems)


def test_the_command_line_and_the_web_view_read_plural_forms_without_qt() -> None:
    from station.text_catalog import translator

    counted = [_n("{rma}: %n item(s) to inspect.", n, rma="RMA-1") for n in (1, 3, 5, 21)]
    assert [t.render(translator("ru")) for t in counted] == [
        "RMA-1: 1 товар к проверке.", "RMA-1: 3 товара к проверке.", "RMA-1: 5 товаров к проверке.",
        "RMA-1: 21 товар к проверке."]
    hebrew = [t.render(translator("he")) for t in counted[:2]]
    assert "1 פריט לבדיקה" in hebrew[0] and "3 פריטים לבדיקה" in hebrew[1]
    assert counted[0].render(translator("en")) == "RMA-1: 1 item to inspect."
