"""What the desk gets in the toolbar after the first frame: the handout's actions (not in a kiosk) and the
clinic's name and logo (when the settings name them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.branding import branding

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from core.records import Pack
    from core.settings import Settings
    from ui.branding_label import BrandingLabel
    from ui.handout_actions import HandoutActions


def desk_tools(
    pack: Pack, settings: Settings | None, printable: bool, parent: QWidget
) -> tuple[HandoutActions | None, BrandingLabel | None]:
    """The handout's actions (None in a kiosk) and the branding label (None when nothing is set)."""
    actions = None
    if printable:
        from ui.handout_actions import HandoutActions

        actions = HandoutActions(pack, settings, parent)
    label = None
    clinic = branding(settings) if settings is not None else None
    if clinic is not None and clinic.is_set():
        from ui.branding_label import BrandingLabel

        label = BrandingLabel(clinic, pack.info.title, parent)
    return actions, label
