"""What every window uses: labels, messages, notices, keys and Alt letters, folders, fitting the screen, errors at their field."""
