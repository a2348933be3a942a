-- One row: how much the warehouse holds.
select
    (select count(*) from documents) as documents,
    (select count(*) from entities) as entity_mentions,
    (select count(*) from quotes) as quotes,
    (select count(*) from themes) as theme_rows,
    (select count(*) from rejects) as rejects,
    (select count(*) from forgotten) as forgotten
