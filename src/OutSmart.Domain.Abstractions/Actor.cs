using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OutSmart.Domain.Abstractions;

/// <summary>Who performs a command: the employee, the channel the command came through, and the permissions the domain checks.</summary>
/// <remarks>
/// <para>The host authenticates the user and builds the actor; the domain only reads it. Permission names are
/// defined by each package (for example <c>tasks.manage</c>) and compared ordinally.</para>
/// <para>Equality compares the employee, the channel and the set of permissions. <see cref="ToString"/> reads as
/// <c>employee &lt;id&gt; via mobile app</c>.</para>
/// </remarks>
public sealed record Actor
{
    private Actor(EmployeeId employeeId, ActorChannel channel, ImmutableSortedSet<string> permissions)
    {
        EmployeeId = employeeId;
        Channel = channel;
        Permissions = permissions;
    }

    /// <summary>Gets the employee who performs the command; never empty.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the channel the command came through.</summary>
    public ActorChannel Channel { get; }

    /// <summary>Gets the permissions the host granted to this actor, sorted ordinally.</summary>
    public ImmutableSortedSet<string> Permissions { get; }

    /// <summary>Creates an actor.</summary>
    /// <param name="employeeId">The employee; not empty.</param>
    /// <param name="channel">A defined channel.</param>
    /// <param name="permissions">The granted permission names; none may be null or blank. Duplicates are ignored.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty, <paramref name="channel"/> is undefined, or a permission is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="permissions"/> or one of its items is null.</exception>
    public static Actor Create(EmployeeId employeeId, ActorChannel channel, params IEnumerable<string> permissions)
    {
        Guard.Against.Default(employeeId);
        Guard.Against.EnumOutOfRange(channel);
        Guard.Against.Null(permissions);
        var set = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (string permission in permissions)
        {
            set.Add(Guard.Against.NullOrWhiteSpace(permission, nameof(permissions)));
        }
        return new Actor(employeeId, channel, set.ToImmutable());
    }

    /// <summary>Tells whether the host granted the named permission.</summary>
    /// <param name="permission">The permission name, compared ordinally.</param>
    /// <returns><see langword="true"/> when <see cref="Permissions"/> contains it.</returns>
    public bool HasPermission(string permission) => Permissions.Contains(permission);

    /// <inheritdoc />
    public bool Equals(Actor? other) =>
        other is not null && EmployeeId == other.EmployeeId && Channel == other.Channel && Permissions.SetEquals(other.Permissions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EmployeeId, Channel, Permissions.Count);

    /// <summary>Describes the actor for logs and support: the employee id, the channel and any permissions.</summary>
    /// <returns>
    /// <c>employee &lt;id&gt; via &lt;channel&gt;</c>, with the channel in words (<c>back office</c>, <c>mobile app</c>
    /// or <c>system</c>), followed by <c> with &lt;permission&gt;, …</c> in ordinal order when permissions were granted;
    /// for example <c>employee 5d1c7f0e-8a43-4f55-9a0b-1c2d3e4f5a6b via mobile app with tasks.manage</c>. The
    /// employee appears as an id: a host that knows names shows those instead.
    /// </returns>
    public override string ToString()
    {
        string channel = Channel switch
        {
            ActorChannel.BackOffice => "back office",
            ActorChannel.MobileApp => "mobile app",
            ActorChannel.System => "system",
            _ => Channel.ToString(),
        };
        return Permissions.IsEmpty
            ? $"employee {EmployeeId} via {channel}"
            : $"employee {EmployeeId} via {channel} with {string.Join(", ", Permissions)}";
    }
}
