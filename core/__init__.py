"""Pure-Python logic of Microcurrent Atlas: content records, loading, validation, pages, history.

Nothing in this package imports PySide6 (tests/test_architecture.py proves it)."""
