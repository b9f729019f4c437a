namespace GraphExplorer.BareServer.Data;

/// <summary>A page of encounter rows, sliced as <see cref="BarePage"/> slices entities (offset cursors, default 25, at most 100).</summary>
internal sealed record BareEncounterPage(IReadOnlyList<BareEncounter> Items, int Offset, int Total)
{
    /// <summary>The <paramref name="first"/> rows of <paramref name="all"/> after the <paramref name="after"/> cursor.</summary>
    public static BareEncounterPage Of(IReadOnlyList<BareEncounter> all, int? first, string? after)
    {
        var start = after is null ? 0 : Math.Clamp(BarePage.Position(after) + 1, 0, all.Count);
        var count = Math.Min(all.Count - start, Math.Min(first ?? 25, 100));
        return new BareEncounterPage([.. all.Skip(start).Take(count)], start, all.Count);
    }
}
