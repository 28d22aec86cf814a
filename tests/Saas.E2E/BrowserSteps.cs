using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Saas.E2E;

/// <summary>What people do in the SPA, shared by the journeys; each step waits for the page to show it worked.</summary>
internal static class BrowserSteps
{
    public static async Task SignInAsync(this IPage page, LiveAppFixture app, string email, string password)
    {
        await page.GotoAsync($"{app.BaseUrl}/login");
        await page.SubmitSignInAsync(email, password);
    }

    /// <summary>Fills in and sends the sign-in form the page shows.</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string password)
    {
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
    }

    /// <summary>Opens the invitation mailed to <paramref name="email"/>, checks the company and chooses a password.</summary>
    public static async Task AcceptInvitationAsync(this IPage page, LiveAppFixture app, string email, string company, string password)
    {
        await page.GotoAsync(await app.MailedLinkAsync(email));
        await Expect(page.GetByTestId("invitation-company")).ToHaveTextAsync(company);
        await Expect(page.GetByTestId("invitation-email")).ToHaveTextAsync(email);
        await page.GetByTestId("accept-password").FillAsync(password);
        await page.GetByTestId("accept-submit").ClickAsync();
        await Expect(page.GetByTestId("login-notice")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("login-email")).ToHaveValueAsync(email);
    }

    public static ILocator NavLinks(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link);

    /// <summary>A fresh address for a person of this run: journeys share the server and its database.</summary>
    public static string UniqueEmail(string role) => $"{role}-{Guid.NewGuid():N}@e2e.example.com";
}
