"""alert facts kept between runs, with a per-customer fingerprint

Revision ID: 0012_alertfacts
Revises: 0011_totals
"""
from alembic import op
import sqlalchemy as sa


revision = '0012_alertfacts'
down_revision = '0011_totals'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('alert_facts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('n', sa.BigInteger(), nullable=False),
    sa.Column('figure', sa.BigInteger(), nullable=False),
    sa.Column('other', sa.Text(), nullable=False),
    sa.Column('reference', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_facts'))
    )
    with op.batch_alter_table('alert_facts', schema=None) as batch_op:
        batch_op.create_index('ix_alert_facts_customer', ['customer_id'], unique=False)
        batch_op.create_index('ix_alert_facts_date', ['date'], unique=False)

    op.create_table('alert_states',
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=255), nullable=False),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_alert_states'))
    )


def downgrade() -> None:
    op.drop_table('alert_states')
    with op.batch_alter_table('alert_facts', schema=None) as batch_op:
        batch_op.drop_index('ix_alert_facts_date')
        batch_op.drop_index('ix_alert_facts_customer')
    op.drop_table('alert_facts')
