namespace FocalPoints.Domain.Network;

/// <summary>The six UN official languages, by ISO 639-1 code.</summary>
public enum Language
{
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}
