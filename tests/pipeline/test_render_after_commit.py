"""Replies are rendered after the mail's transaction commits, and a crash in between still sends them once."""

from __future__ import annotations

import sys

from sqlmodel import select

from mailbot.schedule.delivery import deliver_due
from mailbot.store.models import Message
from tests.conftest import CLI_CLOCK, REPO
from tests.pipeline.helpers import customer_mail, drop, outbox, run_once, sent_mails, tickets
from tests.pipeline.test_crash import BODY, LATER, run, write_config

KILL_BEFORE_RENDERING = (
    "import os, signal, sys\n"
    "import mailbot.pipeline as p\n"
    "real = p.render_pending\n"
    "def crash(sessions, env, message_ids=None, limit=500):\n"
    "    if message_ids:  # right after the commit of a mail that queued replies\n"
    "        os.kill(os.getpid(), signal.SIGKILL)\n"
    "    return real(sessions, env, message_ids, limit)\n"
    "p.render_pending = crash\n"
    "from mailbot.cli import main\n"
    "sys.argv = ['mailbot', 'once', '--now', sys.argv[2], '--config', sys.argv[1]]\n"
    "main()\n"
)


def test_the_renderer_runs_only_after_the_mail_is_committed(make_ctx):
    ctx = make_ctx()
    renderer = ctx.apply_env.send.renderer
    real = renderer.render
    committed_when_rendering: list[bool] = []

    def render(mail, context, **kw):
        # A second session sees only committed rows: the inbound mail must already be there.
        with ctx.sessions() as other:
            row = other.exec(select(Message).where(Message.direction == "in")).first()
        committed_when_rendering.append(row is not None)
        return real(mail, context, **kw)

    renderer.render = render  # type: ignore[method-assign]
    drop(ctx, customer_mail("maria@fibrenet.example.pt", "Faulty SFP", BODY))
    [outcome] = run_once(ctx)

    assert outcome.status == "processed" and outcome.replies
    assert committed_when_rendering and all(committed_when_rendering), committed_when_rendering
    rows = outbox(ctx)
    assert rows and all(r.status == "sent" and r.raw and r.pending is None for r in rows)
    with ctx.sessions() as s:
        out = s.exec(select(Message).where(Message.direction == "out")).all()
    assert sorted(m.status for m in out) == ["sent"] * len(rows)
    assert all(m.subject and m.text for m in out)


def test_a_crash_between_commit_and_rendering_sends_each_reply_once(tmp_path, database_url, make_settings, clock):
    from mailbot.app import build_context

    config = write_config(tmp_path, database_url)
    inbox = tmp_path / "var" / "inbox"
    from mailbot.mail.sources.maildir import deliver_to_maildir

    deliver_to_maildir(inbox, customer_mail("maria@fibrenet.example.pt", "Faulty SFP", BODY))

    crashed = run([sys.executable, "-c", KILL_BEFORE_RENDERING, str(config), CLI_CLOCK], tmp_path)
    assert crashed.returncode == -9, crashed.stderr

    ctx = build_context(make_settings())  # the same database, inbox and outbox as the subprocess
    try:
        # Committed, not rendered: the replies wait as "render" rows, which delivery does not take.
        assert len(tickets(ctx)) == 1
        assert sorted(r.status for r in outbox(ctx)) == ["render", "render"]
        assert deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, clock).sent == 0
        assert sent_mails(ctx) == []

        rerun = run([sys.executable, str(REPO / "run.py"), "once", "--now", LATER, "--config", str(config)], tmp_path)
        assert rerun.returncode == 0, rerun.stdout + rerun.stderr

        rows = outbox(ctx)
        assert sorted(r.template for r in rows) == ["customer_request_received", "staff_confirm_request"]
        assert all(r.status == "sent" and r.pending is None for r in rows), [(r.status, r.last_error) for r in rows]
        sent = sent_mails(ctx)
        assert sorted(m["Message-ID"].strip("<>") for m in sent) == sorted(r.message_id for r in rows)
        assert len(tickets(ctx)) == 1
    finally:
        ctx.close()
