"""A catalog product as the screens, slips and packets show it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db import models
from station.context import StationContext


@dataclass(frozen=True)
class ProductView:
    sku: str
    gtin: str | None
    name: str
    category: str
    price: str
    image: Path | None
    serialized: bool


def product_view(ctx: StationContext, product: models.Product) -> ProductView:
    image = None
    if product.image:
        image = Path(product.image)
        if not image.is_absolute():
            image = ctx.resources / image
    return ProductView(product.sku, product.gtin, product.name, product.category, f"{product.price:.2f}", image,
                       product.serialized)
