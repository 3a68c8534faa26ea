using System.Buffers;
using System.Globalization;
using System.Text;
using OmicsReports.Reporting.Pdf;

namespace OmicsReports.Reporting.Board;

/// <summary>One document of a packet and the bookmark that leads to its first page.</summary>
public sealed record PdfPacketPart(byte[] Pdf, string Bookmark);

/// <summary>
/// Joins exported PDFs into one file without touching their pages: each part's page tree is copied with its objects
/// renumbered and hung under a new root, so every page keeps its own running header (the patient on every page) and
/// draft mark. The packet gets one bookmark per part. The parts' structure trees are not carried over, so the packet
/// is not a tagged PDF; the single reports stay the accessible originals.
/// </summary>
internal static class PdfPacket
{
    private const int CatalogNumber = 1;
    private const int PagesNumber = 2;
    private const int OutlinesNumber = 3;

    public static byte[] Join(IReadOnlyList<PdfPacketPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("A packet needs at least one document.", nameof(parts));
        }

        var writer = new Writer();
        var next = OutlinesNumber + 1;
        var bookmarks = parts.Select(_ => next++).ToList();
        var kids = new List<int>();
        var firstPages = new List<int>();
        var pageCount = 0;
        foreach (var part in parts)
        {
            var table = new PdfObjectTable(part.Pdf);
            var pagesRoot = PdfObjectTable.Number(table.Dictionary(table.Root)["Pages"]);
            var objects = Reachable(table, pagesRoot);
            var numbers = objects.ToDictionary(n => n, _ => next++);
            foreach (var number in objects)
            {
                writer.Copy(table, number, numbers, number == pagesRoot ? Invariant($" /Parent {PagesNumber} 0 R") : null);
            }

            kids.Add(numbers[pagesRoot]);
            firstPages.Add(numbers[FirstPage(table, pagesRoot)]);
            pageCount += int.Parse(table.Dictionary(pagesRoot)["Count"], NumberStyles.None, CultureInfo.InvariantCulture);
        }

        writer.Object(PagesNumber, Invariant($"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => Invariant($"{k} 0 R")))}] /Count {pageCount} >>"));
        writer.Object(OutlinesNumber, Invariant($"<< /Type /Outlines /First {bookmarks[0]} 0 R /Last {bookmarks[^1]} 0 R /Count {parts.Count} >>"));
        for (var i = 0; i < parts.Count; i++)
        {
            var links = (i > 0 ? Invariant($" /Prev {bookmarks[i - 1]} 0 R") : "") + (i < parts.Count - 1 ? Invariant($" /Next {bookmarks[i + 1]} 0 R") : "");
            writer.Object(bookmarks[i], Invariant(
                $"<< /Title {PdfInfoWriter.TextString(parts[i].Bookmark)} /Parent {OutlinesNumber} 0 R{links} /Dest [{firstPages[i]} 0 R /Fit] >>"));
        }

        writer.Object(CatalogNumber, Invariant($"<< /Type /Catalog /Pages {PagesNumber} 0 R /Outlines {OutlinesNumber} 0 R /PageMode /UseOutlines /Lang (en) >>"));
        return writer.Finish(next);
    }

    /// <summary>Every object the page tree needs (pages, contents, resources, fonts, annotations), in a stable order.</summary>
    private static List<int> Reachable(PdfObjectTable table, int root)
    {
        var order = new List<int> { root };
        var seen = new HashSet<int> { root };
        for (var i = 0; i < order.Count; i++)
        {
            var span = table.Span(order[i]);
            var found = new List<int>();
            PdfReferences.Scan(table.Bytes, span.ValueStart, span.ValueEnd, null, null, found);
            order.AddRange(found.Where(seen.Add));
        }

        return order;
    }

    private static int FirstPage(PdfObjectTable table, int node)
    {
        for (var depth = 0; depth < 64; depth++)
        {
            var entries = table.Dictionary(node);
            if (entries.GetValueOrDefault("Type") == "/Page")
            {
                return node;
            }

            node = PdfObjectTable.Numbers(entries["Kids"])[0];
        }

        throw new InvalidDataException("The PDF's page tree is deeper than 64 levels.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes the packet and remembers where each object starts, for the cross-reference table.</summary>
    private sealed class Writer
    {
        private readonly ArrayBufferWriter<byte> buffer = new(1 << 20);
        private readonly Dictionary<int, int> offsets = [];

        public Writer() => Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");

        public void Object(int number, string body)
        {
            offsets[number] = buffer.WrittenCount;
            Write(Invariant($"{number} 0 obj\n{body}\nendobj\n"));
        }

        /// <summary>Copies an object with its references renumbered; <paramref name="extra"/> is added to a dictionary.</summary>
        public void Copy(PdfObjectTable table, int number, Dictionary<int, int> numbers, string? extra)
        {
            var span = table.Span(number);
            var pdf = table.Bytes;
            offsets[numbers[number]] = buffer.WrittenCount;
            Write(Invariant($"{numbers[number]} 0 obj\n"));
            var start = span.ValueStart;
            if (extra is not null)
            {
                buffer.Write("<<"u8);
                Write(extra);
                start += 2;
            }

            PdfReferences.Scan(pdf, start, span.ValueEnd, n => numbers[n], buffer, null);
            if (span.StreamStart >= 0)
            {
                buffer.Write("\nstream\n"u8);
                buffer.Write(pdf.AsSpan(span.StreamStart, span.StreamLength));
                buffer.Write("\nendstream"u8);
            }

            buffer.Write("\nendobj\n"u8);
        }

        public byte[] Finish(int size)
        {
            var xref = buffer.WrittenCount;
            var table = new StringBuilder();
            table.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f\r\n");
            for (var number = 1; number < size; number++)
            {
                table.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n\r\n");
            }

            table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root {CatalogNumber} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
            Write(table.ToString());
            return buffer.WrittenSpan.ToArray();
        }

        private void Write(string text) => buffer.Write(Encoding.Latin1.GetBytes(text));
    }
}
