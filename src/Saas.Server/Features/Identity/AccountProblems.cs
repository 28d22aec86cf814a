using Microsoft.AspNetCore.Http.HttpResults;

namespace Saas.Server.Features.Identity;

/// <summary>The problem answers that sign-up, invitations and resets share.</summary>
public static class AccountProblems
{
    public static ValidationProblem Invalid(string field, params string[] messages) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = messages });

    public static ProblemHttpResult InvalidLink() => TypedResults.Problem(
        "The link is invalid or has expired; ask for a new one.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid or expired link");

    public static ProblemHttpResult AddressTaken() => TypedResults.Problem(
        "This address already has an account; each person belongs to one company and signs in with it.",
        statusCode: StatusCodes.Status409Conflict, title: "Address already registered");
}
