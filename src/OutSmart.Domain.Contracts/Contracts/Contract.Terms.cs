using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

public sealed partial class Contract
{
    /// <summary>Gets the contract's last day by its terms (einddatum), or <see langword="null"/> while it renews
    /// automatically without notice: the first term's end for a contract that ends or restarts, the end of the term
    /// notice was given for when it renews.</summary>
    public LocalDate? End => Terms.Continuation switch
    {
        ContractContinuation.RenewsAutomatically => NoticeEnd,
        _ => Terms.FirstTermEnd(Start),
    };

    /// <summary>Gets the last day the contract serves: the earlier of <see cref="End"/> and the termination's last day,
    /// or <see langword="null"/> when neither is known. No visit with a later target is ever generated.</summary>
    public LocalDate? LastDay => (End, Termination?.LastDay) switch
    {
        ({ } end, { } terminated) => LocalDate.Min(end, terminated),
        ({ } end, null) => end,
        (null, { } terminated) => terminated,
        _ => null,
    };

    /// <summary>Returns whether the contract serves <paramref name="day"/>: from <see cref="Start"/> to
    /// <see cref="LastDay"/>, both included.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> when a visit may have this target.</returns>
    public bool Serves(LocalDate day) => day >= Start && (LastDay is not { } last || day <= last);

    /// <summary>Returns the contract's status on <paramref name="day"/>, the first that applies:
    /// <see cref="ContractStatus.Terminated"/> after a termination's last day; <see cref="ContractStatus.Draft"/> before
    /// the start; <see cref="ContractStatus.Expired"/> after the end; <see cref="ContractStatus.Ending"/> when the last
    /// day is known and the day is on or after it minus the notice period; otherwise
    /// <see cref="ContractStatus.Active"/>.</summary>
    /// <param name="day">The day, in the contract's zone.</param>
    /// <returns>The status.</returns>
    public ContractStatus StatusOn(LocalDate day)
    {
        if (Termination is { } t && day > t.LastDay)
        {
            return ContractStatus.Terminated;
        }
        if (day < Start)
        {
            return ContractStatus.Draft;
        }
        if (End is { } end && day > end)
        {
            return ContractStatus.Expired;
        }
        return LastDay is { } last && day >= last.Minus(Terms.NoticePeriod) ? ContractStatus.Ending : ContractStatus.Active;
    }

    /// <summary>Returns the last day of the term that contains <paramref name="day"/> (a day before the start belongs to
    /// the first term; a day after the end to the last term).</summary>
    /// <param name="day">The day.</param>
    /// <returns>The term's last day, included.</returns>
    public LocalDate TermEndOn(LocalDate day)
    {
        LocalDate end = Terms.FirstTermEnd(Start);
        if (Terms.RenewalPeriod is not { } renewal)
        {
            return end;
        }
        while (day > end && (NoticeEnd is not { } fixedEnd || end < fixedEnd))
        {
            end = end.PlusDays(1).Plus(renewal).PlusDays(-1);
        }
        return end;
    }

    /// <summary>Returns the last day notice can be given for the term containing <paramref name="day"/>
    /// (uiterste opzegdatum): its last day minus the notice period.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The last day to cancel.</returns>
    public LocalDate LastDayToCancel(LocalDate day) => Terms.LastDayToCancel(TermEndOn(day));

    /// <summary>Returns the notice deadline announced on <paramref name="day"/>, a pure query a daily host job runs: the
    /// term's last day to cancel when <paramref name="day"/> is exactly <see cref="ContractTerms.NoticeAnnouncementDays"/>
    /// before it, the contract still renews or restarts (no notice, no termination, no successor), and the contract has
    /// started or starts within the announcement window.</summary>
    /// <param name="day">The day the host runs.</param>
    /// <returns>The last day to cancel, or <see langword="null"/> when nothing is announced that day.</returns>
    public LocalDate? NoticeDeadlineAnnouncedOn(LocalDate day)
    {
        if (Terms.Continuation == ContractContinuation.Ends || NoticeEnd is not null || Termination is not null || SuccessorId is not null)
        {
            return null;
        }
        LocalDate deadline = day.PlusDays(Terms.NoticeAnnouncementDays);
        LocalDate lastToCancel = LastDayToCancel(deadline);
        return lastToCancel == deadline ? lastToCancel : null;
    }

    /// <summary>Records <see cref="ContractNoticeDeadlineApproaching"/> when <see cref="NoticeDeadlineAnnouncedOn"/>
    /// announces a deadline on <paramref name="day"/>, so that a host can raise a follow-up task.</summary>
    /// <param name="day">The day the host runs, in the contract's zone.</param>
    /// <param name="actor">Who (which process) runs it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="ContractReadOnly"/>; or <see cref="ContractNoticeNotDue"/> when
    /// nothing is announced that day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Success, ContractReadOnly, ContractNoticeNotDue> AnnounceNoticeDeadline(LocalDate day, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (IsRefusedAsReadOnly(now, out ContractReadOnly refusal))
        {
            return refusal;
        }
        if (NoticeDeadlineAnnouncedOn(day) is not { } lastToCancel)
        {
            return new ContractNoticeNotDue(Id, day);
        }
        Record(actor, now, ContractHistoryKind.NoticeAnnounced, $"last day to cancel {lastToCancel:uuuu-MM-dd}");
        _events.Add(new ContractNoticeDeadlineApproaching(Id, lastToCancel, TermEndOn(lastToCancel), actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Gives notice (opzeggen) on <paramref name="on"/>: a renewing contract ends at the end of the first term
    /// whose last day to cancel is on or after <paramref name="on"/>; a restarting contract will not restart. Records
    /// <see cref="ContractNoticeGiven"/>.</summary>
    /// <param name="on">The day notice is received.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="ContractReadOnly"/>; or <see cref="ContractEndAlreadyKnown"/> when the
    /// contract ends by itself or notice was already given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Success, ContractReadOnly, ContractEndAlreadyKnown> GiveNotice(LocalDate on, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (IsRefusedAsReadOnly(now, out ContractReadOnly refusal))
        {
            return refusal;
        }
        if (Terms.Continuation == ContractContinuation.Ends || NoticeEnd is not null || SuccessorId is not null)
        {
            return new ContractEndAlreadyKnown(Id, End ?? Terms.FirstTermEnd(Start));
        }
        LocalDate termEnd = TermEndOn(LocalDate.Max(on, Start));
        if (Terms.LastDayToCancel(termEnd) < on)
        {
            termEnd = TermEndOn(termEnd.PlusDays(1));
        }
        NoticeEnd = termEnd;
        _view = null;
        Record(actor, now, ContractHistoryKind.NoticeGiven, $"ends {termEnd:uuuu-MM-dd}");
        _events.Add(new ContractNoticeGiven(Id, termEnd, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Returns whether generation running on <paramref name="day"/> may create work orders for this contract:
    /// <c>Start − DaysInAdvance ≤ day</c> and, when <see cref="LastDay"/> is known, <c>day ≤ LastDay</c> (nothing is
    /// generated on a run day after the end or termination).</summary>
    /// <param name="day">The run day.</param>
    /// <returns><see langword="true"/> when a run that day must consider the contract.</returns>
    public bool MayGenerateOn(LocalDate day) =>
        day >= Start.PlusDays(-Planning.DaysInAdvance) && (LastDay is not { } last || day <= last);
}
