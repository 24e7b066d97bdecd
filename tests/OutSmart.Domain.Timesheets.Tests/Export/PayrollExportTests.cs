using NodaTime;
using OutSmart.Domain.Abstractions;
using static OutSmart.Domain.Timesheets.Tests.Export.ExportTestData;

namespace OutSmart.Domain.Timesheets.Tests.Export;

public sealed class PayrollExportTests
{
    private static readonly RateSnapshot WorkRate = RateSnapshot.Create("WORK", Money.FromEuros(60m), Money.FromEuros(35m), 1m).AsT0;

    private static (PayrollExport Export, EntryStore Entries, BatchStore Batches) Setup(params TimesheetEntry[] entries)
    {
        var store = new EntryStore(entries);
        var batches = new BatchStore();
        var rates = PayrollRates.None.WithRate(TimesheetEntryKind.Work, WorkRate);
        return (new PayrollExport(store, batches, rates, KilometreAllowanceRates.Default), store, batches);
    }

    [Fact]
    public async Task ExportAsync_WhenEntriesAreApproved_MarksOnlyThoseExportedInTheBatchAndReturnsTheirRows()
    {
        var (export, entries, batches) = Setup(
            Entry(1, TimesheetEntryStatus.Approved),
            Entry(2, TimesheetEntryStatus.Submitted),
            Entry(3, TimesheetEntryStatus.Draft),
            Entry(4, TimesheetEntryStatus.Rejected),
            Entry(5, TimesheetEntryStatus.Approved, Bram, Monday.PlusDays(1)),
            Entry(6, TimesheetEntryStatus.Approved, date: Monday.PlusDays(7)));

        var result = (await export.ExportAsync(FirstBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken)).AsT0;

        Assert.Equal([EntryId(1), EntryId(5)], result.Rows.Select(r => r.Entry));
        Assert.All(result.Rows, r => Assert.Equal(FirstBatch, r.Batch));
        Assert.Equal(ExportBatch.Record(FirstBatch, Week47, [EntryId(1), EntryId(5)], Payroll, Now), Assert.Single(batches.All));
        var stored = entries.All.ToDictionary(e => e.Id);
        Assert.Equal(TimesheetEntryStatus.Exported, stored[EntryId(1)].Status);
        Assert.Equal(FirstBatch, stored[EntryId(1)].ExportBatch);
        Assert.Equal(TimesheetEntryStatus.Exported, stored[EntryId(5)].Status);
        Assert.Equal(TimesheetEntryStatus.Approved, stored[EntryId(6)].Status);
        Assert.Equal(TimesheetEntryStatus.Submitted, stored[EntryId(2)].Status);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public async Task ExportAsync_WhenMoreEntriesThanOneSaveBatch_SavesThemInBatchesOfSaveBatchSize()
    {
        int count = (2 * PayrollExport.SaveBatchSize) + 1;
        var (export, entries, batches) = Setup([.. Enumerable.Range(1, count).Select(n => Entry(n, TimesheetEntryStatus.Approved))]);

        var result = (await export.ExportAsync(FirstBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken)).AsT0;

        Assert.Equal(3, entries.SaveManyCalls);
        Assert.Equal(count, result.Rows.Length);
        Assert.All(entries.All, e => Assert.Equal(TimesheetEntryStatus.Exported, e.Status));
        Assert.Equal(count, Assert.Single(batches.All).Entries.Length);
    }

    [Fact]
    public async Task ExportAsync_WhenRunTwice_ExportsNothingTheSecondTimeAndSaysSo()
    {
        var (export, entries, batches) = Setup(Entry(1, TimesheetEntryStatus.Approved));
        await export.ExportAsync(FirstBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken);
        var afterFirst = entries.All.Select(e => e.ToSnapshot()).ToList();

        var second = await export.ExportAsync(SecondBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken);

        Assert.Equal(new NothingToExport(Week47), second.AsT1);
        Assert.Equal("TS_NOTHING_TO_EXPORT", second.AsT1.Code);
        Assert.Equal(afterFirst, entries.All.Select(e => e.ToSnapshot()));
        Assert.Single(batches.All);
    }

    [Fact]
    public async Task ExportAsync_WhenAnEntryIsApprovedAfterAnExport_PutsOnlyItInTheNextBatch()
    {
        var (export, _, _) = Setup(Entry(1, TimesheetEntryStatus.Approved));
        await export.ExportAsync(FirstBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken);
        var (later, _, _) = Setup(Entry(1, TimesheetEntryStatus.Exported), Entry(2, TimesheetEntryStatus.Approved));

        var result = (await later.ExportAsync(SecondBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken)).AsT0;

        Assert.Equal([EntryId(2)], result.Batch.Entries);
    }

    [Fact]
    public async Task ExportAsync_WhenTheActorIsNotPayrollOrAdmin_RefusesAndChangesNothing()
    {
        var (export, entries, batches) = Setup(Entry(1, TimesheetEntryStatus.Approved));

        var result = await export.ExportAsync(FirstBatch, Week47, TeamLead, Now, TestContext.Current.CancellationToken);

        Assert.Equal(new ExportNotAllowed(Lead), result.AsT2);
        Assert.Equal(TimesheetEntryStatus.Approved, Assert.Single(entries.All).Status);
        Assert.Empty(batches.All);
    }

    [Fact]
    public async Task ExportAsync_WhenTheActorIsAnAdmin_Exports()
    {
        var (export, _, _) = Setup(Entry(1, TimesheetEntryStatus.Approved));
        var admin = Actor.Create(Lead, ActorChannel.BackOffice, TimesheetPermissions.Admin);

        Assert.True((await export.ExportAsync(FirstBatch, Week47, admin, Now, TestContext.Current.CancellationToken)).IsT0);
    }

    [Fact]
    public async Task ExportAsync_WhenTheBatchIdIsTaken_ReturnsAConflictAndMarksNothing()
    {
        var (export, entries, _) = Setup(Entry(1, TimesheetEntryStatus.Approved), Entry(2, TimesheetEntryStatus.Approved, date: Monday.PlusDays(8)));
        await export.ExportAsync(FirstBatch, new DateInterval(Monday.PlusDays(7), Monday.PlusDays(13)), Payroll, Now, TestContext.Current.CancellationToken);

        var result = await export.ExportAsync(FirstBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken);

        Assert.True(result.IsT3);
        Assert.Equal(TimesheetEntryStatus.Approved, entries.All.Single(e => e.Id == EntryId(1)).Status);
    }

    [Fact]
    public async Task ExportAsync_WhenAnEntryChangedMeanwhile_SkipsAndReportsItWithoutExportingIt()
    {
        var (export, entries, _) = Setup(Entry(1, TimesheetEntryStatus.Approved), Entry(2, TimesheetEntryStatus.Approved));
        entries.LoseRaceOn = EntryId(2);

        var result = (await export.ExportAsync(FirstBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken)).AsT0;

        Assert.Equal([EntryId(1)], result.Batch.Entries);
        Assert.Equal([EntryId(2)], result.Skipped);
        Assert.Equal(TimesheetEntryStatus.Approved, entries.All.Single(e => e.Id == EntryId(2)).Status);
    }

    [Fact]
    public async Task ExportAsync_PricesWorkAtTheRateAndRoundsPerLine()
    {
        var (export, _, _) = Setup(Entry(1, TimesheetEntryStatus.Approved));

        var row = Assert.Single((await export.ExportAsync(FirstBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken)).AsT0.Rows);

        Assert.Equal("WORK", row.HourType);
        Assert.Equal(270, row.Minutes);
        Assert.Equal(4.5m, row.Hours);
        Assert.Equal(Money.FromEuros(157.50m), row.Cost);
        Assert.Equal(Money.FromEuros(270.00m), row.Revenue);
        Assert.Equal("Boiler service", row.Description);
    }

    [Fact]
    public async Task ExportAsync_WritesKilometresWithTheAllowanceOfTheYearAndExpensesWithTheirCategory()
    {
        var (export, _, _) = Setup(
            Entry(1, TimesheetEntryStatus.Approved, content: TimesheetEntryContent.ForKilometres(Monday, KilometreClaim.Create(42.5m, "van", "Utrecht–Zeist"))),
            Entry(2, TimesheetEntryStatus.Approved, content: TimesheetEntryContent.ForExpense(Monday, ExpenseClaim.Create(Money.FromEuros(12.95m), "parking"))));

        var rows = (await export.ExportAsync(FirstBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken)).AsT0.Rows;

        Assert.Equal(42.5m, rows[0].Kilometres);
        Assert.Equal(Money.FromEuros(9.78m), rows[0].KilometreAllowance);
        Assert.Equal(0, rows[0].Minutes);
        Assert.Equal(Money.FromEuros(12.95m), rows[1].Expense);
        Assert.Equal("parking", rows[1].ExpenseCategory);
    }

    [Fact]
    public async Task ReExportAsync_WhenAsked_ReturnsTheSameRowsRecordsANewBatchAndChangesNoEntry()
    {
        var (export, entries, batches) = Setup(Entry(1, TimesheetEntryStatus.Approved), Entry(2, TimesheetEntryStatus.Approved, Bram));
        var first = (await export.ExportAsync(FirstBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken)).AsT0;
        var afterFirst = entries.All.Select(e => e.ToSnapshot()).ToList();

        var again = (await export.ReExportAsync(SecondBatch, FirstBatch, Payroll, Now + Duration.FromDays(1), TestContext.Current.CancellationToken)).AsT0;

        Assert.Equal(first.Rows, again.Rows);
        Assert.Equal(FirstBatch, again.Batch.ReExportOf);
        Assert.Equal(FirstBatch, again.Batch.RowBatch);
        Assert.Equal(first.Batch.Entries, again.Batch.Entries);
        Assert.Equal(afterFirst, entries.All.Select(e => e.ToSnapshot()));
        Assert.Equal(2, batches.All.Count);
    }

    [Fact]
    public async Task ReExportAsync_OfAReExport_StillCarriesTheFirstBatchId()
    {
        var (export, _, _) = Setup(Entry(1, TimesheetEntryStatus.Approved));
        await export.ExportAsync(FirstBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken);
        await export.ReExportAsync(SecondBatch, FirstBatch, Payroll, Now, TestContext.Current.CancellationToken);

        var third = (await export.ReExportAsync(ThirdBatch, SecondBatch, Payroll, Now, TestContext.Current.CancellationToken)).AsT0;

        Assert.Equal(FirstBatch, third.Batch.ReExportOf);
        Assert.Equal(FirstBatch, Assert.Single(third.Rows).Batch);
    }

    [Fact]
    public async Task ReExportAsync_WhenTheBatchDoesNotExist_ReturnsExportBatchNotFound()
    {
        var (export, _, _) = Setup();

        var result = await export.ReExportAsync(SecondBatch, FirstBatch, Payroll, Now, TestContext.Current.CancellationToken);

        Assert.Equal(new ExportBatchNotFound(FirstBatch), result.AsT1);
    }

    [Fact]
    public async Task ReExportAsync_WhenTheActorIsNotPayroll_Refuses()
    {
        var (export, _, _) = Setup(Entry(1, TimesheetEntryStatus.Approved));
        await export.ExportAsync(FirstBatch, Week47, Payroll, Now, TestContext.Current.CancellationToken);

        Assert.Equal(new ExportNotAllowed(Anna), (await export.ReExportAsync(SecondBatch, FirstBatch, Technician, Now, TestContext.Current.CancellationToken)).AsT2);
    }
}
