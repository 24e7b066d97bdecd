using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace OutSmart.Domain.Timesheets.Csv.Tests;

public sealed class PayrollCsvProperties
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    [Property(Arbitrary = [typeof(CsvArbitraries)], MaxTest = 500)]
    public void Write_ForAnyText_ReadsBackAsTheTextNeutralisedOnlyWhenItStartsLikeAFormula(CsvText text)
    {
        string description = text.Value;

        string cell = Rfc4180.Parse(PayrollCsvWriter.Write([PayrollRows.Complete().WithDescription(description)]))[1][16];

        bool startsLikeFormula = description.Length > 0 && FormulaStarts.Contains(description[0]);
        Assert.Equal(startsLikeFormula ? "'" + description : description, cell);
        Assert.False(cell.Length > 0 && FormulaStarts.Contains(cell[0]), $"The cell {cell} would run as a formula.");
    }

    [Property(MaxTest = 300)]
    public void Write_ForAnyAmountInCents_ReadsBackAsTheSameNumber(long cents)
    {
        decimal amount = cents / 100m;

        var record = Rfc4180.Parse(PayrollCsvWriter.Write([PayrollRows.Complete().WithAmounts(Money.FromEuros(amount), Money.FromEuros(-amount))]))[1];

        Assert.Equal(amount, decimal.Parse(record[11], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
        Assert.Equal(-amount, decimal.Parse(record[12], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
    }

    [Property(Arbitrary = [typeof(CsvArbitraries)], MaxTest = 100)]
    public void Write_ForAnyRows_WritesAHeaderAndOneRecordOfEveryColumnPerRow(CsvText[] descriptions)
    {
        var rows = descriptions.Select(d => PayrollRows.Complete().WithDescription(d.Value)).ToList();

        var records = Rfc4180.Parse(PayrollCsvWriter.Write(rows));

        Assert.Equal(rows.Count + 1, records.Count);
        Assert.All(records, r => Assert.Equal(PayrollCsvColumns.All.Length, r.Count));
    }
}

/// <summary>Text that is often hostile to CSV: formula starts, separators, quotes and line breaks mixed with letters.</summary>
public static class CsvArbitraries
{
    public static Arbitrary<CsvText> Text()
    {
        var hostile = Gen.Elements('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', ' ', 'a', 'Z', '5', '.', 'é', '€');
        return Gen.Frequency(
                (3, Gen.ArrayOf(hostile).Select(cs => new string(cs))),
                (1, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)))
            .Select(s => new CsvText(s))
            .ToArbitrary();
    }
}

/// <summary>A cell's text for the CSV properties.</summary>
public sealed record CsvText(string Value)
{
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Value);
}
