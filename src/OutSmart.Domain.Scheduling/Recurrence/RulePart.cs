namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>The parts of a recurrence rule, in canonical output order.</summary>
internal enum RulePart
{
    Freq,
    Count,
    Until,
    Interval,
    ByMonth,
    ByWeekNo,
    ByYearDay,
    ByMonthDay,
    ByDay,
    ByHour,
    ByMinute,
    BySecond,
    BySetPos,
    Wkst,
    Rscale,
    Skip,
}
