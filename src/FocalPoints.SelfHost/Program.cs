namespace FocalPoints.SelfHost; internal static class Program { private static void Main() { } }
