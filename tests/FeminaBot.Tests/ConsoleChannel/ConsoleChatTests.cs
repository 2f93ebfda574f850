using FeminaBot.ConsoleChannel;

namespace FeminaBot.Tests.ConsoleChannel;

public class ConsoleChatTests
{
    [Fact]
    public async Task A_conversation_in_the_terminal_shows_choices_as_numbers_and_accepts_a_number()
    {
        var input = new StringReader("my breast is engorged\n2\nwhat is the phone number for Pasadena?\nexit\n");
        var output = new StringWriter();

        var exitCode = await ConsoleChat.RunAsync(input, output, TextWriter.Null, null, CancellationToken.None);

        var transcript = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("FeminaBot: Hi, I'm FeminaBot", transcript, StringComparison.Ordinal);
        Assert.Contains("What would you like to do? (1) Check my symptoms, (2) Massage steps, or (3) Offices and hours", transcript, StringComparison.Ordinal);
        Assert.Contains("First, a quick safety check.", transcript, StringComparison.Ordinal);
        Assert.Contains("(1) Yes, (2) No, or (3) Not sure", transcript, StringComparison.Ordinal);
        Assert.Contains("FeminaBot: Is any part of the breast red, pink, or hot to the touch?", transcript, StringComparison.Ordinal);
        Assert.Contains("Pasadena: (818) 873-1403", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("triage.outcome", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_end_of_the_input_ends_the_chat()
    {
        var exitCode = await ConsoleChat.RunAsync(new StringReader(string.Empty), new StringWriter(), TextWriter.Null, null, CancellationToken.None);

        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Broken_content_stops_the_start_with_the_file_and_line()
    {
        var directory = Directory.CreateTempSubdirectory("feminabot-broken-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "dialogs")))
            {
                File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
            }

            await File.WriteAllTextAsync(Path.Combine(directory, "offices.yaml"), "timeZone: Mars/Olympus_Mons\noffices: []\n");
            var error = new StringWriter();

            var exitCode = await ConsoleChat.RunAsync(new StringReader(string.Empty), new StringWriter(), error, directory, CancellationToken.None);

            Assert.Equal(2, exitCode);
            Assert.Equal("FeminaBot cannot start: dialogs/offices.yaml, line 1: unknown time zone 'Mars/Olympus_Mons'.", error.ToString().Trim());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
