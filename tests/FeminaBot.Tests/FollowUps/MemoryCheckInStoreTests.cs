using FeminaBot.FollowUps.Store;

namespace FeminaBot.Tests.FollowUps;

public sealed class MemoryCheckInStoreTests : CheckInStoreContract
{
    private protected override ICheckInStore CreateStore() => new MemoryCheckInStore();
}
