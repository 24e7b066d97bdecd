using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Optional GPS evidence of where a signature was captured (SIG-12).</summary>
/// <remarks>
/// <para>A location is personal data, so it is off by default: a signature has one only when the caller passes it
/// to <see cref="WorkOrder.Sign"/>.
/// It is evidence beside the signature and is not covered by the content hash (SIG-09).</para>
/// <para>Latitude and longitude are in decimal degrees (WGS 84), rounded to <see cref="CoordinateDecimals"/> decimals
/// (about 1.1 m) away from zero; the range checks apply to the value before rounding, and rounding never leaves
/// the range. Both range ends are included.</para>
/// <para>Two locations are equal when all four parts are equal.</para>
/// </remarks>
public sealed record SignatureLocation
{
    /// <summary>The number of decimals latitude and longitude are rounded to.</summary>
    public const int CoordinateDecimals = 5;

    private SignatureLocation(double latitude, double longitude, double accuracyMetres, Instant fixedAt)
    {
        Latitude = latitude;
        Longitude = longitude;
        AccuracyMetres = accuracyMetres;
        FixedAt = fixedAt;
    }

    /// <summary>Gets the latitude in decimal degrees, −90 to 90 (both included), rounded to 5 decimals.</summary>
    public double Latitude { get; }

    /// <summary>Gets the longitude in decimal degrees, −180 to 180 (both included), rounded to 5 decimals.</summary>
    public double Longitude { get; }

    /// <summary>Gets the horizontal accuracy the device reported, in metres; finite and zero or more.</summary>
    public double AccuracyMetres { get; }

    /// <summary>Gets the moment of the GPS fix, which may be earlier than the capture.</summary>
    public Instant FixedAt { get; }

    /// <summary>Creates a location after checking its values.</summary>
    /// <param name="latitude">The latitude in decimal degrees; finite, −90 to 90.</param>
    /// <param name="longitude">The longitude in decimal degrees; finite, −180 to 180.</param>
    /// <param name="accuracyMetres">The horizontal accuracy in metres; finite, zero or more.</param>
    /// <param name="fixedAt">The moment of the fix.</param>
    /// <returns>The location with latitude and longitude rounded to 5 decimals, or <see cref="SignatureLocationInvalid"/>
    /// naming the first value that is out of range or not finite.</returns>
    public static OneOf<SignatureLocation, SignatureLocationInvalid> Create(double latitude, double longitude, double accuracyMetres, Instant fixedAt)
    {
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            return new SignatureLocationInvalid(nameof(Latitude), latitude);
        }
        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            return new SignatureLocationInvalid(nameof(Longitude), longitude);
        }
        if (!double.IsFinite(accuracyMetres) || accuracyMetres < 0)
        {
            return new SignatureLocationInvalid(nameof(AccuracyMetres), accuracyMetres);
        }
        return new SignatureLocation(
            Math.Round(latitude, CoordinateDecimals, MidpointRounding.AwayFromZero),
            Math.Round(longitude, CoordinateDecimals, MidpointRounding.AwayFromZero),
            accuracyMetres,
            fixedAt);
    }
}
