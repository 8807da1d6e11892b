"""outbox.pending: a reply written by a mail's transaction waits there to be rendered after the commit

Revision ID: 0007_speed
Revises: 0006_policy
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_speed"
down_revision = "0006_policy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pending", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("pending")
