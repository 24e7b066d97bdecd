using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutSmart.Domain.Tasks;

/// <summary>Registers the Tasks package in a service collection.</summary>
public static class TasksServiceCollectionExtensions
{
    /// <summary>Registers the Tasks package's services with <c>TryAdd*</c>, so a host can replace any of them.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>
    /// Registers <see cref="TaskDevicePolicy.AllowAll"/> as the singleton <see cref="TaskDevicePolicy"/> and
    /// <see cref="TaskCommands"/> (the load-run-save-retry service) as transient; register your own before calling this
    /// method to replace either. No <c>IClock</c> is registered: the host chooses the clock. A storage adapter (for
    /// example <c>AddOutSmartInMemoryStorage()</c>) provides the <see cref="ITaskRepository"/> that
    /// <see cref="TaskCommands"/> needs.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddOutSmartTasks(this IServiceCollection services)
    {
        Guard.Against.Null(services);
        services.TryAddSingleton(TaskDevicePolicy.AllowAll);
        services.TryAddTransient<TaskCommands>();
        return services;
    }
}
