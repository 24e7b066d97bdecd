namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>What lies behind the ink of a rendered signature (SIG-14).</summary>
public enum SignatureBackground
{
    /// <summary>Fully transparent: the default, for placing the signature on a document.</summary>
    Transparent = 0,

    /// <summary>Opaque white: for formats or viewers without transparency.</summary>
    White = 1,
}
