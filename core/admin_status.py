"""What the staff panel says about this kiosk: content, settings, error log, app version."""

from __future__ import annotations

from pathlib import Path

from core.kiosk_cli import SiteSettings
from core.records import Pack
from core.version import APP_NAME, VERSION


def status_rows(pack: Pack, content_notice: str, site: SiteSettings, log: Path) -> list[tuple[str, str]]:
    """(heading, text) pairs, in the order staff read them."""
    info = pack.info
    content_check = content_notice or f"OK: {len(pack.areas)} areas and {len(pack.topics)} topics from {pack.folder}"
    if site.problems:
        settings_check = "\n".join(str(problem) for problem in site.problems)
    elif site.path.exists():
        settings_check = "OK"
    else:
        settings_check = "No settings file: every setting has its default."
    return [
        ("Content", f"{info.title}, content version {info.content_version}, reviewed {info.reviewed.isoformat()}"),
        ("Content check", content_check),
        ("Settings file", str(site.path)),
        ("Settings check", settings_check),
        ("Staff PIN", "set" if site.settings.admin_pin_hash else f"not set; set it with {site.set_pin_command}"),
        ("Error log", str(log)),
        ("App", f"{APP_NAME} {VERSION}"),
    ]
