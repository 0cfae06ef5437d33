"""What is counted and judged: the shared figures, attention, the report's data, the verdict, suppression, anonymity, making a report."""
