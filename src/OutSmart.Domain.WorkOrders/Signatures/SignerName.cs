using OneOf;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The name of the person who signs a work order: 2–100 characters after trimming (SIG-08).</summary>
/// <remarks>
/// <para>Whether a name is <em>required</em> is the work order's policy (<see cref="SignerNameRequired"/>); whether a
/// given name is <em>well formed</em> is this type's rule (<see cref="SignerNameInvalid"/>). A host whose user entered
/// nothing passes no <see cref="SignerName"/> at all rather than creating one from a blank string.</para>
/// <para>The length is counted in UTF-16 code units of the trimmed text. Two names are equal when their trimmed
/// texts are equal ordinally (case-sensitive).</para>
/// </remarks>
public sealed record SignerName
{
    /// <summary>The fewest characters a signer name has after trimming.</summary>
    public const int MinLength = 2;

    /// <summary>The most characters a signer name has after trimming.</summary>
    public const int MaxLength = 100;

    private SignerName(string value) => Value = value;

    /// <summary>Gets the trimmed name, <see cref="MinLength"/> to <see cref="MaxLength"/> characters.</summary>
    public string Value { get; }

    /// <summary>Creates a signer name from what the signer or the employee typed.</summary>
    /// <param name="value">The name; leading and trailing white space is removed. <see langword="null"/> is treated as blank.</param>
    /// <returns>The name, or <see cref="SignerNameInvalid"/> when the trimmed text is shorter than
    /// <see cref="MinLength"/> (blank included) or longer than <see cref="MaxLength"/> characters.</returns>
    public static OneOf<SignerName, SignerNameInvalid> Create(string? value)
    {
        string trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length is < MinLength or > MaxLength)
        {
            return new SignerNameInvalid(trimmed.Length);
        }
        return new SignerName(trimmed);
    }

    /// <summary>Returns the name.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
