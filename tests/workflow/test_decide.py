"""decide(): each kind of mail from each kind of sender, and what must never happen."""

from dataclasses import replace
from datetime import date

from mailbot.values import Attachment
from mailbot.workflow.decide import decide, ticket_matches
from tests.workflow.fixtures import (
    AUTH_OK,
    NOW,
    Store,
    extraction,
    findings_for,
    mail,
    records,
    render,
    rules,
    run,
    shipped,
)

POL = rules()
IN_WARRANTY = records(SN0001=shipped(date(2025, 6, 1)))
OUT_OF_WARRANTY = records(SN0001=shipped(date(2024, 6, 1)))


def _findings(recs=IN_WARRANTY, serials=("SN0001",), pol=POL):
    return findings_for(pol, serials, recs, NOW.date())


def _opened(store, pol=POL, found=None, recs=IN_WARRANTY):
    found = found or extraction()
    return run(store, pol, mail("li@cust.com", "It is dead."), found, None, _findings(recs, found.serial_numbers, pol))


def _staff(store, text, ticket, *, sender="sales@example.com", auth=True, attachments=(), pol=POL, recs=IN_WARRANTY):
    return run(
        store,
        pol,
        mail(sender, text, mid="s1@example.com", attachments=attachments),
        extraction(kind="follow_up"),
        ticket,
        _findings(recs, ticket.serial_numbers if ticket else (), pol),
        authenticated=auth,
    )


def test_new_request_complete_waits_for_rep():
    store = Store()
    d, t = _opened(store)
    assert (d.action, d.status, t.status) == ("open", "waiting_rep", "waiting_rep")
    assert [(r.template, r.to) for r in d.replies] == [
        ("customer_request_received", ("li@cust.com",)),
        ("staff_confirm_request", ("sales@example.com",)),
    ]
    assert d.replies[0].in_reply_to == "m1@x"
    assert [(e.kind, e.from_state, e.to_state) for e in d.events] == [
        ("opened", None, "new"),
        ("info_complete", "new", "waiting_rep"),
    ]
    assert [(s.awaited, s.owner) for s in d.deadlines_start] == [("rep_confirmation", "sales@example.com")]
    assert t.assigned_rep == "sales@example.com" and t.warranty == "in"
    assert "li@cust.com" in t.participants
    _subject, text, _html = render(d.replies[0], t)
    assert "in warranty until 2026-06-01" in text and "RMA-2026-00001" in text


def test_missing_serial_then_customer_fills_it_in():
    store = Store()
    d, t = _opened(store, found=extraction(serial_numbers=()))
    assert t.status == "waiting_info" and t.missing_fields == ("serial_number",)
    assert [r.template for r in d.replies] == ["customer_missing_info"]
    assert [s.awaited for s in d.deadlines_start] == ["customer_info"]
    assert "serial number" in render(d.replies[0], t)[1]
    reply = extraction(kind="follow_up", order_numbers=(), serial_numbers=("SN0001",), defect_summary="")
    d, t = run(store, POL, mail("li@cust.com", "S/N SN0001", mid="m2@x"), reply, t, _findings())
    assert (d.action, t.status, t.serial_numbers, t.missing_fields) == ("update", "waiting_rep", ("SN0001",), ())
    assert d.deadlines_done == ("customer_info",)
    assert {r.template for r in d.replies} == {"customer_request_received", "staff_confirm_request"}


def test_still_missing_asks_again_without_new_deadline():
    store = Store()
    _, t = _opened(store, found=extraction(serial_numbers=(), order_numbers=()))
    d, t = run(
        store,
        POL,
        mail("li@cust.com", "order PO-9", mid="m2@x"),
        extraction(kind="follow_up", serial_numbers=(), order_numbers=("PO-9",)),
        t,
        [],
    )
    assert t.status == "waiting_info" and t.missing_fields == ("serial_number",)
    assert d.deadlines_start == () and [r.template for r in d.replies] == ["customer_missing_info"]


def test_auto_issue_when_in_warranty_only():
    pol = replace(POL, terms=POL.terms.model_copy(update={"rma_issue": "auto_if_in_warranty"}))
    d, t = _opened(Store(), pol)
    assert t.status == "rma_issued" and [r.template for r in d.replies] == ["customer_rma_issued"]
    assert [s.awaited for s in d.deadlines_start] == ["shipment"]
    d, t = _opened(Store(), pol, recs=OUT_OF_WARRANTY)
    assert t.status == "waiting_rep"


def test_out_of_warranty_serial_is_told_paid_repair():
    store = Store()
    d, t = _opened(store, recs=OUT_OF_WARRANTY)
    text = render(d.replies[0], t)[1]
    assert "out of warranty since 2025-06-01: paid repair" in text and "quotation" in text
    d, t = _staff(store, "#approve", t, recs=OUT_OF_WARRANTY)
    text = render(d.replies[0], t)[1]
    assert "Freight for units out of warranty: to us paid by you, back to you paid by you" in text


def test_forwarded_complaint_belongs_to_customer_assigned_to_forwarding_rep():
    pol = rules()
    staff = pol.staff.model_copy(
        update={"members": (*pol.staff.members, pol.staff.members[0].model_copy(update={"email": "alice@example.com"}))}
    )
    pol = replace(pol, staff=staff)
    found = extraction(kind="forwarded", customer_email="buyer@acme.com", forwarded_by="alice@example.com")
    store = Store()
    d, t = run(store, pol, mail("alice@example.com", "FYI see below"), found, None, _findings(pol=pol))
    assert (t.customer_email, t.assigned_rep, t.forwarded_by) == (
        "buyer@acme.com",
        "alice@example.com",
        "alice@example.com",
    )
    ack, ask = d.replies
    assert ack.to == ("buyer@acme.com",) and ack.cc == ("alice@example.com",) and ack.in_reply_to is None
    assert ask.to == ("alice@example.com",) and ask.context["forwarded"] is True
    assert "you forwarded" in render(ask, t)[1]
    d, t = _staff(store, "#approve", t, sender="alice@example.com", pol=pol)
    assert t.status == "rma_issued" and d.replies[0].to == ("buyer@acme.com",)
    assert d.replies[0].cc == ("alice@example.com",)


def test_forward_with_missing_info_notifies_the_rep():
    found = extraction(kind="forwarded", customer_email="buyer@acme.com", serial_numbers=())
    d, t = run(Store(), POL, mail("sales@example.com", "fwd"), found, None, [])
    assert [(r.template, r.to) for r in d.replies] == [
        ("customer_missing_info", ("buyer@acme.com",)),
        ("staff_forward_notice", ("sales@example.com",)),
    ]
    render(d.replies[1], t)


def test_customer_forward_is_the_customers_own_ticket():
    found = extraction(kind="forwarded", customer_email="victim@other.com")
    d, t = run(Store(), POL, mail("li@cust.com", "fwd"), found, None, _findings())
    assert t.customer_email == "li@cust.com" and all("victim@other.com" not in r.to for r in d.replies)


def test_ticket_matches_only_participants_and_same_company():
    _, t = _opened(Store())
    assert ticket_matches(t, "LI@cust.com", POL)
    assert ticket_matches(t, "boss@cust.com", POL)  # same company domain
    assert ticket_matches(t, "sales@example.com", POL)
    assert not ticket_matches(t, "stranger@evil.org", POL)
    assert not ticket_matches(t, "", POL)
    strict = replace(POL, terms=POL.terms.model_copy(update={"same_domain_participates": False}))
    assert not ticket_matches(t, "boss@cust.com", strict)
    gmail = replace(t, customer_email="li@gmail.com", participants=("li@gmail.com",))
    assert not ticket_matches(gmail, "other@gmail.com", POL)


def test_stranger_quoting_an_rma_gets_a_new_ticket_and_sees_nothing():
    store = Store()
    _, victim = _opened(store)
    assert not ticket_matches(victim, "stranger@evil.org", POL)
    found = extraction(kind="follow_up", rma_reference=victim.rma, serial_numbers=("SN7777",))
    d, t = run(
        store,
        POL,
        mail("stranger@evil.org", f"About {victim.rma}", mid="x9@evil"),
        found,
        None,
        _findings(records(), ("SN7777",)),
    )
    assert d.action == "open" and t.id != victim.id and t.customer_email == "stranger@evil.org"
    for reply in d.replies:
        assert reply.to != ("li@cust.com",)
        assert "SN0001" not in str(reply.context) and "li@cust.com" not in str(reply.context)
    assert store.tickets[victim.id] == victim


def test_spoofed_approve_changes_nothing_is_logged_and_the_real_address_is_told():
    store = Store()
    _, t = _opened(store)
    d, after = _staff(store, "#approve", t, auth=False)
    assert (d.action, d.status, d.updates, d.deadlines_start) == ("record", None, {}, ())
    assert [e.kind for e in d.events] == ["spoofed_command"] and d.events[0].detail["commands"] == ["#approve"]
    assert after.status == "waiting_rep"
    # The answer goes to the real staff address, never anywhere a forger chose.
    [notice] = d.replies
    assert (notice.template, notice.to, notice.cc) == ("staff_not_authenticated", ("sales@example.com",), ())
    assert "#approve" in notice.context["commands"] and "mx.example.com" in str(notice.context["reason"])
    subject, text, _html = render(notice, after)
    assert "not accepted" in subject.lower() and "#approve" in text and "DKIM" in text


def test_spoofed_command_without_a_ticket_still_answers_the_real_address():
    d, _ = _staff(Store(), "#close", None, auth=False)
    assert [(r.template, r.to) for r in d.replies] == [("staff_not_authenticated", ("sales@example.com",))]
    assert d.events and d.events[0].kind == "spoofed_command"


def test_not_authenticated_notice_exists_in_chinese():
    d, t = _staff(Store(), "#approve", None, auth=False)
    zh = replace(d.replies[0], language="zh")
    subject, text, _ = render(zh, t)
    assert "未" in subject and "#approve" in text


def test_unauthenticated_allowed_when_operator_turns_checking_off():
    pol = replace(POL, staff=POL.staff.model_copy(update={"require_authentication": False}))
    store = Store()
    _, t = _opened(store, pol)
    _, after = _staff(store, "#approve", t, auth=False, pol=pol)
    assert after.status == "rma_issued"


def _refused(d):
    assert d.action == "record" and d.status is None and d.updates == {} and d.deadlines_start == ()
    (reply,) = d.replies
    assert reply.template == "staff_command_result" and reply.context["ok"] is False
    return reply.context["errors"]


def test_command_invalid_in_state_is_refused():
    store = Store()
    _, t = _opened(store)
    errors = _refused(_staff(store, "#received", t, sender="engineer@example.com")[0])
    assert "invalid in this state" in errors[0] and "waiting_rep" in errors[0]


def test_command_not_allowed_for_role_and_unknown_command():
    store = Store()
    _, t = _opened(store)
    errors = _refused(_staff(store, "#approve", t, sender="engineer@example.com")[0])
    assert "not allowed for your role (engineer)" in errors[0]
    errors = _refused(_staff(store, "#aprove", t)[0])
    assert "unknown command #aprove" in errors[0]


def test_batch_is_all_or_nothing():
    store = Store()
    _, t = _opened(store)
    d, after = _staff(store, "#note ok\n#approve\n#preliminary", t, sender="manager@example.com")
    assert "#preliminary" in _refused(d)[0] and after.status == "waiting_rep"


def test_ticket_not_found():
    d, _ = _staff(Store(), "#approve", None)
    assert d.action == "ignore" and "ticket not found" in d.replies[0].context["errors"][0]


def test_staff_mail_without_commands_is_recorded_only():
    store = Store()
    _, t = _opened(store)
    d, _ = _staff(store, "Looking into it.", t)
    assert (d.action, d.replies, d.status) == ("record", (), None)


def test_warranty_override_then_approve_in_one_mail():
    store = Store()
    _, t = _opened(store)
    d, t = _staff(store, "#warranty out\n#approve", t)
    assert t.warranty == "out" and t.data["warranty_override"] == "out" and t.status == "rma_issued"
    issued = d.replies[0]
    assert [f["status"] for f in issued.context["findings"]] == ["out"]
    assert [e.kind for e in d.events] == ["warranty_set", "approve"]
    ok = d.replies[-1]
    assert ok.context["ok"] and ok.context["done"] == ["#warranty out: done", "#approve: done"]


def test_assign_note_and_reject():
    store = Store()
    _, t = _opened(store)
    errors = _refused(_staff(store, "#assign bob@elsewhere.com", t)[0])
    assert "not a staff member" in errors[0]
    d, t = _staff(store, "#assign engineer@example.com\n#note customer is VIP", t)
    assert t.assigned_rep == "engineer@example.com"
    assert [r.template for r in d.replies] == ["staff_assigned", "staff_command_result"]
    assert d.events[1].kind == "note" and d.events[1].detail["text"] == "customer is VIP"
    d, t = _staff(store, "#reject Not our product", t)
    assert t.status == "rejected" and d.replies[0].context == {"reason": "Not our product"}
    assert "rep_confirmation" in d.deadlines_done
    assert "Not our product" in render(d.replies[0], t)[1]


def test_shipment_with_tracking_number_moves_in_transit():
    store = Store()
    _, t = _opened(store)
    _, t = _staff(store, "#approve", t)
    d, t = run(
        store,
        POL,
        mail("li@cust.com", "Shipped, DHL 1234567890", mid="m3@x"),
        extraction(kind="follow_up", tracking_numbers=("1234567890",)),
        t,
        _findings(),
    )
    assert t.status == "in_transit" and t.tracking_numbers == ("1234567890",)
    assert d.deadlines_done == ("shipment",) and [s.awaited for s in d.deadlines_start] == ["receipt"]


def test_customer_question_goes_to_the_rep():
    store = Store()
    _, t = _opened(store)
    d, t = run(
        store,
        POL,
        mail("boss@cust.com", "Any news?", mid="m3@x"),
        extraction(kind="follow_up", serial_numbers=("SN0002",)),
        t,
        _findings(),
    )
    assert d.status is None and [(r.template, r.to) for r in d.replies] == [
        ("staff_customer_message", ("sales@example.com",))
    ]
    assert t.serial_numbers == ("SN0001", "SN0002") and "boss@cust.com" in t.participants
    assert "Any news?" in render(d.replies[0], t)[1]


def test_machines_are_never_answered():
    store = Store()
    _, t = _opened(store)
    ooo = extraction(kind="auto_reply", should_auto_reply=False)
    d, _ = run(store, POL, mail("li@cust.com", "I am out of office", mid="m4@x"), ooo, t)
    assert (d.action, d.replies) == ("record", ())
    d, _ = run(
        store, POL, mail("mailer-daemon@cust.com", "bounce"), extraction(kind="bounce", should_auto_reply=False), None
    )
    assert (d.action, d.replies) == ("ignore", ())


def test_preliminary_and_report_need_content():
    store = Store()
    _, t = _opened(store)
    _, t = _staff(store, "#approve", t)
    _, t = _staff(store, "#received", t, sender="engineer@example.com")
    assert "#preliminary needs" in _refused(_staff(store, "#preliminary", t, sender="engineer@example.com")[0])[0]
    assert "report attached" in _refused(_staff(store, "#report", t, sender="engineer@example.com")[0])[0]
    pdf = (Attachment("report.pdf", "application/pdf", b"%PDF-1.4"),)
    d, t = _staff(store, "#report\nSee attached.\n--\nEng", t, sender="engineer@example.com", attachments=pdf)
    assert t.status == "report_sent" and d.replies[0].attachments == pdf
    assert d.replies[0].context["text"] == "See attached."


def test_chinese_customer_gets_chinese_mail():
    store = Store()
    d, t = _opened(store, found=extraction(language="zh", serial_numbers=()))
    assert d.replies[0].language == "zh" and "序列号" in render(d.replies[0], t)[1]


def test_decide_is_pure_same_input_same_output():
    store = Store()
    _, t = _opened(store)
    args = dict(
        mail=mail("sales@example.com", "#approve", headers=(AUTH_OK,)),
        found=extraction(),
        ticket=t,
        rules=POL,
        sender_is_staff=POL.staff.member("sales@example.com"),
        sender_authenticated=True,
        warranty=_findings(),
        now=NOW,
    )
    assert decide(**args) == decide(**args)


def test_order_question_goes_to_the_customers_rep_without_a_ticket():
    d, t = run(
        Store(),
        POL,
        mail("li@cust.com", "When will PO-1001 ship?"),
        extraction(kind="order_status", serial_numbers=(), defect_summary=""),
        None,
        [],
    )
    assert d.action == "ignore" and t is None
    (notice,) = d.replies
    assert notice.to == ("sales@example.com",) and notice.template == "staff_order_question"
    subject, text, _ = render(notice, None)
    assert "li@cust.com" in subject and "When will PO-1001 ship?" in text


def test_sender_checks_use_the_from_address_and_our_authserv_id():
    from mailbot.workflow.decide import sender_checks

    member, ok = sender_checks(mail("Sales@Example.com", "#approve", headers=(AUTH_OK,)), POL)
    assert member.email == "sales@example.com" and ok
    forged = ("authentication-results", "evil.example.net; dkim=pass header.d=example.com")
    assert sender_checks(mail("sales@example.com", "#approve", headers=(forged,)), POL)[1] is False
    assert sender_checks(mail("li@cust.com", "hi", headers=(AUTH_OK,)), POL) == (None, False)


def test_unauthenticated_forward_opens_the_customers_ticket_marked_and_writes_only_to_staff():
    found = extraction(kind="forwarded", customer_email="victim@other.com", forwarded_by="sales@example.com")
    d, t = run(Store(), POL, mail("sales@example.com", "fwd"), found, None, _findings(), authenticated=False)
    assert d.action == "open" and t is not None and t.customer_email == "victim@other.com"
    assert "unauthenticated_forward" in [e.kind for e in d.events]
    # A forged forward must not make us write to the address it names: staff only, the rep is told.
    assert all(r.to[0].endswith("@example.com") and not r.cc for r in d.replies)
    notices = [r for r in d.replies if r.template == "staff_not_authenticated"]
    assert [n.to for n in notices] == [("sales@example.com",)]
    assert notices[0].context["kind"] == "forward" and notices[0].context["customer"] == "victim@other.com"
    _, text, _ = render(notices[0], t)
    assert "victim@other.com" in text and "not written" in text


def test_forward_by_an_engineer_goes_to_the_customers_rep():
    found = extraction(kind="forwarded", customer_email="buyer@acme.com")
    d, t = run(Store(), POL, mail("engineer@example.com", "fwd"), found, None, _findings())
    assert t.assigned_rep == "sales@example.com" and t.forwarded_by == "engineer@example.com"
    _ack, ask, notice = d.replies
    assert ask.to == ("sales@example.com",) and ask.context["forwarded"] is False
    assert notice.template == "staff_forward_notice" and notice.to == ("engineer@example.com",)


def test_serial_range_across_two_warranty_periods_is_told_per_serial():
    recs = {
        **records(SN0001=shipped(date(2024, 12, 1)), SN0002=shipped(date(2024, 12, 1))),
        **records(SN0003=shipped(date(2025, 9, 1)), SN0004=shipped(date(2025, 9, 1))),
    }
    serials = ("SN0001", "SN0002", "SN0003", "SN0004")
    store = Store()
    d, t = run(
        store,
        POL,
        mail("li@cust.com", "SN0001-SN0004 all dead"),
        extraction(serial_numbers=serials),
        None,
        findings_for(POL, serials, recs, NOW.date()),
    )
    assert t.warranty == "mixed"
    text = render(d.replies[0], t)[1]
    for serial in ("SN0001", "SN0002"):
        assert f"S/N {serial} (OTDR-5): out of warranty since 2025-12-01" in text
    for serial in ("SN0003", "SN0004"):
        assert f"S/N {serial} (OTDR-5): in warranty until 2026-09-01" in text
    d, t = _staff(store, "#approve", t, recs=recs)
    text = render(d.replies[0], t)[1]
    assert "Freight for units in warranty" in text and "Freight for units out of warranty" in text


def test_a_customer_cannot_command():
    store = Store()
    _, t = _opened(store)
    d, after = run(
        store, POL, mail("li@cust.com", "#approve\n#close", mid="m5@x"), extraction(kind="follow_up"), t, _findings()
    )
    assert after.status == "waiting_rep" and d.status is None
    assert [r.template for r in d.replies] == ["staff_customer_message"]


def test_staff_warranty_verdict_holds_for_later_customer_mail():
    store = Store()
    _, t = _opened(store, found=extraction(order_numbers=()))
    _, t = _staff(store, "#warranty out", t)
    d, t = run(
        store,
        POL,
        mail("li@cust.com", "Order PO-7", mid="m6@x"),
        extraction(kind="follow_up", order_numbers=("PO-7",)),
        t,
        _findings(),
    )
    ack = d.replies[0]
    assert ack.template == "customer_request_received"
    assert [f["status"] for f in ack.context["findings"]] == ["out"] and "warranty" not in d.updates


def test_mail_about_no_ticket_renders_without_one():
    d, _ = _staff(Store(), "#approve", None)
    for lang in ("en", "zh"):
        subject, text, _ = render(replace(d.replies[0], language=lang), None)
        assert "#approve" in subject and "ticket not found" in text


def test_colleague_filling_in_gets_the_answer_in_cc():
    store = Store()
    _, t = _opened(store, found=extraction(serial_numbers=()))
    d, t = run(
        store,
        POL,
        mail("boss@cust.com", "S/N SN0001", mid="m7@x"),
        extraction(kind="follow_up", serial_numbers=("SN0001",)),
        t,
        _findings(),
    )
    ack = d.replies[0]
    assert ack.to == ("li@cust.com",) and ack.cc == ("boss@cust.com",) and ack.in_reply_to == "m7@x"


def test_serials_without_a_finding_are_told_as_unknown_never_dropped():
    store = Store()
    _, t = _opened(store)
    d, t = run(
        store,
        POL,
        mail("sales@example.com", "#approve", mid="s9@example.com"),
        extraction(kind="follow_up", serial_numbers=("QUOTED1",)),
        t,
        [],
    )
    findings = d.replies[0].context["findings"]
    assert [(f["serial"], f["status"]) for f in findings] == [("SN0001", "unknown")]


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from mailbot.workflow import states as workflow  # noqa: E402

_STAFF = ("sales@example.com", "engineer@example.com", "manager@example.com")
_LINES = (
    "#approve",
    "#reject wrong model",
    "#received",
    "#preliminary\nLaser degraded.",
    "#report",
    "#resolve replaced",
    "#close",
    "#note hi",
    "#assign engineer@example.com",
    "#warranty out",
    "#bogus",
    "thanks",
)
_step = st.one_of(
    st.tuples(st.just("staff"), st.sampled_from(_STAFF), st.sampled_from(_LINES), st.booleans()),
    st.tuples(
        st.just("customer"),
        st.sampled_from(("li@cust.com", "boss@cust.com")),
        st.sampled_from(((), ("SN0001",), ("SN0002",))),
        st.sampled_from(((), ("1Z999",))),
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_step, max_size=12))
def test_any_mail_sequence_keeps_the_invariants(steps):
    store = Store()
    _, t = _opened(store)
    allowed = {"li@cust.com", "boss@cust.com", *_STAFF}
    for i, step in enumerate(steps):
        before = t
        if step[0] == "staff":
            _, sender, text, auth = step
            d, t = _staff(store, text, t, sender=sender, auth=auth)
            if not auth:
                assert (d.status, d.updates) == (None, {}) and t == before
                # The only mail: the "not accepted" notice, to the real staff address alone.
                told = [(r.template, r.to, r.cc) for r in d.replies]
                assert told in ([], [("staff_not_authenticated", (sender,), ())])
        else:
            _, sender, serials, tracking = step
            d, t = run(
                store,
                POL,
                mail(sender, "update", mid=f"c{i}@cust.com"),
                extraction(kind="follow_up", serial_numbers=serials, tracking_numbers=tracking),
                t,
                _findings(),
            )
            assert d.status in (None, "waiting_rep", "rma_issued", "in_transit", "waiting_info")
        assert t.status in workflow.STATES
        if before.status == workflow.CLOSED:
            assert t.status == workflow.CLOSED
        for reply in d.replies:
            assert set(reply.to) | set(reply.cc) <= allowed
            render(reply, t)
        if d.status and d.status != before.status:
            assert any(e.from_state == before.status and e.to_state == d.status for e in d.events)


QUIET = "mailing-list mail (list-unsubscribe header)"


def test_a_complaint_with_list_headers_opens_a_ticket_silently_and_the_rep_is_told():
    found = replace(extraction(), should_auto_reply=False)  # the guard forbade an automatic answer
    d, t = run(Store(), POL, mail("li@cust.com", "It is dead."), found, None, _findings(), quiet=QUIET)
    assert d.action == "open" and t is not None and t.customer_email == "li@cust.com"
    assert all(POL.is_internal(a) for r in d.replies for a in (*r.to, *r.cc))  # nothing to the customer
    notice = d.replies[-1]
    assert (notice.template, notice.to) == ("staff_not_auto_answered", (t.assigned_rep,))
    assert QUIET in notice.context["reason"]
    assert [e.kind for e in d.events][-1] == "not_auto_answered"
    for language in ("en", "zh"):
        subject, text, _ = render(replace(notice, language=language), t)
        assert "li@cust.com" in subject and QUIET in text


def test_a_quiet_follow_up_is_recorded_without_an_answer():
    store = Store()
    _, t = _opened(store)
    found = replace(extraction(kind="follow_up", serial_numbers=("SN0002",)), should_auto_reply=False)
    d, after = run(store, POL, mail("li@cust.com", "One more: SN0002"), found, t, _findings(), quiet=QUIET)
    assert d.action == "update" and "SN0002" in after.serial_numbers
    assert [r.to for r in d.replies if not all(POL.is_internal(a) for a in r.to)] == []
    assert d.replies[-1].template == "staff_not_auto_answered"


def test_without_a_quiet_reason_an_unanswerable_mail_still_opens_nothing():
    found = replace(extraction(), should_auto_reply=False)
    d, t = run(Store(), POL, mail("li@cust.com", "It is dead."), found, None, _findings())
    assert (d.action, d.replies, t) == ("ignore", (), None)


def test_unauthenticated_staff_mail_with_nothing_to_do_is_not_silently_ignored():
    d, _ = _staff(Store(), "see the attached price list", None, auth=False)
    assert d.action == "ignore" and [(r.template, r.to) for r in d.replies] == [
        ("staff_not_authenticated", ("sales@example.com",))
    ]
    for language in ("en", "zh"):
        subject, text, _ = render(replace(d.replies[0], language=language), None)
        assert "Defective unit" in subject
        assert "nothing was done" in text if language == "en" else "未做任何处理" in text
