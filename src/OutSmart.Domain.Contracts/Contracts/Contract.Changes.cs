using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

public sealed partial class Contract
{
    /// <summary>Returns the planning view the contract would have with other schedules and planning, for
    /// <see cref="ChangePlanner.Plan"/>; the contract does not change.</summary>
    /// <param name="schedules">The schedules after the edit.</param>
    /// <param name="planning">The planning after the edit.</param>
    /// <returns>The view, or <see cref="ContractServiceInvalid"/> when the contract has no schedules or the new ones do
    /// not fit (none, a repeated name or precedence).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    internal OneOf<ContractPlanningView, ContractServiceInvalid> ToPlanningViewWith(IEnumerable<ContractSchedule> schedules, ContractPlanning planning)
    {
        Guard.Against.Null(schedules);
        Guard.Against.Null(planning);
        var service = Service.WithSchedules(schedules);
        if (service.TryPickT1(out ContractServiceInvalid invalid, out ContractService changed))
        {
            return invalid;
        }
        var copy = new Contract(new ContractSnapshot(
            Id, Version, CustomerId, Start, Zone, Terms, changed, Template, planning, NoticeEnd, null, PredecessorId, SuccessorId,
            LastCompletions, GeneratedThrough, CreatedAt, CreatedBy, []));
        return copy.ToPlanningView() is { } view ? view : new ContractServiceInvalid("The contract plans no visits.");
    }

    /// <summary>Applies a change proposal: the contract takes the proposal's schedules and planning, and generation
    /// plans again from the day of the edit (moved and added occurrences are generated under their new keys). Refused
    /// when the contract changed since the proposal was made. Records <see cref="ContractScheduleChanged"/>.</summary>
    /// <param name="proposal">The proposal, made on this contract.</param>
    /// <param name="actor">Who applies it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="ContractReadOnly"/>; <see cref="ContractChangedSincePlan"/> when
    /// <see cref="Version"/> is not the proposal's; or <see cref="ContractServiceInvalid"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> or <paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The proposal is for another contract.</exception>
    public OneOf<Success, ContractReadOnly, ContractChangedSincePlan, ContractServiceInvalid> ApplyChange(ContractChangeProposal proposal, Actor actor, Instant now)
    {
        Guard.Against.Null(proposal);
        Guard.Against.Null(actor);
        if (proposal.ContractId != Id)
        {
            throw new ArgumentException("The proposal is for another contract.", nameof(proposal));
        }
        if (IsRefusedAsReadOnly(now, out ContractReadOnly refusal))
        {
            return refusal;
        }
        if (proposal.Version != Version)
        {
            return new ContractChangedSincePlan(Id, proposal.Version, Version);
        }
        var service = Service.WithSchedules(proposal.Schedules);
        if (service.TryPickT1(out ContractServiceInvalid invalid, out ContractService changed))
        {
            return invalid;
        }
        Service = changed;
        Planning = proposal.Planning;
        LastCompletions = LastCompletions.RemoveRange(LastCompletions.Keys.Where(k => !changed.Schedules.Any(s => s.Name == k)).ToList());
        LocalDate replanFrom = proposal.Plan.Day.PlusDays(-1);
        if (GeneratedThrough is { } through && through > replanFrom)
        {
            GeneratedThrough = replanFrom;
        }
        _view = null;
        int moved = proposal.Plan.Entries.Count(e => e.Action == ChangeAction.Move);
        int added = proposal.Plan.Entries.Count(e => e.Action == ChangeAction.Add);
        int cancelled = proposal.Plan.Entries.Count(e => e.Action == ChangeAction.Cancel);
        Record(actor, now, ContractHistoryKind.PlanningChanged, $"change plan from {proposal.Plan.Day:uuuu-MM-dd}: {moved} moved, {added} added, {cancelled} cancelled");
        _events.Add(new ContractScheduleChanged(Id, proposal.Plan.Day, moved, added, cancelled, actor.EmployeeId, now));
        return new Success();
    }
}
