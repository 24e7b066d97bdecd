using System.Text;

namespace OutSmart.Domain.SampleHost.JsonLines;

/// <summary>
/// Reads lines as <see cref="TextReader.ReadLine"/> does (ended by <c>\n</c>, <c>\r</c> or <c>\r\n</c>), but never
/// holds more than <c>maxLength</c> characters of one line: the rest of a longer line is read and dropped, so a
/// line of any length costs a fixed amount of memory.
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly TextReader _reader;
    private readonly int _maxLength;
    private readonly char[] _buffer = new char[1 << 14];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;
    private bool _skipLineFeed;

    public BoundedLineReader(TextReader reader, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        _reader = reader;
        _maxLength = maxLength;
    }

    /// <summary>Reads the next line.</summary>
    /// <param name="line">The line without its line break; <see langword="null"/> when it was longer than the limit.</param>
    /// <returns><see langword="false"/> at the end of the input, when there was no line left.</returns>
    /// <exception cref="IOException">Reading failed.</exception>
    public bool TryReadLine(out string? line)
    {
        _line.Clear();
        bool tooLong = false;
        bool any = false;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = _reader.Read(_buffer, 0, _buffer.Length);
                if (_end == 0)
                {
                    line = tooLong ? null : _line.ToString();
                    return any;
                }
            }
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (_buffer[_start] == '\n')
                {
                    _start++;
                    continue;
                }
            }
            any = true;
            ReadOnlySpan<char> available = _buffer.AsSpan(_start, _end - _start);
            int breakAt = available.IndexOfAny('\r', '\n');
            ReadOnlySpan<char> part = breakAt < 0 ? available : available[..breakAt];
            if (!tooLong)
            {
                if (_line.Length + part.Length > _maxLength)
                {
                    tooLong = true;
                    _line.Clear();
                }
                else
                {
                    _line.Append(part);
                }
            }
            if (breakAt < 0)
            {
                _start = _end;
                continue;
            }
            _skipLineFeed = available[breakAt] == '\r';
            _start += breakAt + 1;
            line = tooLong ? null : _line.ToString();
            return true;
        }
    }
}
