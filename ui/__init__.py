"""The PySide6 desktop interface of Forum Kit.

Owns nothing but the package: ``ui.app`` is the composition root, ``ui.main_window`` the thin
shell, ``ui.pages`` one page per area of work. Importing this package imports no Qt and no
database code, so start-up stays fast (PERFORMANCE.md).
"""
