using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OmicsReports.Data.Storage;

/// <summary>
/// PostgreSQL's twin of <see cref="UtcTimestampConverter"/>: hands every <see cref="DateTimeOffset"/> to the database
/// in UTC at whole microseconds. Npgsql refuses other offsets ("only offset 0 (UTC) is supported"), so a time typed in
/// a local offset (a filter, a meeting time) would otherwise fail; and both providers then keep the same instant.
/// </summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => UtcTimestampConverter.Truncate(v), v => v);
