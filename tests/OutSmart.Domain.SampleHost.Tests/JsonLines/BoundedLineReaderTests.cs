using FsCheck;
using FsCheck.Xunit;
using OutSmart.Domain.SampleHost.JsonLines;

namespace OutSmart.Domain.SampleHost.Tests.JsonLines;

public sealed class BoundedLineReaderTests
{
    [Theory]
    [InlineData("a\rb\r\nc\nd", new[] { "a", "b", "c", "d" })]
    [InlineData("a\r\r\nb\n\n", new[] { "a", "", "b", "" })]
    [InlineData("\r", new[] { "" })]
    [InlineData("", new string[0])]
    public void TryReadLine_WhenLinesEndInAnyLineBreak_ReadsWhatReadLineReads(string text, string[] expected)
    {
        string?[] lines = ReadAll(new OneCharacterAtATime(text), maxLength: 10);

        Assert.Equal(expected, lines);
    }

    [Fact]
    public void TryReadLine_WhenALineIsLongerThanTheLimit_GivesNullForItAndReadsTheNextLine()
    {
        string?[] lines = ReadAll(new StringReader("12345\r\n123456\r\n1234\r\n"), maxLength: 5);

        Assert.Equal(["12345", null, "1234"], lines);
    }

    [Property(MaxTest = 300)]
    public bool TryReadLine_ForAnyTextWithinTheLimit_AgreesWithReadLineWhateverTheReadSizes(NonNull<string> text, PositiveInt chunk)
    {
        string input = text.Get.Replace('x', '\r').Replace('y', '\n');
        var expected = new List<string>();
        using (var reader = new StringReader(input))
        {
            while (reader.ReadLine() is { } line)
            {
                expected.Add(line);
            }
        }

        string?[] lines = ReadAll(new Chunked(input, chunk.Get % 7 + 1), maxLength: Math.Max(1, input.Length));

        return lines.SequenceEqual(expected);
    }

    private static string?[] ReadAll(TextReader reader, int maxLength)
    {
        var lines = new List<string?>();
        var bounded = new BoundedLineReader(reader, maxLength);
        while (bounded.TryReadLine(out string? line))
        {
            lines.Add(line);
        }
        return [.. lines];
    }

    /// <summary>Hands out at most <c>size</c> characters per read, so line breaks fall across buffer boundaries.</summary>
    private class Chunked(string text, int size) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            int read = Math.Min(Math.Min(count, size), text.Length - _position);
            text.CopyTo(_position, buffer, index, read);
            _position += read;
            return read;
        }
    }

    private sealed class OneCharacterAtATime(string text) : Chunked(text, 1);
}
