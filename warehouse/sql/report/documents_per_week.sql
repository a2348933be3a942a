-- Documents per week and source (the 8 largest sources; the rest as "other").
-- $1, $2: the report's period (timestamps, or null for open ends).
with docs as (
    select doc_id, coalesce(source, 'unknown') as source,
           date_trunc('week', coalesce(published_at, ingested_at)) as week
    from documents
    where ($1 is null or coalesce(published_at, ingested_at) >= cast($1 as timestamptz))
      and ($2 is null or coalesce(published_at, ingested_at) < cast($2 as timestamptz))
),
top_sources as (
    select source from docs group by source order by count(*) desc, source limit 8
)
select week,
       case when source in (select source from top_sources) then source else 'other' end
           as source,
       count(*) as documents
from docs
group by all
order by week, source
