namespace GraphExplorer.Core.Entities;

/// <summary>Why a command was refused, naming the input field at fault (<c>name</c>, <c>sources</c>, <c>entities[2].id</c>).</summary>
public sealed record EntityError(string Field, string Code, string Message);

/// <summary>The codes of <see cref="EntityError"/>.</summary>
public static class EntityErrorCodes
{
    /// <summary>A required value is missing or blank.</summary>
    public const string Required = "REQUIRED";

    /// <summary>An entity with that id already exists.</summary>
    public const string DuplicateId = "DUPLICATE_ID";

    /// <summary>No entity (or relationship) with that id exists.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The value is not acceptable (wrong form, wrong kind of entity).</summary>
    public const string InvalidValue = "INVALID_VALUE";

    /// <summary>A source id names no source.</summary>
    public const string SourceNotFound = "SOURCE_NOT_FOUND";
}

/// <summary>The outcome of a command: its result, or the errors that refused it (and then nothing was stored).</summary>
public sealed record CommandResult<T>(T? Value, IReadOnlyList<EntityError> Errors)
    where T : class
{
    /// <summary>A successful outcome.</summary>
    public static CommandResult<T> Success(T value) => new(value, []);

    /// <summary>A refused outcome.</summary>
    public static CommandResult<T> Refused(IReadOnlyList<EntityError> errors) => new(null, errors);
}

/// <summary>A relationship as the commands see it: its type, ends and properties.</summary>
public sealed record RelationshipRecord(string Type, string FromId, string ToId, IReadOnlyDictionary<string, object?> Properties);
