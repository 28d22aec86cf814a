-- Tenants and their connectors' API keys.

CREATE TABLE tenants (
    id          text PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    name        text NOT NULL,
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    created_at  timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE "AspNetUsers" ADD CONSTRAINT users_tenant FOREIGN KEY ("TenantId") REFERENCES tenants (id) ON DELETE CASCADE;
CREATE INDEX users_by_tenant ON "AspNetUsers" ("TenantId");

CREATE TABLE api_keys (
    id            text PRIMARY KEY,
    tenant_id     text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name          text NOT NULL,
    key_hash      bytea NOT NULL UNIQUE,
    key_prefix    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX api_keys_by_tenant ON api_keys (tenant_id);
