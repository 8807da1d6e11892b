"""How outgoing mail leaves: one interface, an SMTP and a file implementation."""
