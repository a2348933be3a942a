-- Documents per pipeline version, newest first.
select pipeline_version, count(*) as documents, min(ingested_at) as first_ingested
from documents
group by pipeline_version
order by first_ingested desc
