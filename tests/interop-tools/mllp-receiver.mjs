// An MLLP receiver for the delivery tests: the npm package 'node-hl7-server' listens on 127.0.0.1:<port>, parses each
// framed HL7 v2 message with its sister parser and acknowledges it. Every message received is printed as one JSON
// line on stdout (control id, type, segment counts) before the ACK goes out, so a test can read what arrived.
// Usage: node mllp-receiver.mjs <port> [rejections]; the first <rejections> messages are answered AE, the rest AA.
import { Server } from 'node-hl7-server';

const port = Number(process.argv[2]);
let rejections = Number(process.argv[3] ?? 0);
const server = new Server({ bindAddress: '127.0.0.1' });

const text = (message, path) => {
  try { return message.get(path).toString(); } catch { return null; }
};

const inbound = server.createInbound({ port }, async (req, res) => {
  const message = req.getMessage();
  const raw = message.toString();
  const segments = raw.split('\r').filter((s) => s.length > 0).map((s) => s.slice(0, 3));
  const answer = rejections > 0 ? 'AE' : 'AA';
  if (rejections > 0) rejections -= 1;
  process.stdout.write(JSON.stringify({
    controlId: text(message, 'MSH.10'),
    messageType: [text(message, 'MSH.9.1'), text(message, 'MSH.9.2')].join('^'),
    version: text(message, 'MSH.12'),
    patientId: text(message, 'PID.3.1'),
    segments,
    edObservations: segments.filter((s, i) => s === 'OBX' && raw.split('\r')[i].split('|')[2] === 'ED').length,
    answer,
  }) + '\n');
  await res.sendResponse(answer);
});

inbound.on('listen', () => process.stdout.write(JSON.stringify({ listening: port }) + '\n'));
inbound.on('error', (err) => { process.stderr.write(`mllp receiver: ${err}\n`); process.exit(1); });
const stop = async () => { await inbound.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
