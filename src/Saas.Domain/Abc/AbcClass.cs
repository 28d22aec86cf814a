namespace Saas.Domain.Abc;

/// <summary>A: the few customers who bring most of the revenue; B: the middle; C: the long tail.</summary>
public enum AbcClass
{
    A,
    B,
    C,
}
