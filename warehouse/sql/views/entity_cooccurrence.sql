-- Entities named in the same documents, in both directions: filter on one side.
-- lift = P(a and b) / (P(a) P(b)) over documents; pmi = ln(lift).
with doc_entities as (
    select doc_id, entity_key, canonical_name, label from entity_documents
),
per_entity as (
    select entity_key, count(*) as n_entity_documents from doc_entities group by entity_key
),
corpus as (
    select count(distinct doc_id) as n_corpus_documents from doc_entities
),
pairs as (
    select
        a.entity_key,
        any_value(a.canonical_name) as canonical_name,
        b.entity_key as other_key,
        any_value(b.canonical_name) as other_name,
        any_value(b.label) as other_label,
        count(*) as n_documents
    from doc_entities as a
    join doc_entities as b on a.doc_id = b.doc_id and a.entity_key <> b.entity_key
    group by a.entity_key, b.entity_key
)
select
    pairs.*,
    pairs.n_documents * corpus.n_corpus_documents
        / (pa.n_entity_documents * pb.n_entity_documents) as lift,
    ln(pairs.n_documents * corpus.n_corpus_documents
        / (pa.n_entity_documents * pb.n_entity_documents)) as pmi
from pairs
join per_entity as pa on pa.entity_key = pairs.entity_key
join per_entity as pb on pb.entity_key = pairs.other_key
cross join corpus
