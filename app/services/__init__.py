"""What a bookkeeper can do, as plain functions over a unit of work. No Qt here."""
