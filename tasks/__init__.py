"""Pure extraction functions: documents in, records out.

Nothing here reads or writes files or touches Prefect internals; the thin
``@task`` wrappers that the flows call live in :mod:`tasks.prefect_tasks`.
"""
