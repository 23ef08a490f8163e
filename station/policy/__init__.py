"""Return policy: the window, fees and settlement per category, the refund recommendation and review flags."""
