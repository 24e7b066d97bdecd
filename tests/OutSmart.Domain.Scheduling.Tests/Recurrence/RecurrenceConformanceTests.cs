using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.Scheduling.Tests.TestData;

namespace OutSmart.Domain.Scheduling.Tests.Recurrence;

/// <summary>Runs every case of the RRULE conformance corpus (expected lists computed with python-dateutil 2.9.0).</summary>
public sealed class RecurrenceConformanceTests
{
    public static TheoryData<string> CaseIds() => [.. ConformanceCase.Cases.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Corpus_WhenLoaded_HoldsEveryCase()
    {
        Assert.Equal(842, ConformanceCase.Cases.Count);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void GetOccurrences_WhenConformanceCase_MatchesExpected(string id)
    {
        var item = ConformanceCase.Cases[id];
        var rule = RecurrenceRule.Parse(item.Rule).AsT0;
        var set = RecurrenceSet.Create(item.Start, rule);

        var actual = set.GetOccurrences().Take(item.Max).Select(ConformanceCase.Format).ToArray();

        Assert.Equal(item.Expected, actual);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Between_WhenWindowStartsInsideConformanceCase_MatchesExpectedTail(string id)
    {
        var item = ConformanceCase.Cases[id];
        var set = RecurrenceSet.Create(item.Start, RecurrenceRule.Parse(item.Rule).AsT0);
        int skip = item.Expected.Length / 3;
        var from = item.Expected.Length == 0 ? item.Start : ConformanceCase.Parse(item.Expected[skip]);
        var to = item.Expected.Length == 0 ? item.Start.PlusYears(5) : ConformanceCase.Parse(item.Expected[^1]).PlusSeconds(1);

        var actual = set.Between(from, to).Select(ConformanceCase.Format).ToArray();

        Assert.Equal(item.Expected.Skip(skip), actual);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void ToString_WhenConformanceRule_ParsesBackToEqualRule(string id)
    {
        var rule = RecurrenceRule.Parse(ConformanceCase.Cases[id].Rule).AsT0;

        var reparsed = RecurrenceRule.Parse(rule.ToString());

        Assert.True(reparsed.IsT0, reparsed.IsT1 ? reparsed.AsT1.Message : null);
        Assert.Equal(rule, reparsed.AsT0);
    }
}
