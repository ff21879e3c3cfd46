"""What a kiosk keeps from visitors and tells staff instead: settings and content problems, with their paths."""

from __future__ import annotations

from core.problems import report
from core.site_settings import SiteSettings


def staff_only_notices(content_notice: str, site: SiteSettings) -> str:
    """The text a kiosk writes to its error log at start (empty when all is well); the window shows none
    of it, since it names files and settings, and the staff panel shows it in full."""
    parts = []
    if site.problems:
        parts.append(report(site.problems, f"the settings file {site.path}"))
    if content_notice:
        parts.append(content_notice)
    return "\n".join(parts)
