using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Calendars;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>Cost insight over timesheet lines (OT-09) and the days and weeks that stand out (OT-10). Pure functions.</summary>
/// <remarks>
/// Both methods read their lines once, keep one running sum per group (no per-line allocation) and never change their
/// input. They are thread-safe.
/// </remarks>
public static class TimesheetInsight
{
    /// <summary>Sums the counted lines per group (OT-09).</summary>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <param name="grouping">What to group by.</param>
    /// <param name="filter">Which lines to count; cost reports use <see cref="InsightFilter.Approved"/>.</param>
    /// <returns>The report: groups ordered by key, and the totals over every counted line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/>, a line or <paramref name="filter"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grouping"/> is undefined.</exception>
    public static InsightReport Summarise(IEnumerable<InsightLine> lines, InsightGrouping grouping, InsightFilter filter)
    {
        Guard.Against.Null(lines);
        Guard.Against.EnumOutOfRange(grouping);
        Guard.Against.Null(filter);
        var sums = new Dictionary<GroupKey, InsightAccumulator>();
        var total = default(InsightAccumulator);
        foreach (var line in lines)
        {
            Guard.Against.Null(line, nameof(lines));
            if (!filter.Counts(line))
            {
                continue;
            }
            CollectionsMarshal.GetValueRefOrAddDefault(sums, KeyOf(line, grouping), out _).Add(line);
            total.Add(line);
        }
        var groups = new InsightGroup[sums.Count];
        int i = 0;
        foreach (var (key, sum) in sums)
        {
            groups[i++] = new InsightGroup(TextOf(key, grouping), new InsightTotals(sum));
        }
        Array.Sort(groups, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new InsightReport(grouping, filter, ImmutableCollectionsMarshal.AsImmutableArray(groups), new InsightTotals(total));
    }

    /// <summary>Finds the days and ISO weeks whose worked minutes differ from the expected minutes by more than a threshold (OT-10).</summary>
    /// <param name="lines">The lines, enumerated once; lines outside <paramref name="check"/>'s dates or filter are ignored.</param>
    /// <param name="check">The dates, expected minutes, threshold, filter and employees to check.</param>
    /// <returns>
    /// The outliers ordered by employee id (ordinally, as text), then the days in date order, then the weeks in date
    /// order. Every employee with a counted line is checked, and every employee <paramref name="check"/> names, also
    /// without lines (a day with expected hours and none registered is an outlier).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/>, a line or <paramref name="check"/> is null.</exception>
    public static ImmutableArray<InsightOutlier> FindOutliers(IEnumerable<InsightLine> lines, OutlierCheck check)
    {
        Guard.Against.Null(lines);
        Guard.Against.Null(check);
        var dates = check.Dates;
        int days = dates.Length;
        var worked = new Dictionary<EmployeeId, long[]>();
        foreach (var employee in check.Employees)
        {
            worked[employee] = new long[days];
        }
        foreach (var line in lines)
        {
            Guard.Against.Null(line, nameof(lines));
            if (!check.Filter.Counts(line.Status) || !dates.Contains(line.Date))
            {
                continue;
            }
            ref long[]? minutes = ref CollectionsMarshal.GetValueRefOrAddDefault(worked, line.Employee, out _);
            minutes ??= new long[days];
            minutes[Period.DaysBetween(dates.Start, line.Date)] += line.Minutes;
        }
        long threshold = (long)check.Threshold.TotalMinutes;
        var employees = worked.Keys.ToArray();
        Array.Sort(employees, static (a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
        var outliers = ImmutableArray.CreateBuilder<InsightOutlier>();
        var expected = new long[days];
        foreach (var employee in employees)
        {
            long[] minutes = worked[employee];
            for (int d = 0; d < days; d++)
            {
                var date = dates.Start.PlusDays(d);
                expected[d] = Guard.Against.Negative(check.ExpectedMinutes(employee, date), "expectedMinutes");
                if (Math.Abs(minutes[d] - expected[d]) > threshold)
                {
                    outliers.Add(new InsightOutlier(employee, OutlierPeriod.Day, date, minutes[d], expected[d]));
                }
            }
            for (int d = 0; d < days;)
            {
                var weekStart = MondayOf(dates.Start.PlusDays(d));
                long weekWorked = 0;
                long weekExpected = 0;
                do
                {
                    weekWorked += minutes[d];
                    weekExpected += expected[d];
                    d++;
                }
                while (d < days && dates.Start.PlusDays(d).DayOfWeek != IsoDayOfWeek.Monday);
                if (Math.Abs(weekWorked - weekExpected) > threshold)
                {
                    outliers.Add(new InsightOutlier(employee, OutlierPeriod.Week, weekStart, weekWorked, weekExpected));
                }
            }
        }
        return outliers.DrainToImmutable();
    }

    /// <summary>Gets the ISO week of a date as <c>YYYY-Www</c>, in its ISO week-year.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example <c>2026-W47</c> for 2026-11-16; 2027-01-01 is in <c>2026-W53</c>.</returns>
    internal static string IsoWeekText(LocalDate date) => string.Create(
        CultureInfo.InvariantCulture,
        $"{WeekYearRules.Iso.GetWeekYear(date):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(date):D2}");

    private static GroupKey KeyOf(InsightLine line, InsightGrouping grouping) => grouping switch
    {
        InsightGrouping.Employee => new GroupKey(line.Employee.Value, null, default),
        InsightGrouping.Customer => new GroupKey(line.Customer?.Value ?? Guid.Empty, null, default),
        InsightGrouping.Project => new GroupKey(line.Project?.Value ?? Guid.Empty, null, default),
        InsightGrouping.WorkOrder => new GroupKey(line.WorkOrder?.Value ?? Guid.Empty, null, default),
        InsightGrouping.HourType => new GroupKey(Guid.Empty, line.HourType, default),
        InsightGrouping.Day => new GroupKey(Guid.Empty, null, line.Date),
        InsightGrouping.IsoWeek => new GroupKey(Guid.Empty, null, MondayOf(line.Date)),
        InsightGrouping.Month => new GroupKey(Guid.Empty, null, new LocalDate(line.Date.Year, line.Date.Month, 1)),
        _ => new GroupKey(Guid.Empty, null, new LocalDate(line.Date.Year, 1, 1)),
    };

    private static string TextOf(GroupKey key, InsightGrouping grouping) => grouping switch
    {
        InsightGrouping.Employee => key.Id.ToString("D"),
        InsightGrouping.Customer or InsightGrouping.Project or InsightGrouping.WorkOrder =>
            key.Id == Guid.Empty ? string.Empty : key.Id.ToString("D"),
        InsightGrouping.HourType => key.Code!,
        InsightGrouping.Day => key.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        InsightGrouping.IsoWeek => IsoWeekText(key.Start),
        InsightGrouping.Month => key.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => key.Start.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    // Arithmetic rather than DateAdjusters.PreviousOrSame, which allocates a delegate per call.
    private static LocalDate MondayOf(LocalDate date) => date.PlusDays(1 - (int)date.DayOfWeek);

    private readonly record struct GroupKey(Guid Id, string? Code, LocalDate Start);
}
