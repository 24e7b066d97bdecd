using System.Runtime.CompilerServices;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>Turns keys into <see cref="LocalDateTime"/> values, remembering the last year and date so that consecutive
/// occurrences skip the calendar arithmetic.</summary>
internal struct LocalDateTimeFactory
{
    private int _day;
    private int _yearStart;
    private int _yearEnd;
    private int _year;
    private LocalDate _date;
    private int _second;
    private LocalTime _time;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LocalDateTime FromKey(long key)
    {
        // Keys stay within about ±3.2 × 10^11 seconds (NodaTime's years) and sentinels are only compared: nothing here overflows.
        unchecked
        {
            int day = (int)(key / CalendarMath.SecondsPerDay);
            int second = (int)(key - ((long)day * CalendarMath.SecondsPerDay));
            if (day != _day)
            {
                SetDay(day);
            }
            if (second != _second)
            {
                _second = second;
                _time = LocalTime.FromSecondsSinceMidnight(second);
            }
            return _date.At(_time);
        }
    }

    private void SetDay(int day)
    {
        // Keys stay within about ±3.2 × 10^11 seconds (NodaTime's years) and sentinels are only compared: nothing here overflows.
        unchecked
        {
            if (day < _yearStart || day >= _yearEnd)
            {
                // Another year (a sparse rule such as Feb 29 jumps several): found without a loop.
                _year = CalendarMath.YearOfDay(day);
                _yearStart = CalendarMath.DaysBeforeYear(_year);
                _yearEnd = _yearStart + CalendarMath.YearLength(_year);
            }
            _date = CalendarMath.DateInYear(_year, day - _yearStart);
            _day = day;
        }
    }
}
