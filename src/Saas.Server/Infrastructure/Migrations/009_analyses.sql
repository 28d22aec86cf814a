-- Tenant analyses (Features/Analyses): pre-aggregates, so each analysis reads a few hundred rows instead of a
-- tenant's millions of customers and orders. AnalysisProjection folds every applied order into the tables up to
-- analysis_totals in the checkpoint transaction; triggers keep rfm_cells and segment_flows in step with
-- customers and segment_moves.

-- Orders containing a category, by month of the order and the region the shop reported ('' for none).
CREATE TABLE category_sales (
    tenant_id  text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    month      date NOT NULL,
    region     text NOT NULL,
    category   text NOT NULL,
    orders     bigint NOT NULL,
    quantity   bigint NOT NULL,
    revenue    numeric(18, 2) NOT NULL,
    discount   numeric(18, 2) NOT NULL,
    PRIMARY KEY (tenant_id, month, region, category)
);

-- Market baskets: orders containing each category, and each pair of categories (category_a < category_b, ordinal).
CREATE TABLE category_baskets (
    tenant_id  text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    category   text NOT NULL,
    orders     bigint NOT NULL,
    PRIMARY KEY (tenant_id, category)
);

CREATE TABLE category_pairs (
    tenant_id   text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    category_a  text NOT NULL,
    category_b  text NOT NULL,
    orders      bigint NOT NULL,
    PRIMARY KEY (tenant_id, category_a, category_b)
);

-- Cohorts by the month of the customer's first order: their size, and how many bought in each later month.
CREATE TABLE cohort_sizes (
    tenant_id     text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    cohort_month  date NOT NULL,
    customers     bigint NOT NULL,
    PRIMARY KEY (tenant_id, cohort_month)
);

CREATE TABLE cohort_activity (
    tenant_id       text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    cohort_month    date NOT NULL,
    activity_month  date NOT NULL,
    customers       bigint NOT NULL,
    PRIMARY KEY (tenant_id, cohort_month, activity_month)
);

-- Per customer, what its orders brought and cost. Revenue and discounts repeat what customers holds, so that
-- profit is one indexed column: a ranking over a join of two million-row tables cannot use an index.
CREATE TABLE customer_profits (
    tenant_id         text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    customer_id       text NOT NULL,
    orders            int NOT NULL,
    revenue           numeric(18, 2) NOT NULL,
    discounts         numeric(18, 2) NOT NULL,
    cost_of_goods     numeric(18, 2) NOT NULL,
    orders_with_cost  int NOT NULL,
    profit            numeric(18, 2) GENERATED ALWAYS AS (revenue - cost_of_goods) STORED,
    PRIMARY KEY (tenant_id, customer_id)
);
CREATE INDEX customer_profits_by_profit ON customer_profits (tenant_id, profit, customer_id);

-- Customers by revenue in buckets 1% wide (RevenueBuckets): the Pareto curve and ABC classes in one small read.
CREATE TABLE revenue_buckets (
    tenant_id  text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    bucket     int NOT NULL,
    customers  bigint NOT NULL,
    revenue    numeric(18, 2) NOT NULL,
    PRIMARY KEY (tenant_id, bucket)
);

CREATE TABLE analysis_totals (
    tenant_id               text PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    orders                  bigint NOT NULL,
    customers               bigint NOT NULL,
    revenue                 numeric(18, 2) NOT NULL,
    discounts               numeric(18, 2) NOT NULL,
    cost_of_goods           numeric(18, 2) NOT NULL,
    orders_with_cost        bigint NOT NULL,
    unprofitable_customers  bigint NOT NULL
);

-- Customers per RFM cell and segment. Scores change without orders (time, a new model), so this follows the
-- customers table itself rather than the order facts.
CREATE TABLE rfm_cells (
    tenant_id  text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    r          smallint NOT NULL,
    f          smallint NOT NULL,
    segment    text NOT NULL,
    customers  bigint NOT NULL,
    revenue    numeric(18, 2) NOT NULL,
    PRIMARY KEY (tenant_id, r, f, segment)
);

-- Segment moves per day (UTC): the movement matrix turns today's counts back to a past date from these.
CREATE TABLE segment_flows (
    tenant_id     text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    day           date NOT NULL,
    from_segment  text NOT NULL,
    to_segment    text NOT NULL,
    moves         bigint NOT NULL,
    PRIMARY KEY (tenant_id, day, from_segment, to_segment)
);

-- The movement matrix groups a window's moves by customer from this index alone.
CREATE INDEX segment_moves_window ON segment_moves (tenant_id, moved_at) INCLUDE (customer_id, from_segment, to_segment);

-- A fixed sample of a tenant's customers (those whose md5(customer_id) falls below a bound) with what the
-- top-spender profile reads of them, so that 20,000 of a million customers come from a few hundred index pages.
-- md5 and text comparison are leakproof: under row-level security the bound stays an index condition, where a
-- non-leakproof hash (hashtext) would only filter the tenant's whole index range. customer_id is included for
-- the planner to recompute md5 from the index alone.
CREATE INDEX customers_sample ON customers (tenant_id, (md5(customer_id)) COLLATE "C")
    INCLUDE (customer_id, revenue, orders, purchase_days, region, channel, gender, age_band, buyer_type, promotion_share, preferred_categories);

-- Rows are summed per statement and upserted in key order, so concurrent writers cannot deadlock on them.
-- A tenant being deleted is skipped: its cells go with it.
CREATE FUNCTION rfm_cells_follow_customers() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes text := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT tenant_id, r, f, segment, 1 AS customers, revenue FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT tenant_id, r, f, segment, -1 AS customers, -revenue AS revenue FROM old_rows'
        ELSE 'SELECT tenant_id, r, f, segment, 1 AS customers, revenue FROM new_rows
              UNION ALL SELECT tenant_id, r, f, segment, -1, -revenue FROM old_rows'
    END;
BEGIN
    EXECUTE format($sql$
        INSERT INTO rfm_cells AS c (tenant_id, r, f, segment, customers, revenue)
        SELECT tenant_id, r, f, segment, sum(customers), sum(revenue)
        FROM (%s) change
        WHERE r IS NOT NULL AND f IS NOT NULL AND EXISTS (SELECT FROM tenants t WHERE t.id = change.tenant_id)
        GROUP BY tenant_id, r, f, segment
        HAVING sum(customers) <> 0 OR sum(revenue) <> 0
        ORDER BY tenant_id, r, f, segment
        ON CONFLICT (tenant_id, r, f, segment)
        DO UPDATE SET customers = c.customers + excluded.customers, revenue = c.revenue + excluded.revenue
        $sql$, changes);
    RETURN NULL;
END $$;

CREATE TRIGGER rfm_cells_on_insert AFTER INSERT ON customers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rfm_cells_follow_customers();
CREATE TRIGGER rfm_cells_on_update AFTER UPDATE ON customers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rfm_cells_follow_customers();
CREATE TRIGGER rfm_cells_on_delete AFTER DELETE ON customers
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rfm_cells_follow_customers();

INSERT INTO rfm_cells (tenant_id, r, f, segment, customers, revenue)
SELECT tenant_id, r, f, segment, count(*), sum(revenue) FROM customers
WHERE r IS NOT NULL AND f IS NOT NULL
GROUP BY tenant_id, r, f, segment;

CREATE FUNCTION segment_flows_follow_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO segment_flows AS s (tenant_id, day, from_segment, to_segment, moves)
    SELECT tenant_id, (moved_at AT TIME ZONE 'UTC')::date, from_segment, to_segment, count(*)
    FROM new_rows
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (tenant_id, day, from_segment, to_segment) DO UPDATE SET moves = s.moves + excluded.moves;
    RETURN NULL;
END $$;

CREATE TRIGGER segment_flows_on_insert AFTER INSERT ON segment_moves
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION segment_flows_follow_moves();

INSERT INTO segment_flows (tenant_id, day, from_segment, to_segment, moves)
SELECT tenant_id, (moved_at AT TIME ZONE 'UTC')::date, from_segment, to_segment, count(*)
FROM segment_moves GROUP BY 1, 2, 3, 4;

SELECT enable_tenant_isolation('category_sales', 'tenant_id');
SELECT enable_tenant_isolation('category_baskets', 'tenant_id');
SELECT enable_tenant_isolation('category_pairs', 'tenant_id');
SELECT enable_tenant_isolation('cohort_sizes', 'tenant_id');
SELECT enable_tenant_isolation('cohort_activity', 'tenant_id');
SELECT enable_tenant_isolation('customer_profits', 'tenant_id');
SELECT enable_tenant_isolation('revenue_buckets', 'tenant_id');
SELECT enable_tenant_isolation('analysis_totals', 'tenant_id');
SELECT enable_tenant_isolation('rfm_cells', 'tenant_id');
SELECT enable_tenant_isolation('segment_flows', 'tenant_id');
