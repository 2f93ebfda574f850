using FeminaBot.DirectLine;
using Microsoft.Extensions.Options;

namespace FeminaBot.Hosting;

/// <summary>
/// The browser-facing headers every answer carries: no MIME sniffing, no referrer, and a Content
/// Security Policy the chat page and Web Chat work under. Web Chat injects its styles at run time
/// (emotion), so styles may be inline; scripts only come from this host's own files. Only this host
/// and the sites in <c>DirectLine:AllowedOrigins</c> may frame the page.
/// </summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = ContentSecurityPolicy(app.ApplicationServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.AllowedOrigins);
        return app.Use((context, next) =>
        {
            // Set as the answer starts, so no later middleware that clears the headers drops them.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = policy;
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>The policy; the allowed origins are checked at start (<see cref="DirectLineServices"/>).</summary>
    public static string ContentSecurityPolicy(IEnumerable<string> allowedOrigins) => string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "media-src 'self' data: blob:",
        "font-src 'self' data:",
        // 'self' covers the Direct Line stream's ws:// or wss:// on this host (CSP level 3).
        "connect-src 'self'",
        // Web Chat starts a timer worker from a blob.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        string.Join(' ', ["frame-ancestors 'self'", .. allowedOrigins]));
}
