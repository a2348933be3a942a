"""Pure extraction functions: documents in, records out.

Nothing here reads or writes files or knows about Prefect; the flows in
:mod:`flows` call these functions and decide where they run.
"""
