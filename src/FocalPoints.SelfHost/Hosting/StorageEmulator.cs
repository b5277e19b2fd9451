namespace FocalPoints.SelfHost.Hosting;

/// <summary>Whether a storage connection string means the emulator: none given (Azurite is started here) or its well-known account.</summary>
public static class StorageEmulator
{
    public static bool IsEmulator(string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
        || connectionString.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("AccountName=devstoreaccount1", StringComparison.OrdinalIgnoreCase);
}
