"""The Qt interface: windows, wizard pages, table models, dialogs. Thin: it calls services."""
