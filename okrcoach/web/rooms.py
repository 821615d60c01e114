"""Room codes for participants, keys for the facilitator, and the ids browsers give themselves."""

from __future__ import annotations

import hmac
import re
import secrets
import threading
import time
from collections import deque

# No 0/O, 1/I/L: a code read aloud or from a projector is typed right the first time.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_LENGTH = 8  # 31**8 is about 8.5e11: far beyond guessing at the rate the server allows
_PARTICIPANT = re.compile(r"[A-Za-z0-9_-]{16,64}")


def new_room_code() -> str:
    """Return a random room code such as 'K7QX-M2PD'."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(_CODE_LENGTH))
    return f"{chars[:4]}-{chars[4:]}"


def new_facilitator_key() -> str:
    """Return a random key that opens the facilitator's board (about 190 bits)."""
    return secrets.token_urlsafe(24)


def normalise_code(code: str) -> str:
    """Return a room code as stored: upper case with one hyphen, whatever spacing the user typed."""
    chars = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{chars[:4]}-{chars[4:]}" if len(chars) == _CODE_LENGTH else chars


def same_secret(given: str | None, expected: str) -> bool:
    """Compare a code or key in constant time (None never matches)."""
    return given is not None and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def valid_participant(value: object) -> bool:
    """Return True if value looks like the random id a browser made for itself."""
    return isinstance(value, str) and _PARTICIPANT.fullmatch(value) is not None


class AttemptGuard:
    """Counts wrong codes per client address, so a code cannot be guessed by trying many."""

    def __init__(self, max_failures: int = 20, window_seconds: float = 600.0) -> None:
        self.max_failures = max_failures
        self.window = window_seconds
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        times = self._failures.setdefault(client, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def blocked(self, client: str) -> bool:
        """Return True if this client has given too many wrong codes lately."""
        with self._lock:
            return len(self._recent(client, time.monotonic())) >= self.max_failures

    def failed(self, client: str) -> None:
        """Count one wrong code."""
        with self._lock:
            self._recent(client, time.monotonic()).append(time.monotonic())
