using FeminaBot.Bot;
using FeminaBot.Connector;
using FeminaBot.ConsoleChannel;
using FeminaBot.DirectLine;
using FeminaBot.FollowUps;
using FeminaBot.Hosting;
using FeminaBot.Storage;
using FeminaBot.Twilio;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

if (args is ["chat", ..])
{
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    return await ConsoleChat.RunAsync(Console.In, Console.Out, Console.Error, null, stop.Token);
}

if (args is ["healthcheck", ..])
{
    return await HealthProbe.RunAsync(args, Console.Error);
}

if (args is ["teams-package", ..])
{
    return FeminaBot.Teams.TeamsPackage.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));

// The Bot Framework's local convention; --urls or ASPNETCORE_URLS change it.
builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? "http://localhost:3978");

// The Server header would only name Kestrel to a prober.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.AddKnownProxies();

builder.Services.AddRequestLimits(builder.Configuration);
builder.Services.AddStorage(builder.Configuration);
builder.Services.AddFeminaBot(builder.Configuration);
builder.Services.AddConnector(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddTwilio(builder.Configuration);
builder.Services.AddFollowUps(builder.Configuration);
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseStatusCodePages();
app.UseRefusedRequests();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseWebSockets();
app.UseCors();
app.UseRateLimiter();
app.MapBotMessages();
app.MapDirectLine();
app.MapTwilio();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
if (!ContentCheck.Passes(app.Services, Console.Error))
{
    return ContentCheck.ExitCode;
}

if (!StoreCheck.Passes(app.Services, Console.Error))
{
    return 1;
}

app.Run();
return 0;

/// <summary>The program, named for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
