-- The data-quality panel in one list: rejects by reason, documents by pipeline
-- version, and every run with its duration.
select 'rejects' as panel, reason as name, count(*) as value, null as detail, null as started_at
from rejects group by reason
union all
select 'versions', pipeline_version, count(*), null, null from documents group by pipeline_version
union all
select 'runs', run_id,
       date_diff('millisecond', started_at, finished_at) / 1000.0,
       coalesce(command, 'run') || ' · ' || status, started_at
from runs
order by panel, started_at, value desc, name
