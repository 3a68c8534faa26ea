using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OmicsReports.Data.Storage;

/// <summary>One table's row count and content hash, comparable across providers.</summary>
public sealed record TableFingerprint(string Table, long Rows, string Sha256);

/// <summary>
/// Fingerprints a table as the app reads it: every row's values as the model defines them (not as the provider
/// stores them, since SQLite and PostgreSQL store time, ids and flags differently), rows in key order. Two databases
/// with the same fingerprints hold the same records.
/// </summary>
public static class TableFingerprints
{
    /// <summary>The entity types in an order where every table comes after the tables it refers to.</summary>
    public static IReadOnlyList<IEntityType> InDependencyOrder(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var ordered = new List<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (ordered.Contains(type) || !visiting.Add(type))
            {
                return;
            }

            foreach (var principal in type.GetForeignKeys().Select(k => k.PrincipalEntityType).Where(p => p != type))
            {
                Visit(principal);
            }

            ordered.Add(type);
        }

        foreach (var type in model.GetEntityTypes().Where(t => t.GetTableName() is not null).OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
        {
            Visit(type);
        }

        return ordered;
    }

    public static async Task<TableFingerprint> OfAsync(OmicsDbContext db, IEntityType type, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(type);
        var method = typeof(TableFingerprints).GetMethod(nameof(OfTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        return await (Task<TableFingerprint>)method.MakeGenericMethod(type.ClrType).Invoke(null, [db, type, cancellationToken])!;
    }

    /// <summary>The values of one row, each written so that no two different rows can read alike.</summary>
    public static string Canonical(IEntityType type, object entity)
    {
        ArgumentNullException.ThrowIfNull(type);
        var row = new StringBuilder();
        foreach (var property in type.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var text = Render(property, Value(property, entity));
            row.Append(property.Name).Append('=');
            row.Append(text is null ? "null" : string.Create(CultureInfo.InvariantCulture, $"{text.Length}:{text}")).Append(';');
        }

        return row.ToString();
    }

    /// <summary>A property's value through its CLR member; the model has no shadow properties (copying checks).</summary>
    public static object? Value(IProperty property, object entity)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.PropertyInfo?.GetValue(entity)
            ?? property.FieldInfo?.GetValue(entity)
            ?? (property.IsShadowProperty() ? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property.") : null);
    }

    private static async Task<TableFingerprint> OfTableAsync<T>(OmicsDbContext db, IEntityType type, CancellationToken cancellationToken)
        where T : class
    {
        var key = type.FindPrimaryKey()!.Properties;
        var rows = new List<(string Key, byte[] Hash)>();
        await foreach (var entity in db.Set<T>().AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var keyText = string.Join("|", key.Select(k => Render(k, Value(k, entity))));
            rows.Add((keyText, SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(type, entity)))));
        }

        using var table = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (_, hash) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            table.AppendData(hash);
        }

        return new TableFingerprint(type.GetTableName()!, rows.Count, Convert.ToHexStringLower(table.GetHashAndReset()));
    }

    private static string? Render(IProperty property, object? value) => value switch
    {
        null => null,
        DateTimeOffset at => Audit.AuditChain.UnixMicroseconds(at).ToString(CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Guid id => id.ToString("D"),
        bool flag => flag ? "1" : "0",
        string text => text,
        _ when property.GetValueConverter() is { } converter => Render(property, converter.ConvertToProvider(value)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
