"""Forum Kit core: the encrypted vault, the organising domain, documents and exchange.

Nothing in this package imports Qt; the desktop interface lives in the top-level ``ui`` package
and the command line in ``forum_kit.cli``.
"""

__version__ = "0.1.0"
