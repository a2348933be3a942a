-- Mentions and documents per entity, per week and per month.
with dated as (
    select e.entity_key, e.canonical_name, e.label, e.doc_id,
        coalesce(d.published_at, d.ingested_at) as dated_at
    from entities as e
    join documents as d using (doc_id)
),
periods as (
    select 'week' as period, date_trunc('week', dated_at) as period_start, * from dated
    union all
    select 'month' as period, date_trunc('month', dated_at) as period_start, * from dated
)
select
    period,
    period_start,
    entity_key,
    any_value(canonical_name) as canonical_name,
    any_value(label) as label,
    count(*) as n_mentions,
    count(distinct doc_id) as n_documents
from periods
group by period, period_start, entity_key
