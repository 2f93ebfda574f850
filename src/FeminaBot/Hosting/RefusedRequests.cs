namespace FeminaBot.Hosting;

/// <summary>
/// A request Kestrel refuses while an endpoint reads its body (over <c>MaxRequestBytes</c>, cut
/// short, too slow) is answered with its status and logged as one line, not as an unhandled
/// exception with a stack trace: it is the client's fault, and anyone can send one.
/// </summary>
internal static partial class RefusedRequests
{
    public static IApplicationBuilder UseRefusedRequests(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RefusedRequests));
        var limit = app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue("MaxRequestBytes", DefaultMaxRequestBytes);
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

    /// <summary>256 KiB: no channel sends more in one request (Direct Line caps an activity at 256K).</summary>
    public const long DefaultMaxRequestBytes = 256 * 1024;

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path}: the body is over the limit of {Limit} bytes (413)")]
    private static partial void LogTooLarge(ILogger logger, string method, PathString path, long limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path} ({StatusCode}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, int statusCode, string reason);
}
