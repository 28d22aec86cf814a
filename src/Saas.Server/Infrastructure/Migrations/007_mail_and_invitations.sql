-- Outgoing mail (confirmation, password reset, invitations) and invitations to join a tenant.

-- Every mail is written here first, so nothing is lost if the SMTP server is down; MailDelivery sends it
-- when SMTP is configured, otherwise it stays here for platform admins to read in the console.
CREATE TABLE mail_outbox (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    queued_at     timestamptz NOT NULL DEFAULT now(),
    tenant_id     text REFERENCES tenants (id) ON DELETE CASCADE,
    recipient     text NOT NULL,
    subject       text NOT NULL,
    body          text NOT NULL,
    delivered_at  timestamptz,
    attempts      integer NOT NULL DEFAULT 0,
    -- A claimed mail is leased until then (a node that dies mid-send leaves it to the others); a failed one
    -- waits until then for its next attempt.
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error    text
);
CREATE INDEX mail_outbox_queued ON mail_outbox (queued_at DESC);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE delivered_at IS NULL;

-- The token itself is only in the mailed link; the table keeps its SHA-256.
CREATE TABLE invitations (
    id           text PRIMARY KEY,
    tenant_id    text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email        text NOT NULL,
    role         text NOT NULL CHECK (role IN ('TenantOwner', 'AccountManager')),
    token_hash   bytea NOT NULL UNIQUE,
    invited_by   text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    accepted_at  timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX invitations_by_tenant ON invitations (tenant_id, created_at DESC);

-- The row-level security of 004 as a function, for this and later migrations.
CREATE FUNCTION enable_tenant_isolation(tbl text, col text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format(
        'CREATE POLICY tenant_isolation ON %I USING (%I = current_setting(''app.tenant_id'', true)) WITH CHECK (%I = current_setting(''app.tenant_id'', true))',
        tbl, col, col);
END $$;

SELECT enable_tenant_isolation('mail_outbox', 'tenant_id');
SELECT enable_tenant_isolation('invitations', 'tenant_id');
-- Identity reads and writes users as the owner; member lists and removals run as saas_app and see their tenant's only.
SELECT enable_tenant_isolation('AspNetUsers', 'TenantId');
