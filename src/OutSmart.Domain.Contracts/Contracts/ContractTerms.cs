using Ardalis.GuardClauses;
using NodaTime;
using OneOf;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// Reusable contract terms (contractvoorwaarden): the duration of the first term, what happens when a term runs out
/// (end, automatic renewal by a renewal period, or restart as a successor contract), the notice period (opzegtermijn)
/// with how many days ahead its last day is announced, and the invoice period.
/// </summary>
/// <remarks>
/// <para>Periods are calendar periods of years, months, weeks and days, none negative; the duration and the renewal
/// period are not zero. A term of one year starting 2026-01-01 ends on 2026-12-31 (the last day is included). The last
/// day to cancel a term is its last day minus the notice period.</para>
/// <para>Build terms with <see cref="Create"/> and the <c>With…</c> steps; every instance is valid. The defaults are
/// <see cref="ContractContinuation.Ends"/>, no notice period and an announcement 0 days ahead.</para>
/// <para>Two terms are equal when all their values are equal (periods compared by their units).</para>
/// </remarks>
public sealed record ContractTerms
{
    /// <summary>The largest number of days a notice announcement may come ahead.</summary>
    public const int MaxAnnouncementDays = 365;

    private ContractTerms(Period duration, ContractContinuation continuation, Period? renewalPeriod, Period noticePeriod, int announcementDays, InvoicePeriod invoicePeriod)
    {
        Duration = duration;
        Continuation = continuation;
        RenewalPeriod = renewalPeriod;
        NoticePeriod = noticePeriod;
        NoticeAnnouncementDays = announcementDays;
        InvoicePeriod = invoicePeriod;
    }

    /// <summary>Gets the length of the first term (looptijd).</summary>
    public Period Duration { get; }

    /// <summary>Gets what happens when a term runs out.</summary>
    public ContractContinuation Continuation { get; }

    /// <summary>Gets the length of each renewed term, set exactly when <see cref="Continuation"/> is
    /// <see cref="ContractContinuation.RenewsAutomatically"/>.</summary>
    public Period? RenewalPeriod { get; }

    /// <summary>Gets the notice period (opzegtermijn); <see cref="Period.Zero"/> means notice can be given up to the last day.</summary>
    public Period NoticePeriod { get; }

    /// <summary>Gets how many days before the last day to cancel the contract announces it
    /// (<see cref="ContractNoticeDeadlineApproaching"/>), 0 to <see cref="MaxAnnouncementDays"/>.</summary>
    public int NoticeAnnouncementDays { get; }

    /// <summary>Gets how often the contract is invoiced.</summary>
    public InvoicePeriod InvoicePeriod { get; }

    /// <summary>Creates terms that end after one term of <paramref name="duration"/>, without notice period.</summary>
    /// <param name="duration">The first term's length: years, months, weeks and days, none negative, not zero.</param>
    /// <param name="invoicePeriod">How often the contract is invoiced.</param>
    /// <returns>The terms, or <see cref="ContractTermsInvalid"/> when the duration is not such a period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="duration"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="invoicePeriod"/> is not defined.</exception>
    public static OneOf<ContractTerms, ContractTermsInvalid> Create(Period duration, InvoicePeriod invoicePeriod)
    {
        Guard.Against.Null(duration);
        Guard.Against.EnumOutOfRange(invoicePeriod);
        if (!IsCalendarPeriod(duration, allowZero: false))
        {
            return new ContractTermsInvalid("The duration must be a positive period of years, months, weeks and days.");
        }
        return new ContractTerms(duration, ContractContinuation.Ends, null, Period.Zero, 0, invoicePeriod);
    }

    /// <summary>Returns these terms renewing automatically by <paramref name="renewalPeriod"/> until notice is given.</summary>
    /// <param name="renewalPeriod">Each renewed term's length: years, months, weeks and days, none negative, not zero.</param>
    /// <returns>The new terms, or <see cref="ContractTermsInvalid"/> when the period is not such a period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="renewalPeriod"/> is <see langword="null"/>.</exception>
    public OneOf<ContractTerms, ContractTermsInvalid> WithAutomaticRenewal(Period renewalPeriod)
    {
        Guard.Against.Null(renewalPeriod);
        if (!IsCalendarPeriod(renewalPeriod, allowZero: false))
        {
            return new ContractTermsInvalid("The renewal period must be a positive period of years, months, weeks and days.");
        }
        return new ContractTerms(Duration, ContractContinuation.RenewsAutomatically, renewalPeriod, NoticePeriod, NoticeAnnouncementDays, InvoicePeriod);
    }

    /// <summary>Returns these terms restarting as a successor contract with the same conditions after the first term.</summary>
    /// <returns>The new terms.</returns>
    public ContractTerms WithRestart() =>
        new(Duration, ContractContinuation.Restarts, null, NoticePeriod, NoticeAnnouncementDays, InvoicePeriod);

    /// <summary>Returns these terms ending after the first term (no renewal, no restart).</summary>
    /// <returns>The new terms.</returns>
    public ContractTerms WithoutContinuation() =>
        new(Duration, ContractContinuation.Ends, null, NoticePeriod, NoticeAnnouncementDays, InvoicePeriod);

    /// <summary>Returns these terms with a notice period and an announcement of its last day.</summary>
    /// <param name="noticePeriod">The notice period: years, months, weeks and days, none negative; zero is allowed.</param>
    /// <param name="announcementDays">How many days before the last day to cancel it is announced, 0 to
    /// <see cref="MaxAnnouncementDays"/>.</param>
    /// <returns>The new terms, or <see cref="ContractTermsInvalid"/> when a value is out of range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="noticePeriod"/> is <see langword="null"/>.</exception>
    public OneOf<ContractTerms, ContractTermsInvalid> WithNotice(Period noticePeriod, int announcementDays)
    {
        Guard.Against.Null(noticePeriod);
        if (!IsCalendarPeriod(noticePeriod, allowZero: true))
        {
            return new ContractTermsInvalid("The notice period must be a period of years, months, weeks and days, none negative.");
        }
        if (announcementDays is < 0 or > MaxAnnouncementDays)
        {
            return new ContractTermsInvalid($"The notice is announced 0 to {MaxAnnouncementDays} days ahead.");
        }
        return new ContractTerms(Duration, Continuation, RenewalPeriod, noticePeriod, announcementDays, InvoicePeriod);
    }

    /// <summary>Returns the last day of the first term of a contract starting on <paramref name="start"/> (included).</summary>
    /// <param name="start">The contract's first day.</param>
    /// <returns>The day before <paramref name="start"/> plus <see cref="Duration"/>.</returns>
    public LocalDate FirstTermEnd(LocalDate start) => start.Plus(Duration).PlusDays(-1);

    /// <summary>Returns the last day to cancel a term ending on <paramref name="termEnd"/>.</summary>
    /// <param name="termEnd">The term's last day.</param>
    /// <returns><paramref name="termEnd"/> minus <see cref="NoticePeriod"/>.</returns>
    public LocalDate LastDayToCancel(LocalDate termEnd) => termEnd.Minus(NoticePeriod);

    internal static bool IsValid(ContractTerms terms) =>
        IsCalendarPeriod(terms.Duration, allowZero: false)
        && Enum.IsDefined(terms.Continuation)
        && Enum.IsDefined(terms.InvoicePeriod)
        && (terms.Continuation == ContractContinuation.RenewsAutomatically) == (terms.RenewalPeriod is not null)
        && (terms.RenewalPeriod is null || IsCalendarPeriod(terms.RenewalPeriod, allowZero: false))
        && IsCalendarPeriod(terms.NoticePeriod, allowZero: true)
        && terms.NoticeAnnouncementDays is >= 0 and <= MaxAnnouncementDays;

    private static bool IsCalendarPeriod(Period period, bool allowZero) =>
        !period.HasTimeComponent
        && period.Years is >= 0 and <= 100
        && period.Months is >= 0 and <= 1200
        && period.Weeks is >= 0 and <= 5200
        && period.Days is >= 0 and <= 36500
        && (allowZero || period.Years + period.Months + period.Weeks + period.Days > 0);
}
