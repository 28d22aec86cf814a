-- ASP.NET Core data-protection keys (they sign the sign-in and antiforgery cookies), shared by every node so
-- that a cookie issued by one node is accepted by all. Platform-level: no tenant data.

CREATE TABLE data_protection_keys (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name  text NOT NULL,
    xml            text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);
