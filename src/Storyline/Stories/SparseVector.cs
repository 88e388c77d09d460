namespace Storyline.Stories;

/// <summary>A TF-IDF vector: term ids ascending with their weights, unit length unless empty.</summary>
internal sealed class SparseVector(int[] ids, double[] weights)
{
    public static SparseVector Empty { get; } = new([], []);

    public int[] Ids { get; } = ids;
    public double[] Weights { get; } = weights;
    public bool IsEmpty => Ids.Length == 0;

    /// <summary>Dot product with a dense vector indexed by term id.</summary>
    public double Dot(double[] dense)
    {
        double sum = 0;
        for (var i = 0; i < Ids.Length; i++) sum += Weights[i] * dense[Ids[i]];
        return sum;
    }

    /// <summary>Dot product with another sparse vector (cosine when both are unit length).</summary>
    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            var c = Ids[i].CompareTo(other.Ids[j]);
            if (c == 0) sum += Weights[i++] * other.Weights[j++];
            else if (c < 0) i++;
            else j++;
        }
        return sum;
    }

    /// <summary>Adds <paramref name="factor"/> times this vector into a dense vector.</summary>
    public void AddTo(double[] dense, double factor)
    {
        for (var i = 0; i < Ids.Length; i++) dense[Ids[i]] += factor * Weights[i];
    }
}
