-- Share of each week's documents carrying each of the 8 most frequent themes.
-- $1, $2: the report's period.
with docs as (
    select doc_id, date_trunc('week', coalesce(published_at, ingested_at)) as week
    from documents
    where ($1 is null or coalesce(published_at, ingested_at) >= cast($1 as timestamptz))
      and ($2 is null or coalesce(published_at, ingested_at) < cast($2 as timestamptz))
),
tagged as (
    select distinct t.doc_id, t.theme, t.label, docs.week from themes t join docs using (doc_id)
),
top_themes as (
    select theme from tagged group by theme order by count(*) desc, theme limit 8
),
weekly as (select week, count(*) as week_documents from docs group by week)
select tagged.week, any_value(tagged.label) as theme, count(*) as documents,
       any_value(weekly.week_documents) as week_documents,
       count(*) / any_value(weekly.week_documents) as share
from tagged join weekly using (week)
where tagged.theme in (select theme from top_themes)
group by tagged.week, tagged.theme
order by tagged.week, theme
