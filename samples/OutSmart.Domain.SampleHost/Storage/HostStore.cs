using System.CommandLine;
using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.Storage.PostgreSql;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Storage.Sqlite;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.Timesheets;
using OutSmart.Domain.WorkOrders;
using OutSmart.Domain.WorkOrders.Rendering;

namespace OutSmart.Domain.SampleHost.Storage;

/// <summary>Which database a command stores in: a SQLite file or a PostgreSQL connection string.</summary>
/// <param name="SqliteFile">The SQLite file (<c>--db</c>), or null.</param>
/// <param name="PostgreSql">The Npgsql connection string (<c>--postgres</c>), or null.</param>
internal sealed record StoreChoice(string? SqliteFile, string? PostgreSql)
{
    /// <summary>The SQLite file the default story uses when neither option is given.</summary>
    public const string DefaultFile = "outsmart-sample.db";

    /// <summary>Gets the choice of the default story: <see cref="DefaultFile"/> in the working directory.</summary>
    public static StoreChoice Default => new(DefaultFile, null);

    /// <summary>Gets the folder next to the database, where the story writes its PNG and CSV files (the working
    /// directory for PostgreSQL).</summary>
    public string OutputFolder => SqliteFile is { } file
        ? Path.GetDirectoryName(Path.GetFullPath(file)) ?? Directory.GetCurrentDirectory()
        : Directory.GetCurrentDirectory();

    /// <summary>Gets the database in words, for the story and for error lines (no password is shown).</summary>
    public string Describe() => SqliteFile is { } file ? $"SQLite file {file}" : $"PostgreSQL database {PostgreSqlTarget(PostgreSql!)}";

    private static string PostgreSqlTarget(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"{builder.Database ?? builder.Username ?? "postgres"} on {builder.Host}:{builder.Port}";
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }
}

/// <summary>
/// The composition of the sample host on a real database: the <c>--db FILE</c> and <c>--postgres "…"</c> options, and
/// the one place that builds the service collection over them (the storage adapter, the packages' <c>AddOutSmart*</c>
/// and an <see cref="IClock"/>).
/// </summary>
/// <remarks>
/// Ports the chosen relational adapter does not provide yet fall back to the in-memory adapter
/// (<c>AddOutSmartInMemoryStorage</c> registers with <c>TryAdd*</c> after the database adapter, so a port the
/// database stores always wins). Opening runs the schema migrations once, so a wrong file, a malformed connection
/// string or a server that is down is reported before any work, as one line with a code.
/// </remarks>
internal static class HostStore
{
    /// <summary>Creates the <c>--db</c> option.</summary>
    public static Option<string> DbOption() => new("--db")
    {
        Description = $"Store in this SQLite file (created with its schema when missing). Without --db or --postgres the story uses ./{StoreChoice.DefaultFile}.",
    };

    /// <summary>Creates the <c>--postgres</c> option.</summary>
    public static Option<string> PostgresOption() => new("--postgres")
    {
        Description = "Store in this PostgreSQL database, an Npgsql connection string such as \"Host=localhost;Database=outsmart;Username=outsmart;Password=…\".",
    };

    /// <summary>Reads the store options of a command: null when neither is given (the caller decides the default);
    /// on a conflict or a blank value writes one line to <paramref name="error"/> and sets <paramref name="exitCode"/>.</summary>
    public static StoreChoice? Read(ParseResult parseResult, Option<string> db, Option<string> postgres, TextWriter error, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(error);
        exitCode = ExitCodes.Success;
        string? file = parseResult.GetValue(db);
        string? connection = parseResult.GetValue(postgres);
        if (file is not null && connection is not null)
        {
            error.WriteLine("STORE_OPTIONS_CONFLICT: give --db FILE or --postgres \"CONNECTION STRING\", not both.");
            exitCode = ExitCodes.Usage;
            return null;
        }
        if ((file is not null && string.IsNullOrWhiteSpace(file)) || (connection is not null && string.IsNullOrWhiteSpace(connection)))
        {
            error.WriteLine("STORE_OPTION_INVALID: --db needs a file name and --postgres a connection string.");
            exitCode = ExitCodes.Refused;
            return null;
        }
        return file is null && connection is null ? null : new StoreChoice(file, connection);
    }

    /// <summary>Builds the host's services over <paramref name="choice"/> and opens the database (creating or migrating
    /// its schema). On failure writes one line with a code to <paramref name="error"/> and returns null.</summary>
    /// <param name="choice">The database.</param>
    /// <param name="clock">The host's clock.</param>
    /// <param name="error">Where a failure is reported.</param>
    /// <param name="configure">Adds the host's own services (policies, approvers, …) before the packages' defaults.</param>
    public static ServiceProvider? Open(StoreChoice choice, IClock clock, TextWriter error, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(error);
        ServiceProvider? provider = null;
        try
        {
            if (choice.SqliteFile is { } file)
            {
                string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
                if (folder is not null && !Directory.Exists(folder))
                {
                    error.WriteLine($"STORE_UNAVAILABLE: {choice.Describe()}: the folder {folder} does not exist.");
                    return null;
                }
                if (Directory.Exists(file))
                {
                    error.WriteLine($"STORE_UNAVAILABLE: {choice.Describe()}: that is a folder, not a database file.");
                    return null;
                }
            }
            if (choice.PostgreSql is { } connectionString && !IsConnectionString(connectionString, out string? problem))
            {
                error.WriteLine($"STORE_OPTION_INVALID: --postgres is not a connection string: {OneLine(problem)}");
                return null;
            }
            provider = Build(choice, clock, configure);
            provider.GetRequiredService<RelationalStore>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
            return provider;
        }
        catch (Exception exception) when (IsStoreFailure(exception))
        {
            provider?.Dispose();
            error.WriteLine(Failure(choice, exception));
            return null;
        }
    }

    /// <summary>Builds the service collection over <paramref name="choice"/> without opening the database.</summary>
    public static ServiceProvider Build(StoreChoice choice, IClock clock, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(clock);
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        configure?.Invoke(services);
        if (choice.PostgreSql is { } connectionString)
        {
            services.AddOutSmartPostgreSqlStorage(connectionString);
        }
        else
        {
            services.AddOutSmartSqliteStorage(SqliteStorageOptions.FromFile(choice.SqliteFile!));
        }
        // The ports the database adapter does not store (yet) are kept in memory for the life of the process.
        services.AddOutSmartInMemoryStorage();
        services.AddOutSmartTasks();
        services.AddOutSmartWorkOrders();
        services.AddOutSmartContracts();
        services.AddOutSmartTimesheets();
        services.AddOutSmartSignatureRendering();
        return services.BuildServiceProvider();
    }

    /// <summary>Says whether <paramref name="exception"/> is the database refusing or failing (reported as one line),
    /// rather than a bug (which must surface).</summary>
    public static bool IsStoreFailure(Exception exception) =>
        exception is DbException or SocketException or TimeoutException or IOException or UnauthorizedAccessException
        || (exception is InvalidOperationException && exception.InnerException is not null && IsStoreFailure(exception.InnerException));

    /// <summary>The one line that reports a store failure: a code, the database and the driver's first line.</summary>
    public static string Failure(StoreChoice choice, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(exception);
        Exception reason = exception is InvalidOperationException { InnerException: { } inner } ? inner : exception;
        // A file next to the database (the story's PNG or CSV) that cannot be written is not the database failing.
        string code = reason is IOException or UnauthorizedAccessException ? "IO_FAILED" : "STORE_UNAVAILABLE";
        string message = reason switch
        {
            SqliteException sqlite => sqlite.Message,
            _ => reason.Message,
        };
        return $"{code}: {choice.Describe()}: {OneLine(message)}";
    }

    /// <summary>Tells whether the stored adapters of <paramref name="provider"/> keep <paramref name="port"/> in the
    /// database (true) or in memory (false, a port the database adapter does not provide yet).</summary>
    public static bool IsStored(IServiceProvider provider, Type port)
    {
        ArgumentNullException.ThrowIfNull(provider);
        object service = provider.GetRequiredService(port);
        return !string.Equals(service.GetType().Namespace, typeof(InMemoryStorageServiceCollectionExtensions).Namespace, StringComparison.Ordinal);
    }

    /// <summary>Gets the ports the story uses, for <see cref="IsStored"/>.</summary>
    public static IReadOnlyList<(string Name, Type Port)> Ports { get; } =
    [
        ("contracts", typeof(IContractRepository)),
        ("work orders", typeof(IWorkOrderRepository)),
        ("tasks", typeof(ITaskRepository)),
        ("timesheet entries", typeof(ITimesheetEntryRepository)),
        ("export batches", typeof(IExportBatchRepository)),
    ];

    private static bool IsConnectionString(string connectionString, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            problem = null;
            return true;
        }
        catch (ArgumentException exception)
        {
            problem = exception.Message;
            return false;
        }
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
