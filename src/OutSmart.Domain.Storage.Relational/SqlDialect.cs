using System.Data.Common;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>
/// Everything that differs between databases, in one place: all SQL text of a dialect, its schema migrations, the lock
/// that keeps two processes from migrating at once, and how it reports a unique-key violation. One sealed class per
/// database lives in its adapter package (<c>SqliteDialect</c>, <c>PostgreSqlDialect</c>); the repositories of
/// <c>OutSmart.Domain.Storage.Relational</c> run this text over <see cref="DbConnection"/> and share everything else.
/// </summary>
/// <remarks>
/// <para><b>Tables</b> (created by <see cref="Migrations"/>): one per aggregate, with the id as primary key, the stored
/// version, the columns the port's queries filter and order on, and the whole snapshot as JSON text in
/// <c>snapshot</c>; side tables hold the many-valued query keys (a task's employees and links, a work order's
/// assignees), replaced in the aggregate's save transaction.</para>
/// <para><b>Parameters</b> are named <c>@name</c> and bound as plain values: ids as lower-case <see cref="Guid"/> text
/// (<c>"D"</c> format, whose ordinal order is <see cref="Guid.CompareTo(Guid)"/>'s), instants as fixed-width UTC
/// text that sorts in time order (<c>uuuu-MM-ddTHH:mm:ss.fffffffffZ</c>), dates as <c>uuuu-MM-dd</c>, versions and
/// numbers as <see cref="long"/> or <see cref="int"/>, flags as <see cref="bool"/>, snapshots as JSON text. A dialect
/// may cast them in its SQL (<c>CAST(@snapshot AS jsonb)</c>). Each property names the parameters it gets and the
/// columns it must return, in order.</para>
/// <para><b>Order</b>: every paged query orders by the port's key and then by the id text, with
/// <c>LIMIT @limit OFFSET @offset</c> or the dialect's equivalent.</para>
/// <para>A dialect holds no state; one instance may serve every connection.</para>
/// </remarks>
public abstract class SqlDialect
{
    /// <summary>Gets the database's name, for messages: for example <c>SQLite</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the schema migrations, versions 1, 2, 3 … in order; never change one that has shipped.</summary>
    public abstract IReadOnlyList<SchemaMigration> Migrations { get; }

    /// <summary>Gets the statement that creates the <c>schema_migrations</c> table when missing
    /// (<c>version</c> integer primary key, <c>name</c> text, <c>applied_at</c> text).</summary>
    public abstract string CreateMigrationTable { get; }

    /// <summary>Gets the query for the applied migrations: returns <c>version, name</c> ordered by version.</summary>
    public abstract string SelectMigrations { get; }

    /// <summary>Gets the statement that records an applied migration: <c>@version, @name, @applied_at</c>.</summary>
    public abstract string InsertMigration { get; }

    /// <summary>Prepares a newly opened connection (session settings such as a busy timeout); runs before any use.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>A task that completes when the connection is ready.</returns>
    public virtual Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Prepares the database once before migrating, outside any transaction (SQLite switches to WAL here).</summary>
    /// <param name="connection">The open, prepared connection.</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>A task that completes when the database is ready to migrate.</returns>
    public virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Begins the transaction migrations run in, holding the lock that keeps every other process from
    /// migrating until it ends (PostgreSQL: a transaction-scoped advisory lock; SQLite: <c>BEGIN IMMEDIATE</c>).</summary>
    /// <param name="connection">The open, prepared connection.</param>
    /// <param name="cancellationToken">Cancels waiting for the lock.</param>
    /// <returns>The transaction; committing or disposing it releases the lock.</returns>
    public abstract Task<DbTransaction> BeginMigrationTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Begins the transaction one aggregate save runs in.</summary>
    /// <param name="connection">The open, prepared connection.</param>
    /// <param name="cancellationToken">Cancels beginning the transaction.</param>
    /// <returns>The transaction.</returns>
    /// <remarks>The default begins the provider's default transaction. SQLite must take the write lock at the start
    /// (<c>BEGIN IMMEDIATE</c>) so that two writers wait for each other instead of failing on lock upgrade.</remarks>
    public virtual async Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Gets whether an exception reports a violated primary key or unique index.</summary>
    /// <param name="exception">The exception a statement threw.</param>
    /// <returns><see langword="true"/> for a unique or primary-key violation; otherwise <see langword="false"/>.</returns>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Gets the query for one task: <c>@id</c>; returns <c>snapshot</c>.</summary>
    public abstract string SelectTask { get; }

    /// <summary>Gets the query for a task's stored version: <c>@id</c>; returns <c>version</c>.</summary>
    public abstract string SelectTaskVersion { get; }

    /// <summary>Gets the insert of a task row: <c>@id, @version, @created_at, @is_open, @due_date, @due_at,
    /// @snapshot</c> (<c>@due_date</c> for a date-only due, <c>@due_at</c> for a moment resolved when saved; the other
    /// is null).</summary>
    public abstract string InsertTask { get; }

    /// <summary>Gets the versioned update of a task row: the parameters of <see cref="InsertTask"/> plus
    /// <c>@expected</c>; changes the row only where <c>id = @id AND version = @expected</c>.</summary>
    public abstract string UpdateTask { get; }

    /// <summary>Gets the delete of a task's employee rows: <c>@id</c>.</summary>
    public abstract string DeleteTaskEmployees { get; }

    /// <summary>Gets the insert of one employee (owner or assignee) of a task: <c>@id, @employee</c>.</summary>
    public abstract string InsertTaskEmployee { get; }

    /// <summary>Gets the delete of a task's link rows: <c>@id</c>.</summary>
    public abstract string DeleteTaskLinks { get; }

    /// <summary>Gets the insert of one record link of a task: <c>@id, @kind, @record</c>.</summary>
    public abstract string InsertTaskLink { get; }

    /// <summary>Gets the page of tasks an employee takes part in: <c>@employee, @limit, @offset</c>; returns
    /// <c>snapshot</c> ordered by <c>created_at, id</c>.</summary>
    public abstract string SelectTasksByEmployee { get; }

    /// <summary>Gets the count of tasks an employee takes part in: <c>@employee</c>.</summary>
    public abstract string CountTasksByEmployee { get; }

    /// <summary>Gets the page of tasks linked to a record: <c>@kind, @record, @limit, @offset</c>; returns
    /// <c>snapshot</c> ordered by <c>created_at, id</c>.</summary>
    public abstract string SelectTasksByLink { get; }

    /// <summary>Gets the count of tasks linked to a record: <c>@kind, @record</c>.</summary>
    public abstract string CountTasksByLink { get; }

    /// <summary>Gets the first open tasks that are certainly overdue: <c>@today, @before, @limit</c>; matches
    /// <c>is_open AND (due_date &lt; @today OR due_at &lt; @before)</c>; returns <c>snapshot</c> ordered by
    /// <c>created_at, id</c>.</summary>
    public abstract string SelectCertainlyOverdueTasks { get; }

    /// <summary>Gets the count of the rows <see cref="SelectCertainlyOverdueTasks"/> matches: <c>@today, @before</c>.</summary>
    public abstract string CountCertainlyOverdueTasks { get; }

    /// <summary>Gets the open tasks whose due moment lies near the query instant: <c>@from, @to</c>; matches
    /// <c>is_open AND due_at &gt;= @from AND due_at &lt; @to</c>; returns <c>snapshot</c>, in any order.</summary>
    public abstract string SelectTasksDueBetween { get; }

    /// <summary>Gets the query for one work order: <c>@id</c>; returns <c>snapshot</c>.</summary>
    public abstract string SelectWorkOrder { get; }

    /// <summary>Gets the query for a work order's stored version: <c>@id</c>; returns <c>version</c>.</summary>
    public abstract string SelectWorkOrderVersion { get; }

    /// <summary>Gets the query for the work order of a contract occurrence: <c>@occurrence_key</c> (the key's
    /// canonical text, <c>OccurrenceKey.ToString()</c>); returns <c>snapshot</c>.</summary>
    public abstract string SelectWorkOrderByOccurrence { get; }

    /// <summary>Gets the query for the id of the work order of a contract occurrence: <c>@occurrence_key</c>; returns
    /// <c>id</c>.</summary>
    public abstract string SelectWorkOrderIdByOccurrence { get; }

    /// <summary>Gets the insert of a work order row: <c>@id, @version, @planned_at, @customer, @contract,
    /// @occurrence_key, @snapshot</c> (<c>@contract</c> and <c>@occurrence_key</c> null for a manual work order);
    /// <c>occurrence_key</c> is unique where it is set.</summary>
    public abstract string InsertWorkOrder { get; }

    /// <summary>Gets the versioned update of a work order row: <c>@id, @expected, @version, @planned_at, @customer,
    /// @snapshot</c>; changes the row only where <c>id = @id AND version = @expected</c>.</summary>
    public abstract string UpdateWorkOrder { get; }

    /// <summary>Gets the delete of a work order's assignee rows: <c>@id</c>.</summary>
    public abstract string DeleteWorkOrderAssignees { get; }

    /// <summary>Gets the insert of one assignee of a work order: <c>@id, @employee</c>.</summary>
    public abstract string InsertWorkOrderAssignee { get; }

    /// <summary>Gets the page of a customer's work orders: <c>@customer, @limit, @offset</c>; returns <c>snapshot</c>
    /// ordered by <c>planned_at, id</c>.</summary>
    public abstract string SelectWorkOrdersByCustomer { get; }

    /// <summary>Gets the count of a customer's work orders: <c>@customer</c>.</summary>
    public abstract string CountWorkOrdersByCustomer { get; }

    /// <summary>Gets the page of a contract's work orders: <c>@contract, @limit, @offset</c>; returns <c>snapshot</c>
    /// ordered by <c>planned_at, id</c>.</summary>
    public abstract string SelectWorkOrdersByContract { get; }

    /// <summary>Gets the count of a contract's work orders: <c>@contract</c>.</summary>
    public abstract string CountWorkOrdersByContract { get; }

    /// <summary>Gets the page of an employee's assigned work orders: <c>@employee, @limit, @offset</c>; returns
    /// <c>snapshot</c> ordered by <c>planned_at, id</c>.</summary>
    public abstract string SelectWorkOrdersByAssignee { get; }

    /// <summary>Gets the count of an employee's assigned work orders: <c>@employee</c>.</summary>
    public abstract string CountWorkOrdersByAssignee { get; }

    /// <summary>Gets the query for one workflow revision: <c>@id</c>; returns <c>snapshot</c>.</summary>
    public abstract string SelectWorkflow { get; }

    /// <summary>Gets the query for a workflow's stored version: <c>@id</c>; returns <c>version</c>.</summary>
    public abstract string SelectWorkflowVersion { get; }

    /// <summary>Gets the query for the id holding a work type's revision number: <c>@work_type, @revision</c>; returns
    /// <c>id</c>.</summary>
    public abstract string SelectWorkflowIdByRevision { get; }

    /// <summary>Gets the insert of a workflow row: <c>@id, @version, @work_type, @revision, @is_published,
    /// @snapshot</c>; <c>(work_type, revision)</c> is unique.</summary>
    public abstract string InsertWorkflow { get; }

    /// <summary>Gets the versioned update of a workflow row: <c>@id, @expected, @version, @is_published,
    /// @snapshot</c>; changes the row only where <c>id = @id AND version = @expected</c>.</summary>
    public abstract string UpdateWorkflow { get; }

    /// <summary>Gets the query for a work type's published revision with the highest number: <c>@work_type</c>;
    /// returns <c>snapshot</c>.</summary>
    public abstract string SelectLatestPublishedWorkflow { get; }

    /// <summary>Gets the page of a work type's revisions: <c>@work_type, @limit, @offset</c>; returns <c>snapshot</c>
    /// ordered by <c>revision, id</c>.</summary>
    public abstract string SelectWorkflowsByWorkType { get; }

    /// <summary>Gets the count of a work type's revisions: <c>@work_type</c>.</summary>
    public abstract string CountWorkflowsByWorkType { get; }

    // ---- Contracts ----

    /// <summary>Gets the query for one contract: <c>@id</c>; returns <c>snapshot</c>.</summary>
    public abstract string SelectContract { get; }

    /// <summary>Gets the query for a contract's stored version: <c>@id</c>; returns <c>version</c>.</summary>
    public abstract string SelectContractVersion { get; }

    /// <summary>Gets the insert of a contract row: <c>@id, @version, @customer, @generate_from, @last_day,
    /// @snapshot</c>. <c>@generate_from</c> is the first run day that may generate for the contract (its start minus
    /// the days in advance) and <c>@last_day</c> its last day, null while unknown (<c>Contract.MayGenerateOn</c>);
    /// both are recomputed on every save.</summary>
    public abstract string InsertContract { get; }

    /// <summary>Gets the versioned update of a contract row: the parameters of <see cref="InsertContract"/> plus
    /// <c>@expected</c>; changes the row only where <c>id = @id AND version = @expected</c>.</summary>
    public abstract string UpdateContract { get; }

    /// <summary>Gets the page of contracts that may generate on at least one run day from <c>@from</c> through
    /// <c>@to</c> (equal for one day): <c>@from, @to, @limit, @offset</c>; matches
    /// <c>generate_from &lt;= @to AND (last_day IS NULL OR last_day &gt;= @from)</c>; returns <c>snapshot</c> ordered
    /// by <c>id</c>.</summary>
    public abstract string SelectContractsGenerating { get; }

    /// <summary>Gets the count of the rows <see cref="SelectContractsGenerating"/> matches: <c>@from, @to</c>.</summary>
    public abstract string CountContractsGenerating { get; }

    /// <summary>Gets the page of a customer's contracts: <c>@customer, @limit, @offset</c>; returns <c>snapshot</c>
    /// ordered by <c>id</c>.</summary>
    public abstract string SelectContractsByCustomer { get; }

    /// <summary>Gets the count of a customer's contracts: <c>@customer</c>.</summary>
    public abstract string CountContractsByCustomer { get; }

    // ---- Timesheets ----

    /// <summary>Gets whether an exception reports a timesheet period that shares a day with a stored one, refused by
    /// the database (PostgreSQL: the exclusion constraint on the period's date range; SQLite: the insert trigger).</summary>
    /// <param name="exception">The exception a statement threw.</param>
    /// <returns><see langword="true"/> for the overlap refusal; otherwise <see langword="false"/>.</returns>
    public abstract bool IsPeriodOverlapViolation(DbException exception);

    /// <summary>Gets the query for one timesheet entry: <c>@id</c>; returns <c>snapshot</c>.</summary>
    public abstract string SelectTimesheetEntry { get; }

    /// <summary>Gets the query for a timesheet entry's stored version: <c>@id</c>; returns <c>version</c>.</summary>
    public abstract string SelectTimesheetEntryVersion { get; }

    /// <summary>Gets the query for the entry imported under a key: <c>@import_key</c>; returns <c>snapshot</c>.</summary>
    public abstract string SelectTimesheetEntryByImportKey { get; }

    /// <summary>Gets the query for the id of the entry imported under a key: <c>@import_key</c>; returns <c>id</c> as text.</summary>
    public abstract string SelectTimesheetEntryIdByImportKey { get; }

    /// <summary>Gets the insert of a timesheet entry row: <c>@id, @version, @employee, @entry_date, @start_at,
    /// @created_at, @status, @import_key, @snapshot</c> (<c>@start_at</c> and <c>@import_key</c> may be null);
    /// <c>import_key</c> is unique.</summary>
    public abstract string InsertTimesheetEntry { get; }

    /// <summary>Gets the versioned update of a timesheet entry row: <c>@id, @expected, @version, @employee,
    /// @entry_date, @start_at, @created_at, @status, @snapshot</c>; changes the row only where <c>id = @id AND version =
    /// @expected</c> (the import key never changes).</summary>
    public abstract string UpdateTimesheetEntry { get; }

    /// <summary>Gets the page of an employee's entries dated in a range: <c>@employee, @first, @last, @limit,
    /// @offset</c>; returns <c>snapshot</c> ordered by <c>entry_date, start_at</c> (nulls first)<c>, created_at, id</c>.</summary>
    public abstract string SelectTimesheetEntriesByEmployee { get; }

    /// <summary>Gets the count of an employee's entries dated in a range: <c>@employee, @first, @last</c>.</summary>
    public abstract string CountTimesheetEntriesByEmployee { get; }

    /// <summary>Gets the page of the entries with a status dated in a range: <c>@status, @first, @last, @limit,
    /// @offset</c>; returns <c>snapshot</c> in the order of <see cref="SelectTimesheetEntriesByEmployee"/>.</summary>
    public abstract string SelectTimesheetEntriesByStatus { get; }

    /// <summary>Gets the count of the entries with a status dated in a range: <c>@status, @first, @last</c>.</summary>
    public abstract string CountTimesheetEntriesByStatus { get; }

    /// <summary>Gets every entry with a status dated in a range, unpaged, for a data reader to stream: <c>@status,
    /// @first, @last</c>; returns <c>snapshot</c> in the order of <see cref="SelectTimesheetEntriesByEmployee"/>.</summary>
    public abstract string StreamTimesheetEntriesByStatus { get; }

    /// <summary>Gets the query for one timesheet period: <c>@id</c>; returns <c>snapshot</c>.</summary>
    public abstract string SelectTimesheetPeriod { get; }

    /// <summary>Gets the query for a timesheet period's stored version: <c>@id</c>; returns <c>version</c>.</summary>
    public abstract string SelectTimesheetPeriodVersion { get; }

    /// <summary>Gets the insert of a timesheet period row: <c>@id, @version, @first_day, @last_day, @is_closed,
    /// @snapshot</c>; refused (<see cref="IsPeriodOverlapViolation"/>) when a stored period shares a day with it.</summary>
    public abstract string InsertTimesheetPeriod { get; }

    /// <summary>Gets the versioned update of a timesheet period row: <c>@id, @expected, @version, @is_closed,
    /// @snapshot</c>; changes the row only where <c>id = @id AND version = @expected</c> (the days never change).</summary>
    public abstract string UpdateTimesheetPeriod { get; }

    /// <summary>Gets the query for the id of a stored period sharing a day with a range: <c>@first, @last</c>; returns
    /// <c>id</c> as text (the earliest one).</summary>
    public abstract string SelectOverlappingTimesheetPeriodId { get; }

    /// <summary>Gets the page of the periods sharing a day with a range: <c>@first, @last, @limit, @offset</c>; returns
    /// <c>snapshot</c> ordered by <c>first_day, id</c>.</summary>
    public abstract string SelectTimesheetPeriodsOverlapping { get; }

    /// <summary>Gets the count of the periods sharing a day with a range: <c>@first, @last</c>.</summary>
    public abstract string CountTimesheetPeriodsOverlapping { get; }

    /// <summary>Gets the query for one export batch: <c>@id</c>; returns <c>snapshot</c>.</summary>
    public abstract string SelectExportBatch { get; }

    /// <summary>Gets the query that returns <c>1</c> when an export batch with the id is stored: <c>@id</c>.</summary>
    public abstract string SelectExportBatchExists { get; }

    /// <summary>Gets the insert of an export batch row: <c>@id, @first_day, @last_day, @exported_at, @snapshot</c>; the
    /// id is the primary key.</summary>
    public abstract string InsertExportBatch { get; }

    /// <summary>Gets the page of the batches whose period shares a day with a range: <c>@first, @last, @limit,
    /// @offset</c>; returns <c>snapshot</c> ordered by <c>exported_at, id</c>.</summary>
    public abstract string SelectExportBatchesByPeriod { get; }

    /// <summary>Gets the count of the batches whose period shares a day with a range: <c>@first, @last</c>.</summary>
    public abstract string CountExportBatchesByPeriod { get; }

    /// <summary>Gets the query for an employee's timesheet settings: <c>@employee</c>; returns <c>snapshot</c>.</summary>
    public abstract string SelectTimesheetEmployee { get; }

    /// <summary>Gets the insert-or-replace of an employee's timesheet settings: <c>@employee, @snapshot</c>.</summary>
    public abstract string UpsertTimesheetEmployee { get; }
    // ---- Bulk work orders ----

    /// <summary>Gets how many rows one bulk work-order statement carries at most (<see cref="InsertWorkOrdersSkippingTaken"/>
    /// binds seven parameters per row; <see cref="InsertWorkOrderAssigneeRows"/> two); stays within the database's
    /// parameter limit.</summary>
    public abstract int MaxBulkWorkOrderRows { get; }

    /// <summary>Gets the multi-row insert of new work orders that skips every row whose id or occurrence key is stored
    /// already: for each row <c>i</c> from 0 the parameters of <see cref="InsertWorkOrder"/> suffixed <c>_i</c>
    /// (<c>@id_0, @version_0, @planned_at_0, @customer_0, @contract_0, @occurrence_key_0, @snapshot_0, @id_1, …</c>);
    /// returns the <c>id</c> (as text) of each row it inserted, in any order. The rows of one statement have distinct
    /// ids and keys.</summary>
    /// <param name="rows">How many rows, 1 to <see cref="MaxBulkWorkOrderRows"/>.</param>
    /// <returns>The statement text.</returns>
    public abstract string InsertWorkOrdersSkippingTaken(int rows);

    /// <summary>Gets the query for the stored versions of work orders: <c>@id_0 … @id_(count-1)</c>; returns
    /// <c>id</c> (as text) and <c>version</c> of each stored one, in any order.</summary>
    /// <param name="count">How many ids, 1 to <see cref="MaxBulkWorkOrderRows"/>.</param>
    /// <returns>The query text.</returns>
    public abstract string SelectWorkOrderVersionsByIds(int count);

    /// <summary>Gets the query for the work orders holding occurrence keys: <c>@occurrence_key_0 …
    /// @occurrence_key_(count-1)</c>; returns <c>occurrence_key</c> and <c>id</c> (as text) of each stored one, in any
    /// order.</summary>
    /// <param name="count">How many keys, 1 to <see cref="MaxBulkWorkOrderRows"/>.</param>
    /// <returns>The query text.</returns>
    public abstract string SelectWorkOrderIdsByOccurrences(int count);

    /// <summary>Gets the multi-row insert of work-order assignees: <c>@id_0, @employee_0, @id_1, @employee_1, …</c>
    /// (the parameters of <see cref="InsertWorkOrderAssignee"/> suffixed <c>_i</c>).</summary>
    /// <param name="rows">How many rows, 1 to <see cref="MaxBulkWorkOrderRows"/>.</param>
    /// <returns>The statement text.</returns>
    public abstract string InsertWorkOrderAssigneeRows(int rows);

    /// <summary>Joins <paramref name="count"/> copies of <paramref name="row"/>, each with <c>{0}</c> replaced by its
    /// index from 0, separated by commas: the value lists and <c>IN</c> lists of the bulk statements.</summary>
    /// <param name="row">The text of one row, using <c>{0}</c> for the row index in parameter names.</param>
    /// <param name="count">How many rows; at least 1.</param>
    /// <returns>The joined text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    protected static string Rows(string row, int count)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var text = new System.Text.StringBuilder(count * (row.Length + 8));
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }
            text.Append(row.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }
        return text.ToString();
    }
}
