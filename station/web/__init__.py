"""The web view of the central database (station central web): pages for leads, managers and brands."""
