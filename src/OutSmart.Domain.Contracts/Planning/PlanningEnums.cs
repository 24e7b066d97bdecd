namespace OutSmart.Domain.Contracts;

/// <summary>What generation does with a target whose day has passed without a run (after downtime).</summary>
public enum MissedVisitPolicy
{
    /// <summary>The missed visit is generated on the first run day (<i>inhalen</i>).</summary>
    CatchUp = 1,

    /// <summary>The missed visit is never generated; the plan reports it as missed.</summary>
    Skip = 2,
}

/// <summary>How a contract with linked objects (assets) turns one occurrence into work orders.</summary>
public enum ObjectPlanning
{
    /// <summary>One work order covers all objects; the occurrence key has no object.</summary>
    OneForAll = 1,

    /// <summary>One work order per object; each occurrence key names its object.</summary>
    OnePerObject = 2,
}

/// <summary>Why a target was not generated but reported as missed.</summary>
public enum MissedVisitReason
{
    /// <summary>The target lies before the run day that first saw it, and the contract's policy is <see cref="MissedVisitPolicy.Skip"/>.</summary>
    TargetPassed = 1,
}

/// <summary>Why a schedule of a valid contract can never produce a visit.</summary>
public enum PlanningWarningKind
{
    /// <summary>The rule has no occurrence at all (e.g. the 30th of February).</summary>
    RuleHasNoOccurrences = 1,

    /// <summary>The rule has occurrences, but none lands inside the contract's life after adjustment (e.g. the end comes first).</summary>
    NoVisitInContractLife = 2,

    /// <summary>
    /// The start does not match the rule and COUNT is 1: RFC 5545 counts the start as the only occurrence and so plans
    /// nothing, while this engine plans the rule's first matching date; either way the contract is not what was meant.
    /// </summary>
    StartNotAnOccurrenceWithCountOne = 3,
}

/// <summary>The state of a work order generated from a contract, as far as a schedule change cares.</summary>
public enum GeneratedVisitState
{
    /// <summary>Generated but not started: a change may move or cancel it.</summary>
    NotStarted = 1,

    /// <summary>Work has started: a change never touches it.</summary>
    Started = 2,

    /// <summary>Completed: a change never touches it.</summary>
    Completed = 3,
}

/// <summary>What a schedule change does to one future occurrence.</summary>
public enum ChangeAction
{
    /// <summary>The occurrence stays as it is (also every started or completed work order).</summary>
    Keep = 1,

    /// <summary>The occurrence moves to another target date or time, or to another employee.</summary>
    Move = 2,

    /// <summary>The new schedule has an occurrence the old one did not have.</summary>
    Add = 3,

    /// <summary>The old schedule's occurrence is gone; its not-started work order, if any, is cancelled.</summary>
    Cancel = 4,
}
