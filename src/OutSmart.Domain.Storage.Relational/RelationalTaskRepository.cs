using System.Data.Common;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>An <see cref="ITaskRepository"/> over a relational database (table <c>tasks</c>, with the employees and
/// links of each task in <c>task_employees</c> and <c>task_links</c>).</summary>
/// <remarks>
/// <para>Each add or save is one transaction: the row, compared on version (<c>UPDATE … WHERE id = @id AND version =
/// @expected</c>), and its side rows. Every read rehydrates a new task from the stored snapshot, so a caller never holds
/// stored state.</para>
/// <para><see cref="FindOverdueAsync"/> runs on the <c>(is_open, due_date)</c> and <c>(is_open, due_at)</c> indexes: a
/// date-only due is overdue exactly when its date is before today in the evaluation zone, which SQL decides; a due
/// moment is stored with the instant it resolved to when saved, and those within a day of <c>now</c> are decided again
/// with <see cref="TaskSnapshot.IsOverdue"/>, so a change in the zone's rules since the save is honoured.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public sealed class RelationalTaskRepository : ITaskRepository
{
    private static readonly Duration Band = Duration.FromDays(1);
    private readonly AggregateRows<TaskSnapshot> _rows;

    /// <summary>Creates a repository over a store.</summary>
    /// <param name="store">The database.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public RelationalTaskRepository(RelationalStore store)
    {
        Guard.Against.Null(store);
        _rows = new AggregateRows<TaskSnapshot>(store, nameof(FollowUpTask), store.Dialect.SelectTaskVersion);
    }

    private SqlDialect Dialect => _rows.Dialect;

    /// <inheritdoc />
    public async Task<FollowUpTask?> GetAsync(TaskId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TaskSnapshot? snapshot = await _rows.FindAsync(Dialect.SelectTask, [("id", Keys.Id(id.Value))], cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : FollowUpTask.Rehydrate(snapshot);
    }

    /// <inheritdoc />
    public async Task<OneOf<Success, ConcurrencyConflict>> AddAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        Guard.Against.Null(task);
        if (task.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a task that was never saved can be added; use SaveAsync.", nameof(task));
        }
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = task.Version.Next();
        TaskSnapshot stored = task.ToSnapshot().WithVersion(next);
        var inserted = await _rows.InsertAsync(Dialect.InsertTask, Row(stored), (c, t, ct) => WriteSideRowsAsync(c, t, stored, ct), cancellationToken).ConfigureAwait(false);
        if (inserted == AggregateRows<TaskSnapshot>.Insert.UniqueViolation)
        {
            return await _rows.ConflictOnAddAsync(stored.Id.Value, CancellationToken.None).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"A unique index refused task {stored.Id.Value}, but no task has its id.");
        }
        task.MarkSaved(next);
        return new Success();
    }

    /// <inheritdoc />
    public async Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        Guard.Against.Null(task);
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion loaded = task.Version;
        AggregateVersion next = loaded.Next();
        TaskSnapshot stored = task.ToSnapshot().WithVersion(next);
        return await _rows.SaveAsync(
            new(Dialect.UpdateTask, [.. Row(stored), ("expected", loaded.Value)], stored.Id.Value, loaded,
            (c, t, ct) => WriteSideRowsAsync(c, t, stored, ct)), task.MarkSaved, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<Page<FollowUpTask>> FindByEmployeeAsync(EmployeeId employee, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(page);
        return _rows.PageAsync(Dialect.SelectTasksByEmployee, Dialect.CountTasksByEmployee, [("employee", Keys.Id(employee.Value))], page, FollowUpTask.Rehydrate, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<FollowUpTask>> FindByLinkAsync(RecordLink link, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(link);
        Guard.Against.Null(page);
        return _rows.PageAsync(Dialect.SelectTasksByLink, Dialect.CountTasksByLink, [("kind", link.Kind.ToString()), ("record", Keys.Id(link.Id))], page, FollowUpTask.Rehydrate, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Page<FollowUpTask>> FindOverdueAsync(Instant now, DateTimeZone evaluationZone, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(evaluationZone);
        Guard.Against.Null(page);
        cancellationToken.ThrowIfCancellationRequested();
        (string, object?)[] certain = [("today", Keys.Date(now.InZone(evaluationZone).Date)), ("before", Keys.Instant(now - Band))];
        List<TaskSnapshot> near = await _rows.ListAsync(
            Dialect.SelectTasksDueBetween, [("from", Keys.Instant(now - Band)), ("to", Keys.Instant(now + Band))], cancellationToken).ConfigureAwait(false);
        near.RemoveAll(s => !s.IsOverdue(now, evaluationZone));
        long certainCount = await _rows.CountAsync(Dialect.CountCertainlyOverdueTasks, certain, cancellationToken).ConfigureAwait(false);
        long wanted = (long)page.Offset + page.Limit;
        List<TaskSnapshot> first = await _rows.ListAsync(Dialect.SelectCertainlyOverdueTasks, [.. certain, ("limit", wanted)], cancellationToken).ConfigureAwait(false);
        first.AddRange(near);
        first.Sort(static (a, b) => a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.Id.Value.CompareTo(b.Id.Value));
        var items = first.Skip(page.Offset).Take(page.Limit).Select(FollowUpTask.Rehydrate).ToList();
        return new Page<FollowUpTask>(items, page, checked((int)(certainCount + near.Count)));
    }

    private static (string Name, object? Value)[] Row(TaskSnapshot snapshot)
    {
        TaskDue? due = snapshot.Schedule.Due;
        return
        [
            ("id", Keys.Id(snapshot.Id.Value)),
            ("version", snapshot.Version.Value),
            ("created_at", Keys.Instant(snapshot.CreatedAt)),
            ("is_open", snapshot.Status.IsOpen()),
            ("due_date", due?.Date is { } date ? Keys.Date(date) : null),
            ("due_at", due?.ResolveMoment() is { } moment ? Keys.Instant(moment) : null),
            ("snapshot", SnapshotJson.Write(snapshot)),
        ];
    }

    private async Task WriteSideRowsAsync(DbConnection connection, DbTransaction transaction, TaskSnapshot snapshot, CancellationToken cancellationToken)
    {
        string id = Keys.Id(snapshot.Id.Value);
        await Sql.ExecuteAsync(connection, transaction, Dialect.DeleteTaskEmployees, [("id", id)], cancellationToken).ConfigureAwait(false);
        foreach (EmployeeId employee in snapshot.Participants.Assignees.Prepend(snapshot.Participants.Owner).Distinct())
        {
            await Sql.ExecuteAsync(connection, transaction, Dialect.InsertTaskEmployee, [("id", id), ("employee", Keys.Id(employee.Value))], cancellationToken).ConfigureAwait(false);
        }
        await Sql.ExecuteAsync(connection, transaction, Dialect.DeleteTaskLinks, [("id", id)], cancellationToken).ConfigureAwait(false);
        foreach (RecordLink link in snapshot.Links.Distinct())
        {
            await Sql.ExecuteAsync(connection, transaction, Dialect.InsertTaskLink, [("id", id), ("kind", link.Kind.ToString()), ("record", Keys.Id(link.Id))], cancellationToken).ConfigureAwait(false);
        }
    }
}
