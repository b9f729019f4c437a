using GraphExplorer.Api.GraphQL;
using GraphExplorer.Api.GraphQL.Errors;
using GraphExplorer.Api.GraphQL.SavedQueries;
using GraphExplorer.Api.GraphQL.Limits;
using GraphExplorer.Api.GraphQL.Mapping;
using GraphExplorer.Api.GraphQL.Traversals;
using GraphExplorer.Api.Http;
using GraphExplorer.Core.Traversals;
using GraphQL;
using MapsterMapper;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Extensions;

/// <summary>Registers the GraphQL schema, its execution, error and limit settings, the traversal use cases, the model mapping and the HTTP handler.</summary>
internal static class GraphQLExtensions
{
    /// <summary>Adds GraphQL.NET with the GraphExplorer schema; exception details reach clients only in Development.</summary>
    public static WebApplicationBuilder AddGraphExplorerGraphQL(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<GraphExplorerSchema>()
            .AddGraphTypes(typeof(GraphExplorerSchema).Assembly)
            .AddSystemTextJson()
            .AddComplexityAnalyzer((options, services) => ComplexityLimits.Configure(options, services.GetRequiredService<IOptions<LimitOptions>>().Value))
            .AddValidationRule<ExpensiveFieldLimitRule>()
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = isDevelopment)
            .AddUnhandledExceptionHandler(context => UnhandledErrorHandler.Handle(
                context,
                context.ExecutionOptions.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UnhandledErrorHandler)))));

        builder.Services.AddOptions<LimitOptions>().Bind(builder.Configuration.GetSection(LimitOptions.SectionName));
        builder.Services.AddOptions<TraversalOptions>().Bind(builder.Configuration.GetSection(TraversalOptions.SectionName));
        builder.Services.AddSingleton<TraversalQueries>();
        builder.Services.AddSingleton<SearchQueries>();
        builder.Services.AddSingleton<SavedQueryCatalogProvider>();

        var mapping = ModelMapping.Create();
        builder.Services.AddSingleton(mapping);
        builder.Services.AddSingleton<IMapper>(new Mapper(mapping));
        builder.Services.AddSingleton<GraphQLRequestHandler>();
        return builder;
    }
}
