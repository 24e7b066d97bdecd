using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>An optional port through which a host says whether an employee works on a date (not on leave, not sick).
/// When the contract's employee is absent on a visit's date, generation makes the work order deadline-only and its
/// report says why.</summary>
/// <remarks>Without a registered implementation every employee counts as available. Implementations are thread-safe.</remarks>
public interface IEmployeeAvailability
{
    /// <summary>Returns whether <paramref name="employee"/> can be planned on <paramref name="day"/>.</summary>
    /// <param name="employee">The employee.</param>
    /// <param name="day">The local date of the visit.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="true"/> when the employee works that day.</returns>
    Task<bool> IsAvailableAsync(EmployeeId employee, LocalDate day, CancellationToken cancellationToken);
}
