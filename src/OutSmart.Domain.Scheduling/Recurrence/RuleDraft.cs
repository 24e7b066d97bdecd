using System.Collections.Immutable;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>The unvalidated parts of a rule, filled by the parser or the builder and checked by <see cref="RecurrenceRule.Validate"/>.</summary>
internal sealed class RuleDraft
{
    public const int PartCount = (int)RulePart.Skip + 1;

    public RecurrenceFrequency? Frequency { get; set; }

    public int Interval { get; set; } = 1;

    public int? Count { get; set; }

    public RecurrenceUntil? Until { get; set; }

    public ImmutableArray<int> BySecond { get; set; } = [];

    public ImmutableArray<int> ByMinute { get; set; } = [];

    public ImmutableArray<int> ByHour { get; set; } = [];

    public ImmutableArray<RecurrenceWeekday> ByDay { get; set; } = [];

    public ImmutableArray<int> ByMonthDay { get; set; } = [];

    public ImmutableArray<int> ByYearDay { get; set; } = [];

    public ImmutableArray<int> ByWeekNo { get; set; } = [];

    public ImmutableArray<int> ByMonth { get; set; } = [];

    public ImmutableArray<int> BySetPosition { get; set; } = [];

    public IsoDayOfWeek WeekStart { get; set; } = IsoDayOfWeek.Monday;

    /// <summary>Gets or sets whether <c>RSCALE=GREGORIAN</c> was given.</summary>
    public bool HasRscale { get; set; }

    /// <summary>Gets or sets the <c>SKIP</c> value, or null when it was not given.</summary>
    public RecurrenceSkip? Skip { get; set; }

    /// <summary>Gets the character position of each part in the parsed text, or -1 (always -1 for a built rule).</summary>
    public int[] Positions { get; } = [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1];

    public bool FromText { get; set; }
}
