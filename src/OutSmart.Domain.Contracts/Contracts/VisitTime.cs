using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Contracts;

/// <summary>When on its day a generated visit is planned: a time of day, or a time window whose start is the planned
/// time and whose end is the latest start the customer accepts.</summary>
/// <remarks>Two visit times are equal when their start and end are equal. A time of day has no end.</remarks>
public sealed record VisitTime
{
    private VisitTime(LocalTime start, LocalTime? end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the planned local time (the window's start).</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the window's end, or <see langword="null"/> for a plain time of day.</summary>
    public LocalTime? End { get; }

    /// <summary>Creates a plain time of day.</summary>
    /// <param name="time">The local time, for example 08:00.</param>
    /// <returns>The visit time.</returns>
    public static VisitTime At(LocalTime time) => new(time, null);

    /// <summary>Creates a time window on one day.</summary>
    /// <param name="start">The window's start, the planned time.</param>
    /// <param name="end">The window's end, after <paramref name="start"/>.</param>
    /// <returns>The visit time.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static VisitTime Between(LocalTime start, LocalTime end)
    {
        Guard.Against.Expression(e => e <= start, end, "A time window ends after it starts.");
        return new(start, end);
    }

    /// <summary>Returns <c>HH:mm</c> or <c>HH:mm-HH:mm</c>.</summary>
    /// <returns>The visit time as text.</returns>
    public override string ToString() => End is { } end
        ? $"{Start.ToString("HH:mm", null)}-{end.ToString("HH:mm", null)}"
        : Start.ToString("HH:mm", null);
}
