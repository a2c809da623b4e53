"""requests for approval of large changes

Revision ID: 0010_approvals
Revises: 0013_classrules
"""
from alembic import op
import sqlalchemy as sa


revision = '0010_approvals'
down_revision = '0013_classrules'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'approval_requests',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('customer', sa.String(length=60), nullable=False),
        sa.Column('subject', sa.String(length=200), nullable=False),
        sa.Column('params', sa.Text(), nullable=False),
        sa.Column('before', sa.Text(), nullable=False),
        sa.Column('after', sa.Text(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('requested_by', sa.String(length=60), nullable=False),
        sa.Column('requested_at', sa.DateTime(), nullable=False),
        sa.Column('decided_by', sa.String(length=60), nullable=False),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.Column('decision_note', sa.Text(), nullable=False),
        sa.Column('result', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_requests')),
    )
    with op.batch_alter_table('approval_requests', schema=None) as batch_op:
        batch_op.create_index('ix_approval_requests_state', ['state', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('approval_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_approval_requests_state')
    op.drop_table('approval_requests')
