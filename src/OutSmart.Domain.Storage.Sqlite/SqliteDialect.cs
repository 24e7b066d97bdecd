using System.Data.Common;
using Microsoft.Data.Sqlite;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Storage.Sqlite;

/// <summary>All SQL text of the SQLite adapter, its schema migrations, and its locking: the <see cref="SqlDialect"/>
/// for Microsoft.Data.Sqlite.</summary>
/// <remarks>
/// <para>Every connection gets a busy timeout of 30 seconds and foreign keys on; the database runs in WAL mode (readers never wait
/// for the writer). A write transaction starts with <c>BEGIN IMMEDIATE</c>, so two writers queue on the busy timeout
/// instead of failing when a read lock would have to be upgraded. Migrations run in a <c>BEGIN IMMEDIATE</c>
/// transaction, which is the lock that keeps two processes from migrating a new database at once.</para>
/// <para>Ids, instants and dates are <c>TEXT</c> in the forms <see cref="SqlDialect"/> describes, compared with the
/// binary collation, so text order is time and <see cref="Guid"/> order.</para>
/// <para>The instance holds no state; <see cref="Instance"/> serves every connection.</para>
/// </remarks>
public sealed class SqliteDialect : SqlDialect
{
    private const int SqliteConstraint = 19;

    private SqliteDialect()
    {
    }

    /// <summary>Gets the one instance.</summary>
    public static SqliteDialect Instance { get; } = new();

    // How long a statement waits for another connection's write lock before it fails.
    private const int BusyTimeoutMilliseconds = 30_000;

    /// <inheritdoc />
    public override string Name => "SQLite";

    /// <inheritdoc />
    public override IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, "tasks, work orders and workflows",
        [
            """
            CREATE TABLE tasks (
                id TEXT NOT NULL PRIMARY KEY,
                version INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                is_open INTEGER NOT NULL,
                due_date TEXT NULL,
                due_at TEXT NULL,
                snapshot TEXT NOT NULL)
            """,
            "CREATE INDEX ix_tasks_created ON tasks (created_at, id)",
            "CREATE INDEX ix_tasks_open_due_date ON tasks (is_open, due_date) WHERE due_date IS NOT NULL",
            "CREATE INDEX ix_tasks_open_due_at ON tasks (is_open, due_at) WHERE due_at IS NOT NULL",
            """
            CREATE TABLE task_employees (
                employee_id TEXT NOT NULL,
                task_id TEXT NOT NULL REFERENCES tasks (id),
                PRIMARY KEY (employee_id, task_id)) WITHOUT ROWID
            """,
            "CREATE INDEX ix_task_employees_task ON task_employees (task_id)",
            """
            CREATE TABLE task_links (
                kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                task_id TEXT NOT NULL REFERENCES tasks (id),
                PRIMARY KEY (kind, record_id, task_id)) WITHOUT ROWID
            """,
            "CREATE INDEX ix_task_links_task ON task_links (task_id)",
            """
            CREATE TABLE work_orders (
                id TEXT NOT NULL PRIMARY KEY,
                version INTEGER NOT NULL,
                planned_at TEXT NOT NULL,
                customer_id TEXT NOT NULL,
                contract_id TEXT NULL,
                occurrence_key TEXT NULL,
                snapshot TEXT NOT NULL)
            """,
            "CREATE UNIQUE INDEX ux_work_orders_occurrence ON work_orders (occurrence_key) WHERE occurrence_key IS NOT NULL",
            "CREATE INDEX ix_work_orders_customer ON work_orders (customer_id, planned_at, id)",
            "CREATE INDEX ix_work_orders_contract ON work_orders (contract_id, planned_at, id)",
            """
            CREATE TABLE work_order_assignees (
                employee_id TEXT NOT NULL,
                work_order_id TEXT NOT NULL REFERENCES work_orders (id),
                PRIMARY KEY (employee_id, work_order_id)) WITHOUT ROWID
            """,
            "CREATE INDEX ix_work_order_assignees_work_order ON work_order_assignees (work_order_id)",
            """
            CREATE TABLE workflows (
                id TEXT NOT NULL PRIMARY KEY,
                version INTEGER NOT NULL,
                work_type TEXT NOT NULL,
                revision INTEGER NOT NULL,
                is_published INTEGER NOT NULL,
                snapshot TEXT NOT NULL)
            """,
            "CREATE UNIQUE INDEX ux_workflows_revision ON workflows (work_type, revision)",
        ]),
        new(2, "contracts",
        [
            """
            CREATE TABLE contracts (
                id TEXT NOT NULL PRIMARY KEY,
                version INTEGER NOT NULL,
                customer_id TEXT NOT NULL,
                generate_from TEXT NOT NULL,
                last_day TEXT NULL,
                snapshot TEXT NOT NULL)
            """,
            "CREATE INDEX ix_contracts_customer ON contracts (customer_id, id)",
            "CREATE INDEX ix_contracts_generating ON contracts (generate_from, last_day)",
            // The generation page walks this in id order and tests the window on the index alone, so the rows an
            // offset skips are never read from the table (50,000 contracts in pages of 500: 1.2 s instead of 10.5 s).
            "CREATE INDEX ix_contracts_window ON contracts (id, generate_from, last_day)",
        ]),
        new(3, "timesheets",
        [
            """
            CREATE TABLE timesheet_entries (
                id TEXT NOT NULL PRIMARY KEY,
                version INTEGER NOT NULL,
                employee_id TEXT NOT NULL,
                entry_date TEXT NOT NULL,
                start_at TEXT NULL,
                created_at TEXT NOT NULL,
                status TEXT NOT NULL,
                import_key TEXT NULL,
                snapshot TEXT NOT NULL)
            """,
            "CREATE UNIQUE INDEX ux_timesheet_entries_import_key ON timesheet_entries (import_key) WHERE import_key IS NOT NULL",
            "CREATE INDEX ix_timesheet_entries_employee ON timesheet_entries (employee_id, entry_date, start_at, created_at, id)",
            "CREATE INDEX ix_timesheet_entries_status ON timesheet_entries (status, entry_date, start_at, created_at, id)",
            """
            CREATE TABLE timesheet_periods (
                id TEXT NOT NULL PRIMARY KEY,
                version INTEGER NOT NULL,
                first_day TEXT NOT NULL,
                last_day TEXT NOT NULL,
                is_closed INTEGER NOT NULL,
                snapshot TEXT NOT NULL,
                CHECK (first_day <= last_day))
            """,
            "CREATE INDEX ix_timesheet_periods_first_day ON timesheet_periods (first_day, id)",
            "CREATE INDEX ix_timesheet_periods_last_day ON timesheet_periods (last_day)",
            // Periods never overlap: a write transaction is BEGIN IMMEDIATE, so the check and the insert are one step.
            """
            CREATE TRIGGER tr_timesheet_periods_no_overlap BEFORE INSERT ON timesheet_periods
            WHEN EXISTS (SELECT 1 FROM timesheet_periods p WHERE p.last_day >= NEW.first_day AND p.first_day <= NEW.last_day)
            BEGIN SELECT RAISE(ABORT, 'timesheet period overlaps'); END
            """,
            """
            CREATE TABLE export_batches (
                id TEXT NOT NULL PRIMARY KEY,
                first_day TEXT NOT NULL,
                last_day TEXT NOT NULL,
                exported_at TEXT NOT NULL,
                snapshot TEXT NOT NULL)
            """,
            "CREATE INDEX ix_export_batches_period ON export_batches (last_day, first_day)",
            "CREATE INDEX ix_export_batches_exported ON export_batches (exported_at, id)",
            """
            CREATE TABLE timesheet_employees (
                employee_id TEXT NOT NULL PRIMARY KEY,
                snapshot TEXT NOT NULL)
            """,
        ]),
    ];

    /// <inheritdoc />
    public override string CreateMigrationTable =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    /// <inheritdoc />
    public override string SelectMigrations => "SELECT version, name FROM schema_migrations ORDER BY version";

    /// <inheritdoc />
    public override string InsertMigration => "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @applied_at)";

    /// <inheritdoc />
    public override async Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override Task<DbTransaction> BeginMigrationTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        BeginWriteTransactionAsync(connection, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Microsoft.Data.Sqlite begins a non-deferred transaction with <c>BEGIN IMMEDIATE</c>.</remarks>
    public override Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    /// <inheritdoc />
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: 1555 or 2067 };

    /// <inheritdoc />
    public override string SelectTask => "SELECT snapshot FROM tasks WHERE id = @id";

    /// <inheritdoc />
    public override string SelectTaskVersion => "SELECT version FROM tasks WHERE id = @id";

    /// <inheritdoc />
    public override string InsertTask =>
        "INSERT INTO tasks (id, version, created_at, is_open, due_date, due_at, snapshot) VALUES (@id, @version, @created_at, @is_open, @due_date, @due_at, @snapshot)";

    /// <inheritdoc />
    public override string UpdateTask =>
        "UPDATE tasks SET version = @version, created_at = @created_at, is_open = @is_open, due_date = @due_date, due_at = @due_at, snapshot = @snapshot WHERE id = @id AND version = @expected";

    /// <inheritdoc />
    public override string DeleteTaskEmployees => "DELETE FROM task_employees WHERE task_id = @id";

    /// <inheritdoc />
    public override string InsertTaskEmployee => "INSERT INTO task_employees (employee_id, task_id) VALUES (@employee, @id)";

    /// <inheritdoc />
    public override string DeleteTaskLinks => "DELETE FROM task_links WHERE task_id = @id";

    /// <inheritdoc />
    public override string InsertTaskLink => "INSERT INTO task_links (kind, record_id, task_id) VALUES (@kind, @record, @id)";

    /// <inheritdoc />
    public override string SelectTasksByEmployee =>
        "SELECT t.snapshot FROM tasks t JOIN task_employees e ON e.task_id = t.id WHERE e.employee_id = @employee ORDER BY t.created_at, t.id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountTasksByEmployee => "SELECT COUNT(*) FROM task_employees WHERE employee_id = @employee";

    /// <inheritdoc />
    public override string SelectTasksByLink =>
        "SELECT t.snapshot FROM tasks t JOIN task_links l ON l.task_id = t.id WHERE l.kind = @kind AND l.record_id = @record ORDER BY t.created_at, t.id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountTasksByLink => "SELECT COUNT(*) FROM task_links WHERE kind = @kind AND record_id = @record";

    /// <inheritdoc />
    public override string SelectCertainlyOverdueTasks =>
        "SELECT snapshot FROM tasks WHERE id IN (SELECT id FROM tasks WHERE is_open = 1 AND due_date < @today UNION ALL SELECT id FROM tasks WHERE is_open = 1 AND due_at < @before) ORDER BY created_at, id LIMIT @limit";

    /// <inheritdoc />
    public override string CountCertainlyOverdueTasks =>
        "SELECT (SELECT COUNT(*) FROM tasks WHERE is_open = 1 AND due_date < @today) + (SELECT COUNT(*) FROM tasks WHERE is_open = 1 AND due_at < @before)";

    /// <inheritdoc />
    public override string SelectTasksDueBetween => "SELECT snapshot FROM tasks WHERE is_open = 1 AND due_at >= @from AND due_at < @to";

    /// <inheritdoc />
    public override string SelectWorkOrder => "SELECT snapshot FROM work_orders WHERE id = @id";

    /// <inheritdoc />
    public override string SelectWorkOrderVersion => "SELECT version FROM work_orders WHERE id = @id";

    /// <inheritdoc />
    public override string SelectWorkOrderByOccurrence =>
        "SELECT snapshot FROM work_orders WHERE occurrence_key = @occurrence_key";

    /// <inheritdoc />
    public override string SelectWorkOrderIdByOccurrence =>
        "SELECT id FROM work_orders WHERE occurrence_key = @occurrence_key";

    /// <inheritdoc />
    public override string InsertWorkOrder =>
        "INSERT INTO work_orders (id, version, planned_at, customer_id, contract_id, occurrence_key, snapshot) VALUES (@id, @version, @planned_at, @customer, @contract, @occurrence_key, @snapshot)";

    /// <inheritdoc />
    public override string UpdateWorkOrder =>
        "UPDATE work_orders SET version = @version, planned_at = @planned_at, customer_id = @customer, snapshot = @snapshot WHERE id = @id AND version = @expected";

    /// <inheritdoc />
    public override string DeleteWorkOrderAssignees => "DELETE FROM work_order_assignees WHERE work_order_id = @id";

    /// <inheritdoc />
    public override string InsertWorkOrderAssignee => "INSERT INTO work_order_assignees (employee_id, work_order_id) VALUES (@employee, @id)";

    /// <inheritdoc />
    public override string SelectWorkOrdersByCustomer =>
        "SELECT snapshot FROM work_orders WHERE customer_id = @customer ORDER BY planned_at, id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountWorkOrdersByCustomer => "SELECT COUNT(*) FROM work_orders WHERE customer_id = @customer";

    /// <inheritdoc />
    public override string SelectWorkOrdersByContract =>
        "SELECT snapshot FROM work_orders WHERE contract_id = @contract ORDER BY planned_at, id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountWorkOrdersByContract => "SELECT COUNT(*) FROM work_orders WHERE contract_id = @contract";

    /// <inheritdoc />
    public override string SelectWorkOrdersByAssignee =>
        "SELECT w.snapshot FROM work_orders w JOIN work_order_assignees a ON a.work_order_id = w.id WHERE a.employee_id = @employee ORDER BY w.planned_at, w.id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountWorkOrdersByAssignee => "SELECT COUNT(*) FROM work_order_assignees WHERE employee_id = @employee";

    /// <inheritdoc />
    public override string SelectWorkflow => "SELECT snapshot FROM workflows WHERE id = @id";

    /// <inheritdoc />
    public override string SelectWorkflowVersion => "SELECT version FROM workflows WHERE id = @id";

    /// <inheritdoc />
    public override string SelectWorkflowIdByRevision => "SELECT id FROM workflows WHERE work_type = @work_type AND revision = @revision";

    /// <inheritdoc />
    public override string InsertWorkflow =>
        "INSERT INTO workflows (id, version, work_type, revision, is_published, snapshot) VALUES (@id, @version, @work_type, @revision, @is_published, @snapshot)";

    /// <inheritdoc />
    public override string UpdateWorkflow =>
        "UPDATE workflows SET version = @version, is_published = @is_published, snapshot = @snapshot WHERE id = @id AND version = @expected";

    /// <inheritdoc />
    public override string SelectLatestPublishedWorkflow =>
        "SELECT snapshot FROM workflows WHERE work_type = @work_type AND is_published = 1 ORDER BY revision DESC LIMIT 1";

    /// <inheritdoc />
    public override string SelectWorkflowsByWorkType =>
        "SELECT snapshot FROM workflows WHERE work_type = @work_type ORDER BY revision, id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountWorkflowsByWorkType => "SELECT COUNT(*) FROM workflows WHERE work_type = @work_type";

    // ---- Contracts ----

    /// <inheritdoc />
    public override string SelectContract => "SELECT snapshot FROM contracts WHERE id = @id";

    /// <inheritdoc />
    public override string SelectContractVersion => "SELECT version FROM contracts WHERE id = @id";

    /// <inheritdoc />
    public override string InsertContract =>
        "INSERT INTO contracts (id, version, customer_id, generate_from, last_day, snapshot) VALUES (@id, @version, @customer, @generate_from, @last_day, @snapshot)";

    /// <inheritdoc />
    public override string UpdateContract =>
        "UPDATE contracts SET version = @version, customer_id = @customer, generate_from = @generate_from, last_day = @last_day, snapshot = @snapshot WHERE id = @id AND version = @expected";

    /// <inheritdoc />
    /// <remarks>Named <c>INDEXED BY ix_contracts_window</c>: left to itself SQLite may walk the primary key instead and read
    /// every row an offset skips.</remarks>
    public override string SelectContractsGenerating =>
        "SELECT snapshot FROM contracts INDEXED BY ix_contracts_window WHERE generate_from <= @to AND (last_day IS NULL OR last_day >= @from) ORDER BY id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountContractsGenerating =>
        "SELECT COUNT(*) FROM contracts WHERE generate_from <= @to AND (last_day IS NULL OR last_day >= @from)";

    /// <inheritdoc />
    public override string SelectContractsByCustomer =>
        "SELECT snapshot FROM contracts WHERE customer_id = @customer ORDER BY id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountContractsByCustomer => "SELECT COUNT(*) FROM contracts WHERE customer_id = @customer";

    // ---- Timesheets ----

    private const int SqliteConstraintTrigger = 1811;

    /// <inheritdoc />
    /// <remarks>The insert trigger <c>tr_timesheet_periods_no_overlap</c> raises <c>SQLITE_CONSTRAINT_TRIGGER</c>.</remarks>
    public override bool IsPeriodOverlapViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintTrigger };

    private const string EntryOrder = "ORDER BY entry_date, start_at, created_at, id";

    /// <inheritdoc />
    public override string SelectTimesheetEntry => "SELECT snapshot FROM timesheet_entries WHERE id = @id";

    /// <inheritdoc />
    public override string SelectTimesheetEntryVersion => "SELECT version FROM timesheet_entries WHERE id = @id";

    /// <inheritdoc />
    public override string SelectTimesheetEntryByImportKey => "SELECT snapshot FROM timesheet_entries WHERE import_key = @import_key";

    /// <inheritdoc />
    public override string SelectTimesheetEntryIdByImportKey => "SELECT id FROM timesheet_entries WHERE import_key = @import_key";

    /// <inheritdoc />
    public override string InsertTimesheetEntry =>
        "INSERT INTO timesheet_entries (id, version, employee_id, entry_date, start_at, created_at, status, import_key, snapshot) " +
        "VALUES (@id, @version, @employee, @entry_date, @start_at, @created_at, @status, @import_key, @snapshot)";

    /// <inheritdoc />
    public override string UpdateTimesheetEntry =>
        "UPDATE timesheet_entries SET version = @version, employee_id = @employee, entry_date = @entry_date, start_at = @start_at, " +
        "created_at = @created_at, status = @status, snapshot = @snapshot WHERE id = @id AND version = @expected";

    /// <inheritdoc />
    public override string SelectTimesheetEntriesByEmployee =>
        $"SELECT snapshot FROM timesheet_entries WHERE employee_id = @employee AND entry_date >= @first AND entry_date <= @last {EntryOrder} LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountTimesheetEntriesByEmployee =>
        "SELECT COUNT(*) FROM timesheet_entries WHERE employee_id = @employee AND entry_date >= @first AND entry_date <= @last";

    /// <inheritdoc />
    public override string SelectTimesheetEntriesByStatus =>
        $"SELECT snapshot FROM timesheet_entries WHERE status = @status AND entry_date >= @first AND entry_date <= @last {EntryOrder} LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountTimesheetEntriesByStatus =>
        "SELECT COUNT(*) FROM timesheet_entries WHERE status = @status AND entry_date >= @first AND entry_date <= @last";

    /// <inheritdoc />
    public override string StreamTimesheetEntriesByStatus =>
        $"SELECT snapshot FROM timesheet_entries WHERE status = @status AND entry_date >= @first AND entry_date <= @last {EntryOrder}";

    /// <inheritdoc />
    public override string SelectTimesheetPeriod => "SELECT snapshot FROM timesheet_periods WHERE id = @id";

    /// <inheritdoc />
    public override string SelectTimesheetPeriodVersion => "SELECT version FROM timesheet_periods WHERE id = @id";

    /// <inheritdoc />
    public override string InsertTimesheetPeriod =>
        "INSERT INTO timesheet_periods (id, version, first_day, last_day, is_closed, snapshot) VALUES (@id, @version, @first_day, @last_day, @is_closed, @snapshot)";

    /// <inheritdoc />
    public override string UpdateTimesheetPeriod =>
        "UPDATE timesheet_periods SET version = @version, is_closed = @is_closed, snapshot = @snapshot WHERE id = @id AND version = @expected";

    /// <inheritdoc />
    public override string SelectOverlappingTimesheetPeriodId =>
        "SELECT id FROM timesheet_periods WHERE last_day >= @first AND first_day <= @last ORDER BY first_day, id LIMIT 1";

    /// <inheritdoc />
    public override string SelectTimesheetPeriodsOverlapping =>
        "SELECT snapshot FROM timesheet_periods WHERE last_day >= @first AND first_day <= @last ORDER BY first_day, id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountTimesheetPeriodsOverlapping =>
        "SELECT COUNT(*) FROM timesheet_periods WHERE last_day >= @first AND first_day <= @last";

    /// <inheritdoc />
    public override string SelectExportBatch => "SELECT snapshot FROM export_batches WHERE id = @id";

    /// <inheritdoc />
    public override string SelectExportBatchExists => "SELECT 1 FROM export_batches WHERE id = @id";

    /// <inheritdoc />
    public override string InsertExportBatch =>
        "INSERT INTO export_batches (id, first_day, last_day, exported_at, snapshot) VALUES (@id, @first_day, @last_day, @exported_at, @snapshot)";

    /// <inheritdoc />
    public override string SelectExportBatchesByPeriod =>
        "SELECT snapshot FROM export_batches WHERE last_day >= @first AND first_day <= @last ORDER BY exported_at, id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountExportBatchesByPeriod =>
        "SELECT COUNT(*) FROM export_batches WHERE last_day >= @first AND first_day <= @last";

    /// <inheritdoc />
    public override string SelectTimesheetEmployee => "SELECT snapshot FROM timesheet_employees WHERE employee_id = @employee";

    /// <inheritdoc />
    public override string UpsertTimesheetEmployee =>
        "INSERT INTO timesheet_employees (employee_id, snapshot) VALUES (@employee, @snapshot) ON CONFLICT (employee_id) DO UPDATE SET snapshot = excluded.snapshot";
    // ---- Bulk work orders ----

    /// <inheritdoc />
    /// <remarks>500 rows bind at most 3,500 parameters, far below SQLite's limit of 32,766.</remarks>
    public override int MaxBulkWorkOrderRows => 500;

    /// <inheritdoc />
    public override string InsertWorkOrdersSkippingTaken(int rows) =>
        "INSERT INTO work_orders (id, version, planned_at, customer_id, contract_id, occurrence_key, snapshot) VALUES "
        + Rows("(@id_{0}, @version_{0}, @planned_at_{0}, @customer_{0}, @contract_{0}, @occurrence_key_{0}, @snapshot_{0})", rows)
        + " ON CONFLICT DO NOTHING RETURNING id";

    /// <inheritdoc />
    public override string SelectWorkOrderVersionsByIds(int count) =>
        "SELECT id, version FROM work_orders WHERE id IN (" + Rows("@id_{0}", count) + ")";

    /// <inheritdoc />
    public override string SelectWorkOrderIdsByOccurrences(int count) =>
        "SELECT occurrence_key, id FROM work_orders WHERE occurrence_key IN (" + Rows("@occurrence_key_{0}", count) + ")";

    /// <inheritdoc />
    public override string InsertWorkOrderAssigneeRows(int rows) =>
        "INSERT INTO work_order_assignees (employee_id, work_order_id) VALUES " + Rows("(@employee_{0}, @id_{0})", rows) + " ON CONFLICT DO NOTHING";
}
