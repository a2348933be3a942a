-- Per name and label, the documents that give the name that label and how many of
-- them have a context cue for it, over `evidence` (the stored rows and the batch's);
-- `names` limits it to the names a batch touched (all names when it is null).
select
    name_key,
    label,
    any_value(canonical_name order by doc_id) as canonical_name,
    count(distinct doc_id) as documents,
    count(distinct doc_id) filter (where cued) as cued
from evidence
where $all_names or name_key in (select name_key from names)
group by name_key, label
order by name_key, label
