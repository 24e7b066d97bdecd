using BenchmarkDotNet.Attributes;
using OneOf;
using OutSmart.Domain.Scheduling.Recurrence;
using IcalRule = Ical.Net.DataTypes.RecurrenceRule;
using RecurrenceRule = OutSmart.Domain.Scheduling.Recurrence.RecurrenceRule;

namespace OutSmart.Domain.Benchmarks.Scheduling;

/// <summary>Parsing typical contract RRULE texts: OutSmart.Domain.Scheduling against Ical.Net.</summary>
[MemoryDiagnoser]
public class RuleParsingBenchmarks
{
    private string _text = "";

    public enum ContractRuleText
    {
        /// <summary><c>FREQ=WEEKLY;BYDAY=MO,WE,FR</c>.</summary>
        WeeklyMoWeFr,

        /// <summary><c>FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1</c>.</summary>
        MonthlyLastWeekday,

        /// <summary><c>FREQ=YEARLY;INTERVAL=2;BYMONTH=3,9;BYDAY=1MO;UNTIL=20351231T235959Z</c>.</summary>
        YearlyWithUntil,
    }

    [ParamsAllValues]
    public ContractRuleText Rule { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Text(Rule);

    [Benchmark]
    public OneOf<RecurrenceRule, InvalidRecurrenceRule> OutSmart() => RecurrenceRule.Parse(_text);

    [Benchmark(Baseline = true)]
    public IcalRule IcalNet() => new(_text);

    internal static string Text(ContractRuleText rule) => rule switch
    {
        ContractRuleText.WeeklyMoWeFr => "FREQ=WEEKLY;BYDAY=MO,WE,FR",
        ContractRuleText.MonthlyLastWeekday => "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        _ => "FREQ=YEARLY;INTERVAL=2;BYMONTH=3,9;BYDAY=1MO;UNTIL=20351231T235959Z",
    };
}
