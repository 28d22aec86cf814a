using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Saas.Domain.Abc;
using Saas.Domain.Rfm;
using Saas.Server.Features.Analyses;
using Saas.Server.Features.Customers;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Bench;

/// <summary>
/// Times the tenant analyses on one tenant of <c>customers</c> customers and <c>orders</c> orders. A fresh database
/// gets the server's migrations; a generated order history fills customers, segment_moves and a plain orders table
/// by COPY, and the pre-aggregates by the projection's own aggregation (<see cref="OrderAggregates"/>) over the
/// generated order facts, then COPY. Each analysis runs its endpoint's SQL in a tenant scope (median of 5 after a
/// warm-up); the plain-SQL RFM a user would write over the orders table (NTILE) is timed against the RFM grid.
/// </summary>
internal static class AnalysesBench
{
    private const string Tenant = "bench";
    private const int Runs = 5;

    public static async Task RunAsync(string adminConnectionString, int customers, int orders)
    {
        var database = $"analyses_{Guid.NewGuid():N}";
        await ExecuteAsync(adminConnectionString, $"CREATE DATABASE {database}");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database, CommandTimeout = 0 }.ConnectionString;
            await using var db = NpgsqlDataSource.Create(connection);
            await new DatabaseMigrations(db).StartAsync(CancellationToken.None);
            var now = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var history = await ShopHistory.WriteAsync(db, customers, orders, now);
            Console.WriteLine($"analyses: {customers:N0} customers, {orders:N0} orders, {history.Moves:N0} segment moves generated and copied in {clock.Elapsed.TotalSeconds:F0} s");
            clock.Restart();
            var snapshots = await new SegmentSnapshots(new TenantScope(db)).TakeDueAsync(Tenant, now);
            Console.WriteLine($"{snapshots} weekly segment snapshots taken from the moves in {clock.Elapsed.TotalSeconds:F1} s " +
                              "(the tenant's periodic round takes each in turn; this is the whole history at once)");
            var grid = await TimeAnalysesAsync(db, now);
            await CompareWithPlainSqlAsync(db, grid);
        }
        finally
        {
            await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    /// <returns>The RFM grid's median, for the comparison with plain SQL.</returns>
    private static async Task<double> TimeAnalysesAsync(NpgsqlDataSource db, DateTimeOffset now)
    {
        var scope = new TenantScope(db);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var month = OrderAggregates.MonthOf(now);
        foreach (var days in new[] { 30, 90, 365, 730 })
        {
            await TimeAsync(scope, $"segments/movement, last {days} days", tx => SegmentMovementAnalysis.ReadAsync(tx, Tenant, today.AddDays(-days), today, default),
                m => $"{m.Flows.Count} cells");
        }
        await TimeAsync(scope, "segments/movement, 30 days a year ago", tx => SegmentMovementAnalysis.ReadAsync(tx, Tenant, today.AddDays(-395), today.AddDays(-365), default),
            m => $"{m.Flows.Count} cells");
        var grid = await TimeAsync(scope, "rfm/grid", tx => RfmGridAnalysis.ReadAsync(tx, Tenant, default), g => $"{g.Cells.Count} cells, {g.Customers:N0} customers");
        await TimeAsync(scope, "abc/pareto", tx => AbcParetoAnalysis.ReadAsync(tx, Tenant, new AbcShares(), default),
            p => $"A {p.Classes[0].Customers:N0} customers with {p.Classes[0].RevenueShare:P1} of revenue");
        await TimeAsync(scope, "cohorts?months=12", tx => CohortAnalysis.ReadAsync(tx, Tenant, month, 12, default), c => $"{c.Cohorts.Count} cohorts");
        await TimeAsync(scope, "cohorts?months=36", tx => CohortAnalysis.ReadAsync(tx, Tenant, month, 36, default), c => $"{c.Cohorts.Count} cohorts");
        await TimeAsync(scope, "categories/by-region, 12 months", tx => CategorySalesAnalysis.ReadAsync(tx, Tenant, month.AddMonths(-11), month, default),
            s => $"{s.Rows.Count:N0} rows");
        await TimeAsync(scope, "cross-sell?minSupport=0.01&limit=20", tx => CrossSellAnalysis.ReadAsync(tx, Tenant, 0.01, 20, default),
            c => $"{c.Pairs.Count} pairs, top lift {(c.Pairs.Count > 0 ? c.Pairs[0].Lift : 0):F2}");
        await TimeAsync(scope, "profitability?limit=50", tx => ProfitabilityAnalysis.ReadPageAsync(tx, Tenant, false, 50, 0, default),
            p => $"least profit {p.Items[0].Profit:N2}");
        await TimeAsync(scope, "profitability?order=desc&offset=100000", tx => ProfitabilityAnalysis.ReadPageAsync(tx, Tenant, true, 50, ProfitabilityAnalysis.MaxOffset, default),
            p => $"{p.Items.Count} items");
        await TimeAsync(scope, "profitability/summary", tx => ProfitabilityAnalysis.ReadSummaryAsync(tx, Tenant, default),
            s => $"{s.UnprofitableCustomers:N0} unprofitable customers");
        var (_, sampled) = await TimeAsync(scope, "top-spenders?share=0.1", tx => TopSpendersAnalysis.ReadAsync(tx, Tenant, 0.1, default),
            t => $"{t.SampledCustomers:N0} sampled, {t.Traits.Count} traits");
        await TimeAsync(scope, "top-spenders?share=0.5", tx => TopSpendersAnalysis.ReadAsync(tx, Tenant, 0.5, default),
            t => $"{t.SampledCustomers:N0} sampled, {t.Traits.Count} traits");
        var (_, exact) = await TimeAsync(scope, "without the sample: top-spenders?share=0.1 over every customer",
            tx => TopSpendersAnalysis.ReadAsync(tx, Tenant, 0.1, default, int.MaxValue), t => $"{t.SampledCustomers:N0} read");
        var error = exact.Traits.Max(e => sampled.Traits.FirstOrDefault(t => (t.Dimension, t.Value) == (e.Dimension, e.Value)) is { } t
            ? Math.Max(Math.Abs(t.TopShare - e.TopShare), Math.Abs(t.RestShare - e.RestShare))
            : Math.Max(e.TopShare, e.RestShare));
        Console.WriteLine($"    the sample's largest error in a share: {error * 100:F2} points");
        return grid.Median;
    }

    /// <summary>The plain SQL a user would otherwise write, and the alternatives the pre-aggregates replace.</summary>
    private static async Task CompareWithPlainSqlAsync(NpgsqlDataSource db, double grid)
    {
        var plain = await TimeSqlAsync(db, "plain SQL: NTILE(5) RFM grid over the orders table", 3, """
            SELECT r, f, count(*), avg(monetary), avg(m) FROM (
                SELECT NTILE(5) OVER (ORDER BY last_order) AS r, NTILE(5) OVER (ORDER BY frequency) AS f,
                       NTILE(5) OVER (ORDER BY monetary) AS m, monetary
                FROM (SELECT customer_id, max(placed_at) AS last_order, count(*) AS frequency, sum(total) AS monetary
                      FROM orders GROUP BY customer_id) per_customer) scored
            GROUP BY r, f
            """);
        Console.WriteLine($"    plain SQL / product RFM grid = {plain / grid:N0}x");
        await TimeSqlAsync(db, "without rfm_cells: GROUP BY r, f, segment over customers", Runs,
            $"SELECT r, f, segment, count(*), sum(revenue) FROM customers WHERE tenant_id = '{Tenant}' AND r IS NOT NULL GROUP BY r, f, segment");
        await TimeSqlAsync(db, "without revenue_buckets: Pareto by window over customers", Runs, $"""
            SELECT bucket, count(*), sum(revenue) FROM (
                SELECT revenue, (row_number() OVER (ORDER BY revenue DESC) - 1) * 100 / count(*) OVER () AS bucket
                FROM customers WHERE tenant_id = '{Tenant}') ranked
            GROUP BY bucket
            """);
        await TimeRescoringWithAndWithoutTriggerAsync(db);
    }

    /// <summary>What rfm_cells' trigger adds to a set-based re-scoring of every customer (one UPDATE, rolled back).</summary>
    private static async Task TimeRescoringWithAndWithoutTriggerAsync(NpgsqlDataSource db)
    {
        const string Rescore = $"UPDATE customers SET r = 6 - r, updated_at = now() WHERE tenant_id = '{Tenant}'";
        var with = await TimeSqlAsync(db, "UPDATE of every customer's r, with the rfm_cells trigger", 1, Rescore, rollback: true);
        var without = await TimeSqlAsync(db, "UPDATE of every customer's r, trigger disabled", 1,
            $"ALTER TABLE customers DISABLE TRIGGER rfm_cells_on_update; {Rescore}", rollback: true);
        Console.WriteLine($"    the trigger adds {with - without:N0} ms ({(with - without) / without:P0})");
    }

    private static async Task<(double Median, T Answer)> TimeAsync<T>(
        TenantScope scope, string name, Func<TenantTransaction, Task<T>> read, Func<T, string> describe)
    {
        var times = new List<double>();
        T answer = default!;
        for (var run = 0; run <= Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            await using (var tx = await scope.BeginAsync(Tenant, CancellationToken.None)) answer = await read(tx);
            // The first run only warms the caches.
            if (run > 0) times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return (Report(name, times, describe(answer)), answer);
    }

    private static async Task<double> TimeSqlAsync(NpgsqlDataSource db, string name, int runs, string sql, bool rollback = false)
    {
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            await using var connection = await db.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var clock = Stopwatch.StartNew();
            await using (var cmd = new NpgsqlCommand(sql, connection)) await cmd.ExecuteNonQueryAsync();
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (rollback) await transaction.RollbackAsync();
        }
        return Report(name, times, runs == 1 ? "1 run" : $"median of {runs}");
    }

    private static double Report(string name, List<double> times, string detail)
    {
        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine($"  {name,-60} {median,9:N1} ms   (min {times[0]:N1}, max {times[^1]:N1}; {detail})");
        return median;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var db = NpgsqlDataSource.Create(connectionString);
        await using var cmd = db.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// A generated order history: each customer's orders spread between its first order and now, its segment moving
    /// as the default RFM model says (at each order, and as each recency line passes with no order).
    /// </summary>
    private sealed class ShopHistory
    {
        private const int Categories = 50;
        private const int Regions = 20;
        private const int HistoryDays = 3 * 365;
        private static readonly string[] Channels = ["web", "app", "store"];
        private static readonly string?[] Genders = ["f", "m", null];
        private static readonly string[] AgeBands = ["18-23", "24-28", "29-35", "36+"];

        private readonly Random _random = new(20261123);
        private readonly DateTimeOffset _now;
        private readonly OrderAggregates _aggregates = new();
        private readonly Dictionary<Segment, long> _segments = [];
        private readonly NpgsqlBinaryImporter _customers;
        private readonly NpgsqlBinaryImporter _moves;
        private readonly NpgsqlBinaryImporter _orders;
        private long _moveCount;

        private ShopHistory(DateTimeOffset now, NpgsqlBinaryImporter customers, NpgsqlBinaryImporter moves, NpgsqlBinaryImporter orders) =>
            (_now, _customers, _moves, _orders) = (now, customers, moves, orders);

        public long Moves => _moveCount;

        public static async Task<ShopHistory> WriteAsync(NpgsqlDataSource db, int customers, int orders, DateTimeOffset now)
        {
            await using (var setup = db.CreateCommand($"""
                INSERT INTO tenants (id, slug, name) VALUES ('{Tenant}', '{Tenant}', 'Bench Shop');
                CREATE TABLE orders (customer_id text NOT NULL, placed_at timestamptz NOT NULL, total numeric(18, 2) NOT NULL);
                """))
            {
                await setup.ExecuteNonQueryAsync();
            }
            await using var customersConnection = await db.OpenConnectionAsync();
            await using var movesConnection = await db.OpenConnectionAsync();
            await using var ordersConnection = await db.OpenConnectionAsync();
            var history = new ShopHistory(now,
                await customersConnection.BeginBinaryImportAsync(
                    $"COPY customers ({string.Join(", ", CustomerColumns)}) FROM STDIN (FORMAT BINARY)"),
                await movesConnection.BeginBinaryImportAsync(
                    "COPY segment_moves (tenant_id, customer_id, from_segment, to_segment, moved_at, cause, customer_no) FROM STDIN (FORMAT BINARY)"),
                await ordersConnection.BeginBinaryImportAsync("COPY orders (customer_id, placed_at, total) FROM STDIN (FORMAT BINARY)"));
            var counts = history.OrderCounts(customers, orders);
            for (var i = 0; i < customers; i++) await history.WriteCustomerAsync(i, counts[i]);
            foreach (var importer in new[] { history._customers, history._moves, history._orders })
            {
                await importer.CompleteAsync();
                await importer.DisposeAsync();
            }
            await history.WriteAggregatesAsync(db);
            await using (var vacuum = db.CreateCommand("VACUUM ANALYZE"))
            {
                await vacuum.ExecuteNonQueryAsync();
            }
            return history;
        }

        private static readonly string[] CustomerColumns =
        [
            "tenant_id", "customer_id", "customer_no", "email", "name", "orders", "revenue", "currency", "first_order_at", "last_order_at", "r", "f", "m",
            "segment", "segment_since", "gender", "birth_year", "age_band", "region", "channel", "purchase_days", "first_day_spend",
            "average_order_value", "discounted_orders", "discounts", "buyer_type", "promotion_share", "preferred_categories",
        ];

        /// <summary>Orders per customer, at least one each, skewed as real shops are (exponential), adding up to <paramref name="orders"/>.</summary>
        private int[] OrderCounts(int customers, int orders)
        {
            var mean = Math.Max(0, (double)orders / customers - 1);
            var counts = new int[customers];
            long total = 0;
            for (var i = 0; i < customers; i++) total += counts[i] = 1 + (int)(-Math.Log(1 - _random.NextDouble()) * mean);
            for (; total < orders; total++) counts[_random.Next(customers)]++;
            while (total > orders)
            {
                var i = _random.Next(customers);
                if (counts[i] > 1) (counts[i], total) = (counts[i] - 1, total - 1);
            }
            return counts;
        }

        private static long Number(int index) => index + 1L;

        private async Task WriteCustomerAsync(int index, int orderCount)
        {
            var id = $"c-{index:D7}";
            var region = _random.Next(10) == 0 ? null : $"region-{Zipf(Regions):D2}";
            var channel = Channels[_random.Next(Channels.Length)];
            var preferred = Zipf(Categories);
            var spend = Math.Exp(3.2 + 0.6 * Gaussian());
            var first = _now.AddDays(-1 - _random.NextDouble() * HistoryDays);
            var times = Enumerable.Range(0, orderCount).Select(j => j == 0 ? first : first + (_now - first) * _random.NextDouble()).Order().ToArray();

            var (revenue, discounts, discountedOrders, firstDaySpend) = (0m, 0m, 0, 0m);
            var days = new HashSet<DateOnly>();
            var months = new HashSet<DateOnly>();
            var segment = Segment.Prospect;
            var segmentSince = first;
            for (var j = 0; j < times.Length; j++)
            {
                days.Add(DateOnly.FromDateTime(times[j].UtcDateTime));
                var order = Order(id, $"{id}-{j}", times[j], j == 0, months.Add(OrderAggregates.MonthOf(times[j])), OrderAggregates.MonthOf(first),
                    region, channel, preferred, spend);
                _aggregates.Add(Tenant, order);
                await WriteOrderAsync(order);
                revenue += order.Total;
                discounts += order.Discount;
                discountedOrders += order.Discount > 0 ? 1 : 0;
                if (DateOnly.FromDateTime(times[j].UtcDateTime) == DateOnly.FromDateTime(first.UtcDateTime)) firstDaySpend += order.Total;
                (segment, segmentSince) = await MoveAsync(index, segment, segmentSince, times[j], new RfmValues(0, j + 1, revenue));
                var next = j + 1 < times.Length ? times[j + 1] : _now;
                foreach (var line in RfmThresholds.Default.RecencyDays)
                {
                    var at = times[j].AddDays(line);
                    if (at >= next) break;
                    (segment, segmentSince) = await MoveAsync(index, segment, segmentSince, at, new RfmValues(line, j + 1, revenue));
                }
            }
            _segments[segment] = _segments.GetValueOrDefault(segment) + 1;
            var score = RfmThresholds.Default.Score(new RfmValues((_now - times[^1]).TotalDays, orderCount, revenue));
            object?[] row =
            [
                Tenant, id, Number(index), $"{id}@example.com", $"Customer {index}", orderCount, revenue, "EUR", first, times[^1], (short)score.R, (short)score.F,
                (short)score.M, segment.ToString(), segmentSince, Genders[_random.Next(Genders.Length)], (short)(1950 + _random.Next(55)),
                AgeBands[_random.Next(AgeBands.Length)], region, channel, days.Count, firstDaySpend, Math.Round(revenue / orderCount, 2),
                discountedOrders, discounts, days.Count > 1 ? "Recurring" : "OneOff", (double)discountedOrders / orderCount,
                new[] { Category(preferred) },
            ];
            await _customers.WriteRowAsync(default, row);
        }

        private OrderApplied Order(
            string customerId, string orderId, DateTimeOffset at, bool firstOrder, bool firstInMonth, DateOnly cohort, string? region, string channel,
            int preferred, double spend)
        {
            var discounted = _random.Next(4) == 0;
            var lines = Enumerable.Range(0, 1 + _random.Next(3))
                .Select(l => (Category: Category(l == 0 && _random.Next(2) == 0 ? preferred : Zipf(Categories)), Quantity: 1 + _random.Next(3),
                    Price: Math.Round((decimal)(spend * (0.5 + _random.NextDouble())), 2)))
                .Select(l => (l.Category, l.Quantity, Gross: l.Price * l.Quantity, Discount: discounted ? Math.Round(l.Price * l.Quantity * 0.1m, 2) : 0m))
                .ToArray();
            var gross = lines.Sum(l => l.Gross);
            var discount = lines.Sum(l => l.Discount);
            return new OrderApplied(customerId, orderId, at, gross - discount, discount, _random.Next(7) == 0 ? null : Math.Round(gross * (decimal)(0.3 + 0.7 * _random.NextDouble()), 2),
                region, channel, firstOrder, firstInMonth, cohort,
                [.. lines.Select(l => new CategoryLine(l.Category, l.Quantity, l.Gross - l.Discount, l.Discount))]);
        }

        private async Task WriteOrderAsync(OrderApplied order)
        {
            await _orders.StartRowAsync();
            await _orders.WriteAsync(order.CustomerId, NpgsqlDbType.Text);
            await _orders.WriteAsync(order.PlacedAt, NpgsqlDbType.TimestampTz);
            await _orders.WriteAsync(order.Total, NpgsqlDbType.Numeric);
        }

        private async Task<(Segment, DateTimeOffset)> MoveAsync(int index, Segment from, DateTimeOffset since, DateTimeOffset at, RfmValues values)
        {
            var to = RfmSegmentMap.SegmentOf(RfmThresholds.Default.Score(values));
            if (to == from) return (from, since);
            await _moves.WriteRowAsync(default, Tenant, $"c-{index:D7}", from.ToString(), to.ToString(), at, SegmentMoveCause.Event, Number(index));
            _moveCount++;
            return (to, at);
        }

        private async Task WriteAggregatesAsync(NpgsqlDataSource db)
        {
            await using var connection = await db.OpenConnectionAsync();
            var customers = _aggregates.Customers();
            var tables = _aggregates.Tables()
                .Concat(CustomerProfitChange.Tables(customers.Select(c => new CustomerProfitChange(null, c))))
                .Append(CustomerProfit.Rows(customers))
                .Append(new TableRows("segment_counts", 2,
                [
                    TableColumn.Text("tenant_id", _segments.Keys.Select(_ => Tenant)),
                    TableColumn.Text("segment", _segments.Keys.Select(s => s.ToString())),
                    TableColumn.Count("customers", _segments.Values),
                ]));
            foreach (var rows in tables)
            {
                await using var writer = await connection.BeginBinaryImportAsync($"COPY {rows.Table} ({string.Join(", ", rows.Names)}) FROM STDIN (FORMAT BINARY)");
                for (var i = 0; i < rows.Count; i++)
                {
                    await writer.StartRowAsync();
                    foreach (var column in rows.Columns) await writer.WriteAsync(column.Values.GetValue(i), column.Type);
                }
                await writer.CompleteAsync();
            }
        }

        /// <returns>1 to <paramref name="n"/>, small numbers far more often (Zipf, exponent 1).</returns>
        private int Zipf(int n) => Math.Min(n, (int)Math.Exp(_random.NextDouble() * Math.Log(n + 1)));

        private static string Category(int n) => $"category-{n:D2}";

        private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
    }
}
