"""The programme's entities and rules: programmes, participants, pairings, the journal, closing, matching, privacy."""
