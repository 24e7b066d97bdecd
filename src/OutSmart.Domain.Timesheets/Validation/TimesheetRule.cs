namespace OutSmart.Domain.Timesheets;

/// <summary>A rule of the timesheet catalogue (RULES.md 2.4) that <see cref="TimesheetRules"/> checks.</summary>
public enum TimesheetRule
{
    /// <summary>TS-01: the end is before the start (or a duration is negative). Error by default.</summary>
    EndBeforeStart = 0,

    /// <summary>TS-02: the end equals the start (or a duration is zero). Error by default.</summary>
    ZeroDuration = 1,

    /// <summary>TS-03: one entry is longer than the maximum (720 minutes). Error by default.</summary>
    EntryTooLong = 2,

    /// <summary>TS-04: the start lies more than the tolerance (5 minutes) in the future. Error by default.</summary>
    InFuture = 3,

    /// <summary>TS-05: two entries of one employee overlap; intervals are half-open and breaks are excluded. Error by default.</summary>
    Overlap = 4,

    /// <summary>TS-06: work and travel on one date exceed the daily maximum (12 hours). Warning by default.</summary>
    DayOverMax = 5,

    /// <summary>TS-07: work and travel in one week exceed the weekly maximum (60 hours). Warning by default.</summary>
    WeekOverMax = 6,

    /// <summary>TS-08: the average over 4 weeks exceeds 55 hours a week, or over 16 weeks 48 hours a week. Warning by default.</summary>
    AverageOverMax = 7,

    /// <summary>TS-09: less than 11 hours rest before a worked day (8 hours allowed once per 7 days). Warning by default.</summary>
    RestTooShort = 8,

    /// <summary>TS-11: more than 5.5 hours of work on a date needs 30 minutes of breaks, more than 10 hours 45 minutes. Warning by default.</summary>
    BreakMissing = 9,

    /// <summary>TS-27: kilometres must be more than 0 and at most 1,000 per entry. Error by default.</summary>
    KilometresInvalid = 10,

    /// <summary>TS-28: an expense must be more than zero with at most two decimals, with a receipt above a set amount (off by default). Error by default.</summary>
    ExpenseInvalid = 11,

    /// <summary>TS-29: an entry shorter than the minimum (15 minutes). Off by default.</summary>
    BelowMinimum = 12,

    /// <summary>TS-14: the hour type (<i>uursoort</i>) is inactive or does not fit the entry kind, such as a work type on travel. Error by default.</summary>
    HourTypeInvalid = 13,
}
