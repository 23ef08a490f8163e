"""Put-away: where a graded item goes (rules as data), the containers it goes into, and the moves a regrade asks."""
