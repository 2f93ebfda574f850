namespace FeminaBot.DirectLine.Logs;

/// <summary>
/// Where the key that signs Direct Line tokens is kept when no <c>DirectLine:Secret</c> is set: beside
/// the state, so tokens are honoured by every instance that shares it and after a restart.
/// </summary>
internal interface ITokenKeyStore
{
    /// <summary>The key, made and stored by the first caller; throws when the store cannot be reached.</summary>
    byte[] Load();
}
