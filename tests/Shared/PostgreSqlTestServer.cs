using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OutSmart.Domain.TestSupport;

/// <summary>
/// A throwaway PostgreSQL server: <c>initdb</c> into a new temporary folder, <c>postgres</c> on a free loopback port
/// (its socket in that folder, fsync off), and on disposal the server stopped and the folder deleted.
/// </summary>
/// <remarks>
/// As root the server runs as the <c>postgres</c> user through <c>runuser</c> (the server refuses to run as root), so
/// the folder is handed to that user. The binaries are taken from <c>OUTSMART_PG_BIN</c> when set, else from the
/// newest <c>/usr/lib/postgresql/*/bin</c> that holds <c>initdb</c>. A folder left behind by a test run that was killed
/// is stopped and removed by the next start (<see cref="RemoveAbandoned"/>).
/// </remarks>
internal sealed class PostgreSqlTestServer : IAsyncDisposable
{
    private const string FolderPrefix = "outsmart-pg-";
    private const string OwnerFile = "owner.pid";
    private const string ServerUser = "postgres";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _binDirectory;
    private readonly string _root;
    private readonly bool _asRoot;
    private readonly Process _process;
    private readonly StringWriterLog _log;

    private PostgreSqlTestServer(string binDirectory, string root, bool asRoot, Process process, StringWriterLog log, int port)
    {
        _binDirectory = binDirectory;
        _root = root;
        _asRoot = asRoot;
        _process = process;
        _log = log;
        Port = port;
    }

    /// <summary>Gets the loopback TCP port the server listens on.</summary>
    public int Port { get; }

    /// <summary>Gets a connection string for the superuser to <paramref name="database"/>.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = ServerUser,
        Database = database,
        Pooling = true,
        MaxPoolSize = 40,
        Timeout = 30,
        CommandTimeout = 60,
    }.ConnectionString;

    /// <summary>Finds the directory holding <c>initdb</c> and <c>postgres</c>, or null when PostgreSQL is not installed.</summary>
    public static string? FindBinDirectory()
    {
        string? configured = Environment.GetEnvironmentVariable("OUTSMART_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }
        const string Installed = "/usr/lib/postgresql";
        if (!Directory.Exists(Installed))
        {
            return null;
        }
        return Directory.GetDirectories(Installed)
            .Select(version => (Version: int.TryParse(Path.GetFileName(version), NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? number : 0,
                Bin: Path.Combine(version, "bin")))
            .Where(candidate => File.Exists(Path.Combine(candidate.Bin, "initdb")) && File.Exists(Path.Combine(candidate.Bin, "postgres")))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Bin)
            .FirstOrDefault();
    }

    /// <summary>Initialises and starts a new server; throws with the server's own words when it cannot start.</summary>
    public static async Task<PostgreSqlTestServer> StartAsync(string binDirectory, CancellationToken cancellationToken)
    {
        RemoveAbandoned();
        bool asRoot = Environment.UserName == "root";
        string root = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken);
            if (asRoot)
            {
                await RunAsync("chown", ["-R", $"{ServerUser}:{ServerUser}", root], cancellationToken);
            }
            string data = Path.Combine(root, "data");
            await RunAsync(Command(asRoot, Path.Combine(binDirectory, "initdb")),
                Arguments(asRoot, Path.Combine(binDirectory, "initdb"),
                    ["-D", data, "-U", ServerUser, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]),
                cancellationToken);
            return await StartOnFreePortAsync(binDirectory, root, data, asRoot, cancellationToken);
        }
        catch
        {
            DeleteFolder(root);
            throw;
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    /// <summary>Stops the server (fast shutdown, then a kill) and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            string pgCtl = Path.Combine(_binDirectory, "pg_ctl");
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await RunAsync(Command(_asRoot, pgCtl), Arguments(_asRoot, pgCtl, ["stop", "-D", Path.Combine(_root, "data"), "-m", "fast", "-w"]), stop.Token);
        }
        catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException or IOException)
        {
            // The server did not stop in time or was already gone: the kill below ends it.
        }
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
        DeleteFolder(_root);
    }

    /// <summary>Stops and deletes the servers of earlier test runs whose process no longer exists.</summary>
    public static void RemoveAbandoned()
    {
        foreach (string folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            string ownerFile = Path.Combine(folder, OwnerFile);
            if (!File.Exists(ownerFile)
                || !int.TryParse(File.ReadAllText(ownerFile), NumberStyles.None, CultureInfo.InvariantCulture, out int owner)
                || IsRunning(owner))
            {
                continue;
            }
            string pidFile = Path.Combine(folder, "data", "postmaster.pid");
            if (File.Exists(pidFile)
                && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out int postmaster)
                && IsRunning(postmaster))
            {
                try
                {
                    using Process server = Process.GetProcessById(postmaster);
                    server.Kill(entireProcessTree: true);
                    server.WaitForExit(10_000);
                }
                catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // Gone meanwhile, or not ours to stop: the folder is still removed below when possible.
                }
            }
            DeleteFolder(folder);
        }
    }

    /// <summary>Gets what the server wrote to its output so far, for a failure message.</summary>
    public string Log => _log.ToString();

    private static async Task<PostgreSqlTestServer> StartOnFreePortAsync(string binDirectory, string root, string data, bool asRoot, CancellationToken cancellationToken)
    {
        // A port found free may be taken before the server binds it; a few attempts make that race harmless.
        string lastReason = "";
        for (int attempt = 0; attempt < 5; attempt++)
        {
            int port = FreeLoopbackPort();
            string postgres = Path.Combine(binDirectory, "postgres");
            var start = new ProcessStartInfo(Command(asRoot, postgres))
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (string argument in Arguments(asRoot, postgres,
                ["-D", data, "-p", port.ToString(CultureInfo.InvariantCulture), "-h", "127.0.0.1", "-k", root,
                    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                    "-c", "max_connections=300", "-c", "shared_buffers=64MB", "-c", "log_min_messages=fatal"]))
            {
                start.ArgumentList.Add(argument);
            }
            var log = new StringWriterLog();
            var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, line) => log.Append(line.Data);
            process.ErrorDataReceived += (_, line) => log.Append(line.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var server = new PostgreSqlTestServer(binDirectory, root, asRoot, process, log, port);
            if (await server.WaitUntilAcceptingAsync(cancellationToken))
            {
                return server;
            }
            lastReason = log.ToString();
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync(CancellationToken.None);
            process.Dispose();
        }
        throw new InvalidOperationException($"postgres did not start: {lastReason}");
    }

    private async Task<bool> WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                return false;
            }
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false;Timeout=2");
                await connection.OpenAsync(cancellationToken);
                return true;
            }
            catch (NpgsqlException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        return false;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Command(bool asRoot, string program) => asRoot ? "runuser" : program;

    private static string[] Arguments(bool asRoot, string program, string[] arguments) =>
        asRoot ? ["-u", ServerUser, "--", program, .. arguments] : arguments;

    private static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(arguments.Length > 3 && program == "runuser" ? arguments[3] : program)} exited with {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}");
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left for RemoveAbandoned of a later run.
        }
    }

    // Collects the server's output lines; the handlers run on pool threads.
    private sealed class StringWriterLog
    {
        private readonly System.Text.StringBuilder _text = new();

        public void Append(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (_text)
            {
                _text.AppendLine(line);
            }
        }

        public override string ToString()
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }
}
