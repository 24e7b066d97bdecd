using System.Numerics;
using System.Runtime.CompilerServices;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>A fixed 384-bit set of day indices (enough for a year), stored inline so an enumerator never allocates.</summary>
[InlineArray(Words)]
internal struct DayBits
{
    public const int Words = 6;

    private ulong _word;

    public static void SetRange(Span<ulong> bits, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            bits[i >> 6] |= 1UL << (i & 63);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(Span<ulong> bits, int index) => bits[index >> 6] |= 1UL << (index & 63);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSet(ReadOnlySpan<ulong> bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;

    public static bool IsEmpty(ReadOnlySpan<ulong> bits)
    {
        foreach (ulong word in bits)
        {
            if (word != 0)
            {
                return false;
            }
        }
        return true;
    }

    public static int Count(ReadOnlySpan<ulong> bits)
    {
        int count = 0;
        foreach (ulong word in bits)
        {
            count += BitOperations.PopCount(word);
        }
        return count;
    }

    /// <summary>Gets the first set index at or after <paramref name="from"/>, or -1.</summary>
    public static int NextSet(ReadOnlySpan<ulong> bits, int from)
    {
        int word = from >> 6;
        if (word >= bits.Length)
        {
            return -1;
        }
        ulong current = bits[word] & (ulong.MaxValue << (from & 63));
        while (true)
        {
            if (current != 0)
            {
                return (word << 6) + BitOperations.TrailingZeroCount(current);
            }
            if (++word >= bits.Length)
            {
                return -1;
            }
            current = bits[word];
        }
    }

    /// <summary>Copies the bits [from, from + length) of <paramref name="source"/> to the start of <paramref name="target"/>.</summary>
    public static void CopySlice(ReadOnlySpan<ulong> source, int from, int length, Span<ulong> target)
    {
        target.Clear();
        for (int i = NextSet(source, from); i >= 0 && i < from + length; i = NextSet(source, i + 1))
        {
            Set(target, i - from);
        }
    }
}
