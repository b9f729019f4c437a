namespace GraphExplorer.Core.Import;

/// <summary>A file cannot be read at all (not JSON, not a known CSV header); nothing from it is imported.</summary>
public sealed class ImportFormatException : Exception
{
    public ImportFormatException()
    {
    }

    public ImportFormatException(string message)
        : base(message)
    {
    }

    public ImportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
