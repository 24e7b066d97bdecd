using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>
/// Walks the occurrences of one rule in ascending order, as keys (seconds from 0001-01-01T00:00:00). A mutable struct
/// that never allocates; it is kept in a field and advanced in place.
/// </summary>
/// <remarks>
/// The rule is evaluated period by period (a year, month, week, day, hour, minute or second, times INTERVAL). Each
/// period's candidate days come from a cached bit mask of the days of its year that pass every day-level BY part
/// (BYMONTH, BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY); times come from a sorted table. BYSETPOS picks positions from
/// the period's sorted candidates without materialising them.
/// </remarks>
internal struct RuleCursor
{
    private RuleEvaluator _rule;
    private long _lowerKey;
    private long _untilKey;
    private long _period; // the next period number, or for HOURLY and shorter the next candidate unit
    private long _unit;
    private int _emitted;
    private bool _inPeriod;
    private bool _positionsSelected;
    private bool _done;
    private bool _skipCounted;
    private bool _yearChunks;
    private bool _singleTimeChunks;
    private int _singleTime;
    private int _chunkYear;

    private int _baseDay;
    private DayBits _bits;
    private int _periodWords;
    private int _dayBit;
    private int _timeIndex;

    private int _flatCount;
    private int _lastFlat;
    private int _positiveIndex;
    private int _negativeIndex;
    private int _ordinal;
    private int _ordinalBit;

    private int _year;
    private int _yearStart;
    private int _yearLength;
    private bool _yearEmpty;
    private int _yearLastDay;
    private DayBits _yearBits;

    /// <summary>Starts a cursor at the first occurrence not before <paramref name="lowerKey"/>.</summary>
    /// <remarks>Without COUNT the cursor starts at the period that holds the bound, found arithmetically. With COUNT it
    /// must count from the start: it walks the start's period, then counts whole periods (or whole days and years)
    /// before the bound arithmetically, without visiting their occurrences, and stops as soon as the count runs out.</remarks>
    public RuleCursor(RuleEvaluator rule, long lowerKey, long untilKey) => Init(rule, lowerKey, untilKey);

    /// <summary>Starts a zeroed cursor in place (see the constructor): a window query then builds its cursor where the
    /// enumerator keeps it, without copying the large struct.</summary>
    [MemberNotNull(nameof(_rule))]
    public void Init(RuleEvaluator rule, long lowerKey, long untilKey)
    {
        _rule = rule;
        _untilKey = untilKey;
        _lowerKey = Math.Max(lowerKey, rule.StartKey);
        _year = -1;
        _done = rule.IsEmpty || _lowerKey > untilKey || _lowerKey >= CalendarMath.EndKey;
        Key = long.MaxValue;
        if (_done)
        {
            return;
        }
        _skipCounted = rule.Count > 0 && _lowerKey > rule.StartKey;
        long jumpKey = rule.Count > 0 ? rule.StartKey : _lowerKey;
        int jumpDay = (int)(jumpKey / CalendarMath.SecondsPerDay);
        long interval = rule.Interval;
        // With INTERVAL=1 and no BYSETPOS, the DAILY, WEEKLY, MONTHLY and YEARLY periods follow one another without a
        // gap and their candidate days are exactly the year mask's days in them, so their union is the year mask from
        // the start on: the cursor then walks whole years (from the day of the bound) instead of one period at a time.
        _yearChunks = interval == 1 && !rule.HasSetPosition && rule.Frequency >= RecurrenceFrequency.Daily;
        if (_yearChunks)
        {
            _period = jumpDay;
            _singleTimeChunks = rule.Count == 0 && rule.SingleTime >= 0;
            _singleTime = rule.SingleTime;
            return;
        }
        switch (rule.Frequency)
        {
            case RecurrenceFrequency.Yearly:
                _period = (CalendarMath.YearOfDay(jumpDay) - rule.StartYear) / interval;
                break;
            case RecurrenceFrequency.Monthly:
                _period = (MonthIndex(jumpDay) - rule.StartMonthIndex) / interval;
                break;
            case RecurrenceFrequency.Weekly:
                _period = (jumpDay - rule.StartWeekDay) / (7 * interval);
                break;
            case RecurrenceFrequency.Daily:
                _period = (jumpDay - rule.StartDay) / interval;
                break;
            default:
                // Reachable periods before the one holding the bound end before it.
                _period = rule.FirstReachableUnit(jumpKey / rule.UnitSeconds);
                break;
        }
    }

    /// <summary>Gets the current occurrence as a key; valid after <see cref="MoveNext"/> returned true.</summary>
    public long Key { get; private set; }

    public readonly bool IsDone => _done;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext() => _singleTimeChunks ? MoveNextSingleTime() : MoveNextGeneral();

    private bool MoveNextGeneral()
    {
        if (_done)
        {
            return false;
        }
        if (_rule.Count > 0 && _emitted >= _rule.Count)
        {
            return Finish();
        }
        while (true)
        {
            if (!_inPeriod)
            {
                _dayBit = 0;
                _timeIndex = 0;
                if (_skipCounted && !SkipCountedStretch())
                {
                    return Finish();
                }
                if (!(_yearChunks ? LoadYearChunk() : _rule.Frequency >= RecurrenceFrequency.Daily ? LoadDayPeriod() : LoadUnitPeriod()))
                {
                    return Finish();
                }
                long periodStart = _rule.Frequency >= RecurrenceFrequency.Daily
                    ? (long)_baseDay * CalendarMath.SecondsPerDay
                    : _unit * _rule.UnitSeconds;
                if (periodStart > _untilKey)
                {
                    // Checked per interval as well as per occurrence, so that an interval that yields nothing
                    // (BYSETPOS beyond its set) cannot carry the search past UNTIL.
                    return Finish();
                }
                if (_skipCounted && _rule.Frequency >= RecurrenceFrequency.Daily)
                {
                    int skipped = SkipLoadedPeriod();
                    if (skipped == PeriodCounted)
                    {
                        continue;
                    }
                    if (skipped == CountRanOut)
                    {
                        return Finish();
                    }
                }
                _inPeriod = true;
                _positionsSelected = false;
                if (_rule.HasSetPosition && _periodWords == 1 && _rule.Times.Length == 1 && _rule.Frequency >= RecurrenceFrequency.Daily)
                {
                    // One time of day and a period of at most 64 days (a month or a week): the selected positions are
                    // days, picked from the period's one word at once; the period is then walked like one without BYSETPOS.
                    _bits[0] = DayBits.SelectPositions(_bits[0], _rule.SetPositive, _rule.SetNegative);
                    _positionsSelected = true;
                }
                else if (_rule.HasSetPosition)
                {
                    int days = _rule.Frequency >= RecurrenceFrequency.Daily ? DayBits.Count(((ReadOnlySpan<ulong>)_bits)[.._periodWords]) : 1;
                    _flatCount = days * _rule.Times.Length;
                    _lastFlat = -1;
                    _positiveIndex = 0;
                    _negativeIndex = 0;
                    _ordinal = -1;
                    _ordinalBit = -1;
                }
            }
            if (!NextInPeriod(out long key))
            {
                _inPeriod = false;
                continue;
            }
            if (key < _lowerKey)
            {
                if (_rule.Count > 0)
                {
                    // The start is the first instance COUNT may count; only occurrences before it are skipped uncounted.
                    if (key >= _rule.StartKey)
                    {
                        _emitted++;
                        if (_emitted >= _rule.Count)
                        {
                            return Finish();
                        }
                    }
                }
                continue;
            }
            if (key > _untilKey || key >= CalendarMath.EndKey)
            {
                return Finish();
            }
            Key = key;
            _emitted++;
            return true;
        }
    }

    /// <summary>
    /// The common contract case (INTERVAL=1, no BYSETPOS, no COUNT, one time of day): walks the set days of the loaded
    /// year directly. Same results as the general path, with less bookkeeping per occurrence.
    /// </summary>
    private bool MoveNextSingleTime()
    {
        // Keys stay within about ±3.2 × 10^11 seconds (NodaTime's years) and sentinels are only compared: nothing here overflows.
        unchecked
        {
            while (!_done)
            {
                int bit;
                if (_inPeriod)
                {
                    // Past the year's last day (the only one, for Feb 29) the rest of the mask is not scanned.
                    bit = _dayBit <= _yearLastDay ? DayBits.NextSet(_yearBits, _dayBit) : -1;
                    if (bit < 0)
                    {
                        _inPeriod = false;
                        continue;
                    }
                }
                else
                {
                    if (!LoadYearChunk() || (long)_baseDay * CalendarMath.SecondsPerDay > _untilKey)
                    {
                        return Finish();
                    }
                    // The load found the year's first candidate day from the bound on: not searched for twice.
                    _inPeriod = true;
                    bit = _dayBit;
                }
                _dayBit = bit + 1;
                long key = ((long)(_baseDay + bit) * CalendarMath.SecondsPerDay) + _singleTime;
                if (key < _lowerKey)
                {
                    continue;
                }
                if (key > _untilKey || key >= CalendarMath.EndKey)
                {
                    return Finish();
                }
                Key = key;
                return true;
            }
            return false;
        }
    }

    private const int PeriodWalked = 0;
    private const int PeriodCounted = 1;
    private const int CountRanOut = 2;

    /// <summary>
    /// With COUNT and a bound after the start: counts the loaded DAILY…YEARLY period without visiting its occurrences
    /// when all of them lie before the bound (<see cref="PeriodCounted"/>), or the days of the period before the bound's
    /// day (without BYSETPOS), and tells when the count runs out before the bound. The start's own period is walked,
    /// as instances before the start are not counted.
    /// </summary>
    private int SkipLoadedPeriod()
    {
        var rule = _rule;
        ReadOnlySpan<ulong> bits = ((ReadOnlySpan<ulong>)_bits)[.._periodWords];
        int first = DayBits.NextSet(bits, _dayBit);
        int[] times = rule.Times;
        if (first < 0 || ((long)(_baseDay + first) * CalendarMath.SecondsPerDay) + times[0] < rule.StartKey)
        {
            return PeriodWalked;
        }
        int last = DayBits.LastSet(bits);
        long count;
        if (((long)(_baseDay + last) * CalendarMath.SecondsPerDay) + times[^1] < _lowerKey)
        {
            int days = DayBits.CountRange(bits, first, last + 1);
            count = rule.HasSetPosition ? rule.SelectedCount(days * times.Length) : (long)days * times.Length;
            if (_emitted + count >= rule.Count)
            {
                return CountRanOut;
            }
            _emitted += (int)count;
            return PeriodCounted;
        }
        // This period reaches the bound, and so do all later ones: nothing more to skip after it.
        _skipCounted = false;
        int windowBit = (int)(_lowerKey / CalendarMath.SecondsPerDay) - _baseDay;
        if (!rule.HasSetPosition && windowBit > first)
        {
            count = (long)DayBits.CountRange(bits, first, windowBit) * times.Length;
            if (_emitted + count >= rule.Count)
            {
                return CountRanOut;
            }
            _emitted += (int)count;
            _dayBit = windowBit;
        }
        return PeriodWalked;
    }

    /// <summary>
    /// With COUNT and a bound after the start: before a DAILY (not walked by years), HOURLY, MINUTELY or SECONDLY
    /// period is loaded, counts the occurrences of the whole days from the next period to the bound's day year by year
    /// from the year masks, and moves to the first period of the bound's day. Returns false when the count runs out
    /// before the bound.
    /// </summary>
    private bool SkipCountedStretch()
    {
        if (_rule.Frequency == RecurrenceFrequency.Daily && !_yearChunks)
        {
            return SkipCountedDays();
        }
        return _rule.Frequency >= RecurrenceFrequency.Daily || SkipCountedUnitDays();
    }

    private bool SkipCountedDays()
    {
        var rule = _rule;
        if (_period == 0)
        {
            // The start's day: walked, as instances before the start are not counted.
            return true;
        }
        long interval = rule.Interval;
        long day = rule.StartDay + (_period * interval);
        long endDay = Math.Min(_lowerKey / CalendarMath.SecondsPerDay, CalendarMath.EndDay);
        _skipCounted = false;
        if (day >= endDay)
        {
            return true;
        }
        long perDay = rule.OccurrencesPerUnit;
        long count = 0;
        while (day < endDay)
        {
            LoadYearOfDay((int)day);
            long stop = Math.Min(endDay, _yearStart + _yearLength);
            if (!_yearEmpty)
            {
                if (interval == 1)
                {
                    count += DayBits.CountRange(_yearBits, (int)day - _yearStart, (int)stop - _yearStart);
                    day = stop;
                }
                else
                {
                    for (; day < stop; day += interval)
                    {
                        if (DayBits.IsSet(_yearBits, (int)day - _yearStart))
                        {
                            count++;
                        }
                    }
                }
            }
            else
            {
                day += (stop - day + interval - 1) / interval * interval;
            }
            if (_emitted + (count * perDay) >= rule.Count)
            {
                return false;
            }
        }
        _emitted += (int)(count * perDay);
        _period = (day - rule.StartDay) / interval;
        return true;
    }

    private bool SkipCountedUnitDays()
    {
        var rule = _rule;
        long unitsPerDay = rule.UnitsPerDay;
        long day = _period / unitsPerDay;
        long endDay = Math.Min(_lowerKey / CalendarMath.SecondsPerDay, CalendarMath.EndDay);
        if (day >= endDay)
        {
            _skipCounted = false;
            return true;
        }
        if (_period <= rule.StartUnit)
        {
            // The start's period is walked: its instances before the start are not counted.
            return true;
        }
        _skipCounted = false;
        long perUnit = rule.OccurrencesPerUnit;
        long count = 0;
        if (_period - rule.Interval >= day * unitsPerDay)
        {
            // The day is partly counted already (the start's day, or the day of the first period): count the rest of it
            // period by period, then whole days from the next one.
            LoadYearOfDay((int)day);
            if (!_yearEmpty && DayBits.IsSet(_yearBits, (int)day - _yearStart))
            {
                long dayStart = day * unitsPerDay;
                for (long unit = _period; unit < dayStart + unitsPerDay; unit += rule.Interval)
                {
                    if (rule.IsUnitAllowed((int)(unit - dayStart)))
                    {
                        count += perUnit;
                    }
                }
                if (_emitted + count >= rule.Count)
                {
                    return false;
                }
            }
            day++;
        }
        int[]? perPhase = rule.DayUnitCounts();
        if (perPhase is null)
        {
            // More than 65,536 day phases: the periods are at least that many units apart, so count them one by one.
            long endUnit = endDay * unitsPerDay;
            for (long unit = rule.FirstReachableUnit(day * unitsPerDay); unit < endUnit; unit += rule.Interval)
            {
                long unitDay = unit / unitsPerDay;
                LoadYearOfDay((int)unitDay);
                if (!_yearEmpty && DayBits.IsSet(_yearBits, (int)unitDay - _yearStart) && rule.IsUnitAllowed((int)(unit - (unitDay * unitsPerDay))))
                {
                    count += perUnit;
                    if (_emitted + count >= rule.Count)
                    {
                        return false;
                    }
                }
            }
        }
        else
        {
            long phases = rule.DayPhases;
            long whole = 0;
            while (day < endDay)
            {
                LoadYearOfDay((int)day);
                int from = (int)day - _yearStart;
                int to = (int)(Math.Min(endDay, _yearStart + _yearLength) - _yearStart);
                if (!_yearEmpty)
                {
                    if (phases == 1)
                    {
                        whole += (long)DayBits.CountRange(_yearBits, from, to) * perPhase[0];
                    }
                    else
                    {
                        for (int bit = DayBits.NextSet(_yearBits, from); bit >= 0 && bit < to; bit = DayBits.NextSet(_yearBits, bit + 1))
                        {
                            whole += perPhase[(_yearStart + bit) % phases];
                        }
                    }
                }
                day = _yearStart + to;
                if (_emitted + count + (whole * perUnit) >= rule.Count)
                {
                    return false;
                }
            }
            count += whole * perUnit;
        }
        _emitted += (int)count;
        _period = rule.FirstReachableUnit(endDay * unitsPerDay);
        return true;
    }

    /// <summary>Ends the cursor early (a UTC UNTIL passed in zoned evaluation).</summary>
    public void Stop() => Finish();

    private bool Finish()
    {
        _done = true;
        Key = long.MaxValue;
        return false;
    }

    private bool NextInPeriod(out long key)
    {
        int[] times = _rule.Times;
        bool dayBased = _rule.Frequency >= RecurrenceFrequency.Daily;
        if (!_rule.HasSetPosition || _positionsSelected)
        {
            if (dayBased)
            {
                if (_timeIndex == 0)
                {
                    int bit = DayBits.NextSet(((ReadOnlySpan<ulong>)_bits)[.._periodWords], _dayBit);
                    if (bit < 0)
                    {
                        key = 0;
                        return false;
                    }
                    _dayBit = bit;
                }
                key = ((long)(_baseDay + _dayBit) * CalendarMath.SecondsPerDay) + times[_timeIndex];
                if (++_timeIndex == times.Length)
                {
                    _timeIndex = 0;
                    _dayBit++;
                }
                return true;
            }
            if (_timeIndex == times.Length)
            {
                key = 0;
                return false;
            }
            key = (_unit * _rule.UnitSeconds) + times[_timeIndex++];
            return true;
        }

        int flat = NextSelectedPosition();
        if (flat < 0)
        {
            key = 0;
            return false;
        }
        int day = flat / times.Length;
        int time = times[flat % times.Length];
        if (!dayBased)
        {
            key = (_unit * _rule.UnitSeconds) + time;
            return true;
        }
        if (_ordinal != day)
        {
            _ordinalBit = DayBits.SelectNth(((ReadOnlySpan<ulong>)_bits)[.._periodWords], day);
            _ordinal = day;
        }
        key = ((long)(_baseDay + _ordinalBit) * CalendarMath.SecondsPerDay) + time;
        return true;
    }

    /// <summary>Merges the positive and negative BYSETPOS lists into ascending, distinct, in-range positions (0-based).</summary>
    private int NextSelectedPosition()
    {
        int[] positive = _rule.SetPositive;
        int[] negative = _rule.SetNegative;
        while (true)
        {
            int p = _positiveIndex < positive.Length ? positive[_positiveIndex] - 1 : int.MaxValue;
            if (p >= _flatCount)
            {
                p = int.MaxValue;
                _positiveIndex = positive.Length;
            }
            int n = _negativeIndex < negative.Length ? _flatCount + negative[_negativeIndex] : int.MaxValue;
            if (n < 0)
            {
                _negativeIndex++;
                continue;
            }
            if (p == int.MaxValue && n == int.MaxValue)
            {
                return -1;
            }
            int next = Math.Min(p, n);
            if (p == next)
            {
                _positiveIndex++;
            }
            if (n == next)
            {
                _negativeIndex++;
            }
            if (next > _lastFlat)
            {
                _lastFlat = next;
                return next;
            }
        }
    }

    /// <summary>Loads the rest of the year from the day <see cref="_period"/> on (see <see cref="_yearChunks"/>).</summary>
    private bool LoadYearChunk()
    {
        // Keys stay within about ±3.2 × 10^11 seconds (NodaTime's years) and sentinels are only compared: nothing here overflows.
        unchecked
        {
            while (true)
            {
                long dayNumber = _period;
                if (dayNumber >= CalendarMath.EndDay)
                {
                    return false;
                }
                int day = (int)dayNumber;
                int year = _chunkYear > 0 ? _chunkYear : CalendarMath.YearOfDay(day);
                int nonEmpty = year >= 1 ? _rule.FirstNonEmptyYear(year) : year;
                if (nonEmpty != year)
                {
                    // No candidate day this year (Feb 29 in a common year): the run of such years is passed over from the
                    // 400-year table of year kinds alone, without loading a mask, and the walk goes on from the first day
                    // of the next year that has one.
                    if (nonEmpty > CalendarMath.MaxYear)
                    {
                        _period = CalendarMath.EndDay;
                        return false;
                    }
                    year = nonEmpty;
                    day = CalendarMath.DaysBeforeYear(nonEmpty);
                }
                _chunkYear = year + 1;
                LoadYear(year);
                _period = _yearStart + _yearLength;
                int bit = DayBits.NextSet(_yearBits, day - _yearStart);
                if (bit < 0)
                {
                    continue;
                }
                if (!_singleTimeChunks)
                {
                    // The single-time walk reads the year mask itself; the general walk reads the period's bits.
                    _bits = _yearBits;
                }
                _periodWords = DayBits.Words;
                _baseDay = _yearStart;
                _dayBit = bit;
                return true;
            }
        }
    }

    private bool LoadDayPeriod()
    {
        long interval = _rule.Interval;
        while (true)
        {
            long k = _period++;
            switch (_rule.Frequency)
            {
                case RecurrenceFrequency.Yearly:
                {
                    long year = _rule.StartYear + (k * interval);
                    if (year > CalendarMath.MaxYear)
                    {
                        return false;
                    }
                    if (_rule.IsEmptyYear((int)year))
                    {
                        // Years without a candidate day (Feb 29 in a common year) are passed over without loading.
                        continue;
                    }
                    LoadYear((int)year);
                    _bits = _yearBits;
                    _periodWords = DayBits.Words;
                    _baseDay = _yearStart;
                    return true;
                }
                case RecurrenceFrequency.Monthly:
                {
                    long monthIndex = _rule.StartMonthIndex + (k * interval);
                    long year = monthIndex / 12;
                    if (year > CalendarMath.MaxYear)
                    {
                        return false;
                    }
                    int month = (int)(monthIndex % 12);
                    LoadYear((int)year);
                    bool forward = _rule.MonthlyForward && _rule.MovesForwardFrom((int)year, month);
                    if (_yearEmpty && !_rule.MonthlyForward)
                    {
                        long nextYearIndex = (year + 1) * 12;
                        _period = Math.Max(_period, (nextYearIndex - _rule.StartMonthIndex + interval - 1) / interval);
                        continue;
                    }
                    var starts = CalendarMath.MonthStarts((int)year);
                    int monthLength = starts[month + 1] - starts[month];
                    ulong monthBits = DayBits.Slice(_yearBits, starts[month], monthLength);
                    if (forward)
                    {
                        // SKIP=FORWARD: the first day of the next month, moved from this month (RFC 7529).
                        monthBits |= 1UL << monthLength;
                    }
                    if (monthBits == 0)
                    {
                        continue;
                    }
                    _bits[0] = monthBits;
                    _periodWords = 1;
                    _baseDay = _yearStart + starts[month];
                    return true;
                }
                case RecurrenceFrequency.Weekly:
                {
                    long weekStart = _rule.StartWeekDay + (k * 7 * interval);
                    long first = k == 0 ? _rule.StartDay : weekStart;
                    if (first >= CalendarMath.EndDay)
                    {
                        return false;
                    }
                    int from = (int)first;
                    int end = (int)Math.Min(weekStart + 7, CalendarMath.EndDay);
                    LoadYearOfDay(from);
                    if (_yearEmpty && end <= _yearStart + _yearLength)
                    {
                        long nextYear = _yearStart + _yearLength - 6;
                        _period = Math.Max(_period, (nextYear - _rule.StartWeekDay + (7 * interval) - 1) / (7 * interval));
                        continue;
                    }
                    _periodWords = 1;
                    if (end <= _yearStart + _yearLength)
                    {
                        // The week lies in one year: its days are a slice of the year mask.
                        _bits[0] = DayBits.Slice(_yearBits, from - _yearStart, end - from);
                    }
                    else
                    {
                        _bits[0] = 0;
                        for (int day = from; day < end; day++)
                        {
                            LoadYearOfDay(day);
                            if (DayBits.IsSet(_yearBits, day - _yearStart))
                            {
                                DayBits.Set(_bits, day - from);
                            }
                        }
                    }
                    if (_bits[0] == 0)
                    {
                        continue;
                    }
                    _baseDay = from;
                    return true;
                }
                default:
                {
                    long dayNumber = _rule.StartDay + (k * interval);
                    if (dayNumber >= CalendarMath.EndDay)
                    {
                        return false;
                    }
                    int day = (int)dayNumber;
                    LoadYearOfDay(day);
                    if (_yearEmpty)
                    {
                        long nextYear = _yearStart + _yearLength;
                        _period = Math.Max(_period, (nextYear - _rule.StartDay + interval - 1) / interval);
                        continue;
                    }
                    if (!DayBits.IsSet(_yearBits, day - _yearStart))
                    {
                        continue;
                    }
                    _bits[0] = 1;
                    _periodWords = 1;
                    _baseDay = day;
                    return true;
                }
            }
        }
    }

    private bool LoadUnitPeriod()
    {
        var rule = _rule;
        long unitsPerDay = rule.UnitsPerDay;
        long unit = _period;
        while (true)
        {
            long dayNumber = unit / unitsPerDay;
            if (dayNumber >= CalendarMath.EndDay)
            {
                return false;
            }
            int day = (int)dayNumber;
            LoadYearOfDay(day);
            int nextDay = _yearEmpty ? -1 : DayBits.NextSet(_yearBits, day - _yearStart);
            if (nextDay == day - _yearStart && !rule.CanHitOnDay(day))
            {
                nextDay = day + 1 - _yearStart < _yearLength ? DayBits.NextSet(_yearBits, day + 1 - _yearStart) : -1;
            }
            if (nextDay != day - _yearStart)
            {
                long target = nextDay < 0 ? _yearStart + _yearLength : _yearStart + nextDay;
                unit = rule.FirstReachableUnit(target * unitsPerDay);
                continue;
            }
            int inDay = (int)(unit - (dayNumber * unitsPerDay));
            if (rule.IsUnitAllowed(inDay))
            {
                _unit = unit;
                _period = unit + rule.Interval;
                return true;
            }
            int allowed = inDay + 1 < unitsPerDay ? rule.NextAllowedUnit(inDay + 1) : -1;
            unit = rule.FirstReachableUnit(allowed < 0 ? (dayNumber + 1) * unitsPerDay : (dayNumber * unitsPerDay) + allowed);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void LoadYearOfDay(int day)
    {
        if (day < _yearStart || day >= _yearStart + _yearLength || _year < 0)
        {
            LoadYear(CalendarMath.YearOfDay(day));
        }
    }

    private void LoadYear(int year)
    {
        // Keys stay within about ±3.2 × 10^11 seconds (NodaTime's years) and sentinels are only compared: nothing here overflows.
        unchecked
        {
            if (year == _year)
            {
                return;
            }
            _year = year;
            _yearStart = CalendarMath.DaysBeforeYear(year);
            _yearLength = CalendarMath.YearLength(year);
            _yearBits = _rule.YearBits(year, out _yearLastDay);
            _yearEmpty = _yearLastDay < 0;
        }
    }

    private static long MonthIndex(int day)
    {
        int year = CalendarMath.YearOfDay(day);
        int dayOfYear = day - CalendarMath.DaysBeforeYear(year);
        var starts = CalendarMath.MonthStarts(year);
        int month = 0;
        while (starts[month + 1] <= dayOfYear)
        {
            month++;
        }
        return (year * 12L) + month;
    }
}
