using System.Net.Sockets;
using System.Text;

namespace OmicsReports.Web.Features.Delivery;

/// <summary>
/// Sends one HL7 v2 message over TCP in MLLP framing (0x0B, message, 0x1C 0x0D) and reads the acknowledgement in the
/// same framing. AA (or CA) naming our control id is a delivery; AE and AR (CE, CR) are failures with their text.
/// </summary>
internal static class MllpSender
{
    private const byte StartBlock = 0x0B;
    private const byte EndBlock = 0x1C;
    private const byte CarriageReturn = 0x0D;
    private const int MaxAcknowledgement = 1 << 20;

    public static async Task<string> SendAsync(string host, int port, DeliveryDocuments documents, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host, port, cancellationToken);
        var stream = tcp.GetStream();
        var message = documents.Hl7Bytes;
        var frame = new byte[message.Length + 3];
        frame[0] = StartBlock;
        message.CopyTo(frame, 1);
        frame[^2] = EndBlock;
        frame[^1] = CarriageReturn;
        await stream.WriteAsync(frame, cancellationToken);
        await stream.FlushAsync(cancellationToken);

        var acknowledgement = Encoding.UTF8.GetString(await ReadFrameAsync(stream, cancellationToken));
        var (code, controlId, text) = Msa(acknowledgement);
        if (!string.Equals(controlId, documents.ControlId, StringComparison.Ordinal))
        {
            throw new DeliveryFailedException($"The acknowledgement names message {controlId ?? "(none)"}, not {documents.ControlId}.", transient: true);
        }

        return code switch
        {
            "AA" or "CA" => $"acknowledged {code} for message {controlId}",
            _ => throw new DeliveryFailedException($"The receiver answered {code ?? "(no MSA-1)"}{(string.IsNullOrEmpty(text) ? string.Empty : ": " + text)}", transient: false),
        };
    }

    private static async Task<byte[]> ReadFrameAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        while (received.Count < MaxAcknowledgement)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                throw new DeliveryFailedException("The receiver closed the connection without an acknowledgement.", transient: true);
            }

            received.AddRange(buffer.AsSpan(0, read));
            var end = received.IndexOf(EndBlock);
            if (end >= 0)
            {
                var start = received.IndexOf(StartBlock);
                return [.. received.Skip(start + 1).Take(end - start - 1)];
            }
        }

        throw new DeliveryFailedException("The acknowledgement exceeds 1 MB.", transient: false);
    }

    /// <summary>MSA-1 (acknowledgement code), MSA-2 (the acknowledged control id) and MSA-3 (text) of an ACK.</summary>
    internal static (string? Code, string? ControlId, string? Text) Msa(string acknowledgement)
    {
        var msa = acknowledgement.Split('\r', '\n').FirstOrDefault(s => s.StartsWith("MSA|", StringComparison.Ordinal));
        if (msa is null)
        {
            return (null, null, "no MSA segment");
        }

        var fields = msa.Split('|');
        string? Field(int i) => fields.Length > i ? fields[i] : null;
        return (Field(1), Field(2), Field(3));
    }
}
