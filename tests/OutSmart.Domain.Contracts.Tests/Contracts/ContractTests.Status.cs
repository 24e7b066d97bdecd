using NodaTime;
using OutSmart.Domain.Contracts;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Contracts;

public sealed partial class ContractTests
{
    [Fact]
    public void StatusOn_WhenTheDayIsBeforeTheStart_IsDraft()
    {
        var contract = Create();

        Assert.Equal(ContractStatus.Draft, contract.StatusOn(Start.PlusDays(-1)));
    }

    [Fact]
    public void StatusOn_WhenTheDayIsInTheTermAndTheEndIsFar_IsActive()
    {
        var contract = Create(terms: OneYear().WithNotice(Period.FromMonths(2), 0).AsT0);

        Assert.Equal(ContractStatus.Active, contract.StatusOn(new LocalDate(2026, 6, 1)));
    }

    [Fact]
    public void StatusOn_WhenTheDayIsWithinTheNoticePeriodBeforeTheEnd_IsEnding()
    {
        var contract = Create(terms: OneYear().WithNotice(Period.FromMonths(2), 0).AsT0);

        Assert.Equal(ContractStatus.Active, contract.StatusOn(new LocalDate(2026, 10, 30)));
        Assert.Equal(ContractStatus.Ending, contract.StatusOn(new LocalDate(2026, 10, 31)));
        Assert.Equal(ContractStatus.Ending, contract.StatusOn(new LocalDate(2026, 12, 31)));
    }

    [Fact]
    public void StatusOn_WhenTheDayIsAfterTheEnd_IsExpired()
    {
        var contract = Create();

        Assert.Equal(ContractStatus.Expired, contract.StatusOn(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void StatusOn_WhenARenewingContractHasNoNotice_StaysActiveYearsLater()
    {
        var contract = Create(terms: Renewing(noticeMonths: 1));

        Assert.Equal(ContractStatus.Active, contract.StatusOn(new LocalDate(2031, 6, 1)));
        Assert.Null(contract.End);
    }

    [Fact]
    public void StatusOn_WhenTheDayIsAfterTheTerminationsLastDay_IsTerminated()
    {
        var contract = Create();
        contract.Terminate(new LocalDate(2026, 5, 31), Cancellation(), Planner, Now);

        Assert.Equal(ContractStatus.Ending, contract.StatusOn(new LocalDate(2026, 5, 31)));
        Assert.Equal(ContractStatus.Terminated, contract.StatusOn(new LocalDate(2026, 6, 1)));
        Assert.Equal(ContractStatus.Terminated, contract.StatusOn(new LocalDate(2027, 6, 1)));
    }

    [Fact]
    public void StatusOn_WhenTerminatedBeforeTheStart_IsDraftBeforeAndTerminatedFromTheStart()
    {
        var contract = Create();
        contract.Terminate(Start.PlusDays(-1), Cancellation(), Planner, Now);

        Assert.Equal(ContractStatus.Draft, contract.StatusOn(Start.PlusDays(-1)));
        Assert.Equal(ContractStatus.Terminated, contract.StatusOn(Start));
        Assert.False(contract.Serves(Start));
    }
}
