namespace GraphExplorer.Api.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values of errors raised by entity fields and mutations.</summary>
internal static class EntityApiErrorCodes
{
    /// <summary>A <c>first</c> or <c>last</c> over the maximum page size.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";

    /// <summary>An argument with a value outside its range.</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A cursor that is not one of this API's.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>An <c>ID</c> argument that is not a global id (or not of the expected type).</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>A filter or order naming something the model does not have.</summary>
    public const string InvalidFilter = "INVALID_FILTER";

    /// <summary>A mutation (or, when configured, a read) by a caller without the needed role.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
