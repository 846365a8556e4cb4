"""Menu actions installed on the main window, one concern per module."""
