using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace OutSmart.Domain.Tasks.Tests.Arbitraries;

/// <summary>A due date, an evaluation zone and an instant near it, for the overdue rule across DST changes.</summary>
public sealed record OverdueScenario(LocalDate DueDate, DateTimeZone Zone, Instant Now)
{
    public override string ToString() => $"due {DueDate:uuuu-MM-dd} in {Zone.Id} at {Now}";
}

/// <summary>One command of the status-machine property, with its arguments.</summary>
public sealed record TaskCommand(TaskCommandKind Kind, int Argument, bool Mobile)
{
    public override string ToString() => $"{Kind}({Argument}{(Mobile ? ", mobile" : string.Empty)})";
}

/// <summary>The commands the status-machine property sends.</summary>
public enum TaskCommandKind
{
    Start,
    Complete,
    Stop,
    Close,
    Reopen,
    ChangeProgress,
    AddReminder,
    CancelReminder,
    AddLink,
    RemoveLink,
    Assign,
    Unassign,
    Rename,
    Reschedule,
    AddChecklistItem,
    MarkChecklistItem,
    AddSubtask,
    MarkSubtask,
    Comment,
    ChangePriority,
    FinishPart,
    ChangeCompletionPolicy,
}

public static class TaskArbitraries
{
    private static readonly string[] ZoneIds = ["Europe/Amsterdam", "America/New_York", "UTC", "Asia/Kolkata"];

    // DST changes in the window: Amsterdam 2026-03-29 and 2026-10-25, New York 2026-03-08 and 2026-11-01.
    private static readonly LocalDate[] DstDays =
    [
        new(2026, 3, 28), new(2026, 3, 29), new(2026, 10, 24), new(2026, 10, 25),
        new(2026, 3, 7), new(2026, 3, 8), new(2026, 10, 31), new(2026, 11, 1),
    ];

    public static Arbitrary<OverdueScenario> Overdue() =>
        (from zoneId in Gen.Elements(ZoneIds)
         from nearDst in Gen.Elements(true, false)
         from dstDay in Gen.Elements(DstDays)
         from dayOffset in Gen.Choose(-400, 400)
         from minutes in Gen.Choose(-3 * 24 * 60, 3 * 24 * 60)
         let zone = DateTimeZoneProviders.Tzdb[zoneId]
         let due = nearDst ? dstDay : new LocalDate(2026, 6, 15).PlusDays(dayOffset)
         let now = due.PlusDays(1).AtStartOfDayInZone(zone).ToInstant() + Duration.FromMinutes(minutes)
         select new OverdueScenario(due, zone, now)).ToArbitrary();

    public static Arbitrary<TaskCommand[]> Commands() =>
        Gen.ArrayOf(
            from kind in Gen.Elements(Enum.GetValues<TaskCommandKind>())
            from argument in Gen.Choose(-5, 105)
            from mobile in Gen.Elements(true, false)
            select new TaskCommand(kind, argument, mobile)).ToArbitrary();
}
