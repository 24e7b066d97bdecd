using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The signer's name is missing or not 2–100 characters after trimming while the policy requires it (SIG-08).</summary>
/// <param name="WorkOrderId">The work order.</param>
public sealed record SignerNameRequired(WorkOrderId WorkOrderId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "SIGNER_NAME_REQUIRED";

    /// <inheritdoc />
    public string Message => "Enter the name of the person signing (2 to 100 characters).";
}

/// <summary>The work order was sent, so its signature can no longer be captured or cleared (SIG-11).</summary>
/// <param name="WorkOrderId">The work order.</param>
public sealed record SignatureLocked(WorkOrderId WorkOrderId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "SIGNATURE_LOCKED";

    /// <inheritdoc />
    public string Message => "The work order has been sent; its signature cannot change.";
}
