// Replaced by the area's sources.
