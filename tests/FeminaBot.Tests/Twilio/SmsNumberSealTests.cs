using FeminaBot.Twilio;
using Microsoft.Extensions.Options;

namespace FeminaBot.Tests.Twilio;

public class SmsNumberSealTests
{
    private static readonly SmsNumbers Numbers = new("+13105550123", "+18185550100");

    [Fact]
    public void Sealed_numbers_open_with_the_same_key_and_hold_no_number_in_the_clear()
    {
        var seal = Seal("token-a");

        var sealedNumbers = seal.Seal(Numbers);

        Assert.DoesNotContain("3105550123", sealedNumbers, StringComparison.Ordinal);
        Assert.DoesNotContain("8185550100", sealedNumbers, StringComparison.Ordinal);
        Assert.Equal(Numbers, seal.Open(sealedNumbers));
        Assert.NotEqual(sealedNumbers, seal.Seal(Numbers));
    }

    [Fact]
    public void Numbers_sealed_under_another_key_or_changed_do_not_open()
    {
        var sealedNumbers = Seal("token-a").Seal(Numbers);
        var changed = sealedNumbers[..^2] + (sealedNumbers[^2] == 'A' ? 'B' : 'A') + sealedNumbers[^1];

        Assert.Null(Seal("token-b").Open(sealedNumbers));
        Assert.Null(Seal("token-a").Open(changed));
        Assert.Null(Seal("token-a").Open("not sealed at all"));
        Assert.Null(Seal("token-a").Open(string.Empty));
    }

    [Fact]
    public void The_number_hash_secret_keys_the_seal_when_set()
    {
        var withSecret = new SmsNumberSeal(Options.Create(new TwilioOptions { AuthToken = "token-a", NumberHashSecret = "secret" }));
        var rotatedToken = new SmsNumberSeal(Options.Create(new TwilioOptions { AuthToken = "token-b", NumberHashSecret = "secret" }));

        Assert.Equal(Numbers, rotatedToken.Open(withSecret.Seal(Numbers)));
    }

    private static SmsNumberSeal Seal(string authToken) => new(Options.Create(new TwilioOptions { AuthToken = authToken }));
}
