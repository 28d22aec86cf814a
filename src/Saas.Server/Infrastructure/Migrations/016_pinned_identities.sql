-- Identity resolution asks, for every batch of customers, which of them hold a pinned identity; few ever do, so a
-- partial index answers from a handful of pages instead of reading every identity of the batch.
CREATE INDEX customer_identities_pinned ON customer_identities (tenant_id, customer_id) WHERE pinned;
