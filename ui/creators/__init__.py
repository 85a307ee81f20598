"""Creators section (issue 21): the creator roster, briefs and share texts for messaging apps."""
