namespace OutSmart.Domain.Contracts;

/// <summary>What a contract delivers (contractsoort).</summary>
public enum ContractKind
{
    /// <summary>Preventive maintenance (preventief onderhoud): visits from one or more recurring schedules.</summary>
    Preventive = 1,

    /// <summary>Corrective service with an SLA (storingscontract): response, on-site and resolution targets.</summary>
    Corrective = 2,

    /// <summary>Yearly orders (jaaropdrachten): a number of work orders per year, spread with a minimum spacing.</summary>
    YearlyOrders = 3,
}
