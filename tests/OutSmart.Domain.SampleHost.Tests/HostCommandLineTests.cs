using System.CommandLine;
using System.Text.RegularExpressions;
using OutSmart.Domain.SampleHost.Scheduling;
using OutSmart.Domain.SampleHost.Signatures;
using OutSmart.Domain.SampleHost.Tasks;
using OutSmart.Domain.SampleHost.WorkOrders;

namespace OutSmart.Domain.SampleHost.Tests;

/// <summary>One exit-code convention for every command: 0 done, 1 refused, 2 usage.</summary>
public sealed partial class HostCommandLineTests : IDisposable
{
    private static readonly string SampleSignature = Path.Combine(AppContext.BaseDirectory, "signatures", "signature.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("outsmart-host-exit-codes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Help_WhenAskedAtTheRoot_StatesTheExitCodeConvention()
    {
        (int exitCode, string output, _) = Invoke("--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        string[] lines = [.. output.Split('\n').Select(l => l.Trim())];
        Assert.Contains("Exit codes (every command):", lines);
        Assert.Contains("0  done.", lines);
        Assert.Contains(lines, l => l.StartsWith("1  refused: the input was refused", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2  usage: the command line is wrong", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tasks")]
    [InlineData("schedule expand --start 2026-01-05T08:00 --rule FREQ=DAILY --max 2")]
    [InlineData("workorders")]
    [InlineData("signature render --in {sample} --out {folder}/signature.svg")]
    public void Invoke_WhenTheCommandSucceeds_ReturnsZeroAndWritesNothingToStandardError(string commandLine)
    {
        (int exitCode, _, string error) = Invoke(Arguments(commandLine));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("schedule expand --start 2026-02-30T08:00 --rule FREQ=DAILY", "DTSTART_INVALID")]
    [InlineData("schedule expand --start 2026-01-05T24:00 --rule FREQ=DAILY", "DTSTART_INVALID")]
    [InlineData("schedule expand --start 2026-01-05T08:00 --rule FREQ=SOMETIMES", "RRULE_")]
    [InlineData("schedule expand --start 2026-01-05T08:00 --rule FREQ=DAILY --zone Nowhere/Land", "ZONE_UNKNOWN")]
    [InlineData("schedule expand --start 2026-01-05T08:00 --rule FREQ=DAILY --max -1", "MAX_INVALID")]
    [InlineData("workorders --signature {folder}/missing.json", "SIGNATURE_FILE_MISSING")]
    [InlineData("workorders --signature {blank}", "SIGNATURE_EMPTY")]
    [InlineData("signature render --in {folder}/missing.json --out {folder}/out.png", "INPUT_UNREADABLE")]
    [InlineData("signature render --in {blank} --out {folder}/out.png", "SIGNATURE_EMPTY")]
    [InlineData("signature render --in {sample} --out {folder}/out.png --width 0", "OUTPUT_SIZE_INVALID")]
    [InlineData("signature render --in {sample} --out {folder}/out.jpg", "OUTPUT_FORMAT_UNSUPPORTED")]
    public void Invoke_WhenTheInputIsRefused_ReturnsOneAndPutsTheCodeOnStandardError(string commandLine, string code)
    {
        (int exitCode, _, string error) = Invoke(Arguments(commandLine));

        Assert.Equal(ExitCodes.Refused, exitCode);
        Assert.Matches(CodeLine(), error);
        Assert.StartsWith(code, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("tasks --verbose")]
    [InlineData("schedule expand --start 2026-01-05T08:00")]
    [InlineData("schedule expand --zone Europe/Amsterdam")]
    [InlineData("schedule expand --rule FREQ=DAILY")]
    [InlineData("schedule expand --start 2026-01-05T08:00 --rule FREQ=DAILY --holidays de")]
    [InlineData("workorders --signature")]
    [InlineData("signature render --in {sample}")]
    [InlineData("signature render --in {sample} --out {folder}/out.png --format jpg")]
    [InlineData("signature render --in {sample} --out {folder}/out.png --width wide")]
    public void Invoke_WhenTheCommandLineIsWrong_ReturnsTwoAndExplainsOnStandardError(string commandLine)
    {
        (int exitCode, _, string error) = Invoke(Arguments(commandLine));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.NotEqual("", error.Trim());
    }

    private string[] Arguments(string commandLine)
    {
        string blank = Path.Combine(_folder, "blank.json");
        File.WriteAllText(blank, "[]");
        return commandLine
            .Replace("{sample}", SampleSignature, StringComparison.Ordinal)
            .Replace("{blank}", blank, StringComparison.Ordinal)
            .Replace("{folder}", _folder, StringComparison.Ordinal)
            .Split(' ');
    }

    private static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        RootCommand root = HostCommandLine.CreateRoot([new TasksSample(), new ScheduleSample(), new WorkOrdersSample(), new SignatureSample()]);
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exitCode = HostCommandLine.Invoke(root, args, new InvocationConfiguration { Output = output, Error = error });

        return (exitCode, output.ToString().Replace("\r", "", StringComparison.Ordinal), error.ToString().Replace("\r", "", StringComparison.Ordinal));
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]+: ")]
    private static partial Regex CodeLine();
}
