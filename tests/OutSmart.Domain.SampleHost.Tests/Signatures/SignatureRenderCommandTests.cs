using System.Buffers.Binary;
using OutSmart.Domain.SampleHost.Signatures;
using OutSmart.Domain.SampleHost.Tests.TestData;
using OutSmart.Domain.WorkOrders.Rendering;

namespace OutSmart.Domain.SampleHost.Tests.Signatures;

public sealed class SignatureRenderCommandTests : IDisposable
{
    private static readonly string SampleSignature = Path.Combine(AppContext.BaseDirectory, "signatures", "signature.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("outsmart-signature-render-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Render_WhenTheSampleIsGiven_WritesAPngOfExactlyTheAskedSize()
    {
        string output = Path.Combine(_folder, "signature.png");

        int exitCode = Render(SampleSignature, output, width: 480, height: 120, out _, out string error);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        byte[] png = File.ReadAllBytes(output);
        Assert.Equal(480, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(120, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void Render_WhenTheInkIsADot_WritesNoFileAndReportsTheCodeOnStandardError()
    {
        string input = Path.Combine(_folder, "dot.json");
        File.WriteAllText(input, """[{"points":[{"x":10,"y":20,"time":1700000000000,"pressure":0}]}]""");
        string output = Path.Combine(_folder, "dot.png");

        int exitCode = Render(input, output, width: 600, height: 200, out string standardOutput, out string error);

        Assert.Equal(ExitCodes.Refused, exitCode);
        Assert.False(File.Exists(output));
        Assert.StartsWith("SIGNATURE_TOO_SIMPLE: ", error);
        Assert.Equal("", standardOutput);
    }

    [Theory]
    [InlineData("this is not json", "SIGNATURE_")]
    [InlineData("[{\"points\":[{\"x\":\"NaN\",\"y\":1,\"time\":1}]}]", "SIGNATURE_")]
    public void Render_WhenTheInputIsMalformed_WritesNoFileAndExitsNonZero(string json, string codePrefix)
    {
        string input = Path.Combine(_folder, "bad.json");
        File.WriteAllText(input, json);
        string output = Path.Combine(_folder, "bad.png");

        int exitCode = Render(input, output, width: 600, height: 200, out _, out string error);

        Assert.Equal(ExitCodes.Refused, exitCode);
        Assert.False(File.Exists(output));
        Assert.StartsWith(codePrefix, error);
    }

    [Fact]
    public void Render_WhenTheSizeIsZero_WritesNoFileAndReportsOutputSizeInvalid()
    {
        string output = Path.Combine(_folder, "zero.png");

        int exitCode = Render(SampleSignature, output, width: 0, height: 200, out _, out string error);

        Assert.Equal(ExitCodes.Refused, exitCode);
        Assert.False(File.Exists(output));
        Assert.StartsWith("OUTPUT_SIZE_INVALID: ", error);
    }

    [Fact]
    public void Render_WhenTheInputFileIsFarOverTheLimit_RefusesItBeforeReadingIt()
    {
        string input = Path.Combine(_folder, "huge.json");
        using (var sparse = new FileStream(input, FileMode.CreateNew))
        {
            sparse.SetLength(300L * 1024 * 1024);
        }
        string output = Path.Combine(_folder, "huge.png");
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        int exitCode = Render(input, output, width: 600, height: 200, out string standardOutput, out string error);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.Equal(ExitCodes.Refused, exitCode);
        Assert.StartsWith("SIGNATURE_TOO_LARGE: ", error);
        Assert.Contains("314,572,800 bytes", error);
        Assert.False(File.Exists(output));
        Assert.Equal("", standardOutput);
        Assert.True(allocated < 4 * 1024 * 1024, $"Refusing a 300 MB file allocated {allocated:N0} bytes.");
    }

    [Theory]
    [InlineData(0, "SIGNATURE_EMPTY: ")]
    [InlineData(1, "SIGNATURE_TOO_LARGE: ")]
    public void Render_WhenTheInputIsAtTheLimitOrOneByteOver_JudgesTheContentOrRefusesTheSize(int bytesOver, string expected)
    {
        string input = Path.Combine(_folder, "edge.json");
        File.WriteAllText(input, "[]" + new string(' ', SignatureSample.MaxInputBytes - 2 + bytesOver));

        int exitCode = Render(input, Path.Combine(_folder, "edge.png"), width: 600, height: 200, out _, out string error);

        Assert.Equal(ExitCodes.Refused, exitCode);
        Assert.StartsWith(expected, error);
    }

    [Fact]
    public void ReadLimited_WhenTheStreamCannotSeek_ReadsAtMostOneByteOverTheLimit()
    {
        using var endless = new EndlessStream((byte)' ');

        bool read = SignatureSample.TryReadLimited(endless, 1000, out string? text);

        Assert.False(read);
        Assert.Null(text);
        Assert.Equal(1001, endless.BytesRead);
    }

    [Fact]
    public void ReadLimited_WhenTheStreamIsWithinTheLimit_DecodesItAsUtf8()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, (byte)'[', 0xC3, 0xA9, (byte)']']);

        bool read = SignatureSample.TryReadLimited(stream, 7, out string? text);

        Assert.True(read);
        Assert.Equal("[\u00e9]", text);
    }

    [Theory]
    [InlineData("signature.jpg", null)]
    [InlineData("signature.png.bak", null)]
    [InlineData("signature.svg", "png")]
    [InlineData("signature.png", "svg")]
    public void Render_WhenTheOutputExtensionIsNotTheFormat_RefusesAndWritesNothing(string fileName, string? format)
    {
        string output = Path.Combine(_folder, fileName);

        int exitCode = Render(SampleSignature, output, width: 600, height: 200, out _, out string error, format);

        Assert.Equal(ExitCodes.Refused, exitCode);
        Assert.StartsWith("OUTPUT_FORMAT_UNSUPPORTED: ", error);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("signature.PNG", null, "\x89PNG")]
    [InlineData("signature.Svg", null, "<svg")]
    [InlineData("signature", null, "\x89PNG")]
    [InlineData("signature", "svg", "<svg")]
    public void Render_WhenTheOutputExtensionMatchesOrIsAbsent_WritesTheFormat(string fileName, string? format, string start)
    {
        string output = Path.Combine(_folder, fileName);

        int exitCode = Render(SampleSignature, output, width: 600, height: 200, out _, out string error, format);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Contains(start, System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(output).AsSpan(0, 200)), StringComparison.Ordinal);
    }

    private static int Render(string input, string output, int width, int height, out string standardOutput, out string standardError, string? format = null)
    {
        Assert.True(File.Exists(SampleSignature), $"The sample signature is copied beside the host: {SampleSignature}");
        using var outWriter = new StringWriter();
        using var errorWriter = new StringWriter();

        int exitCode = SignatureSample.Render(new SignatureRenderer(), new SignatureSample.RenderRequest(input, output, format, width, height, null, false), outWriter, errorWriter);

        standardOutput = outWriter.ToString();
        standardError = errorWriter.ToString();
        return exitCode;
    }
}
