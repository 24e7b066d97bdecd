using Ardalis.GuardClauses;
using NodaTime;
using OneOf;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// What a service-level agreement promises for one priority: response, on-site and resolution targets in business time
/// (<i>reactietijd</i>, <i>aanrijtijd</i>, <i>oplostijd</i>) and the share of a target after which it is at risk.
/// </summary>
/// <remarks>
/// <para>Targets are business time: they count only inside the working hours of the clock's
/// <see cref="Scheduling.Calendars.BusinessHours"/>, so <c>PT8H</c> on 08:00–17:00 working days is one working day,
/// not eight hours of the night. At least one target is set; each is positive.</para>
/// <para>Two values are equal when all targets and the warning threshold are equal.</para>
/// </remarks>
public sealed record SlaTargets
{
    private SlaTargets(Duration? response, Duration? onSite, Duration? resolution, decimal warningThreshold)
    {
        Response = response;
        OnSite = onSite;
        Resolution = resolution;
        WarningThreshold = warningThreshold;
    }

    /// <summary>Gets the business time within which the customer hears back, or <see langword="null"/> when not promised.</summary>
    public Duration? Response { get; }

    /// <summary>Gets the business time within which a technician is on site, or <see langword="null"/> when not promised.</summary>
    public Duration? OnSite { get; }

    /// <summary>Gets the business time within which the problem is solved, or <see langword="null"/> when not promised.</summary>
    public Duration? Resolution { get; }

    /// <summary>
    /// Gets the share of a target, from 0 to 1 inclusive, at which a running target becomes
    /// <see cref="SlaState.AtRisk"/>: 0.75 warns once three quarters of the business time are used.
    /// </summary>
    public decimal WarningThreshold { get; }

    /// <summary>Creates SLA targets.</summary>
    /// <param name="warningThreshold">The share of a target, from 0 to 1 inclusive, at which it is at risk.</param>
    /// <param name="response">The response target, or <see langword="null"/>.</param>
    /// <param name="onSite">The on-site target, or <see langword="null"/>.</param>
    /// <param name="resolution">The resolution target, or <see langword="null"/>.</param>
    /// <returns>The targets, or <see cref="SlaTargetsInvalid"/> when none is given, one is zero or negative, or the threshold lies outside 0–1.</returns>
    public static OneOf<SlaTargets, SlaTargetsInvalid> Create(decimal warningThreshold, Duration? response = null, Duration? onSite = null, Duration? resolution = null)
    {
        if (response is null && onSite is null && resolution is null)
        {
            return new SlaTargetsInvalid("give at least one of the response, on-site and resolution targets.");
        }
        foreach ((string name, Duration? target) in new[] { ("response", response), ("on-site", onSite), ("resolution", resolution) })
        {
            if (target is { } value && value <= Duration.Zero)
            {
                return new SlaTargetsInvalid($"the {name} target must be a positive duration.");
            }
        }
        if (warningThreshold is < 0m or > 1m)
        {
            return new SlaTargetsInvalid($"the warning threshold must lie from 0 to 1, not {warningThreshold}.");
        }
        return new SlaTargets(response, onSite, resolution, warningThreshold);
    }

    /// <summary>Returns the target of <paramref name="kind"/>.</summary>
    /// <param name="kind">Which target.</param>
    /// <returns>The business time promised, or <see langword="null"/> when this agreement does not promise it.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined value.</exception>
    public Duration? GetTarget(SlaTargetKind kind) => Guard.Against.EnumOutOfRange(kind) switch
    {
        SlaTargetKind.Response => Response,
        SlaTargetKind.OnSite => OnSite,
        _ => Resolution,
    };
}
