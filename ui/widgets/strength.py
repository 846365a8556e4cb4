"""A passphrase strength estimate and the meter that shows it on the create-vault form.

Owns ``estimate`` (a small, explainable estimator: length, character classes, common words and
patterns, repeated characters, word count for passphrases made of words) and ``StrengthMeter``,
whose bar takes the verdict's own colour (red for weak, amber for fair, green for strong) and
whose sentence starts with the verdict in words, so colour is never the only signal. It is a
guide for people, not a proof: it errs on the side of calling things weak.
"""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.i18n import translate

MIN_LENGTH = 12
WEAK = "weak"
FAIR = "fair"
STRONG = "strong"

_COMMON = (
    "password", "passwort", "passphrase", "letmein", "welcome", "qwerty", "azerty", "iloveyou",
    "admin", "login", "secret", "dragon", "monkey", "football", "baseball", "sunshine", "master",
    "shadow", "princess", "trustno1", "union", "solidarity", "forum", "strike", "worker",
    "organise", "organize", "abc123", "changeme", "default", "summer", "winter", "spring",
    "autumn", "correcthorsebatterystaple",
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_WORD_BITS = 11.0  # a word drawn from a ~2,000-word vocabulary people actually use
COLOURS = {WEAK: "#c62828", FAIR: "#e08a00", STRONG: "#2e7d32"}


@dataclass(frozen=True, slots=True)
class Strength:
    """The verdict (``weak``/``fair``/``strong``), the estimated bits and why."""

    verdict: str
    bits: float
    reasons: tuple[str, ...]
    acceptable: bool


class StrengthWords(QObject):
    """The module's counted words (lupdate reads a message's plural forms from ``self.tr``)."""

    def unrelated_words(self, n: int) -> str:
        return self.tr("%n unrelated words; each extra word makes it much stronger.", "", n)


def _pool_size(text: str) -> int:
    pool = 0
    if any(c in string.ascii_lowercase for c in text):
        pool += 26
    if any(c in string.ascii_uppercase for c in text):
        pool += 26
    if any(c in string.digits for c in text):
        pool += 10
    if any(c in string.punctuation or c == " " for c in text):
        pool += 33
    if any(ord(c) > 127 for c in text):
        pool += 100
    return pool


def _pattern_chars(lowered: str) -> int:
    """How many characters sit inside a common word, a keyboard/alphabet run or a repeat."""
    covered = [False] * len(lowered)
    for word in _COMMON:
        for match in re.finditer(re.escape(word), lowered):
            for i in range(match.start(), match.end()):
                covered[i] = True
    for seq in _SEQUENCES:
        for run in (seq, seq[::-1]):
            for length in range(len(run), 2, -1):
                for start in range(len(run) - length + 1):
                    piece = run[start:start + length]
                    for match in re.finditer(re.escape(piece), lowered):
                        for i in range(match.start(), match.end()):
                            covered[i] = True
    for match in re.finditer(r"(.)\1{2,}", lowered):
        for i in range(match.start() + 1, match.end()):
            covered[i] = True
    return sum(covered)


def estimate(passphrase: str) -> Strength:
    """Estimate the strength of ``passphrase`` and explain the verdict."""
    reasons: list[str] = []
    length = len(passphrase)
    lowered = passphrase.lower()
    if length == 0:
        return Strength(WEAK, 0.0, (translate("Strength", "Type a passphrase."),), False)
    patterned = _pattern_chars(lowered)
    free = length - patterned
    pool = max(_pool_size(passphrase), 10)
    # characters inside a known pattern add about one bit each, the rest log2(pool) each
    char_bits = free * math.log2(pool) + patterned * 1.0
    words = [w for w in re.split(r"[\s\-_.,;:]+", lowered) if len(w) >= 3]
    distinct = len(set(words))
    only_words = re.fullmatch(r"[^\W\d_]+([\s\-_.,;:]+[^\W\d_]+)*", lowered.strip()) is not None
    bits = char_bits
    if only_words and distinct >= 3:
        # plain words are guessed word by word, not letter by letter
        bits = min(char_bits, distinct * _WORD_BITS)
    if patterned:
        reasons.append(translate("Strength",
                                 "It contains common words, keyboard runs or repeated characters."))
    if len(set(lowered)) <= 3:
        bits = min(bits, 10.0)
        reasons.append(translate("Strength", "It uses only a few different characters."))
    if distinct >= 4:
        reasons.append(StrengthWords().unrelated_words(distinct))
    elif _pool_size(passphrase) < 60 and distinct < 3:
        reasons.append(translate("Strength", "Use several unrelated words, or mix letters, "
                                             "digits and symbols."))
    acceptable = length >= MIN_LENGTH
    if not acceptable:
        reasons.insert(0, translate("Strength", "Too short: use at least {n} characters.").format(
            n=MIN_LENGTH))
        verdict = WEAK
    elif bits < 40:
        verdict = WEAK
    elif bits < 60:
        verdict = FAIR
    else:
        verdict = STRONG
    if verdict == STRONG and not reasons:
        reasons.append(translate("Strength", "Long and varied."))
    return Strength(verdict, round(bits, 1), tuple(reasons), acceptable)


class StrengthMeter(QWidget):
    """A bar and a sentence: the verdict and the main reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.current: Strength | None = None
        self.update_for("")

    def update_for(self, passphrase: str) -> Strength:
        """Re-estimate and show the result."""
        result = estimate(passphrase)
        self.current = result
        self.bar.setValue(min(100, int(result.bits)))
        # the style's own chunk colour is one colour for every verdict: set each its own
        self.bar.setStyleSheet(
            "QProgressBar { border: 1px solid #9e9e9e; border-radius: 3px; }"
            f"QProgressBar::chunk {{ background-color: {COLOURS[result.verdict]}; }}")
        names = {WEAK: self.tr("Weak"), FAIR: self.tr("Fair"), STRONG: self.tr("Strong")}
        if passphrase:
            self.label.setText(f"{names[result.verdict]}: {' '.join(result.reasons)}")
        else:
            self.label.setText(self.tr("Use at least 12 characters; four or more unrelated words "
                                       "are easy to remember and hard to guess."))
        return result
