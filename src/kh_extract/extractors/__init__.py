"""One module per entity, each with the same shape: ``find(doc, ...) -> list[Model]``.

Modules read a :class:`kh_extract.document.Document` and, where they need
them, the results of earlier stages (passed in by the pipeline; nothing
reaches back up).
"""
