using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Registers the services of the OutSmart.Domain.WorkOrders package.</summary>
public static class WorkOrdersServiceCollectionExtensions
{
    /// <summary>
    /// Adds the default <see cref="WorkOrderPolicy"/> and <see cref="SignatureInkPolicy"/> and the
    /// <see cref="WorkOrderCommands"/> service as singletons with <c>TryAdd*</c>, so a host can register its company's
    /// policies (or its own service) first.
    /// </summary>
    /// <param name="services">The service collection of the host.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks><see cref="WorkOrderCommands"/> needs an <see cref="IWorkOrderRepository"/>: storage ports
    /// (<see cref="IWorkOrderRepository"/>, <see cref="IWorkflowRepository"/>) come from a storage adapter package. The package never registers an <c>IClock</c>: the host does.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddOutSmartWorkOrders(this IServiceCollection services)
    {
        Guard.Against.Null(services);
        services.TryAddSingleton(WorkOrderPolicy.Default);
        services.TryAddSingleton(SignatureInkPolicy.Default);
        services.TryAddSingleton(sp => new WorkOrderCommands(sp.GetRequiredService<IWorkOrderRepository>()));
        return services;
    }
}
