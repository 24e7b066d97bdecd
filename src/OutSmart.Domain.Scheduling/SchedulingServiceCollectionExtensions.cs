using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutSmart.Domain.Scheduling.Calendars;

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
    /// <para>Business calendars: <see cref="DutchHolidayCalendar.Standard"/> as both <see cref="DutchHolidayCalendar"/>
    /// and <see cref="IHolidayCalendar"/>, and a Monday-to-Friday <see cref="BusinessCalendar"/> over that
    /// <see cref="IHolidayCalendar"/>. Register another <see cref="IHolidayCalendar"/> first (for example a
    /// <see cref="CompositeHolidayCalendar"/> with company closing days) to change the holidays everywhere.
    /// <see cref="BusinessHours"/> needs the host's working hours and zone and is not registered.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddOutSmartScheduling(this IServiceCollection services)
    {
        Guard.Against.Null(services);
        services.TryAddSingleton(DutchHolidayCalendar.Standard);
        services.TryAddSingleton<IHolidayCalendar>(provider => provider.GetRequiredService<DutchHolidayCalendar>());
        services.TryAddSingleton(provider => BusinessCalendar.Create(WorkingWeek.MondayToFriday, provider.GetRequiredService<IHolidayCalendar>()));
        return services;
    }
}
