-- Documents and stories per theme, and their share of the period's documents and
-- stories, per week and per month (dated by publication, or ingestion when
-- unknown). A story counts near-duplicate documents once (see `stories`); it is
-- dated by each of its documents, so it may count in more than one period.
with dated as (
    select d.doc_id, s.story_id, coalesce(d.published_at, d.ingested_at) as dated_at
    from documents as d
    join stories as s using (doc_id)
),
periods as (
    select 'week' as period, date_trunc('week', dated_at) as period_start, doc_id, story_id
    from dated
    union all
    select 'month' as period, date_trunc('month', dated_at) as period_start, doc_id, story_id
    from dated
),
totals as (
    select
        period,
        period_start,
        count(distinct doc_id) as n_period_documents,
        count(distinct story_id) as n_period_stories
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
    count(distinct t.doc_id) / any_value(totals.n_period_documents) as share,
    count(distinct p.story_id) as n_stories,
    any_value(totals.n_period_stories) as n_period_stories,
    count(distinct p.story_id) / any_value(totals.n_period_stories) as story_share
from periods as p
join themes as t using (doc_id)
join totals using (period, period_start)
group by p.period, p.period_start, t.theme
