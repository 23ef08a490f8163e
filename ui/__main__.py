"""`python -m ui`: starts the station window."""

import sys

from ui.app import main

sys.exit(main())
