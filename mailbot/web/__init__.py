"""The web view: staff and managers' pages, sign-in by mailed link, and the customers' status page."""

from mailbot.web.app import create_app

__all__ = ["create_app"]
