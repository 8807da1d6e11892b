"""web view: sign-in links, sessions, and the text search indexes behind the ticket search

Revision ID: 0005_web
Revises: 0004_daemon

SQLite gets two FTS5 tables kept in step by triggers (tickets' identifiers and customer; messages'
subject and text); PostgreSQL gets a pg_trgm index over the same ticket text and a full-text index
over the messages. Both are the database's own search, so nothing is scanned row by row.
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005_web"
down_revision = "0004_daemon"
branch_labels = None
depends_on = None

# The ticket text searched: identifiers, customer address, name and domain, and the JSON data (company).
SQLITE_TICKET_TEXT = (
    "{t}.rma || ' ' || {t}.customer_email || ' ' || {t}.customer_name || ' ' || {t}.customer_domain || ' ' || "
    "{t}.order_numbers || ' ' || {t}.serial_numbers || ' ' || {t}.product_models || ' ' || {t}.data"
)
PG_TICKET_TEXT = (
    "lower(rma || ' ' || customer_email || ' ' || customer_name || ' ' || customer_domain || ' ' || "
    "order_numbers::text || ' ' || serial_numbers::text || ' ' || product_models::text || ' ' || data::text)"
)
PG_MESSAGE_TEXT = "to_tsvector('simple', subject || ' ' || text)"


def _tables() -> None:
    op.create_table(
        "web_signin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column("ip", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index(op.f("ix_web_signin_email"), "web_signin", ["email"], unique=False)
    op.create_index(op.f("ix_web_signin_ip"), "web_signin", ["ip"], unique=False)
    op.create_index(op.f("ix_web_signin_created_at"), "web_signin", ["created_at"], unique=False)
    op.create_table(
        "web_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column("csrf", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("ip", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index(op.f("ix_web_session_email"), "web_session", ["email"], unique=False)
    op.create_index(op.f("ix_web_session_expires_at"), "web_session", ["expires_at"], unique=False)


TICKET_COLUMNS = "rma, customer_email, customer_name, customer_domain, order_numbers, serial_numbers, product_models, data"


def _sqlite_search() -> None:
    # Tickets: a contentless index over computed text (a delete repeats the old text, as FTS5 needs);
    # messages: an external-content index over message.subject and message.text, stored once.
    new, old = SQLITE_TICKET_TEXT.format(t="NEW"), SQLITE_TICKET_TEXT.format(t="OLD")
    forget_ticket = f"INSERT INTO search_ticket(search_ticket, rowid, body) VALUES ('delete', OLD.id, {old});"
    forget_message = (
        "INSERT INTO search_message(search_message, rowid, subject, text) VALUES ('delete', OLD.id, OLD.subject, OLD.text);"
    )
    for sql in (
        "CREATE VIRTUAL TABLE search_ticket USING fts5(body, content='')",
        "CREATE VIRTUAL TABLE search_message USING fts5(subject, text, content='message', content_rowid='id')",
        f"INSERT INTO search_ticket(rowid, body) SELECT id, {SQLITE_TICKET_TEXT.format(t='ticket')} FROM ticket",
        "INSERT INTO search_message(search_message) VALUES ('rebuild')",
        f"CREATE TRIGGER search_ticket_ai AFTER INSERT ON ticket BEGIN "
        f"INSERT INTO search_ticket(rowid, body) VALUES (NEW.id, {new}); END",
        f"CREATE TRIGGER search_ticket_au AFTER UPDATE OF {TICKET_COLUMNS} ON ticket BEGIN {forget_ticket} "
        f"INSERT INTO search_ticket(rowid, body) VALUES (NEW.id, {new}); END",
        f"CREATE TRIGGER search_ticket_ad AFTER DELETE ON ticket BEGIN {forget_ticket} END",
        "CREATE TRIGGER search_message_ai AFTER INSERT ON message BEGIN "
        "INSERT INTO search_message(rowid, subject, text) VALUES (NEW.id, NEW.subject, NEW.text); END",
        f"CREATE TRIGGER search_message_au AFTER UPDATE OF subject, text ON message BEGIN {forget_message} "
        "INSERT INTO search_message(rowid, subject, text) VALUES (NEW.id, NEW.subject, NEW.text); END",
        f"CREATE TRIGGER search_message_ad AFTER DELETE ON message BEGIN {forget_message} END",
    ):
        op.execute(sql)


def _postgres_search() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(f"CREATE INDEX search_ticket_trgm ON ticket USING gin (({PG_TICKET_TEXT}) gin_trgm_ops)")
    op.execute(f"CREATE INDEX search_message_fts ON message USING gin (({PG_MESSAGE_TEXT}))")


# The list's usual filters and sorts: "my tickets in this state, newest first", and "longest in state".
LIST_INDEXES = {
    "search_ticket_owner_state": "assigned_rep, status, created_at",
    "search_ticket_state_created": "status, created_at",
    "search_ticket_state_since": "state_since",
}


def upgrade() -> None:
    _tables()
    for name, columns in LIST_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON ticket ({columns})")
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_search()
    else:
        _postgres_search()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("ticket_ai", "ticket_au", "ticket_ad", "message_ai", "message_au", "message_ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{trigger}")
        op.execute("DROP TABLE IF EXISTS search_ticket")
        op.execute("DROP TABLE IF EXISTS search_message")
    else:
        op.execute("DROP INDEX IF EXISTS search_ticket_trgm")
        op.execute("DROP INDEX IF EXISTS search_message_fts")
    for name in LIST_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.drop_table("web_session")
    op.drop_table("web_signin")
