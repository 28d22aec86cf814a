using Npgsql;
using Saas.Grains.Schema;

namespace Saas.Server.Infrastructure.Postgres;

/// <summary>Applies the grain runtime's and the server's SQL migrations before anything else starts.</summary>
public sealed class DatabaseMigrations(NpgsqlDataSource db) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SchemaMigrator.ApplyGrainRuntimeAsync(db, cancellationToken);
        await SchemaMigrator.ApplyAsync(db, typeof(DatabaseMigrations).Assembly, "server", cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
