using FeminaBot.ConsoleChannel;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

if (args is ["chat", ..])
{
    return await ConsoleChat.RunAsync(Console.In, Console.Out, Console.Error, null, stop.Token);
}

await Console.Error.WriteLineAsync("""
    Usage:
      dotnet run --project src/FeminaBot -- chat    talk to FeminaBot in the terminal
    """);
return 1;
