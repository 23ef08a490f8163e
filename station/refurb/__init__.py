"""The refurb desk: the queue of items graded refurbish, the work done on them, and their re-grade."""
