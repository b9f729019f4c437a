using GraphExplorer.Engine.Parsing.Ast;
using static GraphExplorer.Engine.Tests.Parsing.ParseHelpers;

namespace GraphExplorer.Engine.Tests.Parsing;

public sealed class CypherParserExpressionTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0o17", 15L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("-0x8000000000000000", long.MinValue)]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("6.02e23", 6.02e23)]
    [InlineData("'text'", "text")]
    [InlineData("\"text\"", "text")]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("null", null)]
    public void Literals(string text, object? expected)
    {
        Assert.Equal(expected, Assert.IsType<LiteralExpression>(Expr(text)).Value);
    }

    [Fact]
    public void Or_binds_looser_than_xor_and_and()
    {
        var or = Assert.IsType<BinaryExpression>(Expr("a OR b XOR c AND d"));
        Assert.Equal(BinaryOperator.Or, or.Operator);
        var xor = Assert.IsType<BinaryExpression>(or.Right);
        Assert.Equal(BinaryOperator.Xor, xor.Operator);
        Assert.Equal(BinaryOperator.And, Assert.IsType<BinaryExpression>(xor.Right).Operator);
    }

    [Fact]
    public void Not_binds_looser_than_comparison()
    {
        var not = Assert.IsType<UnaryExpression>(Expr("NOT a = b"));
        Assert.Equal(UnaryOperator.Not, not.Operator);
        Assert.Equal(BinaryOperator.Equal, Assert.IsType<BinaryExpression>(not.Operand).Operator);
    }

    [Fact]
    public void Chained_comparisons_become_a_conjunction()
    {
        var and = Assert.IsType<BinaryExpression>(Expr("1 < x <= 3"));
        Assert.Equal(BinaryOperator.And, and.Operator);
        var first = Assert.IsType<BinaryExpression>(and.Left);
        var second = Assert.IsType<BinaryExpression>(and.Right);
        Assert.Equal(BinaryOperator.LessThan, first.Operator);
        Assert.Equal(BinaryOperator.LessThanOrEqual, second.Operator);
        Assert.Equal("x", Assert.IsType<VariableExpression>(second.Left).Name);
    }

    [Fact]
    public void Multiplication_binds_tighter_than_addition()
    {
        var add = Assert.IsType<BinaryExpression>(Expr("1 + 2 * 3"));
        Assert.Equal(BinaryOperator.Add, add.Operator);
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<BinaryExpression>(add.Right).Operator);
    }

    [Fact]
    public void Power_is_left_associative_and_looser_than_unary_minus()
    {
        var power = Assert.IsType<BinaryExpression>(Expr("-2 ^ 3 ^ 2"));
        Assert.Equal(BinaryOperator.Power, power.Operator);
        var inner = Assert.IsType<BinaryExpression>(power.Left);
        Assert.Equal(-2L, Assert.IsType<LiteralExpression>(inner.Left).Value);
    }

    [Fact]
    public void Unary_minus_on_a_variable()
    {
        var negate = Assert.IsType<UnaryExpression>(Expr("-x"));
        Assert.Equal(UnaryOperator.Negate, negate.Operator);
    }

    [Theory]
    [InlineData("a =~ 'x.*'", "RegexMatch")]
    [InlineData("a STARTS WITH 'x'", "StartsWith")]
    [InlineData("a ENDS WITH 'x'", "EndsWith")]
    [InlineData("a CONTAINS 'x'", "Contains")]
    [InlineData("a IN [1]", "In")]
    [InlineData("a || 'x'", "Concatenate")]
    [InlineData("a % 2", "Modulo")]
    [InlineData("a <> 2", "NotEqual")]
    [InlineData("a != 2", "NotEqual")]
    public void String_list_and_other_operators(string text, string expectedName)
    {
        var expected = Enum.Parse<BinaryOperator>(expectedName);
        Assert.Equal(expected, Assert.IsType<BinaryExpression>(Expr(text)).Operator);
    }

    [Fact]
    public void Predicates_bind_tighter_than_equality()
    {
        var equal = Assert.IsType<BinaryExpression>(Expr("a IN [1] = true"));
        Assert.Equal(BinaryOperator.Equal, equal.Operator);
        Assert.Equal(BinaryOperator.In, Assert.IsType<BinaryExpression>(equal.Left).Operator);
    }

    [Theory]
    [InlineData("x IS NULL", false)]
    [InlineData("x IS NOT NULL", true)]
    public void Is_null_and_is_not_null(string text, bool negated)
    {
        Assert.Equal(negated, Assert.IsType<IsNullExpression>(Expr(text)).Negated);
    }

    [Fact]
    public void Property_access_indexing_and_slicing_chain()
    {
        var slice = Assert.IsType<SliceExpression>(Expr("n.list[1][0..2]"));
        var index = Assert.IsType<IndexExpression>(slice.Target);
        Assert.Equal("list", Assert.IsType<PropertyExpression>(index.Target).Key);
        Assert.Null(Assert.IsType<SliceExpression>(Expr("x[..2]")).From);
        Assert.Null(Assert.IsType<SliceExpression>(Expr("x[1..]")).To);
    }

    [Fact]
    public void Label_predicate()
    {
        var labels = Assert.IsType<HasLabelsExpression>(Expr("n:A:B"));
        Assert.Equal(["A", "B"], labels.Labels);
    }

    [Fact]
    public void Parameters()
    {
        Assert.Equal("p", Assert.IsType<ParameterExpression>(Expr("$p")).Name);
    }

    [Fact]
    public void Lists_and_maps_keep_written_order()
    {
        var map = Assert.IsType<MapExpression>(Expr("{b: 1, a: [1, 'x'], `c d`: {}}"));
        Assert.Equal(["b", "a", "c d"], map.Entries.Select(e => e.Key));
        Assert.Equal(2, Assert.IsType<ListExpression>(map.Entries[1].Value).Items.Count);
    }

    [Fact]
    public void Function_calls_with_namespace_and_distinct()
    {
        var call = Assert.IsType<FunctionCallExpression>(Expr("count(DISTINCT n.x)"));
        Assert.True(call.Distinct);
        Assert.Equal("date.truncate", Assert.IsType<FunctionCallExpression>(Expr("date.truncate('month', d)")).Name);
        Assert.IsType<CountStarExpression>(Expr("count(*)"));
        Assert.Empty(Assert.IsType<FunctionCallExpression>(Expr("rand()")).Arguments);
    }

    [Fact]
    public void Case_in_both_forms()
    {
        var simple = Assert.IsType<CaseExpression>(Expr("CASE x WHEN 1 THEN 'a' WHEN 2 THEN 'b' ELSE 'c' END"));
        Assert.NotNull(simple.Subject);
        Assert.Equal(2, simple.Alternatives.Count);
        var generic = Assert.IsType<CaseExpression>(Expr("CASE WHEN x > 1 THEN 'a' END"));
        Assert.Null(generic.Subject);
        Assert.Null(generic.Else);
    }

    [Fact]
    public void List_comprehension_with_where_and_projection()
    {
        var comprehension = Assert.IsType<ListComprehensionExpression>(Expr("[x IN range(1, 10) WHERE x % 2 = 0 | x * x]"));
        Assert.Equal("x", comprehension.Variable);
        Assert.NotNull(comprehension.Where);
        Assert.NotNull(comprehension.Projection);
    }

    [Theory]
    [InlineData("all(x IN l WHERE x > 0)", "All")]
    [InlineData("any(x IN l WHERE x > 0)", "Any")]
    [InlineData("none(x IN l WHERE x > 0)", "None")]
    [InlineData("single(x IN l WHERE x > 0)", "Single")]
    public void Quantifiers(string text, string expectedName)
    {
        var expected = Enum.Parse<Quantifier>(expectedName);
        Assert.Equal(expected, Assert.IsType<QuantifierExpression>(Expr(text)).Quantifier);
    }

    [Fact]
    public void Reduce()
    {
        var reduce = Assert.IsType<ReduceExpression>(Expr("reduce(acc = 0, x IN [1, 2] | acc + x)"));
        Assert.Equal("acc", reduce.Accumulator);
        Assert.Equal("x", reduce.Variable);
    }

    [Fact]
    public void Pattern_comprehension_with_path_variable()
    {
        var comprehension = Assert.IsType<PatternComprehensionExpression>(Expr("[p = (a)-[:R]->(b) WHERE b.x > 1 | b.name]"));
        Assert.Equal("p", comprehension.PathVariable);
        Assert.Single(comprehension.Pattern.Steps);
    }

    [Fact]
    public void Pattern_predicate_in_where()
    {
        var match = Clause<MatchClause>("MATCH (a) WHERE NOT (a)-[:KNOWS]->(:Person) RETURN a");
        var not = Assert.IsType<UnaryExpression>(match.Where);
        Assert.IsType<PatternPredicateExpression>(not.Operand);
    }

    [Fact]
    public void Parenthesised_expression_is_not_a_pattern()
    {
        Assert.IsType<BinaryExpression>(Expr("(a) - (b)"));
        Assert.IsType<VariableExpression>(Expr("(a)"));
    }

    [Fact]
    public void Exists_subquery_in_short_and_full_form()
    {
        var shortForm = Assert.IsType<SubqueryExpression>(Expr("EXISTS { (a)-->(b) WHERE b.x = 1 }"));
        Assert.Equal(SubqueryKind.Exists, shortForm.Kind);
        var match = Assert.IsType<MatchClause>(shortForm.Query.Parts[0].Clauses[0]);
        Assert.NotNull(match.Where);
        var full = Assert.IsType<SubqueryExpression>(Expr("COUNT { MATCH (a)-->(b) RETURN b }"));
        Assert.Equal(SubqueryKind.Count, full.Kind);
        Assert.Equal(SubqueryKind.Collect, Assert.IsType<SubqueryExpression>(Expr("COLLECT { MATCH (a) RETURN a.x }")).Kind);
    }

    [Fact]
    public void Map_projection_items()
    {
        var projection = Assert.IsType<MapProjectionExpression>(Expr("n {.name, .*, age: n.age + 1, other}"));
        Assert.Equal("n", projection.Variable);
        Assert.IsType<PropertySelector>(projection.Items[0]);
        Assert.IsType<AllPropertiesSelector>(projection.Items[1]);
        Assert.IsType<LiteralEntry>(projection.Items[2]);
        Assert.IsType<VariableSelector>(projection.Items[3]);
    }

    [Fact]
    public void Keywords_can_be_variable_names()
    {
        Assert.Equal("count", Assert.IsType<VariableExpression>(Expr("count")).Name);
        Assert.Equal("end", Assert.IsType<PropertyExpression>(Expr("r.end")).Key);
    }
}
