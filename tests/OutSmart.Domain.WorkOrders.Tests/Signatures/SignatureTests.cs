using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.Signatures;

public sealed class SignatureTests
{
    private static readonly string Hash = new('d', 64);

    [Fact]
    public void Rehydrate_WhenStoredValuesGiven_RestoresEveryPart()
    {
        SignatureLocation location = SignatureLocation.Create(52.1, 5.1, 3, Inks.SignedAt).AsT0;

        Signature signature = Signature.Rehydrate(Inks.Valid(), "J. de Vries", "customer", Inks.SignedAt, Offset.FromHours(2), WorkOrderFixtures.Technician, "tablet-7", "5.2.0", location, Hash);

        Assert.Equal(Inks.Valid(), signature.Ink);
        Assert.Equal("J. de Vries", signature.SignerName);
        Assert.Equal("customer", signature.SignerRole);
        Assert.Equal(Inks.SignedAt, signature.CapturedAt);
        Assert.Equal(Offset.FromHours(2), signature.CapturedOffset);
        Assert.Equal(WorkOrderFixtures.Technician, signature.CapturedBy);
        Assert.Equal("tablet-7", signature.DeviceId);
        Assert.Equal("5.2.0", signature.AppVersion);
        Assert.Equal(location, signature.Location);
        Assert.Equal(Hash, signature.ContentHash);
        Assert.Equal(Inks.SignedAt.WithOffset(Offset.FromHours(2)), signature.ToOffsetDateTime());
    }

    [Theory]
    [InlineData("")]
    [InlineData("DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD")]
    [InlineData("ddd")]
    [InlineData("gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg")]
    public void Rehydrate_WhenHashMalformed_Throws(string hash)
    {
        Assert.ThrowsAny<ArgumentException>(() =>
            Signature.Rehydrate(Inks.Valid(), null, null, Inks.SignedAt, Offset.Zero, WorkOrderFixtures.Technician, "tablet-7", "5.2.0", null, hash));
    }

    [Fact]
    public void Rehydrate_WhenEmployeeEmptyOrDeviceBlank_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() =>
            Signature.Rehydrate(Inks.Valid(), null, null, Inks.SignedAt, Offset.Zero, new EmployeeId(Guid.Empty), "tablet-7", "5.2.0", null, Hash));
        Assert.ThrowsAny<ArgumentException>(() =>
            Signature.Rehydrate(Inks.Valid(), null, null, Inks.SignedAt, Offset.Zero, WorkOrderFixtures.Technician, " ", "5.2.0", null, Hash));
        Assert.ThrowsAny<ArgumentException>(() =>
            Signature.Rehydrate(Inks.Valid(), null, null, Inks.SignedAt, Offset.Zero, WorkOrderFixtures.Technician, "tablet-7", "", null, Hash));
    }

    [Theory]
    [InlineData("J", null)]
    [InlineData(" J. de Vries ", null)]
    [InlineData("   ", null)]
    [InlineData(null, " customer")]
    [InlineData(null, "  ")]
    public void Rehydrate_WhenSignerNameOrRoleIsNotAsTheCommandsStoreIt_Throws(string? signerName, string? signerRole)
    {
        Assert.Throws<ArgumentException>(() =>
            Signature.Rehydrate(Inks.Valid(), signerName, signerRole, Inks.SignedAt, Offset.Zero, WorkOrderFixtures.Technician, "tablet-7", "5.2.0", null, Hash));
    }

    [Fact]
    public void Rehydrate_WhenSignerNameIsLongerThanOneHundredCharacters_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            Signature.Rehydrate(Inks.Valid(), new string('a', 101), null, Inks.SignedAt, Offset.Zero, WorkOrderFixtures.Technician, "tablet-7", "5.2.0", null, Hash));
    }
}
