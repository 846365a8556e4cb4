"""Editors and small dialogs of the Map, People and Conversations pages: the contact editor, the
conversation editor, the area dialogs and the injectable prompts they share."""
