using System.Collections.Immutable;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A snapshot of the content of a work order that a signature covers (SIG-09) and the back office receives (WO-07).</summary>
/// <remarks>
/// <para>Answers and notes are sorted by key (ordinal); hours, materials and photos keep their registration order.
/// General notes have the empty step id.</para>
/// <para>Two snapshots are equal when all parts are equal, collections in order.</para>
/// </remarks>
public sealed record WorkOrderContent
{
    internal WorkOrderContent(
        WorkOrderId workOrderId,
        string number,
        CustomerId customerId,
        ImmutableArray<HourRegistration> hours,
        ImmutableArray<MaterialLine> materials,
        ImmutableArray<KeyValuePair<string, string>> answers,
        ImmutableArray<string> photoHashes,
        ImmutableArray<KeyValuePair<string, string>> notes,
        ImmutableArray<KeyValuePair<string, FormResult>> results)
    {
        Results = results;
        WorkOrderId = workOrderId;
        Number = number;
        CustomerId = customerId;
        Hours = hours;
        Materials = materials;
        Answers = answers;
        PhotoHashes = photoHashes;
        Notes = notes;
    }

    /// <summary>Gets the work order.</summary>
    public WorkOrderId WorkOrderId { get; }

    /// <summary>Gets the work order number.</summary>
    public string Number { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the registered hours in registration order.</summary>
    public ImmutableArray<HourRegistration> Hours { get; }

    /// <summary>Gets the material lines in registration order.</summary>
    public ImmutableArray<MaterialLine> Materials { get; }

    /// <summary>Gets the form answers as (field id, canonical answer), sorted by field id.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Answers { get; }

    /// <summary>Gets the photo content hashes in the order the photos were added.</summary>
    public ImmutableArray<string> PhotoHashes { get; }

    /// <summary>Gets the notes as (step id, text), sorted by step id; general notes have the empty step id.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Notes { get; }

    /// <summary>Gets the overall form results as (step id, result), sorted by step id (WO-10).</summary>
    public ImmutableArray<KeyValuePair<string, FormResult>> Results { get; }

    /// <inheritdoc />
    public bool Equals(WorkOrderContent? other) =>
        other is not null && WorkOrderId == other.WorkOrderId && Number == other.Number && CustomerId == other.CustomerId
        && Hours.SequenceEqual(other.Hours) && Materials.SequenceEqual(other.Materials) && Answers.SequenceEqual(other.Answers)
        && PhotoHashes.SequenceEqual(other.PhotoHashes) && Notes.SequenceEqual(other.Notes) && Results.SequenceEqual(other.Results);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WorkOrderId, Number, Hours.Length, Materials.Length, Answers.Length, PhotoHashes.Length);
}
