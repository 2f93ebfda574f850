using System.Net.WebSockets;
using FeminaBot.Conversations.Storage;
using FeminaBot.DirectLine.Logs;

namespace FeminaBot.DirectLine;

/// <summary>
/// The WebSocket stream (<c>streamUrl</c>) that Web Chat uses by default: it sends the activities
/// after the given watermark, then each new one as it is appended, as activity sets; an empty
/// frame every 20 seconds keeps idle connections open. Frames from the client are ignored.
/// </summary>
internal static class DirectLineStream
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    public static async Task<IResult> AcceptAsync(string conversationId, HttpContext http, DirectLineTokens tokens, IDirectLineLog log, string? t = null, string? watermark = null)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.BadArgument("The stream is a WebSocket; connect with an upgrade request.");
        }

        var caller = DirectLineEndpoints.Authorize(http.Request, tokens, conversationId, t);
        if (caller is not DirectLineCaller.WithToken and not DirectLineCaller.WithSecret)
        {
            return DirectLineEndpoints.Refusal(caller);
        }

        using var subscription = await log.SubscribeAsync(conversationId, http.RequestAborted);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var reading = DrainClientAsync(socket, closed);
        var sent = DirectLineEndpoints.ParseWatermark(watermark) ?? 0;
        try
        {
            sent = await SendAfterAsync(socket, log, conversationId, sent, closed.Token);
            while (!closed.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(closed.Token);
                wait.CancelAfter(KeepAlive);
                try
                {
                    await subscription.Reader.ReadAsync(wait.Token);
                    while (subscription.Reader.TryRead(out _))
                    {
                    }

                    sent = await SendAfterAsync(socket, log, conversationId, sent, closed.Token);
                }
                catch (OperationCanceledException) when (!closed.IsCancellationRequested)
                {
                    // Quiet for a while: keep the connection open, and look at the log in case a wake-up was lost.
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, closed.Token);
                    sent = await SendAfterAsync(socket, log, conversationId, sent, closed.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away; it reconnects with its last watermark.
        }
        catch (StorageUnavailableException)
        {
            // The shared log is out of reach: close, and the client reconnects with its last watermark.
            await CloseQuietlyAsync(socket);
        }
        finally
        {
            await closed.CancelAsync();
            await reading;
        }

        return Results.Empty;
    }

    private static async Task CloseQuietlyAsync(WebSocket socket)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "Try again shortly.", timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    private static async Task<int> SendAfterAsync(WebSocket socket, IDirectLineLog log, string conversationId, int watermark, CancellationToken cancellationToken)
    {
        var (activities, next) = await log.AfterAsync(conversationId, watermark, cancellationToken);
        if (activities.Count > 0)
        {
            await socket.SendAsync(ActivitySetJson.Write(activities, next), WebSocketMessageType.Text, true, cancellationToken);
        }

        return next;
    }

    private static async Task DrainClientAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            await closed.CancelAsync();
        }
    }
}
