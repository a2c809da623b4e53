"""Duebook desktop program."""
