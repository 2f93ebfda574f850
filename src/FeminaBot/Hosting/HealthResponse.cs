using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FeminaBot.Hosting;

/// <summary>
/// What /healthz answers: the status, then each failing check's name and description (which say what
/// is wrong with the store, never anything stored), as plain text. Unhealthy is 503.
/// </summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder(report.Status.ToString());
        foreach (var (name, entry) in report.Entries)
        {
            if (entry.Status != HealthStatus.Healthy)
            {
                text.Append('\n').Append(name).Append(": ").Append(entry.Description ?? entry.Status.ToString());
            }
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
