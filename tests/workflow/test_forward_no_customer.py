"""A colleague's forward, or note of a customer's call, without the customer's address: no ticket (the
colleague is never taken for the customer), and the colleague is asked for the address, never silence."""

from dataclasses import replace

from mailbot.workflow.decide import decide
from tests.workflow.fixtures import NOW, Store, extraction, mail, render, rules, run

POL = rules()
COLLEAGUES = replace(POL, internal_domains=frozenset({"example.com"}))  # anyone at example.com is a colleague
NOTE = "Mr Okafor rang this morning: his OTDR-5 from PO-1001 will not switch on since Monday."


def _no_customer(**kw):
    """What the understanding gives a forward whose From line has a name only, or a call note."""
    base = dict(kind="forwarded", customer_email=None, should_auto_reply=False, customer_name="Femi Okafor")
    return extraction(**{**base, **kw})


def test_rep_forward_without_customer_address_asks_the_rep_and_opens_nothing():
    store = Store()
    d, t = run(store, POL, mail("sales@example.com", NOTE, subject="Fwd: OTDR dead"), _no_customer(), None)
    assert d.action == "ignore" and t is None and store.tickets == {}
    [notice] = d.replies
    assert (notice.template, notice.to) == ("staff_forward_no_customer", ("sales@example.com",))
    assert notice.in_reply_to == "m1@x"
    assert "without the customer's address" in d.reason and "sales@example.com" in d.reason
    subject, text, html = render(notice, None)
    assert "Fwd: OTDR dead" in subject
    assert "No ticket was opened" in text and "Customer: " in text and "From: " in text
    assert NOTE in text and "Femi Okafor" in text
    assert "Customer: Full Name &lt;the customer's e-mail address&gt;" in html
    assert "@" not in text.split("----- your mail")[0].split("\n", 1)[1]  # no example address to be taken for one


def test_engineer_call_note_is_answered_in_the_members_language():
    members = tuple(
        m.model_copy(update={"language": "zh"}) if m.email == "engineer@example.com" else m for m in POL.staff.members
    )
    pol = replace(POL, staff=POL.staff.model_copy(update={"members": members}))
    d, _ = run(Store(pol), pol, mail("engineer@example.com", NOTE), _no_customer(customer_name=""), None)
    [notice] = d.replies
    assert notice.language == "zh" and notice.to == ("engineer@example.com",)
    subject, text, _ = render(notice, None)
    assert "未开立工单" in subject and "Customer: " in text and NOTE in text


def test_colleague_outside_staff_yml_is_asked_too():
    d, t = run(Store(COLLEAGUES), COLLEAGUES, mail("anna@example.com", NOTE), _no_customer(), None)
    assert t is None
    assert [(r.template, r.to) for r in d.replies] == [("staff_forward_no_customer", ("anna@example.com",))]


def test_unauthenticated_member_keeps_the_not_authenticated_answer():
    d, t = run(Store(), POL, mail("sales@example.com", NOTE), _no_customer(), None, authenticated=False)
    assert t is None
    assert [(r.template, r.to) for r in d.replies] == [("staff_not_authenticated", ("sales@example.com",))]
    assert d.reason.startswith("unauthenticated staff mail")


def test_unauthenticated_colleague_hears_at_the_real_address():
    d, _ = run(Store(COLLEAGUES), COLLEAGUES, mail("anna@example.com", NOTE), _no_customer(), None, authenticated=False)
    assert [(r.template, r.to) for r in d.replies] == [("staff_not_authenticated", ("anna@example.com",))]


def test_a_no_reply_colleague_address_is_not_answered_its_rep_is_told():
    m = mail("callcenter-noreply@example.com", NOTE)
    d = decide(
        mail=m,
        found=_no_customer(),
        ticket=None,
        rules=COLLEAGUES,
        sender_is_staff=None,
        sender_authenticated=True,
        warranty=[],
        now=NOW,
        quiet="no-reply sender",
    )
    [notice] = d.replies
    assert notice.template == "staff_forward_no_customer" and notice.to != ("callcenter-noreply@example.com",)
    assert notice.in_reply_to is None and notice.context["forwarded_by"] == "callcenter-noreply@example.com"
    assert "not answered" in d.reason
    _, text, _ = render(notice, None)
    assert "The mail from callcenter-noreply@example.com" in text


def test_machine_mail_from_a_colleague_is_never_answered():
    d, _ = run(Store(), POL, mail("sales@example.com", "Out of office"), _no_customer(kind="auto_reply"), None)
    assert d.replies == () and d.action == "ignore"


def test_a_forward_with_the_customers_address_still_opens_the_customers_ticket():
    found = _no_customer(customer_email="femi@okafor-labs.example", should_auto_reply=True)
    d, t = run(Store(), POL, mail("sales@example.com", NOTE), found, None)
    assert d.action == "open" and t is not None and t.customer_email == "femi@okafor-labs.example"
    assert "staff_forward_no_customer" not in [r.template for r in d.replies]
