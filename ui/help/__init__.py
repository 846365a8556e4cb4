"""The steward's help inside the app: the guide window, glossary tooltips, the first-run
walk-through and the Help menu that reaches them (issue 26). The guide's text is in
``resources/guide/`` and is read through ``forum_kit.guide``."""
