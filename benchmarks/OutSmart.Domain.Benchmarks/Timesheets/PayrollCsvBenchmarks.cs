using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Benchmarks.Scheduling;
using OutSmart.Domain.Timesheets;
using OutSmart.Domain.Timesheets.Csv;

namespace OutSmart.Domain.Benchmarks.Timesheets;

/// <summary>
/// Writing the payroll CSV of 100,000 entries of 500 employees (one week): the CsvHelper writer beside a hand-written
/// floor that formats, neutralises and quotes the same cells into a <see cref="StreamWriter"/> with no library.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerUnitConfig<PayrollCsvBenchmarks>))]
public class PayrollCsvBenchmarks : IUnitCounted
{
    public const int EntryCount = 100_000;

    private static readonly PayrollRow[] Rows = TimesheetFixture.PayrollRows(EntryCount);

    public static string UnitName => "entry";

    public static int UnitsPerOperation(BenchmarkCase benchmarkCase) => EntryCount;

    /// <summary>The floor: the same bytes written by hand.</summary>
    [Benchmark(Baseline = true)]
    public long HandWrittenCsv()
    {
        using var stream = new CountingStream();
        using (var writer = new StreamWriter(stream, PayrollCsvWriter.Encoding, 65536, leaveOpen: true))
        {
            writer.Write(string.Join(',', PayrollCsvColumns.All));
            writer.Write("\r\n");
            foreach (var row in Rows)
            {
                writer.Write(row.Batch.Value.ToString("D"));
                writer.Write(',');
                writer.Write(row.Entry.Value.ToString("D"));
                writer.Write(',');
                writer.Write(row.Employee.Value.ToString("D"));
                writer.Write(',');
                writer.Write(row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.Write(',');
                Text(writer, row.HourType);
                writer.Write(',');
                writer.Write(row.Minutes.ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(row.Hours.ToString("0.00", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(row.Kilometres.ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(row.KilometreAllowance.Amount.ToString("0.00", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(row.Expense.Amount.ToString("0.00", CultureInfo.InvariantCulture));
                writer.Write(',');
                Text(writer, row.ExpenseCategory);
                writer.Write(',');
                writer.Write(row.Cost.Amount.ToString("0.00", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(row.Revenue.Amount.ToString("0.00", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(row.WorkOrder?.Value.ToString("D"));
                writer.Write(',');
                writer.Write(row.Project?.Value.ToString("D"));
                writer.Write(',');
                writer.Write(row.Customer?.Value.ToString("D"));
                writer.Write(',');
                Text(writer, row.Description);
                writer.Write("\r\n");
            }
        }
        return stream.Length;
    }

    /// <summary>The package: <see cref="PayrollCsvWriter.WriteAsync"/> with CsvHelper.</summary>
    [Benchmark]
    public long CsvHelperWriter()
    {
        using var stream = new CountingStream();
        PayrollCsvWriter.WriteAsync(Rows, stream, CancellationToken.None).GetAwaiter().GetResult();
        return stream.Length;
    }

    private static void Text(StreamWriter writer, string text)
    {
        bool formula = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        bool quote = formula || text.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (!quote)
        {
            writer.Write(text);
            return;
        }
        writer.Write('"');
        if (formula)
        {
            writer.Write('\'');
        }
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <summary>A write-only stream that counts bytes, so the benchmark measures formatting, not memory copies.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }
    }
}
