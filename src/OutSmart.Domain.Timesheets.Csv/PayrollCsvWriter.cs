using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using CsvHelper;
using NodaTime.Text;

namespace OutSmart.Domain.Timesheets.Csv;

/// <summary>Writes payroll rows as CSV with CsvHelper: RFC 4180, UTF-8, invariant culture, formula injection neutralised.</summary>
/// <remarks>
/// <para>
/// The output starts with a header of <see cref="PayrollCsvColumns.All"/>, then one record per row in the order given.
/// Records end with CRLF; a field is enclosed in double quotes when it contains a comma, a quote, CR or LF, and quotes
/// inside it are doubled (RFC 4180). Bytes are UTF-8 without a byte order mark. Numbers use the invariant culture.
/// </para>
/// <para>
/// A text cell that a spreadsheet would execute as a formula, one starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab or carriage return, gets a leading apostrophe (<c>'</c>), which spreadsheets show as "this is text", and is
/// quoted. Numeric cells are written as numbers and never neutralised, so a negative amount such as <c>-12.50</c> stays a
/// number.
/// </para>
/// <para>The writer keeps no state and is thread-safe.</para>
/// </remarks>
public static class PayrollCsvWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        InjectionCharacters = "=+-@\t\r",
        NewLine = "\r\n",
        WriteByteOrderMark = false,
    };

    private static readonly string[] Header = [.. PayrollCsvColumns.All];

    /// <summary>Writes the rows as UTF-8 CSV to a stream.</summary>
    /// <param name="rows">The rows, enumerated once; may be empty (only the header is written).</param>
    /// <param name="destination">The stream, written from its current position and left open.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when every row has been written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/>, <paramref name="destination"/> or a row is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static async Task WriteAsync(IEnumerable<PayrollRow> rows, Stream destination, CancellationToken cancellationToken)
    {
        Guard.Against.Null(rows);
        Guard.Against.Null(destination);
        // A plain finally (no await in it) keeps the async state machine free of ExceptionDispatchInfo, a type outside
        // this package's allowed namespaces; everything is flushed asynchronously before it runs.
        var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        try
        {
            csv.WriteHeader(Header);
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteRow(csv, Guard.Against.Null(row));
                await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            }
            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            csv.Dispose();
        }
    }

    /// <summary>Writes the rows as CSV text.</summary>
    /// <param name="rows">The rows, enumerated once; may be empty (only the header is written).</param>
    /// <returns>The CSV text, the same characters <see cref="WriteAsync"/> encodes as UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or a row is null.</exception>
    public static string Write(IEnumerable<PayrollRow> rows)
    {
        Guard.Against.Null(rows);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var row in rows)
            {
                WriteRow(csv, Guard.Against.Null(row));
                csv.EndRecord();
            }
            csv.Flush();
        }
        return text.ToString();
    }

    /// <summary>Gets the encoding of <see cref="WriteAsync"/>: UTF-8 without a byte order mark.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static void WriteRow(CsvWriter csv, PayrollRow row)
    {
        csv.WriteField(row.Batch.Value, "D");
        csv.WriteField(row.Entry.Value, "D");
        csv.WriteField(row.Employee.Value, "D");
        csv.WriteField(LocalDatePattern.Iso.Format(row.Date));
        csv.WriteField(row.HourType);
        csv.WriteField(row.Minutes, string.Empty);
        csv.WriteField(row.Hours, "0.00");
        csv.WriteField(row.Kilometres, string.Empty);
        csv.WriteField(row.KilometreAllowance.Amount, "0.00");
        csv.WriteField(row.Expense.Amount, "0.00");
        csv.WriteField(row.ExpenseCategory);
        csv.WriteField(row.Cost.Amount, "0.00");
        csv.WriteField(row.Revenue.Amount, "0.00");
        csv.WriteField(row.WorkOrder?.Value, "D");
        csv.WriteField(row.Project?.Value, "D");
        csv.WriteField(row.Customer?.Value, "D");
        csv.WriteField(row.Description);
    }
}
