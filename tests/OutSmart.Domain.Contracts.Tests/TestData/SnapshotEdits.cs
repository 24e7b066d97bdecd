using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;

namespace OutSmart.Domain.Contracts.Tests.TestData;

/// <summary>Copies of a snapshot with one part changed, as a storage row might hold it.</summary>
internal static class SnapshotEdits
{
    public static ContractSnapshot WithNoticeEnd(this ContractSnapshot s, LocalDate? value) => new(s.Id, s.Version, s.CustomerId, s.Start, s.Zone, s.Terms, s.Service, s.Template, s.Planning, value, s.Termination, s.PredecessorId, s.SuccessorId, s.LastCompletions, s.GeneratedThrough, s.CreatedAt, s.CreatedBy, s.History);

    public static ContractSnapshot WithSuccessor(this ContractSnapshot s, ContractId? value) => new(s.Id, s.Version, s.CustomerId, s.Start, s.Zone, s.Terms, s.Service, s.Template, s.Planning, s.NoticeEnd, s.Termination, s.PredecessorId, value, s.LastCompletions, s.GeneratedThrough, s.CreatedAt, s.CreatedBy, s.History);

    public static ContractSnapshot WithHistory(this ContractSnapshot s, ImmutableArray<ContractHistoryEntry> value) => new(s.Id, s.Version, s.CustomerId, s.Start, s.Zone, s.Terms, s.Service, s.Template, s.Planning, s.NoticeEnd, s.Termination, s.PredecessorId, s.SuccessorId, s.LastCompletions, s.GeneratedThrough, s.CreatedAt, s.CreatedBy, value);

    public static ContractSnapshot WithCompletions(this ContractSnapshot s, ImmutableSortedDictionary<string, LocalDate> value) => new(s.Id, s.Version, s.CustomerId, s.Start, s.Zone, s.Terms, s.Service, s.Template, s.Planning, s.NoticeEnd, s.Termination, s.PredecessorId, s.SuccessorId, value, s.GeneratedThrough, s.CreatedAt, s.CreatedBy, s.History);

    public static ContractSnapshot WithGeneratedThrough(this ContractSnapshot s, LocalDate? value) => new(s.Id, s.Version, s.CustomerId, s.Start, s.Zone, s.Terms, s.Service, s.Template, s.Planning, s.NoticeEnd, s.Termination, s.PredecessorId, s.SuccessorId, s.LastCompletions, value, s.CreatedAt, s.CreatedBy, s.History);
}
