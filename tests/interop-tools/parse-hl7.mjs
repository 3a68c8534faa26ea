// Parses one ER7 HL7 v2 message with the npm parser 'hl7v2' (its v2.5.1 dictionary, escape decoding and message
// structures) and prints what it read as JSON for the xunit tests: header values, every segment's fields with
// repetitions and decoded components, and whether the segments fit the message structure (ORU_R01).
import { readFileSync } from 'node:fs';
import { HL7Message } from 'hl7v2';

const text = readFileSync(process.argv[2], 'utf8');
const message = HL7Message.parse(text);

const decode = (value) => value instanceof Date ? value.toISOString() : value === undefined || value === null ? null : String(value);

const segments = message.segments.map((segment) => {
  const fields = {};
  segment.fields.forEach((field, position) => {
    if (!field || field.isEmpty()) return;
    fields[position] = field.repetitions.map((repetition) =>
      (repetition.components ?? []).map((component) => decode(component.getValue())));
  });
  return { type: segment.segmentType, fields };
});

// The structure tree consumes the segments that fit ORU_R01 in order; any left over do not fit the structure.
const countSegments = (node) => node.items.reduce((n, item) => n + (item.items ? countSegments(item) : 1), 0);
const tree = message.buildStructureTree();
const groups = [];
const walk = (node, path) => node.items.forEach((item) => { if (item.items) { groups.push(path + item.name); walk(item, path + item.name + '/'); } });
walk(tree, '');

process.stdout.write(JSON.stringify({
  version: message.version,
  messageType: message.messageType,
  controlId: message.controlId,
  structure: tree.name,
  structuredSegments: countSegments(tree),
  groups,
  segments,
}));
