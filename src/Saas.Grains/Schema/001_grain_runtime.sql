-- The grain runtime's tables. `scope` is the first segment of a grain key (the tenant, for this product).
-- Payloads and states are `json`, not `jsonb`: they are only ever stored and read back whole, never queried
-- inside, and `json` skips the conversion both ways.

CREATE TABLE IF NOT EXISTS grain_events (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tx_id        xid8 NOT NULL DEFAULT pg_current_xact_id(),
    scope        text NOT NULL,
    partition    int NOT NULL,
    grain_type   text NOT NULL,
    grain_key    text NOT NULL,
    source_id    text NOT NULL,
    kind         text NOT NULL,
    payload      json NOT NULL,
    appended_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (scope, source_id)
);
CREATE INDEX IF NOT EXISTS grain_events_partition_order ON grain_events (partition, tx_id, seq);

CREATE TABLE IF NOT EXISTS grain_state (
    grain_type   text NOT NULL,
    grain_key    text NOT NULL,
    scope        text NOT NULL,
    partition    int NOT NULL,
    version      bigint NOT NULL,
    state        json NOT NULL,
    applied_tx   bigint NOT NULL DEFAULT 0,
    applied_seq  bigint NOT NULL DEFAULT 0,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (grain_type, grain_key)
);
CREATE INDEX IF NOT EXISTS grain_state_scope ON grain_state (scope);

CREATE TABLE IF NOT EXISTS grain_partition_cursors (
    partition    int PRIMARY KEY,
    tx           bigint NOT NULL,
    seq          bigint NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS grain_outbox (
    position     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tx_id        xid8 NOT NULL DEFAULT pg_current_xact_id(),
    scope        text NOT NULL,
    sequence     bigint NOT NULL,
    kind         text NOT NULL,
    payload      json NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS grain_outbox_order ON grain_outbox (tx_id, position);
CREATE INDEX IF NOT EXISTS grain_outbox_scope ON grain_outbox (scope, sequence);
CREATE INDEX IF NOT EXISTS grain_outbox_created ON grain_outbox (created_at);

CREATE TABLE IF NOT EXISTS grain_scope_sequences (
    scope        text PRIMARY KEY,
    last         bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS grain_dead_letters (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_seq    bigint NOT NULL,
    scope        text NOT NULL,
    grain_type   text NOT NULL,
    grain_key    text NOT NULL,
    error        text NOT NULL,
    failed_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS grain_reminders (
    grain_type   text NOT NULL,
    grain_key    text NOT NULL,
    name         text NOT NULL,
    scope        text NOT NULL,
    partition    int NOT NULL,
    due_at       timestamptz NOT NULL,
    period       interval,
    PRIMARY KEY (grain_type, grain_key, name)
);
CREATE INDEX IF NOT EXISTS grain_reminders_due ON grain_reminders (partition, due_at);

CREATE TABLE IF NOT EXISTS grain_cluster_nodes (
    node_id      text PRIMARY KEY,
    started_at   timestamptz NOT NULL,
    heartbeat_at timestamptz NOT NULL,
    partitions   int[] NOT NULL DEFAULT '{}'
);

CREATE TABLE IF NOT EXISTS grain_cluster_settings (
    id              int PRIMARY KEY CHECK (id = 1),
    partition_count int NOT NULL
);
