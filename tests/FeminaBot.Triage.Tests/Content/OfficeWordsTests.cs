using FeminaBot.Triage.Content;
using FeminaBot.Triage.Offices;
using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage.Tests.Content;

/// <summary>
/// An office's name and phone number are written once, in dialogs/offices.yaml: the messages that list
/// every office are built from it. The words of office questions are there too.
/// </summary>
public sealed class OfficeWordsTests : IDisposable
{
    private readonly DialogsCopy _dialogs = new();

    [Fact]
    public void The_SMS_help_and_the_clinic_route_list_the_offices_from_offices_yaml()
    {
        var messages = Clinic.Content.Messages;

        Assert.Equal(
            "FeminaBot from Femina Physical Therapy helps with breast pain while breastfeeding. Call us: Beverly Hills (310) 871-9554, Pasadena (818) 873-1403, "
            + "Sherman Oaks (818) 877-6910. If you are in danger, call 911. Reply STOP to stop these texts.",
            messages[MessageKeys.SmsHelp]);
        Assert.Contains("Our offices are in Beverly Hills, Pasadena and Sherman Oaks.", messages[MessageKeys.RouteClinic], StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_phone_number_is_an_edit_of_offices_yaml()
    {
        _dialogs.Replace("offices.yaml", "phone: (818) 873-1403", "phone: (818) 555-0142");

        var smsHelp = _dialogs.Load().Messages[MessageKeys.SmsHelp];

        Assert.Contains("Pasadena (818) 555-0142,", smsHelp, StringComparison.Ordinal);
        Assert.DoesNotContain("873-1403", smsHelp, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_office_joins_the_list()
    {
        _dialogs.Replace("offices.yaml", "\n# Dated closures", """

              - name: Santa Clarita
                address: [1 Main Street, "Santa Clarita, CA 91355"]
                phone: (661) 555-0100
                serves: [Valencia]
                hours:
                  monday: 9:00 AM - 5:00 PM

            # Dated closures
            """);

        var messages = _dialogs.Load().Messages;

        Assert.Contains("Our offices are in Beverly Hills, Pasadena, Sherman Oaks and Santa Clarita.", messages[MessageKeys.RouteClinic], StringComparison.Ordinal);
        Assert.Contains("Sherman Oaks (818) 877-6910, Santa Clarita (661) 555-0100.", messages[MessageKeys.SmsHelp], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("messages.yaml")]
    [InlineData("tbml.yaml")]
    [InlineData("choices.yaml")]
    public void No_other_file_writes_an_office_name_or_phone(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "dialogs", file));

        Assert.All(Clinic.Content.Offices.Offices, office =>
        {
            Assert.DoesNotContain(office.Name, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(office.Phone, text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_new_word_of_an_office_question_is_an_edit_of_offices_yaml()
    {
        static OfficeQuestion? Ask(TriageContent content) => new MessageReader(content).Read("what's the hotline", new DateTime(2026, 11, 24, 10, 0, 0)).OfficeQuestion;
        Assert.Null(Ask(Clinic.Content));

        _dialogs.Replace("offices.yaml", "words: [phone, telephone,", "words: [phone, hotline, telephone,");
        _dialogs.Replace("offices.yaml", "alone: [phone, telephone]", "alone: [phone, hotline, telephone]");

        Assert.Equal(OfficeQuestionKind.Phone, Ask(_dialogs.Load())?.Kind);
    }

    [Fact]
    public void A_word_that_asks_alone_must_be_one_of_the_questions_words()
    {
        _dialogs.Replace("offices.yaml", "alone: [address, located]", "alone: [address, located, map]");

        Assert.Equal(
            $"dialogs/offices.yaml, line {_dialogs.LineOf("offices.yaml", "alone: [address, located, map]")}: 'map' in 'questions.address.alone' should be among the 'words' of 'address' too.",
            _dialogs.Error());
    }

    [Fact]
    public void Missing_question_words_name_the_file()
    {
        _dialogs.Replace("offices.yaml", "  now: [now, currently, moment, still, yet]\n", string.Empty);

        Assert.Equal($"dialogs/offices.yaml, line {_dialogs.LineOf("offices.yaml", "  office: [")}: 'now' is missing.", _dialogs.Error());
    }

    public void Dispose() => _dialogs.Dispose();
}
