"""`web`: serve the web view (staff pages, dashboard, customers' status pages) with uvicorn."""

from __future__ import annotations

import logging
from pathlib import Path

import typer

from mailbot.cli.common import ConfigOption, NowOption, context_from, setup_logging

log = logging.getLogger(__name__)


def register(app: typer.Typer) -> None:
    @app.command()
    def web(
        host: str | None = typer.Option(None, "--host", help="address to listen on (default: web.host, 127.0.0.1)"),
        port: int | None = typer.Option(None, "--port", help="port (default: web.port, 8025)"),
        config: Path | None = ConfigOption,
        now: str | None = NowOption,
        verbose: bool = typer.Option(False, "-v"),
    ) -> None:
        """Serve the web view until stopped; put it behind a TLS reverse proxy to publish it."""
        import uvicorn

        from mailbot.web import create_app

        setup_logging(verbose)
        with context_from(config, now) as ctx:
            web_cfg = ctx.settings.web
            bind_host, bind_port = host or web_cfg.host, port or web_cfg.port
            public = web_cfg.base_url or f"http://{bind_host}:{bind_port}"
            log.info("web view on http://%s:%s (links in mails: %s)", bind_host, bind_port, public)
            uvicorn.run(
                create_app(ctx, public_url=public),
                host=bind_host,
                port=bind_port,
                proxy_headers=True,  # X-Forwarded-For/-Proto from a proxy on this machine (forwarded_allow_ips)
                log_level="debug" if verbose else "info",
            )
