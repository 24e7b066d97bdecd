using System.Globalization;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A GPS value for a signature is not finite or out of range (SIG-12): latitude −90…90, longitude −180…180, accuracy zero or more metres.</summary>
/// <param name="Component">The refused part: <c>Latitude</c>, <c>Longitude</c> or <c>AccuracyMetres</c>.</param>
/// <param name="Value">The refused value.</param>
public sealed record SignatureLocationInvalid(string Component, double Value) : IDomainError
{
    /// <inheritdoc />
    public string Code => "SIGNATURE_LOCATION_INVALID";

    /// <inheritdoc />
    public string Message => string.Create(CultureInfo.InvariantCulture, $"The signature location is invalid: {Component} {Value} is out of range.");
}
