using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Abstractions.Tests;

public sealed class RecordLinkTests
{
    [Fact]
    public void To_WhenGivenAWorkOrderId_LinksToAWorkOrder()
    {
        var id = new WorkOrderId(Guid.Parse("0b7f0c84-5a55-4a8e-9f0e-2e8a7f3f6d11"));

        var link = RecordLink.To(id);

        Assert.Equal(RecordKind.WorkOrder, link.Kind);
        Assert.Equal(id.Value, link.Id);
    }

    [Fact]
    public void Create_WhenIdIsEmpty_Throws()
    {
        Assert.Throws<ArgumentException>(() => RecordLink.Create(RecordKind.Customer, Guid.Empty));
    }

    [Fact]
    public void Create_WhenKindIsUndefined_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => RecordLink.Create((RecordKind)99, Guid.Parse("0b7f0c84-5a55-4a8e-9f0e-2e8a7f3f6d11")));
    }

    [Fact]
    public void Equals_WhenKindAndIdMatch_ReturnsTrue()
    {
        var id = Guid.Parse("0b7f0c84-5a55-4a8e-9f0e-2e8a7f3f6d11");

        Assert.Equal(RecordLink.To(new InvoiceId(id)), RecordLink.Create(RecordKind.Invoice, id));
        Assert.NotEqual(RecordLink.To(new InvoiceId(id)), RecordLink.To(new QuoteId(id)));
    }
}
