using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets.Tests.TestData;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests.Arbitraries;

/// <summary>FsCheck properties over the timesheet rules: the status machine, validation, bulk review and import.</summary>
public sealed class TimesheetProperties
{
    private static readonly Actor[] Actors = [Tech, Lead, Boss, Admin, Outsider];

    private static readonly HashSet<(TimesheetEntryStatus, TimesheetEntryStatus)> Allowed =
    [
        (TimesheetEntryStatus.Draft, TimesheetEntryStatus.Submitted),
        (TimesheetEntryStatus.Rejected, TimesheetEntryStatus.Submitted),
        (TimesheetEntryStatus.Submitted, TimesheetEntryStatus.Draft),
        (TimesheetEntryStatus.Submitted, TimesheetEntryStatus.Approved),
        (TimesheetEntryStatus.Submitted, TimesheetEntryStatus.Rejected),
        (TimesheetEntryStatus.Approved, TimesheetEntryStatus.Draft),
        (TimesheetEntryStatus.Approved, TimesheetEntryStatus.Exported),
    ];

    // Runs one command chosen by a byte; returns whether it succeeded.
    private static bool Apply(TimesheetEntry entry, byte command, byte who, Instant now)
    {
        Actor actor = Actors[who % Actors.Length];
        PeriodLocks locks = command % 17 == 16 ? Locked(entry.Date, entry.Date) : PeriodLocks.None;
        return (command % 8) switch
        {
            0 => entry.Submit(locks, actor, now).IsT0,
            1 => entry.Withdraw(locks, actor, now).IsT0,
            2 => entry.Approve(ApprovalPolicy.Default, Org, locks, actor, now).IsT0,
            3 => entry.Reject(Reason("No"), ApprovalPolicy.Default, Org, locks, actor, now).IsT0,
            4 => entry.Reopen(Reason("Again"), ApprovalPolicy.Default, Org, locks, actor, now).IsT0,
            5 => entry.Export(new ExportBatchId(Guid.Parse("b0000000-0000-0000-0000-000000000001")), actor, now).IsT0,
            6 => entry.Edit(WorkOn(Monday, 8, 9 + (who % 4)), entry.Links, "edited", TimesheetRules.Default, locks, actor, now).IsT0,
            _ => entry.Edit(WorkOn(Monday, 7, 12), entry.Links, "", TimesheetRules.Default, locks, actor, now).IsT0,
        };
    }

    [Property(MaxTest = 300)]
    public void AnyCommandSequence_NeverChangesApprovedOrExportedEntriesWithoutAnAuditedReopen((byte Command, byte Who)[] commands)
    {
        var entry = Draft(1);
        Instant now = Now;
        foreach (var (command, who) in commands)
        {
            now += Duration.FromMinutes(1);
            TimesheetEntrySnapshot before = entry.ToSnapshot();

            bool succeeded = Apply(entry, command, who, now);

            TimesheetEntrySnapshot after = entry.ToSnapshot();
            Assert.Equal(before.History, after.History.Take(before.History.Length));
            Assert.Equal(after, TimesheetEntry.Rehydrate(after).ToSnapshot());
            if (!succeeded)
            {
                Assert.Equal(before, after);
                continue;
            }
            if (before.Status == TimesheetEntryStatus.Exported)
            {
                Assert.Fail("An exported entry changed.");
            }
            if (before.Status == TimesheetEntryStatus.Approved && after.Status != TimesheetEntryStatus.Exported)
            {
                var line = after.History[^1];
                Assert.Equal((TimesheetEntryAction.Reopened, TimesheetEntryStatus.Draft, now), (line.Action, after.Status, line.At));
                Assert.False(string.IsNullOrWhiteSpace(line.Reason));
                Assert.NotEqual(Technician, line.Actor);
                Assert.Equal(before.Content, after.Content);
            }
            if (before.Status != after.Status)
            {
                Assert.Contains((before.Status, after.Status), Allowed);
            }
        }
    }

    [Property(MaxTest = 200)]
    public void Validate_FindsAnOverlapIffTwoIntervalsOverlap((byte Start, byte Length)[] raw)
    {
        // Intervals on Monday in 5-minute steps from 00:00, 5 minutes to 4 hours 15 minutes long.
        var intervals = raw.Take(12).Select(r => (Start: r.Start * 5, End: r.Start * 5 + 5 + (r.Length % 51) * 5)).ToList();
        var entries = intervals.Select((iv, i) => TimesheetEntry.Register(
            EntryId(1000 + i), TechnicianSettings,
            TimesheetEntryContent.Work(EntryTime.BetweenLocal(Monday.AtMidnight().PlusMinutes(iv.Start), Monday.AtMidnight().PlusMinutes(iv.End), Amsterdam)),
            EntryLinks.None, "", TimesheetRules.Default, PeriodLocks.None, Tech, Now).AsT0).ToList();
        bool expected = intervals.SelectMany((a, i) => intervals.Skip(i + 1).Select(b => a.Start < b.End && b.Start < a.End)).Any(x => x);

        var validation = TimesheetRules.Default.Validate(entries, Now);

        Assert.Equal(expected, validation.Errors.Any(e => e.Rule == TimesheetRule.Overlap));
        Assert.All(validation.Errors, e => Assert.Equal(TimesheetRule.Overlap, e.Rule));
    }

    [Property(MaxTest = 200)]
    public void ApproveAll_ReportsExactlyOneResultPerEntryInOrder((byte State, byte Who)[] raw)
    {
        var entries = raw.Take(30).Select((r, i) => (r.State % 4) switch
        {
            0 => Draft(i + 1, Monday, 8, 9),
            1 => Submitted(i + 1, Monday, 9, 10),
            2 => Approved(i + 1),
            _ => Submitted(i + 1, Monday, 8 + (i % 2), 10), // overlaps the others: refused by TS-05
        }).ToList();
        Actor actor = Actors[raw.Length == 0 ? 0 : raw[0].Who % Actors.Length];
        var before = entries.Select(e => e.Status).ToList();

        var result = TimesheetReview.ApproveAll(entries, [], TimesheetRules.Default, ApprovalPolicy.Default, Org, PeriodLocks.None, actor, Now);

        Assert.Equal(entries.Select(e => e.Id), result.Reviews.Select(r => r.EntryId));
        Assert.All(result.Reviews, r => Assert.Equal(r.Outcome == ReviewOutcome.Refused, r.Refusal is not null));
        for (int i = 0; i < entries.Count; i++)
        {
            bool approvedNow = before[i] == TimesheetEntryStatus.Submitted && entries[i].Status == TimesheetEntryStatus.Approved;
            Assert.Equal(result.Reviews[i].Outcome == ReviewOutcome.Approved, approvedNow);
            Assert.True(approvedNow || entries[i].Status == before[i], "A refused entry does not change.");
        }
        Assert.Equal(entries.Count, result.DoneCount + result.RefusedCount);
    }

    [Property(MaxTest = 100)]
    public async Task ImportFromWorkOrder_WhenRepeated_KeepsOneEntryPerKey(byte[] hours)
    {
        var store = new FakeTimesheetStore();
        await store.SaveAsync(TechnicianSettings, CancellationToken.None);
        var commands = store.Commands();
        int i = 0;
        foreach (byte h in hours.Take(10))
        {
            int startHour = h % 2 == 0 ? 5 : 11; // line A in the morning, line B in the afternoon: they never overlap
            var command = ImportFromWorkOrder.Create(
                EntryId(++i), WorkOrder, h % 2 == 0 ? "line-A" : "line-B", Technician, TimesheetEntryKind.Work,
                Instant.FromUtc(2026, 11, 16, startHour, 0), Instant.FromUtc(2026, 11, 16, startHour + 1 + (h % 5), 0));
            await commands.ImportFromWorkOrderAsync(command, Importer, Now, CancellationToken.None);
        }

        int keys = hours.Take(10).Select(h => h % 2).Distinct().Count();

        Assert.Equal(keys, store.EntryCount);
    }
}
