-- CSV imports of history. The uploaded file is kept in PostgreSQL in 1 MiB chunks (any node can run the import,
-- and a file is never held in memory); parsed rows are COPYed into unlogged staging tables and turned into one
-- event per customer. imported_orders remembers every order id an import has claimed, so the same order in a
-- second file (or the same file again) is never counted twice. Staging and chunks are emptied when an import ends.

CREATE TABLE imports (
    tenant_id    text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id           text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('orders', 'customers')),
    file_name    text NOT NULL,
    sha256       text NOT NULL,
    size_bytes   bigint NOT NULL,
    encoding     text NOT NULL,
    delimiter    text NOT NULL,
    header       text[] NOT NULL,
    sample       jsonb NOT NULL,
    mapping      jsonb NOT NULL,
    currency     text,
    state        text NOT NULL CHECK (state IN ('uploaded', 'running', 'completed', 'failed')),
    rows_read    bigint NOT NULL DEFAULT 0,
    bad_rows     bigint NOT NULL DEFAULT 0,
    bytes_read   bigint NOT NULL DEFAULT 0,
    orders       bigint NOT NULL DEFAULT 0,
    new_orders   bigint NOT NULL DEFAULT 0,
    customers    bigint NOT NULL DEFAULT 0,
    error        text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    started_at   timestamptz,
    -- Written with every progress report: a running import that has not progressed for a while lost its node.
    progressed_at timestamptz,
    finished_at  timestamptz,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX imports_by_created ON imports (tenant_id, created_at DESC);

CREATE TABLE import_file_chunks (
    tenant_id  text NOT NULL,
    import_id  text NOT NULL,
    n          int NOT NULL,
    data       bytea NOT NULL,
    PRIMARY KEY (tenant_id, import_id, n),
    -- Checked at commit: the upload stores the chunks as they stream in, and the import's row once the file is whole.
    FOREIGN KEY (tenant_id, import_id) REFERENCES imports (tenant_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
ALTER TABLE import_file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE TABLE import_bad_rows (
    tenant_id  text NOT NULL,
    import_id  text NOT NULL,
    line       bigint NOT NULL,
    reason     text NOT NULL,
    raw        text NOT NULL,
    PRIMARY KEY (tenant_id, import_id, line),
    FOREIGN KEY (tenant_id, import_id) REFERENCES imports (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE imported_orders (
    tenant_id  text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    order_id     text NOT NULL,
    customer_id  text NOT NULL,
    import_id    text NOT NULL,
    PRIMARY KEY (tenant_id, order_id)
);

-- Staging: no keys, indexes or foreign keys, so COPY runs at full speed; rows live only while their import runs, and
-- an import reads its own rows once, sorted, in one scan.
CREATE UNLOGGED TABLE import_order_rows (
    tenant_id    text NOT NULL,
    import_id    text NOT NULL,
    line         bigint NOT NULL,
    order_id     text NOT NULL,
    customer_id  text NOT NULL,
    placed_at    timestamptz NOT NULL,
    total        numeric NOT NULL,
    currency     text,
    email        text,
    name         text,
    phone        text,
    city         text,
    region       text,
    channel      text,
    sku          text,
    category     text,
    quantity     int,
    price        numeric,
    discount     numeric,
    unit_cost    numeric
);

CREATE UNLOGGED TABLE import_customer_rows (
    tenant_id    text NOT NULL,
    import_id    text NOT NULL,
    line         bigint NOT NULL,
    customer_id  text NOT NULL,
    email        text,
    name         text,
    phone        text,
    gender       text,
    birth_year   int,
    city         text,
    region       text,
    occupation   text,
    income_band  text
);

SELECT enable_tenant_isolation('imports', 'tenant_id');
SELECT enable_tenant_isolation('import_file_chunks', 'tenant_id');
SELECT enable_tenant_isolation('import_bad_rows', 'tenant_id');
SELECT enable_tenant_isolation('imported_orders', 'tenant_id');
SELECT enable_tenant_isolation('import_order_rows', 'tenant_id');
SELECT enable_tenant_isolation('import_customer_rows', 'tenant_id');
