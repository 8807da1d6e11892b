"""mailbot: an email-driven RMA ticket processor for after-sales service."""

__version__ = "0.1.0"
