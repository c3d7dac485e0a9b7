"""Use cases and calculations: the only place that writes through sessions.

Each public function is one user action on a project: it opens its own session,
validates, commits, and returns plain data or raises a DomainError with a Dutch
message.
"""
