-- The latest run of each command, with what it did.
select coalesce(command, 'run') as command, run_id, status, started_at,
       date_diff('millisecond', started_at, finished_at) / 1000.0 as seconds
from runs
qualify row_number() over (partition by coalesce(command, 'run') order by started_at desc) = 1
order by started_at desc
