namespace OutSmart.Domain.WorkOrders.Tests.Signatures;

public sealed class SignerNameTests
{
    [Theory]
    [InlineData("J", 1)]
    [InlineData("   J   ", 1)]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData(null, 0)]
    public void Create_WhenShorterThanTwoCharactersAfterTrimming_ReturnsSignerNameInvalid(string? value, int length)
    {
        var result = SignerName.Create(value);

        var invalid = Assert.IsType<SignerNameInvalid>(result.Value);
        Assert.Equal(length, invalid.Length);
        Assert.Equal("SIGNER_NAME_INVALID", invalid.Code);
    }

    [Fact]
    public void Create_WhenLongerThanOneHundredCharacters_ReturnsSignerNameInvalidRatherThanSignerNameRequired()
    {
        var result = SignerName.Create(new string('a', 101));

        var invalid = Assert.IsType<SignerNameInvalid>(result.Value);
        Assert.Equal(101, invalid.Length);
        Assert.NotEqual(new SignerNameRequired(default).Code, invalid.Code);
        Assert.Contains("101", invalid.Message);
    }

    [Theory]
    [InlineData("Jo", "Jo")]
    [InlineData("  Jan de Vries \t", "Jan de Vries")]
    public void Create_WhenTwoToOneHundredCharactersAfterTrimming_ReturnsTheTrimmedName(string value, string expected)
    {
        var result = SignerName.Create(value);

        Assert.Equal(expected, result.AsT0.Value);
        Assert.Equal(expected, result.AsT0.ToString());
    }

    [Fact]
    public void Create_WhenExactlyOneHundredCharacters_ReturnsTheName()
    {
        string value = new('b', SignerName.MaxLength);

        var result = SignerName.Create(value);

        Assert.Equal(value, result.AsT0.Value);
    }

    [Fact]
    public void Equals_WhenSameTrimmedText_IsTrueAndCaseSensitive()
    {
        var a = SignerName.Create(" Jan ").AsT0;
        var b = SignerName.Create("Jan").AsT0;
        var c = SignerName.Create("jan").AsT0;

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
