using NodaTime;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed class PhotoReferenceTests
{
    [Fact]
    public void Rehydrate_WhenStoredValuesGiven_EqualsTheAddedReference()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        order.AddPhoto("photos", WorkOrderFixtures.PhotoHash, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        PhotoReference restored = PhotoReference.Rehydrate("photos", WorkOrderFixtures.PhotoHash, WorkOrderFixtures.Now);

        Assert.Equal(Assert.Single(order.Photos), restored);
    }

    [Fact]
    public void Rehydrate_WhenGeneralPhoto_HasNoStep()
    {
        PhotoReference restored = PhotoReference.Rehydrate(null, WorkOrderFixtures.PhotoHash, WorkOrderFixtures.Now);

        Assert.Null(restored.StepId);
    }

    [Theory]
    [InlineData("photos", "abc")]
    [InlineData("photos", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData(" ", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Rehydrate_WhenStepBlankOrHashMalformed_Throws(string? stepId, string hash)
    {
        Assert.ThrowsAny<ArgumentException>(() => PhotoReference.Rehydrate(stepId, hash, Instant.MinValue));
    }
}
