using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Contracts;

public sealed partial class ContractTests
{
    [Fact]
    public void Create_RecordsTheCreationInHistoryAndAsAnEvent()
    {
        var contract = Create();

        Assert.Equal(AggregateVersion.New, contract.Version);
        Assert.Equal(ContractHistoryKind.Created, Assert.Single(contract.History).Kind);
        var created = Assert.IsType<ContractCreated>(Assert.Single(contract.DomainEvents));
        Assert.Equal(ContractKind.Preventive, created.Kind);
    }

    [Fact]
    public void Create_WhenCorrective_HasTheSlaAndNoSchedulesAndPlansNoVisits()
    {
        var sla = SlaPolicy.Empty.With(SlaPriority.High, SlaTargets.Create(0.75m, response: Duration.FromHours(4), resolution: Duration.FromHours(16)).AsT0);

        var contract = Create(service: ContractService.Corrective(sla).AsT0);

        Assert.Equal(ContractKind.Corrective, contract.Kind);
        Assert.Same(sla, contract.Service.Sla);
        Assert.Null(contract.ToPlanningView());
    }

    [Fact]
    public void Corrective_WhenThePolicyHasNoTargets_IsRefused()
    {
        var result = ContractService.Corrective(SlaPolicy.Empty);

        Assert.Equal("CONTRACT_SERVICE_INVALID", result.AsT1.Code);
    }

    [Fact]
    public void YearlyOrders_WhenTheOrdersFitWithTheSpacing_KeepsNumberAndSpacing()
    {
        var contract = Create(service: ContractService.YearlyOrders(4, 60).AsT0);

        Assert.Equal(ContractKind.YearlyOrders, contract.Kind);
        Assert.Equal(4, contract.Service.OrdersPerYear);
        Assert.Equal(60, contract.Service.MinimumSpacingDays);
    }

    [Fact]
    public void YearlyOrders_WhenTheOrdersCannotFitWithTheSpacing_IsRefused()
    {
        var result = ContractService.YearlyOrders(5, 92);

        Assert.True(result.IsT1);
    }

    [Fact]
    public void Preventive_WhenTwoSchedulesShareAName_IsRefused()
    {
        var result = ContractService.Preventive([Schedule("a", "FREQ=MONTHLY", 1), Schedule("a", "FREQ=YEARLY", 2)]);

        Assert.True(result.IsT1);
    }

    [Fact]
    public void Preventive_WhenTwoSchedulesShareAPrecedence_IsRefused()
    {
        var result = ContractService.Preventive([Schedule("a", "FREQ=MONTHLY", 1), Schedule("b", "FREQ=YEARLY", 1)]);

        Assert.True(result.IsT1);
    }

    [Fact]
    public void FindWarnings_WhenTheEndComesBeforeTheFirstOccurrence_WarnsThatNoVisitIsEverProduced()
    {
        var service = ContractService.Preventive([Schedule("yearly", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", 1)]).AsT0;
        var terms = ContractTerms.Create(Period.FromMonths(6), InvoicePeriod.Monthly).AsT0;

        var contract = Create(terms: terms, service: service);

        Assert.NotEmpty(contract.FindWarnings());
    }

    [Fact]
    public void FindWarnings_WhenTheScheduleProducesVisits_IsEmpty()
    {
        Assert.Empty(Create().FindWarnings());
    }

    [Fact]
    public void Terminate_SetsTheLastDayReasonAndCommentAndMakesTheContractReadOnly()
    {
        var contract = Create();

        var result = contract.Terminate(new LocalDate(2026, 6, 30), ContractCancellation.Create(CancellationReason.Other, "Building sold"), Planner, Now);

        Assert.True(result.IsT0);
        Assert.Equal(new LocalDate(2026, 6, 30), contract.LastDay);
        Assert.Equal("Building sold", contract.Termination!.Cancellation.Comment);
        Assert.True(contract.ChangePlanning(ContractPlanning.Default.WithDaysInAdvance(3), Planner, Now).IsT1);
        Assert.True(contract.Terminate(new LocalDate(2026, 5, 1), Cancellation(), Planner, Now).IsT1);
    }

    [Fact]
    public void Terminate_WhenTheLastDayIsAfterTheEnd_IsRefused()
    {
        var contract = Create();

        var result = contract.Terminate(new LocalDate(2027, 1, 1), Cancellation(), Planner, Now);

        Assert.True(result.IsT2);
        Assert.Null(contract.Termination);
    }

    [Fact]
    public void Terminate_WhenTheLastDayIsMoreThanADayBeforeTheStart_IsRefused()
    {
        var contract = Create();

        var result = contract.Terminate(Start.PlusDays(-2), Cancellation(), Planner, Now);

        Assert.Equal("CONTRACT_TERMINATION_OUTSIDE_TERM", result.AsT2.Code);
    }

    [Fact]
    public void Commands_WhenNowIsAfterTheEndInTheContractsZone_AreRefusedAsReadOnly()
    {
        var contract = Create();
        Instant afterEnd = Instant.FromUtc(2026, 12, 31, 23, 30); // 2027-01-01 00:30 in Amsterdam

        var result = contract.ChangeTemplate(Template(), Planner, afterEnd);

        Assert.Equal("CONTRACT_READ_ONLY", result.AsT1.Code);
    }

    [Fact]
    public void Restart_WhenTheTermsRestart_StartsASuccessorWithTheSameConditionsTheDayAfterTheEnd()
    {
        var contract = Create(terms: OneYear().WithRestart());

        var successor = contract.Restart(OtherId, Planner, Now).AsT0;

        Assert.Equal(new LocalDate(2027, 1, 1), successor.Start);
        Assert.Equal(new LocalDate(2027, 12, 31), successor.End);
        Assert.Equal(contract.Id, successor.PredecessorId);
        Assert.Equal(OtherId, contract.SuccessorId);
        Assert.Equal(contract.Service, successor.Service);
        Assert.Equal(contract.Terms, successor.Terms);
        Assert.IsType<ContractRestarted>(contract.DomainEvents[^1]);
    }

    [Fact]
    public void Restart_WhenTheTermsDoNotRestart_IsRefused()
    {
        var contract = Create();

        Assert.True(contract.Restart(OtherId, Planner, Now).IsT2);
    }

    [Fact]
    public void Restart_WhenNoticeWasGiven_IsRefused()
    {
        var contract = Create(terms: OneYear().WithRestart());
        contract.GiveNotice(new LocalDate(2026, 3, 1), Planner, Now);

        Assert.True(contract.Restart(OtherId, Planner, Now).IsT2);
    }

    [Fact]
    public void Restart_WhenAlreadyRestarted_IsRefused()
    {
        var contract = Create(terms: OneYear().WithRestart());
        contract.Restart(OtherId, Planner, Now);

        Assert.True(contract.Restart(new ContractId(Guid.Parse("c0000000-0000-0000-0000-000000000003")), Planner, Now).IsT2);
    }

    [Fact]
    public void RecordVisitCompleted_KeepsTheLatestCompletionPerSchedule()
    {
        var contract = Create();

        contract.RecordVisitCompleted("monthly", new LocalDate(2026, 3, 2), Planner, Now);
        contract.RecordVisitCompleted("monthly", new LocalDate(2026, 2, 2), Planner, Now);

        Assert.Equal(new LocalDate(2026, 3, 2), contract.LastCompletions["monthly"]);
    }

    [Fact]
    public void MayGenerateOn_CoversFromDaysInAdvanceBeforeTheStartToTheLastDay()
    {
        var contract = Create(planning: ContractPlanning.Default.WithDaysInAdvance(10));

        Assert.False(contract.MayGenerateOn(Start.PlusDays(-11)));
        Assert.True(contract.MayGenerateOn(Start.PlusDays(-10)));
        Assert.True(contract.MayGenerateOn(new LocalDate(2026, 12, 31)));
        Assert.False(contract.MayGenerateOn(new LocalDate(2027, 1, 1)));
    }
}
