using FeminaBot.Twilio;

namespace FeminaBot.Tests.Twilio;

/// <summary>The vectors from PROTOCOLS.md §6.2: Twilio's documented worked example, twilio-csharp's test, and a port variant.</summary>
public class TwilioSignatureTests
{
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string Token = "12345";

    private static readonly KeyValuePair<string, string>[] Documented =
    [
        new("CallSid", "CA1234567890ABCDE"), new("Caller", "+12349013030"), new("Digits", "1234"), new("From", "+12349013030"), new("To", "+18005551212"),
    ];

    private static readonly KeyValuePair<string, string>[] Library =
    [
        new("From", "+14158675309"), new("To", "+18005551212"), new("CallSid", "CA1234567890ABCDE"), new("Caller", "+14158675309"), new("Digits", "1234"),
    ];

    [Fact]
    public void Twilios_documented_worked_example_matches() =>
        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", TwilioSignature.Compute(Url, Documented, Token));

    [Fact]
    public void The_twilio_csharp_vector_matches_and_validates() =>
        Assert.True(TwilioSignature.IsValid("RSOYDt4T1cUTdK1PDd93/VVr8B8=", Url, Library, Token));

    [Fact]
    public void A_signature_made_with_or_without_the_default_port_is_accepted_either_way()
    {
        Assert.Equal("kvajT1Ptam85bY51eRf/AJRuM3w=", TwilioSignature.Compute("https://mycompany.com:443/myapp.php?foo=1&bar=2", Library, Token));
        Assert.True(TwilioSignature.IsValid("RSOYDt4T1cUTdK1PDd93/VVr8B8=", "https://mycompany.com:443/myapp.php?foo=1&bar=2", Library, Token));
        Assert.True(TwilioSignature.IsValid("kvajT1Ptam85bY51eRf/AJRuM3w=", Url, Library, Token));
    }

    [Fact]
    public void A_changed_signature_is_refused() =>
        Assert.False(TwilioSignature.IsValid("NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=", Url, Library, Token));

    [Fact]
    public void A_changed_parameter_is_refused()
    {
        var changed = Library.Select(p => p.Key == "Digits" ? new KeyValuePair<string, string>("Digits", "1235") : p).ToList();

        Assert.False(TwilioSignature.IsValid("RSOYDt4T1cUTdK1PDd93/VVr8B8=", Url, changed, Token));
    }

    [Fact]
    public void A_changed_URL_is_refused() =>
        Assert.False(TwilioSignature.IsValid("RSOYDt4T1cUTdK1PDd93/VVr8B8=", "https://mycompany.com/myapp.php?foo=1&bar=3", Library, Token));

    [Fact]
    public void A_missing_signature_is_refused() => Assert.False(TwilioSignature.IsValid(null, Url, Library, Token));

    [Fact]
    public void A_signature_made_with_another_token_is_refused() =>
        Assert.False(TwilioSignature.IsValid(TwilioSignature.Compute(Url, Library, "54321"), Url, Library, Token));
}
