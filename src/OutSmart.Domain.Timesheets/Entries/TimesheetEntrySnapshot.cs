using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>The complete state of a <see cref="TimesheetEntry"/> as plain immutable data, for storage adapters.</summary>
/// <remarks>
/// <para>The constructor stores what it is given; <see cref="TimesheetEntry.Rehydrate"/> checks it and refuses an
/// inconsistent snapshot. Store the zone by its id and look it up again when reading.</para>
/// <para>Two snapshots are equal when all values are equal, the history compared line by line and the zone by id.</para>
/// </remarks>
public sealed record TimesheetEntrySnapshot
{
    /// <summary>Creates a snapshot; nothing is checked here.</summary>
    /// <param name="id">The entry id.</param>
    /// <param name="version">The stored version.</param>
    /// <param name="employeeId">Whose hours.</param>
    /// <param name="zone">The employee's zone.</param>
    /// <param name="content">What it records.</param>
    /// <param name="links">What it is for.</param>
    /// <param name="description">The description.</param>
    /// <param name="importKey">The import key, or <see langword="null"/>.</param>
    /// <param name="status">The status.</param>
    /// <param name="exportBatch">The export batch, set exactly when exported.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="createdBy">Who created it.</param>
    /// <param name="history">The history, oldest first.</param>
    public TimesheetEntrySnapshot(TimesheetEntryId id,
    AggregateVersion version,
    EmployeeId employeeId,
    DateTimeZone zone,
    TimesheetEntryContent content,
    EntryLinks links,
    string description,
    ImportKey? importKey,
    TimesheetEntryStatus status,
    ExportBatchId? exportBatch,
    Instant createdAt,
    EmployeeId createdBy,
    ImmutableArray<TimesheetEntryHistoryEntry> history)
    {
        Id = id;
        Version = version;
        EmployeeId = employeeId;
        Zone = zone;
        Content = content;
        Links = links;
        Description = description;
        ImportKey = importKey;
        Status = status;
        ExportBatch = exportBatch;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        History = history;
    }

    /// <summary>Gets the entry id.</summary>
    public TimesheetEntryId Id { get; }

    /// <summary>Gets the stored version.</summary>
    public AggregateVersion Version { get; }

    /// <summary>Gets whose hours these are.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the employee's zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets what the entry records.</summary>
    public TimesheetEntryContent Content { get; }

    /// <summary>Gets what the entry is for.</summary>
    public EntryLinks Links { get; }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets the import key, or <see langword="null"/>.</summary>
    public ImportKey? ImportKey { get; }

    /// <summary>Gets the status.</summary>
    public TimesheetEntryStatus Status { get; }

    /// <summary>Gets the export batch, or <see langword="null"/>.</summary>
    public ExportBatchId? ExportBatch { get; }

    /// <summary>Gets when the entry was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets who created it.</summary>
    public EmployeeId CreatedBy { get; }

    /// <summary>Gets the history, oldest first.</summary>
    public ImmutableArray<TimesheetEntryHistoryEntry> History { get; }

    /// <summary>Gets the entry's date (shorthand for the content's date); the queries' first sort key.</summary>
    public LocalDate Date => Content.Date;

    /// <summary>Returns the same snapshot with another version.</summary>
    /// <param name="version">The version to store.</param>
    /// <returns>The copy.</returns>
    public TimesheetEntrySnapshot WithVersion(AggregateVersion version) => new(
        Id, version, EmployeeId, Zone, Content, Links, Description, ImportKey, Status, ExportBatch, CreatedAt, CreatedBy, History);

    /// <inheritdoc />
    public bool Equals(TimesheetEntrySnapshot? other) =>
        other is not null && Id == other.Id && Version == other.Version && EmployeeId == other.EmployeeId
        && string.Equals(Zone?.Id, other.Zone?.Id, StringComparison.Ordinal) && Content == other.Content && Links == other.Links
        && string.Equals(Description, other.Description, StringComparison.Ordinal) && ImportKey == other.ImportKey && Status == other.Status
        && ExportBatch == other.ExportBatch && CreatedAt == other.CreatedAt && CreatedBy == other.CreatedBy
        && (History.IsDefault || other.History.IsDefault ? History.IsDefault && other.History.IsDefault : History.SequenceEqual(other.History));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Status);
}
