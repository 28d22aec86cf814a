namespace Saas.Server.Features.Identity;

public sealed record LoginRequest(string Email, string Password);

public sealed record CurrentUser(string Email, string? TenantId, string? TenantName, IReadOnlyList<string> Roles);

/// <summary>The password was right and the account has two-factor sign-in: send a code to <c>/auth/login/two-factor</c>.</summary>
public sealed record TwoFactorChallenge(bool TwoFactorRequired);

/// <summary>One of the two: the authenticator app's 6-digit code, or one of the recovery codes.</summary>
public sealed record TwoFactorLoginRequest(string? Code, string? RecoveryCode);

public sealed record SignUpRequest(string CompanyName, string Email, string Password);

public sealed record EmailRequest(string Email);

/// <summary>The user id and code from a mailed link.</summary>
public sealed record ConfirmEmailRequest(string UserId, string Code);

public sealed record ResetPasswordRequest(string UserId, string Code, string NewPassword);

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft);

/// <summary>The key to type into an authenticator app, or the otpauth URI to show as a QR code.</summary>
public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri);

public sealed record TwoFactorCodeRequest(string Code);

/// <summary>Shown once: each code signs in once when the authenticator is lost.</summary>
public sealed record RecoveryCodes(IReadOnlyList<string> Codes);
