using Microsoft.Extensions.Options;

namespace FeminaBot.Hosting;

/// <summary>
/// A request Kestrel refuses while an endpoint reads its body (over <c>MaxRequestBytes</c>, cut
/// short, too slow) is answered with its status and logged as one line, not as an unhandled
/// exception with a stack trace: it is the client's fault, and anyone can send one.
/// </summary>
internal static partial class RefusedRequests
{
    /// <summary>Binds <c>MaxRequestBytes</c> and gives it to Kestrel as its limit on request bodies.</summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLimitOptions>().Bind(configuration).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>((kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBytes);
        return services;
    }

    public static IApplicationBuilder UseRefusedRequests(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RefusedRequests));
        var limit = app.ApplicationServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value.MaxRequestBytes;
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException refused)
            {
                if (refused.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    LogTooLarge(logger, context.Request.Method, context.Request.Path, limit);
                }
                else
                {
                    LogRefused(logger, context.Request.Method, context.Request.Path, refused.StatusCode, refused.Message);
                }

                if (context.Response.HasStarted)
                {
                    context.Abort();
                    return;
                }

                context.Response.StatusCode = refused.StatusCode;
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path}: the body is over the limit of {Limit} bytes (413)")]
    private static partial void LogTooLarge(ILogger logger, string method, PathString path, long limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path} ({StatusCode}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, int statusCode, string reason);
}
