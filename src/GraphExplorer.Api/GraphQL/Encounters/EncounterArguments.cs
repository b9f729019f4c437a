using GraphExplorer.Api.GraphQL.Common;
using GraphExplorer.Api.GraphQL.Errors;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Api.GraphQL.Traversals;
using GraphExplorer.Core.Encounters;
using GraphExplorer.Core.Traversals;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>The arguments <c>encounters</c> and <c>encounterGroups</c> share, and how they are read.</summary>
internal static class EncounterArguments
{
    /// <summary>Declares who, under what and when, and the page size.</summary>
    public static FieldBuilder<TSource, TReturn> WithEncounterArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<StringGraphType>("participant", "Whose encounters: an official's, post's or country's global or stable id, or a name or title. A text resolves to the entities named exactly so, else to the best `search` matches (at most 25); `participants` on the answer says which.")
        .Argument<StringGraphType>("counterpart", "Whom they met, given and resolved as `participant` is.")
        .Argument<StringGraphType>("declaration", "The declaration the meeting was held under: its id or a fragment of its title.")
        .Argument<EncounterLevelEnum>("level", "Whether the sides are officials, positions or countries.", a => a.DefaultValue = EncounterLevel.Official)
        .Argument<StringGraphType>("asOf", "Only meetings on this (possibly partial) date, with the posts held then: `2025`, `2025-06`, `2025-06-01`.")
        .Argument<DateRangeInputType>("during", "Only meetings in this range, with the posts held then (ignored when `asOf` is given).")
        .Argument<IntGraphType>("first", $"At most this many (default {PageArguments.DefaultPageSize}, at most {PageArguments.MaxPageSize}).")
        .Argument<StringGraphType>("after", "Only those after this cursor.");

    /// <summary>The page size asked for.</summary>
    /// <exception cref="ExecutionError">Negative (<c>INVALID_ARGUMENT</c>) or over the maximum (<c>PAGE_SIZE_EXCEEDED</c>).</exception>
    public static int First(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? PageArguments.DefaultPageSize;
        if (first < 0)
        {
            throw new ExecutionError("'first' must not be negative.") { Code = ErrorCodes.InvalidArgument };
        }

        LimitCheck(first);
        return first;
    }

    /// <summary>An <c>after</c> cursor that is not one of this connection's.</summary>
    public static ExecutionError InvalidCursor() => new("'after' is not a cursor of this connection.") { Code = ErrorCodes.InvalidCursor };

    /// <summary>The encounters asked for, with the participant and counterpart resolved to entities.</summary>
    public static async Task<(EncounterSelection Selection, EncounterSubjectsUsed Subjects)> SelectionAsync(IResolveFieldContext context, EncounterSubjects subjects)
    {
        var level = context.GetArgument("level", EncounterLevel.Official);
        var window = TraversalArguments.Window(context);
        var declaration = TraversalArguments.Criterion(context, "declaration");
        var participants = await ResolveAsync(context, subjects, "participant").ConfigureAwait(false);
        var counterparts = await ResolveAsync(context, subjects, "counterpart").ConfigureAwait(false);
        var selection = new EncounterSelection(participants?.Subjects, counterparts?.Subjects, declaration, level, window);
        return (selection, new EncounterSubjectsUsed(participants, counterparts));
    }

    private static void LimitCheck(int first)
    {
        if (first > PageArguments.MaxPageSize)
        {
            throw new ExecutionError($"'first' is {first}; a page holds at most {PageArguments.MaxPageSize} elements.") { Code = ErrorCodes.PageSizeExceeded };
        }
    }

    private static async Task<SubjectResolution?> ResolveAsync(IResolveFieldContext context, EncounterSubjects subjects, string argument)
    {
        var value = context.GetArgument<string?>(argument);
        if (GlobalId.TryDecode(value, out var type, out var id) && EntityLabels.IsEntity(type))
        {
            if (!EncounterSubjects.Labels.Contains(type, StringComparer.Ordinal))
            {
                throw new ExecutionError($"'{argument}' is the id of a {type}; it takes an official, a post or a country.") { Code = ErrorCodes.InvalidId };
            }

            return await subjects.ResolveAsync(new NodeReference(type, id), context.CancellationToken).ConfigureAwait(false);
        }

        return await subjects.ResolveAsync(value, context.CancellationToken).ConfigureAwait(false);
    }
}
