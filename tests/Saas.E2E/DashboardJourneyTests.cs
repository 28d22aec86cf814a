using Microsoft.Playwright;

namespace Saas.E2E;

[Collection(LiveAppCollection.Name)]
public sealed class DashboardJourneyTests(LiveAppFixture app)
{
    [Fact]
    public async Task Signed_in_owner_sees_the_segment_chart_change_live_without_reloading()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(app, app.DemoEmail, app.DemoPassword);

        await page.GetByTestId("segment-chart").WaitForAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("live-status")).ToHaveAttributeAsync("data-status", "live", new() { Timeout = 15_000 });
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        var before = await CountsAsync(page);

        var changed = false;
        for (var attempt = 0; attempt < 60 && !changed; attempt++)
        {
            await page.WaitForTimeoutAsync(500);
            var now = await CountsAsync(page);
            changed = !before.SequenceEqual(now);
        }

        Assert.True(changed, $"The segment counts did not change within 30 s: {string.Join(", ", before)}");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "The page reloaded.");
        Assert.True(await page.GetByTestId("change-item").CountAsync() > 0, "The change feed is empty.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "saas-dashboard.png") });
    }

    private static async Task<string[]> CountsAsync(IPage page) =>
        [.. await page.Locator("[data-testid^='segment-count-']").AllInnerTextsAsync()];
}
