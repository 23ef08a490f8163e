"""One sender per kind of destination: each turns an event into the destination's own requests."""
