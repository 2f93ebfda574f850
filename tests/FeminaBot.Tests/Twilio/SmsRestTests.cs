using System.Net;
using FeminaBot.Conversations.Schema;
using FeminaBot.Tests.Hosting;
using FeminaBot.Twilio;
using Microsoft.Extensions.DependencyInjection;

namespace FeminaBot.Tests.Twilio;

/// <summary>Replies through Twilio's Messages API (REST mode), against a fake of it on a real port.</summary>
public sealed class SmsRestTests : IAsyncLifetime, IDisposable
{
    private readonly FeminaBotFactory _factory = new();
    private FakeTwilio _twilio = null!;

    public async Task InitializeAsync()
    {
        _twilio = await FakeTwilio.StartForAsync(_factory, TwilioReplyMode.Rest);
        _factory.Settings["Twilio:RetryBaseDelay"] = "00:00:00.020";
    }

    [Fact]
    public async Task Replies_go_out_by_REST_from_the_clinic_number_and_the_webhook_answers_with_nothing()
    {
        var phone = new SmsPhone(_factory, "+13105550177");

        var webhook = await phone.TextAsync("hi");

        Assert.Equal(HttpStatusCode.OK, webhook.Status);
        Assert.Empty(webhook.Replies);
        var sent = _twilio.Messages.ToList();
        Assert.StartsWith("Hi, I'm FeminaBot", sent[0].Body, StringComparison.Ordinal);
        Assert.Equal("What would you like to do? (1) Check my symptoms, (2) Massage steps, or (3) Offices and hours", sent[^1].Body);
        Assert.All(sent, m => Assert.Equal(("+13105550177", SmsPhone.ClinicNumber), (m.To, m.From)));
        Assert.All(sent, m => Assert.True(SmsText.Segments(m.Body) <= 2, m.Body));
    }

    [Fact]
    public async Task Throttling_and_unavailability_are_retried_and_each_text_arrives_once()
    {
        var phone = new SmsPhone(_factory);
        _twilio.Faults.Enqueue(HttpStatusCode.TooManyRequests);
        _twilio.Faults.Enqueue(HttpStatusCode.ServiceUnavailable);
        _twilio.Faults.Enqueue(HttpStatusCode.TooManyRequests);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var webhook = phone.TextAsync("hi");
        await webhook.WaitAsync(timeout.Token);

        // The welcome and the menu, one text each.
        var bodies = _twilio.Messages.Select(m => m.Body).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies.Count, bodies.Distinct().Count());
        Assert.Equal(bodies.Count + 3, _twilio.Attempts);
    }

    [Fact]
    public async Task A_server_error_is_not_retried_because_the_text_may_have_gone_out()
    {
        var phone = new SmsPhone(_factory);
        _twilio.Faults.Enqueue(HttpStatusCode.InternalServerError);

        var webhook = await phone.TextAsync("hi");

        Assert.Equal(HttpStatusCode.OK, webhook.Status);
        Assert.Equal(1, _twilio.Attempts);
    }

    [Fact]
    public async Task A_message_outside_a_turn_goes_out_by_REST()
    {
        var adapter = _factory.Services.GetRequiredService<TwilioAdapter>();
        var reference = new ConversationReference
        {
            ChannelId = "sms",
            Conversation = new ConversationAccount("+13105550199|" + SmsPhone.ClinicNumber),
            User = new ChannelAccount("+13105550199"),
            Bot = new ChannelAccount(SmsPhone.ClinicNumber),
        };

        await adapter.ContinueConversationAsync(reference, (context, ct) => context.SendActivityAsync("How are you feeling today?", cancellationToken: ct), default);

        Assert.Equal([("+13105550199", SmsPhone.ClinicNumber, "How are you feeling today?")], _twilio.Messages);
    }

    [Fact]
    public async Task A_number_Twilio_reports_as_unsubscribed_gets_nothing_more()
    {
        var phone = new SmsPhone(_factory, "+13105550188");
        _twilio.Blocked.Add("+13105550188");

        await phone.TextAsync("hi");
        var attemptsAfterFirst = _twilio.Attempts;
        await phone.TextAsync("my breast is engorged");

        Assert.Empty(_twilio.Messages);
        Assert.Equal(1, attemptsAfterFirst);
        Assert.Equal(attemptsAfterFirst, _twilio.Attempts);
    }

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    public void Dispose() => _factory.Dispose();
}
