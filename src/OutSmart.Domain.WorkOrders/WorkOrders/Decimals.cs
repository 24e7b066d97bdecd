namespace OutSmart.Domain.WorkOrders;

internal static class Decimals
{
    // Dividing by 1 with many trailing zeros drops a decimal's trailing zeros, so 1.50 and 1.5 print alike.
    public static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;
}
