"""Small reusable widgets of the interface (passphrase strength meter, passphrase field)."""
