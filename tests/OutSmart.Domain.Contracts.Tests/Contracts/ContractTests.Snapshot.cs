using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Contracts.Tests.TestData;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Contracts;

public sealed partial class ContractTests
{
    [Fact]
    public void Rehydrate_OfASnapshot_GivesAnEqualSnapshotBack()
    {
        var contract = Create(terms: Renewing(), planning: ContractPlanning.Default.WithEmployee(Technician));
        contract.GiveNotice(new LocalDate(2026, 5, 1), Planner, Now);
        contract.RecordVisitCompleted("monthly", new LocalDate(2026, 3, 2), Planner, Now);
        contract.MarkGeneratedThrough(new LocalDate(2026, 4, 15));
        var snapshot = contract.ToSnapshot();

        var copy = Contract.Rehydrate(snapshot);

        Assert.Equal(snapshot, copy.ToSnapshot());
        Assert.Empty(copy.DomainEvents);
    }

    [Fact]
    public void Rehydrate_WhenAnEndingContractHasNotice_IsRefused()
    {
        var snapshot = Create().ToSnapshot().WithNoticeEnd(new LocalDate(2026, 12, 31));

        Assert.Throws<ArgumentException>(() => Contract.Rehydrate(snapshot));
    }

    [Fact]
    public void Rehydrate_WhenASuccessorIsSetOnAContractThatDoesNotRestart_IsRefused()
    {
        var snapshot = Create().ToSnapshot().WithSuccessor(OtherId);

        Assert.Throws<ArgumentException>(() => Contract.Rehydrate(snapshot));
    }

    [Fact]
    public void Rehydrate_WhenTheHistoryIsMissing_IsRefused()
    {
        var snapshot = Create().ToSnapshot().WithHistory(default);

        Assert.Throws<ArgumentException>(() => Contract.Rehydrate(snapshot));
    }

    [Fact]
    public void Rehydrate_WhenACompletionNamesAnUnknownSchedule_IsRefused()
    {
        var snapshot = Create().ToSnapshot();
        snapshot = snapshot.WithCompletions(snapshot.LastCompletions.Add("weekly", Start));

        Assert.Throws<ArgumentException>(() => Contract.Rehydrate(snapshot));
    }

    [Fact]
    public void MarkSaved_AdvancesTheVersion()
    {
        var contract = Create();

        contract.MarkSaved(AggregateVersion.From(1));

        Assert.Equal(AggregateVersion.From(1), contract.Version);
    }
}
