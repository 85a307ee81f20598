"""Campaigns section (issue 21): festival campaigns planned, generated, approved and scheduled as one unit."""
