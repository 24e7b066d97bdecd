using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.Timesheets;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.Sqlite;

/// <summary>Registers the SQLite storage adapters in a service collection.</summary>
public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>Registers the SQLite adapter of every storage port as a singleton, with <c>TryAdd*</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">Where the data is kept, for example <see cref="SqliteStorageOptions.FromFile"/>.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>Registers a <see cref="RelationalStore"/> over the database and <see cref="RelationalTaskRepository"/> as
    /// <see cref="ITaskRepository"/>, <see cref="RelationalWorkOrderRepository"/> as <see cref="IWorkOrderRepository"/>,
    /// <see cref="RelationalWorkflowRepository"/> as <see cref="IWorkflowRepository"/>, and
    /// <see cref="RelationalContractRepository"/> as <see cref="IContractRepository"/>. A port that already has an
    /// implementation keeps it. The store needs an <see cref="IClock"/>, which the host registers. The schema is
    /// created or migrated on the first repository call. The timesheet ports get
    /// <see cref="RelationalTimesheetEntryRepository"/>, <see cref="RelationalTimesheetPeriodRepository"/>,
    /// <see cref="RelationalTimesheetEmployeeRepository"/> and <see cref="RelationalExportBatchRepository"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="options"/> is null.</exception>
    public static IServiceCollection AddOutSmartSqliteStorage(this IServiceCollection services, SqliteStorageOptions options)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(options);
        services.TryAddSingleton(provider => SqliteStorage.CreateStore(options, provider.GetRequiredService<IClock>()));
        services.TryAddSingleton<ITaskRepository, RelationalTaskRepository>();
        services.TryAddSingleton<IWorkOrderRepository, RelationalWorkOrderRepository>();
        services.TryAddSingleton<IWorkflowRepository, RelationalWorkflowRepository>();
        services.TryAddSingleton<ITimesheetEntryRepository, RelationalTimesheetEntryRepository>();
        services.TryAddSingleton<ITimesheetPeriodRepository, RelationalTimesheetPeriodRepository>();
        services.TryAddSingleton<ITimesheetEmployeeRepository, RelationalTimesheetEmployeeRepository>();
        services.TryAddSingleton<IExportBatchRepository, RelationalExportBatchRepository>();
        services.TryAddSingleton<IContractRepository, RelationalContractRepository>();
        return services;
    }
}
