-- Documents and share of documents per theme, per week and per month
-- (dated by publication, or ingestion when unknown).
with dated as (
    select doc_id, coalesce(published_at, ingested_at) as dated_at from documents
),
periods as (
    select 'week' as period, date_trunc('week', dated_at) as period_start, doc_id from dated
    union all
    select 'month' as period, date_trunc('month', dated_at) as period_start, doc_id from dated
),
totals as (
    select period, period_start, count(distinct doc_id) as n_period_documents
    from periods
    group by period, period_start
)
select
    p.period,
    p.period_start,
    t.theme,
    any_value(t.label) as label,
    any_value(t.parent) as parent,
    count(distinct t.doc_id) as n_documents,
    any_value(totals.n_period_documents) as n_period_documents,
    count(distinct t.doc_id) / any_value(totals.n_period_documents) as share
from periods as p
join themes as t using (doc_id)
join totals using (period, period_start)
group by p.period, p.period_start, t.theme
