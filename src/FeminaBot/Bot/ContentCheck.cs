using FeminaBot.Triage.Content;

namespace FeminaBot.Bot;

/// <summary>
/// Loads the content in dialogs/ before the program listens, so a mistake in a file clinicians edit
/// stops the start with the file and line, as <c>chat</c> does, rather than failing every turn.
/// </summary>
internal static class ContentCheck
{
    public const int ExitCode = 2;

    public static bool Passes(IServiceProvider services, TextWriter error)
    {
        try
        {
            services.GetRequiredService<TriageContent>();
            return true;
        }
        catch (ContentException e)
        {
            error.WriteLine($"FeminaBot cannot start: {e.Message} The setting Dialogs:Path names the folder.");
            return false;
        }
    }
}
