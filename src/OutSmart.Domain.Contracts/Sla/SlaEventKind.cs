namespace OutSmart.Domain.Contracts;

/// <summary>What happened to a work order, as far as its SLA clock is concerned.</summary>
public enum SlaEventKind
{
    /// <summary>The clock stops, for example while the work order waits for the customer or a part (<i>gepauzeerd</i>).</summary>
    Paused = 1,

    /// <summary>The clock runs again after a <see cref="Paused"/>.</summary>
    Resumed = 2,

    /// <summary>The customer was answered; ends the <see cref="SlaTargetKind.Response"/> target.</summary>
    Responded = 3,

    /// <summary>A technician arrived; ends the <see cref="SlaTargetKind.OnSite"/> target.</summary>
    OnSite = 4,

    /// <summary>The problem was solved; ends the <see cref="SlaTargetKind.Resolution"/> target.</summary>
    Resolved = 5,
}
