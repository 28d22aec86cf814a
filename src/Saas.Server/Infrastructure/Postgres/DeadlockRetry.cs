using Npgsql;

namespace Saas.Server.Infrastructure.Postgres;

/// <summary>
/// Runs a transaction again, up to three attempts in all, when PostgreSQL cancelled it to break a deadlock: for
/// transactions that can meet others locking the same rows in another order, where no order avoids it.
/// </summary>
public static class DeadlockRetry
{
    private const int Attempts = 3;

    public static async Task<T> RunAsync<T>(Func<Task<T>> transaction)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await transaction();
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DeadlockDetected && attempt < Attempts)
            {
                // The other transaction went on; this one starts again from the beginning.
            }
        }
    }

    public static Task RunAsync(Func<Task> transaction) => RunAsync(async () =>
    {
        await transaction();
        return true;
    });
}
