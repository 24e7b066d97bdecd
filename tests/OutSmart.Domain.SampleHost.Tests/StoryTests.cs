using System.Reflection;
using System.Text.RegularExpressions;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.SampleHost.Scheduling;
using OutSmart.Domain.SampleHost.Signatures;
using OutSmart.Domain.SampleHost.Storage;
using OutSmart.Domain.SampleHost.Tasks;
using OutSmart.Domain.SampleHost.WorkOrders;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.SampleHost.Tests;

/// <summary>The default story speaks to people: names, never raw ids or type names.</summary>
public sealed partial class StoryTests
{
    private static readonly Lazy<string> WholeStory = new(() =>
    {
        string folder = Directory.CreateTempSubdirectory("outsmart-story-").FullName;
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            int exitCode = Story.Run([new TasksSample(), new ScheduleSample(), new WorkOrdersSample(), new SignatureSample()],
                new StoreChoice(Path.Combine(folder, "story.db"), null), output, error);
            Assert.Equal(ExitCodes.Success, exitCode);
            Assert.Equal("", error.ToString());
            return output.ToString();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    });

    [Fact]
    public void Tell_WhenTheWholeStoryIsTold_ShowsNoRawId()
    {
        string story = WholeStory.Value;

        Assert.DoesNotMatch(GuidPattern(), story);
    }

    [Fact]
    public void Tell_WhenTheWholeStoryIsTold_ShowsNoTypeNameOrCompoundEnumName()
    {
        string[] names =
        [
            .. new[] { typeof(Actor).Assembly, typeof(FollowUpTask).Assembly, typeof(WorkOrder).Assembly }
                .SelectMany(a => a.GetExportedTypes())
                .SelectMany(t => t.IsEnum ? Enum.GetNames(t) : [t.Name])
                .Where(n => CompoundName().IsMatch(n))
                .Distinct(),
        ];

        string story = WholeStory.Value;

        Assert.NotEmpty(names);
        string[] shown = [.. names.Where(n => Regex.IsMatch(story, $@"\b{Regex.Escape(n)}\b"))];
        Assert.True(shown.Length == 0, $"The story shows type or enum names: {string.Join(", ", shown)}");
        Assert.DoesNotContain("System.", story);
        Assert.DoesNotContain("`1", story);
    }

    [Fact]
    public void Tell_WhenTheWholeStoryIsTold_NamesThePeopleAndRecords()
    {
        string story = WholeStory.Value;

        Assert.Contains("owner Anna (planner); assignees Bram (technician), Chris (technician)", story);
        Assert.Contains("links customer Jansen, work order WO-2025-0042", story);
        Assert.Contains("TASK_LINK_DUPLICATE: The task already links to work order WO-2025-0042.", story);
        Assert.Contains("Stop the timer of employee Bram (technician) first.", story);
        Assert.Contains("events raised: task started, task completed", story);
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex("^[A-Z][a-z0-9]+[A-Z]")]
    private static partial Regex CompoundName();
}
