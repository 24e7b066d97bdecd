using NodaTime;

namespace OutSmart.Domain.Benchmarks.Storage;

/// <summary>A clock that always reads one instant: the migrations record it, nothing else reads it.</summary>
internal sealed class BenchmarkClock(Instant now) : IClock
{
    public static BenchmarkClock Fixed { get; } = new(Instant.FromUtc(2026, 3, 30, 10, 0));

    public Instant GetCurrentInstant() => now;
}
