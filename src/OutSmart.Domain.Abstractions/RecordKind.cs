namespace OutSmart.Domain.Abstractions;

/// <summary>The kinds of record that another record can link to.</summary>
/// <remarks>The numeric values are stable and may be stored.</remarks>
public enum RecordKind
{
    /// <summary>A customer (klant); the id is a <see cref="CustomerId"/>.</summary>
    Customer = 1,

    /// <summary>A work order (werkbon); the id is a <see cref="WorkOrderId"/>.</summary>
    WorkOrder = 2,

    /// <summary>An invoice (factuur); the id is an <see cref="InvoiceId"/>.</summary>
    Invoice = 3,

    /// <summary>A quote (offerte); the id is a <see cref="QuoteId"/>.</summary>
    Quote = 4,

    /// <summary>A project (project); the id is a <see cref="ProjectId"/>.</summary>
    Project = 5,

    /// <summary>A contact person (contactpersoon); the id is a <see cref="ContactId"/>.</summary>
    Contact = 6,

    /// <summary>A service contract (contract); the id is a <see cref="ContractId"/>.</summary>
    Contract = 7,

    /// <summary>An object or asset at a site (object); the id is an <see cref="AssetId"/>.</summary>
    Asset = 8,
}
