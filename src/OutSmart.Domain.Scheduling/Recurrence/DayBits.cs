using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

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

    /// <summary>Counts the set indices in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static int CountRange(ReadOnlySpan<ulong> bits, int from, int to)
    {
        int count = 0;
        while (from < to)
        {
            int word = from >> 6;
            int offset = from & 63;
            int length = Math.Min(64 - offset, to - from);
            ulong mask = length == 64 ? ulong.MaxValue : ((1UL << length) - 1) << offset;
            count += BitOperations.PopCount(bits[word] & mask);
            from += length;
        }
        return count;
    }

    /// <summary>Gets the last set index, or -1.</summary>
    public static int LastSet(ReadOnlySpan<ulong> bits)
    {
        for (int word = bits.Length - 1; word >= 0; word--)
        {
            if (bits[word] != 0)
            {
                return (word << 6) + 63 - BitOperations.LeadingZeroCount(bits[word]);
            }
        }
        return -1;
    }

    /// <summary>
    /// Keeps the set bits of <paramref name="word"/> at the BYSETPOS positions: 1-based <paramref name="positive"/>
    /// positions from the lowest set bit, negative ones from the highest (-1 is the highest); positions beyond the
    /// set bits select nothing.
    /// </summary>
    public static ulong SelectPositions(ulong word, int[] positive, int[] negative)
    {
        int count = BitOperations.PopCount(word);
        ulong selected = 0;
        foreach (int position in positive)
        {
            if (position <= count)
            {
                selected |= NthBit(word, position - 1, count);
            }
        }
        foreach (int position in negative)
        {
            if (-position <= count)
            {
                selected |= NthBit(word, count + position, count);
            }
        }
        return selected;
    }

    /// <summary>Gets the <paramref name="n"/>-th (0-based) set bit of <paramref name="word"/>, which has <paramref name="count"/> set bits, as a mask.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NthBit(ulong word, int n, int count)
    {
        if (n == count - 1)
        {
            return 1UL << (63 - BitOperations.LeadingZeroCount(word));
        }
        if (Bmi2.X64.IsSupported)
        {
            return Bmi2.X64.ParallelBitDeposit(1UL << n, word);
        }
        for (int i = 0; i < n; i++)
        {
            word &= word - 1;
        }
        return word & (0 - word);
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

    /// <summary>Gets the bits [from, from + length) of <paramref name="source"/>, for a length of 1 to 64.</summary>
    public static ulong Slice(ReadOnlySpan<ulong> source, int from, int length)
    {
        int word = from >> 6;
        int offset = from & 63;
        ulong value = source[word] >> offset;
        if (offset > 0 && word + 1 < source.Length)
        {
            value |= source[word + 1] << (64 - offset);
        }
        return length == 64 ? value : value & ((1UL << length) - 1);
    }

    /// <summary>Gets the index of the <paramref name="n"/>-th set bit (0-based), or -1.</summary>
    public static int SelectNth(ReadOnlySpan<ulong> bits, int n)
    {
        for (int word = 0; word < bits.Length; word++)
        {
            ulong value = bits[word];
            int count = BitOperations.PopCount(value);
            if (n < count)
            {
                if (Bmi2.X64.IsSupported)
                {
                    return (word << 6) + BitOperations.TrailingZeroCount(Bmi2.X64.ParallelBitDeposit(1UL << n, value));
                }
                for (int i = 0; i < n; i++)
                {
                    value &= value - 1;
                }
                return (word << 6) + BitOperations.TrailingZeroCount(value);
            }
            n -= count;
        }
        return -1;
    }
}
