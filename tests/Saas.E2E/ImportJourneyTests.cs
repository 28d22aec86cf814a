using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Saas.E2E;

[Collection(LiveAppCollection.Name)]
public sealed class ImportJourneyTests(LiveAppFixture app)
{
    private const int Orders = 6_000;
    private const int Customers = 1_200;

    [Fact]
    public async Task Owner_uploads_an_orders_file_confirms_the_mapping_watches_the_progress_and_finds_the_imported_customers()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var owner = await app.NewPageAsync();
        await owner.SignInAsync(app, app.DemoEmail, app.DemoPassword);
        await owner.NavLinks().Filter(new() { HasText = "Imports" }).ClickAsync();

        await owner.GetByTestId("import-kind").SelectOptionAsync("orders");
        await owner.GetByTestId("import-file").SetInputFilesAsync(new FilePayload
        {
            Name = $"history-{run}.csv",
            MimeType = "text/csv",
            Buffer = OrdersFile(run),
        });
        await owner.GetByTestId("import-upload").ClickAsync();

        // "buyer ref" is no known name for the customer id: the owner maps it by hand.
        var mapping = owner.GetByTestId("import-mapping");
        await Expect(mapping).ToContainTextAsync("utf-8");
        await Expect(owner.GetByTestId("mapping-missing")).ToContainTextAsync("Customer id");
        await Expect(owner.GetByTestId("import-start")).ToBeDisabledAsync();
        await owner.GetByRole(AriaRole.Combobox, new() { Name = "Customer id" }).SelectOptionAsync(new SelectOptionValue { Label = "buyer ref" });
        await owner.GetByTestId("import-start").ClickAsync();

        var progress = owner.GetByTestId("import-progress");
        await Expect(progress).ToBeVisibleAsync();
        await Expect(progress).ToHaveAttributeAsync("data-state", "completed", new() { Timeout = 60_000 });
        await Expect(owner.GetByRole(AriaRole.Progressbar)).ToHaveJSPropertyAsync("value", 100);
        await Expect(owner.GetByTestId("import-summary")).ToContainTextAsync($"{Orders:N0} orders in the file, {Orders:N0} new, for {Customers:N0} customers");
        await Expect(owner.GetByTestId("import-bad-rows")).ToHaveTextAsync("Download the bad row");
        await Expect(owner.GetByTestId("import-row").First).ToContainTextAsync($"history-{run}.csv");

        await owner.GetByRole(AriaRole.Link, new() { Name = "See the customers" }).ClickAsync();
        var name = $"Imported {run} (7)";
        await owner.GetByTestId("customer-search").FillAsync(name);
        await Expect(owner.Locator($"[data-testid=customer-row][data-customer-id='imp-{run}-7']")).ToContainTextAsync(name, new() { Timeout = 30_000 });
    }

    /// <summary>Five orders for each customer over the last year, and one row with no amount.</summary>
    private static byte[] OrdersFile(string run)
    {
        var csv = new StringBuilder("order id,buyer ref,date,amount,name\n");
        for (var n = 0; n < Orders; n++)
        {
            var customer = n % Customers;
            csv.Append(CultureInfo.InvariantCulture,
                $"imp-{run}-o{n},imp-{run}-{customer},{DateTime.UtcNow.AddDays(-(n % 360) - 1):yyyy-MM-dd},{20 + n % 80}.00,Imported {run} ({customer})\n");
        }
        csv.Append(CultureInfo.InvariantCulture, $"imp-{run}-bad,imp-{run}-0,2025-01-01,,Imported {run} (0)\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
