-- Row-level security: requests run as saas_app with app.tenant_id set per transaction (TenantScope), so a
-- query that forgets its tenant filter still sees only that tenant's rows. The runtime's own connections
-- (dispatch, checkpoints) act for every tenant and keep the owner role.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'saas_app') THEN
        CREATE ROLE saas_app NOLOGIN;
    END IF;
END $$;
GRANT saas_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO saas_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO saas_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO saas_app;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('tenants', 'id'), ('api_keys', 'tenant_id'), ('customers', 'tenant_id'), ('segment_counts', 'tenant_id'),
        ('tenant_rfm_thresholds', 'tenant_id'), ('grain_events', 'scope'), ('grain_state', 'scope'),
        ('grain_outbox', 'scope'), ('grain_scope_sequences', 'scope'), ('grain_reminders', 'scope'),
        ('grain_dead_letters', 'scope')) AS v(tbl, col)
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.tbl);
        EXECUTE format(
            'CREATE POLICY tenant_isolation ON %I USING (%I = current_setting(''app.tenant_id'', true)) WITH CHECK (%I = current_setting(''app.tenant_id'', true))',
            t.tbl, t.col, t.col);
    END LOOP;
END $$;
