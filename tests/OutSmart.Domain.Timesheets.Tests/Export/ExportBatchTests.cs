using static OutSmart.Domain.Timesheets.Tests.Export.ExportTestData;

namespace OutSmart.Domain.Timesheets.Tests.Export;

public sealed class ExportBatchTests
{
    [Fact]
    public void Record_WhenNoEntries_Throws()
    {
        Assert.Throws<ArgumentException>(() => ExportBatch.Record(FirstBatch, Week47, [], Payroll, Now));
    }

    [Fact]
    public void Record_WhenAnEntryIsListedTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => ExportBatch.Record(FirstBatch, Week47, [EntryId(1), EntryId(1)], Payroll, Now));
    }

    [Fact]
    public void RecordReExport_WhenGivenTheOriginalsId_Throws()
    {
        var first = ExportBatch.Record(FirstBatch, Week47, [EntryId(1)], Payroll, Now);

        Assert.Throws<ArgumentException>(() => ExportBatch.RecordReExport(FirstBatch, first, Payroll, Now));
    }

    [Fact]
    public void Restore_WhenValid_EqualsTheRecordedBatch()
    {
        var first = ExportBatch.Record(FirstBatch, Week47, [EntryId(2), EntryId(1)], Payroll, Now);

        var restored = ExportBatch.Restore(first.Id, first.Period, first.Entries, first.ReExportOf, first.ExportedBy, first.ExportedAt);

        Assert.Equal(first, restored);
        Assert.Equal([EntryId(2), EntryId(1)], restored.Entries);
        Assert.Equal(FirstBatch, restored.RowBatch);
    }

    [Fact]
    public void PayrollRowFromEntry_WhenTheEntryIsNotExported_Throws()
    {
        Assert.Throws<ArgumentException>(() => PayrollRow.FromEntry(Entry(1, TimesheetEntryStatus.Approved), PayrollRates.None, KilometreAllowanceRates.Default));
    }

    [Fact]
    public void PayrollRowFromEntry_WithoutARate_UsesTheKindAsHourTypeAndNoAmounts()
    {
        var row = PayrollRow.FromEntry(Entry(1, TimesheetEntryStatus.Exported), PayrollRates.None, KilometreAllowanceRates.Default);

        Assert.Equal("WORK", row.HourType);
        Assert.Equal(270, row.Minutes);
        Assert.Equal(Money.Zero, row.Cost);
        Assert.Equal(FirstBatch, row.Batch);
    }
}

public sealed class PayrollRowFromEntryTests
{
    [Fact]
    public void FromEntry_WhenTheEntryHasItsOwnRateSnapshot_PricesAtItRatherThanTheExportRates()
    {
        var evening = HourType.Create("EVENING", "Evening", Money.FromEuros(60m), Money.FromEuros(40m)).AsT0.WithMultiplier(1.25m).AsT0;
        var day = ExportTestData.Monday;
        var content = TimesheetEntryContent.Work(EntryTime.BetweenLocal(day.At(new NodaTime.LocalTime(17, 0)), day.At(new NodaTime.LocalTime(18, 15)), ExportTestData.Amsterdam)).WithHourType(evening);
        var entry = ExportTestData.Entry(1, TimesheetEntryStatus.Exported, content: content);
        var exportRates = PayrollRates.None.WithRate(TimesheetEntryKind.Work, RateSnapshot.Create("WORK", Money.FromEuros(1m), Money.FromEuros(1m), 1m).AsT0);

        var row = PayrollRow.FromEntry(entry, exportRates, KilometreAllowanceRates.Default);

        Assert.Equal("EVENING", row.HourType);
        Assert.Equal(75, row.Minutes);
        Assert.Equal(Money.FromEuros(93.75m), row.Revenue);
        Assert.Equal(Money.FromEuros(62.50m), row.Cost);
    }
}
