"""The programme report for management, one module a part of it."""
