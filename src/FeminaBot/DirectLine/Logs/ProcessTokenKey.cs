using System.Security.Cryptography;

namespace FeminaBot.DirectLine.Logs;

/// <summary>With the Memory store: a random key of this process, so tokens end with it, as the log does.</summary>
internal sealed class ProcessTokenKey : ITokenKeyStore
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public byte[] Load() => _key;
}
