using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OmicsReports.Data;

/// <summary>
/// A query of the hot paths (every request, every report view), translated once instead of on every execution: EF
/// otherwise walks and parameterises the expression tree and looks it up in its cache each time. EF binds a compiled
/// query to the model it first ran against and refuses any other, and a process can hold more than one model (the
/// test hosts, SQLite beside PostgreSQL), so one compiled delegate is kept per model.
/// </summary>
internal sealed class CompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> perModel = new();

    public TQuery For(OmicsDbContext db) => perModel.GetValue(db.Model, _ => compile());
}
