"""Speed and size figures of a seeded store (``make bench``)."""
