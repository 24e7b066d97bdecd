using NodaTime;

namespace OutSmart.Domain.SampleHost.Tasks;

/// <summary>A clock that starts at a fixed instant and moves only when the story says so, so the output is reproducible.</summary>
internal sealed class StoryClock(Instant start) : IClock
{
    private Instant _now = start;

    public Instant GetCurrentInstant() => _now;

    public void Advance(Duration duration) => _now += duration;

    /// <summary>Moves the clock to <paramref name="now"/> (forwards or back, as the story's day requires).</summary>
    public void Set(Instant now) => _now = now;
}
