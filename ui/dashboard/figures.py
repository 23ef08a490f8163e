"""What each dashboard card shows, built from the summary as plain rows: the chart and its table share them."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from station.policy.return_reasons import return_reason
from station.services.dashboard import Summary
from ui.i18n import render

# Colours match the grade screen: good green, work amber, loss red; neutral blue for counts.
GRADE_COLOURS = {"A": "#0b6b2a", "B": "#4e9a44", "C": "#d08a00", "D": "#a85b00", "F": "#9b0d15"}
DISPOSITION_COLOURS = {"restock": "#0b6b2a", "refurbish": "#d08a00", "dispose": "#9b0d15"}
NEUTRAL = "#0b4fb3"
FLAG_COLOUR = "#b3121b"


@dataclass(frozen=True)
class Figure:
    key: str  # names the CSV file
    title: str
    kind: str  # bar | hbar | pie
    labels: list[str]  # one per bar or slice
    values: list[float]
    header: list[str]  # the table's columns
    rows: list[list[object]]
    colours: list[str] = field(default_factory=list)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}"


class FigureBuilder(QObject):
    """A QObject only for self.tr: the titles and column names are translated with literals lupdate can read."""

    def __init__(self, names: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Display names for grade, disposition, settlement and flag keys, already translated.
        self.names = names

    def name(self, key: str) -> str:
        return self.names.get(key, key.replace("_", " ").capitalize() if key else self.tr("(no reason given)"))

    def build(self, summary: Summary) -> list[Figure]:
        return [self._trend(summary), self._reasons(summary), self._grades(summary), self._dispositions(summary),
                self._products(summary), self._rates(summary), self._pace(summary), self._money(summary),
                self._flags(summary)]

    def _trend(self, summary: Summary) -> Figure:
        weeks = summary.weeks[-12:]
        return Figure("trend", self.tr("Returns by week"), "bar", [w[5:] for w, _n in weeks],
                      [n for _w, n in weeks], [self.tr("Week from"), self.tr("Inspections")],
                      [[w, n] for w, n in weeks], [NEUTRAL] * len(weeks))

    def _reasons(self, summary: Summary) -> Figure:
        reasons = summary.reasons
        names = [self._reason(r) for r, _n in reasons]
        return Figure("reasons", self.tr("Return reasons"), "hbar", names,
                      [n for _r, n in reasons], [self.tr("Reason"), self.tr("Returns")],
                      [[name, n] for name, (_r, n) in zip(names, reasons, strict=True)], [NEUTRAL] * len(reasons))

    def _reason(self, reason: str) -> str:
        # The shop's reason codes in the reader's language; a customer's own words as written.
        text = return_reason(reason)
        return render(text) if text is not None else self.tr("(no reason given)")

    def _grades(self, summary: Summary) -> Figure:
        grades = summary.grades
        return Figure("grades", self.tr("Grade mix"), "bar", [g for g, _n in grades], [n for _g, n in grades],
                      [self.tr("Grade"), self.tr("Inspections")], [[g, n] for g, n in grades],
                      [GRADE_COLOURS.get(g, NEUTRAL) for g, _n in grades])

    def _dispositions(self, summary: Summary) -> Figure:
        mix = summary.dispositions
        return Figure("dispositions", self.tr("Disposition mix"), "hbar", [self.name(d) for d, _n in mix],
                      [n for _d, n in mix], [self.tr("Disposition"), self.tr("Inspections")],
                      [[self.name(d), n] for d, n in mix], [DISPOSITION_COLOURS.get(d, NEUTRAL) for d, _n in mix])

    def _products(self, summary: Summary) -> Figure:
        top = summary.top_products
        header = [self.tr("SKU"), self.tr("Product"), self.tr("Category"), self.tr("Returns"), self.tr("Units sold"),
                  self.tr("Return rate")]
        rows = [[p.key, p.name, self.name(p.category), p.returns, "—" if p.units_sold is None else p.units_sold,
                 _pct(p.rate)] for p in summary.products]
        return Figure("top_products", self.tr("Most returned"), "hbar", [p.name for p in top],
                      [p.returns for p in top], header, rows, [NEUTRAL] * len(top))

    def _rates(self, summary: Summary) -> Figure:
        rates = sorted(summary.categories, key=lambda c: (-(c.rate or 0), c.key))
        header = [self.tr("Category"), self.tr("Returns"), self.tr("Units sold"), self.tr("Return rate")]
        rows = [[self.name(c.key), c.returns, "—" if c.units_sold is None else c.units_sold, _pct(c.rate)]
                for c in rates]
        return Figure("category_rates", self.tr("Return rate, %"), "hbar", [self.name(c.key) for c in rates],
                      [round((c.rate or 0) * 100, 1) for c in rates], header, rows, [NEUTRAL] * len(rates))

    def _pace(self, summary: Summary) -> Figure:
        pace = summary.inspectors
        header = [self.tr("Inspector"), self.tr("Items"), self.tr("Hours worked"), self.tr("Items per hour")]
        return Figure("pace", self.tr("Items per hour"), "hbar", [p.inspector for p in pace],
                      [round(p.per_hour, 1) for p in pace], header,
                      [[p.inspector, p.items, p.hours, f"{p.per_hour:.1f}"] for p in pace], [NEUTRAL] * len(pace))

    def _money(self, summary: Summary) -> Figure:
        money = summary.money
        header = [self.tr("Settlement"), self.tr("Items"), self.tr("Amount"), self.tr("Fees")]
        rows = [[self.name(m.settlement), m.count, f"{m.amount:.2f}", f"{m.fee:.2f}"] for m in money]
        return Figure("money", self.tr("Money back"), "hbar", [self.name(m.settlement) for m in money],
                      [round(float(m.amount)) for m in money], header, rows, [NEUTRAL] * len(money))

    def _flags(self, summary: Summary) -> Figure:
        flags = summary.flags
        return Figure("flags", self.tr("Flags by kind"), "hbar", [self.name(k) for k, _n in flags],
                      [n for _k, n in flags], [self.tr("Flag"), self.tr("Inspections")],
                      [[self.name(k), n] for k, n in flags], [FLAG_COLOUR] * len(flags))

    def times(self, summary: Summary) -> Figure:
        """Scan-to-complete minutes as bars; the table adds the leads' review turnaround."""
        review = summary.review_turnaround
        rows: list[list[object]] = [
            [self.tr("Processing (scan to complete)"), summary.processing.count,
             _minutes(summary.processing.median_s), _minutes(summary.processing.p90_s)],
            [self.tr("Lead review turnaround"), review.count if review else "—",
             _minutes(review.median_s if review else None), _minutes(review.p90_s if review else None)]]
        labels, values = [], []
        for label, seconds in ((self.tr("Median"), summary.processing.median_s),
                               (self.tr("p90"), summary.processing.p90_s)):
            if seconds is not None:
                labels.append(label)
                values.append(round(seconds / 60, 1))
        return Figure("times", self.tr("Minutes per item"), "hbar", labels, values,
                      [self.tr("Measure"), self.tr("Count"), self.tr("Median (min)"), self.tr("p90 (min)")], rows,
                      [NEUTRAL] * len(values))
