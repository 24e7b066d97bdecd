using Microsoft.Extensions.DependencyInjection;

namespace OutSmart.Domain.WorkOrders.Rendering.Tests;

public sealed class SignatureRenderingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddOutSmartSignatureRendering_WhenCalled_RegistersTheRendererAsSingleton()
    {
        var services = new ServiceCollection();

        services.AddOutSmartSignatureRendering();

        using ServiceProvider provider = services.BuildServiceProvider();
        ISignatureRenderer renderer = provider.GetRequiredService<ISignatureRenderer>();
        Assert.IsType<SignatureRenderer>(renderer);
        Assert.Same(renderer, provider.GetRequiredService<ISignatureRenderer>());
    }

    [Fact]
    public void AddOutSmartSignatureRendering_WhenHostRegisteredItsOwn_KeepsTheHostsRenderer()
    {
        var services = new ServiceCollection();
        var own = new OwnRenderer();
        services.AddSingleton<ISignatureRenderer>(own);

        services.AddOutSmartSignatureRendering().AddOutSmartSignatureRendering();

        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Same(own, provider.GetRequiredService<ISignatureRenderer>());
        Assert.Single(services, d => d.ServiceType == typeof(ISignatureRenderer));
    }

    [Fact]
    public void AddOutSmartSignatureRendering_WhenServicesIsNull_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => SignatureRenderingServiceCollectionExtensions.AddOutSmartSignatureRendering(null!));
    }

    private sealed class OwnRenderer : ISignatureRenderer
    {
        public SignatureImage Render(SignatureInk ink, SignatureRenderOptions options) => new SignatureRenderer().Render(ink, options);
    }
}
