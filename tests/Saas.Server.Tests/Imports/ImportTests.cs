using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Saas.Server.Features.Imports;
using Saas.Server.Features.Tenants;

namespace Saas.Server.Tests.Imports;

[Collection(ServerCollection.Name)]
public sealed class ImportTests(ServerFixture server)
{
    [Fact]
    public async Task A_GB18030_semicolon_file_with_Chinese_headers_imports_its_good_rows_and_reports_the_bad_ones_by_line()
    {
        var tenant = await server.CreateTenantAsync("Import GB Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var uploaded = await ImportsApi.UploadedAsync(owner, ImportKinds.Orders, ImportsApi.Fixture("orders-gb18030-semicolon.csv"));
        Assert.Equal("gb18030", uploaded.GetProperty("encoding").GetString());
        Assert.Equal(";", uploaded.GetProperty("delimiter").GetString());
        Assert.Equal("订单号", uploaded.GetProperty("header")[0].GetString());
        Assert.Equal("张伟", uploaded.GetProperty("sample")[0][4].GetString());
        var mapping = uploaded.GetProperty("mapping");
        Assert.Equal(0, mapping.GetProperty("orderId").GetInt32());
        Assert.Equal(1, mapping.GetProperty("customerId").GetInt32());
        Assert.Equal(2, mapping.GetProperty("date").GetInt32());
        Assert.Equal(3, mapping.GetProperty("total").GetInt32());
        Assert.Equal(4, mapping.GetProperty("name").GetInt32());
        Assert.Equal(6, mapping.GetProperty("category").GetInt32());

        var done = await ImportsApi.ImportAsync(owner, uploaded);
        var progress = done.GetProperty("progress");
        Assert.Equal("completed", done.GetProperty("state").GetString());
        Assert.Equal(6, progress.GetProperty("rowsRead").GetInt64());
        Assert.Equal(3, progress.GetProperty("badRows").GetInt64());
        Assert.Equal(3, progress.GetProperty("newOrders").GetInt64());
        Assert.Equal(100, progress.GetProperty("percent").GetDouble());

        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id), n => n == 2, "the imported customers");
        Assert.Equal("张伟", await server.ScalarAsync<string>("SELECT name FROM customers WHERE tenant_id = $1 AND customer_id = 'c-zhang'", tenant.Id));
        Assert.Equal(2, await server.ScalarAsync<int>("SELECT orders FROM customers WHERE tenant_id = $1 AND customer_id = 'c-zhang'", tenant.Id));
        Assert.Equal(194.50m, await server.ScalarAsync<decimal>("SELECT revenue FROM customers WHERE tenant_id = $1 AND customer_id = 'c-zhang'", tenant.Id));

        using var badRows = await owner.Http.GetAsync($"/api/v1/imports/{done.GetProperty("id").GetString()}/bad-rows");
        Assert.Equal(HttpStatusCode.OK, badRows.StatusCode);
        var lines = (await badRows.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("line,reason,raw", lines[0].TrimEnd('\r'));
        Assert.StartsWith("4,total '不是金额' is not an amount,", lines[1]);
        Assert.StartsWith("6,\"date '昨天' is not a date", lines[2]);
        Assert.Equal("7,\"expected 7 fields, found 5\",\"CN-1006;c-wang;2025-06-01;20,00;王芳\"", lines[3].TrimEnd('\r'));
    }

    [Fact]
    public async Task A_UTF8_customers_file_with_a_BOM_and_quoted_commas_fills_in_the_customers_details()
    {
        var tenant = await server.CreateTenantAsync("Import BOM Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var uploaded = await ImportsApi.UploadedAsync(owner, ImportKinds.Customers, ImportsApi.Fixture("customers-utf8-bom-comma.csv"));
        Assert.Equal("utf-8-bom", uploaded.GetProperty("encoding").GetString());
        Assert.Equal(",", uploaded.GetProperty("delimiter").GetString());
        Assert.Equal("customer id", uploaded.GetProperty("header")[0].GetString());
        Assert.Equal(6, uploaded.GetProperty("mapping").GetProperty("region").GetInt32());

        var done = await ImportsApi.ImportAsync(owner, uploaded);
        Assert.Equal(1, done.GetProperty("progress").GetProperty("badRows").GetInt64());
        Assert.Equal(2, done.GetProperty("progress").GetProperty("customers").GetInt64());
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id), n => n == 2, "the imported customers");
        Assert.Equal("Bo, the \"Second\"", await server.ScalarAsync<string>("SELECT name FROM customers WHERE tenant_id = $1 AND customer_id = 'c-bo'", tenant.Id));
        Assert.Equal("ann@example.com", await server.ScalarAsync<string>("SELECT email FROM customers WHERE tenant_id = $1 AND customer_id = 'c-ann'", tenant.Id));
    }

    [Theory]
    [InlineData("orders-utf8-tab.csv", "\t", 2, 3)]
    [InlineData("orders-utf8-pipe.csv", "|", 1, 1)]
    public async Task The_delimiter_is_detected_and_rows_of_one_order_are_its_lines(string fixture, string delimiter, long orders, long rows)
    {
        var tenant = await server.CreateTenantAsync("Import Delimiter Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var uploaded = await ImportsApi.UploadedAsync(owner, ImportKinds.Orders, ImportsApi.Fixture(fixture));
        Assert.Equal(delimiter, uploaded.GetProperty("delimiter").GetString());
        Assert.Equal("utf-8", uploaded.GetProperty("encoding").GetString());
        var done = await ImportsApi.ImportAsync(owner, uploaded);
        Assert.Equal(rows, done.GetProperty("progress").GetProperty("rowsRead").GetInt64());
        Assert.Equal(orders, done.GetProperty("progress").GetProperty("newOrders").GetInt64());
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT coalesce(sum(orders), 0) FROM customers WHERE tenant_id = $1", tenant.Id),
            n => n == orders, "the imported orders");
    }

    [Fact]
    public async Task Importing_the_same_file_again_or_orders_already_received_by_the_API_changes_nothing()
    {
        var tenant = await server.CreateTenantAsync("Import Again Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        await server.SubmitAsync(tenant, ShopApi.Order("T-2", "c-tab", "Tab Buyer").ToJsonString());
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id), n => n == 1, "the API order");
        var file = ImportsApi.Fixture("orders-utf8-tab.csv");

        var first = await ImportsApi.UploadAndImportAsync(owner, ImportKinds.Orders, file);
        Assert.Equal(2, first.GetProperty("progress").GetProperty("orders").GetInt64());
        Assert.Equal(1, first.GetProperty("progress").GetProperty("newOrders").GetInt64());
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT orders FROM customers WHERE tenant_id = $1 AND customer_id = 'c-tab'", tenant.Id),
            n => n == 2, "T-1 next to the API's T-2");
        var events = await server.EventCountAsync(tenant.Id);
        var revenue = await server.ScalarAsync<decimal>("SELECT revenue FROM customers WHERE tenant_id = $1 AND customer_id = 'c-tab'", tenant.Id);

        var again = await ImportsApi.UploadAndImportAsync(owner, ImportKinds.Orders, file);
        Assert.Equal("completed", again.GetProperty("state").GetString());
        Assert.Equal(0, again.GetProperty("progress").GetProperty("newOrders").GetInt64());
        Assert.Equal(events, await server.EventCountAsync(tenant.Id));
        Assert.Equal(2, await server.ScalarAsync<long>("SELECT orders FROM customers WHERE tenant_id = $1 AND customer_id = 'c-tab'", tenant.Id));
        Assert.Equal(revenue, await server.ScalarAsync<decimal>("SELECT revenue FROM customers WHERE tenant_id = $1 AND customer_id = 'c-tab'", tenant.Id));
        var history = await owner.GetJsonAsync("/api/v1/imports");
        Assert.Equal(2, history.GetArrayLength());
    }

    [Fact]
    public async Task An_imported_customer_with_the_email_of_a_known_one_is_that_customer()
    {
        var tenant = await server.CreateTenantAsync("Import Identity Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        await server.SubmitAsync(tenant, ShopApi.Order("W-1", "web-7", "Wen Web", total: 20m).ToJsonString());
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id), n => n == 1, "the API order");

        // The till system knows the same person as "till-31", with her email written its own way.
        var file = Encoding.UTF8.GetBytes("order id,customer id,email,date,total\nS-1,till-31, Web-7@Example.com ,2025-05-06,30.00\n");
        await ImportsApi.UploadAndImportAsync(owner, ImportKinds.Orders, file);

        await Eventually.UntilAsync(() => server.ScalarAsync<decimal>("SELECT revenue FROM customers WHERE tenant_id = $1 AND customer_id = 'web-7'", tenant.Id),
            revenue => revenue == 50.00m, "the imported order on the customer of the same email");
        Assert.Equal(1, await server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id));
        Assert.Equal("till-31", await server.ScalarAsync<string>(
            "SELECT value FROM customer_identities WHERE tenant_id = $1 AND customer_id = 'web-7' AND kind = 'source' AND value <> 'web-7'", tenant.Id));
    }

    [Fact]
    public async Task An_order_that_an_earlier_file_brought_is_not_counted_again_from_another_file()
    {
        var tenant = await server.CreateTenantAsync("Import Overlap Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        await ImportsApi.UploadAndImportAsync(owner, ImportKinds.Orders, ImportsApi.Fixture("orders-utf8-tab.csv"));

        var overlapping = Encoding.UTF8.GetBytes("order id,customer id,date,total\nT-2,c-tab,2025-02-03,15.00\nT-3,c-tab,2025-03-04,40.00\n");
        var second = await ImportsApi.UploadAndImportAsync(owner, ImportKinds.Orders, overlapping);
        Assert.Equal(2, second.GetProperty("progress").GetProperty("orders").GetInt64());
        Assert.Equal(1, second.GetProperty("progress").GetProperty("newOrders").GetInt64());
        await Eventually.UntilAsync(() => server.ScalarAsync<decimal>("SELECT revenue FROM customers WHERE tenant_id = $1 AND customer_id = 'c-tab'", tenant.Id),
            revenue => revenue == 85.00m, "T-1, T-2 and T-3 counted once each");
        Assert.Equal(3, await server.ScalarAsync<int>("SELECT orders FROM customers WHERE tenant_id = $1 AND customer_id = 'c-tab'", tenant.Id));
    }

    [Fact]
    public async Task An_order_named_by_two_customers_of_a_file_stays_with_the_first_in_id_order_even_batches_apart()
    {
        var tenant = await server.CreateTenantAsync("Import Shared Order Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        // Ten thousand orders of other customers between them put "z-9" into a later batch than "a-1".
        var csv = new StringBuilder("order id,customer id,date,total\nX-1,a-1,2025-01-02,10.00\nA-2,a-1,2025-01-03,5.00\n");
        for (var n = 0; n < 10_000; n++) csv.Append($"M-{n},m-{n:D5},2025-02-01,1.00\n");
        csv.Append("X-1,b-2,2025-01-02,10.00\nB-2,b-2,2025-01-04,7.00\nX-1,z-9,2025-01-02,10.00\n");

        var done = await ImportsApi.UploadAndImportAsync(owner, ImportKinds.Orders, Encoding.UTF8.GetBytes(csv.ToString()));
        Assert.Equal(10_005, done.GetProperty("progress").GetProperty("orders").GetInt64());
        Assert.Equal(10_003, done.GetProperty("progress").GetProperty("newOrders").GetInt64());
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id),
            n => n == 10_002, "a-1, b-2 and the ten thousand others, and not z-9");
        Assert.Equal(15.00m, await server.ScalarAsync<decimal>("SELECT revenue FROM customers WHERE tenant_id = $1 AND customer_id = 'a-1'", tenant.Id));
        Assert.Equal(7.00m, await server.ScalarAsync<decimal>("SELECT revenue FROM customers WHERE tenant_id = $1 AND customer_id = 'b-2'", tenant.Id));
    }

    [Fact]
    public async Task A_running_import_cannot_be_started_twice_but_one_whose_node_stopped_goes_on_without_counting_twice()
    {
        var tenant = await server.CreateTenantAsync("Import Resume Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var uploaded = await ImportsApi.UploadedAsync(owner, ImportKinds.Orders, ImportsApi.Fixture("orders-utf8-tab.csv"));
        var id = uploaded.GetProperty("id").GetString()!;
        var mapping = uploaded.GetProperty("mapping").Deserialize<Dictionary<string, int>>();

        // Another node is running it and reporting progress.
        await server.ScalarAsync<int>("UPDATE imports SET state = 'running', started_at = now(), progressed_at = now() WHERE id = $1 RETURNING 1", id);
        using (var twice = await owner.SendAsync(HttpMethod.Post, $"/api/v1/imports/{id}/start", new { mapping }))
        {
            await HttpJson.ReadProblemAsync(twice, HttpStatusCode.Conflict);
        }
        Assert.False((await owner.GetJsonAsync($"/api/v1/imports/{id}")).GetProperty("progress").GetProperty("stalled").GetBoolean());

        // That node died after claiming T-1: the import has not progressed for two minutes, which the page is told.
        await server.ScalarAsync<int>(
            "UPDATE imports SET started_at = now() - interval '3 minutes', progressed_at = now() - interval '2 minutes' WHERE id = $1 RETURNING 1", id);
        Assert.True((await owner.GetJsonAsync($"/api/v1/imports/{id}")).GetProperty("progress").GetProperty("stalled").GetBoolean());
        await server.ScalarAsync<int>(
            "INSERT INTO imported_orders (tenant_id, order_id, customer_id, import_id) VALUES ($1, 'T-1', 'c-tab', $2) RETURNING 1", tenant.Id, id);
        var done = await ImportsApi.ImportAsync(owner, uploaded);
        Assert.Equal("completed", done.GetProperty("state").GetString());
        Assert.Equal(2, done.GetProperty("progress").GetProperty("newOrders").GetInt64());
        await Eventually.UntilAsync(() => server.ScalarAsync<decimal>("SELECT coalesce(sum(revenue), 0) FROM customers WHERE tenant_id = $1", tenant.Id),
            revenue => revenue == 45.00m, "T-1 and T-2 once each");
        Assert.Equal(2, await server.ScalarAsync<int>("SELECT orders FROM customers WHERE tenant_id = $1 AND customer_id = 'c-tab'", tenant.Id));
    }

    [Fact]
    public async Task Deleting_the_tenant_removes_its_imports_their_staging_and_their_progress_messages()
    {
        var tenant = await server.CreateTenantAsync("Import Deleted Tea");
        using (var owner = await BrowserSession.SignInAsync(server, tenant))
        {
            await ImportsApi.UploadAndImportAsync(owner, ImportKinds.Orders, ImportsApi.Fixture("orders-gb18030-semicolon.csv"));
        }
        // What a node that died in the middle of an import leaves behind.
        await server.ScalarAsync<int>("""
            INSERT INTO import_order_rows (tenant_id, import_id, line, order_id, customer_id, placed_at, total)
            VALUES ($1, 'gone', 2, 'o-1', 'c-1', now(), 1) RETURNING 1
            """, tenant.Id);

        await server.Services.GetRequiredService<TenantDirectory>().DeleteAsync(tenant.Id, CancellationToken.None);

        var progressScope = ImportProgressReporter.ScopeOf(tenant.Id);
        foreach (var (table, column, value) in new[]
                 {
                     ("imports", "tenant_id", tenant.Id), ("import_file_chunks", "tenant_id", tenant.Id), ("import_bad_rows", "tenant_id", tenant.Id),
                     ("imported_orders", "tenant_id", tenant.Id), ("import_order_rows", "tenant_id", tenant.Id),
                     ("grain_outbox", "scope", progressScope), ("grain_scope_sequences", "scope", progressScope),
                 })
        {
            Assert.True(await server.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE {column} = $1", value) == 0, $"{table} keeps rows of the tenant.");
        }
    }

    [Fact]
    public async Task A_file_that_stops_being_UTF8_after_its_first_64_KiB_fails_with_a_reason_instead_of_importing_garbled_names()
    {
        var tenant = await server.CreateTenantAsync("Import Late GBK Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var ascii = new StringBuilder("order id,customer id,date,total,name\n");
        for (var n = 0; ascii.Length < 70 * 1024; n++) ascii.Append(CultureInfo.InvariantCulture, $"A-{n},c-{n},2025-01-01,10.00,Buyer {n}\n");
        var file = Encoding.ASCII.GetBytes(ascii.ToString()).Concat(CsvSniffer.EncodingOf(CsvSniffer.Gb18030).GetBytes("Z-1,c-z,2025-01-02,20.00,张伟\n")).ToArray();

        var uploaded = await ImportsApi.UploadedAsync(owner, ImportKinds.Orders, file);
        Assert.Equal("utf-8", uploaded.GetProperty("encoding").GetString());
        var done = await ImportsApi.ImportAsync(owner, uploaded);
        Assert.Equal("failed", done.GetProperty("state").GetString());
        Assert.Contains("not UTF-8 throughout", done.GetProperty("progress").GetProperty("error").GetString());
        Assert.Equal(0, await server.EventCountAsync(tenant.Id));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM import_order_rows WHERE tenant_id = $1", tenant.Id));
    }

    [Fact]
    public async Task Malformed_uploads_and_mappings_get_a_4xx_problem_and_change_nothing()
    {
        var tenant = await server.CreateTenantAsync("Import Bad Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var csv = ImportsApi.Fixture("orders-utf8-pipe.csv");

        using (var noKind = await ImportsApi.UploadAsync(owner, null, csv)) Assert.Contains("kind", HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(noKind, HttpStatusCode.BadRequest)));
        using (var empty = await ImportsApi.UploadAsync(owner, ImportKinds.Orders, [])) await HttpJson.ReadProblemAsync(empty, HttpStatusCode.BadRequest);
        using (var binary = await ImportsApi.UploadAsync(owner, ImportKinds.Orders, Encoding.Unicode.GetBytes("order id,date\n1,2025-01-01\n")))
        {
            await HttpJson.ReadProblemAsync(binary, HttpStatusCode.BadRequest);
        }
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM imports WHERE tenant_id = $1", tenant.Id));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM import_file_chunks WHERE tenant_id = $1", tenant.Id));

        var uploaded = await ImportsApi.UploadedAsync(owner, ImportKinds.Orders, csv);
        var id = uploaded.GetProperty("id").GetString();
        using (var missing = await owner.SendAsync(HttpMethod.Post, $"/api/v1/imports/{id}/start", new { mapping = new { orderId = 0, customerId = 1, date = 2 } }))
        {
            Assert.Contains("mapping.total", HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(missing, HttpStatusCode.BadRequest)));
        }
        using (var outside = await owner.SendAsync(HttpMethod.Post, $"/api/v1/imports/{id}/start",
                   new { mapping = new { orderId = 0, customerId = 1, date = 2, total = 9, shoeSize = 3 } }))
        {
            var fields = HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(outside, HttpStatusCode.BadRequest));
            Assert.Contains("mapping.total", fields);
            Assert.Contains("mapping.shoeSize", fields);
        }
        using (var unknown = await owner.SendAsync(HttpMethod.Post, $"/api/v1/imports/{id}/start", new { mapping = new { orderId = 0 }, tenantId = "other" }))
        {
            await HttpJson.ReadProblemAsync(unknown, HttpStatusCode.BadRequest);
        }
        Assert.Equal("uploaded", (await owner.GetJsonAsync($"/api/v1/imports/{id}")).GetProperty("state").GetString());
        Assert.Equal(0, await server.EventCountAsync(tenant.Id));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_413_and_nothing_is_stored()
    {
        using var small = server.AnotherNode("imports-small-limit", ("Imports:MaxFileBytes", "40"));
        var tenant = await server.CreateTenantAsync("Import Big Tea");
        using var owner = await BrowserSession.SignInAsync(small, tenant);

        using var response = await ImportsApi.UploadAsync(owner, ImportKinds.Orders, ImportsApi.Fixture("orders-utf8-pipe.csv"));
        await HttpJson.ReadProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM imports WHERE tenant_id = $1", tenant.Id));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM import_file_chunks WHERE tenant_id = $1", tenant.Id));
    }
}
