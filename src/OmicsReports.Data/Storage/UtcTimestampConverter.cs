using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OmicsReports.Data.Storage;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> in SQLite as fixed-width UTC text to the microsecond
/// ("2026-12-06 15:48:00.123456+00:00"). SQLite has no timestamp type and EF cannot order or compare offsets there;
/// text in one offset and one width sorts and compares as time does, so the worklist and the audit page sort and
/// filter in the database as they do on PostgreSQL. Microseconds are PostgreSQL's precision too, so a value reads
/// back the same from either provider (and a copy between them changes nothing).
/// </summary>
internal sealed class UtcTimestampConverter() : ValueConverter<DateTimeOffset, string>(v => ToStored(v), v => FromStored(v))
{
    private const string Format = "yyyy-MM-dd HH:mm:ss.ffffff'+00:00'";

    /// <summary>The instant at the precision both providers keep: whole microseconds.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % 10), TimeSpan.Zero);

    private static string ToStored(DateTimeOffset value) => Truncate(value).ToString(Format, CultureInfo.InvariantCulture);

    private static DateTimeOffset FromStored(string stored) =>
        DateTimeOffset.ParseExact(stored, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
