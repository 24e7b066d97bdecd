namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>Orders holidays by date, then by ordinal name, then by ordinal local name.</summary>
internal sealed class HolidayOrder : IComparer<Holiday>
{
    public static readonly HolidayOrder Instance = new();

    private HolidayOrder()
    {
    }

    public int Compare(Holiday? x, Holiday? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null)
        {
            return -1;
        }
        if (y is null)
        {
            return 1;
        }
        int byDate = x.Date.CompareTo(y.Date);
        if (byDate != 0)
        {
            return byDate;
        }
        int byName = string.CompareOrdinal(x.Name, y.Name);
        return byName != 0 ? byName : string.CompareOrdinal(x.LocalName, y.LocalName);
    }
}
