namespace GraphExplorer.Api.Auth;

/// <summary>Puts CORS, authentication and the read-access check in front of the app's own middleware and endpoints.</summary>
internal sealed class EntityStartupFilter : IStartupFilter
{
    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseCors();
        app.UseAuthentication();
        app.UseMiddleware<ReadAccessMiddleware>();
        next(app);
    };
}
