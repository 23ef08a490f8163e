"""The Admin mode in the window: camera calibration by an admin, refused to everyone else."""
