namespace GraphExplorer.Engine.Parsing.Ast;

/// <summary>An expression.</summary>
internal abstract record Expression : AstNode;

/// <summary>A literal: <c>null</c>, <c>bool</c>, <c>long</c>, <c>double</c> or <c>string</c>.</summary>
internal sealed record LiteralExpression(object? Value) : Expression;

/// <summary><c>$name</c> (or the legacy positional <c>$0</c>, named "0").</summary>
internal sealed record ParameterExpression(string Name) : Expression;

/// <summary>A variable reference.</summary>
internal sealed record VariableExpression(string Name) : Expression;

/// <summary><c>target.key</c>.</summary>
internal sealed record PropertyExpression(Expression Target, string Key) : Expression;

/// <summary><c>[a, b, …]</c>.</summary>
internal sealed record ListExpression(IReadOnlyList<Expression> Items) : Expression;

/// <summary><c>{key: value, …}</c>, entries in written order.</summary>
internal sealed record MapExpression(IReadOnlyList<KeyValuePair<string, Expression>> Entries) : Expression;

/// <summary>Binary operators, lowest precedence first.</summary>
internal enum BinaryOperator
{
    Or,
    Xor,
    And,
    Equal,
    NotEqual,
    LessThan,
    GreaterThan,
    LessThanOrEqual,
    GreaterThanOrEqual,
    RegexMatch,
    StartsWith,
    EndsWith,
    Contains,
    In,
    Add,
    Subtract,
    Concatenate,
    Multiply,
    Divide,
    Modulo,
    Power,
}

/// <summary><c>left op right</c>. Chained comparisons <c>a &lt; b &lt; c</c> are parsed as <c>a &lt; b AND b &lt; c</c>.</summary>
internal sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right) : Expression;

/// <summary>Unary operators.</summary>
internal enum UnaryOperator
{
    Not,
    Negate,
    Plus,
}

/// <summary><c>NOT x</c>, <c>-x</c>, <c>+x</c>.</summary>
internal sealed record UnaryExpression(UnaryOperator Operator, Expression Operand) : Expression;

/// <summary><c>x IS [NOT] NULL</c>.</summary>
internal sealed record IsNullExpression(Expression Operand, bool Negated) : Expression;

/// <summary><c>n:A:B</c> as a predicate.</summary>
internal sealed record HasLabelsExpression(Expression Target, IReadOnlyList<string> Labels) : Expression;

/// <summary><c>target[index]</c> on a list (integer) or a map/node/relationship (string key).</summary>
internal sealed record IndexExpression(Expression Target, Expression Index) : Expression;

/// <summary><c>target[from..to]</c>; either bound may be missing.</summary>
internal sealed record SliceExpression(Expression Target, Expression? From, Expression? To) : Expression;

/// <summary>A function call; <see cref="Name"/> as written, namespace included (<c>date.truncate</c>).</summary>
internal sealed record FunctionCallExpression(string Name, bool Distinct, IReadOnlyList<Expression> Arguments) : Expression;

/// <summary><c>count(*)</c>.</summary>
internal sealed record CountStarExpression : Expression;

/// <summary>One <c>WHEN … THEN …</c> of a <c>CASE</c>.</summary>
internal sealed record CaseAlternative(Expression When, Expression Then) : AstNode;

/// <summary><c>CASE [subject] WHEN … THEN … [ELSE …] END</c>; with a subject, <c>WHEN</c> values are compared to it with <c>=</c>.</summary>
internal sealed record CaseExpression(Expression? Subject, IReadOnlyList<CaseAlternative> Alternatives, Expression? Else) : Expression;

/// <summary><c>[variable IN source WHERE predicate | projection]</c>.</summary>
internal sealed record ListComprehensionExpression(string Variable, Expression Source, Expression? Where, Expression? Projection) : Expression;

/// <summary>The list predicates.</summary>
internal enum Quantifier
{
    All,
    Any,
    None,
    Single,
}

/// <summary><c>all|any|none|single(variable IN source WHERE predicate)</c>.</summary>
internal sealed record QuantifierExpression(Quantifier Quantifier, string Variable, Expression Source, Expression? Where) : Expression;

/// <summary><c>reduce(accumulator = initial, variable IN source | body)</c>.</summary>
internal sealed record ReduceExpression(string Accumulator, Expression Initial, string Variable, Expression Source, Expression Body) : Expression;

/// <summary><c>[p = (a)-->(b) WHERE predicate | projection]</c>.</summary>
internal sealed record PatternComprehensionExpression(string? PathVariable, PatternElement Pattern, Expression? Where, Expression Projection) : Expression;

/// <summary>A relationship pattern used as a predicate, e.g. <c>WHERE (a)-[:KNOWS]->(b)</c>: true when it has a match.</summary>
internal sealed record PatternPredicateExpression(PatternElement Pattern) : Expression;

/// <summary>The kinds of expression subquery.</summary>
internal enum SubqueryKind
{
    Exists,
    Count,
    Collect,
}

/// <summary>
/// <c>EXISTS { … }</c>, <c>COUNT { … }</c>, <c>COLLECT { … }</c>. The short form
/// <c>EXISTS { (a)-->(b) WHERE … }</c> is normalised to a query of one <see cref="MatchClause"/>.
/// </summary>
internal sealed record SubqueryExpression(SubqueryKind Kind, QueryStatement Query) : Expression;

/// <summary><c>variable { .key, key: expression, otherVariable, .* }</c>.</summary>
internal sealed record MapProjectionExpression(string Variable, IReadOnlyList<MapProjectionItem> Items) : Expression;

/// <summary>An item of a map projection.</summary>
internal abstract record MapProjectionItem : AstNode;

/// <summary><c>.key</c>.</summary>
internal sealed record PropertySelector(string Key) : MapProjectionItem;

/// <summary><c>key: expression</c>.</summary>
internal sealed record LiteralEntry(string Key, Expression Value) : MapProjectionItem;

/// <summary><c>otherVariable</c> (key and value from a variable).</summary>
internal sealed record VariableSelector(string Variable) : MapProjectionItem;

/// <summary><c>.*</c>.</summary>
internal sealed record AllPropertiesSelector : MapProjectionItem;
