using System.CommandLine;

namespace OutSmart.Domain.SampleHost;

/// <summary>The root command of the sample host and the one place that turns a command line into an exit code.</summary>
internal static class HostCommandLine
{
    /// <summary>Creates the root command: one subcommand per sample, and the whole story without a command.</summary>
    public static RootCommand CreateRoot(IReadOnlyList<ISample> samples)
    {
        var root = new RootCommand(
            "OutSmart.Domain sample host. Without a command it tells the whole story, package by package."
            + Environment.NewLine + Environment.NewLine + ExitCodes.Description);
        foreach (ISample sample in samples)
        {
            root.Subcommands.Add(sample.CreateCommand());
        }
        root.SetAction(parseResult => Story.Tell(samples, parseResult.InvocationConfiguration.Output));
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
