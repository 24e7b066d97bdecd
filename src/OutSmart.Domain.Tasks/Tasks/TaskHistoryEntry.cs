using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>One line of a task's append-only history (TSK-12): what happened, who did it, through which channel and when.</summary>
/// <remarks>Values are plain text so that history survives changes to the model. Two entries are equal when all their properties are equal.</remarks>
public sealed record TaskHistoryEntry
{
    private TaskHistoryEntry(TaskHistoryKind kind, EmployeeId actor, ActorChannel channel, Instant at, string? field, string? oldValue, string? newValue)
    {
        Kind = kind;
        Actor = actor;
        Channel = channel;
        At = at;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
    }

    /// <summary>Gets what happened.</summary>
    public TaskHistoryKind Kind { get; }

    /// <summary>Gets the employee who did it; never empty.</summary>
    public EmployeeId Actor { get; }

    /// <summary>Gets the channel the command came through.</summary>
    public ActorChannel Channel { get; }

    /// <summary>Gets when it happened (UTC instant).</summary>
    public Instant At { get; }

    /// <summary>Gets the name of the changed field for <see cref="TaskHistoryKind.FieldChanged"/> and <see cref="TaskHistoryKind.StatusChanged"/>; otherwise <see langword="null"/>.</summary>
    public string? Field { get; }

    /// <summary>Gets the value before the change, or <see langword="null"/> when there was none.</summary>
    public string? OldValue { get; }

    /// <summary>Gets the value after the change, or <see langword="null"/> when there is none.</summary>
    public string? NewValue { get; }

    /// <summary>Creates an entry; used by the task and by storage adapters that read one back.</summary>
    /// <param name="kind">A defined kind.</param>
    /// <param name="actor">Not empty.</param>
    /// <param name="channel">A defined channel.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="field">The field name, or <see langword="null"/>.</param>
    /// <param name="oldValue">The old value, or <see langword="null"/>.</param>
    /// <param name="newValue">The new value, or <see langword="null"/>.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> or <paramref name="channel"/> is undefined, or <paramref name="actor"/> is empty.</exception>
    public static TaskHistoryEntry Create(TaskHistoryKind kind, EmployeeId actor, ActorChannel channel, Instant at, string? field, string? oldValue, string? newValue)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.Default(actor);
        Guard.Against.EnumOutOfRange(channel);
        return new TaskHistoryEntry(kind, actor, channel, at, field, oldValue, newValue);
    }

    internal static TaskHistoryEntry For(Actor actor, Instant at, TaskHistoryKind kind, string? field, string? oldValue, string? newValue) =>
        new(kind, actor.EmployeeId, actor.Channel, at, field, oldValue, newValue);
}
