-- Documents and mentions per entity per month, over the whole warehouse: sums of
-- the per-batch parts (exact, since a document lives in one batch). Reads a
-- small fraction of what the same question costs over `entities`.
select
    month,
    entity_key,
    any_value(canonical_name) as canonical_name,
    any_value(label) as label,
    sum(documents) as n_documents,
    sum(mentions) as n_mentions
from entity_month_parts
group by month, entity_key
