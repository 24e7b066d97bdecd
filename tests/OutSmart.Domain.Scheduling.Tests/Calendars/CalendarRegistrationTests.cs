using Microsoft.Extensions.DependencyInjection;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Scheduling.Tests.Calendars;

public sealed class CalendarRegistrationTests
{
    [Fact]
    public void AddOutSmartScheduling_WhenNothingRegistered_RegistersTheDutchCalendarAndAMondayToFridayBusinessCalendar()
    {
        var services = new ServiceCollection();

        services.AddOutSmartScheduling();

        Assert.Same(DutchHolidayCalendar.Standard, services.Single(d => d.ServiceType == typeof(DutchHolidayCalendar)).ImplementationInstance);
        Assert.Single(services, d => d.ServiceType == typeof(IHolidayCalendar) && d.Lifetime == ServiceLifetime.Singleton);
        Assert.Single(services, d => d.ServiceType == typeof(BusinessCalendar) && d.Lifetime == ServiceLifetime.Singleton);
    }

    [Fact]
    public void AddOutSmartScheduling_WhenHostRegisteredItsOwnHolidays_KeepsThem()
    {
        var services = new ServiceCollection();
        var own = CustomHolidayCalendar.Empty;
        services.AddSingleton<IHolidayCalendar>(own);

        services.AddOutSmartScheduling();

        Assert.Same(own, services.Single(d => d.ServiceType == typeof(IHolidayCalendar)).ImplementationInstance);
    }
}
