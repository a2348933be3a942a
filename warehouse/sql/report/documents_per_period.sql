-- Documents per period and source (the 8 largest sources; the rest as "other").
-- $1, $2: the report's period (timestamps, or null for open ends);
-- $3: the bin, 'day', 'week', 'month', 'quarter' or 'year' (warehouse/report/periods.py);
-- $4: true to date documents by ingestion (a corpus without publication dates),
-- false to leave undated ones out.
with docs as (
    select doc_id, coalesce(source, 'unknown') as source,
           date_trunc($3, case when $4 then coalesce(published_at, ingested_at)
                               else published_at end) as period
    from documents
    where ($1 is null or coalesce(published_at, ingested_at) >= cast($1 as timestamptz))
      and ($2 is null or coalesce(published_at, ingested_at) < cast($2 as timestamptz))
      and ($4 or published_at is not null)
),
top_sources as (
    select source from docs group by source order by count(*) desc, source limit 8
)
select period,
       case when source in (select source from top_sources) then source else 'other' end
           as source,
       count(*) as documents
from docs
group by all
order by period, source
