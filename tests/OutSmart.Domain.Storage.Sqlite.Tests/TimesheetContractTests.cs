using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.Sqlite.Tests;

/// <summary>Runs the kit's <see cref="ITimesheetEntryRepository"/> contract against a new SQLite file per repository.</summary>
public sealed class SqliteTimesheetEntryRepositoryTests : TimesheetEntryRepositoryContract, IDisposable
{
    private readonly TempDatabases _databases = new();

    protected override ITimesheetEntryRepository CreateRepository() => new RelationalTimesheetEntryRepository(_databases.New().OpenStore());

    public void Dispose() => _databases.Dispose();
}

/// <summary>Runs the kit's <see cref="ITimesheetPeriodRepository"/> contract against a new SQLite file per repository.</summary>
public sealed class SqliteTimesheetPeriodRepositoryTests : TimesheetPeriodRepositoryContract, IDisposable
{
    private readonly TempDatabases _databases = new();

    protected override ITimesheetPeriodRepository CreateRepository() => new RelationalTimesheetPeriodRepository(_databases.New().OpenStore());

    public void Dispose() => _databases.Dispose();
}

/// <summary>Runs the kit's <see cref="ITimesheetEmployeeRepository"/> contract against a new SQLite file per repository.</summary>
public sealed class SqliteTimesheetEmployeeRepositoryTests : TimesheetEmployeeRepositoryContract, IDisposable
{
    private readonly TempDatabases _databases = new();

    protected override ITimesheetEmployeeRepository CreateRepository() => new RelationalTimesheetEmployeeRepository(_databases.New().OpenStore());

    public void Dispose() => _databases.Dispose();
}

/// <summary>Runs the kit's <see cref="IExportBatchRepository"/> contract against a new SQLite file per repository.</summary>
public sealed class SqliteExportBatchRepositoryTests : ExportBatchRepositoryContract, IDisposable
{
    private readonly TempDatabases _databases = new();

    protected override IExportBatchRepository CreateRepository() => new RelationalExportBatchRepository(_databases.New().OpenStore());

    public void Dispose() => _databases.Dispose();
}
