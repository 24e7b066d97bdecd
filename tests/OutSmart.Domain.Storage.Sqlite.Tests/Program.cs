using OutSmart.Domain.TestSupport.Processes;

namespace OutSmart.Domain.Storage.Sqlite.Tests;

/// <summary>
/// The test assembly's entry point: xUnit's own, plus the child modes in which the separate-process tests start this
/// same assembly (see <see cref="ChildProcessEntryPoint"/>), opening SQLite stores.
/// </summary>
internal static class Program
{
    public static int Main(string[] args) =>
        ChildProcessEntryPoint.Run(args, SqliteChildStore.Open, SelfRegisteredExtensions.AddSelfRegisteredExtensions);
}
