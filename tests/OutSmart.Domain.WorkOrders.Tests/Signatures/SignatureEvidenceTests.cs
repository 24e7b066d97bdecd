using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.Signatures;

public sealed class SignatureEvidenceTests
{
    private static readonly Actor Technician = Actor.Create(WorkOrderFixtures.Technician, ActorChannel.MobileApp);
    private static readonly EmployeeId Colleague = new(new Guid("33333333-3333-3333-3333-333333333334"));

    [Fact]
    public void Create_TrimsTextsAndStoresABlankRoleAsNull()
    {
        var evidence = SignatureEvidence.Create(" tablet-7 ", " 4.2.0 ", Offset.FromHours(1), "   ");

        Assert.Equal("tablet-7", evidence.DeviceId);
        Assert.Equal("4.2.0", evidence.AppVersion);
        Assert.Equal(Offset.FromHours(1), evidence.DeviceOffset);
        Assert.Null(evidence.SignerRole);
        Assert.Null(evidence.CapturedBy);
        Assert.Null(evidence.Location);
    }

    [Theory]
    [InlineData("", "1.0")]
    [InlineData("  ", "1.0")]
    [InlineData("tablet", "")]
    [InlineData("tablet", " ")]
    public void Create_WhenDeviceOrAppVersionIsBlank_Throws(string deviceId, string appVersion)
    {
        Assert.Throws<ArgumentException>(() => SignatureEvidence.Create(deviceId, appVersion, Offset.Zero));
    }

    [Fact]
    public void Create_WhenCapturedByIsTheEmptyId_Throws()
    {
        Assert.Throws<ArgumentException>(() => SignatureEvidence.Create("tablet", "1.0", Offset.Zero, capturedBy: default(EmployeeId)));
    }

    [Fact]
    public void CapturedByOr_WhenNotGiven_ReturnsTheActorsEmployee()
    {
        var evidence = SignatureEvidence.Create("tablet", "1.0", Offset.Zero);

        Assert.Equal(WorkOrderFixtures.Technician, evidence.CapturedByOr(Technician));
    }

    [Fact]
    public void CapturedByOr_WhenGiven_ReturnsTheGivenEmployee()
    {
        var location = SignatureLocation.Create(52.37, 4.89, 5, Inks.SignedAt).AsT0;
        var evidence = SignatureEvidence.Create("tablet", "1.0", Offset.Zero, "tenant", Colleague, location);

        Assert.Equal(Colleague, evidence.CapturedByOr(Technician));
        Assert.Equal("tenant", evidence.SignerRole);
        Assert.Same(location, evidence.Location);
    }
}
