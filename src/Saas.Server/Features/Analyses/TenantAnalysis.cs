using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>Answers an analysis request in the caller's tenant scope, once its parameters are valid.</summary>
internal static class TenantAnalysis
{
    public static async Task<Results<Ok<T>, ValidationProblem>> AnswerAsync<T>(
        HttpContext http, TenantScope scope, QueryParameters query, Func<TenantTransaction, string, Task<T>> read, CancellationToken ct)
    {
        if (!query.Valid) return query.Problem();
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        return TypedResults.Ok(await read(tx, tenantId));
    }

    /// <summary>Maps GET <paramref name="pattern"/> to an analysis that takes no parameters.</summary>
    public static RouteHandlerBuilder MapAnalysis<T>(
        this RouteGroupBuilder analyses, string pattern, Func<TenantTransaction, string, CancellationToken, Task<T>> read) =>
        analyses.MapGet(pattern, (HttpContext http, TenantScope scope, CancellationToken ct) =>
            AnswerAsync(http, scope, new QueryParameters(), (tx, tenantId) => read(tx, tenantId, ct), ct));

    /// <summary>Every row of the command's answer, read by <paramref name="row"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(this NpgsqlCommand command, Func<NpgsqlDataReader, T> row, CancellationToken ct)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(row(reader));
        return rows;
    }

    /// <summary>A command with positional parameters $1, $2, ... in the order given.</summary>
    public static NpgsqlCommand Query(this TenantTransaction tx, string sql, params object[] parameters)
    {
        var command = tx.Command(sql);
        foreach (var parameter in parameters) command.Parameters.AddWithValue(parameter);
        return command;
    }
}
