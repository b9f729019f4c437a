namespace GraphExplorer.Web.Tests;

/// <summary>Labels of seed entities (docs/data-model.md) as the page draws them.</summary>
internal static class SeedLabels
{
    public const string FarukGeci = "Faruk Geci";
    public const string KosovoDirectorPost = "Director for Defence Policy of Kosovo";
    public const string CroatianDirectorPost = "Director for Defence Policy and Armament of Croatia";
    public const string Meeting = "Trilateral meeting of the directors for defence policy and armament of Kosovo, Albania and Croatia";
    public const string Declaration = "Trilateral joint declaration of the ministers of defence of Kosovo, Croatia and Albania";

    /// <summary>The colour the page gives officials (src/GraphExplorer.Web/src/entityTypes.js).</summary>
    public const string OfficialColour = "#c23b3b";

    /// <summary>The colour the page gives meetings.</summary>
    public const string MeetingColour = "#b8860b";
}
