namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// Shares one string instance per distinct label, type or property key read from disk, so a million
/// relationships of one type hold one type string. Not thread-safe (one loader at a time).
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>Reads a string and returns the shared instance equal to it.</summary>
    public string Read(BinaryReader reader) => Intern(reader.ReadString());

    /// <summary>The shared instance equal to <paramref name="name"/>.</summary>
    public string Intern(string name)
    {
        if (_names.TryGetValue(name, out var shared))
        {
            return shared;
        }

        _names[name] = name;
        return name;
    }
}
