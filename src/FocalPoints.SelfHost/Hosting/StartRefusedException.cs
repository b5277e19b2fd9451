namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// The self-host refused to start because of how it was configured (the emulator's account outside
/// Development, the Development sign-in on a network address); the message says what to set.
/// </summary>
public sealed class StartRefusedException(string message) : InvalidOperationException(message);
