-- customers and customer_identities drop their foreign key to tenants, as the bulk tables did in 018: a checkpoint
-- or an intake checked the key for every row it wrote (5-10 microseconds each, a third of the identities' insert).
-- Each such transaction now holds its tenants' rows once (TenantLocks), so a tenant being deleted still waits for
-- it, and deleting a tenant removes these rows by tenant id (TenantDirectory.DeleteAsync).
ALTER TABLE customers DROP CONSTRAINT customers_tenant_id_fkey;
ALTER TABLE customer_identities DROP CONSTRAINT customer_identities_tenant_id_fkey;
