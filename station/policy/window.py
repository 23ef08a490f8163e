"""The return window: which day counts as the return, in the warehouse's time zone, and whether it is late."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from station.policy.model import CategoryPolicy, WarehousePolicy
from station.text import Text, _, _n


def warehouse_zone(warehouse: WarehousePolicy) -> tzinfo | None:
    """None means the computer's own zone (datetime.astimezone() without an argument)."""
    return None if warehouse.timezone == "local" else zoneinfo.ZoneInfo(warehouse.timezone)


def local_day(moment: datetime, zone: tzinfo | None) -> date:
    return moment.astimezone(zone).date()


@dataclass(frozen=True)
class WindowCheck:
    checked: bool
    inside: bool
    last_day: date | None
    return_day: date | None
    words: Text


def check_window(warehouse: WarehousePolicy, category: CategoryPolicy, *, purchase_date: date | None,
                 delivered_on: date | None, requested_on: date | None, received_at: datetime) -> WindowCheck:
    """The window's last day is still inside: 30 days from 1 March ends on 31 March, at midnight local time."""
    start, start_words = purchase_date, _("purchase")
    if category.window_from == "delivery" and delivered_on is not None:
        start, start_words = delivered_on, _("delivery")
    if start is None:
        return WindowCheck(False, True, None, None, _(
            "The RMA has no purchase date: the return window ({days} days) could not be checked.",
            days=category.window_days))
    if warehouse.return_date == "received":
        return_day, return_words = local_day(received_at, warehouse_zone(warehouse)), _("received")
    elif requested_on is not None:
        return_day, return_words = requested_on, _("requested")
    else:
        return WindowCheck(False, True, start + timedelta(days=category.window_days), None, _(
            "The RMA has no return request date: the return window ({days} days from {start}) was not checked.",
            days=category.window_days, start=start_words))
    last_day = start + timedelta(days=category.window_days)
    inside = return_day <= last_day
    if inside:
        words = _("Inside the {days}-day window from {start} ({return_kind} {day}, last day {last}).",
                  days=category.window_days, start=start_words, return_kind=return_words,
                  day=return_day.isoformat(), last=last_day.isoformat())
    else:
        words = _n("Outside the {days}-day window from {start}: {return_kind} {day}, %n day(s) after the last day "
                   "{last}.", (return_day - last_day).days, days=category.window_days, start=start_words,
                   return_kind=return_words, day=return_day.isoformat(), last=last_day.isoformat())
    return WindowCheck(True, inside, last_day, return_day, words)
