using System.Data;
using System.Data.Common;
using Ardalis.GuardClauses;
using Npgsql;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Storage.PostgreSql;

/// <summary>
/// All SQL the PostgreSQL adapter speaks, in one place: the schema migrations, the advisory lock that serialises
/// migrations across processes, and the statements and queries of every repository of
/// <c>OutSmart.Domain.Storage.Relational</c>.
/// </summary>
/// <remarks>
/// <para><b>Types.</b> Ids are <c>uuid</c> (whose order is <see cref="Guid.CompareTo(Guid)"/>'s), instants
/// <c>timestamptz</c>, calendar days <c>date</c>, versions <c>bigint</c> and snapshots <c>json</c>: kept as the exact text written, where <c>jsonb</c>
/// would refuse the <c>\u0000</c> escape of a NUL character in user text and rewrite the rest. The repositories
/// bind ids, instants and dates as text; the statements cast them. <c>timestamptz</c> keeps microseconds, so the query
/// columns order instants to the microsecond (then by id); the snapshot itself keeps every value exactly.</para>
/// <para><b>Migrations</b> run in one transaction that first takes <c>pg_advisory_xact_lock</c> on a key made of this
/// adapter's name and the current schema: several processes starting at once against a new database wait for each
/// other, and each migration is applied exactly once. The lock ends with the transaction, also when a process dies.</para>
/// <para><b>Uniqueness</b> is the database's: primary keys, <c>UNIQUE (occurrence_key)</c> of a work order (its contract occurrence)
/// and <c>UNIQUE (work_type, revision)</c> of a workflow; a violation is SQLSTATE 23505
/// (<see cref="IsUniqueViolation"/>).</para>
/// <para>Stateless: one instance serves every connection and thread.</para>
/// </remarks>
public sealed class PostgreSqlDialect : SqlDialect
{
    /// <summary>The SQLSTATE PostgreSQL reports for a violated primary key or unique index.</summary>
    private const string UniqueViolation = "23505";

    private static readonly IReadOnlyList<SchemaMigration> AllMigrations =
    [
        new(1, "tasks, work orders and workflows",
        [
            """
            CREATE TABLE tasks (
                id uuid PRIMARY KEY,
                version bigint NOT NULL,
                created_at timestamptz NOT NULL,
                is_open boolean NOT NULL,
                due_date date NULL,
                due_at timestamptz NULL,
                snapshot json NOT NULL)
            """,
            "CREATE INDEX tasks_created ON tasks (created_at, id)",
            "CREATE INDEX tasks_open_due_date ON tasks (due_date) WHERE is_open AND due_date IS NOT NULL",
            "CREATE INDEX tasks_open_due_at ON tasks (due_at) WHERE is_open AND due_at IS NOT NULL",
            """
            CREATE TABLE task_employees (
                task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
                employee_id uuid NOT NULL,
                PRIMARY KEY (employee_id, task_id))
            """,
            "CREATE INDEX task_employees_task ON task_employees (task_id)",
            """
            CREATE TABLE task_links (
                task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
                kind text COLLATE "C" NOT NULL,
                record_id uuid NOT NULL,
                PRIMARY KEY (kind, record_id, task_id))
            """,
            "CREATE INDEX task_links_task ON task_links (task_id)",
            """
            CREATE TABLE work_orders (
                id uuid PRIMARY KEY,
                version bigint NOT NULL,
                planned_at timestamptz NOT NULL,
                customer_id uuid NOT NULL,
                contract_id uuid NULL,
                occurrence_key text COLLATE "C" NULL,
                snapshot json NOT NULL,
                CONSTRAINT work_orders_occurrence UNIQUE (occurrence_key))
            """,
            "CREATE INDEX work_orders_customer ON work_orders (customer_id, planned_at, id)",
            "CREATE INDEX work_orders_contract ON work_orders (contract_id, planned_at, id) WHERE contract_id IS NOT NULL",
            """
            CREATE TABLE work_order_assignees (
                work_order_id uuid NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
                employee_id uuid NOT NULL,
                PRIMARY KEY (employee_id, work_order_id))
            """,
            "CREATE INDEX work_order_assignees_work_order ON work_order_assignees (work_order_id)",
            """
            CREATE TABLE workflows (
                id uuid PRIMARY KEY,
                version bigint NOT NULL,
                work_type text COLLATE "C" NOT NULL,
                revision integer NOT NULL,
                is_published boolean NOT NULL,
                snapshot json NOT NULL,
                CONSTRAINT workflows_revision UNIQUE (work_type, revision))
            """,
            "CREATE INDEX workflows_published ON workflows (work_type, revision DESC) WHERE is_published",
        ]),
        new(2, "contracts",
        [
            """
            CREATE TABLE contracts (
                id uuid PRIMARY KEY,
                version bigint NOT NULL,
                customer_id uuid NOT NULL,
                generate_from date NOT NULL,
                last_day date NULL,
                snapshot json NOT NULL)
            """,
            "CREATE INDEX contracts_customer ON contracts (customer_id, id)",
            "CREATE INDEX contracts_generating ON contracts (generate_from, last_day)",
        ]),
        new(3, "timesheets",
        [
            """
            CREATE TABLE timesheet_entries (
                id uuid PRIMARY KEY,
                version bigint NOT NULL,
                employee_id uuid NOT NULL,
                entry_date date NOT NULL,
                start_at timestamptz NULL,
                created_at timestamptz NOT NULL,
                status text COLLATE "C" NOT NULL,
                import_key text COLLATE "C" NULL,
                snapshot json NOT NULL,
                CONSTRAINT timesheet_entries_import_key UNIQUE (import_key))
            """,
            "CREATE INDEX timesheet_entries_employee ON timesheet_entries (employee_id, entry_date, start_at NULLS FIRST, created_at, id)",
            "CREATE INDEX timesheet_entries_status ON timesheet_entries (status, entry_date, start_at NULLS FIRST, created_at, id)",
            // Periods never overlap: the exclusion constraint's GiST index refuses a range that shares a day (&&) with a
            // stored one, also when two transactions insert at once.
            """
            CREATE TABLE timesheet_periods (
                id uuid PRIMARY KEY,
                version bigint NOT NULL,
                first_day date NOT NULL,
                last_day date NOT NULL,
                is_closed boolean NOT NULL,
                snapshot json NOT NULL,
                CONSTRAINT timesheet_periods_days CHECK (first_day <= last_day),
                CONSTRAINT timesheet_periods_no_overlap EXCLUDE USING gist (daterange(first_day, last_day, '[]') WITH &&))
            """,
            "CREATE INDEX timesheet_periods_first_day ON timesheet_periods (first_day, id)",
            """
            CREATE TABLE export_batches (
                id uuid PRIMARY KEY,
                first_day date NOT NULL,
                last_day date NOT NULL,
                exported_at timestamptz NOT NULL,
                snapshot json NOT NULL)
            """,
            "CREATE INDEX export_batches_period ON export_batches USING gist (daterange(first_day, last_day, '[]'))",
            "CREATE INDEX export_batches_exported ON export_batches (exported_at, id)",
            """
            CREATE TABLE timesheet_employees (
                employee_id uuid PRIMARY KEY,
                snapshot json NOT NULL)
            """,
        ]),
    ];

    /// <summary>Gets the one instance; the dialect holds no state.</summary>
    public static PostgreSqlDialect Instance { get; } = new();

    private PostgreSqlDialect()
    {
    }

    /// <inheritdoc />
    public override string Name => "PostgreSQL";

    /// <inheritdoc />
    public override IReadOnlyList<SchemaMigration> Migrations => AllMigrations;

    /// <inheritdoc />
    public override string CreateMigrationTable =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)";

    /// <inheritdoc />
    public override string SelectMigrations => "SELECT version, name FROM schema_migrations ORDER BY version";

    /// <inheritdoc />
    public override string InsertMigration =>
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, CAST(@applied_at AS timestamptz))";

    /// <summary>Begins a transaction and takes the transaction-scoped advisory lock on this adapter's migrations in the
    /// current schema; it is released when the transaction commits or rolls back, or the connection is lost.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="cancellationToken">Cancels waiting for the lock.</param>
    /// <returns>The transaction that holds the lock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    public override async Task<DbTransaction> BeginMigrationTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        Guard.Against.Null(connection);
        // When taking the lock fails, the caller's disposal of the connection rolls the transaction back.
        DbTransaction transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(hashtext('OutSmart.Domain.Storage.PostgreSql migrations'), hashtext(current_schema()))";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return transaction;
    }

    /// <summary>Gets whether <paramref name="exception"/> is PostgreSQL's unique violation (SQLSTATE 23505).</summary>
    /// <param name="exception">The exception a statement threw.</param>
    /// <returns><see langword="true"/> for a violated primary key or unique constraint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public override bool IsUniqueViolation(DbException exception) =>
        Guard.Against.Null(exception) is PostgresException { SqlState: UniqueViolation };

    // ---- tasks ----

    /// <inheritdoc />
    public override string SelectTask => "SELECT snapshot FROM tasks WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string SelectTaskVersion => "SELECT version FROM tasks WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string InsertTask => """
        INSERT INTO tasks (id, version, created_at, is_open, due_date, due_at, snapshot)
        VALUES (CAST(@id AS uuid), @version, CAST(@created_at AS timestamptz), @is_open, CAST(@due_date AS date),
                CAST(@due_at AS timestamptz), CAST(@snapshot AS json))
        """;

    /// <inheritdoc />
    public override string UpdateTask => """
        UPDATE tasks SET version = @version, created_at = CAST(@created_at AS timestamptz), is_open = @is_open,
               due_date = CAST(@due_date AS date), due_at = CAST(@due_at AS timestamptz), snapshot = CAST(@snapshot AS json)
        WHERE id = CAST(@id AS uuid) AND version = @expected
        """;

    /// <inheritdoc />
    public override string DeleteTaskEmployees => "DELETE FROM task_employees WHERE task_id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string InsertTaskEmployee =>
        "INSERT INTO task_employees (task_id, employee_id) VALUES (CAST(@id AS uuid), CAST(@employee AS uuid)) ON CONFLICT DO NOTHING";

    /// <inheritdoc />
    public override string DeleteTaskLinks => "DELETE FROM task_links WHERE task_id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string InsertTaskLink =>
        "INSERT INTO task_links (task_id, kind, record_id) VALUES (CAST(@id AS uuid), CAST(@kind AS text), CAST(@record AS uuid)) ON CONFLICT DO NOTHING";

    /// <inheritdoc />
    public override string SelectTasksByEmployee => """
        SELECT t.snapshot FROM tasks t JOIN task_employees e ON e.task_id = t.id
        WHERE e.employee_id = CAST(@employee AS uuid)
        ORDER BY t.created_at, t.id LIMIT @limit OFFSET @offset
        """;

    /// <inheritdoc />
    public override string CountTasksByEmployee => "SELECT count(*) FROM task_employees WHERE employee_id = CAST(@employee AS uuid)";

    /// <inheritdoc />
    public override string SelectTasksByLink => """
        SELECT t.snapshot FROM tasks t JOIN task_links l ON l.task_id = t.id
        WHERE l.kind = CAST(@kind AS text) AND l.record_id = CAST(@record AS uuid)
        ORDER BY t.created_at, t.id LIMIT @limit OFFSET @offset
        """;

    /// <inheritdoc />
    public override string CountTasksByLink =>
        "SELECT count(*) FROM task_links WHERE kind = CAST(@kind AS text) AND record_id = CAST(@record AS uuid)";

    /// <inheritdoc />
    public override string SelectCertainlyOverdueTasks => """
        SELECT snapshot FROM tasks
        WHERE is_open AND (due_date < CAST(@today AS date) OR due_at < CAST(@before AS timestamptz))
        ORDER BY created_at, id LIMIT @limit
        """;

    /// <inheritdoc />
    public override string CountCertainlyOverdueTasks => """
        SELECT count(*) FROM tasks
        WHERE is_open AND (due_date < CAST(@today AS date) OR due_at < CAST(@before AS timestamptz))
        """;

    /// <inheritdoc />
    public override string SelectTasksDueBetween => """
        SELECT snapshot FROM tasks
        WHERE is_open AND due_at >= CAST(@from AS timestamptz) AND due_at < CAST(@to AS timestamptz)
        """;

    // ---- work orders ----

    /// <inheritdoc />
    public override string SelectWorkOrder => "SELECT snapshot FROM work_orders WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string SelectWorkOrderVersion => "SELECT version FROM work_orders WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string SelectWorkOrderByOccurrence =>
        "SELECT snapshot FROM work_orders WHERE occurrence_key = CAST(@occurrence_key AS text)";

    /// <inheritdoc />
    public override string SelectWorkOrderIdByOccurrence =>
        "SELECT CAST(id AS text) FROM work_orders WHERE occurrence_key = CAST(@occurrence_key AS text)";

    /// <inheritdoc />
    public override string InsertWorkOrder => """
        INSERT INTO work_orders (id, version, planned_at, customer_id, contract_id, occurrence_key, snapshot)
        VALUES (CAST(@id AS uuid), @version, CAST(@planned_at AS timestamptz), CAST(@customer AS uuid), CAST(@contract AS uuid),
                CAST(@occurrence_key AS text), CAST(@snapshot AS json))
        """;

    /// <inheritdoc />
    public override string UpdateWorkOrder => """
        UPDATE work_orders SET version = @version, planned_at = CAST(@planned_at AS timestamptz), customer_id = CAST(@customer AS uuid),
               snapshot = CAST(@snapshot AS json)
        WHERE id = CAST(@id AS uuid) AND version = @expected
        """;

    /// <inheritdoc />
    public override string DeleteWorkOrderAssignees => "DELETE FROM work_order_assignees WHERE work_order_id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string InsertWorkOrderAssignee =>
        "INSERT INTO work_order_assignees (work_order_id, employee_id) VALUES (CAST(@id AS uuid), CAST(@employee AS uuid)) ON CONFLICT DO NOTHING";

    /// <inheritdoc />
    public override string SelectWorkOrdersByCustomer => """
        SELECT snapshot FROM work_orders WHERE customer_id = CAST(@customer AS uuid)
        ORDER BY planned_at, id LIMIT @limit OFFSET @offset
        """;

    /// <inheritdoc />
    public override string CountWorkOrdersByCustomer => "SELECT count(*) FROM work_orders WHERE customer_id = CAST(@customer AS uuid)";

    /// <inheritdoc />
    public override string SelectWorkOrdersByContract => """
        SELECT snapshot FROM work_orders WHERE contract_id = CAST(@contract AS uuid)
        ORDER BY planned_at, id LIMIT @limit OFFSET @offset
        """;

    /// <inheritdoc />
    public override string CountWorkOrdersByContract => "SELECT count(*) FROM work_orders WHERE contract_id = CAST(@contract AS uuid)";

    /// <inheritdoc />
    public override string SelectWorkOrdersByAssignee => """
        SELECT w.snapshot FROM work_orders w JOIN work_order_assignees a ON a.work_order_id = w.id
        WHERE a.employee_id = CAST(@employee AS uuid)
        ORDER BY w.planned_at, w.id LIMIT @limit OFFSET @offset
        """;

    /// <inheritdoc />
    public override string CountWorkOrdersByAssignee =>
        "SELECT count(*) FROM work_order_assignees WHERE employee_id = CAST(@employee AS uuid)";

    // ---- workflows ----

    /// <inheritdoc />
    public override string SelectWorkflow => "SELECT snapshot FROM workflows WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string SelectWorkflowVersion => "SELECT version FROM workflows WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string SelectWorkflowIdByRevision =>
        "SELECT CAST(id AS text) FROM workflows WHERE work_type = CAST(@work_type AS text) AND revision = @revision";

    /// <inheritdoc />
    public override string InsertWorkflow => """
        INSERT INTO workflows (id, version, work_type, revision, is_published, snapshot)
        VALUES (CAST(@id AS uuid), @version, CAST(@work_type AS text), @revision, @is_published, CAST(@snapshot AS json))
        """;

    /// <inheritdoc />
    public override string UpdateWorkflow => """
        UPDATE workflows SET version = @version, is_published = @is_published, snapshot = CAST(@snapshot AS json)
        WHERE id = CAST(@id AS uuid) AND version = @expected
        """;

    /// <inheritdoc />
    public override string SelectLatestPublishedWorkflow => """
        SELECT snapshot FROM workflows WHERE work_type = CAST(@work_type AS text) AND is_published
        ORDER BY revision DESC LIMIT 1
        """;

    /// <inheritdoc />
    public override string SelectWorkflowsByWorkType => """
        SELECT snapshot FROM workflows WHERE work_type = CAST(@work_type AS text)
        ORDER BY revision, id LIMIT @limit OFFSET @offset
        """;

    /// <inheritdoc />
    public override string CountWorkflowsByWorkType => "SELECT count(*) FROM workflows WHERE work_type = CAST(@work_type AS text)";

    // ---- Contracts ----

    /// <inheritdoc />
    public override string SelectContract => "SELECT snapshot FROM contracts WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string SelectContractVersion => "SELECT version FROM contracts WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string InsertContract => """
        INSERT INTO contracts (id, version, customer_id, generate_from, last_day, snapshot)
        VALUES (CAST(@id AS uuid), @version, CAST(@customer AS uuid), CAST(@generate_from AS date), CAST(@last_day AS date),
                CAST(@snapshot AS json))
        """;

    /// <inheritdoc />
    public override string UpdateContract => """
        UPDATE contracts SET version = @version, customer_id = CAST(@customer AS uuid), generate_from = CAST(@generate_from AS date),
               last_day = CAST(@last_day AS date), snapshot = CAST(@snapshot AS json)
        WHERE id = CAST(@id AS uuid) AND version = @expected
        """;

    /// <inheritdoc />
    public override string SelectContractsGenerating => """
        SELECT snapshot FROM contracts
        WHERE generate_from <= CAST(@to AS date) AND (last_day IS NULL OR last_day >= CAST(@from AS date))
        ORDER BY id LIMIT @limit OFFSET @offset
        """;

    /// <inheritdoc />
    public override string CountContractsGenerating => """
        SELECT count(*) FROM contracts
        WHERE generate_from <= CAST(@to AS date) AND (last_day IS NULL OR last_day >= CAST(@from AS date))
        """;

    /// <inheritdoc />
    public override string SelectContractsByCustomer => """
        SELECT snapshot FROM contracts WHERE customer_id = CAST(@customer AS uuid)
        ORDER BY id LIMIT @limit OFFSET @offset
        """;

    /// <inheritdoc />
    public override string CountContractsByCustomer => "SELECT count(*) FROM contracts WHERE customer_id = CAST(@customer AS uuid)";

    // ---- Timesheets ----

    /// <summary>The SQLSTATE PostgreSQL reports for a violated exclusion constraint.</summary>
    private const string ExclusionViolation = "23P01";

    private const string EntryOrder = "ORDER BY entry_date, start_at NULLS FIRST, created_at, id";

    private const string DaysOverlap = "daterange(first_day, last_day, '[]') && daterange(CAST(@first AS date), CAST(@last AS date), '[]')";

    /// <summary>Gets whether <paramref name="exception"/> is the exclusion constraint <c>timesheet_periods_no_overlap</c>
    /// (SQLSTATE 23P01).</summary>
    /// <param name="exception">The exception a statement threw.</param>
    /// <returns><see langword="true"/> for a period that shares a day with a stored one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public override bool IsPeriodOverlapViolation(DbException exception) =>
        Guard.Against.Null(exception) is PostgresException { SqlState: ExclusionViolation };

    /// <inheritdoc />
    public override string SelectTimesheetEntry => "SELECT snapshot FROM timesheet_entries WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string SelectTimesheetEntryVersion => "SELECT version FROM timesheet_entries WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string SelectTimesheetEntryByImportKey =>
        "SELECT snapshot FROM timesheet_entries WHERE import_key = CAST(@import_key AS text)";

    /// <inheritdoc />
    public override string SelectTimesheetEntryIdByImportKey =>
        "SELECT CAST(id AS text) FROM timesheet_entries WHERE import_key = CAST(@import_key AS text)";

    /// <inheritdoc />
    public override string InsertTimesheetEntry => """
        INSERT INTO timesheet_entries (id, version, employee_id, entry_date, start_at, created_at, status, import_key, snapshot)
        VALUES (CAST(@id AS uuid), @version, CAST(@employee AS uuid), CAST(@entry_date AS date), CAST(@start_at AS timestamptz),
                CAST(@created_at AS timestamptz), CAST(@status AS text), CAST(@import_key AS text), CAST(@snapshot AS json))
        """;

    /// <inheritdoc />
    public override string UpdateTimesheetEntry => """
        UPDATE timesheet_entries SET version = @version, employee_id = CAST(@employee AS uuid), entry_date = CAST(@entry_date AS date),
               start_at = CAST(@start_at AS timestamptz), created_at = CAST(@created_at AS timestamptz), status = CAST(@status AS text),
               snapshot = CAST(@snapshot AS json)
        WHERE id = CAST(@id AS uuid) AND version = @expected
        """;

    /// <inheritdoc />
    public override string SelectTimesheetEntriesByEmployee => $"""
        SELECT snapshot FROM timesheet_entries
        WHERE employee_id = CAST(@employee AS uuid) AND entry_date BETWEEN CAST(@first AS date) AND CAST(@last AS date)
        {EntryOrder} LIMIT @limit OFFSET @offset
        """;

    /// <inheritdoc />
    public override string CountTimesheetEntriesByEmployee => """
        SELECT count(*) FROM timesheet_entries
        WHERE employee_id = CAST(@employee AS uuid) AND entry_date BETWEEN CAST(@first AS date) AND CAST(@last AS date)
        """;

    /// <inheritdoc />
    public override string SelectTimesheetEntriesByStatus => $"""
        SELECT snapshot FROM timesheet_entries
        WHERE status = CAST(@status AS text) AND entry_date BETWEEN CAST(@first AS date) AND CAST(@last AS date)
        {EntryOrder} LIMIT @limit OFFSET @offset
        """;

    /// <inheritdoc />
    public override string CountTimesheetEntriesByStatus => """
        SELECT count(*) FROM timesheet_entries
        WHERE status = CAST(@status AS text) AND entry_date BETWEEN CAST(@first AS date) AND CAST(@last AS date)
        """;

    /// <inheritdoc />
    public override string StreamTimesheetEntriesByStatus => $"""
        SELECT snapshot FROM timesheet_entries
        WHERE status = CAST(@status AS text) AND entry_date BETWEEN CAST(@first AS date) AND CAST(@last AS date)
        {EntryOrder}
        """;

    /// <inheritdoc />
    public override string SelectTimesheetPeriod => "SELECT snapshot FROM timesheet_periods WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string SelectTimesheetPeriodVersion => "SELECT version FROM timesheet_periods WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    /// <remarks>Takes a transaction-scoped advisory lock first, so adds of periods queue instead of racing: two
    /// concurrent inserts that overlap would otherwise each wait on the other's exclusion check and end in a deadlock
    /// error rather than the overlap refusal. The exclusion constraint still guarantees the rule.</remarks>
    public override string InsertTimesheetPeriod => """
        SELECT pg_advisory_xact_lock(hashtext('OutSmart.Domain.Storage.PostgreSql timesheet periods'), hashtext(current_schema()));
        INSERT INTO timesheet_periods (id, version, first_day, last_day, is_closed, snapshot)
        VALUES (CAST(@id AS uuid), @version, CAST(@first_day AS date), CAST(@last_day AS date), @is_closed, CAST(@snapshot AS json))
        """;

    /// <inheritdoc />
    public override string UpdateTimesheetPeriod => """
        UPDATE timesheet_periods SET version = @version, is_closed = @is_closed, snapshot = CAST(@snapshot AS json)
        WHERE id = CAST(@id AS uuid) AND version = @expected
        """;

    /// <inheritdoc />
    public override string SelectOverlappingTimesheetPeriodId =>
        $"SELECT CAST(id AS text) FROM timesheet_periods WHERE {DaysOverlap} ORDER BY first_day, id LIMIT 1";

    /// <inheritdoc />
    public override string SelectTimesheetPeriodsOverlapping =>
        $"SELECT snapshot FROM timesheet_periods WHERE {DaysOverlap} ORDER BY first_day, id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountTimesheetPeriodsOverlapping => $"SELECT count(*) FROM timesheet_periods WHERE {DaysOverlap}";

    /// <inheritdoc />
    public override string SelectExportBatch => "SELECT snapshot FROM export_batches WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string SelectExportBatchExists => "SELECT 1 FROM export_batches WHERE id = CAST(@id AS uuid)";

    /// <inheritdoc />
    public override string InsertExportBatch => """
        INSERT INTO export_batches (id, first_day, last_day, exported_at, snapshot)
        VALUES (CAST(@id AS uuid), CAST(@first_day AS date), CAST(@last_day AS date), CAST(@exported_at AS timestamptz), CAST(@snapshot AS json))
        """;

    /// <inheritdoc />
    public override string SelectExportBatchesByPeriod =>
        $"SELECT snapshot FROM export_batches WHERE {DaysOverlap} ORDER BY exported_at, id LIMIT @limit OFFSET @offset";

    /// <inheritdoc />
    public override string CountExportBatchesByPeriod => $"SELECT count(*) FROM export_batches WHERE {DaysOverlap}";

    /// <inheritdoc />
    public override string SelectTimesheetEmployee => "SELECT snapshot FROM timesheet_employees WHERE employee_id = CAST(@employee AS uuid)";

    /// <inheritdoc />
    public override string UpsertTimesheetEmployee => """
        INSERT INTO timesheet_employees (employee_id, snapshot) VALUES (CAST(@employee AS uuid), CAST(@snapshot AS json))
        ON CONFLICT (employee_id) DO UPDATE SET snapshot = EXCLUDED.snapshot
        """;
    // ---- Bulk work orders ----

    /// <inheritdoc />
    /// <remarks>1,000 rows bind at most 7,000 parameters, far below PostgreSQL's limit of 65,535.</remarks>
    public override int MaxBulkWorkOrderRows => 1000;

    /// <inheritdoc />
    /// <remarks><c>ON CONFLICT DO NOTHING</c> without a target skips a row that violates any unique constraint (the
    /// primary key or <c>work_orders_occurrence</c>); a row another transaction is inserting meanwhile is waited for,
    /// then skipped when that transaction commits.</remarks>
    public override string InsertWorkOrdersSkippingTaken(int rows) =>
        "INSERT INTO work_orders (id, version, planned_at, customer_id, contract_id, occurrence_key, snapshot) VALUES "
        + Rows("(CAST(@id_{0} AS uuid), @version_{0}, CAST(@planned_at_{0} AS timestamptz), CAST(@customer_{0} AS uuid), CAST(@contract_{0} AS uuid), CAST(@occurrence_key_{0} AS text), CAST(@snapshot_{0} AS json))", rows)
        + " ON CONFLICT DO NOTHING RETURNING CAST(id AS text)";

    /// <inheritdoc />
    public override string SelectWorkOrderVersionsByIds(int count) =>
        "SELECT CAST(id AS text), version FROM work_orders WHERE id IN (" + Rows("CAST(@id_{0} AS uuid)", count) + ")";

    /// <inheritdoc />
    public override string SelectWorkOrderIdsByOccurrences(int count) =>
        "SELECT occurrence_key, CAST(id AS text) FROM work_orders WHERE occurrence_key IN (" + Rows("CAST(@occurrence_key_{0} AS text)", count) + ")";

    /// <inheritdoc />
    public override string InsertWorkOrderAssigneeRows(int rows) =>
        "INSERT INTO work_order_assignees (work_order_id, employee_id) VALUES " + Rows("(CAST(@id_{0} AS uuid), CAST(@employee_{0} AS uuid))", rows) + " ON CONFLICT DO NOTHING";
}
