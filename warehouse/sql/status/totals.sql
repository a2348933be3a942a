-- One row: how much the warehouse holds. Duplicate documents are the ones that
-- joined a story an earlier document started (near-duplicates: see `stories`).
select
    (select count(*) from documents) as documents,
    (select count(distinct story_id) from stories) as stories,
    (select count(*) from stories where not is_first) as duplicate_documents,
    (select count(*) from entities) as entity_mentions,
    (select count(*) from quotes) as quotes,
    (select count(*) from themes) as theme_rows,
    (select count(*) from rejects) as rejects,
    (select count(*) from forgotten) as forgotten
