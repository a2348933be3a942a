-- Documents and mentions per entity per month, within one batch (registered as
-- `entity_documents`); the `entity_months` view sums the batches.
select
    date_trunc('month', dated_at) as month,
    entity_key,
    any_value(label) as label,
    any_value(canonical_name) as canonical_name,
    count(*) as documents,
    sum(mentions)::bigint as mentions
from entity_documents
group by all
order by month, entity_key
