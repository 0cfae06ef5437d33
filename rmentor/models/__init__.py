"""The domain: the data file, the programme's rules, its figures, spreadsheets and outreach; no Qt, no ReportLab."""
