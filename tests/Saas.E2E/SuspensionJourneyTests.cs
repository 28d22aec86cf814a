using static Microsoft.Playwright.Assertions;

namespace Saas.E2E;

[Collection(LiveAppCollection.Name)]
public sealed class SuspensionJourneyTests(LiveAppFixture app)
{
    [Fact]
    public async Task Admin_creates_a_tenant_then_suspends_it_and_its_owner_can_no_longer_sign_in()
    {
        var company = $"Suspended Shop {Guid.NewGuid().ToString("N")[..6]}";
        var ownerEmail = BrowserSteps.UniqueEmail("owner");
        const string ownerPassword = "owner-password-2026";
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(app, app.AdminEmail, app.AdminPassword);
        await admin.GetByTestId("create-tenant-name").FillAsync(company);
        await admin.GetByTestId("create-tenant-owner").FillAsync(ownerEmail);
        await admin.GetByTestId("create-tenant-submit").ClickAsync();
        await Expect(admin.GetByTestId("create-tenant-done")).ToContainTextAsync(company);

        var owner = await app.NewPageAsync();
        await owner.AcceptInvitationAsync(app, ownerEmail, company, ownerPassword);
        await owner.SubmitSignInAsync(ownerEmail, ownerPassword);
        await Expect(owner.GetByTestId("tenant-name")).ToHaveTextAsync(company);

        var tenantRow = admin.Locator($"[data-testid=tenant-row][data-tenant-name='{company}']");
        await tenantRow.GetByTestId("suspend-tenant-button").ClickAsync();
        await Expect(tenantRow.GetByTestId("tenant-status")).ToHaveAttributeAsync("data-status", "suspended");

        var ownerAgain = await app.NewPageAsync();
        await ownerAgain.SignInAsync(app, ownerEmail, ownerPassword);
        var refusal = ownerAgain.GetByTestId("login-error");
        await Expect(refusal).ToHaveAttributeAsync("data-reason", "suspended");
        await Expect(refusal).ToContainTextAsync("Your company's account is suspended.");
        await Expect(ownerAgain.GetByTestId("tenant-name")).ToHaveCountAsync(0);
    }
}
