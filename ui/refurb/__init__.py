"""The Refurb mode: the queue of items graded refurbish, the work done on them, their re-grade and slips."""
