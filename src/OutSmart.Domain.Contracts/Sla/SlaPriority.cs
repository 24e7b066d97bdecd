namespace OutSmart.Domain.Contracts;

/// <summary>How urgent a corrective work order is (<i>prioriteit</i>); an <see cref="SlaPolicy"/> gives targets per priority.</summary>
public enum SlaPriority
{
    /// <summary>Can wait: planned in with regular work.</summary>
    Low = 1,

    /// <summary>The usual priority.</summary>
    Normal = 2,

    /// <summary>Needs attention before regular work.</summary>
    High = 3,

    /// <summary>A breakdown (<i>storing</i>) that stops the customer's operation.</summary>
    Urgent = 4,
}
