-- Share of each period's documents carrying each of the 8 most frequent themes.
-- Every period from the first to the last is listed (0 where a theme is absent); the
-- share is null, so not plotted, for a period of fewer than $5 documents.
-- $1, $2: the report's period; $3: the bin ('day', 'week', 'month', 'quarter' or
-- 'year'; warehouse/report/periods.py); $4: true to date documents by ingestion (a
-- corpus without publication dates), false to leave undated ones out;
-- $5: the fewest documents a period needs for its shares to be shown.
with docs as (
    select doc_id,
           date_trunc($3, case when $4 then coalesce(published_at, ingested_at)
                               else published_at end) as period
    from documents
    where ($1 is null or coalesce(published_at, ingested_at) >= cast($1 as timestamptz))
      and ($2 is null or coalesce(published_at, ingested_at) < cast($2 as timestamptz))
      and ($4 or published_at is not null)
),
tagged as (
    select distinct t.doc_id, t.theme, t.label, docs.period from themes t join docs using (doc_id)
),
top_themes as (
    select theme, any_value(label) as label from tagged
    group by theme order by count(*) desc, theme limit 8
),
step as (
    select case $3 when 'day' then interval 1 day when 'week' then interval 7 day
                   when 'month' then interval 1 month when 'quarter' then interval 3 month
                   else interval 1 year end as length
),
periods as (
    select range as period
    from step, range(
        (select cast(min(period) as timestamp) from docs),
        (select cast(max(period) as timestamp) from docs) + step.length,
        step.length
    )
),
sizes as (select cast(period as timestamp) as period, count(*) as period_documents
          from docs group by all),
counts as (select cast(period as timestamp) as period, theme, count(*) as documents
           from tagged group by all)
select p.period, t.label as theme, coalesce(c.documents, 0) as documents,
       coalesce(s.period_documents, 0) as period_documents,
       case when s.period_documents >= $5
            then coalesce(c.documents, 0) / s.period_documents end as share
from periods p
cross join top_themes t
left join sizes s on s.period = p.period
left join counts c on c.period = p.period and c.theme = t.theme
order by p.period, theme
