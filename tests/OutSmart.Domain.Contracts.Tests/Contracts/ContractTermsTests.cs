using NodaTime;
using OutSmart.Domain.Contracts;

namespace OutSmart.Domain.Contracts.Tests.Contracts;

public sealed class ContractTermsTests
{
    [Fact]
    public void Create_WhenTheDurationIsOneYear_EndsTheFirstTermTheDayBeforeTheAnniversary()
    {
        var terms = ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Monthly).AsT0;

        Assert.Equal(new LocalDate(2026, 12, 31), terms.FirstTermEnd(new LocalDate(2026, 1, 1)));
        Assert.Equal(ContractContinuation.Ends, terms.Continuation);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, -3)]
    public void Create_WhenTheDurationIsZeroOrNegative_IsRefused(int years, int months)
    {
        var result = ContractTerms.Create(Period.FromYears(years) + Period.FromMonths(months), InvoicePeriod.Monthly);

        Assert.True(result.IsT1);
        Assert.Equal("CONTRACT_TERMS_INVALID", result.AsT1.Code);
    }

    [Fact]
    public void Create_WhenTheDurationHasHours_IsRefused()
    {
        var result = ContractTerms.Create(Period.FromDays(30) + Period.FromHours(2), InvoicePeriod.Monthly);

        Assert.True(result.IsT1);
    }

    [Fact]
    public void WithAutomaticRenewal_SetsTheRenewalPeriodAndContinuation()
    {
        var terms = ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Yearly).AsT0.WithAutomaticRenewal(Period.FromMonths(6)).AsT0;

        Assert.Equal(ContractContinuation.RenewsAutomatically, terms.Continuation);
        Assert.Equal(Period.FromMonths(6), terms.RenewalPeriod);
    }

    [Fact]
    public void WithRestart_DropsTheRenewalPeriod()
    {
        var terms = ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Yearly).AsT0.WithAutomaticRenewal(Period.FromMonths(6)).AsT0.WithRestart();

        Assert.Equal(ContractContinuation.Restarts, terms.Continuation);
        Assert.Null(terms.RenewalPeriod);
    }

    [Fact]
    public void LastDayToCancel_IsTheTermEndMinusTheNoticePeriod()
    {
        var terms = ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Yearly).AsT0.WithNotice(Period.FromMonths(3), 14).AsT0;

        Assert.Equal(new LocalDate(2026, 9, 30), terms.LastDayToCancel(new LocalDate(2026, 12, 31)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void WithNotice_WhenTheAnnouncementIsOutOfRange_IsRefused(int days)
    {
        var result = ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Yearly).AsT0.WithNotice(Period.FromMonths(1), days);

        Assert.True(result.IsT1);
    }

    [Fact]
    public void WithNotice_WhenTheNoticePeriodIsNegative_IsRefused()
    {
        var result = ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Yearly).AsT0.WithNotice(Period.FromMonths(-1), 0);

        Assert.True(result.IsT1);
    }
}
