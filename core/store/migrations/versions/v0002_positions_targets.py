"""hold positions, count-up items, archived exercises, per-item weight steps, target history

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 00:45:00

- exercises.positions: the timed positions of one hold rep (cat-cow: rounded, arched).
- exercises.archived: a person's exercise they retired (hidden from pickers, history kept).
- routine_items.count_up: "as long as you can" holds and activities (the clock counts up).
- routine_items.weight_step_kg: the weight step progression adds for this item (null: the
  equipment's default step).
- routine_item_targets: every target a routine item had (accepted suggestions, edits), newest
  last; the newest is the item's current target, so charts can show target beside actual.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): SQLite adds a column with a constant default in place,
    # while batch mode would copy and drop the table, which foreign keys forbid with data in it.
    op.add_column(
        "exercises", sa.Column("positions", sa.JSON(), nullable=False, server_default="[]")
    )
    op.add_column(
        "exercises", sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column(
        "routine_items",
        sa.Column("count_up", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("routine_items", sa.Column("weight_step_kg", sa.Float(), nullable=True))
    op.create_table(
        "routine_item_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("routine_item_id", sa.Integer(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.Column("sets", sa.Integer(), nullable=False),
        sa.Column("reps_min", sa.Integer(), nullable=True),
        sa.Column("reps_max", sa.Integer(), nullable=True),
        sa.Column("weight_kg", sa.Float(), nullable=True),
        sa.Column("hold_seconds", sa.Integer(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["routine_item_id"], ["routine_items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("routine_item_targets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_routine_item_targets_item", ["routine_item_id", "set_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("routine_item_targets", schema=None) as batch_op:
        batch_op.drop_index("ix_routine_item_targets_item")
    op.drop_table("routine_item_targets")
    with op.batch_alter_table("routine_items", schema=None) as batch_op:
        batch_op.drop_column("weight_step_kg")
        batch_op.drop_column("count_up")
    with op.batch_alter_table("exercises", schema=None) as batch_op:
        batch_op.drop_column("archived")
        batch_op.drop_column("positions")
