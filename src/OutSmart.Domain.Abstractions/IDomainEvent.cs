using NodaTime;

namespace OutSmart.Domain.Abstractions;

/// <summary>Something that happened to an aggregate, named in the past tense (<c>TaskCompleted</c>, <c>WorkOrderSent</c>).</summary>
/// <remarks>Aggregates collect their events in <see cref="IHasDomainEvents.DomainEvents"/>; the host dispatches them after a successful save.</remarks>
public interface IDomainEvent
{
    /// <summary>Gets the moment the event happened, as passed in by the command that caused it.</summary>
    Instant OccurredAt { get; }
}
