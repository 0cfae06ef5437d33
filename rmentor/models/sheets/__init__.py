"""Spreadsheets: reading and writing files, the import (columns, rows, the plan) and the exports."""
