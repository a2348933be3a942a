-- Each document's story: story_id is the first document (by arrival) of its
-- cluster still in the warehouse, so adding documents never renames a story, and a
-- story whose first document was forgotten is named by the next one. jaccard is
-- the estimated Jaccard similarity to that document: as stored when the document
-- was compared with it, else re-estimated from the two MinHash signatures.
-- Documents stored before stories existed are stories of their own.
with members as (
    select
        doc_id,
        cluster_id,
        compared_to,
        jaccard,
        arrival,
        first_value(doc_id) over (partition by cluster_id order by arrival, doc_id) as story_id
    from story_members
),
recomputed as (
    select
        m.doc_id,
        len(list_filter(list_zip(own.signature, rep.signature), lambda p: p[1] = p[2]))
            / len(own.signature) as jaccard
    from members as m
    join story_members as own on own.doc_id = m.doc_id
    join story_members as rep on rep.doc_id = m.story_id
    where m.doc_id <> m.story_id and m.compared_to <> m.story_id
)
select
    d.doc_id,
    coalesce(m.story_id, d.doc_id) as story_id,
    case
        when m.story_id is null or m.doc_id = m.story_id then 1.0
        when m.compared_to = m.story_id then m.jaccard
        else r.jaccard
    end::float as jaccard,
    m.story_id is null or m.doc_id = m.story_id as is_first
from documents as d
left join members as m using (doc_id)
left join recomputed as r using (doc_id)
