"""Small widgets: dates, fields, check lists, a person picker, rows of buttons and filters."""
