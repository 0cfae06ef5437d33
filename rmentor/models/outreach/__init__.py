"""E-mails to pairs: their texts, whom they fit, addresses, the calendar, writing drafts and forms, reading returned forms."""
