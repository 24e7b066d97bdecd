using NodaTime;

namespace OutSmart.Domain.Timesheets;

/// <summary>How overtime is counted: the <see cref="OvertimeMode"/> and a tolerance that is not yet overtime (OT-02).</summary>
/// <remarks>
/// <para>The tolerance applies once per day in the daily part and once per week in the weekly part. Nothing is ever
/// counted twice: in <see cref="OvertimeMode.DailyThenWeekly"/> the week adds only what its excess has beyond the daily
/// overtime already counted.</para>
/// <para>Instances are immutable and thread-safe; two policies are equal when mode and tolerance are equal.</para>
/// </remarks>
public sealed record OvertimePolicy
{
    private OvertimePolicy(OvertimeMode mode, Duration tolerance)
    {
        Mode = mode;
        Tolerance = tolerance;
    }

    /// <summary>Gets daily overtime without tolerance, the default of OT-02.</summary>
    public static OvertimePolicy Daily { get; } = new(OvertimeMode.Daily, Duration.Zero);

    /// <summary>Gets weekly overtime without tolerance.</summary>
    public static OvertimePolicy Weekly { get; } = new(OvertimeMode.Weekly, Duration.Zero);

    /// <summary>Gets daily-then-weekly overtime without tolerance.</summary>
    public static OvertimePolicy DailyThenWeekly { get; } = new(OvertimeMode.DailyThenWeekly, Duration.Zero);

    /// <summary>Gets the mode.</summary>
    public OvertimeMode Mode { get; }

    /// <summary>Gets the time above the expected hours that is not yet overtime; zero or more.</summary>
    public Duration Tolerance { get; }

    /// <summary>Returns this policy with another tolerance; this value does not change.</summary>
    /// <param name="tolerance">The tolerance; zero or more.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    public OvertimePolicy WithTolerance(Duration tolerance)
    {
        if (tolerance < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The overtime tolerance cannot be negative.");
        }
        return new OvertimePolicy(Mode, tolerance);
    }
}
