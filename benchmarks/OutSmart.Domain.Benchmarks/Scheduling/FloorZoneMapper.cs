using NodaTime;
using NodaTime.TimeZones;

namespace OutSmart.Domain.Benchmarks.Scheduling;

/// <summary>
/// The hand-written floor's zone mapping: keeps the zone interval in force and its safe range of local times, and asks
/// the zone again only when a local time leaves that range (one look-up per transition crossed). Lenient near gaps and
/// overlaps, like the engine.
/// </summary>
internal struct FloorZoneMapper(DateTimeZone zone)
{
    private LocalDate _safeFrom = LocalDate.MaxIsoValue;
    private LocalDate _safeTo = LocalDate.MinIsoValue;
    private Offset _offset;

    public Instant ToInstant(LocalDateTime local)
    {
        LocalDate date = local.Date;
        if (date >= _safeFrom && date < _safeTo)
        {
            return local.WithOffset(_offset).ToInstant();
        }
        ZoneLocalMapping mapping = zone.MapLocal(local);
        if (mapping.Count != 1)
        {
            return Resolvers.LenientResolver(mapping).ToInstant();
        }
        ZoneInterval interval = mapping.EarlyInterval;
        // Whole days strictly inside the interval's local range keep the ambiguous and skipped local times of the neighbouring transitions out.
        _safeFrom = interval.HasStart ? interval.IsoLocalStart.Date.PlusDays(2) : LocalDate.MinIsoValue;
        _safeTo = interval.HasEnd ? interval.IsoLocalEnd.Date.PlusDays(-1) : LocalDate.MaxIsoValue;
        _offset = interval.WallOffset;
        return local.WithOffset(_offset).ToInstant();
    }
}
