using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.Timesheets;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>Registers the in-memory storage adapters in a service collection.</summary>
public static class InMemoryStorageServiceCollectionExtensions
{
    /// <summary>Registers the in-memory adapter of every storage port as a singleton, with <c>TryAdd*</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>Registers <see cref="InMemoryTaskRepository"/> as <see cref="ITaskRepository"/>,
    /// <see cref="InMemoryContractRepository"/> as <see cref="IContractRepository"/>,
    /// <see cref="InMemoryWorkOrderRepository"/> as <see cref="IWorkOrderRepository"/>,
    /// <see cref="InMemoryWorkflowRepository"/> as <see cref="IWorkflowRepository"/>,
    /// <see cref="InMemoryTimesheetEntryRepository"/> as <see cref="ITimesheetEntryRepository"/>,
    /// <see cref="InMemoryTimesheetPeriodRepository"/> as <see cref="ITimesheetPeriodRepository"/>,
    /// <see cref="InMemoryTimesheetEmployeeRepository"/> as <see cref="ITimesheetEmployeeRepository"/> and
    /// <see cref="InMemoryExportBatchRepository"/> as <see cref="IExportBatchRepository"/>. A port that already has
    /// an implementation keeps it. The stores live as long as the service provider.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddOutSmartInMemoryStorage(this IServiceCollection services)
    {
        Guard.Against.Null(services);
        services.TryAddSingleton<ITaskRepository, InMemoryTaskRepository>();
        services.TryAddSingleton<IContractRepository, InMemoryContractRepository>();
        services.TryAddSingleton<IWorkOrderRepository, InMemoryWorkOrderRepository>();
        services.TryAddSingleton<OutSmart.Domain.WorkOrders.IWorkflowRepository, InMemoryWorkflowRepository>();
        services.TryAddSingleton<ITimesheetEntryRepository, InMemoryTimesheetEntryRepository>();
        services.TryAddSingleton<ITimesheetPeriodRepository, InMemoryTimesheetPeriodRepository>();
        services.TryAddSingleton<ITimesheetEmployeeRepository, InMemoryTimesheetEmployeeRepository>();
        services.TryAddSingleton<IExportBatchRepository, InMemoryExportBatchRepository>();
        return services;
    }
}
