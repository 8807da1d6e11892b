"""`digest --preview FILE.html` (write the digest as it stands now) and `digest --send` (queue it now)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from mailbot.commands.common import ConfigOption, console, context_from, fail


def register(app: typer.Typer) -> None:
    @app.command()
    def digest(
        config: Optional[Path] = ConfigOption,
        preview: Optional[Path] = typer.Option(None, "--preview", help="Write the digest as HTML to this file"),
        send: bool = typer.Option(False, "--send", help="Queue today's digest for every manager now"),
        language: str = typer.Option("en", "--language", help="Language of the preview (en, zh)"),
    ) -> None:
        """The managers' digest: preview it in a browser, or send it now."""
        if (preview is None) == (not send):
            fail("give either --preview FILE.html or --send")
        from mailbot.followup import load_followup
        from mailbot.yamlfile import FileError

        with context_from(config) as ctx:
            try:
                fu = load_followup(ctx.settings.rules_dir)
            except FileError as exc:
                fail(str(exc))
            now = ctx.clock()
            if preview is not None:
                _preview(ctx, fu, preview, language, now)
            else:
                _send(ctx, fu, now)


def _preview(ctx, fu, path: Path, language: str, now) -> None:  # type: ignore[no-untyped-def]
    from mailbot.digest import gather
    from mailbot.digest_view import digest_context
    from mailbot.types import OutgoingMail

    tz = fu.calendar.tz
    with ctx.sessions() as session:
        data = gather(session, now, fu.calendar, closed_states=fu.digest.closed_states,
                      limit=fu.digest.list_limit)
    mail = OutgoingMail(template="manager_digest", to=("preview@localhost",), language=language,
                        context=digest_context(data, tz, ctx.settings.service_address))
    send_env = ctx.apply_env.send
    rendered = ctx.renderer.render(mail, {**send_env.base_context, "sender_name": send_env.sender_name},
                                   sender=send_env.sender, message_id="preview@localhost", now=now, rma=None)
    html = rendered.message.get_body(("html",)).get_content()
    title = rendered.subject.replace("&", "&amp;").replace("<", "&lt;")
    path.write_text(f"<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>"
                    f"<body>\n{html}</body></html>\n", encoding="utf-8")
    console.print(f"{rendered.subject}\nwritten to {path}", highlight=False)


def _send(ctx, fu, now) -> None:  # type: ignore[no-untyped-def]
    from mailbot.followup import digests_now
    from mailbot.outbox import deliver_due

    if not fu.digest.managers:
        fail("no managers in rules/digest.yml")
    sent = digests_now(ctx.sessions, fu, ctx.apply_env.send, now, force=True)
    for email, day in sent:
        console.print(f"digest for {day} queued to {email}", highlight=False)
    skipped = {m.email for m in fu.digest.managers} - {email for email, _ in sent}
    for email in sorted(skipped):
        console.print(f"{email} already had today's digest", highlight=False)
    deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, ctx.clock)
