"""parse_label: each kind of label a dock sees, and no exception for any text at all."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station.scan.label import InvalidRmaPattern, LabelData, parse_label

GS = "\x1d"


def test_gs1_element_string_from_a_gs1_datamatrix() -> None:
    label = parse_label("010890381998765921S1ND6MPPFCGG6B869XES" + GS + "1731063010BNav4Cam2")
    assert label.kind == "gs1"
    assert (label.gtin, label.serial, label.lot, label.expiry) == (
        "08903819987659", "S1ND6MPPFCGG6B869XES", "BNav4Cam2", dt.date(2031, 6, 30))


def test_gs1_with_symbology_identifier_and_human_readable_form() -> None:
    assert parse_label("]C10109506000134352" + "10AB1").lot == "AB1"
    label = parse_label("(01)09506000134352(17)260200(10)AB")
    assert (label.kind, label.gtin, label.expiry, label.lot) == ("gs1", "09506000134352", dt.date(2026, 2, 28), "AB")


def test_gs1_with_a_wrong_gtin_check_digit_is_not_gs1() -> None:
    assert parse_label("0109506000134353" + "21ABC").kind != "gs1"


def test_digital_link() -> None:
    label = parse_label("https://id.example.com/01/09506000134352/21/ABC")
    assert (label.kind, label.gtin, label.serial) == ("digital_link", "09506000134352", "ABC")
    label = parse_label("https://id.example.com/01/09506000134352/10/L1?17=261231")
    assert (label.lot, label.expiry) == ("L1", dt.date(2026, 12, 31))


@pytest.mark.parametrize("text", ["RMA-1234", "RMA-0000012345", "  RMA-98765\n"])
def test_rma_default_pattern(text: str) -> None:
    label = parse_label(text)
    assert (label.kind, label.rma) == ("rma", text.strip())


def test_rma_inside_a_returns_url() -> None:
    assert parse_label("https://returns.example.com/r/RMA-99999").rma == "RMA-99999"


def test_rma_pattern_is_per_warehouse() -> None:
    assert parse_label("R-778899", rma_pattern=r"R-\d{6}").kind == "rma"
    assert parse_label("RMA-1234", rma_pattern=r"R-\d{6}").kind != "rma"
    assert parse_label("RMA-12", rma_pattern=r"RMA-\d{4,}").kind == "sku"


def test_invalid_rma_pattern_is_a_clear_station_error() -> None:
    with pytest.raises(InvalidRmaPattern, match="not valid"):
        parse_label("RMA-1234", rma_pattern="RMA-(")


@pytest.mark.parametrize(("text", "carrier", "number"), [
    ("1Z5R89390357567127", "ups", "1Z5R89390357567127"),
    ("1Z 5R8 939 03 5756 7127", "ups", "1Z5R89390357567127"),
    ("986578788855", "fedex", "986578788855"),
    ("9611611234567890123455", "fedex", "9611611234567890123455"),
    ("9400111899223197428497", "usps", "9400111899223197428497"),
    ("73891051146", "dhl", "73891051146"),
    ("]C1420221539101026837331000039521", "usps", "420221539101026837331000039521"),
])
def test_carrier_tracking_numbers(text: str, carrier: str, number: str) -> None:
    label = parse_label(text)
    assert (label.kind, label.carrier, label.tracking_number) == ("tracking", carrier, number)


def test_tracking_number_with_a_wrong_check_digit_is_not_tracking() -> None:
    assert parse_label("1Z5R89390357567128").kind != "tracking"


@pytest.mark.parametrize(("text", "gtin"), [
    ("4006381333931", "04006381333931"),
    ("0890444000335", "00890444000335"),
    ("890444000335", "00890444000335"),
    ("96385074", "00000096385074"),
])
def test_bare_gtins_are_stored_as_14_digits(text: str, gtin: str) -> None:
    assert (parse_label(text).kind, parse_label(text).gtin) == ("gtin", gtin)


def test_the_symbology_settles_digits_that_are_both_a_gtin_and_a_tracking_number() -> None:
    both = next(n for n in (f"9865787888{i:02d}" for i in range(100))
                if parse_label(n, symbology="Code128").kind == "tracking" and parse_label(n).kind == "gtin")
    assert parse_label(both, symbology="UPCA").kind == "gtin"


@pytest.mark.parametrize("text", ["ABC-123", "15182881", "CNK8181G2C", "SKU/4711.B"])
def test_skus(text: str) -> None:
    assert (parse_label(text).kind, parse_label(text).sku) == ("sku", text)


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "http://example.com/page", "two words here", "x" * 100_000,
                                  "\udcff\udcfe", "RMA-" + "1" * 100_000])
def test_unknown(text: str) -> None:
    label = parse_label(text)
    assert label.kind == "unknown"
    json.dumps(label.to_json())


def test_to_json_omits_absent_fields() -> None:
    assert parse_label("RMA-1234").to_json() == {"kind": "rma", "raw": "RMA-1234", "rma": "RMA-1234"}
    data = parse_label("https://id.example.com/01/09506000134352/10/L1?17=261231").to_json()
    assert data == {"kind": "digital_link", "raw": "https://id.example.com/01/09506000134352/10/L1?17=261231",
                    "gtin": "09506000134352", "lot": "L1", "expiry": "2026-12-31"}


KINDS = {"gs1", "digital_link", "rma", "tracking", "gtin", "sku", "unknown"}
label_like = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="0123456789" + GS + "()]CdQ1", max_size=80),
    st.builds(lambda ai, rest: ai + rest, st.sampled_from(["01", "]C101", "]d201", "(01)", "00", "420"]),
              st.text(alphabet="0123456789ABCXYZ" + GS + "()", max_size=60)),
    st.builds(lambda path: "https://id.example.com/" + path, st.text(alphabet="0123456789/ABC?=&%", max_size=60)),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    st.binary(max_size=200).map(lambda b: b.decode("utf-8", "surrogateescape")),
)


@settings(max_examples=400, deadline=None)
@given(label_like, st.sampled_from([None, "", "Code128", "EAN13", "UPCA", "]C1", "QRCode"]))
def test_any_text_gives_a_label_and_never_an_exception(text: str, symbology: str | None) -> None:
    label = parse_label(text, symbology=symbology)
    assert isinstance(label, LabelData) and label.kind in KINDS
    assert label.gtin is None or (len(label.gtin) == 14 and label.gtin.isdigit())
    json.dumps(label.to_json())


@pytest.mark.parametrize(("text", "gtin", "serial", "lot"), [
    (GS + "0109506000134352" + GS + "21ABC", "09506000134352", "ABC", None),
    # FNC1 first, then an AI other than (01): a lot or a serial alone is still GS1, never a SKU.
    (GS + "10ABC123", None, None, "ABC123"),
    (GS + "21SER-9", None, "SER-9", None),
    ("]C1" + GS + "0109506000134352" + "10L7", "09506000134352", None, "L7"),
    ("]d2" + "0109506000134352" + GS + "21X1", "09506000134352", "X1", None),
    ("]Q3" + "0109506000134352" + "21Q", "09506000134352", "Q", None),
    ("(01) 09506000134352 (21) ABC", "09506000134352", "ABC", None),
    ("(01)09506000134352" + GS + "(10)AB", "09506000134352", None, "AB"),
])
def test_gs1_separators_symbology_identifiers_and_bracketed_text(text: str, gtin: str | None, serial: str | None,
                                                                 lot: str | None) -> None:
    label = parse_label(text)
    assert (label.kind, label.gtin, label.serial, label.lot, label.sku) == ("gs1", gtin, serial, lot, None)


def test_gs1_data_after_a_leading_separator_that_biip_refuses_gives_no_gtin_and_no_sku() -> None:
    for text in (GS + "0109506000134353", GS + "00106141411234567897"):
        label = parse_label(text)
        assert label.kind in ("gs1", "unknown") and label.gtin is None and label.sku is None, label


def test_a_digital_link_with_an_empty_gtin_gives_no_gtin() -> None:
    assert parse_label("https://id.gs1.org/01/").gtin is None
    label = parse_label("https://id.gs1.org/01/?17=201225")
    assert (label.kind, label.gtin, label.expiry) == ("digital_link", None, dt.date(2020, 12, 25))
    assert parse_label("https://id.gs1.org/01//21/ABC").gtin is None
