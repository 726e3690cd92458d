"""The desktop interface (PySide6). It calls the services and never holds SQL or sessions."""
