using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static OutSmart.Domain.Timesheets.Tests.Export.ExportTestData;

namespace OutSmart.Domain.Timesheets.Tests.Export;

public sealed class PayrollExportProperties
{
    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 60)]
    public void ExportAsync_ExportingTwiceEqualsExportingOnce(ExportScenario scenario)
    {
        var once = Run(scenario, times: 1);
        var twice = Run(scenario, times: 2);

        Assert.Equal(once.Entries, twice.Entries);
        Assert.Equal(once.Batches, twice.Batches);
        var approvedInWeek = scenario.Entries.Count(e => e.Status == TimesheetEntryStatus.Approved && Week47.Contains(e.Date));
        Assert.Equal(approvedInWeek, once.Batches.Sum(b => b.Entries.Length));
        Assert.All(once.Entries.Where(e => scenario.Entries.Single(s => s.Id == e.Id).Status != TimesheetEntryStatus.Approved || !Week47.Contains(e.Content.Date)),
            e => Assert.Equal(scenario.Entries.Single(s => s.Id == e.Id).ToSnapshot().WithVersion(e.Version), e));
    }

    private static (List<TimesheetEntrySnapshot> Entries, List<ExportBatch> Batches) Run(ExportScenario scenario, int times)
    {
        var entries = new EntryStore(scenario.Entries.Select(e => TimesheetEntry.Rehydrate(e.ToSnapshot())));
        var batches = new BatchStore();
        var export = new PayrollExport(entries, batches, PayrollRates.None, KilometreAllowanceRates.Default);
        for (int i = 0; i < times; i++)
        {
            var id = new ExportBatchId(new Guid(i + 1, 0, 0, [9, 9, 9, 9, 9, 9, 9, 9]));
            var result = export.ExportAsync(id, Week47, Payroll, Now + Duration.FromMinutes(i), CancellationToken.None).GetAwaiter().GetResult();
            Assert.True(result.IsT0 || result.IsT1, $"Run {i + 1}: {result.Value}");
        }
        return ([.. entries.All.Select(e => e.ToSnapshot()).OrderBy(s => s.Id.Value)], [.. batches.All]);
    }
}

/// <summary>Entries of two employees over two weeks in every status.</summary>
public sealed record ExportScenario(IReadOnlyList<TimesheetEntry> Entries)
{
    public override string ToString() => string.Join("; ", Entries.Select(e => $"{e.Id.Value.ToString()[..8]} {e.Date} {e.Status}"));
}

public static class ExportArbitraries
{
    public static Arbitrary<ExportScenario> Scenario() =>
        Gen.ListOf(
                from status in Gen.Elements(Enum.GetValues<TimesheetEntryStatus>())
                from day in Gen.Choose(0, 13)
                from anna in Gen.Elements(true, false)
                select (Status: status, Day: day, Anna: anna))
            .Select(specs => new ExportScenario([.. specs.Select((s, i) => Entry(i + 1, s.Status, s.Anna ? Anna : Bram, Monday.PlusDays(s.Day)))]))
            .ToArbitrary();
}
