using System.Collections.Immutable;
using NodaTime;

namespace OutSmart.Domain.Contracts;

/// <summary>What one generation run did (<see cref="ContractGenerationService.RunAsync(NodaTime.LocalDate, ContractPartition, OutSmart.Domain.Abstractions.Actor, System.Threading.CancellationToken)"/>): how many work orders it
/// created, how many were already there (another run, on this or another host, created them), and every visit it
/// skipped or created deadline-only, with the reason.</summary>
/// <remarks>Counts are over the whole run; <see cref="Notes"/> lists only the exceptions, so a run over many contracts
/// keeps a small report.</remarks>
public sealed class GenerationReport
{
    internal GenerationReport(LocalDate day, int contracts, int created, int alreadyThere, ImmutableArray<GenerationNote> notes)
    {
        Day = day;
        Contracts = contracts;
        Created = created;
        AlreadyThere = alreadyThere;
        Notes = notes;
    }

    /// <summary>Gets the run day.</summary>
    public LocalDate Day { get; }

    /// <summary>Gets how many contracts the run considered.</summary>
    public int Contracts { get; }

    /// <summary>Gets how many work orders the run created (deadline-only ones included).</summary>
    public int Created { get; }

    /// <summary>Gets how many planned visits already had their work order: never an error.</summary>
    public int AlreadyThere { get; }

    /// <summary>Gets how many planned visits were skipped (<see cref="GenerationNote.IsSkipped"/>).</summary>
    public int Skipped => Notes.Count(n => n.IsSkipped);

    /// <summary>Gets the visits skipped or created deadline-only, with the reason, in the order met.</summary>
    public ImmutableArray<GenerationNote> Notes { get; }
}
