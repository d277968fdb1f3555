namespace SessionSdk;

/// <summary>A credential callback returned something that cannot be sent; <see cref="CredentialHandler"/> turns it into the SDK's typed error.</summary>
internal sealed class CredentialUnusableException(string message) : Exception(message);
