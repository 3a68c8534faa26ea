namespace OmicsReports.Web.Features.Worklist;

/// <summary>
/// The worklist view last shown in this circuit, so that the navigation link leads back to the same search, filters,
/// sort and page. One per circuit (scoped); the address bar stays the source of truth.
/// </summary>
public sealed class WorklistState
{
    public WorklistView Current { get; private set; } = new();

    public string Href => Current.Href.TrimStart('/');

    public event Action? Changed;

    public void Remember(WorklistView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view != Current)
        {
            Current = view;
            Changed?.Invoke();
        }
    }
}
