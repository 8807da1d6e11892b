"""Where mail comes from: one interface, a Maildir and an IMAP implementation."""
