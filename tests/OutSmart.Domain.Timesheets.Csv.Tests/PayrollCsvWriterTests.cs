using System.Globalization;
using System.Text;

namespace OutSmart.Domain.Timesheets.Csv.Tests;

public sealed class PayrollCsvWriterTests
{
    private const string Header =
        "batch_id,entry_id,employee_id,date,hour_type,minutes,hours,kilometres,km_allowance,expense,expense_category,"
        + "cost,revenue,work_order_id,project_id,customer_id,description\r\n";

    [Fact]
    public void Write_WhenThereAreNoRows_WritesOnlyTheHeader()
    {
        Assert.Equal(Header, PayrollCsvWriter.Write([]));
    }

    [Fact]
    public void Write_WhenARowIsComplete_WritesEveryColumnInTheDocumentedOrder()
    {
        string csv = PayrollCsvWriter.Write([PayrollRows.Complete()]);

        Assert.Equal(
            Header
            + "0b000000-0000-0000-0000-000000000001,0e000000-0000-0000-0000-000000000002,0a000000-0000-0000-0000-000000000003,"
            + "2026-11-16,evening,75,1.25,42.5,9.78,12.95,parking,56.25,93.75,"
            + "0d000000-0000-0000-0000-000000000004,0f000000-0000-0000-0000-000000000005,0c000000-0000-0000-0000-000000000006,"
            + "\"Boiler service, Kerkstraat 1\"\r\n",
            csv);
    }

    [Fact]
    public void Write_WhenARowHasNoLinksOrExpense_WritesEmptyCellsAndZeroAmounts()
    {
        string csv = PayrollCsvWriter.Write([PayrollRows.Bare().WithHours("work", 480)]);

        var record = Rfc4180.Parse(csv)[1];
        Assert.Equal(["work", "480", "8.00", "0", "0.00", "0.00", "", "0.00", "0.00", "", "", "", ""], record.Skip(4));
    }

    [Fact]
    public void Write_WhenTheCurrentCultureUsesADecimalComma_StillWritesTheInvariantCulture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            string csv = PayrollCsvWriter.Write([PayrollRows.Complete().WithAmounts(Money.FromEuros(1234.5m), Money.FromEuros(-0.25m))]);

            var record = Rfc4180.Parse(csv)[1];
            Assert.Equal("1234.50", record[11]);
            Assert.Equal("-0.25", record[12]);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+31 6 1234")]
    [InlineData("-1+2")]
    [InlineData("-5")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void Write_WhenATextCellStartsWithAFormulaCharacter_PrefixesAnApostrophe(string description)
    {
        string csv = PayrollCsvWriter.Write([PayrollRows.Complete().WithDescription(description)]);

        Assert.Equal("'" + description, Rfc4180.Parse(csv)[1][16]);
    }

    [Fact]
    public void Write_WhenAHourTypeOrCategoryStartsWithAFormulaCharacter_NeutralisesThemToo()
    {
        string csv = PayrollCsvWriter.Write([PayrollRows.Complete().WithHours("=evil", 60).WithExpense(Money.FromEuros(1m), "@cat")]);

        var record = Rfc4180.Parse(csv)[1];
        Assert.Equal("'=evil", record[4]);
        Assert.Equal("'@cat", record[10]);
    }

    [Fact]
    public void Write_WhenAnAmountIsNegative_WritesItAsAPlainNumber()
    {
        string csv = PayrollCsvWriter.Write([PayrollRows.Complete().WithExpense(Money.FromEuros(-12.5m), "refund").WithAmounts(Money.FromEuros(-3m), Money.FromEuros(-4.05m))]);

        var record = Rfc4180.Parse(csv)[1];
        Assert.Equal(["-12.50", "refund", "-3.00", "-4.05"], record[9..13]);
        Assert.DoesNotContain("'-", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WhenADescriptionHoldsQuotesAndLineBreaks_QuotesTheFieldAndDoublesTheQuotes()
    {
        string csv = PayrollCsvWriter.Write([PayrollRows.Complete().WithDescription("Said \"ok\"\nthen left")]);

        Assert.EndsWith(",\"Said \"\"ok\"\"\nthen left\"\r\n", csv, StringComparison.Ordinal);
        Assert.Equal("Said \"ok\"\nthen left", Rfc4180.Parse(csv)[1][16]);
    }

    [Fact]
    public async Task WriteAsync_WritesTheSameTextAsUtf8WithoutAByteOrderMark()
    {
        var rows = new[] { PayrollRows.Complete().WithDescription("Café, €5 — ok") };
        using var stream = new MemoryStream();

        await PayrollCsvWriter.WriteAsync(rows, stream, TestContext.Current.CancellationToken);

        byte[] bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(PayrollCsvWriter.Write(rows), Encoding.UTF8.GetString(bytes));
        Assert.Equal(PayrollCsvWriter.Encoding.GetBytes(PayrollCsvWriter.Write(rows)), bytes);
    }

    [Fact]
    public async Task WriteAsync_LeavesTheStreamOpen()
    {
        using var stream = new MemoryStream();

        await PayrollCsvWriter.WriteAsync([], stream, TestContext.Current.CancellationToken);

        Assert.True(stream.CanWrite);
        Assert.Equal(Header.Length, stream.Length);
    }

    [Fact]
    public async Task WriteAsync_WhenCanceled_Throws()
    {
        using var stream = new MemoryStream();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PayrollCsvWriter.WriteAsync([PayrollRows.Complete()], stream, cancellation.Token));
    }

    [Fact]
    public void Columns_AreTheHeaderOfTheOutput()
    {
        Assert.Equal(PayrollCsvColumns.All, Rfc4180.Parse(PayrollCsvWriter.Write([]))[0]);
    }
}
