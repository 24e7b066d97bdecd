using System.Data.Common;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.TestSupport.Processes;

/// <summary>
/// Opens a store on a database location (a PostgreSQL connection string, a SQLite file path): how a test project's
/// child processes (<see cref="ChildProcessEntryPoint"/>) and the tests that start them reach the same database.
/// </summary>
/// <param name="location">The location, as the test passed it to the child on its command line.</param>
/// <returns>A store of its own (its own connections), to dispose when done.</returns>
public delegate ChildStore OpenChildStore(string location);

/// <summary>A store opened on a database location, with a way to open a raw connection for checks in SQL.</summary>
/// <param name="store">The store.</param>
/// <param name="openConnection">Opens a new connection to the same database (the caller disposes it).</param>
/// <param name="resources">What to dispose with the store (a data source), if anything.</param>
public sealed class ChildStore(RelationalStore store, Func<CancellationToken, Task<DbConnection>> openConnection, IAsyncDisposable? resources = null)
    : IAsyncDisposable
{
    /// <summary>Gets the store.</summary>
    public RelationalStore Store { get; } = store;

    /// <summary>Opens a new connection to the store's database; the caller disposes it.</summary>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The open connection.</returns>
    public Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => openConnection(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => resources?.DisposeAsync() ?? ValueTask.CompletedTask;
}
