namespace FocalPoints.Functions; internal static class Program { private static void Main() { } }
