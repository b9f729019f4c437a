using GraphExplorer.Tck.Features;

namespace GraphExplorer.Tck.Unit;

public sealed class FeatureLoaderTests
{
    private const string Feature = """"
        Feature: Sample1 - Samples

          Background:
            Given an empty graph
            And having executed:
              """
              CREATE (:Seed)
              """

          Scenario: [1] Plain
            When executing query:
              """
              MATCH (n) RETURN n
              """
            Then the result should be, in any order:
              | n       |
              | (:Seed) |
            And no side effects

          @odd
          Scenario Outline: [2] Outline <x>
            And parameters are:
              | p | <x> |
            When executing query:
              """
              RETURN $p AS v, <x> AS w
              """
            Then the result should be, in order:
              | v   | w   |
              | <x> | <x> |

            Examples:
              | x |
              | 1 |
              | 2 |

            Examples:
              | x   |
              | 'a' |

          Scenario: [3] Error
            Given any graph
            When executing query:
              """
              RETURN x
              """
            Then a SyntaxError should be raised at compile time: UndefinedVariable
        """";

    [Fact]
    public void Outlines_expand_to_one_scenario_per_example_row_numbered_across_tables()
    {
        var scenarios = FeatureLoader.Load("clauses/sample/Sample1.feature", Feature);

        Assert.Equal(
            new[]
            {
                "clauses/sample/Sample1.feature: [1] Plain",
                "clauses/sample/Sample1.feature: [2] Outline <x> #1",
                "clauses/sample/Sample1.feature: [2] Outline <x> #2",
                "clauses/sample/Sample1.feature: [2] Outline <x> #3",
                "clauses/sample/Sample1.feature: [3] Error",
            },
            scenarios.Select(s => s.Id));
        Assert.All(scenarios, s => Assert.Equal("clauses/sample", s.Folder));
        Assert.Contains("odd", scenarios[3].Tags);
    }

    [Fact]
    public void Placeholders_are_substituted_in_text_doc_strings_and_tables()
    {
        var third = FeatureLoader.Load("a/S.feature", Feature)[3];

        var parameters = Assert.Single(third.Steps.OfType<ParametersStep>());
        Assert.Equal("'a'", parameters.Parameters[0].Value);
        Assert.Equal("RETURN $p AS v, 'a' AS w", Assert.Single(third.Steps.OfType<QueryStep>()).Cypher);
        var rows = Assert.Single(third.Steps.OfType<ExpectRowsStep>());
        Assert.True(rows.Ordered);
        Assert.Equal(new[] { "'a'", "'a'" }, rows.Rows[0]);
    }

    [Fact]
    public void Background_steps_come_first()
    {
        var plain = FeatureLoader.Load("a/S.feature", Feature)[0];

        Assert.IsType<InitialGraphStep>(plain.Steps[0]);
        Assert.Equal("CREATE (:Seed)", Assert.IsType<SetupQueryStep>(plain.Steps[1]).Cypher);
        Assert.Empty(Assert.IsType<ExpectSideEffectsStep>(plain.Steps[^1]).Expected);
    }

    [Fact]
    public void Error_steps_carry_type_phase_and_detail()
    {
        var error = FeatureLoader.Load("a/S.feature", Feature)[4].Steps.OfType<ExpectErrorStep>().Single();

        Assert.Equal(("SyntaxError", ErrorTiming.CompileTime, "UndefinedVariable"), (error.ErrorType, error.Timing, error.Detail));
    }

    [Theory]
    [InlineData("the binary-tree-1 graph", typeof(InitialGraphStep))]
    [InlineData("executing control query:", typeof(QueryStep))]
    [InlineData("the result should be empty", typeof(ExpectEmptyStep))]
    [InlineData("an ArgumentError should be raised at runtime: NumberOutOfRange", typeof(ExpectErrorStep))]
    [InlineData("there exists a procedure test.doNothing() :: ():", typeof(UnsupportedStep))]
    public void Step_wording_decides_the_step_kind(string text, Type kind) =>
        Assert.IsType(kind, StepParser.Parse(1, text, "RETURN 1", null));

    [Fact]
    public void Side_effect_table_is_read_by_name()
    {
        var step = StepParser.Parse(1, "the side effects should be:", null, [["+nodes", "2"], ["-labels", "1"]]);

        var expected = Assert.IsType<ExpectSideEffectsStep>(step).Expected;
        Assert.Equal(2, expected["+nodes"]);
        Assert.Equal(1, expected["-labels"]);
    }

    [Fact]
    public void Ignoring_element_order_for_lists_is_understood()
    {
        var step = StepParser.Parse(1, "the result should be (ignoring element order for lists):", null, [["l"], ["[1]"]]);

        var rows = Assert.IsType<ExpectRowsStep>(step);
        Assert.True(rows.ListsAsBags);
        Assert.False(rows.Ordered);
    }
}
