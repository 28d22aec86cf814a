namespace Saas.Server.Features.Identity;

public static class Roles
{
    public const string PlatformAdmin = "PlatformAdmin";
    public const string TenantOwner = "TenantOwner";
    public const string AccountManager = "AccountManager";

    public static readonly string[] All = [PlatformAdmin, TenantOwner, AccountManager];
}
