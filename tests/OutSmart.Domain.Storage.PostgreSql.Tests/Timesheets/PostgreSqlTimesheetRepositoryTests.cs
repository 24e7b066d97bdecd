using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.Timesheets;

/// <summary>Runs the <see cref="ITimesheetEntryRepository"/> contract against PostgreSQL, each repository in a new schema.</summary>
public sealed class PostgreSqlTimesheetEntryRepositoryTests(PostgreSqlServerFixture server) : TimesheetEntryRepositoryContract, IAsyncDisposable
{
    private readonly PostgreSqlStores _stores = new(server, "ts_entries");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    protected override ITimesheetEntryRepository CreateRepository() => new RelationalTimesheetEntryRepository(_stores.Create());
}

/// <summary>Runs the <see cref="ITimesheetPeriodRepository"/> contract against PostgreSQL, each repository in a new schema.</summary>
public sealed class PostgreSqlTimesheetPeriodRepositoryTests(PostgreSqlServerFixture server) : TimesheetPeriodRepositoryContract, IAsyncDisposable
{
    private readonly PostgreSqlStores _stores = new(server, "ts_periods");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    protected override ITimesheetPeriodRepository CreateRepository() => new RelationalTimesheetPeriodRepository(_stores.Create());
}

/// <summary>Runs the <see cref="ITimesheetEmployeeRepository"/> contract against PostgreSQL, each repository in a new schema.</summary>
public sealed class PostgreSqlTimesheetEmployeeRepositoryTests(PostgreSqlServerFixture server) : TimesheetEmployeeRepositoryContract, IAsyncDisposable
{
    private readonly PostgreSqlStores _stores = new(server, "ts_employees");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    protected override ITimesheetEmployeeRepository CreateRepository() => new RelationalTimesheetEmployeeRepository(_stores.Create());
}

/// <summary>Runs the <see cref="IExportBatchRepository"/> contract against PostgreSQL, each repository in a new schema.</summary>
public sealed class PostgreSqlExportBatchRepositoryTests(PostgreSqlServerFixture server) : ExportBatchRepositoryContract, IAsyncDisposable
{
    private readonly PostgreSqlStores _stores = new(server, "ts_batches");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    protected override IExportBatchRepository CreateRepository() => new RelationalExportBatchRepository(_stores.Create());
}
