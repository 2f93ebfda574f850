using System.Net.Http.Headers;
using System.Text.Json;
using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.Browser;

/// <summary>
/// The check-in on the chat page, against the real program with a check-in two seconds after the yes:
/// it arrives in the open page, or in the transcript when the page is opened again; and the browser
/// keeps the conversation only while a check-in is pending.
/// </summary>
public sealed class CheckInPageTests : IDisposable
{
    // The shortest way to the clinic's route, where the check-in is offered: the safety check is all that is left to ask.
    private const string ClinicRoutePain = "my left breast hurts when I nurse, no redness, no fever, no chills, no aches, not full, no lump, no bleb";
    private const string Greeting = "Hi, I'm FeminaBot from Femina Physical Therapy";
    private const string CheckInQuestion = "Hi, it's FeminaBot, checking in as promised. How is your left breast now?";
    private const string Kept = "return localStorage.getItem('feminabot.checkIn')";

    private static readonly Dictionary<string, string> SoonCheckIns = new()
    {
        ["FollowUp:Delay"] = "00:00:02",
        ["FollowUp:QuietFrom"] = "00:00",
        ["FollowUp:QuietUntil"] = "00:00",
        ["FollowUp:PollInterval"] = "00:00:00.200",
    };

    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-checkin-").FullName;

    [SkippableFact]
    public async Task With_the_page_open_the_check_in_arrives_and_better_gets_the_kind_close_and_the_tips()
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"), SoonCheckIns);
        using var page = ChatBrowser.Start(_directory);
        page.Open(new Uri(program.Address, "/"));

        SayYesToACheckIn(page);

        page.SeeText(CheckInQuestion);
        page.Tap("Better");
        page.SeeText("I'm so glad it's better. If redness, fever or chills appear, contact your doctor, midwife or OB.");
        page.SeeText("A few tips");
        Assert.Empty(page.CspViolations());
    }

    [SkippableFact]
    public async Task A_parent_who_closed_the_page_finds_the_check_in_in_the_transcript_when_she_opens_it_again_and_can_answer()
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"), SoonCheckIns);
        using var page = ChatBrowser.Start(_directory);
        var address = new Uri(program.Address, "/");
        page.Open(address);
        SayYesToACheckIn(page);
        var kept = JsonDocument.Parse((string)page.Run(Kept)!).RootElement;

        page.Open(new Uri("about:blank"));
        await CheckInSentAsync(program.Address, kept.GetProperty("conversationId").GetString()!, kept.GetProperty("token").GetString()!);
        page.Open(address);

        // The same conversation, transcript and all; not started again, so not greeted again.
        page.SeeText(CheckInQuestion);
        page.SeeText(Greeting);
        page.SeeText("Okay, I'll check in");
        Assert.Empty(page.Sent("POST", "/v3/directline/conversations"));
        page.Tap("The same");
        page.SeeText("Please contact your doctor, midwife or OB");
        Assert.Equal(kept.GetProperty("conversationId").GetString(), JsonDocument.Parse((string)page.Run(Kept)!).RootElement.GetProperty("conversationId").GetString());
    }

    [SkippableFact]
    public async Task Delete_my_data_forgets_the_conversation_in_the_browser_and_the_next_visit_starts_afresh()
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"), SoonCheckIns);
        using var page = ChatBrowser.Start(_directory);
        var address = new Uri(program.Address, "/");
        page.Open(address);
        SayYesToACheckIn(page);

        page.Type("delete my data");
        page.SeeText("Done. I've deleted what you told me.");

        Assert.Null(page.Run(Kept));
        page.Open(address);
        page.SeeText(Greeting);
        Assert.DoesNotContain("check in", page.PageText, StringComparison.Ordinal);
        Assert.Null(page.Run(Kept));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void SayYesToACheckIn(ChatBrowser page)
    {
        page.SeeText(Greeting);
        page.Type(ClinicRoutePain);
        page.SeeText("First, a quick safety check.");
        page.Tap("No");
        page.SeeText("Would you like me to check in with you");

        // Nothing is kept in the browser before the yes.
        Assert.Null(page.Run(Kept));
        page.Tap("Yes, check in");
        page.SeeText("Okay, I'll check in");
        Assert.NotNull(page.Run(Kept));
    }

    // The check-in goes into the transcript while no page is open: read with the token the page kept.
    private static async Task CheckInSentAsync(Uri address, string conversationId, string token)
    {
        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var deadline = DateTime.UtcNow + ChatBrowser.Wait;
        while (DateTime.UtcNow < deadline)
        {
            var transcript = await http.GetStringAsync(new Uri($"v3/directline/conversations/{conversationId}/activities", UriKind.Relative));
            if (transcript.Contains("checking in as promised", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail("The check-in never reached the transcript.");
    }
}
