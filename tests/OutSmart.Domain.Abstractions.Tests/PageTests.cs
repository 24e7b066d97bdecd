using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Abstractions.Tests;

public sealed class PageTests
{
    [Fact]
    public void Next_WhenCalled_MovesTheOffsetPastThisPage()
    {
        var request = PageRequest.First(25);

        var next = request.Next();

        Assert.Equal(25, next.Offset);
        Assert.Equal(25, next.Limit);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 10)]
    [InlineData(0, PageRequest.MaxLimit + 1)]
    public void Create_WhenOutOfRange_Throws(int offset, int limit)
    {
        Assert.ThrowsAny<ArgumentException>(() => PageRequest.Create(offset, limit));
    }

    [Fact]
    public void HasMore_WhenItemsFollowThePage_ReturnsTrue()
    {
        var first = new Page<int>([1, 2], PageRequest.First(2), totalCount: 3);
        var last = new Page<int>([3], PageRequest.First(2).Next(), totalCount: 3);

        Assert.True(first.HasMore);
        Assert.False(last.HasMore);
    }

    [Fact]
    public void Equals_ComparesItemsInOrder()
    {
        Assert.Equal(new Page<int>([1, 2], PageRequest.First(2), 2), new Page<int>([1, 2], PageRequest.First(2), 2));
        Assert.NotEqual(new Page<int>([1, 2], PageRequest.First(2), 2), new Page<int>([2, 1], PageRequest.First(2), 2));
    }

    [Fact]
    public void Items_WhenTheSourceListOrACastIsWritten_StayAsCreated()
    {
        var source = new List<int> { 1, 2 };
        var page = new Page<int>(source, PageRequest.First(10), 2);

        source[0] = 99;

        Assert.Equal([1, 2], page.Items);
        Assert.False(page.Items is List<int>);
        Assert.ThrowsAny<NotSupportedException>(() => ((IList<int>)page.Items)[0] = 5);
    }
}
