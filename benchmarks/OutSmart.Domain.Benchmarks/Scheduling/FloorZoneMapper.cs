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
    private LocalDateTime _safeFrom = LocalDateTime.MaxIsoValue;
    private LocalDateTime _safeTo = LocalDateTime.MinIsoValue;
    private Offset _offset;

    public Instant ToInstant(LocalDateTime local)
    {
        if (local >= _safeFrom && local < _safeTo)
        {
            return local.WithOffset(_offset).ToInstant();
        }
        ZoneLocalMapping mapping = zone.MapLocal(local);
        if (mapping.Count != 1)
        {
            return Resolvers.LenientResolver(mapping).ToInstant();
        }
        ZoneInterval interval = mapping.EarlyInterval;
        // A day inside either end keeps the ambiguous and skipped local times of the neighbouring transitions out.
        _safeFrom = interval.HasStart ? interval.IsoLocalStart.PlusDays(1) : LocalDateTime.MinIsoValue;
        _safeTo = interval.HasEnd ? interval.IsoLocalEnd.PlusDays(-1) : LocalDateTime.MaxIsoValue;
        _offset = interval.WallOffset;
        return local.WithOffset(_offset).ToInstant();
    }
}
