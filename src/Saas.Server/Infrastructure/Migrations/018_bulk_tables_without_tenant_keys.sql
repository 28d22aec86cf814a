-- The tables a customer's checkpoint or an import writes many rows to drop their foreign key to tenants: each key
-- was checked row by row (a trigger and a lookup per row, 2.2 million per million imported orders), and every
-- checking transaction share-locked the same tenant row. Their rows are still always written with their tenant:
-- a checkpoint writes them beside the customer's own row, which keeps its key; an import claims its orders after
-- share-locking the tenant. Deleting a tenant removes them by tenant id (TenantDirectory.DeleteAsync).
ALTER TABLE customer_categories DROP CONSTRAINT customer_categories_tenant_id_fkey;
ALTER TABLE customer_profits DROP CONSTRAINT customer_profits_tenant_id_fkey;
ALTER TABLE segment_moves DROP CONSTRAINT segment_moves_tenant_id_fkey;
ALTER TABLE imported_orders DROP CONSTRAINT imported_orders_tenant_id_fkey;
