"""The overview and the participants, pairings, journal and follow-up tabs (table_tab is their base)."""
