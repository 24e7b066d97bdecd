using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>Registers the services of the OutSmart.Domain.WorkOrders.Rendering package.</summary>
public static class SignatureRenderingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ISignatureRenderer"/> as a singleton <see cref="SignatureRenderer"/> with
    /// <c>TryAdd*</c>, so a host can replace it by registering its own first.</summary>
    /// <param name="services">The service collection of the host.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddOutSmartSignatureRendering(this IServiceCollection services)
    {
        Guard.Against.Null(services);
        services.TryAddSingleton<ISignatureRenderer, SignatureRenderer>();
        return services;
    }
}
