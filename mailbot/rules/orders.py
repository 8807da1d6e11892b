"""rules/orders.yml: which column of the ERP's CSV export holds which field, and its date formats."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from mailbot.rules.yamlfile import load_model


class OrderColumns(BaseModel):
    """rules/orders.yml: which CSV column holds which field, and how its dates are written."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    order_number: str = "order_number"
    customer: str = "customer"
    customer_email: str = "customer_email"
    product_model: str = "product_model"
    serial: str = "serial"
    ship_date: str = "ship_date"
    invoice_date: str = "invoice_date"
    delivery_date: str | None = "delivery_date"
    repaired_on: str | None = "repaired_on"
    date_formats: tuple[str, ...] = Field(default=("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%d.%m.%Y"))
    delimiter: str = Field(default=",", min_length=1, max_length=1)
    # "SN0100~SN0103" is a range; "-" is not one by default, since many serials contain a hyphen.
    range_separators: tuple[str, ...] = ("~", "..")
    encoding: str = "utf-8-sig"


def load_columns(path: Path) -> OrderColumns:
    return load_model(path, OrderColumns) if path.exists() else OrderColumns()
