namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>Which years Liberation Day (<i>Bevrijdingsdag</i>, 5 May) is a day off in a <see cref="DutchHolidayCalendar"/>.</summary>
/// <remarks>
/// Liberation Day is a national holiday every year, but whether it is a paid day off depends on the collective labour
/// agreement (CAO): many grant it only in lustrum years, the years divisible by five (2025, 2030, …).
/// </remarks>
public enum LiberationDayObservance
{
    /// <summary>Liberation Day is a day off every year.</summary>
    EveryYear = 1,

    /// <summary>Liberation Day is a day off only in lustrum years: years divisible by five (2020, 2025, 2030, …).</summary>
    LustrumYearsOnly = 2,

    /// <summary>Liberation Day is never a day off.</summary>
    Never = 3,
}
