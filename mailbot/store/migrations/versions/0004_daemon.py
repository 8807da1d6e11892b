"""indexes for a desk of a million tickets: open tickets by state, mails per address by time, events by mail

Revision ID: 0004_daemon
Revises: 0003_quality
"""

from alembic import op

revision = "0004_daemon"
down_revision = "0003_quality"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_ticket_status_created_at", "ticket", ["status", "created_at"], unique=False)
    op.create_index("ix_outbox_to_address_created_at", "outbox", ["to_address", "created_at"], unique=False)
    op.create_index(op.f("ix_event_message_row_id"), "event", ["message_row_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_event_message_row_id"), table_name="event")
    op.drop_index("ix_outbox_to_address_created_at", table_name="outbox")
    op.drop_index("ix_ticket_status_created_at", table_name="ticket")
