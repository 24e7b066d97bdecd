using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>A work order's SLA event log breaks one of the rules of <see cref="SlaEventLog"/>, so no clock can be read from it.</summary>
/// <remarks>Two refusals are equal when all parts are equal.</remarks>
public sealed record SlaEventLogInvalid : IDomainError
{
    internal SlaEventLogInvalid(SlaEventLogProblem problem, int index, SlaEventKind? kind, Instant at)
    {
        Problem = problem;
        Index = index;
        Kind = kind;
        At = at;
    }

    /// <summary>Gets which rule the log breaks.</summary>
    public SlaEventLogProblem Problem { get; }

    /// <summary>Gets the zero-based position of the offending event in the log, or -1 when the moment of reading is the problem.</summary>
    public int Index { get; }

    /// <summary>Gets the kind of the offending event, or <see langword="null"/> when the moment of reading is the problem.</summary>
    public SlaEventKind? Kind { get; }

    /// <summary>Gets the instant of the offending event, or the moment of reading.</summary>
    public Instant At { get; }

    /// <inheritdoc />
    public string Code => Problem switch
    {
        SlaEventLogProblem.OutOfOrder => "SLA_EVENT_OUT_OF_ORDER",
        SlaEventLogProblem.BeforeCreated => "SLA_EVENT_BEFORE_CREATED",
        SlaEventLogProblem.PauseMismatch => "SLA_PAUSE_MISMATCH",
        SlaEventLogProblem.Repeated => "SLA_EVENT_REPEATED",
        SlaEventLogProblem.AfterNow => "SLA_EVENT_AFTER_NOW",
        SlaEventLogProblem.ReadBeforeCreated => "SLA_READ_BEFORE_CREATED",
        _ => "SLA_EVENT_LOG_INVALID",
    };

    /// <inheritdoc />
    public string Message => Problem switch
    {
        SlaEventLogProblem.OutOfOrder => $"Event {Index + 1} ({Name}) is earlier than the event before it; SLA events must be in time order.",
        SlaEventLogProblem.BeforeCreated => $"Event {Index + 1} ({Name}) is earlier than the moment the work order was created.",
        SlaEventLogProblem.PauseMismatch => Kind == SlaEventKind.Paused
            ? $"Event {Index + 1} pauses a clock that is already paused; pauses and resumes must alternate."
            : $"Event {Index + 1} resumes a clock that is not paused; pauses and resumes must alternate, starting with a pause.",
        SlaEventLogProblem.Repeated => $"Event {Index + 1} ({Name}) already happened earlier; each of responded, on site and resolved happens at most once.",
        SlaEventLogProblem.AfterNow => $"Event {Index + 1} ({Name}) is later than the moment the SLA clock is read.",
        SlaEventLogProblem.ReadBeforeCreated => "The SLA clock is read at a moment before the work order was created.",
        _ => "The SLA event log is not valid.",
    };

    private string Name => Kind switch
    {
        SlaEventKind.Paused => "paused",
        SlaEventKind.Resumed => "resumed",
        SlaEventKind.Responded => "responded",
        SlaEventKind.OnSite => "on site",
        SlaEventKind.Resolved => "resolved",
        _ => "event",
    };
}
