namespace OutSmart.Domain.Timesheets;

/// <summary>Identifies one payroll export run: every entry it exported carries this id (TS-24).</summary>
/// <param name="Value">The identifier, chosen by the caller (the domain never creates ids).</param>
/// <remarks>
/// <para>The default value wraps <see cref="Guid.Empty"/> and identifies nothing; public operations reject it.</para>
/// <para>Two ids are equal when their <see cref="Value"/>s are equal.</para>
/// </remarks>
public readonly record struct ExportBatchId(Guid Value)
{
    /// <summary>Gets a value indicating whether this is the default, empty id.</summary>
    public bool IsEmpty => Value == Guid.Empty;

    /// <summary>Returns the id in the round-trip "D" format.</summary>
    /// <returns>The <see cref="Value"/> as 32 hexadecimal digits separated by hyphens.</returns>
    public override string ToString() => Value.ToString("D");
}
