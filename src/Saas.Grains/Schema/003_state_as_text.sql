-- A grain's state is the runtime's own serialization, written by the node and read back whole: stored as text, it
-- is not parsed again on every checkpoint (a json column validates each value, which at a million-order import is
-- gigabytes of JSON). Every checkpoint rewrites it, TOASTed past 2 kB; lz4 compresses several times faster than the
-- default pglz at a similar ratio. Servers built without lz4 keep pglz.
ALTER TABLE grain_state ALTER COLUMN state TYPE text;
DO $$
BEGIN
    ALTER TABLE grain_state ALTER COLUMN state SET COMPRESSION lz4;
    ALTER TABLE grain_events ALTER COLUMN payload SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'lz4 is not available: grain state stays compressed with pglz';
END $$;
