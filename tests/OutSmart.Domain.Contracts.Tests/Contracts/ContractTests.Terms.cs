using NodaTime;
using OutSmart.Domain.Contracts;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Contracts;

public sealed partial class ContractTests
{
    [Fact]
    public void TermEndOn_WhenARenewingContractRenewsYearly_GivesTheEndOfTheTermContainingTheDay()
    {
        var contract = Create(terms: Renewing());

        Assert.Equal(new LocalDate(2026, 12, 31), contract.TermEndOn(new LocalDate(2026, 3, 1)));
        Assert.Equal(new LocalDate(2027, 12, 31), contract.TermEndOn(new LocalDate(2027, 1, 1)));
        Assert.Equal(new LocalDate(2029, 12, 31), contract.TermEndOn(new LocalDate(2029, 7, 1)));
    }

    [Fact]
    public void LastDayToCancel_IsTheCurrentTermsEndMinusTheNoticePeriod()
    {
        var contract = Create(terms: Renewing(noticeMonths: 3));

        Assert.Equal(new LocalDate(2027, 9, 30), contract.LastDayToCancel(new LocalDate(2027, 2, 1)));
    }

    [Fact]
    public void GiveNotice_WhenGivenBeforeTheLastDayToCancel_EndsTheContractAtTheCurrentTermsEnd()
    {
        var contract = Create(terms: Renewing(noticeMonths: 1));

        var result = contract.GiveNotice(new LocalDate(2027, 11, 30), Planner, Now);

        Assert.True(result.IsT0);
        Assert.Equal(new LocalDate(2027, 12, 31), contract.End);
        Assert.Equal(ContractStatus.Expired, contract.StatusOn(new LocalDate(2028, 1, 1)));
        Assert.Contains(contract.DomainEvents, e => e is ContractNoticeGiven { End: var end } && end == new LocalDate(2027, 12, 31));
    }

    [Fact]
    public void GiveNotice_WhenGivenAfterTheLastDayToCancel_EndsTheContractAtTheNextTermsEnd()
    {
        var contract = Create(terms: Renewing(noticeMonths: 1));

        contract.GiveNotice(new LocalDate(2027, 12, 1), Planner, Now);

        Assert.Equal(new LocalDate(2028, 12, 31), contract.End);
    }

    [Fact]
    public void GiveNotice_WhenTheContractEndsByItself_IsRefusedAsEndAlreadyKnown()
    {
        var contract = Create();

        var result = contract.GiveNotice(new LocalDate(2026, 3, 1), Planner, Now);

        Assert.True(result.IsT2);
        Assert.Equal(new LocalDate(2026, 12, 31), result.AsT2.End);
    }

    [Fact]
    public void GiveNotice_WhenNoticeWasAlreadyGiven_IsRefusedAsEndAlreadyKnown()
    {
        var contract = Create(terms: Renewing());
        contract.GiveNotice(new LocalDate(2026, 3, 1), Planner, Now);

        var result = contract.GiveNotice(new LocalDate(2026, 4, 1), Planner, Now);

        Assert.True(result.IsT2);
    }

    [Fact]
    public void NoticeDeadlineAnnouncedOn_IsTheLastDayToCancelExactlyTheAnnouncementDaysAhead()
    {
        var contract = Create(terms: Renewing(noticeMonths: 1, announceDays: 30));

        Assert.Equal(new LocalDate(2026, 11, 30), contract.NoticeDeadlineAnnouncedOn(new LocalDate(2026, 10, 31)));
        Assert.Null(contract.NoticeDeadlineAnnouncedOn(new LocalDate(2026, 10, 30)));
        Assert.Null(contract.NoticeDeadlineAnnouncedOn(new LocalDate(2026, 11, 1)));
        Assert.Equal(new LocalDate(2027, 11, 30), contract.NoticeDeadlineAnnouncedOn(new LocalDate(2027, 10, 31)));
    }

    [Fact]
    public void NoticeDeadlineAnnouncedOn_WhenTheContractEndsByItself_AnnouncesNothing()
    {
        var contract = Create(terms: OneYear().WithNotice(Period.FromMonths(1), 30).AsT0);

        Assert.Null(contract.NoticeDeadlineAnnouncedOn(new LocalDate(2026, 10, 31)));
    }

    [Fact]
    public void AnnounceNoticeDeadline_OnTheAnnouncementDay_RecordsTheEventWithTheLastDayToCancel()
    {
        var contract = Create(terms: Renewing(noticeMonths: 1, announceDays: 30));

        var result = contract.AnnounceNoticeDeadline(new LocalDate(2026, 10, 31), Planner, Now);

        Assert.True(result.IsT0);
        var announced = Assert.IsType<ContractNoticeDeadlineApproaching>(contract.DomainEvents[^1]);
        Assert.Equal(new LocalDate(2026, 11, 30), announced.LastDayToCancel);
        Assert.Equal(new LocalDate(2026, 12, 31), announced.TermEnd);
    }

    [Fact]
    public void AnnounceNoticeDeadline_OnAnotherDay_IsRefusedAsNotDue()
    {
        var contract = Create(terms: Renewing(noticeMonths: 1, announceDays: 30));

        var result = contract.AnnounceNoticeDeadline(new LocalDate(2026, 10, 1), Planner, Now);

        Assert.True(result.IsT2);
    }
}
