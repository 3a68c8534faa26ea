using System.Security.Cryptography;
using System.Text.Json;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// The SHA-256 of a harmonized case as compact JSON, so that a report names exactly the input it was computed from.
/// The shared JSON options write panel gene sets sorted (<see cref="StringSetConverter"/>), so equal cases give equal
/// bytes in every process.
/// </summary>
public static class CaseHash
{
    public static string Sha256(OmicsCase omicsCase)
    {
        ArgumentNullException.ThrowIfNull(omicsCase);
        // The JSON streams through the hash in the serializer's pooled chunks: the same bytes as serialising to an
        // array first, without a case-sized array per report (a 10,000-sample study hashes 10,000 cases).
        using var hashing = new HashingStream();
        JsonSerializer.Serialize(hashing, omicsCase, OmicsJson.Compact);
        return Convert.ToHexStringLower(hashing.Finish());
    }

    /// <summary>A write-only stream that feeds what is written to SHA-256.</summary>
    private sealed class HashingStream : Stream
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] Finish() => hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => hash.AppendData(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => hash.AppendData(buffer);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
