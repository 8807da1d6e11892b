"""outbox.to_address and outbox.external: what the rate limits count

Revision ID: 0002
Revises: 0001
"""
import json

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("to_address", sqlmodel.sql.sqltypes.AutoString(length=320),
                                      nullable=False, server_default=""))
        batch_op.add_column(sa.Column("external", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.create_index(batch_op.f("ix_outbox_to_address"), ["to_address"], unique=False)
    # Rows queued before this revision: their first recipient, read from the JSON list.
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, recipients FROM outbox")).fetchall()
    for row_id, recipients in rows:
        if isinstance(recipients, str):
            recipients = json.loads(recipients)
        first = (recipients or [""])[0].lower()
        conn.execute(sa.text("UPDATE outbox SET to_address = :a WHERE id = :i"), {"a": first, "i": row_id})


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_to_address"))
        batch_op.drop_column("external")
        batch_op.drop_column("to_address")
