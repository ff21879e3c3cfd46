"""What the staff panel says about this kiosk: content, settings, error log, app version."""

from __future__ import annotations

from pathlib import Path

from core.records import Pack
from core.site_settings import SiteSettings
from core.version import APP_NAME, VERSION


def status_rows(
    pack: Pack, content_notice: str, site: SiteSettings, log: Path, search: str = ""
) -> list[tuple[str, str]]:
    """(heading, text) pairs, in the order staff read them; `search` is whether the kiosk offers search, and why."""
    info = pack.info
    content_check = content_notice or f"OK: {len(pack.areas)} areas and {len(pack.topics)} topics from {pack.folder}"
    if site.problems:
        settings_check = "\n".join(str(problem) for problem in site.problems)
    elif site.path.exists():
        settings_check = "OK"
    else:
        settings_check = "No settings file: every setting has its default."
    rows = [
        ("Content", f"{info.title}, content version {info.content_version}, reviewed {info.reviewed.isoformat()}"),
        ("Content check", content_check),
        ("Settings file", str(site.path)),
        ("Settings check", settings_check),
        ("Staff PIN", _pin_state(site)),
        ("Error log", str(log)),
        ("App", f"{APP_NAME} {VERSION}"),
    ]
    if search:
        rows.insert(-2, ("Search", search))
    return rows


def _pin_state(site: SiteSettings) -> str:
    if site.pin_unreadable():
        return (
            f"cannot be read, so nobody can open this panel after a restart; set it again with {site.set_pin_command}"
        )
    if site.settings.admin_pin_hash:
        return "set"
    return f"not set; set it with {site.set_pin_command}"
