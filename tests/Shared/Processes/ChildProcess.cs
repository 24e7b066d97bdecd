using System.Diagnostics;

namespace OutSmart.Domain.TestSupport.Processes;

/// <summary>Starts this test assembly again as a child process (see <see cref="ChildProcessEntryPoint"/>), with its
/// standard input and output redirected.</summary>
public static class ChildProcess
{
    /// <summary>Starts the child with the arguments (the first names its mode).</summary>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The started process; the caller disposes it.</returns>
    public static Process Start(IEnumerable<string> arguments)
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH")
            ?? (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet");
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start) ?? throw new InvalidOperationException("The child process did not start.");
    }
}
