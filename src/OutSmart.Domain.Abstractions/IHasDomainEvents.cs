namespace OutSmart.Domain.Abstractions;

/// <summary>An aggregate that collects domain events until the host has dispatched them.</summary>
/// <remarks>Instances are not thread-safe; an aggregate is used by one command at a time.</remarks>
public interface IHasDomainEvents
{
    /// <summary>Gets the events raised since the aggregate was loaded or since <see cref="ClearDomainEvents"/>, oldest first.</summary>
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    /// <summary>Forgets the collected events, after the host has dispatched them.</summary>
    void ClearDomainEvents();
}
