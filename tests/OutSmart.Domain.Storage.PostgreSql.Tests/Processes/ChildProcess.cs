using System.Diagnostics;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.Processes;

/// <summary>Starts this test assembly again as a child process (see <see cref="Program"/>), with its standard input and
/// output redirected.</summary>
internal static class ChildProcess
{
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
