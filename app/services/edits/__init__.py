"""Every user action as one Qt-free operation: a function that returns an `Edit`.

    from app.services.edits import figures as cell_edits
    edit = cell_edits.set_cells(project, changes, "Woonbehoefte wijzigen")
    made = edit.do()     # Changes: topics and touched cells
    edit.undo()

`figures` (need, capacity, allocation, import), `records` (partners, measures, agreements,
target groups) and `region` (the vision, its period and key, municipalities and baseline
figures) hold the operations; `core` the Edit itself. The package itself imports only
`core`, which the first screen can load before the database layer.
"""

from app.services.edits.core import EVERYTHING, Changes, Edit, Topic

__all__ = ["EVERYTHING", "Changes", "Edit", "Topic"]
