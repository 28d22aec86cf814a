using Microsoft.Extensions.DependencyInjection;
using Saas.Server.Features.Tenants;

namespace Saas.Server.Tests.Tenants;

[Collection(ServerCollection.Name)]
public sealed class TenantLocksTests(ServerFixture server)
{
    [Fact]
    public async Task A_tenant_held_by_a_writer_is_deleted_only_after_it_and_a_deleted_tenant_fails_the_writer()
    {
        var tenant = await server.CreateTenantAsync("Held Tea");
        var directory = server.Services.GetRequiredService<TenantDirectory>();
        await using var writer = await server.Db.OpenConnectionAsync();
        var writing = await writer.BeginTransactionAsync();
        await TenantLocks.HoldAsync(writer, [tenant.Id, tenant.Id], CancellationToken.None);

        var deletion = directory.DeleteAsync(tenant.Id, CancellationToken.None);
        await Task.Delay(300);
        Assert.False(deletion.IsCompleted, "the deletion waits for the writer holding the tenant");
        await writing.CommitAsync();
        await deletion;

        await using var late = await writer.BeginTransactionAsync();
        var gone = await Assert.ThrowsAsync<InvalidOperationException>(() => TenantLocks.HoldAsync(writer, [tenant.Id], CancellationToken.None));
        Assert.Contains(tenant.Id, gone.Message);
    }
}
