-- Custom segments: each tenant's own segments, defined by rule trees (docs/SEGMENTS.md), and their members. The
-- customer grains keep membership live; the writers (the segments API, the grains' checkpoints) keep each
-- segment's member count exact. At most 100 segments per tenant, which the API checks under the tenant's row lock.

-- Every write of a definition takes the next revision. A grain's evaluation holds for a segment whose revision is
-- not above the highest revision among the definitions it evaluated (writes of one tenant are serialized).
CREATE SEQUENCE custom_segment_revisions;
GRANT USAGE ON SEQUENCE custom_segment_revisions TO saas_app;

CREATE TABLE custom_segments (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name         text NOT NULL,
    description  text,
    rule         jsonb NOT NULL,
    revision     bigint NOT NULL DEFAULT nextval('custom_segment_revisions'),
    members      bigint NOT NULL DEFAULT 0 CHECK (members >= 0),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX custom_segments_name ON custom_segments (tenant_id, lower(name));

CREATE TABLE custom_segment_members (
    tenant_id    text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    segment_id   bigint NOT NULL REFERENCES custom_segments (id) ON DELETE CASCADE,
    customer_id  text NOT NULL,
    since        timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, customer_id, segment_id)
);
CREATE INDEX custom_segment_members_by_segment ON custom_segment_members (segment_id, since DESC, customer_id);

SELECT enable_tenant_isolation('custom_segments', 'tenant_id');
SELECT enable_tenant_isolation('custom_segment_members', 'tenant_id');
