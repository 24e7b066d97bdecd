using NodaTime;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests.Periods;

public sealed class TimesheetPeriodTests
{
    private static readonly TimesheetPeriodId Id = new(Guid.Parse("c0000000-0000-0000-0000-000000000001"));
    private static readonly DateInterval Week = new(Monday, Monday.PlusDays(6));

    [Fact]
    public void Close_WhenAdmin_LocksItsDaysAndAudits()
    {
        var period = TimesheetPeriod.Open(Id, Week);

        var result = period.Close(Admin, Now);

        Assert.True(result.IsT0);
        Assert.True(PeriodLocks.From([period]).IsLocked(Monday.PlusDays(3)));
        Assert.False(PeriodLocks.From([period]).IsLocked(Monday.PlusDays(7)));
        var line = Assert.Single(period.History);
        Assert.Equal((true, AdminId, Now), (line.Closed, line.Actor, line.At));
        Assert.IsType<TimesheetPeriodClosed>(Assert.Single(period.DomainEvents));
    }

    [Fact]
    public void Close_WhenActorHasNoPermission_ReturnsTimesheetPeriodOverrideRequired()
    {
        var period = TimesheetPeriod.Open(Id, Week);

        var result = period.Close(Lead, Now);

        Assert.Equal("TS_PERIOD_OVERRIDE_REQUIRED", Assert.IsType<TimesheetPeriodOverrideRequired>(result.Value).Code);
        Assert.False(period.IsClosed);
    }

    [Fact]
    public void Close_WhenAlreadyClosed_ReturnsTimesheetPeriodTransitionInvalid()
    {
        var period = TimesheetPeriod.Open(Id, Week);
        period.Close(Admin, Now);

        var result = period.Close(Admin, Now);

        Assert.Equal("TS_PERIOD_TRANSITION_INVALID", Assert.IsType<TimesheetPeriodTransitionInvalid>(result.Value).Code);
    }

    [Fact]
    public void Reopen_WhenOverrideRoleAndReason_UnlocksAndAuditsTheReason()
    {
        var period = TimesheetPeriod.Open(Id, Week);
        period.Close(Admin, Now);

        var result = period.Reopen(Reason("Payroll correction"), Admin, Now + Duration.FromHours(1));

        Assert.True(result.IsT0);
        Assert.False(period.IsClosed);
        Assert.Equal("Payroll correction", period.History[^1].Reason);
    }

    [Fact]
    public void Reopen_WhenActorLacksTheOverrideRole_ReturnsTimesheetPeriodOverrideRequired()
    {
        var period = TimesheetPeriod.Open(Id, Week);
        period.Close(Admin, Now);
        var adminWithoutOverride = OutSmart.Domain.Abstractions.Actor.Create(AdminId, OutSmart.Domain.Abstractions.ActorChannel.BackOffice, TimesheetPermissions.Admin);

        var result = period.Reopen(Reason("Because"), adminWithoutOverride, Now);

        Assert.Equal(TimesheetPermissions.OverrideLock, Assert.IsType<TimesheetPeriodOverrideRequired>(result.Value).Permission);
        Assert.True(period.IsClosed);
    }

    [Fact]
    public void Rehydrate_WhenClosedFlagContradictsTheHistory_Throws()
    {
        var s = TimesheetPeriod.Open(Id, Week).ToSnapshot();

        Assert.Throws<ArgumentException>(() => TimesheetPeriod.Rehydrate(new TimesheetPeriodSnapshot(s.Id, s.Version, s.Days, true, s.History)));
    }

    [Fact]
    public void Rehydrate_WhenSnapshotOfAReopenedPeriod_RoundTrips()
    {
        var period = TimesheetPeriod.Open(Id, Week);
        period.Close(Admin, Now);
        period.Reopen(Reason("Fix"), Admin, Now);

        var copy = TimesheetPeriod.Rehydrate(period.ToSnapshot());

        Assert.Equal(period.ToSnapshot(), copy.ToSnapshot());
    }
}
