-- Every admin and owner action: who, what, when, from where. Tenant members see their tenant's rows only.

CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor_id     text,
    actor_email  text,
    tenant_id    text,
    action       text NOT NULL,
    target       text NOT NULL,
    ip           text
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_tenant ON audit_log (tenant_id, at DESC);

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_log
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
