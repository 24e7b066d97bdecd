using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OutSmart.Domain.Contracts;

/// <summary>The SLA of a corrective contract: the <see cref="SlaTargets"/> promised per <see cref="SlaPriority"/>.</summary>
/// <remarks>
/// Built with named steps, <c>SlaPolicy.Empty.With(SlaPriority.Urgent, urgent).With(SlaPriority.Normal, normal)</c>;
/// a priority without targets has no SLA. Instances are immutable and thread-safe. Two policies are equal when they
/// hold the same targets for the same priorities.
/// </remarks>
public sealed class SlaPolicy : IEquatable<SlaPolicy>
{
    private readonly ImmutableSortedDictionary<SlaPriority, SlaTargets> _targets;

    private SlaPolicy(ImmutableSortedDictionary<SlaPriority, SlaTargets> targets) => _targets = targets;

    /// <summary>Gets the policy that promises nothing for any priority.</summary>
    public static SlaPolicy Empty { get; } = new(ImmutableSortedDictionary<SlaPriority, SlaTargets>.Empty);

    /// <summary>Gets the priorities that have targets, in ascending order.</summary>
    public ImmutableArray<SlaPriority> Priorities => [.. _targets.Keys];

    /// <summary>Returns a policy in which <paramref name="priority"/> has <paramref name="targets"/>; this policy does not change.</summary>
    /// <param name="priority">The priority to set; replaces its earlier targets.</param>
    /// <param name="targets">The targets of that priority.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is not a defined value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> is <see langword="null"/>.</exception>
    public SlaPolicy With(SlaPriority priority, SlaTargets targets)
    {
        Guard.Against.EnumOutOfRange(priority);
        Guard.Against.Null(targets);
        return new SlaPolicy(_targets.SetItem(priority, targets));
    }

    /// <summary>Returns the targets promised for <paramref name="priority"/>.</summary>
    /// <param name="priority">The work order's priority.</param>
    /// <returns>The targets, or <see langword="null"/> when the policy promises nothing for that priority.</returns>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is not a defined value.</exception>
    public SlaTargets? GetTargets(SlaPriority priority) =>
        _targets.GetValueOrDefault(Guard.Against.EnumOutOfRange(priority));

    /// <inheritdoc/>
    public bool Equals(SlaPolicy? other) =>
        other is not null && (ReferenceEquals(this, other) || (_targets.Count == other._targets.Count && _targets.All(pair => other._targets.TryGetValue(pair.Key, out SlaTargets? targets) && targets == pair.Value)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaPolicy);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach ((SlaPriority priority, SlaTargets targets) in _targets)
        {
            hash.Add(priority);
            hash.Add(targets);
        }
        return hash.ToHashCode();
    }
}
