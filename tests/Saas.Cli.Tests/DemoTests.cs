using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Saas.Cli.Tests;

public sealed class DemoTests(TransactionFiles files) : IClassFixture<TransactionFiles>
{
    [Fact]
    public void The_history_written_as_csv_has_one_row_per_order_line_with_every_column_the_importer_maps()
    {
        var file = files.Write("demo.csv", "");

        var (exitCode, stdout, _) = Saas.Run("demo", "--out", file, "--customers", "300", "--years", "1", "--seed", "4");

        Assert.Equal(0, exitCode);
        var rows = File.ReadAllLines(file);
        Assert.Equal("order_id,customer_id,date,total,currency,email,name,phone,city,region,channel,sku,category,quantity,price,discount,unit_cost", rows[0]);
        var orders = rows.Skip(1).Select(r => r.Split(',')).GroupBy(r => r[0]).ToArray();
        Assert.Contains($"wrote {orders.Length:N0} orders of 300 customers", stdout);
        Assert.InRange(orders.Select(o => o.First()[1]).Distinct().Count(), 250, 300);
        Assert.All(orders, o => Assert.Equal(
            decimal.Parse(o.First()[3], System.Globalization.CultureInfo.InvariantCulture),
            o.Sum(l => decimal.Parse(l[14], System.Globalization.CultureInfo.InvariantCulture) * int.Parse(l[13], System.Globalization.CultureInfo.InvariantCulture)
                       - decimal.Parse(l[15], System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("--customers", "many", "--customers must be a number, not 'many'")]
    [InlineData("--rate", "-1", "--rate must be between 0 and 10000, not '-1'")]
    [InlineData("--url", "ftp://shop", "--url 'ftp://shop' is not an http(s) address")]
    [InlineData("--colour", "red", "unknown option '--colour'")]
    public void A_bad_option_is_named_and_nothing_is_sent(string option, string value, string message)
    {
        var (exitCode, stdout, stderr) = Saas.Run("demo", "--api-key", "sk_test", option, value);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public async Task The_backfill_posts_orders_and_feedback_in_the_apis_shape_with_the_key_and_waits_out_a_rate_limit()
    {
        using var server = new RecordingServer();
        var run = Task.Run(() => Saas.Run("demo", "--url", server.Url, "--api-key", "sk_demo_key", "--customers", "150", "--years", "1", "--rate", "0"));

        var (exitCode, stdout, stderr) = await run;

        Assert.True(exitCode == 0, stderr);
        var orders = server.Bodies("/api/v1/orders").SelectMany(b => b.AsArray()).ToArray();
        var feedback = server.Bodies("/api/v1/feedback").SelectMany(b => b.AsArray()).ToArray();
        Assert.Contains($"backfill: {orders.Length:N0} orders, {feedback.Length:N0} feedback sent", stdout);
        Assert.True(orders.Length > 150);
        Assert.All(server.Keys, key => Assert.Equal("sk_demo_key", key));
        Assert.All(orders, o => Assert.True(o!["id"] is not null && o["customer"]!["id"] is not null && o["placedAt"] is not null && o["lines"]!.AsArray().Count > 0));
        Assert.All(feedback, f => Assert.Contains(f!.AsObject().First().Value!.GetValue<string>(), new[] { "rating", "complaint" }));
        Assert.Equal(1, server.RateLimited);
    }

    /// <summary>A local HTTP endpoint that answers 202, except one 429 (Retry-After 0) the first time, and keeps what it was sent.</summary>
    private sealed class RecordingServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly List<(string Path, string? Key, JsonNode Body)> _requests = [];

        public RecordingServer()
        {
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Url + "/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public int RateLimited { get; private set; }

        public IEnumerable<string?> Keys { get { lock (_requests) return [.. _requests.Select(r => r.Key)]; } }

        public IEnumerable<JsonNode> Bodies(string path) { lock (_requests) return [.. _requests.Where(r => r.Path == path).Select(r => r.Body)]; }

        public void Dispose() => _listener.Close();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (HttpListenerException)
                {
                    return;
                }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = JsonNode.Parse(await reader.ReadToEndAsync())!;
                if (RateLimited == 0)
                {
                    RateLimited++;
                    context.Response.StatusCode = 429;
                    context.Response.AddHeader("Retry-After", "0");
                }
                else
                {
                    lock (_requests) _requests.Add((context.Request.Url!.AbsolutePath, context.Request.Headers["X-Api-Key"], body));
                    context.Response.StatusCode = 202;
                }
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
    }
}
