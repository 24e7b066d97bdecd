using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Contracts.Tests.Arbitraries;

namespace OutSmart.Domain.Contracts.Tests.Sla;

public sealed class SlaClockProperties
{
    [Property(Arbitrary = [typeof(SlaArbitraries)], MaxTest = 200)]
    public bool Deadline_IsNeverBeforeTheStart(SlaScenario scenario)
    {
        Instant? deadline = DeadlineOf(scenario, scenario.Target, _ => true);

        return deadline is not { } due || due >= scenario.Created;
    }

    [Property(Arbitrary = [typeof(SlaArbitraries)], MaxTest = 200)]
    public bool Deadline_MovesLaterWithALargerTarget(SlaScenario scenario, byte extraMinutes)
    {
        Instant? shorter = DeadlineOf(scenario, scenario.Target, _ => true);
        Instant? longer = DeadlineOf(scenario, scenario.Target + Duration.FromMinutes(extraMinutes), _ => true);

        return NotLater(shorter, longer);
    }

    [Property(Arbitrary = [typeof(SlaArbitraries)], MaxTest = 200)]
    public bool Deadline_MovesLaterWithEveryPause(SlaScenario scenario)
    {
        Instant? withAll = DeadlineOf(scenario, scenario.Target, _ => true);

        // Dropping any one pause, or all of them, never makes the deadline later.
        return Enumerable.Range(0, scenario.Pauses.Count).All(left => NotLater(DeadlineOf(scenario, scenario.Target, i => i != left), withAll))
            && NotLater(DeadlineOf(scenario, scenario.Target, _ => false), withAll);
    }

    [Property(Arbitrary = [typeof(SlaArbitraries)], MaxTest = 200)]
    public bool Deadline_WhenKnown_IsWhereTheCountedBusinessTimeReachesTheTarget(SlaScenario scenario)
    {
        SlaClock clock = SlaClock.Create(scenario.Hours, SlaTargets.Create(0.5m, response: scenario.Target).AsT0);
        SlaEventLog log = scenario.ToLog(_ => true);
        SlaTargetReading reading = clock.Read(log, scenario.Now).AsT0.Get(SlaTargetKind.Response)!;
        if (reading.Deadline is not { } deadline || deadline > scenario.Now)
        {
            return true;
        }

        // Read at the deadline itself (when the log allows it), the whole target has been counted.
        SlaEventLog untilDeadline = SlaEventLog.Create(log.Created, log.Events.Where(e => e.At <= deadline)).AsT0;
        return clock.Read(untilDeadline, deadline).AsT0.Get(SlaTargetKind.Response)!.Counted == scenario.Target;
    }

    private static Instant? DeadlineOf(SlaScenario scenario, Duration target, Func<int, bool> keep)
    {
        SlaClock clock = SlaClock.Create(scenario.Hours, SlaTargets.Create(0.75m, resolution: target).AsT0);
        return clock.Read(scenario.ToLog(keep), scenario.Now).AsT0.Get(SlaTargetKind.Resolution)!.Deadline;
    }

    /// <summary>An unknown deadline (null) lies after every known one.</summary>
    private static bool NotLater(Instant? earlier, Instant? later) =>
        later is not { } right || (earlier is { } left && left <= right);
}
