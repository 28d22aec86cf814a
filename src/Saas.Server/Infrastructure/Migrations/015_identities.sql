-- One customer across shops (docs/IDENTITIES.md). Each normalised email, phone and source customer id of a tenant
-- belongs to one customer; the primary key makes that hold however many intake requests race, and intake locks
-- the rows it resolves (INSERT ... ON CONFLICT DO UPDATE) in the transaction that appends the orders.
-- pinned: a source id given back its own customer by a split; contacts do not merge it again.

CREATE TABLE customer_identities (
    tenant_id    text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('email', 'phone', 'source')),
    value        text NOT NULL,
    customer_id  text NOT NULL,
    pinned       boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (tenant_id, kind, value)
);
CREATE INDEX customer_identities_by_customer ON customer_identities (tenant_id, customer_id);

-- Which source customer id joined which customer, when and why; split_at once an owner undid it.
CREATE TABLE customer_merges (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id           text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    customer_id         text NOT NULL,
    source_customer_id  text NOT NULL,
    matched_kind        text NOT NULL,
    matched_value       text NOT NULL,
    merged_at           timestamptz NOT NULL DEFAULT now(),
    split_at            timestamptz,
    split_by            text
);
CREATE INDEX customer_merges_by_customer ON customer_merges (tenant_id, customer_id, merged_at DESC);

SELECT enable_tenant_isolation('customer_identities', 'tenant_id');
SELECT enable_tenant_isolation('customer_merges', 'tenant_id');
