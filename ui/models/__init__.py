"""Qt item models of the interface: each holds plain row dataclasses from ``forum_kit.queries``
(never live ORM objects), names its columns and roles as constants and is checked window-free
with ``qtmodeltester`` (ARCHITECTURE.md rules 3-5)."""
