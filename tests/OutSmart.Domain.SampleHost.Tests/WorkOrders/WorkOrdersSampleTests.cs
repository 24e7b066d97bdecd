using System.CommandLine;
using OutSmart.Domain.SampleHost.WorkOrders;

namespace OutSmart.Domain.SampleHost.Tests.WorkOrders;

public sealed class WorkOrdersSampleTests
{
    [Fact]
    public void WorkOrders_WhenRun_TellsTheStoryFromBlockersToSent()
    {
        (int exitCode, string output, string error) = Invoke("workorders");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Contains("STEP_PREVIOUS_INCOMPLETE: Finish \"Intake\" first.", output);
        Assert.Contains("SIGNATURE_STALE", output);
        Assert.Contains("status sent; the sent event carries hash ", output);
        Assert.Contains("WORKORDER_ALREADY_SENT", output);
        Assert.Contains("stored as version 1; reloaded: sent, signature stale: no", output);
    }

    [Fact]
    public void WorkOrders_WhenTheSentEventIsHandledTwice_ImportsItsHoursIntoTimesheetsOnce()
    {
        (int exitCode, string output, _) = Invoke("workorders");

        Assert.Equal(0, exitCode);
        Assert.Contains("Timesheets imports the sent event's hours: 2 import(s) over two deliveries of the event, 1 draft entry for Bram", output);
    }

    [Fact]
    public void WorkOrders_WhenSignatureIsBlank_PrintsTheCodeOnStandardErrorAndFails()
    {
        string path = Path.Combine(Path.GetTempPath(), $"blank-signature-{Environment.ProcessId}.json");
        File.WriteAllText(path, "[]");
        try
        {
            (int exitCode, string output, string error) = Invoke("workorders", "--signature", path);

            Assert.Equal(ExitCodes.Refused, exitCode);
            Assert.StartsWith("SIGNATURE_EMPTY: ", error);
            Assert.Empty(output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WorkOrders_WhenTheSignatureFileIsFarOverTheLimit_RefusesItBeforeReadingIt()
    {
        string path = Path.Combine(Path.GetTempPath(), $"huge-signature-{Environment.ProcessId}.json");
        using (var sparse = new FileStream(path, FileMode.Create))
        {
            sparse.SetLength(300L * 1024 * 1024);
        }
        try
        {
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

            (int exitCode, string output, string error) = Invoke("workorders", "--signature", path);

            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            Assert.Equal(ExitCodes.Refused, exitCode);
            Assert.StartsWith("SIGNATURE_TOO_LARGE: ", error);
            Assert.Empty(output);
            Assert.True(allocated < 4 * 1024 * 1024, $"Refusing a 300 MB file allocated {allocated:N0} bytes.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        var root = new RootCommand { new WorkOrdersSample().CreateCommand() };
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exitCode = HostCommandLine.Invoke(root, args, new InvocationConfiguration { Output = output, Error = error });

        return (exitCode, output.ToString().Replace("\r", "", StringComparison.Ordinal), error.ToString());
    }
}
