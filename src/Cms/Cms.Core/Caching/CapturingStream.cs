using System.Buffers;

namespace Cms.Core.Caching;

/// <summary>The response body, passed on as it is written, with a copy kept up to a bound.</summary>
internal sealed class CapturingStream(Stream inner, int maxBytes) : Stream
{
    private readonly ArrayBufferWriter<byte> _copy = new();

    public Stream Inner { get; } = inner;

    /// <summary>Whether the body went past the bound (its copy is then incomplete and is not used).</summary>
    public bool Overflowed { get; private set; }

    public ReadOnlySpan<byte> Copy => _copy.WrittenSpan;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => Inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => Inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        Inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return Inner.WriteAsync(buffer, cancellationToken);
    }

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        if (Overflowed)
        {
            return;
        }

        if (_copy.WrittenCount + buffer.Length > maxBytes)
        {
            Overflowed = true;
            _copy.Clear();
            return;
        }

        _copy.Write(buffer);
    }
}
