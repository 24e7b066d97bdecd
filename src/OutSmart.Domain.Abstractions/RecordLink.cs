using Ardalis.GuardClauses;

namespace OutSmart.Domain.Abstractions;

/// <summary>A typed reference from one record to another: the kind of the target and its id.</summary>
/// <remarks>
/// <para>Create links with the <c>To</c> overloads, which take the target's typed id, so a work-order id can never be
/// filed as an invoice. <see cref="Create"/> is for adapters that read a stored kind and id back.</para>
/// <para>Whether the target exists is not checked here: the domain refers to other records by id only.</para>
/// <para>Two links are equal when their kinds and ids are equal.</para>
/// </remarks>
public sealed record RecordLink
{
    private RecordLink(RecordKind kind, Guid id)
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>Gets the kind of record this link points to.</summary>
    public RecordKind Kind { get; }

    /// <summary>Gets the id of the record this link points to; never <see cref="Guid.Empty"/>.</summary>
    public Guid Id { get; }

    /// <summary>Creates a link from a stored kind and id.</summary>
    /// <param name="kind">A defined <see cref="RecordKind"/>.</param>
    /// <param name="id">The target's id; not <see cref="Guid.Empty"/>.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined, or <paramref name="id"/> is empty.</exception>
    public static RecordLink Create(RecordKind kind, Guid id)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.Default(id);
        return new RecordLink(kind, id);
    }

    /// <summary>Creates a link to a customer.</summary>
    /// <param name="id">The customer; not empty.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static RecordLink To(CustomerId id) => Create(RecordKind.Customer, id.Value);

    /// <summary>Creates a link to a work order.</summary>
    /// <param name="id">The work order; not empty.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static RecordLink To(WorkOrderId id) => Create(RecordKind.WorkOrder, id.Value);

    /// <summary>Creates a link to an invoice.</summary>
    /// <param name="id">The invoice; not empty.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static RecordLink To(InvoiceId id) => Create(RecordKind.Invoice, id.Value);

    /// <summary>Creates a link to a quote.</summary>
    /// <param name="id">The quote; not empty.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static RecordLink To(QuoteId id) => Create(RecordKind.Quote, id.Value);

    /// <summary>Creates a link to a project.</summary>
    /// <param name="id">The project; not empty.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static RecordLink To(ProjectId id) => Create(RecordKind.Project, id.Value);

    /// <summary>Creates a link to a contact person.</summary>
    /// <param name="id">The contact; not empty.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static RecordLink To(ContactId id) => Create(RecordKind.Contact, id.Value);

    /// <summary>Creates a link to a contract.</summary>
    /// <param name="id">The contract; not empty.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static RecordLink To(ContractId id) => Create(RecordKind.Contract, id.Value);

    /// <summary>Creates a link to an object or asset.</summary>
    /// <param name="id">The asset; not empty.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static RecordLink To(AssetId id) => Create(RecordKind.Asset, id.Value);

    /// <summary>Returns the link as <c>Kind:id</c>, for logs and display.</summary>
    /// <returns>For example <c>WorkOrder:8f0c…</c>.</returns>
    public override string ToString() => $"{Kind}:{Id:D}";
}
