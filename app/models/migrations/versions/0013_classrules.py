"""classification rules

Revision ID: 0013_classrules
Revises: 0012_alertfacts
"""
from alembic import op
import sqlalchemy as sa


revision = '0013_classrules'
down_revision = '0012_alertfacts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('classification_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('pattern', sa.Text(), nullable=False),
    sa.Column('value', sa.String(length=60), nullable=False),
    sa.Column('overwrite', sa.Boolean(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_classification_rules'))
    )


def downgrade() -> None:
    op.drop_table('classification_rules')
