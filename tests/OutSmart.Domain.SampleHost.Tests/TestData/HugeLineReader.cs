namespace OutSmart.Domain.SampleHost.Tests.TestData;

/// <summary>
/// A reader whose first line is <c>length</c> characters of <c>x</c>, followed by a line break and
/// <c>rest</c>; it produces the characters as they are read, so the huge line never exists in memory.
/// </summary>
internal sealed class HugeLineReader(long length, string rest) : TextReader
{
    private long _position;

    private long Total => length + 1 + rest.Length;

    public override int Peek() => _position < Total ? At(_position) : -1;

    public override int Read() => _position < Total ? At(_position++) : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int read = (int)Math.Min(buffer.Length, Total - _position);
        for (int i = 0; i < read; i++)
        {
            buffer[i] = At(_position++);
        }
        return read;
    }

    private char At(long position) =>
        position < length ? 'x'
        : position == length ? '\n'
        : rest[(int)(position - length - 1)];
}
