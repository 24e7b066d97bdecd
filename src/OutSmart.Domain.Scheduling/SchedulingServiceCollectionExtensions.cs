using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;

namespace OutSmart.Domain.Scheduling;

/// <summary>Registers the services of the OutSmart.Domain.Scheduling package.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the stateless scheduling services with <c>TryAdd*</c>, so a host can replace any of them by registering
    /// its own first.
    /// </summary>
    /// <param name="services">The service collection of the host.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// Recurrence rules and sets are immutable values created with <c>RecurrenceRule.Parse</c> and
    /// <c>RecurrenceSet.Create</c>; they need no registration. The package never registers an <c>IClock</c>: the host
    /// does.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddOutSmartScheduling(this IServiceCollection services)
    {
        Guard.Against.Null(services);
        return services;
    }
}
