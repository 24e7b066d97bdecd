using System.CommandLine;
using OutSmart.Domain.SampleHost.Storage;

namespace OutSmart.Domain.SampleHost;

/// <summary>The root command of the sample host and the one place that turns a command line into an exit code.</summary>
internal static class HostCommandLine
{
    /// <summary>Creates the root command: one subcommand per sample, and the whole story without a command.</summary>
    public static RootCommand CreateRoot(IReadOnlyList<ISample> samples)
    {
        var root = new RootCommand(string.Join(Environment.NewLine,
            "OutSmart.Domain sample host. Without a command it tells the whole story: first on a real database (a contract",
            "generates work orders, a technician completes one with photos, hours and a signature, the hours are exported to",
            "payroll, a follow-up task is done; each run takes it one visit further), then package by package.",
            $"The database is --db FILE (SQLite) or --postgres \"CONNECTION STRING\"; with neither, ./{StoreChoice.DefaultFile}.",
            "The signature PNG and the payroll CSV are written next to the SQLite file (the working folder for PostgreSQL).",
            "",
            ExitCodes.Description));
        Option<string> db = HostStore.DbOption();
        Option<string> postgres = HostStore.PostgresOption();
        root.Options.Add(db);
        root.Options.Add(postgres);
        foreach (ISample sample in samples)
        {
            root.Subcommands.Add(sample.CreateCommand());
        }
        root.SetAction(parseResult =>
        {
            TextWriter error = parseResult.InvocationConfiguration.Error;
            StoreChoice? store = HostStore.Read(parseResult, db, postgres, error, out int exitCode);
            return exitCode != ExitCodes.Success
                ? exitCode
                : Story.Run(samples, store ?? StoreChoice.Default, parseResult.InvocationConfiguration.Output, error);
        });
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <remarks>The parser reports its own errors with 1; they are usage errors here, <see cref="ExitCodes.Usage"/>.</remarks>
    public static int Invoke(RootCommand root, string[] args, InvocationConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        ParseResult parsed = root.Parse(args);
        int exitCode = parsed.Invoke(configuration);
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
    }
}
