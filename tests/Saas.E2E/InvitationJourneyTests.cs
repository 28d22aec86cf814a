using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Saas.E2E;

[Collection(LiveAppCollection.Name)]
public sealed class InvitationJourneyTests(LiveAppFixture app)
{
    [Fact]
    public async Task Owner_invites_a_manager_who_joins_through_the_mailed_link_and_sees_the_dashboard_without_owner_pages()
    {
        var managerEmail = BrowserSteps.UniqueEmail("manager");
        const string managerPassword = "manager-password-2026";
        var owner = await app.NewPageAsync();
        await owner.SignInAsync(app, app.DemoEmail, app.DemoPassword);
        await owner.NavLinks().Filter(new() { HasText = "Members" }).ClickAsync();
        await owner.GetByTestId("invite-email").FillAsync(managerEmail);
        await owner.GetByTestId("invite-submit").ClickAsync();
        await Expect(owner.Locator($"[data-testid=invitation-row][data-invitation-email='{managerEmail}']")).ToBeVisibleAsync();

        var manager = await app.NewPageAsync();
        await manager.AcceptInvitationAsync(app, managerEmail, app.DemoCompany, managerPassword);
        await manager.SubmitSignInAsync(managerEmail, managerPassword);

        await Expect(manager.GetByTestId("tenant-name")).ToHaveTextAsync(app.DemoCompany);
        await Expect(manager.GetByTestId("segment-chart")).ToBeVisibleAsync();
        // The alerts link carries the number of active alerts.
        await Expect(manager.NavLinks()).ToHaveTextAsync(
            [new Regex("^Dashboard$"), new Regex("^Customers$"), new Regex("^Alerts"), new Regex("^Custom segments$"), new Regex("^Analyses$"), new Regex("^Security$")]);

        await owner.ReloadAsync();
        var managerRow = owner.Locator($"[data-testid=member-row][data-member-email='{managerEmail}']");
        await Expect(managerRow).ToContainTextAsync("Account manager");
        await Expect(owner.GetByTestId("invitation-row").Filter(new() { HasText = managerEmail })).ToHaveCountAsync(0);
    }
}
