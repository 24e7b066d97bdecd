using NodaTime;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.SampleHost.Tests;

/// <summary>Keeps the quick start in the repository README true.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_LastWorkingDayOfTheMonth_PrintsWhatTheReadmeSays()
    {
        var rule = RecurrenceRule.Parse("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1").AsT0;
        var visits = RecurrenceSet.Create(new LocalDateTime(2026, 1, 5, 8, 0), rule)
            .InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);

        var printed = visits.GetOccurrences().Take(3).Select(visit => visit.ToString()).ToList();

        Assert.Equal(
            ["2026-01-30T08:00:00 Europe/Amsterdam (+01)", "2026-02-27T08:00:00 Europe/Amsterdam (+01)", "2026-03-31T08:00:00 Europe/Amsterdam (+02)"],
            printed);
    }
}
