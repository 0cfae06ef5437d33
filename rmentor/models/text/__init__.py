"""Words: the vocabulary, typed messages and their wording, names found in text, languages."""
