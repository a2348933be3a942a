-- Documents per day of publication (null: undated) and day of ingestion: what the
-- report's time charts choose their dates and bins from.
-- $1, $2: the report's period.
select cast(published_at as date) as published, cast(ingested_at as date) as ingested,
       count(*) as documents
from documents
where ($1 is null or coalesce(published_at, ingested_at) >= cast($1 as timestamptz))
  and ($2 is null or coalesce(published_at, ingested_at) < cast($2 as timestamptz))
group by all
order by published, ingested
