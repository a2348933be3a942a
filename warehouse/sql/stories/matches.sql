-- The stored story clusters that share an LSH band key with a new batch, and each
-- cluster's current representative (its first surviving document).
-- $1: the batch's band keys; $2: the story_bands files; $3: the story_members files.
with matched as (
    select distinct band_key, doc_id
    from read_parquet($2)
    where band_key in (select unnest($1::bigint[]))
),
members as (
    select doc_id, cluster_id, arrival from read_parquet($3)
),
clusters as (
    select distinct matched.band_key, members.cluster_id
    from matched join members using (doc_id)
),
representatives as (
    select cluster_id, arg_min(doc_id, arrival) as doc_id, min(arrival) as arrival
    from members
    where cluster_id in (select cluster_id from clusters)
    group by cluster_id
)
select clusters.band_key, clusters.cluster_id, representatives.doc_id as representative
from clusters join representatives using (cluster_id)
order by representatives.arrival, clusters.band_key
