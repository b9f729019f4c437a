namespace GraphExplorer.Engine.Values;

/// <summary>Checked 64-bit arithmetic that reports overflow as Cypher's ArithmeticError, without allocating. Thread-safe: no state.</summary>
internal static class IntegerArithmetic
{
    /// <summary><c>a + b</c>, or an ArithmeticError on overflow.</summary>
    public static long Add(long a, long b)
    {
        var result = unchecked(a + b);
        return ((a ^ result) & (b ^ result)) < 0 ? throw CypherErrors.IntegerOverflow() : result;
    }

    /// <summary><c>a - b</c>, or an ArithmeticError on overflow.</summary>
    public static long Subtract(long a, long b)
    {
        var result = unchecked(a - b);
        return ((a ^ b) & (a ^ result)) < 0 ? throw CypherErrors.IntegerOverflow() : result;
    }

    /// <summary><c>a * b</c>, or an ArithmeticError on overflow.</summary>
    public static long Multiply(long a, long b)
    {
        var high = Math.BigMul(a, b, out var low);
        return (high == 0 && low >= 0) || (high == -1 && low < 0) ? low : throw CypherErrors.IntegerOverflow();
    }

    /// <summary><c>a / b</c> truncated toward zero; a division by zero or <c>MinValue / -1</c> is an ArithmeticError.</summary>
    public static long Divide(long a, long b) => b switch
    {
        0 => throw CypherErrors.DivisionByZero(),
        -1 when a == long.MinValue => throw CypherErrors.IntegerOverflow(),
        _ => a / b,
    };

    /// <summary><c>-a</c>, or an ArithmeticError for <see cref="long.MinValue"/>.</summary>
    public static long Negate(long a) => a == long.MinValue ? throw CypherErrors.IntegerOverflow() : -a;
}
