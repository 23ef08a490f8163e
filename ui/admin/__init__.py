"""The Admin mode: the camera calibration helper and the station's own settings at a glance."""
