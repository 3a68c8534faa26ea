using System.Buffers;
using System.Globalization;
using System.Text;

namespace OmicsReports.Reporting.Pdf;

/// <summary>
/// Sets a PDF's document information by an incremental update (ISO 32000-1, 7.5.6): the original bytes stay as they
/// are, and a new Info dictionary, a cross-reference section of the same kind as the last one (table or stream) and
/// a trailer pointing back with /Prev are appended. Chromium writes only Title, Creator, Producer and dates.
/// </summary>
public static class PdfInfoWriter
{
    public static byte[] Append(ReadOnlySpan<byte> pdf, PdfMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var trailer = PdfTrailer.Read(pdf);
        var update = new Update(pdf.Length, pdf.Length > 0 && pdf[^1] is (byte)'\n' or (byte)'\r');
        var infoNumber = trailer.Size;
        var infoOffset = update.Object(infoNumber, InfoDictionary(metadata));
        var extra = trailer.Id is null ? string.Empty : $" /ID {trailer.Id}";

        if (trailer.Kind == XrefKind.Table)
        {
            var xrefOffset = update.Position;
            update.Write(FormattableString.Invariant(
                $"xref\n{infoNumber} 1\n{infoOffset:D10} 00000 n\r\ntrailer\n<< /Size {infoNumber + 1} /Root {trailer.Root} /Info {infoNumber} 0 R /Prev {trailer.XrefOffset}{extra} >>\nstartxref\n{xrefOffset}\n%%EOF\n"));
        }
        else
        {
            // The stream lists two objects: the Info dictionary and the cross-reference stream itself.
            // Fields per /W [1 4 2]: type 1 (in use), 4-byte offset, 2-byte generation; stored unfiltered.
            var xrefNumber = infoNumber + 1;
            var xrefOffset = update.Position;
            var rows = new byte[14];
            Row(rows.AsSpan(0, 7), infoOffset);
            Row(rows.AsSpan(7, 7), xrefOffset);
            update.Write(FormattableString.Invariant(
                $"{xrefNumber} 0 obj\n<< /Type /XRef /Size {xrefNumber + 1} /Root {trailer.Root} /Info {infoNumber} 0 R /Prev {trailer.XrefOffset}{extra} /Index [{infoNumber} 2] /W [1 4 2] /Length {rows.Length} >>\nstream\n"));
            update.Write(rows);
            update.Write(FormattableString.Invariant($"\nendstream\nendobj\nstartxref\n{xrefOffset}\n%%EOF\n"));
        }

        var result = new byte[pdf.Length + update.Bytes.Length];
        pdf.CopyTo(result);
        update.Bytes.CopyTo(result.AsSpan(pdf.Length));
        return result;
    }

    /// <summary>Text strings as UTF-16BE with a byte-order mark, written in hex: safe for any character (7.9.2.2).</summary>
    internal static string TextString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    /// <summary>A date as "(D:YYYYMMDDHHmmSS+HH'mm')" (7.9.4).</summary>
    internal static string Date(DateTimeOffset time)
    {
        var stamp = time.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var offset = time.Offset;
        var zone = offset == TimeSpan.Zero
            ? "Z"
            : FormattableString.Invariant($"{(offset < TimeSpan.Zero ? '-' : '+')}{Math.Abs(offset.Hours):D2}'{Math.Abs(offset.Minutes):D2}'");
        return $"(D:{stamp}{zone})";
    }

    private static string InfoDictionary(PdfMetadata m) =>
        $"<< /Title {TextString(m.Title)} /Author {TextString(m.Author)} /Subject {TextString(m.Subject)} " +
        $"/Keywords {TextString(m.Keywords)} /Creator {TextString(m.Creator)} /Producer {TextString(m.Producer)} " +
        $"/CreationDate {Date(m.Created)} /ModDate {Date(m.Created)} >>";

    private static void Row(Span<byte> row, long offset)
    {
        row[0] = 1;
        row[1] = (byte)(offset >> 24);
        row[2] = (byte)(offset >> 16);
        row[3] = (byte)(offset >> 8);
        row[4] = (byte)offset;
        row[5] = 0;
        row[6] = 0;
    }

    /// <summary>The appended bytes, with positions counted from the start of the original file.</summary>
    private sealed class Update
    {
        private readonly long start;
        private readonly ArrayBufferWriter<byte> buffer = new();

        public Update(long originalLength, bool endsWithNewline)
        {
            start = originalLength;
            if (!endsWithNewline)
            {
                Write("\n");
            }
        }

        public long Position => start + buffer.WrittenCount;

        public ReadOnlySpan<byte> Bytes => buffer.WrittenSpan;

        public long Object(int number, string body)
        {
            var offset = Position;
            Write(FormattableString.Invariant($"{number} 0 obj\n{body}\nendobj\n"));
            return offset;
        }

        // Latin-1 maps every byte to one char and back, so raw values copied from the trailer (e.g. a binary /ID) survive.
        public void Write(string text) => Write(Encoding.Latin1.GetBytes(text));

        public void Write(ReadOnlySpan<byte> bytes) => buffer.Write(bytes);
    }
}
