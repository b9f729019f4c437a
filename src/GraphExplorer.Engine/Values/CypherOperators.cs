using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Values;

/// <summary>
/// Cypher's arithmetic operators: null in, null out; INTEGER arithmetic is checked (overflow and
/// division by zero raise ArithmeticError), FLOAT arithmetic follows IEEE; <c>+</c> also
/// concatenates strings and lists and adds durations to temporals. Thread-safe: no state.
/// </summary>
internal static partial class CypherOperators
{
    /// <summary>Cypher <c>a + b</c>.</summary>
    public static object? Add(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a, b)
        {
            case (long la, long lb):
                return IntegerArithmetic.Add(la, lb);
            case (long or double, long or double):
                return CypherTypes.ToDouble(a) + CypherTypes.ToDouble(b);
            case (string sa, string sb):
                return sa + sb;
            case (string sa, _) when TextOfScalar(b) is { } text:
                return sa + text;
            case (_, string sb) when TextOfScalar(a) is { } text:
                return text + sb;
            case (IReadOnlyList<object?> la, IReadOnlyList<object?> lb):
                return Concat(la, lb);
            case (IReadOnlyList<object?> la, _):
                return Concat(la, [b]);
            case (_, IReadOnlyList<object?> lb):
                return Concat([a], lb);
            case (CypherDuration da, CypherDuration db):
                return Checked(() => Temporals.Duration(checked(da.Months + db.Months), checked(da.Days + db.Days), checked(da.Seconds + db.Seconds), (long)da.Nanoseconds + db.Nanoseconds));
            case (_, CypherDuration db) when CypherTypes.IsTemporal(a):
                return Temporals.Plus(a, db);
            case (CypherDuration da, _) when CypherTypes.IsTemporal(b):
                return Temporals.Plus(b, da);
            default:
                throw Mismatch("add", a, b);
        }
    }

    /// <summary>Cypher <c>a || b</c>: concatenates two strings or two lists; null in, null out.</summary>
    public static object? Concatenate(object? a, object? b) => (a, b) switch
    {
        (null, _) or (_, null) => null,
        (string sa, string sb) => sa + sb,
        (IReadOnlyList<object?> la, IReadOnlyList<object?> lb) => Concat(la, lb),
        _ => throw Mismatch("concatenate", a, b),
    };

    /// <summary>Cypher <c>a - b</c>.</summary>
    public static object? Subtract(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return (a, b) switch
        {
            (long la, long lb) => IntegerArithmetic.Subtract(la, lb),
            (long or double, long or double) => CypherTypes.ToDouble(a) - CypherTypes.ToDouble(b),
            (CypherDuration da, CypherDuration db) => Add(da, Negate(db)),
            (_, CypherDuration db) when CypherTypes.IsTemporal(a) => Temporals.Plus(a, (CypherDuration)Negate(db)!),
            _ => throw Mismatch("subtract", a, b),
        };
    }

    /// <summary>Cypher <c>a * b</c>.</summary>
    public static object? Multiply(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return (a, b) switch
        {
            (long la, long lb) => IntegerArithmetic.Multiply(la, lb),
            (long or double, long or double) => CypherTypes.ToDouble(a) * CypherTypes.ToDouble(b),
            (CypherDuration d, long or double) => Temporals.Scale(d, CypherTypes.ToDouble(b)),
            (long or double, CypherDuration d) => Temporals.Scale(d, CypherTypes.ToDouble(a)),
            _ => throw Mismatch("multiply", a, b),
        };
    }

    /// <summary>Cypher <c>a / b</c>: INTEGER division truncates toward zero; INTEGER division by zero is an error, FLOAT division by zero gives ±Infinity or NaN.</summary>
    public static object? Divide(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a, b)
        {
            case (long, 0L):
                throw CypherErrors.DivisionByZero();
            case (long la, long lb):
                return IntegerArithmetic.Divide(la, lb);
            case (long or double, long or double):
                return CypherTypes.ToDouble(a) / CypherTypes.ToDouble(b);
            case (CypherDuration d, long or double):
                if (CypherTypes.ToDouble(b) == 0)
                {
                    throw CypherErrors.DivisionByZero();
                }

                return Temporals.Scale(d, 1 / CypherTypes.ToDouble(b));
            default:
                throw Mismatch("divide", a, b);
        }
    }

    /// <summary>Cypher <c>a % b</c>: the remainder takes the sign of the dividend (as in Java).</summary>
    public static object? Modulo(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return (a, b) switch
        {
            (long, 0L) => throw CypherErrors.DivisionByZero(),
            (long la, long lb) => (object)(lb == -1 ? 0L : la % lb),
            (long or double, long or double) => CypherTypes.ToDouble(a) % CypherTypes.ToDouble(b),
            _ => throw Mismatch("compute the modulus of", a, b),
        };
    }

    /// <summary>Cypher <c>a ^ b</c>: always a FLOAT.</summary>
    public static object? Power(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return (a, b) switch
        {
            (long or double, long or double) => Math.Pow(CypherTypes.ToDouble(a), CypherTypes.ToDouble(b)),
            _ => throw Mismatch("raise to a power", a, b),
        };
    }

    /// <summary>Cypher unary <c>-a</c>.</summary>
    public static object? Negate(object? a) => a switch
    {
        null => null,
        long l => IntegerArithmetic.Negate(l),
        double d => -d,
        CypherDuration d => Checked(() => Temporals.Duration(checked(-d.Months), checked(-d.Days), checked(-d.Seconds), -(long)d.Nanoseconds)),
        _ => throw CypherErrors.TypeError($"Cannot negate a value of type {CypherTypes.TypeName(a)}."),
    };

    /// <summary>Cypher unary <c>+a</c>: the number itself; anything else is a type error.</summary>
    public static object? Plus(object? a) => a switch
    {
        null or long or double or CypherDuration => a,
        _ => throw CypherErrors.TypeError($"Cannot apply unary plus to a value of type {CypherTypes.TypeName(a)}."),
    };

    private static List<object?> Concat(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        var result = new List<object?>(a.Count + b.Count);
        result.AddRange(a);
        result.AddRange(b);
        return result;
    }

    /// <summary>How a scalar reads when concatenated to a string (Neo4j: numbers, booleans, temporals, durations, points); null for lists, maps and entities.</summary>
    private static string? TextOfScalar(object value) => value switch
    {
        string s => s,
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double d => ValueText.FormatFloat(d),
        bool b => b ? "true" : "false",
        _ => ValueText.TryFormat(value),
    };

    private static object Checked<T>(Func<T> operation)
        where T : notnull
    {
        try
        {
            return operation();
        }
        catch (OverflowException)
        {
            throw CypherErrors.IntegerOverflow();
        }
    }

    private static Graph.Errors.CypherException Mismatch(string verb, object a, object b) =>
        CypherErrors.TypeError($"Cannot {verb} {CypherTypes.TypeName(a)} and {CypherTypes.TypeName(b)}.");
}
