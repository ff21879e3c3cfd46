"""Kiosk mode: the widgets and the controller that make the map an unattended, touch-first stand."""
