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
    [Params(
        "FREQ=WEEKLY;BYDAY=MO,WE,FR",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=YEARLY;INTERVAL=2;BYMONTH=3,9;BYDAY=1MO;UNTIL=20351231T235959Z")]
    public string Rule { get; set; } = "";

    [Benchmark]
    public OneOf<RecurrenceRule, InvalidRecurrenceRule> OutSmart() => RecurrenceRule.Parse(Rule);

    [Benchmark(Baseline = true)]
    public IcalRule IcalNet() => new(Rule);
}
