"""The norms of a vision: its norm set, overrides, 'Wat verandert er?' and the urgency
categories, in one dialog (`NormsDialog`, opened with `show_norms_dialog`)."""

from app.views.norms.dialog import NormsDialog, show_norms_dialog

__all__ = ["NormsDialog", "show_norms_dialog"]
