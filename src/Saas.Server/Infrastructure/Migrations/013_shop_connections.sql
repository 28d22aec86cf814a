-- Shop connections (Shopify, WooCommerce, custom REST, CSV) and what their webhooks leave behind.
-- secret_protected: the webhook signing secret, encrypted with ASP.NET Core Data Protection (its key ring is in
-- data_protection_keys); it must be readable to verify signatures, so it cannot be a hash.

CREATE TABLE shop_connections (
    id                text PRIMARY KEY,
    tenant_id         text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    platform          text NOT NULL CHECK (platform IN ('shopify', 'woocommerce', 'custom', 'csv')),
    name              text NOT NULL,
    shop_domain       text,
    secret_protected  bytea,
    api_key_id        text NOT NULL REFERENCES api_keys (id),
    created_at        timestamptz NOT NULL DEFAULT now(),
    last_received_at  timestamptz
);
CREATE INDEX shop_connections_by_tenant ON shop_connections (tenant_id);

-- Which shop customer placed each shop order: refunds and deletions name only the order.
CREATE TABLE shop_orders (
    tenant_id      text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    connection_id  text NOT NULL REFERENCES shop_connections (id) ON DELETE CASCADE,
    order_id       text NOT NULL,
    customer_id    text NOT NULL,
    PRIMARY KEY (tenant_id, connection_id, order_id)
);

-- Shopify customers/redact requests, kept until the erasure service has erased the customer (erased_at).
-- No foreign key to the connection: a request received must outlive the connection's deletion.
CREATE TABLE shop_redactions (
    tenant_id      text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    connection_id  text NOT NULL,
    delivery_id    text NOT NULL,
    customer_id    text NOT NULL,
    payload        jsonb NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    erased_at      timestamptz,
    PRIMARY KEY (tenant_id, connection_id, delivery_id)
);
CREATE INDEX shop_redactions_pending ON shop_redactions (received_at) WHERE erased_at IS NULL;

-- Every delivery applied, by the id the platform gives it: a redelivery is a duplicate even when what it brought
-- has since been erased (a customers/redact), so an old delivery never brings an erased customer back.
CREATE TABLE shop_deliveries (
    tenant_id      text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    connection_id  text NOT NULL,
    delivery_id    text NOT NULL,
    topic          text NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, connection_id, delivery_id)
);

SELECT enable_tenant_isolation('shop_connections', 'tenant_id');
SELECT enable_tenant_isolation('shop_deliveries', 'tenant_id');
SELECT enable_tenant_isolation('shop_orders', 'tenant_id');
SELECT enable_tenant_isolation('shop_redactions', 'tenant_id');

-- Refunds the shops report (webhooks): profit = revenue - cost of goods - refunds. Cancelled and amended orders
-- change revenue, discounts and costs through the same upserts (AnalysisProjection, OrderProfitChanged facts).
ALTER TABLE customer_profits ADD COLUMN refunds numeric(18, 2) NOT NULL DEFAULT 0;
DROP INDEX customer_profits_by_profit;
ALTER TABLE customer_profits DROP COLUMN profit;
ALTER TABLE customer_profits ADD COLUMN profit numeric(18, 2) GENERATED ALWAYS AS (revenue - cost_of_goods - refunds) STORED;
CREATE INDEX customer_profits_by_profit ON customer_profits (tenant_id, profit, customer_id);
ALTER TABLE analysis_totals ADD COLUMN refunds numeric(18, 2) NOT NULL DEFAULT 0;
