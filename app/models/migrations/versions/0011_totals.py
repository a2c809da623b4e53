"""stored per-customer totals of the ledger (customer_totals), computed from the documents

Revision ID: 0011_totals
Revises: 0009_groups
"""
from alembic import op
import sqlalchemy as sa


revision = '0011_totals'
down_revision = '0009_groups'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('customer_totals',
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('documents', sa.Integer(), nullable=False),
    sa.Column('drafts', sa.Integer(), nullable=False),
    sa.Column('debit', sa.BigInteger(), nullable=False),
    sa.Column('credit', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_totals_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_customer_totals'))
    )
    # Every customer's row from its documents (app.models.totals.computed, written out here so the
    # migration does not change when the model does).
    op.execute(
        "INSERT INTO customer_totals (customer_id, documents, drafts, debit, credit) "
        "SELECT customer_id, COUNT(*), "
        "COALESCE(SUM(CASE WHEN status = 'draft' THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN status != 'draft' AND direction = 1 THEN amount ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN status != 'draft' AND direction = -1 THEN amount ELSE 0 END), 0) "
        "FROM documents GROUP BY customer_id"
    )


def downgrade() -> None:
    op.drop_table('customer_totals')
