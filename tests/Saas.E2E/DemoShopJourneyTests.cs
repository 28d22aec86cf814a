using static Microsoft.Playwright.Assertions;

namespace Saas.E2E;

[Collection(LiveAppCollection.Name)]
public sealed class DemoShopJourneyTests(LiveAppFixture app)
{
    [Fact]
    public async Task The_demo_shops_live_orders_arrive_as_Shopify_webhooks_on_its_connection()
    {
        var owner = await app.NewPageAsync();
        await owner.SignInAsync(app, app.DemoEmail, app.DemoPassword);
        await owner.NavLinks().Filter(new() { HasText = "Shops" }).ClickAsync();

        var demoShop = owner.GetByTestId("connection-row").Filter(new() { HasText = "Demo Shopify shop" });
        await Expect(demoShop).ToBeVisibleAsync();
        // The page shows what it fetched: reload until the first live order (8 a second, after the backfill) arrived.
        for (var attempt = 0; attempt < 20 && (await demoShop.InnerTextAsync()).Contains("Never"); attempt++)
        {
            await Task.Delay(1_000);
            await owner.ReloadAsync();
        }
        await Expect(demoShop).Not.ToContainTextAsync("Never");
    }
}
