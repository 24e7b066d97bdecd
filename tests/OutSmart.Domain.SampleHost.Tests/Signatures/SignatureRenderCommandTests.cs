using System.Buffers.Binary;
using OutSmart.Domain.SampleHost.Signatures;
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

        Assert.NotEqual(0, exitCode);
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

        Assert.NotEqual(0, exitCode);
        Assert.False(File.Exists(output));
        Assert.StartsWith(codePrefix, error);
    }

    [Fact]
    public void Render_WhenTheSizeIsZero_WritesNoFileAndReportsOutputSizeInvalid()
    {
        string output = Path.Combine(_folder, "zero.png");

        int exitCode = Render(SampleSignature, output, width: 0, height: 200, out _, out string error);

        Assert.NotEqual(0, exitCode);
        Assert.False(File.Exists(output));
        Assert.StartsWith("OUTPUT_SIZE_INVALID: ", error);
    }

    private static int Render(string input, string output, int width, int height, out string standardOutput, out string standardError)
    {
        Assert.True(File.Exists(SampleSignature), $"The sample signature is copied beside the host: {SampleSignature}");
        using var outWriter = new StringWriter();
        using var errorWriter = new StringWriter();

        int exitCode = SignatureSample.Render(new SignatureRenderer(), new SignatureSample.RenderRequest(input, output, null, width, height, null, false), outWriter, errorWriter);

        standardOutput = outWriter.ToString();
        standardError = errorWriter.ToString();
        return exitCode;
    }
}
