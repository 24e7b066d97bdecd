using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The policy requires the signer's name (SIG-08) and none was given.</summary>
/// <param name="WorkOrderId">The work order.</param>
public sealed record SignerNameRequired(WorkOrderId WorkOrderId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "SIGNER_NAME_REQUIRED";

    /// <inheritdoc />
    public string Message => "Enter the name of the person signing (2 to 100 characters).";
}
