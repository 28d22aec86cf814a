-- Read models written in the grains' checkpoint transactions.

CREATE TABLE customers (
    tenant_id       text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    customer_id     text NOT NULL,
    email           text,
    name            text,
    phone           text,
    orders          int NOT NULL,
    revenue         numeric(18, 2) NOT NULL,
    currency        text,
    first_order_at  timestamptz,
    last_order_at   timestamptz,
    r               smallint,
    f               smallint,
    m               smallint,
    segment         text NOT NULL,
    segment_since   timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, customer_id)
);
CREATE INDEX customers_by_segment ON customers (tenant_id, segment);
CREATE INDEX customers_by_last_order ON customers (tenant_id, last_order_at);

CREATE TABLE segment_counts (
    tenant_id  text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    segment    text NOT NULL,
    customers  bigint NOT NULL,
    PRIMARY KEY (tenant_id, segment)
);

CREATE TABLE tenant_rfm_thresholds (
    tenant_id    text PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    recency_days double precision[] NOT NULL,
    frequency    double precision[] NOT NULL,
    monetary     double precision[] NOT NULL,
    sample_size  int NOT NULL,
    computed_at  timestamptz NOT NULL
);
