using Ardalis.GuardClauses;

namespace OutSmart.Domain.Timesheets;

/// <summary>Kilometres driven (kilometers) for work: the distance, and optionally the vehicle and the route.</summary>
/// <remarks>
/// <para>The distance is kept as entered; <see cref="TimesheetRules"/> checks it (TS-27: more than 0 and at most
/// 1,000 km per entry by default). The allowance comes from <see cref="KilometreAllowanceRates"/>.</para>
/// <para>Two values are equal when distance, vehicle and route are equal (ordinal).</para>
/// </remarks>
public sealed record KilometreClaim
{
    /// <summary>The longest vehicle or route text, in UTF-16 code units.</summary>
    public const int MaxTextLength = 200;

    private KilometreClaim(decimal distance, string? vehicle, string? route)
    {
        Distance = distance;
        Vehicle = vehicle;
        Route = route;
    }

    /// <summary>Gets the distance in kilometres, as entered.</summary>
    public decimal Distance { get; }

    /// <summary>Gets the vehicle (for example a licence plate), or <see langword="null"/>.</summary>
    public string? Vehicle { get; }

    /// <summary>Gets the route (for example "Utrecht – Amersfoort"), or <see langword="null"/>.</summary>
    public string? Route { get; }

    /// <summary>Creates a claim.</summary>
    /// <param name="distance">The kilometres; any value, checked by the rules.</param>
    /// <param name="vehicle">The vehicle, or <see langword="null"/>; blank counts as none, longer than <see cref="MaxTextLength"/> is cut.</param>
    /// <param name="route">The route, or <see langword="null"/>; blank counts as none, longer than <see cref="MaxTextLength"/> is cut.</param>
    /// <returns>The claim.</returns>
    public static KilometreClaim Create(decimal distance, string? vehicle = null, string? route = null) =>
        new(distance, Text(vehicle), Text(route));

    private static string? Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        string trimmed = value.Trim();
        return trimmed.Length <= MaxTextLength ? trimmed : trimmed[..MaxTextLength];
    }

    /// <summary>Returns the allowance for this distance on a date: kilometres × the rate of that year.</summary>
    /// <param name="rates">The rate table.</param>
    /// <param name="year">The year of the trip.</param>
    /// <returns>The allowance, rounded to cents (midpoints away from zero).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    public Money AllowanceFor(KilometreAllowanceRates rates, int year) =>
        Guard.Against.Null(rates).RateFor(year).Times(Distance).RoundToCents();
}
