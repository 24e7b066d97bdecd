using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Registers the services of the OutSmart.Domain.WorkOrders package.</summary>
public static class WorkOrdersServiceCollectionExtensions
{
    /// <summary>
    /// Adds the default <see cref="WorkOrderPolicy"/> and <see cref="SignatureInkPolicy"/> as singletons with
    /// <c>TryAdd*</c>, so a host can register its company's policies first.
    /// </summary>
    /// <param name="services">The service collection of the host.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>Storage ports (<see cref="IWorkOrderRepository"/>, <see cref="IWorkflowRepository"/>) come from a storage
    /// adapter package. The package never registers an <c>IClock</c>: the host does.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddOutSmartWorkOrders(this IServiceCollection services)
    {
        Guard.Against.Null(services);
        services.TryAddSingleton(WorkOrderPolicy.Default);
        services.TryAddSingleton(SignatureInkPolicy.Default);
        return services;
    }
}
