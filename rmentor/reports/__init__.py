"""PDF documents made with ReportLab: the programme report and the pair documents."""
