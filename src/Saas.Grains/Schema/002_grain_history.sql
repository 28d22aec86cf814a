-- A grain's own events in log order: a rebuild replays them, an erasure deletes them.
CREATE INDEX IF NOT EXISTS grain_events_by_grain ON grain_events (grain_type, grain_key, tx_id, seq);
