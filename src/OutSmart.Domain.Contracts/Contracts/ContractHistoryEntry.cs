using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>One line of a contract's history: what happened, who did it, through which channel, when, and a short
/// detail in English.</summary>
/// <remarks>Two entries are equal when all their values are equal.</remarks>
public sealed record ContractHistoryEntry
{
    private ContractHistoryEntry(ContractHistoryKind kind, EmployeeId actor, ActorChannel channel, Instant at, string detail)
    {
        Kind = kind;
        Actor = actor;
        Channel = channel;
        At = at;
        Detail = detail;
    }

    /// <summary>Gets what happened.</summary>
    public ContractHistoryKind Kind { get; }

    /// <summary>Gets who did it.</summary>
    public EmployeeId Actor { get; }

    /// <summary>Gets the channel it came through.</summary>
    public ActorChannel Channel { get; }

    /// <summary>Gets when it happened.</summary>
    public Instant At { get; }

    /// <summary>Gets a short detail, for example the last day of a termination; may be empty.</summary>
    public string Detail { get; }

    /// <summary>Creates an entry, for storage adapters reading history back.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="actor">Who; not empty.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="at">When.</param>
    /// <param name="detail">The detail; may be empty.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">An enum is undefined or the actor is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="detail"/> is <see langword="null"/>.</exception>
    public static ContractHistoryEntry Create(ContractHistoryKind kind, EmployeeId actor, ActorChannel channel, Instant at, string detail)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.Default(actor);
        Guard.Against.EnumOutOfRange(channel);
        Guard.Against.Null(detail);
        return new(kind, actor, channel, at, detail);
    }

    internal static ContractHistoryEntry For(Actor actor, Instant at, ContractHistoryKind kind, string detail) =>
        new(kind, actor.EmployeeId, actor.Channel, at, detail);
}
