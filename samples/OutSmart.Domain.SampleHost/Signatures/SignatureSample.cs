using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OneOf;
using OutSmart.Domain.WorkOrders;
using OutSmart.Domain.WorkOrders.Rendering;

namespace OutSmart.Domain.SampleHost.Signatures;

/// <summary>
/// The signature rendering sample: <c>signature render</c> turns signature_pad JSON (or the compact OSSIG1 format)
/// into a PNG or SVG of exactly the asked size; the story renders the committed sample signature both ways.
/// </summary>
/// <remarks>Exit codes (see <see cref="ExitCodes"/>): 0 written; 1 refused: the input, its size, the output size or
/// the output file name was refused, or a file could not be read or written (the error code and message go to
/// standard error, and no file is written); 2 usage: the command line is wrong.</remarks>
internal sealed class SignatureSample : ISample
{
    /// <summary>Gets the largest input file read, in bytes: the ink policy's limit on serialized ink.</summary>
    internal static int MaxInputBytes => SignatureInkPolicy.Default.MaxSerializedBytes;

    public string Title => "Signatures: rendering the customer's ink to PNG and SVG";

    public Command CreateCommand()
    {
        var input = new Option<FileInfo>("--in") { Description = "A signature_pad toData() JSON file, or a compact OSSIG1 ink file (detected); at most 1,000,000 bytes.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The image file to write, ending in .png or .svg (or no extension); nothing is written when anything is refused.", Required = true };
        var format = new Option<string>("--format") { Description = "png or svg (default: from the --out extension, else png); must agree with the --out extension." };
        format.AcceptOnlyFromAmong("png", "svg");
        var width = new Option<int>("--width") { Description = "The output width in pixels.", DefaultValueFactory = _ => 600 };
        var height = new Option<int>("--height") { Description = "The output height in pixels.", DefaultValueFactory = _ => 200 };
        var canvas = new Option<string>("--canvas") { Description = "The canvas the JSON was drawn on, WIDTHxHEIGHT in logical units such as 600x200 (default: from the ink's bounds)." };
        var background = new Option<string>("--background") { Description = "transparent (default) or white.", DefaultValueFactory = _ => "transparent" };
        background.AcceptOnlyFromAmong("transparent", "white");

        var render = new Command("render", "Renders a signature to a PNG or SVG of exactly the asked size.");
        render.Options.Add(input);
        render.Options.Add(output);
        render.Options.Add(format);
        render.Options.Add(width);
        render.Options.Add(height);
        render.Options.Add(canvas);
        render.Options.Add(background);
        render.SetAction(parseResult =>
        {
            var request = new RenderRequest(
                parseResult.GetRequiredValue(input).FullName,
                parseResult.GetRequiredValue(output).FullName,
                parseResult.GetValue(format),
                parseResult.GetValue(width),
                parseResult.GetValue(height),
                parseResult.GetValue(canvas),
                parseResult.GetValue(background) == "white");
            return Render(CreateRenderer(), request, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        });

        var signature = new Command("signature", "Renders customer signatures (OutSmart.Domain.WorkOrders.Rendering).");
        signature.Subcommands.Add(render);
        return signature;
    }

    public int TellStory(StoryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TextWriter output = context.Output;
        string signaturePath = Path.Combine(AppContext.BaseDirectory, "signatures", "signature.json");
        string folder = Path.Combine(Path.GetTempPath(), "outsmart-signature-sample");
        Directory.CreateDirectory(folder);
        output.WriteLine("The customer signed on a 600x200 signature_pad; the raw strokes are the record, images are derived:");
        ISignatureRenderer renderer = CreateRenderer();
        foreach (string format in (string[])["png", "svg"])
        {
            var request = new RenderRequest(signaturePath, Path.Combine(folder, $"signature.{format}"), format, 600, 200, "600x200", Background: false);
            int exitCode = Render(renderer, request, output, output);
            if (exitCode != 0)
            {
                return exitCode;
            }
        }
        output.WriteLine("Both are trimmed to the ink plus 8 units of padding, scaled to fit 600x200 and centred.");
        output.WriteLine("A size the renderer cannot make is refused before anything is written:");
        return Render(renderer, new RenderRequest(signaturePath, Path.Combine(folder, "refused.png"), "png", 0, 200, "600x200", false), output, output) == ExitCodes.Refused
            ? ExitCodes.Success
            : ExitCodes.Refused;
    }

    /// <summary>Resolves the renderer the way a host does: through the package's registration.</summary>
    private static ISignatureRenderer CreateRenderer()
    {
        using ServiceProvider provider = new ServiceCollection().AddOutSmartSignatureRendering().BuildServiceProvider();
        return provider.GetRequiredService<ISignatureRenderer>();
    }

    /// <summary>Reads, validates and renders one signature; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    internal static int Render(ISignatureRenderer renderer, RenderRequest request, TextWriter output, TextWriter error)
    {
        if (OutputFormat(request) is not { } format)
        {
            error.WriteLine($"OUTPUT_FORMAT_UNSUPPORTED: {request.OutputPath} does not match the format: write to a .png or .svg file"
                + (request.Format is null ? "" : $" that agrees with --format {request.Format}") + " (or give no extension).");
            return ExitCodes.Refused;
        }

        if (!TryReadInput(request.InputPath, error, out string? text))
        {
            return ExitCodes.Refused;
        }

        CanvasSize? canvas = null;
        if (request.Canvas is not null)
        {
            string[] sides = request.Canvas.Split('x', 'X');
            if (sides.Length != 2
                || !double.TryParse(sides[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double canvasWidth)
                || !double.TryParse(sides[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double canvasHeight))
            {
                error.WriteLine($"SIGNATURE_CANVAS_INVALID: --canvas '{request.Canvas}' is not WIDTHxHEIGHT, such as 600x200.");
                return ExitCodes.Refused;
            }
            if (CanvasSize.Create(canvasWidth, canvasHeight).TryPickT1(out SignatureCanvasInvalid invalid, out CanvasSize size))
            {
                error.WriteLine($"{invalid.Code}: {invalid.Message}");
                return ExitCodes.Refused;
            }
            canvas = size;
        }

        // The compact format starts with its header; anything else is read as signature_pad JSON.
        OneOf<SignatureInk, SignatureRejected> ink = text.TrimStart().StartsWith(SignatureInkFormat.Header, StringComparison.Ordinal)
            ? SignatureInkFormat.Parse(text)
            : SignaturePadJson.Parse(text, canvas);
        if (ink.TryPickT1(out SignatureRejected rejected, out _))
        {
            error.WriteLine(rejected.Message.Contains(rejected.Detail, StringComparison.Ordinal)
                ? $"{rejected.Code}: {rejected.Message}"
                : $"{rejected.Code}: {rejected.Message} ({rejected.Detail})");
            return ExitCodes.Refused;
        }
        if (SignatureRenderOptions.Create(request.Width, request.Height).TryPickT1(out OutputSizeInvalid sizeInvalid, out SignatureRenderOptions options))
        {
            error.WriteLine($"{sizeInvalid.Code}: {sizeInvalid.Message}");
            return ExitCodes.Refused;
        }

        options = options
            .WithFormat(format)
            .WithBackground(request.Background ? SignatureBackground.White : SignatureBackground.Transparent);
        SignatureImage image = renderer.Render(ink.AsT0, options);
        try
        {
            File.WriteAllBytes(request.OutputPath, image.Content.AsSpan());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"OUTPUT_UNWRITABLE: {request.OutputPath} could not be written ({exception.Message}).");
            return ExitCodes.Refused;
        }
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {request.OutputPath}: {image.Width}x{image.Height} {image.MediaType}, {image.Content.Length:N0} bytes ({ink.AsT0.PointCount} points in {ink.AsT0.Strokes.Length} strokes)"));
        return ExitCodes.Success;
    }

    /// <summary>Reads a signature file of at most <see cref="MaxInputBytes"/> bytes, refusing a larger one before it is
    /// read whole; a refusal or read failure is written to <paramref name="error"/> with its code.</summary>
    internal static bool TryReadInput(string path, TextWriter error, [NotNullWhen(true)] out string? text)
    {
        text = null;
        try
        {
            // The size is checked before anything is read, so an oversized file costs nothing; a pipe, whose size is
            // unknown, is read up to one byte past the limit and no further.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > MaxInputBytes)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SIGNATURE_TOO_LARGE: {path} is {stream.Length:N0} bytes; a signature file may be at most {MaxInputBytes:N0} bytes."));
                return false;
            }
            if (!TryReadLimited(stream, MaxInputBytes, out text))
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SIGNATURE_TOO_LARGE: {path} is larger than {MaxInputBytes:N0} bytes, the most a signature file may be."));
                return false;
            }
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"INPUT_UNREADABLE: {path} could not be read ({exception.Message}).");
            return false;
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> bytes of <paramref name="stream"/> and decodes them as
    /// <see cref="File.ReadAllText(string)"/> does (UTF-8 unless a byte order mark says otherwise).</summary>
    /// <returns><see langword="false"/>, and no text, when the stream holds more than <paramref name="maxBytes"/> bytes;
    /// it then has read exactly one byte more.</returns>
    /// <exception cref="IOException">Reading failed.</exception>
    internal static bool TryReadLimited(Stream stream, int maxBytes, [NotNullWhen(true)] out string? text)
    {
        ArgumentNullException.ThrowIfNull(stream);
        int capacity = stream.CanSeek ? (int)Math.Min(maxBytes + 1L, Math.Max(0, stream.Length - stream.Position) + 1) : maxBytes + 1;
        byte[] buffer = new byte[capacity];
        int total = 0;
        while (total <= maxBytes)
        {
            if (total == buffer.Length)
            {
                // The file grew after its length was read: keep going, but never past one byte over the limit.
                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, buffer.Length * 2L));
            }
            int read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }
            total += read;
        }
        text = null;
        if (total > maxBytes)
        {
            return false;
        }
        using var reader = new StreamReader(new MemoryStream(buffer, 0, total, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        text = reader.ReadToEnd();
        return true;
    }

    /// <summary>The format to write: from <c>--format</c> or the <c>--out</c> extension, which must agree; <see langword="null"/> when they do not, or the extension is neither .png nor .svg.</summary>
    private static SignatureImageFormat? OutputFormat(RenderRequest request)
    {
        string extension = Path.GetExtension(request.OutputPath);
        SignatureImageFormat? fromExtension = extension.ToUpperInvariant() switch
        {
            "" => null,
            ".PNG" => SignatureImageFormat.Png,
            ".SVG" => SignatureImageFormat.Svg,
            _ => (SignatureImageFormat)(-1),
        };
        SignatureImageFormat? fromOption = request.Format switch
        {
            null => null,
            "svg" => SignatureImageFormat.Svg,
            _ => SignatureImageFormat.Png,
        };
        if (fromExtension == (SignatureImageFormat)(-1) || (fromExtension is { } a && fromOption is { } b && a != b))
        {
            return null;
        }
        return fromOption ?? fromExtension ?? SignatureImageFormat.Png;
    }

    /// <summary>One <c>signature render</c> invocation.</summary>
    /// <param name="Background"><see langword="true"/> for an opaque white background.</param>
    internal sealed record RenderRequest(string InputPath, string OutputPath, string? Format, int Width, int Height, string? Canvas, bool Background);
}
