"""A claim naming only an order number is about the lines the mail names, or the customer is asked which.

Seed 004 asks for a damage or mismatch claim with "Picture information of damaged / missed products" and
"only the faulty part will be replaced, and other normal parts will not be replaced": the claim is about
one item of the order, never about every line of it."""

from datetime import date

from mailbot.workflow.warranty import about_the_mail, find
from tests.workflow.fixtures import records, render, rules, shipped
from tests.workflow.test_examples import PHOTO
from tests.workflow.test_seed_walks import Walk

DELIVERED = date(2026, 2, 27)
ORDER = records(
    SN0001=shipped(date(2026, 2, 25), "OTDR-5", delivery_date=DELIVERED),
    SN0002=shipped(date(2026, 2, 25), "PM-100", delivery_date=DELIVERED),
    SN0003=shipped(date(2026, 2, 25), "LS-200", delivery_date=DELIVERED),
)


class OrderWalk(Walk):
    """The pipeline's findings for a claim without serials: every line of the order (store.orders)."""

    def find(self, serials):
        return find(serials or tuple(ORDER), ORDER, self.pol.terms.warranty, date(2026, 3, 2))


def _claim(w: OrderWalk, text: str, models: tuple[str, ...], mid: str = "c1@acme"):
    return w.customer(
        text,
        mid,
        attachments=(PHOTO,),
        serial_numbers=(),
        product_models=models,
        defect_category="physical_damage",
    )


def test_the_lines_of_the_model_the_mail_names_and_no_others():
    w = OrderWalk("optko", {})
    d = _claim(w, "The PM-100 of order PO-1001 arrived crushed, photos attached.", ("PM 100",))
    assert w.ticket.status == "waiting_rep"
    ask = next(r for r in d.replies if r.template == "staff_confirm_request")
    assert [f["serial"] for f in ask.context["findings"]] == ["SN0002"]
    text = render(ask, w.ticket)[1]
    assert "SN0002" in text and "SN0001" not in text and "SN0003" not in text


def test_without_a_model_the_customer_is_asked_which_item_once_and_shown_no_list():
    w = OrderWalk("optko", {})
    d = _claim(w, "Order PO-1001 arrived crushed, photos attached.", ())
    assert w.ticket.status == "waiting_info" and list(w.ticket.missing_fields) == ["which_item"]
    asked = w.text(d, "customer_missing_info")
    assert asked.count("which item of the order your request is about") == 1
    assert not any(s in asked for s in ORDER)  # no list of everything on the order
    # the answer names the item: from then on the claim is about that line only
    d = w.customer("It is the LS-200.", "c2@acme", serial_numbers=(), product_models=("LS-200",), defect_summary="")
    assert w.ticket.status == "waiting_rep"
    ask = next(r for r in d.replies if r.template == "staff_confirm_request")
    assert [f["serial"] for f in ask.context["findings"]] == ["SN0003"]


def test_the_question_in_chinese():
    w = OrderWalk("optko", {})
    d = w.customer(
        "订单 PO-1001 的货物到货时已损坏，附照片。",
        "c1@acme",
        attachments=(PHOTO,),
        serial_numbers=(),
        product_models=(),
        defect_category="physical_damage",
        language="zh",
    )
    assert "您的申请涉及订单中的哪一件产品" in w.text(d, "customer_missing_info")


def test_a_profile_asking_for_serials_asks_the_serial_and_not_which_item_too():
    w = OrderWalk("optizone", {})
    d = w.customer("Order PO-1001: one unit has no power.", "c1@acme", serial_numbers=(), product_models=())
    assert list(w.ticket.missing_fields) == ["serial_number"]
    asked = w.text(d, "customer_missing_info")
    assert "which item" not in asked and not any(s in asked for s in ORDER)


def test_serials_named_or_a_single_line_are_what_the_claim_is_about():
    findings = find(tuple(ORDER), ORDER, rules("optizone").terms.warranty, date(2026, 3, 2))
    assert about_the_mail(findings, (), serials_named=True) == (findings, False)
    assert about_the_mail(findings[:1], (), serials_named=False) == (findings[:1], False)
    assert about_the_mail(findings, ("XYZ-9",), serials_named=False) == ([], True)  # none of the order's
    assert about_the_mail(findings, ("otdr5",), serials_named=False) == (findings[:1], False)
