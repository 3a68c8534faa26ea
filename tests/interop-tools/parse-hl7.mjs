// Parses ER7 HL7 v2 messages with the npm parser 'hl7v2' (its v2.5.1 dictionary, escape decoding and message
// structures) and prints what it read as one JSON array for the xunit tests, one entry per file given: header
// values, every segment's fields with repetitions and decoded components, and whether the segments fit the message
// structure (ORU_R01), or the parser's error.
import { readFileSync } from 'node:fs';
import { HL7Message } from 'hl7v2';

const decode = (value) => value instanceof Date ? value.toISOString() : value === undefined || value === null ? null : String(value);

const countSegments = (node) => node.items.reduce((n, item) => n + (item.items ? countSegments(item) : 1), 0);

function read(path) {
  const message = HL7Message.parse(readFileSync(path, 'utf8'));
  const segments = message.segments.map((segment) => {
    const fields = {};
    // The parser keeps fields in a 0-based array; the keys written here are HL7 field numbers (OBX-5 is 5).
    segment.fields.forEach((field, position) => {
      if (!field || field.isEmpty()) return;
      fields[position + 1] = field.repetitions.map((repetition) =>
        (repetition.components ?? []).map((component) => decode(component.getValue())));
    });
    return { type: segment.segmentType, fields };
  });

  // The structure tree consumes the segments that fit the message structure in order; any left over do not fit.
  const tree = message.buildStructureTree();
  const groups = [];
  const walk = (node, path) => node.items.forEach((item) => {
    if (item.items) { groups.push(path + item.name); walk(item, path + item.name + '/'); }
  });
  walk(tree, '');
  return {
    file: path,
    version: message.version,
    messageType: message.messageType,
    controlId: message.controlId,
    structure: tree.name,
    structuredSegments: countSegments(tree),
    groups,
    segments,
  };
}

const results = process.argv.slice(2).map((path) => {
  try {
    return read(path);
  } catch (error) {
    return { file: path, error: String(error?.message ?? error) };
  }
});
process.stdout.write(JSON.stringify(results));
