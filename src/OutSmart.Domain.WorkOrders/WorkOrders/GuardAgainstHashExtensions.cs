using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace OutSmart.Domain.WorkOrders;

internal static class GuardAgainstHashExtensions
{
    /// <summary>Throws unless <paramref name="input"/> is a SHA-256 written as 64 lowercase hexadecimal digits.</summary>
    /// <param name="guardClause">The guard clause.</param>
    /// <param name="input">The hash.</param>
    /// <param name="parameterName">The parameter name, filled in by the compiler.</param>
    /// <returns><paramref name="input"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="input"/> is not 64 lowercase hexadecimal digits.</exception>
    public static string InvalidSha256Hex(this IGuardClause guardClause, string input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        guardClause.NullOrWhiteSpace(input, parameterName);
        if (input.Length != 64 || !input.All(c => char.IsAsciiDigit(c) || char.IsAsciiHexDigitLower(c)))
        {
            throw new ArgumentException("The hash must be 64 lowercase hexadecimal digits.", parameterName);
        }
        return input;
    }
}
