using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Saas.Server.Features.Connectors;
using static Microsoft.Playwright.Assertions;

namespace Saas.E2E;

[Collection(LiveAppCollection.Name)]
public sealed class CustomerProfileJourneyTests(LiveAppFixture app)
{
    [Fact]
    public async Task Owner_posts_orders_for_a_customer_then_finds_it_and_reads_its_portrait()
    {
        var customerId = $"journey-{Guid.NewGuid():N}";
        var customerName = $"Journey Customer {customerId[^6..]}";
        var owner = await app.NewPageAsync();
        await owner.SignInAsync(app, app.DemoEmail, app.DemoPassword);
        var apiKey = await CreateApiKeyAsync(owner);

        await PostOrdersAsync(apiKey, customerId, customerName, daysAgo: [120, 60, 20, 3]);

        await owner.NavLinks().Filter(new() { HasText = "Customers" }).ClickAsync();
        await owner.GetByTestId("customer-search").FillAsync(customerName);
        var row = owner.Locator($"[data-testid=customer-row][data-customer-id='{customerId}']");
        await Expect(row).ToContainTextAsync(customerName);
        await row.ClickAsync();

        await Expect(owner.GetByTestId("customer-name")).ToHaveTextAsync(customerName);
        await Expect(owner.GetByTestId("customer-segment")).ToHaveTextAsync(new Regex(@"\w"));
        await Expect(owner.GetByTestId("customer-rfm")).ToHaveTextAsync(new Regex(@"^\d{3}$"));
        var parts = owner.GetByTestId("loyalty-part");
        await Expect(parts).ToHaveCountAsync(7);
        await Expect(parts.First).ToContainTextAsync("Tenure");
        await Expect(owner.GetByTestId("loyalty-total")).ToHaveTextAsync(new Regex(@"^\d+$"));
        await owner.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "saas-customer-profile.png"), FullPage = true });
    }

    /// <summary>Creates an API key on the owner's keys page, as a merchant connecting a shop does, and reads it once.</summary>
    private static async Task<string> CreateApiKeyAsync(IPage owner)
    {
        await owner.NavLinks().Filter(new() { HasText = "API keys" }).ClickAsync();
        await owner.GetByTestId("key-name-input").FillAsync("Journey shop");
        await owner.GetByTestId("create-key-button").ClickAsync();
        var key = owner.GetByTestId("new-key-value");
        await Expect(key).ToBeVisibleAsync();
        return (await key.InnerTextAsync()).Trim();
    }

    /// <summary>What the shop sends: POST /api/v1/orders with its key, one order per day given.</summary>
    private async Task PostOrdersAsync(string apiKey, string customerId, string customerName, int[] daysAgo)
    {
        var orders = daysAgo.Select((days, i) => new
        {
            id = $"{customerId}-o{i}",
            customer = new { id = customerId, email = $"{customerId}@e2e.example.com", name = customerName },
            placedAt = DateTimeOffset.UtcNow.AddDays(-days).ToString("O", CultureInfo.InvariantCulture),
            total = 40m + 10 * i,
            currency = "EUR",
            lines = new[] { new { sku = "TEA-01", category = "tea", quantity = 1, price = 40m + 10 * i } },
        });
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, apiKey);
        using var response = await http.PostAsJsonAsync("/api/v1/orders", orders);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /api/v1/orders answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
