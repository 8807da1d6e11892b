"""ERP order import: column mapping, bad rows with line numbers, idempotent upsert, warranty records."""

import os
import uuid
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
import typer
from sqlmodel import Session, SQLModel, create_engine, select
from typer.testing import CliRunner

from mailbot.cli import orders as orders_cmd
from mailbot.rules.orders import OrderColumns
from mailbot.store.models import OrderLine
from mailbot.store.order_csv import expand_serials, parse_csv
from mailbot.store.orders import read_for_batch, records_for, upsert
from mailbot.workflow.warranty import find
from tests.workflow.fixtures import ROOT, rules

CSV = """order_number,customer,customer_email,product_model,serial,ship_date,invoice_date
PO-1,Acme,Buyer@Acme.com,OTDR-5,SN0001,2025-06-01,2025-06-10
PO-1,Acme,buyer@acme.com,OTDR-5,SN0002~SN0004,2025/01/05,
PO-2,Globex,ops@globex.com,FT-200,X1; X2,2024.03.01,
PO-3,Bad,bad@x.com,FT-200,Z1,31/31/2025,
,Nobody,n@x.com,FT-200,Z2,2025-01-01,
PO-4,Bad,bad-email,FT-200,Z3,2025-01-01,
PO-5,Acme,buyer@acme.com,OTDR-5,,2025-01-01,
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        eng = create_engine(f"sqlite:///{tmp_path / 'orders.db'}")
        SQLModel.metadata.create_all(eng, tables=[OrderLine.__table__])
        yield eng
        eng.dispose()
        return
    admin_url = os.environ.get("MAILBOT_TEST_DATABASE_URL")
    if not admin_url:
        pytest.skip("MAILBOT_TEST_DATABASE_URL not set")
    name = f"mailbot_orders_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    eng = create_engine(sa.make_url(admin_url).set(database=name))
    SQLModel.metadata.create_all(eng, tables=[OrderLine.__table__])
    yield eng
    eng.dispose()
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE "{name}"'))
    admin.dispose()


def test_shipped_column_file_loads():
    from mailbot.rules.orders import load_columns

    assert load_columns(ROOT / "rules" / "orders.yml") == OrderColumns()


def test_expand_serials():
    assert expand_serials("SN0098~SN0101") == ["SN0098", "SN0099", "SN0100", "SN0101"]
    assert expand_serials("A7..9, B1") == ["A7", "A8", "A9", "B1"]
    assert expand_serials("AB-1234-5678") == ["AB-1234-5678"]  # a hyphen is part of many serials
    with pytest.raises(ValueError, match="reversed"):
        expand_serials("SN9~SN1")
    with pytest.raises(ValueError, match="longer"):
        expand_serials("S1~S99999")


def test_parse_reports_bad_rows_with_line_numbers():
    out = list(parse_csv(CSV.splitlines(keepends=True), OrderColumns()))
    rows = [o for o in out if hasattr(o, "serial")]
    bad = {o.line: o.problem for o in out if not hasattr(o, "serial")}
    assert [r.serial for r in rows] == ["SN0001", "SN0002", "SN0003", "SN0004", "X1", "X2"]
    assert rows[0].customer_email == "buyer@acme.com" and rows[0].invoice_date == date(2025, 6, 10)
    assert rows[4].ship_date == date(2024, 3, 1)
    assert sorted(bad) == [5, 6, 7, 8]
    assert "31/31/2025" in bad[5] and "order_number" in bad[6] and "bad-email" in bad[7]
    assert "serial" in bad[8]


def test_missing_column_is_one_clear_error():
    out = list(parse_csv(["order,sn\n", "1,2\n"], OrderColumns()))
    assert len(out) == 1 and out[0].line == 1 and "missing column(s): order_number, serial" in out[0].problem


def test_column_mapping_and_delimiter():
    cols = OrderColumns(
        order_number="Auftrag", serial="S/N", ship_date="Versand", delimiter=";", date_formats=("%d.%m.%Y",)
    )
    out = list(parse_csv(["Auftrag;S/N;Versand\n", "A-1;K9;05.02.2025\n"], cols))
    assert out[0].order_number == "A-1" and out[0].serial == "K9" and out[0].ship_date == date(2025, 2, 5)


def test_upsert_is_idempotent_and_updates_changes(engine):
    rows = [r for r in parse_csv(CSV.splitlines(keepends=True), OrderColumns()) if hasattr(r, "serial")]
    with Session(engine) as s:
        assert upsert(s, rows) == (6, 0, 0)
        s.commit()
    with Session(engine) as s:
        assert upsert(s, rows) == (0, 0, 6)
        s.commit()
    changed = [r.__class__(**{**r.__dict__, "product_model": "OTDR-6"}) if r.serial == "X1" else r for r in rows]
    with Session(engine) as s:
        assert upsert(s, changed) == (0, 1, 5)
        s.commit()
        assert s.exec(select(OrderLine).where(OrderLine.serial == "X1")).one().product_model == "OTDR-6"
        assert len(s.exec(select(OrderLine)).all()) == 6


def test_records_feed_the_warranty_finding(engine, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text(CSV + "PO-9,Acme,buyer@acme.com,OTDR-5,SN0001,2026-01-20,\n", encoding="utf-8")
    orders_cmd.import_file(path, OrderColumns(), engine, progress=False)
    with Session(engine) as s:
        recs = records_for(s, ["SN0001", "SN0003", "NOPE"])
    assert recs["SN0001"].order_number == "PO-9"  # resold unit: the latest shipment counts
    found = find(["SN0001", "SN0003", "NOPE"], recs, rules().terms.warranty, date(2026, 3, 1))
    assert [f.status for f in found] == ["in", "out", "unknown"]


def _cli(tmp_path: Path, engine, *args: str):
    app = typer.Typer()
    orders_cmd.register(app, engine_for=lambda settings: engine)

    @app.command("other")
    def _other() -> None:  # keeps typer in multi-command mode, as in the real CLI
        pass

    rules = tmp_path / "rules"
    rules.mkdir(exist_ok=True)
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text(f'rules_dir = "{rules}"\n')
    return CliRunner().invoke(app, ["import-orders", *args, "--config", str(cfg), "--quiet"])


def test_cli_import_twice_changes_nothing_and_reports_bad_lines(tmp_path, engine):
    path = tmp_path / "export.csv"
    path.write_text(CSV, encoding="utf-8")
    first = _cli(tmp_path, engine, str(path))
    assert first.exit_code == 1
    assert "6 new, 0 updated, 0 unchanged, 4 bad row(s)" in first.output
    assert f"{path}:5: date '31/31/2025'" in first.output
    second = _cli(tmp_path, engine, str(path))
    assert "0 new, 0 updated, 6 unchanged" in second.output


def test_cli_mapping_encoding_and_dry_run(tmp_path, engine):
    path = tmp_path / "gbk.csv"
    path.write_text("订单号,序列号,发货日期\nD-1,G1,2025-01-01\n", encoding="gbk")
    args = [
        str(path),
        "--encoding",
        "gbk",
        "--map",
        "order_number=订单号",
        "--map",
        "serial=序列号",
        "--map",
        "ship_date=发货日期",
    ]
    dry = _cli(tmp_path, engine, *args, "--dry-run")
    assert dry.exit_code == 0 and "would import: 1 new" in dry.output
    with Session(engine) as s:
        assert s.exec(select(OrderLine)).all() == []
    real = _cli(tmp_path, engine, *args)
    assert real.exit_code == 0 and "imported: 1 new" in real.output


def test_cli_bad_mapping_and_bad_rules_file_exit_2(tmp_path, engine):
    path = tmp_path / "e.csv"
    path.write_text(CSV, encoding="utf-8")
    assert _cli(tmp_path, engine, str(path), "--map", "colour=red").exit_code == 2
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "orders.yml").write_text("serial: sn\nbogus: 1\n")
    result = _cli(tmp_path, engine, str(path))
    assert result.exit_code == 2 and "orders.yml:2" in result.output


def test_findings_for_mail_merges_ticket_and_new_serials(engine, tmp_path):
    from mailbot.store.orders import findings_for_mail

    path = tmp_path / "orders.csv"
    path.write_text(CSV, encoding="utf-8")
    orders_cmd.import_file(path, OrderColumns(), engine, progress=False)
    with Session(engine) as s:
        found = findings_for_mail(s, rules().terms.warranty, ["SN0001"], ["SN0001", "X1", "NEW9"], date(2026, 3, 1))
    assert [(f.serial, f.status) for f in found] == [("SN0001", "in"), ("X1", "out"), ("NEW9", "unknown")]


def test_findings_for_mail_finds_an_order_only_claim_by_its_order_number(engine, tmp_path):
    """No serial named: the order's lines are looked up (one query), so a claim can be dated by them."""
    from mailbot.store.orders import findings_for_mail

    path = tmp_path / "orders.csv"
    path.write_text(CSV, encoding="utf-8")
    orders_cmd.import_file(path, OrderColumns(), engine, progress=False)
    terms, today = rules().terms.warranty, date(2026, 3, 1)
    with Session(engine) as s:
        by_order = findings_for_mail(s, terms, [], [], today, ["PO-2", "PO-404"])
        named = findings_for_mail(s, terms, [], ["X1"], today, ["PO-2"])
    assert sorted((f.serial, f.order_number) for f in by_order) == [("X1", "PO-2"), ("X2", "PO-2")]
    assert [f.serial for f in named] == ["X1"]  # a named serial is what the claim is about


def test_a_batch_reads_its_order_lines_once_and_gets_the_same_records(engine, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text(CSV + "PO-9,Acme,buyer@acme.com,OTDR-5,SN0001,2026-01-20,\n", encoding="utf-8")
    orders_cmd.import_file(path, OrderColumns(), engine, progress=False)
    asks = [(["SN0001", "SN0003", "NOPE"], []), ([], ["PO-2"]), (["X1"], ["PO-1"])]
    with Session(engine) as s:
        alone = [records_for(s, serials, orders) for serials, orders in asks]
    queries: list[str] = []
    sa.event.listen(engine, "before_cursor_execute", lambda *a: queries.append(a[2]))
    with Session(engine) as s:
        read_for_batch(s, (x for serials, _ in asks for x in serials), (o for _, orders in asks for o in orders))
        assert len(queries) == 1
        batched = [records_for(s, serials, orders) for serials, orders in asks]
        assert len(queries) == 1  # every look-up covered by the batch's read
        assert batched == alone
        assert records_for(s, ["SN0002"])["SN0002"].order_number == "PO-1"  # not covered: read as before
        assert len(queries) == 2
