using GraphExplorer.Api.GraphQL.Errors;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Graph.Errors;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>Database errors reach clients with their Neo4j code as <c>extensions.code</c>.</summary>
public sealed class UnhandledErrorHandlerTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Cypher_exception_becomes_an_error_with_its_neo4j_code()
    {
        factory.StartServer();
        var failure = new CypherException(StatusCodes.SyntaxError, "Invalid input 'MATC'.", ErrorPhase.Compile);
        var context = new UnhandledExceptionContext(new ExecutionOptions(), failure);

        UnhandledErrorHandler.Handle(context, NullLogger.Instance);

        var error = Assert.IsType<ExecutionError>(context.Exception, exactMatch: true);
        var info = factory.Services.GetRequiredService<IErrorInfoProvider>().GetInfo(error);
        Assert.Equal("Invalid input 'MATC'.", info.Message);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", info.Extensions!["code"]);
    }
}
