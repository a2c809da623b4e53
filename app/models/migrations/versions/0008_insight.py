"""alerts dismissed with a note

Revision ID: 0008_insight
Revises: 0006_day
"""
from alembic import op
import sqlalchemy as sa


revision = '0008_insight'
down_revision = '0006_day'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'alert_dismissals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('as_of', sa.Date(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('dismissed_by', sa.String(length=60), nullable=False),
        sa.Column('dismissed_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_alert_dismissals_customer_id_customers')),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_alert_dismissals_document_id_documents')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_dismissals')),
    )
    op.create_index('ix_alert_dismissals_key', 'alert_dismissals', ['kind', 'customer_id', 'document_id'])


def downgrade() -> None:
    op.drop_index('ix_alert_dismissals_key', table_name='alert_dismissals')
    op.drop_table('alert_dismissals')
