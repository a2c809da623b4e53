"""The desktop program (PySide6). Services do the work; the UI shows DTOs."""
