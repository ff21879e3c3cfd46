"""PySide6 widgets of Microcurrent Atlas. Imports core; never opens files or parses YAML."""
