"""source_state: drop failing_since and alerted, never written (an inbox's health is kept in memory)

Revision ID: 0003_quality
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_quality"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_state", schema=None) as batch_op:
        batch_op.drop_column("alerted")
        batch_op.drop_column("failing_since")


def downgrade() -> None:
    with op.batch_alter_table("source_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failing_since", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("alerted", sa.Boolean(), nullable=False, server_default=sa.false()))
