using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Saas.Server.Features.Identity;

namespace Saas.Server.Infrastructure.Postgres;

public static class PostgresSetup
{
    public const string ConnectionName = "Saas";

    /// <summary>One data source for the process; migrations are applied first, before the grain silo starts.</summary>
    public static IServiceCollection AddPostgres(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionName} is not set; deploy/run.sh sets it, or export ConnectionStrings__{ConnectionName}.");
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString) { Name = "saas" }.Build());
        services.AddHostedService<DatabaseMigrations>();
        services.AddSingleton<TenantScope>();
        services.AddDataProtection().SetApplicationName("saas");
        services.AddOptions<KeyManagementOptions>()
            .Configure<NpgsqlDataSource>((options, db) => options.XmlRepository = new PostgresKeyRepository(db));
        services.AddDbContext<IdentityStore>((sp, options) => options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("postgres");
        return services;
    }
}
