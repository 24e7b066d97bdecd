using System.Collections.Immutable;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>The row work every relational repository shares: read a snapshot, page a query, insert or update one
/// aggregate row with its side rows in one transaction, update a batch of rows in one transaction, and turn a lost
/// version race into a <see cref="ConcurrencyConflict"/>.</summary>
/// <param name="store">The database.</param>
/// <param name="aggregateType">The aggregate's type name, reported in a <see cref="ConcurrencyConflict"/>.</param>
/// <param name="selectVersion">The dialect's query for a row's version by <c>@id</c>.</param>
internal sealed class AggregateRows<TSnapshot>(RelationalStore store, string aggregateType, string selectVersion)
    where TSnapshot : class
{
    /// <summary>The outcome of an insert: stored, or refused by a unique index (the id or another key) or an exclusion
    /// constraint (<see cref="SqlDialect.IsPeriodOverlapViolation"/>).</summary>
    public enum Insert
    {
        Stored,
        UniqueViolation,
    }

    /// <summary>Writes side rows (query keys kept in other tables) inside the aggregate's transaction.</summary>
    public delegate Task SideRows(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Writes no side rows: for an aggregate kept in its one row.</summary>
    public static readonly SideRows NoSideRows = static (_, _, _) => Task.CompletedTask;

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
                catch (DbException e) when (Dialect.IsUniqueViolation(e) || Dialect.IsPeriodOverlapViolation(e))
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

    /// <summary>One row of <see cref="UpdateManyAsync"/>: the versioned update of an aggregate row (with
    /// <c>@expected</c> among its parameters), the row's id and expected version, and its side rows.</summary>
    public readonly record struct Update(string Sql, (string Name, object? Value)[] Parameters, Guid Id, AggregateVersion Expected, SideRows SideRows);

    /// <summary>Updates a batch of aggregate rows in one transaction, in id order: each row (and its side rows) only where
    /// it is still at its expected version; a row that is not gets its conflict and is left as it is, and the others
    /// are still written.</summary>
    /// <returns>Per update, in input order, <see cref="Success"/> or the conflict with the stored version (null when no
    /// row has the id). Nothing is stored when the batch throws or is cancelled before it commits.</returns>
    public async Task<ImmutableArray<OneOf<Success, ConcurrencyConflict>>> UpdateManyAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (updates.Count == 0)
        {
            return [];
        }
        // Rows are written in id order (a stable sort keeps a repeated id in input order), so two batches that share
        // rows lock them in the same order and wait for each other instead of deadlocking.
        int[] order = [.. Enumerable.Range(0, updates.Count).OrderBy(i => updates[i].Id)];
        var results = new OneOf<Success, ConcurrencyConflict>[updates.Count];
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            DbTransaction transaction = await Dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // The versioned updates go in one round trip where the provider batches; then, per row, its conflict
                // or its side rows, still in id order and in the same transaction.
                int[] changed = await Sql.ExecuteEachAsync(
                    connection, transaction, [.. order.Select(i => (updates[i].Sql, updates[i].Parameters))], cancellationToken).ConfigureAwait(false);
                for (int k = 0; k < order.Length; k++)
                {
                    results[order[k]] = await AfterUpdateAsync(connection, transaction, updates[order[k]], changed[k], cancellationToken).ConfigureAwait(false);
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        return [.. results];
    }

    /// <summary>Saves one aggregate: updates its row where it is still at the expected version and replaces its side
    /// rows, in one transaction, and when stored tells the aggregate the version it is stored at (one past the expected
    /// one).</summary>
    /// <returns><see cref="Success"/>, or the conflict with the stored version (null when no row has the id).</returns>
    public async Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(Update update, Action<AggregateVersion> markSaved, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        OneOf<Success, ConcurrencyConflict> result;
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            DbTransaction transaction = await Dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                result = await UpdateRowAsync(connection, transaction, update, cancellationToken).ConfigureAwait(false);
                if (result.IsT0)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        if (result.IsT0)
        {
            markSaved(update.Expected.Next());
        }
        return result;
    }

    /// <summary>Saves a batch of aggregates with <see cref="UpdateManyAsync"/> and tells each stored one the version it is
    /// stored at.</summary>
    /// <param name="aggregates">The changed aggregates; none may be null.</param>
    /// <param name="updateOf">Builds an aggregate's versioned update.</param>
    /// <param name="markSaved">Tells an aggregate the version it is stored at.</param>
    /// <param name="parameterName">The caller's parameter, named when an aggregate is null.</param>
    /// <param name="cancellationToken">Cancels before the batch commits.</param>
    public async Task<ImmutableArray<OneOf<Success, ConcurrencyConflict>>> SaveManyAsync<TAggregate>(
        IReadOnlyList<TAggregate> aggregates,
        Func<TAggregate, Update> updateOf,
        Action<TAggregate, AggregateVersion> markSaved,
        string parameterName,
        CancellationToken cancellationToken)
        where TAggregate : class
    {
        Guard.Against.Null(aggregates, parameterName);
        var updates = new Update[aggregates.Count];
        for (int i = 0; i < updates.Length; i++)
        {
            updates[i] = updateOf(Guard.Against.Null(aggregates[i], parameterName));
        }
        ImmutableArray<OneOf<Success, ConcurrencyConflict>> results = await UpdateManyAsync(updates, cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < updates.Length; i++)
        {
            if (results[i].IsT0)
            {
                markSaved(aggregates[i], updates[i].Expected.Next());
            }
        }
        return results;
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

    /// <summary>Runs one statement in its own write transaction (an upsert of a value kept without a version).</summary>
    public async Task ExecuteAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            DbTransaction transaction = await Dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await Sql.ExecuteAsync(connection, transaction, sql, parameters, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Streams every snapshot the query finds, in its order, rehydrated one by one as the caller enumerates:
    /// a data reader over one connection, held open until the enumeration ends or is disposed; never a whole list.</summary>
    public async IAsyncEnumerable<TAggregate> StreamAsync<TAggregate>(
        string sql, (string Name, object? Value)[] parameters, Func<TSnapshot, TAggregate> rehydrate, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DbConnection connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            DbCommand command = Sql.Command(connection, null, sql, parameters);
            await using (command.ConfigureAwait(false))
            {
                DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        yield return rehydrate(SnapshotJson.Read<TSnapshot>(reader.GetString(0)));
                    }
                }
            }
        }
    }

    // Updates one row inside the caller's transaction; on a version mismatch writes nothing and reads the stored version.
    private async Task<OneOf<Success, ConcurrencyConflict>> UpdateRowAsync(
        DbConnection connection, DbTransaction transaction, Update update, CancellationToken cancellationToken)
    {
        int changed = await Sql.ExecuteAsync(connection, transaction, update.Sql, update.Parameters, cancellationToken).ConfigureAwait(false);
        return await AfterUpdateAsync(connection, transaction, update, changed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a versioned update changed <paramref name="changed"/> rows: the conflict when none, else the side rows.</summary>
    private async Task<OneOf<Success, ConcurrencyConflict>> AfterUpdateAsync(
        DbConnection connection, DbTransaction transaction, Update update, int changed, CancellationToken cancellationToken)
    {
        if (changed == 0)
        {
            long? actual = await Sql.LongAsync(connection, transaction, selectVersion, [("id", Keys.Id(update.Id))], cancellationToken).ConfigureAwait(false);
            return Conflict(update.Id, update.Expected, actual);
        }
        await update.SideRows(connection, transaction, cancellationToken).ConfigureAwait(false);
        return new Success();
    }

    private ConcurrencyConflict Conflict(Guid id, AggregateVersion expected, long? actual) =>
        new(aggregateType, id, expected, actual is { } v ? AggregateVersion.From(v) : null);
}
