-- The analysis engine: each customer's live analysis in the customers projection, its categories, segment
-- history, churn alerts, and each tenant's settings, current model and the history of its fits.

ALTER TABLE customers
    ADD COLUMN gender                text,
    ADD COLUMN birth_year            smallint,
    ADD COLUMN age_band              text,
    ADD COLUMN city                  text,
    ADD COLUMN region                text,
    ADD COLUMN channel               text,
    ADD COLUMN occupation            text,
    ADD COLUMN income_band           text,
    ADD COLUMN purchase_days         int NOT NULL DEFAULT 0,
    ADD COLUMN first_day_spend       numeric(18, 2) NOT NULL DEFAULT 0,
    ADD COLUMN average_order_value   numeric(18, 2),
    ADD COLUMN discounted_orders     int NOT NULL DEFAULT 0,
    ADD COLUMN discounts             numeric(18, 2) NOT NULL DEFAULT 0,
    ADD COLUMN mean_interval_days    double precision,
    ADD COLUMN interval_std_days     double precision,
    ADD COLUMN abc_class             char(1),
    ADD COLUMN probability_alive     double precision,
    ADD COLUMN expected_purchases_30  double precision,
    ADD COLUMN expected_purchases_90  double precision,
    ADD COLUMN expected_purchases_365 double precision,
    ADD COLUMN expected_spend        numeric(18, 2),
    ADD COLUMN clv                   numeric(18, 2),
    ADD COLUMN churn_risk            double precision,
    ADD COLUMN loyalty               smallint,
    ADD COLUMN lifecycle_stage       text,
    ADD COLUMN buyer_type            text,
    ADD COLUMN promotion_share       double precision,
    ADD COLUMN purchasing_power      text,
    ADD COLUMN preferred_categories  text[] NOT NULL DEFAULT '{}',
    ADD COLUMN account_manager_id    text,
    ADD COLUMN model_version         int NOT NULL DEFAULT 0,
    ADD COLUMN next_review_at        timestamptz;
CREATE INDEX customers_by_clv ON customers (tenant_id, clv DESC NULLS LAST);
CREATE INDEX customers_by_revenue ON customers (tenant_id, revenue DESC);
CREATE INDEX customers_by_manager ON customers (tenant_id, account_manager_id) WHERE account_manager_id IS NOT NULL;

CREATE TABLE customer_categories (
    tenant_id       text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    customer_id     text NOT NULL,
    category        text NOT NULL,
    orders          int NOT NULL,
    revenue         numeric(18, 2) NOT NULL,
    last_bought_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, customer_id, category)
);
CREATE INDEX customer_categories_by_category ON customer_categories (tenant_id, category, last_bought_at);

-- Every committed change of a customer's segment: the change feed's history and the movement matrix.
CREATE TABLE segment_moves (
    tenant_id     text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    customer_id   text NOT NULL,
    from_segment  text NOT NULL,
    to_segment    text NOT NULL,
    moved_at      timestamptz NOT NULL,
    cause         text NOT NULL CHECK (cause IN ('event', 'time', 'rescore'))
);
CREATE INDEX segment_moves_by_time ON segment_moves (tenant_id, moved_at);
CREATE INDEX segment_moves_by_customer ON segment_moves (tenant_id, customer_id, moved_at);

CREATE TABLE churn_alerts (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id           text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    customer_id         text NOT NULL,
    customer_name       text,
    account_manager_id  text,
    kind                text NOT NULL,
    summary             text NOT NULL,
    reasons             jsonb NOT NULL,
    raised_at           timestamptz NOT NULL,
    status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'snoozed', 'resolved')),
    note                text,
    follow_up_on        date,
    snoozed_until       timestamptz,
    handled_by          text,
    handled_at          timestamptz
);
CREATE INDEX churn_alerts_by_tenant ON churn_alerts (tenant_id, raised_at DESC);
CREATE INDEX churn_alerts_open ON churn_alerts (tenant_id, account_manager_id) WHERE status <> 'resolved';

CREATE TABLE tenant_analysis_settings (
    tenant_id   text PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    settings    jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- The tenant's current model (thresholds, cut-offs, fitted parameters) that every customer grain scores with.
DROP TABLE tenant_rfm_thresholds;
CREATE TABLE tenant_models (
    tenant_id    text PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    version      int NOT NULL,
    model        jsonb NOT NULL,
    computed_at  timestamptz NOT NULL
);

CREATE TABLE tenant_model_fits (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    model           text NOT NULL CHECK (model IN ('bgnbd', 'gammagamma')),
    parameters      jsonb NOT NULL,
    log_likelihood  double precision NOT NULL,
    sample_size     int NOT NULL,
    iterations      int NOT NULL,
    seconds         double precision NOT NULL,
    fitted_at       timestamptz NOT NULL
);
CREATE INDEX tenant_model_fits_by_tenant ON tenant_model_fits (tenant_id, fitted_at DESC);

SELECT enable_tenant_isolation('customer_categories', 'tenant_id');
SELECT enable_tenant_isolation('segment_moves', 'tenant_id');
SELECT enable_tenant_isolation('churn_alerts', 'tenant_id');
SELECT enable_tenant_isolation('tenant_analysis_settings', 'tenant_id');
SELECT enable_tenant_isolation('tenant_models', 'tenant_id');
SELECT enable_tenant_isolation('tenant_model_fits', 'tenant_id');
