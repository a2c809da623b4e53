"""promise outcomes: what the bookkeeper recorded about a promise to pay

Revision ID: 0006_day
Revises: 0004_outbox
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_day'
down_revision = '0004_outbox'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('promise_outcomes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('promise_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['promise_id'], ['promises.id'], name=op.f('fk_promise_outcomes_promise_id_promises')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promise_outcomes')),
    sa.UniqueConstraint('promise_id', name=op.f('uq_promise_outcomes_promise_id'))
    )


def downgrade() -> None:
    op.drop_table('promise_outcomes')
