"""The policy files' schema: one warehouse file and one file per category, validated with pydantic."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from station.checklist.conditions import Condition

Settlement = Literal["refund", "store_credit", "exchange", "none"]
_STRICT = ConfigDict(extra="forbid", frozen=True)


class GradeTerms(BaseModel):
    """What the customer gets back for an item of one grade: how, minus which restocking fee."""

    model_config = _STRICT
    settle: Settlement
    fee_percent: Decimal | None = Field(default=None, ge=0, le=100)
    fee_fixed: Decimal | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _one_fee(self) -> GradeTerms:
        if self.fee_percent is not None and self.fee_fixed is not None:
            raise PydanticCustomError("fee_both", "give fee_percent or fee_fixed, not both")
        return self


class SignOfUse(BaseModel):
    """Answers that show an item was used, which an "unopened" return must not show."""

    model_config = _STRICT
    when: Condition
    what: str = Field(min_length=1)


class CategoryPolicy(BaseModel):
    model_config = _STRICT
    category: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    window_days: int = Field(ge=0)
    window_from: Literal["purchase", "delivery"] = "delivery"
    # Grades that get the whole price back; the rest pay their grade's fee.
    full_refund_grades: list[str] = Field(min_length=1)
    grades: dict[str, GradeTerms] = Field(min_length=1)
    # Past the window: what is still offered (usually store credit, or nothing).
    outside_window: Settlement = "store_credit"
    # Customer reasons (words in the RMA's reason) that make a refund an exchange.
    exchange_reasons: list[str] = Field(default_factory=list)
    signs_of_use: list[SignOfUse] = Field(default_factory=list)


class RepeatReturner(BaseModel):
    model_config = _STRICT
    # More RMAs than this from one customer within lookback_days (by purchase date) sends the return to a lead.
    max_returns: int = Field(ge=1)
    lookback_days: int = Field(ge=1)


class WarehousePolicy(BaseModel):
    model_config = _STRICT
    version: str = Field(min_length=1, max_length=40)
    # Dates are counted in the warehouse's time zone (an IANA name such as Europe/Berlin), or "local".
    timezone: str = "local"
    # The day that must fall in the window: when the customer asked for the return (the RMA's request date),
    # or when the parcel is received at the dock (the inspection).
    return_date: Literal["requested", "received"] = "requested"
    non_returnable_categories: list[str] = Field(default_factory=list)
    # No purchase date on the RMA: the window cannot be checked, and this is offered at most.
    unknown_purchase_date: Settlement = "store_credit"
    repeat_returner: RepeatReturner | None = None
    # Words in an RMA's reason that mean the customer says the item was never opened.
    unopened_reasons: list[str] = Field(default_factory=list)
