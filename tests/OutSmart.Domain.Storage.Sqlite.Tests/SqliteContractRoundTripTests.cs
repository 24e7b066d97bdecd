using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Storage.Sqlite.Tests;

/// <summary>What a generated contract is made of: its dates and zone, schedules (rule, holidays, adjustment, extra and
/// excluded dates, mode), user text, planning and terms, and whether it was terminated.</summary>
public sealed record ContractValues(
    LocalDate Start, string ZoneId, int DaysInAdvance, int TermsChoice, int[] Rules, int[] Calendars, HolidayAdjustment[] Adjustments,
    int[] ExtraDays, bool Floating, string Text, int VisitMinutes, int? WindowMinutes, int? TerminateAfterDays)
{
    public override string ToString() =>
        $"start {Start} {ZoneId}, advance {DaysInAdvance}, terms {TermsChoice}, rules [{string.Join(",", Rules)}], calendars [{string.Join(",", Calendars)}], text '{Text}', terminate {TerminateAfterDays}";
}

public static class ContractValuesArbitraries
{
    private static readonly string[] ZoneIds = [.. DateTimeZoneProviders.Tzdb.Ids];
    private static readonly HolidayAdjustment[] AllAdjustments = Enum.GetValues<HolidayAdjustment>();

    public static Arbitrary<ContractValues> Values() =>
        (from startDays in Gen.Choose(0, 20 * 365)
         from zoneId in Gen.Elements(ZoneIds)
         from advance in Gen.Choose(0, 60)
         from terms in Gen.Choose(0, 3)
         from count in Gen.Choose(1, 3)
         from rules in Gen.ArrayOf(Gen.Choose(0, SqliteContractRoundTripTests.RuleTexts.Length - 1), count)
         from calendars in Gen.ArrayOf(Gen.Choose(0, 4), count)
         from adjustments in Gen.ArrayOf(Gen.Elements(AllAdjustments), count)
         from extraDays in Gen.ArrayOf(Gen.Choose(-30, 400))
         from floating in Gen.Elements(true, false)
         from text in ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => s.Get)
         from visit in Gen.Choose(0, 24 * 60 - 2)
         from window in Gen.Choose(0, 1).SelectMany(w => w == 0 ? Gen.Constant<int?>(null) : Gen.Choose(visit + 1, 24 * 60 - 1).Select(m => (int?)m))
         from terminate in Gen.Choose(-1, 300).Select(d => d < 0 ? null : (int?)d)
         select new ContractValues(new LocalDate(2015, 1, 1).PlusDays(startDays), zoneId, advance, terms, rules, calendars, adjustments,
             extraDays, floating, text, visit, window, terminate)).ToArbitrary();
}

/// <summary>A contract stored in SQLite, over every value its parts accept, reads back equal after the file is opened
/// again: the snapshot codec loses nothing (zones, RRULE text, holiday calendars behind their interface, user text with
/// any character, sorted completions, terminations).</summary>
public sealed class SqliteContractRoundTripTests : IDisposable
{
    internal static readonly string[] RuleTexts =
    [
        "FREQ=MONTHLY;BYMONTHDAY=15",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
        "FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=1;COUNT=6",
        "FREQ=DAILY;INTERVAL=10",
        "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;UNTIL=20301231",
    ];

    private static readonly Actor Planner = Actor.Create(new EmployeeId(new Guid("c2000000-0000-0000-0000-000000000001")), ActorChannel.BackOffice);
    private static int _next;
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Property(Arbitrary = [typeof(ContractValuesArbitraries)], MaxTest = 60)]
    public void GetAsync_WhenTheDatabaseIsReopened_ReturnsEveryContractValueUnchanged(ContractValues values)
    {
        var contract = Build(values, new ContractId(new Guid($"c0000000-0000-0000-0000-{Interlocked.Increment(ref _next):D12}")));
        var ct = TestContext.Current.CancellationToken;
        Assert.True(new RelationalContractRepository(_database.OpenStore()).AddAsync(contract, ct).GetAwaiter().GetResult().IsT0);

        var stored = new RelationalContractRepository(_database.OpenStore()).GetAsync(contract.Id, ct).GetAwaiter().GetResult();

        Assert.NotNull(stored);
        Assert.Equal(contract.ToSnapshot(), stored.ToSnapshot());
        Assert.Equal(contract.LastDay, stored.LastDay);
    }

    private static Contract Build(ContractValues v, ContractId id)
    {
        var custom = CustomHolidayCalendar.Create([Holiday.On(v.Start.PlusDays(40), "H" + v.Text, v.Text.Trim().Length == 0 ? null : v.Text)]);
        IHolidayCalendar[] calendars =
        [
            DutchHolidayCalendar.Standard,
            DutchHolidayCalendar.Create(LiberationDayObservance.LustrumYearsOnly, includeGoodFriday: true),
            custom,
            CompositeHolidayCalendar.Combine(DutchHolidayCalendar.Standard, custom),
            CustomHolidayCalendar.Empty,
        ];
        var schedules = new List<ContractSchedule>();
        for (int i = 0; i < v.Rules.Length; i++)
        {
            var schedule = ContractSchedule.Create($"s{i} {v.Text}".Trim()[..Math.Min(40, $"s{i} {v.Text}".Trim().Length)].Trim(), RecurrenceRule.Parse(RuleTexts[v.Rules[i]]).AsT0, i + 1)
                .Match(s => s, _ => ContractSchedule.Create($"s{i}", RecurrenceRule.Parse(RuleTexts[v.Rules[i]]).AsT0, i + 1).AsT0, _ => throw new InvalidOperationException("rule refused"))
                .WithHolidays(calendars[v.Calendars[i]], v.Adjustments[i])
                .WithExtraDates(v.ExtraDays.Select(d => v.Start.PlusDays(d)))
                .WithExcludedDates(v.ExtraDays.Select(d => v.Start.PlusDays(d + 1)));
            schedules.Add(i == 0 && v.Floating ? schedule.WithMode(ScheduleMode.Floating) : schedule);
        }
        ContractTerms terms = v.TermsChoice switch
        {
            0 => ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Yearly).AsT0,
            1 => ContractTerms.Create(Period.FromMonths(18), InvoicePeriod.Quarterly).AsT0.WithRestart(),
            2 => ContractTerms.Create(Period.FromYears(2), InvoicePeriod.Monthly).AsT0.WithAutomaticRenewal(Period.FromMonths(6)).AsT0.WithNotice(Period.FromMonths(2), 45).AsT0,
            _ => ContractTerms.Create(Period.FromYears(3), InvoicePeriod.HalfYearly).AsT0.WithAutomaticRenewal(Period.FromYears(1)).AsT0,
        };
        string description = v.Text.Trim().Length > 200 ? v.Text.Trim()[..200] : v.Text;
        VisitTime time = v.WindowMinutes is { } end
            ? VisitTime.Between(LocalTime.FromMinutesSinceMidnight(v.VisitMinutes), LocalTime.FromMinutesSinceMidnight(end))
            : VisitTime.At(LocalTime.FromMinutesSinceMidnight(v.VisitMinutes));
        var template = WorkOrderTemplate.Create("cv-onderhoud", description, Duration.FromMinutes(1 + v.VisitMinutes % 600), time)
            .WithMaterials(v.Text.Trim().Length == 0 ? [] : [v.Text]);
        Instant now = v.Start.AtStartOfDayInZone(DateTimeZoneProviders.Tzdb[v.ZoneId]).ToInstant() - Duration.FromDays(3) + Duration.FromNanoseconds(v.VisitMinutes * 1_000_003L);
        var contract = Contract.Create(id, new CustomerId(new Guid("c1000000-0000-0000-0000-000000000001")), v.Start, DateTimeZoneProviders.Tzdb[v.ZoneId], terms,
            ContractService.Preventive(schedules).AsT0, template, ContractPlanning.Default.WithDaysInAdvance(v.DaysInAdvance), Planner, now);
        if (v.Floating)
        {
            contract.RecordVisitCompleted(schedules[0].Name, v.Start.PlusDays(7), Planner, now);
        }
        if (v.TerminateAfterDays is { } days)
        {
            contract.Terminate(v.Start.PlusDays(days), ContractCancellation.Create(CancellationReason.Other, "x" + v.Text), Planner, now);
        }
        contract.MarkGeneratedThrough(v.Start.PlusDays(v.DaysInAdvance));
        return contract;
    }
}
