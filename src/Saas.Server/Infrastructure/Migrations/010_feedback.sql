-- Customer feedback read models, written by FeedbackProjection in the grains' checkpoint transaction. Each
-- rating, complaint, inquiry and contact is a row keyed by its own id, so a batch applied twice changes nothing;
-- customer_feedback holds each customer's totals, counted from those rows.

CREATE TABLE customer_feedback (
    tenant_id        text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    customer_id      text NOT NULL,
    ratings          int NOT NULL,
    rating_sum       int NOT NULL,
    last_nps         smallint,
    complaints       int NOT NULL,
    open_complaints  int NOT NULL,
    inquiries        int NOT NULL,
    contacts         int NOT NULL,
    last_contact_at  timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, customer_id)
);

-- region: the customer's, as its grain knew it when the rating came.
CREATE TABLE ratings (
    tenant_id    text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    rating_id    text NOT NULL,
    customer_id  text NOT NULL,
    product      text,
    region       text,
    score        smallint CHECK (score BETWEEN 1 AND 5),
    nps          smallint CHECK (nps BETWEEN 0 AND 10),
    rated_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, rating_id)
);
CREATE INDEX ratings_by_customer ON ratings (tenant_id, customer_id);

CREATE TABLE complaints (
    tenant_id     text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    complaint_id  text NOT NULL,
    customer_id   text NOT NULL,
    type          text NOT NULL,
    product       text,
    region        text,
    rep           text,
    opened_at     timestamptz NOT NULL,
    resolved_at   timestamptz CHECK (resolved_at >= opened_at),
    PRIMARY KEY (tenant_id, complaint_id)
);
CREATE INDEX complaints_by_customer ON complaints (tenant_id, customer_id);
CREATE INDEX complaints_by_opening ON complaints (tenant_id, opened_at);

CREATE TABLE inquiries (
    tenant_id    text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    inquiry_id   text NOT NULL,
    customer_id  text NOT NULL,
    topic        text,
    product      text,
    region       text,
    asked_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, inquiry_id)
);
CREATE INDEX inquiries_by_customer ON inquiries (tenant_id, customer_id);

-- Contacts the merchant made; made_by is who made them.
CREATE TABLE contacts (
    tenant_id     text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    contact_id    text NOT NULL,
    customer_id   text NOT NULL,
    channel       text NOT NULL,
    made_by       text,
    contacted_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, contact_id)
);
CREATE INDEX contacts_by_customer ON contacts (tenant_id, customer_id);
CREATE INDEX contacts_by_time ON contacts (tenant_id, contacted_at);

SELECT enable_tenant_isolation('customer_feedback', 'tenant_id');
SELECT enable_tenant_isolation('ratings', 'tenant_id');
SELECT enable_tenant_isolation('complaints', 'tenant_id');
SELECT enable_tenant_isolation('inquiries', 'tenant_id');
SELECT enable_tenant_isolation('contacts', 'tenant_id');
