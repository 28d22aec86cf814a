using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Saas.Server.Features.Identity;

/// <summary>ASP.NET Core Identity's tables; their schema is created by the SQL migrations, not by EF.</summary>
public sealed class IdentityStore(DbContextOptions<IdentityStore> options) : IdentityDbContext<AppUser>(options);
