using System.Runtime.CompilerServices;

namespace OutSmart.Domain.WorkOrders.Rendering.Tests.TestData;

/// <summary>
/// Compares rendered PNGs with the committed references under <c>Golden/</c> by decoded pixels with a tolerance.
/// Set the environment variable <c>OUTSMART_REGENERATE_GOLDEN=1</c> to rewrite the references in the source tree
/// (the affected tests then report themselves as skipped); look at the new images before committing them.
/// </summary>
internal static class GoldenImages
{
    /// <summary>The largest difference of one channel that still counts as the same pixel.</summary>
    public const int ChannelTolerance = 8;

    /// <summary>The largest fraction of pixels allowed to differ by more than <see cref="ChannelTolerance"/>.</summary>
    public const double MaxDifferingFraction = 0.002;

    public static bool Regenerating => Environment.GetEnvironmentVariable("OUTSMART_REGENERATE_GOLDEN") == "1";

    public static void AssertMatches(string name, ReadOnlySpan<byte> actualPng)
    {
        if (Regenerating)
        {
            string target = Path.Combine(SourceDirectory(), "Golden", name);
            File.WriteAllBytes(target, actualPng.ToArray());
            Assert.Skip($"Golden image regenerated: {target}");
        }

        string path = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        Assert.True(File.Exists(path), $"Missing golden image {name}; run the tests with OUTSMART_REGENERATE_GOLDEN=1 to create it.");
        PixelImage expected = PixelImage.Decode(File.ReadAllBytes(path));
        PixelImage actual = PixelImage.Decode(actualPng);

        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        Assert.Equal(expected.SourceColorType, actual.SourceColorType);
        int differing = CountDifferingPixels(expected, actual);
        double fraction = (double)differing / (expected.Width * expected.Height);
        Assert.True(
            fraction <= MaxDifferingFraction,
            $"{name}: {differing} pixels ({fraction:P3}) differ by more than {ChannelTolerance} in a channel; at most {MaxDifferingFraction:P3} may.");
    }

    public static int CountDifferingPixels(PixelImage expected, PixelImage actual)
    {
        int differing = 0;
        for (int i = 0; i < expected.Rgba.Length; i += 4)
        {
            for (int c = 0; c < 4; c++)
            {
                if (Math.Abs(expected.Rgba[i + c] - actual.Rgba[i + c]) > ChannelTolerance)
                {
                    differing++;
                    break;
                }
            }
        }
        return differing;
    }

    private static string SourceDirectory([CallerFilePath] string file = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(file))!;
}
