using Microsoft.AspNetCore.Identity;

namespace Saas.Server.Features.Identity;

public static class PasswordRules
{
    /// <summary>What is wrong with a new password, by Identity's validators; empty if nothing.</summary>
    public static async Task<string[]> ProblemsAsync(this UserManager<AppUser> users, string? password)
    {
        if (string.IsNullOrEmpty(password)) return ["A password is required."];
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new AppUser(), password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }
        return [.. problems];
    }
}
