using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using Npgsql;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.Timesheets;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.PostgreSql;

/// <summary>Registers the PostgreSQL storage adapters in a service collection.</summary>
public static class PostgreSqlStorageServiceCollectionExtensions
{
    /// <summary>Registers the PostgreSQL adapter of every storage port as a singleton, with <c>TryAdd*</c>, over a data
    /// source the container builds from <paramref name="connectionString"/> (with NodaTime mapping) and disposes.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">An Npgsql connection string, for example
    /// <c>Host=db;Database=outsmart;Username=outsmart;Password=…</c>; its <c>Search Path</c>, when set, chooses the schema.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>Registers an <see cref="NpgsqlDataSource"/>, a <see cref="RelationalStore"/> over it with the
    /// <see cref="PostgreSqlDialect"/>, and <see cref="RelationalTaskRepository"/> as <see cref="ITaskRepository"/>,
    /// <see cref="RelationalWorkOrderRepository"/> as <see cref="IWorkOrderRepository"/> and
    /// <see cref="RelationalWorkflowRepository"/> as <see cref="IWorkflowRepository"/>, and
    /// <see cref="RelationalContractRepository"/> as <see cref="IContractRepository"/>. A service that is already
    /// registered keeps its implementation. The store needs an <see cref="IClock"/>, which the host registers. Nothing
    /// connects until the first repository call, which creates or migrates the schema under an advisory lock, so any
    /// number of hosts may start at once against one new database. The timesheet ports get
    /// <see cref="RelationalTimesheetEntryRepository"/>, <see cref="RelationalTimesheetPeriodRepository"/>,
    /// <see cref="RelationalTimesheetEmployeeRepository"/> and <see cref="RelationalExportBatchRepository"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank or not a connection string.</exception>
    public static IServiceCollection AddOutSmartPostgreSqlStorage(this IServiceCollection services, string connectionString)
    {
        Guard.Against.Null(services);
        Guard.Against.NullOrWhiteSpace(connectionString);
        _ = new NpgsqlConnectionStringBuilder(connectionString); // refuses a malformed string now, not at the first query
        services.TryAddSingleton(_ => PostgreSqlStorage.CreateDataSource(connectionString));
        return AddRepositories(services);
    }

    /// <summary>Registers the PostgreSQL adapter of every storage port as a singleton, with <c>TryAdd*</c>, over the
    /// host's own data source (which stays the host's to dispose).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="dataSource">Where connections come from, for example built by
    /// <see cref="PostgreSqlStorage.CreateDataSource"/> or by the host's own <see cref="NpgsqlDataSourceBuilder"/>.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>Registers the same services as <see cref="AddOutSmartPostgreSqlStorage(IServiceCollection, string)"/>,
    /// with <paramref name="dataSource"/> as the <see cref="NpgsqlDataSource"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="dataSource"/> is null.</exception>
    public static IServiceCollection AddOutSmartPostgreSqlStorage(this IServiceCollection services, NpgsqlDataSource dataSource)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(dataSource);
        services.TryAddSingleton(dataSource);
        return AddRepositories(services);
    }

    private static IServiceCollection AddRepositories(IServiceCollection services)
    {
        services.TryAddSingleton(provider =>
            PostgreSqlStorage.CreateStore(provider.GetRequiredService<NpgsqlDataSource>(), provider.GetRequiredService<IClock>()));
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
