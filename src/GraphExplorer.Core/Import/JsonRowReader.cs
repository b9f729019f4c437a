using System.Text.Json;

namespace GraphExplorer.Core.Import;

/// <summary>
/// Reads one row object of the JSON import format from a <see cref="Utf8JsonReader"/> positioned on its
/// <c>{</c>, streaming (no document per row). A member given twice counts with its last value, as
/// <c>JsonElement.TryGetProperty</c> read it before. Not thread-safe: one per read.
/// </summary>
internal sealed class JsonRowReader(JsonNameTable names)
{
    /// <summary>Shared by every row without properties; immutable, so no reader of a row can change another's.</summary>
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;

    /// <summary>The row's string members (label, id, type, fromLabel, from, toLabel, to); null when absent or not a string.</summary>
    public string? Label { get; private set; }

    public string? Id { get; private set; }

    public string? Type { get; private set; }

    public string? FromLabel { get; private set; }

    public string? From { get; private set; }

    public string? ToLabel { get; private set; }

    public string? To { get; private set; }

    /// <summary>The row's properties (null members dropped), or null when <see cref="PropertiesError"/> says why not.</summary>
    public IReadOnlyDictionary<string, object?>? Properties { get; private set; }

    /// <summary>Why the properties were refused, if they were.</summary>
    public string? PropertiesError { get; private set; }

    /// <summary>Reads the object the reader is on, leaving the reader on its <c>}</c>.</summary>
    public void Read(ref Utf8JsonReader reader)
    {
        Label = Id = Type = FromLabel = From = ToLabel = To = null;
        Properties = NoProperties;
        PropertiesError = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = Member(ref reader);
            reader.Read();
            switch (member)
            {
                case RowMember.Properties:
                    ReadProperties(ref reader);
                    break;
                case RowMember.Other:
                    reader.Skip();
                    break;
                default:
                    Assign(member, ref reader);
                    break;
            }
        }
    }

    private void Assign(RowMember member, ref Utf8JsonReader reader)
    {
        string? text = null;
        if (reader.TokenType == JsonTokenType.String)
        {
            // Ids are mostly unique; labels and types repeat on every row and are shared.
            text = member is RowMember.Id or RowMember.From or RowMember.To ? reader.GetString() : names.Get(ref reader);
        }
        else
        {
            reader.Skip();
        }

        switch (member)
        {
            case RowMember.Label: Label = text; break;
            case RowMember.Id: Id = text; break;
            case RowMember.Type: Type = text; break;
            case RowMember.FromLabel: FromLabel = text; break;
            case RowMember.From: From = text; break;
            case RowMember.ToLabel: ToLabel = text; break;
            default: To = text; break;
        }
    }

    private static RowMember Member(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("label"u8) ? RowMember.Label
        : reader.ValueTextEquals("id"u8) ? RowMember.Id
        : reader.ValueTextEquals("type"u8) ? RowMember.Type
        : reader.ValueTextEquals("fromLabel"u8) ? RowMember.FromLabel
        : reader.ValueTextEquals("from"u8) ? RowMember.From
        : reader.ValueTextEquals("toLabel"u8) ? RowMember.ToLabel
        : reader.ValueTextEquals("to"u8) ? RowMember.To
        : reader.ValueTextEquals("properties"u8) ? RowMember.Properties
        : RowMember.Other;

    private void ReadProperties(ref Utf8JsonReader reader)
    {
        Properties = NoProperties;
        PropertiesError = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            Properties = null;
            PropertiesError = "\"properties\" must be an object";
            return;
        }

        Dictionary<string, object?>? properties = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = names.Get(ref reader);
            reader.Read();
            if (name == "id" || PropertiesError is not null)
            {
                reader.Skip();
                continue;
            }

            if (!TryReadValue(ref reader, out var value))
            {
                PropertiesError = $"property '{name}' must be a string, number, boolean or a list of one of them";
                continue;
            }

            if (value is not null)
            {
                (properties ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value;
            }
        }

        Properties = PropertiesError is null ? properties ?? NoProperties : null;
    }

    /// <summary>
    /// A property value: a string, a 64-bit integer, a double, a boolean or a flat list of them (<c>null</c> means absent);
    /// false for objects and nested lists. Always leaves the reader at the value's end.
    /// </summary>
    private bool TryReadValue(ref Utf8JsonReader reader, out object? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.StartArray:
                var items = new List<object?>();
                var valid = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (valid && reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False)
                    {
                        // List items are mostly repeated texts (source ids, topics, aliases): shared.
                        items.Add(reader.TokenType == JsonTokenType.String ? names.Get(ref reader) : Scalar(ref reader));
                        continue;
                    }

                    valid = false;
                    reader.Skip();
                }

                value = valid ? items : null;
                return valid;
            case JsonTokenType.StartObject:
                reader.Skip();
                return false;
            default:
                value = Scalar(ref reader);
                return true;
        }
    }

    private static object? Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var integer) ? (object)integer : reader.GetDouble(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => null,
    };

    private enum RowMember
    {
        Label,
        Id,
        Type,
        FromLabel,
        From,
        ToLabel,
        To,
        Properties,
        Other,
    }
}
