using NodaTime;
using static OutSmart.Domain.Contracts.Tests.TestData.SlaClocks;

namespace OutSmart.Domain.Contracts.Tests.Sla;

public sealed class SlaEventLogTests
{
    private static readonly Instant Created = At(2026, 3, 30, 8);

    public static TheoryData<string, SlaEventLogProblem, int> InvalidLogs => new()
    {
        { "responded 10:00, on site 09:00", SlaEventLogProblem.OutOfOrder, 1 },
        { "paused 07:00", SlaEventLogProblem.BeforeCreated, 0 },
        { "resumed 09:00", SlaEventLogProblem.PauseMismatch, 0 },
        { "paused 09:00, paused 10:00", SlaEventLogProblem.PauseMismatch, 1 },
        { "responded 09:00, responded 10:00", SlaEventLogProblem.Repeated, 1 },
        { "resolved 09:00, paused 10:00, resolved 11:00", SlaEventLogProblem.Repeated, 2 },
    };

    [Theory]
    [MemberData(nameof(InvalidLogs))]
    public void Create_WhenAnEventBreaksARuleOfTheLog_ReturnsTheProblemAndThePositionOfTheFirstOffender(string events, SlaEventLogProblem problem, int index)
    {
        var result = SlaEventLog.Create(Created, Parse(events));

        var error = Assert.IsType<SlaEventLogInvalid>(result.Value);
        Assert.Equal(problem, error.Problem);
        Assert.Equal(index, error.Index);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Create_WhenEventsShareAnInstant_KeepsTheirOrder()
    {
        var result = SlaEventLog.Create(Created, Parse("paused 09:00, resumed 09:00, responded 09:00"));

        SlaEventLog log = Assert.IsType<SlaEventLog>(result.Value);
        Assert.Equal([SlaEventKind.Paused, SlaEventKind.Resumed, SlaEventKind.Responded], log.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Record_WhenTheEventFollowsTheRules_ReturnsALongerLogAndLeavesThisOneAlone()
    {
        SlaEventLog log = SlaEventLog.Start(Created);

        SlaEventLog paused = log.Record(new SlaEvent(SlaEventKind.Paused, At(2026, 3, 30, 9))).AsT0;

        Assert.True(paused.IsPaused);
        Assert.False(log.IsPaused);
        Assert.Empty(log.Events);
    }

    [Fact]
    public void Record_WhenResumingAClockThatRuns_ReturnsPauseMismatch()
    {
        SlaEventLog log = SlaEventLog.Start(Created);

        var result = log.Record(new SlaEvent(SlaEventKind.Resumed, At(2026, 3, 30, 9)));

        Assert.Equal("SLA_PAUSE_MISMATCH", Assert.IsType<SlaEventLogInvalid>(result.Value).Code);
    }

    [Fact]
    public void GetEndOf_WhenTheEventHappened_ReturnsItsInstantAndOtherwiseNull()
    {
        SlaEventLog log = Log(Created, (SlaEventKind.OnSite, At(2026, 3, 30, 9)));

        Assert.Equal(At(2026, 3, 30, 9), log.GetEndOf(SlaTargetKind.OnSite));
        Assert.Null(log.GetEndOf(SlaTargetKind.Resolution));
    }

    [Fact]
    public void Equals_WhenCreatedAndEventsAreEqual_IsTrue()
    {
        SlaEventLog one = Log(Created, (SlaEventKind.Responded, At(2026, 3, 30, 9)));
        SlaEventLog other = Log(Created, (SlaEventKind.Responded, At(2026, 3, 30, 9)));

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, SlaEventLog.Start(Created));
    }

    private static IEnumerable<SlaEvent> Parse(string events) =>
        events.Split(", ").Select(e => e.Split(' ')).Select(parts => new SlaEvent(
            parts[0] switch
            {
                "paused" => SlaEventKind.Paused,
                "resumed" => SlaEventKind.Resumed,
                "responded" => SlaEventKind.Responded,
                "on" => SlaEventKind.OnSite,
                _ => SlaEventKind.Resolved,
            },
            At(2026, 3, 30, int.Parse(parts[^1][..2]))));
}
