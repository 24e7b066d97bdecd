using NodaTime;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// The rate a <see cref="RateBook"/> chose for one entry (OT-05): the hourly <see cref="RateSnapshot"/> of the highest
/// level that sets hourly rates, and the <see cref="FixedRate"/> of the highest level that sets one, which beats it.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. Two results are equal when all parts are equal.</remarks>
public sealed record ResolvedRate
{
    internal ResolvedRate(RateSnapshot snapshot, RateLevel snapshotLevel, FixedRate? fixedRate, RateLevel? fixedLevel)
    {
        Snapshot = snapshot;
        SnapshotLevel = snapshotLevel;
        Fixed = fixedRate;
        FixedLevel = fixedLevel;
    }

    /// <summary>Gets the hourly rates that win: those of the highest level setting hourly rates, with the hour type's code and multiplier; the entry keeps this snapshot (OT-06).</summary>
    public RateSnapshot Snapshot { get; }

    /// <summary>Gets the level <see cref="Snapshot"/> came from.</summary>
    public RateLevel SnapshotLevel { get; }

    /// <summary>Gets the fixed price per entry of the highest level setting one, or <see langword="null"/> when no level does.</summary>
    public FixedRate? Fixed { get; }

    /// <summary>Gets the level <see cref="Fixed"/> came from, or <see langword="null"/> when there is no fixed rate.</summary>
    public RateLevel? FixedLevel { get; }

    /// <summary>Gets a value indicating whether the entry is priced at a fixed amount: a fixed rate beats an hourly rate.</summary>
    public bool IsFixed => Fixed is not null;

    /// <summary>Gets the level the winning price came from: <see cref="FixedLevel"/> when <see cref="IsFixed"/>, else <see cref="SnapshotLevel"/>.</summary>
    public RateLevel Level => FixedLevel ?? SnapshotLevel;

    /// <summary>Returns the billed amount of an entry of length <paramref name="worked"/>: the fixed amount when there is one, else the hourly amount rounded to cents (OT-07).</summary>
    /// <param name="worked">The elapsed time of the entry; zero or more.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="worked"/> is negative.</exception>
    public Money BillAmount(Duration worked) => Fixed is { } fixedRate && worked >= Duration.Zero ? fixedRate.BillAmount : Snapshot.BillAmount(worked);

    /// <summary>Returns the cost of an entry of length <paramref name="worked"/>: the fixed amount when there is one, else the hourly amount rounded to cents (OT-07).</summary>
    /// <param name="worked">The elapsed time of the entry; zero or more.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="worked"/> is negative.</exception>
    public Money CostAmount(Duration worked) => Fixed is { } fixedRate && worked >= Duration.Zero ? fixedRate.CostAmount : Snapshot.CostAmount(worked);
}
