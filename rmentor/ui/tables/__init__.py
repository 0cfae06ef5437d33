"""The tabs' table models over Python rows (filtered and sorted in Python), and fitting a table to its contents."""
