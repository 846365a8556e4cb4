"""Dialogs and full-window screens: welcome, unlock, recovery key, settings, confirmation."""
