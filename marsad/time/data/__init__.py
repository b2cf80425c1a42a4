"""The Arabic time grammar as data (patterns, normalisation tables, rules); read by ``marsad.time.grammar``."""
