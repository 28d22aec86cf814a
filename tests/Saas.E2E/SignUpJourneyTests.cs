using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Saas.E2E;

[Collection(LiveAppCollection.Name)]
public sealed class SignUpJourneyTests(LiveAppFixture app)
{
    [Fact]
    public async Task Visitor_signs_up_opens_the_mailed_confirmation_link_signs_in_and_sees_the_new_company()
    {
        var email = BrowserSteps.UniqueEmail("founder");
        var company = $"Sign-up Tea {Guid.NewGuid().ToString("N")[..6]}";
        const string password = "founder-password-2026";
        var page = await app.NewPageAsync();

        await page.GotoAsync($"{app.BaseUrl}/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await page.GetByTestId("signup-company").FillAsync(company);
        await page.GetByTestId("signup-email").FillAsync(email);
        await page.GetByTestId("signup-password").FillAsync(password);
        await page.GetByTestId("signup-submit").ClickAsync();
        await Expect(page.GetByTestId("signup-done")).ToContainTextAsync(email);

        await page.GotoAsync(await app.MailedLinkAsync(email));
        await Expect(page.GetByTestId("confirm-status")).ToHaveAttributeAsync("data-status", "confirmed");
        await page.GetByTestId("confirm-sign-in").ClickAsync();
        await page.SubmitSignInAsync(email, password);

        await Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync(company);
        await Expect(page.GetByTestId("segment-chart")).ToBeVisibleAsync();
    }
}
