"""Paper sizes a handout is printed on, and which one a country uses by default."""

from __future__ import annotations

PAPERS = ("a4", "letter")
# Where US Letter is the usual office paper; everywhere else uses A4.
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV", "NI"})


def paper_for_territory(code: str) -> str:
    """'letter' for a country code (ISO 3166, as QLocale gives it) that uses US Letter, else 'a4'."""
    return "letter" if code.upper() in LETTER_TERRITORIES else "a4"
