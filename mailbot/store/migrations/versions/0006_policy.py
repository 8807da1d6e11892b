"""ticket.request_ref: the request reference a ticket goes by until its RMA number is issued

Revision ID: 0006_policy
Revises: 0005_web
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006_policy"
down_revision = "0005_web"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_ref", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_ticket_request_ref"), ["request_ref"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_request_ref"))
        batch_op.drop_column("request_ref")
