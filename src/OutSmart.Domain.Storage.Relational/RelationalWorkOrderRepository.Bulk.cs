using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Ardalis.GuardClauses;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.Relational;

/// <content>The bulk add: many new work orders in one transaction, with multi-row inserts that skip taken ids and keys.</content>
public sealed partial class RelationalWorkOrderRepository
{
    /// <inheritdoc />
    /// <remarks>
    /// <para>One write transaction for the whole batch. The work orders go in multi-row
    /// <c>INSERT … ON CONFLICT DO NOTHING RETURNING id</c> statements of at most
    /// <see cref="SqlDialect.MaxBulkWorkOrderRows"/> rows; the database skips a row whose id or occurrence key is
    /// taken, also by a concurrent writer, and the rows it skipped are then looked up (by id, then by key) in the same
    /// transaction to say why. Assignee rows are written for the stored work orders only.</para>
    /// <para>Items that share an id or a key with an earlier item of the batch go in a later round of statements, after
    /// that item, so the results are those of adding one after another in input order. Within a round the rows are
    /// written in one order (by occurrence key, then id), so concurrent batches over the same keys never deadlock.</para>
    /// </remarks>
    public async Task<ImmutableArray<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>>> AddManyAsync(
        IReadOnlyList<WorkOrder> workOrders, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workOrders);
        var rows = new BulkRow[workOrders.Count];
        var lastRoundById = new Dictionary<Guid, int>();
        var lastRoundByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        int rounds = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            WorkOrder workOrder = Guard.Against.Null(workOrders[i], nameof(workOrders));
            if (workOrder.Version != AggregateVersion.New)
            {
                throw new ArgumentException("Only work orders that were never saved can be added; use SaveAsync.", nameof(workOrders));
            }
            WorkOrderSnapshot stored = workOrder.ToSnapshot().WithVersion(AggregateVersion.New.Next());
            string? key = stored.Origin.Occurrence?.ToString();
            // An item goes in the round after every earlier item that shares its id or key.
            int round = Math.Max(
                lastRoundById.TryGetValue(stored.Id.Value, out int byId) ? byId + 1 : 0,
                key is not null && lastRoundByKey.TryGetValue(key, out int byKey) ? byKey + 1 : 0);
            lastRoundById[stored.Id.Value] = round;
            if (key is not null)
            {
                lastRoundByKey[key] = round;
            }
            rounds = Math.Max(rounds, round + 1);
            rows[i] = new BulkRow(stored, Keys.Id(stored.Id.Value), key, round);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var results = new OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>[rows.Length];
        if (rows.Length > 0)
        {
            await _rows.InTransactionAsync(
                async (connection, transaction, ct) =>
                {
                    for (int round = 0; round < rounds; round++)
                    {
                        // One order for every writer (by key, then id), so two batches racing for the same keys
                        // wait for each other instead of deadlocking.
                        BulkRow[] inRound = [.. rows.Where(row => row.Round == round)
                            .OrderBy(row => row.Key ?? string.Empty, StringComparer.Ordinal)
                            .ThenBy(row => row.Id, StringComparer.Ordinal)];
                        await InsertRoundAsync(connection, transaction, inRound, ct).ConfigureAwait(false);
                    }
                    await WriteBulkAssigneesAsync(connection, transaction, rows, ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        for (int i = 0; i < rows.Length; i++)
        {
            BulkRow row = rows[i];
            if (row.Stored)
            {
                workOrders[i].MarkSaved(row.Snapshot.Version);
                results[i] = new Success();
            }
            else if (row.ActualVersion is { } actual)
            {
                results[i] = new ConcurrencyConflict(nameof(WorkOrder), row.Snapshot.Id.Value, AggregateVersion.New, AggregateVersion.From(actual));
            }
            else if (row.Snapshot.Origin.Occurrence is { } occurrence && row.PlannedBy is { } planned)
            {
                results[i] = new OccurrenceAlreadyPlanned(occurrence, new WorkOrderId(Guid.Parse(planned)));
            }
            else
            {
                throw new InvalidOperationException($"The database skipped work order {row.Id}, but neither its id nor its occurrence is stored.");
            }
        }
        return ImmutableArray.Create(results);
    }

    // Inserts rows with distinct ids and keys, chunk by chunk, then finds out why the skipped ones were skipped.
    private async Task InsertRoundAsync(DbConnection connection, DbTransaction transaction, BulkRow[] round, CancellationToken cancellationToken)
    {
        int chunkSize = Dialect.MaxBulkWorkOrderRows;
        foreach (BulkRow[] chunk in round.Chunk(chunkSize))
        {
            var parameters = new (string, object?)[chunk.Length * 7];
            for (int i = 0; i < chunk.Length; i++)
            {
                WorkOrderSnapshot s = chunk[i].Snapshot;
                string n = i.ToString(CultureInfo.InvariantCulture);
                parameters[(i * 7) + 0] = ("id_" + n, chunk[i].Id);
                parameters[(i * 7) + 1] = ("version_" + n, s.Version.Value);
                parameters[(i * 7) + 2] = ("planned_at_" + n, Keys.Instant(s.PlannedAt));
                parameters[(i * 7) + 3] = ("customer_" + n, Keys.Id(s.CustomerId.Value));
                parameters[(i * 7) + 4] = ("contract_" + n, s.Origin.ContractId is { } contract ? Keys.Id(contract.Value) : null);
                parameters[(i * 7) + 5] = ("occurrence_key_" + n, chunk[i].Key);
                parameters[(i * 7) + 6] = ("snapshot_" + n, SnapshotJson.Write(s));
            }
            List<string> inserted = await Sql.StringsAsync(connection, transaction, Dialect.InsertWorkOrdersSkippingTaken(chunk.Length), parameters, cancellationToken).ConfigureAwait(false);
            var insertedIds = new HashSet<string>(inserted.Select(id => id.ToLowerInvariant()), StringComparer.Ordinal);
            foreach (BulkRow row in chunk)
            {
                row.Stored = insertedIds.Contains(row.Id);
            }
        }
        BulkRow[] skipped = Array.FindAll(round, row => !row.Stored);
        foreach (BulkRow[] chunk in skipped.Chunk(chunkSize))
        {
            var byId = chunk.ToDictionary(row => row.Id, StringComparer.Ordinal);
            await Sql.ReadAsync(
                connection, transaction, Dialect.SelectWorkOrderVersionsByIds(chunk.Length),
                [.. chunk.Select((row, i) => ("id_" + i.ToString(CultureInfo.InvariantCulture), (object?)row.Id))],
                reader => byId[reader.GetString(0).ToLowerInvariant()].ActualVersion = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture),
                cancellationToken).ConfigureAwait(false);
            BulkRow[] byKeyRows = Array.FindAll(chunk, row => row.ActualVersion is null && row.Key is not null);
            if (byKeyRows.Length == 0)
            {
                continue;
            }
            var byKey = byKeyRows.ToDictionary(row => row.Key!, StringComparer.Ordinal);
            await Sql.ReadAsync(
                connection, transaction, Dialect.SelectWorkOrderIdsByOccurrences(byKeyRows.Length),
                [.. byKeyRows.Select((row, i) => ("occurrence_key_" + i.ToString(CultureInfo.InvariantCulture), (object?)row.Key))],
                reader => byKey[reader.GetString(0)].PlannedBy = reader.GetString(1).ToLowerInvariant(),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteBulkAssigneesAsync(DbConnection connection, DbTransaction transaction, BulkRow[] rows, CancellationToken cancellationToken)
    {
        var assignees = new List<(string WorkOrder, string Employee)>();
        foreach (BulkRow row in rows)
        {
            if (row.Stored)
            {
                assignees.AddRange(row.Snapshot.AssignedEmployees.Distinct().Select(employee => (row.Id, Keys.Id(employee.Value))));
            }
        }
        foreach ((string WorkOrder, string Employee)[] chunk in assignees.Chunk(Dialect.MaxBulkWorkOrderRows))
        {
            var parameters = new (string, object?)[chunk.Length * 2];
            for (int i = 0; i < chunk.Length; i++)
            {
                string n = i.ToString(CultureInfo.InvariantCulture);
                parameters[i * 2] = ("id_" + n, chunk[i].WorkOrder);
                parameters[(i * 2) + 1] = ("employee_" + n, chunk[i].Employee);
            }
            await Sql.ExecuteAsync(connection, transaction, Dialect.InsertWorkOrderAssigneeRows(chunk.Length), parameters, cancellationToken).ConfigureAwait(false);
        }
    }

    // One work order of a batch: its row values, its round, and what the database said.
    private sealed class BulkRow(WorkOrderSnapshot snapshot, string id, string? key, int round)
    {
        public WorkOrderSnapshot Snapshot { get; } = snapshot;

        public string Id { get; } = id;

        public string? Key { get; } = key;

        public int Round { get; } = round;

        public bool Stored { get; set; }

        public long? ActualVersion { get; set; }

        public string? PlannedBy { get; set; }
    }
}
