using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts;

/// <summary>Registers the Contracts package in a service collection.</summary>
public static class ContractsServiceCollectionExtensions
{
    /// <summary>Registers the Contracts package's services with <c>TryAdd*</c>, so a host can replace any of them.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>
    /// Registers <see cref="ContractCommands"/> (load-run-save-retry), <see cref="ContractGenerationService"/> and
    /// <see cref="ContractChangeService"/>
    /// as transient services. The generation service uses an
    /// <see cref="IEmployeeAvailability"/> when one is registered and treats every employee as available otherwise.
    /// No <c>IClock</c> is registered: the host chooses the clock. A storage adapter (for example
    /// <c>AddOutSmartInMemoryStorage()</c>) provides <see cref="IContractRepository"/>,
    /// <see cref="IWorkOrderRepository"/> and <see cref="IWorkflowRepository"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddOutSmartContracts(this IServiceCollection services)
    {
        Guard.Against.Null(services);
        services.TryAddTransient<ContractCommands>();
        services.TryAddTransient(static sp => new ContractGenerationService(
            sp.GetRequiredService<IContractRepository>(),
            sp.GetRequiredService<IWorkOrderRepository>(),
            sp.GetRequiredService<IWorkflowRepository>(),
            sp.GetRequiredService<IClock>(),
            sp.GetService<IEmployeeAvailability>()));
        services.TryAddTransient<ContractChangeService>();
        return services;
    }
}
