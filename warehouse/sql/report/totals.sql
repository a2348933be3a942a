-- One row: the size of the report's period (stories: near-duplicates counted once).
-- $1, $2: the period.
with docs as (
    select doc_id, coalesce(published_at, ingested_at) as dated from documents
    where ($1 is null or coalesce(published_at, ingested_at) >= cast($1 as timestamptz))
      and ($2 is null or coalesce(published_at, ingested_at) < cast($2 as timestamptz))
)
select
    (select count(*) from docs) as documents,
    (select count(distinct story_id) from stories where doc_id in (select doc_id from docs))
        as stories,
    (select min(dated) from docs) as first_date,
    (select max(dated) from docs) as last_date,
    (select count(*) from quotes where doc_id in (select doc_id from docs)) as quotes,
    (select count(distinct entity_key) from entities where doc_id in (select doc_id from docs))
        as entities
