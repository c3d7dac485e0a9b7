"""What leaves the application: text summaries, charts, Word and Excel documents.

Every number comes from `app.services`; nothing here recalculates.
"""
