namespace GraphExplorer.Core.Entities;

/// <summary>
/// How a <see cref="PageWindow"/> is read by seeking: forward (<c>first</c>) from <c>after</c>, or backward
/// (<c>last</c> alone) from <c>before</c> in the reversed order; one item more than asked tells whether more follow.
/// Immutable; thread-safe.
/// </summary>
internal sealed class KeysetPage
{
    private readonly PageWindow _window;

    public KeysetPage(PageOrder order, PageWindow window)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(window);
        if (window.First is null && window.Last is null)
        {
            throw new ArgumentException("A page needs 'first' or 'last'.", nameof(window));
        }

        Order = order;
        _window = window;
        Reversed = window.First is null;
        Limit = (window.First ?? window.Last!.Value) + 1L;
    }

    public PageOrder Order { get; }

    /// <summary>Whether the statement reads the list backwards (the answer is reversed back).</summary>
    public bool Reversed { get; }

    /// <summary>The statement's <c>LIMIT</c>: the page and one more.</summary>
    public long Limit { get; }

    /// <summary>The seek predicates on <paramref name="variable"/> (none on a first page), to be AND-ed.</summary>
    public IReadOnlyList<string> Predicates(string variable, Dictionary<string, object?> parameters)
    {
        var predicates = new List<string>();
        // Reading forward, `after` is where the statement starts and `before` a bound; backward, the other way round.
        if (_window.After is { } after)
        {
            predicates.Add(Keyset.After(Order, variable, after, reversed: false, "after", parameters));
        }

        if (_window.Before is { } before)
        {
            predicates.Add(Keyset.After(Order, variable, before, reversed: true, "before", parameters));
        }

        if (Reversed)
        {
            predicates.Reverse();
        }

        return predicates;
    }

    /// <summary>The <c>ORDER BY</c> list of the statement.</summary>
    public string OrderBy(string variable) => Order.OrderBy(variable, Reversed);

    /// <summary>The page from the rows the statement returned (at most <see cref="Limit"/>, in its order).</summary>
    public EntityPage Shape(IReadOnlyList<(EntityRecord Node, IReadOnlyDictionary<string, object?> Relationship)> rows, int? totalCount)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var more = rows.Count >= Limit;
        var items = rows.Take((int)(Limit - 1)).Select(r => new PageItem(r.Node, Order.KeyOf(r.Node), r.Relationship)).ToList();
        bool hasNext;
        bool hasPrevious;
        if (Reversed)
        {
            items.Reverse();
            hasPrevious = more || _window.After is not null;
            hasNext = _window.Before is not null;
        }
        else
        {
            hasNext = more || _window.Before is not null;
            hasPrevious = _window.After is not null;
            if (_window.Last is { } last && items.Count > last)
            {
                items.RemoveRange(0, items.Count - last);
                hasPrevious = true;
            }
        }

        return new EntityPage(items, hasNext, hasPrevious, totalCount);
    }
}
