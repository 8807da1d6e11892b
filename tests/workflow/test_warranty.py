"""Warranty findings per serial for the seed policies' terms."""

from datetime import date

from mailbot.rules.policy import ChargeTier, Family, Warranty
from mailbot.workflow.warranty import (
    SerialRecord,
    add_months,
    find,
    find_one,
    override,
    summary,
)
from tests.workflow.fixtures import rules

ONE_YEAR = Warranty(families=(Family(name="all", months=12),))


def rec(serial="S1", **kw):
    return SerialRecord(serial=serial, order_number="PO-1", product_model=kw.pop("model", "OTDR-5"), **kw)


def test_add_months_clamps_to_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)


def test_twelve_months_from_delivery_preferred_over_ship_date():
    f = find_one(rec(ship_date=date(2025, 1, 10), delivery_date=date(2025, 1, 20)), ONE_YEAR, date(2026, 1, 15))
    assert (f.status, f.until, f.basis, f.remedy) == ("in", date(2026, 1, 20), "delivery", "free_repair")
    f = find_one(rec(ship_date=date(2025, 1, 10)), ONE_YEAR, date(2026, 1, 15))
    assert (f.status, f.until, f.basis) == ("out", date(2026, 1, 10), "ship")


def test_last_day_is_still_in_warranty():
    r = rec(ship_date=date(2025, 3, 1))
    assert find_one(r, ONE_YEAR, date(2026, 3, 1)).status == "in"
    assert find_one(r, ONE_YEAR, date(2026, 3, 2)).status == "out"


def test_unknown_serial_and_missing_dates():
    found = find(["S9"], {}, ONE_YEAR, date(2026, 1, 1))
    assert found[0].status == "unknown" and found[0].remedy == "rep_checks"
    assert find_one(rec(), ONE_YEAR, date(2026, 1, 1)).status == "unknown"


def test_serviced_parts_six_months_cover_only_the_serviced_part():
    # 001: "12 months (six months for serviced parts)": the serviced part, not the whole system
    terms = rules("optoste").terms.warranty
    r = rec(ship_date=date(2024, 1, 1), repaired_on=date(2025, 10, 1))
    f = find_one(r, terms, date(2026, 3, 1))
    assert (f.status, f.until, f.basis, f.advance_replacement) == ("in", date(2026, 4, 1), "repair", True)
    assert (f.part_only, f.unit_until, f.charge) == (True, date(2025, 1, 1), "quote")
    assert find_one(r, terms, date(2026, 4, 2)).status == "out"
    # While the system's own 12 months run, the system is in warranty as a whole
    inside = find_one(rec(ship_date=date(2025, 6, 1), repaired_on=date(2025, 10, 1)), terms, date(2026, 3, 1))
    assert (inside.status, inside.until, inside.part_only) == ("in", date(2026, 6, 1), False)


def test_aopre_cover_after_a_paid_repair_is_the_units():
    # 002: "After paid maintenance, the same performance problem will enjoy a free warranty period of three months"
    terms = rules("aopre").terms.warranty
    r = rec(model="VT-1000", invoice_date=date(2024, 1, 1), repaired_on=date(2026, 1, 1))
    f = find_one(r, terms, date(2026, 3, 1))
    assert (f.status, f.until, f.basis, f.part_only) == ("in", date(2026, 4, 1), "repair", False)


def test_optoste_counts_from_the_dispatch_from_shantou():
    # 001: "12 months ... from delivery from Shantou": the dispatch date, not the customer's delivery date
    terms = rules("optoste").terms.warranty
    f = find_one(rec(ship_date=date(2025, 3, 1), delivery_date=date(2025, 3, 20)), terms, date(2026, 3, 10))
    assert (f.status, f.until, f.basis, f.started) == ("out", date(2026, 3, 1), "ship", date(2025, 3, 1))


def test_aopre_replacement_window_then_repair_then_no_invoice_fallback():
    terms = rules("aopre").terms.warranty
    sold = rec(model="VT-1000 video transceiver", invoice_date=date(2026, 1, 1), ship_date=date(2025, 12, 1))
    assert find_one(sold, terms, date(2026, 1, 16)).remedy == "replacement"
    assert find_one(sold, terms, date(2026, 1, 17)).remedy == "free_repair"
    no_invoice = rec(model="VT-1000", ship_date=date(2025, 1, 10))
    f = find_one(no_invoice, terms, date(2026, 3, 1))
    assert (f.status, f.until, f.basis) == ("in", date(2026, 3, 10), "ex_factory_plus_2_months")


def test_aopre_accessories_one_week_and_paid_repair_three_months():
    terms = rules("aopre").terms.warranty
    cord = rec(model="Power cord EU", invoice_date=date(2026, 2, 1))
    # "If there are problems with accessories within one week after purchase, they can be guaranteed and
    #  replaced free of charge" - and after it "the user can purchase it separately": not repaired, bought new
    inside = find_one(cord, terms, date(2026, 2, 8))
    assert (inside.status, inside.remedy) == ("in", "replacement")
    f = find_one(cord, terms, date(2026, 2, 9))
    assert (f.status, f.family, f.remedy, f.charge) == ("out", "accessories", "buy_new", "none")
    soft = find_one(rec(model="SW-NMS"), terms, date(2026, 1, 1))
    assert (soft.status, soft.remedy) == ("out", "not_covered")
    repaired = rec(model="FT-200", invoice_date=date(2023, 1, 1), repaired_on=date(2026, 1, 5))
    f = find_one(repaired, terms, date(2026, 3, 1))
    assert (f.status, f.until, f.basis) == ("in", date(2026, 4, 5), "repair")


def test_charges_after_warranty_by_year():
    terms = rules("shenzhen-1year").terms.warranty
    r = rec(ship_date=date(2022, 6, 1))  # warranty to 2023-06-01
    assert find_one(r, terms, date(2024, 5, 1)).charge == "parts"  # first year after
    assert find_one(r, terms, date(2025, 5, 1)).charge == "parts"  # second year after
    assert find_one(r, terms, date(2025, 7, 1)).charge == "parts_and_labour"  # third year
    w = Warranty(after_warranty=(ChargeTier(from_year=2, charge="parts"),))
    assert w.charge_for(1) is None  # a year no tier covers: no charge is promised


def test_serial_range_across_two_warranty_periods():
    records = {
        f"SN{i:04d}": rec(f"SN{i:04d}", ship_date=date(2025, 1, 5) if i < 3 else date(2025, 9, 1)) for i in range(1, 5)
    }
    found = find(["SN0001", "SN0002", "SN0003", "SN0004", "SN0002"], records, ONE_YEAR, date(2026, 3, 1))
    assert [f.serial for f in found] == ["SN0001", "SN0002", "SN0003", "SN0004"]
    assert [f.status for f in found] == ["out", "out", "in", "in"]
    assert summary(found) == "mixed"


def test_summary_and_override():
    in_ = find_one(rec(ship_date=date(2026, 1, 1)), ONE_YEAR, date(2026, 2, 1))
    assert summary([in_]) == "in" and summary([]) is None
    assert summary([*find(["X"], {}, ONE_YEAR, date(2026, 1, 1)), in_]) == "unknown"
    out = override([in_], "out", ONE_YEAR)
    assert out[0].status == "out" and out[0].remedy == "paid_repair" and out[0].basis == "staff"
    assert out[0].as_json()["until"] == "2027-01-01"


def test_complete_adds_unknown_for_missing_serials():
    from mailbot.workflow.warranty import complete

    in_ = find_one(rec("A", ship_date=date(2026, 1, 1)), ONE_YEAR, date(2026, 2, 1))
    done = complete([in_], ["A", "B", "B"])
    assert [(f.serial, f.status) for f in done] == [("A", "in"), ("B", "unknown")]
