using System.Globalization;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A signer name that was given is not 2–100 characters after trimming (SIG-08); distinct from
/// <see cref="SignerNameRequired"/>, which means the policy needs a name and none was given.</summary>
/// <param name="Length">The length of the trimmed text that was refused; 0 for a blank one.</param>
public sealed record SignerNameInvalid(int Length) : IDomainError
{
    /// <inheritdoc />
    public string Code => "SIGNER_NAME_INVALID";

    /// <inheritdoc />
    public string Message => string.Create(
        CultureInfo.InvariantCulture,
        $"The name of the person signing must be {SignerName.MinLength} to {SignerName.MaxLength} characters; it has {Length}.");
}
