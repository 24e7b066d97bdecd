using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OneOf;
using OutSmart.Domain.WorkOrders;
using OutSmart.Domain.WorkOrders.Rendering;

namespace OutSmart.Domain.SampleHost.Signatures;

/// <summary>
/// The signature rendering sample: <c>signature render</c> turns signature_pad JSON (or the compact OSSIG1 format)
/// into a PNG or SVG of exactly the asked size; the story renders the committed sample signature both ways.
/// </summary>
/// <remarks>Exit codes: 0 written; 1 the input file could not be read or the output not written; 2 the input or
/// the requested size was refused (the error code and message go to standard error, and no file is written).</remarks>
internal sealed class SignatureSample : ISample
{
    private const int Refused = 2;
    private const int IoFailed = 1;

    public string Title => "Signatures: rendering the customer's ink to PNG and SVG";

    public Command CreateCommand()
    {
        var input = new Option<FileInfo>("--in") { Description = "A signature_pad toData() JSON file, or a compact OSSIG1 ink file (detected).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The image file to write; nothing is written when the input is refused.", Required = true };
        var format = new Option<string>("--format") { Description = "png or svg (default: from the --out extension, else png)." };
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

    public int TellStory(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
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
        return Render(renderer, new RenderRequest(signaturePath, Path.Combine(folder, "refused.png"), "png", 0, 200, "600x200", false), output, output) == Refused ? 0 : 1;
    }

    /// <summary>Resolves the renderer the way a host does: through the package's registration.</summary>
    private static ISignatureRenderer CreateRenderer()
    {
        using ServiceProvider provider = new ServiceCollection().AddOutSmartSignatureRendering().BuildServiceProvider();
        return provider.GetRequiredService<ISignatureRenderer>();
    }

    /// <summary>Reads, validates and renders one signature; returns the exit code.</summary>
    internal static int Render(ISignatureRenderer renderer, RenderRequest request, TextWriter output, TextWriter error)
    {
        string text;
        try
        {
            text = File.ReadAllText(request.InputPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"INPUT_UNREADABLE: {request.InputPath} could not be read ({exception.Message}).");
            return IoFailed;
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
                return Refused;
            }
            if (CanvasSize.Create(canvasWidth, canvasHeight).TryPickT1(out SignatureCanvasInvalid invalid, out CanvasSize size))
            {
                error.WriteLine($"{invalid.Code}: {invalid.Message}");
                return Refused;
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
            return Refused;
        }
        if (SignatureRenderOptions.Create(request.Width, request.Height).TryPickT1(out OutputSizeInvalid sizeInvalid, out SignatureRenderOptions options))
        {
            error.WriteLine($"{sizeInvalid.Code}: {sizeInvalid.Message}");
            return Refused;
        }

        bool svg = request.Format == "svg"
            || (request.Format is null && request.OutputPath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase));
        options = options
            .WithFormat(svg ? SignatureImageFormat.Svg : SignatureImageFormat.Png)
            .WithBackground(request.Background ? SignatureBackground.White : SignatureBackground.Transparent);
        SignatureImage image = renderer.Render(ink.AsT0, options);
        try
        {
            File.WriteAllBytes(request.OutputPath, image.Content.AsSpan());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"OUTPUT_UNWRITABLE: {request.OutputPath} could not be written ({exception.Message}).");
            return IoFailed;
        }
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {request.OutputPath}: {image.Width}x{image.Height} {image.MediaType}, {image.Content.Length:N0} bytes ({ink.AsT0.PointCount} points in {ink.AsT0.Strokes.Length} strokes)"));
        return 0;
    }

    /// <summary>One <c>signature render</c> invocation.</summary>
    /// <param name="Background"><see langword="true"/> for an opaque white background.</param>
    internal sealed record RenderRequest(string InputPath, string OutputPath, string? Format, int Width, int Height, string? Canvas, bool Background);
}
