namespace OutSmart.Domain.Timesheets;

/// <summary>An expense (onkosten): an amount, a category and an optional receipt reference.</summary>
/// <remarks>
/// <para>The amount is kept as entered; <see cref="TimesheetRules"/> checks it (TS-28: more than zero, at most two
/// decimals, a receipt above a configurable amount).</para>
/// <para>Two values are equal when amount, category and receipt are equal (ordinal).</para>
/// </remarks>
public sealed record ExpenseClaim
{
    /// <summary>The longest category or receipt reference, in UTF-16 code units.</summary>
    public const int MaxTextLength = 200;

    private ExpenseClaim(Money amount, string category, string? receiptReference)
    {
        Amount = amount;
        Category = category;
        ReceiptReference = receiptReference;
    }

    /// <summary>Gets the amount, as entered.</summary>
    public Money Amount { get; }

    /// <summary>Gets the category (for example "parking"); trimmed, possibly empty.</summary>
    public string Category { get; }

    /// <summary>Gets the reference of the receipt (bon), or <see langword="null"/> when there is none.</summary>
    public string? ReceiptReference { get; }

    /// <summary>Creates an expense.</summary>
    /// <param name="amount">The amount; any value, checked by the rules.</param>
    /// <param name="category">The category; null counts as empty; longer than <see cref="MaxTextLength"/> is cut.</param>
    /// <param name="receiptReference">The receipt reference, or <see langword="null"/>; blank counts as none.</param>
    /// <returns>The expense.</returns>
    public static ExpenseClaim Create(Money amount, string? category, string? receiptReference = null) =>
        new(amount, Text(category) ?? string.Empty, Text(receiptReference));

    private static string? Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        string trimmed = value.Trim();
        return trimmed.Length <= MaxTextLength ? trimmed : trimmed[..MaxTextLength];
    }
}
