using System.Data.Common;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>One relational database as the repositories see it: how to open a connection, the dialect to talk to it,
/// and its schema, migrated forward once before first use.</summary>
/// <remarks>
/// <para>Every repository operation opens its own connection (providers pool them), so one store serves any number of
/// threads. The schema is checked and migrated on the first operation (or an explicit <see cref="MigrateAsync"/>):
/// the migrations a database lacks are applied in the dialect's migration transaction, which also holds the
/// cross-process lock, so several processes starting at once against a new database apply each migration exactly
/// once. A database that holds a migration this code does not know (written by a newer version) or a known version
/// under another name is refused with an <see cref="InvalidOperationException"/>.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public sealed class RelationalStore
{
    private readonly Func<DbConnection> _connectionFactory;
    private readonly IClock _clock;
    private readonly Lock _migrationLock = new();
    private Task<int>? _migration;

    /// <summary>Creates a store.</summary>
    /// <param name="dialect">The database's dialect.</param>
    /// <param name="connectionFactory">Returns a new, closed connection to the database on each call.</param>
    /// <param name="clock">Reads the instant recorded beside each applied migration.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RelationalStore(SqlDialect dialect, Func<DbConnection> connectionFactory, IClock clock)
    {
        Dialect = Guard.Against.Null(dialect);
        _connectionFactory = Guard.Against.Null(connectionFactory);
        _clock = Guard.Against.Null(clock);
    }

    /// <summary>Gets the database's dialect.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>Applies the migrations the database lacks, once per store; later calls share that one run.</summary>
    /// <param name="cancellationToken">Cancels waiting for the lock or a statement; nothing half-applied remains, and
    /// the next call tries again.</param>
    /// <returns>How many migrations the store's run applied: zero when the schema was current.</returns>
    /// <exception cref="InvalidOperationException">The database holds a migration this code does not know.</exception>
    public Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        lock (_migrationLock)
        {
            if (_migration is null || _migration.IsFaulted || _migration.IsCanceled)
            {
                _migration = ApplyMigrationsAsync(cancellationToken);
            }
            return _migration;
        }
    }

    /// <summary>Opens a prepared connection to a migrated database.</summary>
    internal async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Task<int>? migration = _migration;
        if (migration is not { IsCompletedSuccessfully: true })
        {
            await MigrateAsync(cancellationToken).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        return await OpenUnmigratedAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<DbConnection> OpenUnmigratedAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = _connectionFactory();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await Dialect.PrepareConnectionAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<int> ApplyMigrationsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<SchemaMigration> known = Dialect.Migrations;
        for (int i = 0; i < known.Count; i++)
        {
            if (known[i].Version != i + 1)
            {
                throw new InvalidOperationException($"The {Dialect.Name} dialect lists migration {known[i].Version} at position {i + 1}; versions must be 1, 2, 3 … in order.");
            }
        }
        DbConnection connection = await OpenUnmigratedAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await Dialect.PrepareDatabaseAsync(connection, cancellationToken).ConfigureAwait(false);
            DbTransaction transaction = await Dialect.BeginMigrationTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await Sql.ExecuteAsync(connection, transaction, Dialect.CreateMigrationTable, [], cancellationToken).ConfigureAwait(false);
                var applied = new List<(long Version, string Name)>();
                await using (DbCommand select = Sql.Command(connection, transaction, Dialect.SelectMigrations, []))
                {
                    DbDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            applied.Add((Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1)));
                        }
                    }
                }
                foreach ((long version, string name) in applied)
                {
                    if (version < 1 || version > known.Count || !string.Equals(known[(int)version - 1].Name, name, StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException(
                            $"The database holds migration {version} '{name}', which this version of the {Dialect.Name} adapter does not know; it was written by another (newer?) version.");
                    }
                }
                int count = 0;
                foreach (SchemaMigration migration in known.Skip(applied.Count))
                {
                    foreach (string statement in migration.Statements)
                    {
                        await Sql.ExecuteAsync(connection, transaction, statement, [], cancellationToken).ConfigureAwait(false);
                    }
                    await Sql.ExecuteAsync(connection, transaction, Dialect.InsertMigration,
                        [("version", (long)migration.Version), ("name", migration.Name), ("applied_at", Keys.Instant(_clock.GetCurrentInstant()))],
                        cancellationToken).ConfigureAwait(false);
                    count++;
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return count;
            }
        }
    }
}
