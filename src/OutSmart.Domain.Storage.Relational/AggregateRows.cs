using System.Data.Common;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>The row work every relational repository shares: read a snapshot, page a query, insert or update one
/// aggregate row with its side rows in one transaction, and turn a lost version race into a
/// <see cref="ConcurrencyConflict"/>.</summary>
/// <param name="store">The database.</param>
/// <param name="aggregateType">The aggregate's type name, reported in a <see cref="ConcurrencyConflict"/>.</param>
/// <param name="selectVersion">The dialect's query for a row's version by <c>@id</c>.</param>
internal sealed class AggregateRows<TSnapshot>(RelationalStore store, string aggregateType, string selectVersion)
    where TSnapshot : class
{
    /// <summary>The outcome of an insert: stored, or refused by a unique index (the id or another key).</summary>
    public enum Insert
    {
        Stored,
        UniqueViolation,
    }

    /// <summary>Writes side rows (query keys kept in other tables) inside the aggregate's transaction.</summary>
    public delegate Task SideRows(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public SqlDialect Dialect => store.Dialect;

    /// <summary>Returns the snapshot the query finds, or null.</summary>
    public async Task<TSnapshot?> FindAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            List<string> rows = await Sql.StringsAsync(connection, null, sql, parameters, cancellationToken).ConfigureAwait(false);
            return rows.Count == 0 ? null : SnapshotJson.Read<TSnapshot>(rows[0]);
        }
    }

    /// <summary>Returns every snapshot the query finds, in its order.</summary>
    public async Task<List<TSnapshot>> ListAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            List<string> rows = await Sql.StringsAsync(connection, null, sql, parameters, cancellationToken).ConfigureAwait(false);
            return rows.ConvertAll(SnapshotJson.Read<TSnapshot>);
        }
    }

    /// <summary>Returns a number the query counts.</summary>
    public async Task<long> CountAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await Sql.LongAsync(connection, null, sql, parameters, cancellationToken).ConfigureAwait(false) ?? 0;
        }
    }

    /// <summary>Returns one page: the select gets <c>@limit</c> and <c>@offset</c> besides the filter parameters, the
    /// count gets the filter parameters only.</summary>
    public async Task<Page<TAggregate>> PageAsync<TAggregate>(
        string select, string count, (string Name, object? Value)[] filter, PageRequest page, Func<TSnapshot, TAggregate> rehydrate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            long total = await Sql.LongAsync(connection, null, count, filter, cancellationToken).ConfigureAwait(false) ?? 0;
            List<string> rows = page.Offset >= total
                ? []
                : await Sql.StringsAsync(connection, null, select, [.. filter, ("limit", (long)page.Limit), ("offset", (long)page.Offset)], cancellationToken).ConfigureAwait(false);
            return new Page<TAggregate>(rows.ConvertAll(row => rehydrate(SnapshotJson.Read<TSnapshot>(row))), page, checked((int)total));
        }
    }

    /// <summary>Inserts a new aggregate row and its side rows in one transaction.</summary>
    /// <returns><see cref="Insert.Stored"/>, or <see cref="Insert.UniqueViolation"/> when a unique index refused the
    /// row (nothing is then stored).</returns>
    public async Task<Insert> InsertAsync(string sql, (string Name, object? Value)[] parameters, SideRows sideRows, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            DbTransaction transaction = await Dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                try
                {
                    await Sql.ExecuteAsync(connection, transaction, sql, parameters, cancellationToken).ConfigureAwait(false);
                    await sideRows(connection, transaction, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return Insert.Stored;
                }
                catch (DbException e) when (Dialect.IsUniqueViolation(e))
                {
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                    return Insert.UniqueViolation;
                }
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction and commits it; an exception rolls everything back.</summary>
    public async Task InTransactionAsync(SideRows work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            DbTransaction transaction = await Dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await work(connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Updates an aggregate row where it is still at the expected version, and replaces its side rows, in one
    /// transaction.</summary>
    /// <returns><see cref="Success"/>, or the conflict with the stored version (null when no row has the id).</returns>
    public async Task<OneOf<Success, ConcurrencyConflict>> UpdateAsync(
        string sql, (string Name, object? Value)[] parameters, Guid id, AggregateVersion expected, SideRows sideRows, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            DbTransaction transaction = await Dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                int changed = await Sql.ExecuteAsync(connection, transaction, sql, parameters, cancellationToken).ConfigureAwait(false);
                if (changed == 0)
                {
                    long? actual = await Sql.LongAsync(connection, transaction, selectVersion, [("id", Keys.Id(id))], cancellationToken).ConfigureAwait(false);
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                    return Conflict(id, expected, actual);
                }
                await sideRows(connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new Success();
            }
        }
    }

    /// <summary>Returns the conflict of an add whose id is stored already, or null when the id is free (so another
    /// unique key refused it).</summary>
    public async Task<ConcurrencyConflict?> ConflictOnAddAsync(Guid id, CancellationToken cancellationToken)
    {
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            long? actual = await Sql.LongAsync(connection, null, selectVersion, [("id", Keys.Id(id))], cancellationToken).ConfigureAwait(false);
            return actual is null ? null : Conflict(id, AggregateVersion.New, actual);
        }
    }

    /// <summary>Runs a query and returns the first column of its first row as text, or null.</summary>
    public async Task<string?> TextAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return (await Sql.ScalarAsync(connection, null, sql, parameters, cancellationToken).ConfigureAwait(false))?.ToString();
        }
    }

    private ConcurrencyConflict Conflict(Guid id, AggregateVersion expected, long? actual) =>
        new(aggregateType, id, expected, actual is { } v ? AggregateVersion.From(v) : null);
}
