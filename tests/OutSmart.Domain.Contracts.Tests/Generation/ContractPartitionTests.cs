using FsCheck.Xunit;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;

namespace OutSmart.Domain.Contracts.Tests.Generation;

public sealed class ContractPartitionTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData(" 4/4 ", 4, 4)]
    [InlineData("007/10", 7, 10)]
    public void Parse_WhenTheTextIsIOverN_ReadsThePartition(string text, int index, int count)
    {
        var parsed = ContractPartition.Parse(text);

        Assert.Equal(ContractPartition.Create(index, count), parsed.AsT0);
        Assert.Equal($"{index}/{count}", parsed.AsT0.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("-1/2")]
    [InlineData("+1/2")]
    [InlineData("1 /2")]
    [InlineData("/2")]
    [InlineData("1/")]
    [InlineData("1/2/3")]
    [InlineData("a/b")]
    [InlineData("1/99999999999")]
    public void Parse_WhenTheTextIsNotAPartition_IsRefusedNamingTheText(string text)
    {
        var parsed = ContractPartition.Parse(text);

        var refusal = Assert.IsType<ContractPartitionInvalid>(parsed.Value);
        Assert.Equal(("CONTRACT_PARTITION_INVALID", text), (refusal.Code, refusal.Text));
        Assert.Contains(text, refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 1)]
    [InlineData(1, 0)]
    [InlineData(-1, 3)]
    public void Create_WhenTheIndexOrCountIsOutOfRange_Throws(int index, int count)
    {
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => ContractPartition.Create(index, count));
    }

    [Fact]
    public void Contains_IsAStableHashOfTheIdTheSameInEveryProcess()
    {
        // Pinned: hosts of different builds must agree on the shares (64-bit FNV-1a over the big-endian id bytes).
        var id = new ContractId(new Guid("c0000000-0000-0000-0000-000000000001"));
        ulong hash = 0xCBF29CE484222325;
        foreach (byte b in id.Value.ToByteArray(bigEndian: true))
        {
            hash = unchecked((hash ^ b) * 0x100000001B3);
        }

        int owner = (int)(hash % 7) + 1;

        Assert.All(Enumerable.Range(1, 7), i => Assert.Equal(i == owner, ContractPartition.Create(i, 7).Contains(id)));
    }

    [Property(MaxTest = 200)]
    public void Contains_ForAnyIdAndCount_ExactlyOnePartitionHoldsTheContract(Guid id, byte count)
    {
        int n = (count % 16) + 1;

        int holders = Enumerable.Range(1, n).Count(i => ContractPartition.Create(i, n).Contains(new ContractId(id)));

        Assert.Equal(1, holders);
        Assert.True(ContractPartition.All.Contains(new ContractId(id)));
    }

    [Fact]
    public void Contains_OverManyIds_SpreadsThemOverEveryPartition()
    {
        var ids = Enumerable.Range(1, 400).Select(i => new ContractId(new Guid($"c0000000-0000-0000-0000-{i:000000000000}"))).ToList();

        var shares = Enumerable.Range(1, 4).Select(i => ids.Count(id => ContractPartition.Create(i, 4).Contains(id))).ToList();

        Assert.All(shares, share => Assert.InRange(share, 60, 140));
    }
}
