"""The calculations of the woonzorgvisie, as plain functions on plain data.

Every figure a screen, chart or export shows comes from here: gaps, fair
shares and the social rent test. Unknown inputs give unknown results (None)
with a note saying what is missing, never a zero.
"""
