using GraphExplorer.Api.GraphQL.Relay;

namespace GraphExplorer.Api.Tests.Relay;

public sealed class GlobalIdTests
{
    [Theory]
    [InlineData("Official", "official-faruk-geci")]
    [InlineData("Country", "country:with:colons")]
    [InlineData("Topic", "ünïcödé")]
    public void Encoded_ids_decode_to_type_and_id(string type, string id)
    {
        var globalId = GlobalId.Encode(type, id);

        Assert.True(GlobalId.TryDecode(globalId, out var decodedType, out var decodedId));
        Assert.Equal(type, decodedType);
        Assert.Equal(id, decodedId);
        Assert.DoesNotContain(id, globalId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 !!")]
    [InlineData("T2ZmaWNpYWw")] // "Official" without a colon
    [InlineData("Ok9mZmljaWFs")] // ":Official": empty type
    public void Anything_else_is_not_a_global_id(string? candidate)
    {
        Assert.False(GlobalId.TryDecode(candidate, out _, out _));
    }
}
