-- One run's rejected inputs. $1: run_id.
select source_path, source_id, reason, detail
from rejects
where run_id = $1
order by source_path, source_id
