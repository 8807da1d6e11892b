"""`digest --preview FILE.html` (write the digest as it stands now) and `digest --send` (queue it now)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from mailbot.cli.common import ConfigOption, NowOption, console, context_from, fail

if TYPE_CHECKING:
    from mailbot.app import Context
    from mailbot.rules import Rules


def register(app: typer.Typer) -> None:
    @app.command()
    def digest(
        config: Path | None = ConfigOption,
        now: str | None = NowOption,
        preview: Path | None = typer.Option(None, "--preview", help="Write the digest as HTML to this file"),
        send: bool = typer.Option(False, "--send", help="Queue today's digest for every manager now"),
        language: str = typer.Option("en", "--language", help="Language of the preview (en, zh)"),
    ) -> None:
        """The managers' digest: preview it in a browser, or send it now."""
        if (preview is None) == (not send):
            fail("give either --preview FILE.html or --send")
        with context_from(config, now) as ctx:
            if preview is not None:
                _preview(ctx, ctx.rules, preview, language, ctx.clock())
            else:
                _send(ctx, ctx.rules, ctx.clock())


def _preview(ctx: Context, rules: Rules, path: Path, language: str, now: datetime) -> None:
    from mailbot.schedule.digest import gather
    from mailbot.schedule.digest_view import digest_context
    from mailbot.values import OutgoingMail

    tz = rules.calendar.tz
    with ctx.sessions() as session:
        data = gather(
            session, now, rules.calendar, closed_states=rules.digest.closed_states, limit=rules.digest.list_limit
        )
    mail = OutgoingMail(
        template="manager_digest",
        to=("preview@localhost",),
        language=language,
        context=digest_context(data, tz, ctx.settings.service_address),
    )
    send_env = ctx.apply_env.send
    rendered = ctx.renderer.render(
        mail,
        {**send_env.base_context, "sender_name": send_env.sender_name},
        sender=send_env.sender,
        message_id="preview@localhost",
        now=now,
        rma=None,
    )
    part = rendered.message.get_body(("html",))
    if part is None:
        fail(f"templates/{language}/manager_digest has no .html.j2 to preview")
    html = part.get_content()
    title = rendered.subject.replace("&", "&amp;").replace("<", "&lt;")
    path.write_text(
        f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>\n{html}</body></html>\n",
        encoding="utf-8",
    )
    console.print(f"{rendered.subject}\nwritten to {path}", highlight=False)


def _send(ctx: Context, rules: Rules, now: datetime) -> None:
    from mailbot.schedule.delivery import deliver_due
    from mailbot.schedule.jobs import digests_now

    if not rules.digest.managers:
        fail("no managers in rules/digest.yml")
    sent = digests_now(ctx.sessions, rules, ctx.apply_env.send, now, force=True)
    for email, day in sent:
        console.print(f"digest for {day} queued to {email}", highlight=False)
    skipped = {m.email for m in rules.digest.managers} - {email for email, _ in sent}
    for email in sorted(skipped):
        console.print(f"{email} already had today's digest", highlight=False)
    deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, ctx.clock)
