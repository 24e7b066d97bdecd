using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

/// <summary>A recurring series with COUNT (TSK-10) produces exactly COUNT occurrences however late each is completed.</summary>
public sealed class RecurringSeriesProperties
{
    private static readonly LocalDate Monday2March = new(2026, 3, 2);

    [Property(Arbitrary = [typeof(SeriesArbitraries)], MaxTest = 300)]
    public void CompleteOccurrence_ForAnyCountAndLateness_ProducesExactlyCountOccurrencesOnTheRule(Series series)
    {
        var dues = Run(series, out var completionDays);

        Assert.Equal(series.Count, dues.Count);
        Assert.True(dues.Zip(dues.Skip(1)).All(p => p.First < p.Second), $"Dues must strictly increase: {string.Join(", ", dues)}");
        for (int i = 1; i < dues.Count; i++)
        {
            Assert.True(dues[i] >= completionDays[i - 1], $"Occurrence {i + 1} is due {dues[i]}, before the day {completionDays[i - 1]} the previous one was completed.");
        }
        if (series.Basis == TaskRecurrenceBasis.DueDate)
        {
            var onTheRule = Expansion(series, count: null).TakeWhile(d => d <= dues[^1]).ToHashSet();
            Assert.All(dues, d => Assert.Contains(d, onTheRule));
        }
    }

    [Property(Arbitrary = [typeof(SeriesArbitraries)], MaxTest = 200)]
    public void CompleteOccurrence_WhenEveryOccurrenceIsCompletedOnItsDueDay_FollowsTheRuleExactly(Series series)
    {
        var onTime = series with { LateDays = [.. series.LateDays.Select(_ => 0)], Basis = TaskRecurrenceBasis.DueDate };

        var dues = Run(onTime, out _);

        Assert.Equal(Expansion(onTime, onTime.Count), dues);
    }

    // Completes occurrence after occurrence, each LateDays[i] days after its due, and returns the due of each occurrence.
    private static List<LocalDate> Run(Series series, out List<LocalDate> completionDays)
    {
        var recurrence = TaskRecurrence.Parse($"{series.Rule};COUNT={series.Count}", series.Basis).AsT0;
        var builder = TaskBuilder.ATask().CreatedAt(TaskFixtures.Now);
        var task = (series.AtNine ? builder.DueAt(series.Start.At(new LocalTime(9, 0)), TaskFixtures.Amsterdam) : builder.DueOn(series.Start)).Build();
        task.Repeat(recurrence, TaskDevicePolicy.AllowAll, TaskFixtures.Office, TaskFixtures.Now);
        var dues = new List<LocalDate>();
        completionDays = [];
        for (int i = 0; i <= series.Count + 2; i++)
        {
            Assert.Equal(series.AtNine, task.Due!.Moment is { LocalDateTime.TimeOfDay: { Hour: 9, Minute: 0 } });
            LocalDate due = task.Due.ToLocalDate();
            dues.Add(due);
            LocalDate completionDay = due.PlusDays(series.LateDays[i % series.LateDays.Length]);
            completionDays.Add(completionDay);
            Instant now = completionDay.At(new LocalTime(12, 0)).InZoneLeniently(TaskFixtures.Amsterdam).ToInstant();
            Assert.True(task.Start(TaskFixtures.Mobile, now).IsT0);
            var completion = task.CompleteOccurrence(new TaskId(TaskFixtures.NumberedGuid(1000 + i)), TaskFixtures.Amsterdam, TaskFixtures.Mobile, now).AsT0;
            Assert.Equal(FollowUpTaskStatus.Completed, task.Status);
            if (completion.Next is null)
            {
                return dues;
            }
            Assert.Equal(task.Occurrence + 1, completion.Next.Occurrence);
            task = completion.Next;
        }
        return dues;
    }

    private static List<LocalDate> Expansion(Series series, int? count)
    {
        var rule = RecurrenceRule.Parse(count is { } n ? $"{series.Rule};COUNT={n}" : series.Rule).AsT0;
        return [.. RecurrenceSet.Create(series.Start.AtMidnight(), rule).GetOccurrences().Take(10_000).Select(d => d.Date)];
    }

    public sealed record Series(string Rule, LocalDate Start, int Count, int[] LateDays, TaskRecurrenceBasis Basis, bool AtNine)
    {
        public override string ToString() =>
            $"{Rule};COUNT={Count} from {Start:uuuu-MM-dd}{(AtNine ? " 09:00 Europe/Amsterdam" : string.Empty)} ({Basis}), late by [{string.Join(", ", LateDays)}] days";
    }

    public static class SeriesArbitraries
    {
        // Every start matches its rule (a Monday in a month where it is the first Monday), so the start is occurrence 1.
        private static readonly string[] Rules =
        [
            "FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=WEEKLY;BYDAY=MO,TH",
            "FREQ=MONTHLY", "FREQ=MONTHLY;BYDAY=1MO", "FREQ=MONTHLY;INTERVAL=2", "FREQ=YEARLY",
        ];

        public static Arbitrary<Series> Series() =>
            (from rule in Gen.Elements(Rules)
             from count in Gen.Choose(1, 8)
             from length in Gen.Choose(1, 8)
             from late in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 3), Gen.Choose(0, 60), Gen.Choose(0, 800)), length)
             from fromCompletion in Gen.Elements(false, true)
             from atNine in Gen.Elements(false, true)
             select new Series(rule, Monday2March, count, late, fromCompletion ? TaskRecurrenceBasis.Completion : TaskRecurrenceBasis.DueDate, atNine))
            .ToArbitrary();
    }
}
