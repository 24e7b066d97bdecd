using System.Collections.Immutable;
using OutSmart.Domain.Abstractions;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests.Entries;

public sealed partial class TimesheetEntryTests
{
    [Fact]
    public void Rehydrate_WhenSnapshotOfAnExportedEntry_RoundTrips()
    {
        var entry = Exported(1);
        var snapshot = entry.ToSnapshot();

        var copy = TimesheetEntry.Rehydrate(snapshot);

        Assert.Equal(snapshot, copy.ToSnapshot());
        Assert.Empty(copy.DomainEvents);
    }

    [Fact]
    public void Rehydrate_WhenExportedWithoutBatch_Throws()
    {
        var s = Exported(1).ToSnapshot();
        var broken = new TimesheetEntrySnapshot(s.Id, s.Version, s.EmployeeId, s.Zone, s.Content, s.Links, s.Description, s.ImportKey, s.Status, null, s.CreatedAt, s.CreatedBy, s.History);

        Assert.Throws<ArgumentException>(() => TimesheetEntry.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenStatusDoesNotMatchTheHistory_Throws()
    {
        var s = Draft(1).ToSnapshot();
        var broken = new TimesheetEntrySnapshot(s.Id, s.Version, s.EmployeeId, s.Zone, s.Content, s.Links, s.Description, s.ImportKey, TimesheetEntryStatus.Approved, null, s.CreatedAt, s.CreatedBy, s.History);

        Assert.Throws<ArgumentException>(() => TimesheetEntry.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenHistoryIsDefault_Throws()
    {
        var s = Draft(1).ToSnapshot();
        var broken = new TimesheetEntrySnapshot(s.Id, s.Version, s.EmployeeId, s.Zone, s.Content, s.Links, s.Description, s.ImportKey, s.Status, null, s.CreatedAt, s.CreatedBy, default(ImmutableArray<TimesheetEntryHistoryEntry>));

        Assert.Throws<ArgumentException>(() => TimesheetEntry.Rehydrate(broken));
    }

    [Fact]
    public void MarkSaved_WhenVersionSkips_Throws()
    {
        var entry = Draft(1);

        Assert.Throws<ArgumentException>(() => entry.MarkSaved(AggregateVersion.From(2)));
    }
}
