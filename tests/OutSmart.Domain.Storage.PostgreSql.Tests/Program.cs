using OutSmart.Domain.Storage.PostgreSql.Tests.Processes;
using OutSmart.Domain.TestSupport.Processes;

namespace OutSmart.Domain.Storage.PostgreSql.Tests;

/// <summary>
/// The test assembly's entry point: xUnit's own, plus the child modes in which the separate-process tests start this
/// same assembly (see <see cref="ChildProcessEntryPoint"/>), opening PostgreSQL stores.
/// </summary>
internal static class Program
{
    public static int Main(string[] args) =>
        ChildProcessEntryPoint.Run(args, PostgreSqlChildStore.Open, SelfRegisteredExtensions.AddSelfRegisteredExtensions);
}
