/**
 * Copies the TFLite model metadata (the `TFLITE_METADATA` entry MediaPipe Tasks reads for input
 * normalisation and output names) from one .tflite model into another, without a schema compiler.
 *
 * Why this is needed: the legacy `@mediapipe/pose` landmark models carry no TFLite metadata, and
 * tasks-vision refuses a float32 input without NormalizationOptions. Their inputs and outputs are
 * the same as the Tasks full model's, so that model's metadata describes them too.
 *
 * How: a FlatBuffer's offsets are relative and unsigned (children lie after their parents), so the
 * old model is kept byte for byte and shifted back by a prefix that holds a new root `Model` table.
 * The new root points forward into the old model for every field, except `buffers` and `metadata`,
 * which become new vectors (old entries plus one) in the prefix. The old root stays as unreferenced
 * bytes. The prefix is a multiple of 16 bytes so tensor data keeps its alignment.
 */

/** Field ids of the TFLite schema's `Model` table. */
const MODEL = {
  version: 0,
  operatorCodes: 1,
  subgraphs: 2,
  description: 3,
  buffers: 4,
  metadataBuffer: 5,
  metadata: 6,
  signatureDefs: 7,
} as const;
const MODEL_FIELD_COUNT = 8;
const METADATA_NAME = 'TFLITE_METADATA';

class FlatBufferReader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  /** Absolute position of a table's field, or 0 when the field is absent. */
  field(table: number, id: number): number {
    const vtable = table - this.view.getInt32(table, true);
    const vtableLength = this.view.getUint16(vtable, true);
    const slot = 4 + 2 * id;
    if (slot >= vtableLength) return 0;
    const offset = this.view.getUint16(vtable + slot, true);
    return offset === 0 ? 0 : table + offset;
  }
  deref(at: number): number {
    return at + this.u32(at);
  }
  /** Absolute positions of a vector's elements that are offsets to tables. */
  tableVector(fieldAt: number): number[] {
    const vector = this.deref(fieldAt);
    return Array.from({ length: this.u32(vector) }, (_, i) => this.deref(vector + 4 + 4 * i));
  }
  byteVector(fieldAt: number): Uint8Array {
    const vector = this.deref(fieldAt);
    return this.bytes.subarray(vector + 4, vector + 4 + this.u32(vector));
  }
  string(fieldAt: number): string {
    return new TextDecoder().decode(this.byteVector(fieldAt));
  }
  root(): number {
    if (new TextDecoder().decode(this.bytes.subarray(4, 8)) !== 'TFL3') {
      throw new Error('Not a TFLite model: the file identifier is not TFL3.');
    }
    return this.u32(0);
  }
}

interface ModelMetadataEntry {
  name: string;
  data: Uint8Array;
}

/** The model's named metadata entries (e.g. min_runtime_version, TFLITE_METADATA) with their bytes. */
export function readModelMetadata(model: Uint8Array): ModelMetadataEntry[] {
  const reader = new FlatBufferReader(model);
  const root = reader.root();
  const metadataField = reader.field(root, MODEL.metadata);
  if (!metadataField) return [];
  const buffers = reader.tableVector(reader.field(root, MODEL.buffers));
  return reader.tableVector(metadataField).map((entry) => {
    const bufferIndexAt = reader.field(entry, 1);
    const buffer = buffers[bufferIndexAt ? reader.u32(bufferIndexAt) : 0];
    if (buffer === undefined) throw new Error('Metadata entry points past the buffers vector.');
    const dataField = reader.field(buffer, 0);
    return {
      name: reader.string(reader.field(entry, 0)),
      data: dataField ? reader.byteVector(dataField) : new Uint8Array(),
    };
  });
}

/** Grows a byte array while tracking absolute positions inside the prefix being built. */
class PrefixWriter {
  private bytes = new Uint8Array(1024);
  private view = new DataView(this.bytes.buffer);
  length = 0;
  private ensure(size: number): void {
    if (size <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(size, this.bytes.length * 2));
    grown.set(this.bytes);
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }
  align(to: number, extra = 0): void {
    while ((this.length + extra) % to !== 0) this.u8(0);
  }
  u8(value: number): number {
    this.ensure(this.length + 1);
    this.view.setUint8(this.length, value);
    return this.length++;
  }
  u16(value: number): number {
    this.ensure(this.length + 2);
    this.view.setUint16(this.length, value, true);
    this.length += 2;
    return this.length - 2;
  }
  u32(value: number): number {
    this.ensure(this.length + 4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
    return this.length - 4;
  }
  raw(data: Uint8Array): number {
    this.ensure(this.length + data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
    return this.length - data.length;
  }
  patchU32(at: number, value: number): void {
    this.view.setUint32(at, value, true);
  }
  patchI32(at: number, value: number): void {
    this.view.setInt32(at, value, true);
  }
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/**
 * Returns `target` with the `TFLITE_METADATA` entry of `source` added. Refuses a target that
 * already has one, and a source that has none.
 */
export function transplantTfliteMetadata(source: Uint8Array, target: Uint8Array): Uint8Array {
  const metadata = readModelMetadata(source).find((entry) => entry.name === METADATA_NAME);
  if (!metadata) throw new Error(`The source model has no ${METADATA_NAME} entry to copy.`);
  if (readModelMetadata(target).some((entry) => entry.name === METADATA_NAME)) {
    throw new Error(`The target model already has a ${METADATA_NAME} entry.`);
  }
  const reader = new FlatBufferReader(target);
  const oldRoot = reader.root();
  const oldBuffers = reader.tableVector(reader.field(oldRoot, MODEL.buffers));
  const metadataField = reader.field(oldRoot, MODEL.metadata);
  const oldMetadata = metadataField ? reader.tableVector(metadataField) : [];

  // Pass 1 lays the prefix out with placeholder offsets to old objects; they are patched once the
  // prefix length (and so the shift of the old model) is known.
  const out = new PrefixWriter();
  const pointersToOld: { at: number; oldPosition: number }[] = [];
  const pointersInPrefix: { at: number; target: () => number }[] = [];

  out.u32(0); // root offset, patched below
  out.raw(new TextEncoder().encode('TFL3'));

  // vtable of the new root: each field the new model has gets a 4-byte slot, in field order.
  const hasField = (id: number): boolean =>
    id === MODEL.buffers || id === MODEL.metadata || reader.field(oldRoot, id) !== 0;
  const rootVtable = out.length;
  const slotOffsets: number[] = [];
  let nextSlot = 4;
  for (let id = 0; id < MODEL_FIELD_COUNT; id++) {
    slotOffsets.push(hasField(id) ? nextSlot : 0);
    if (hasField(id)) nextSlot += 4;
  }
  out.u16(4 + 2 * MODEL_FIELD_COUNT);
  out.u16(nextSlot);
  for (const offset of slotOffsets) out.u16(offset);
  out.align(4);
  const root = out.u32(0);
  out.patchI32(root, root - rootVtable);
  const rootSlots = slotOffsets.map((offset) => (offset ? out.u32(0) : 0));
  out.patchU32(0, root);

  let buffersVector = 0;
  let newBufferTable = 0;
  let metadataVector = 0;
  let newMetadataTable = 0;
  let nameString = 0;
  let dataVector = 0;

  for (let id = 0; id < MODEL_FIELD_COUNT; id++) {
    const slot = rootSlots[id] ?? 0;
    if (!slot) continue;
    const oldField = reader.field(oldRoot, id);
    if (id === MODEL.version) {
      out.patchU32(slot, oldField ? reader.u32(oldField) : 0);
    } else if (id === MODEL.buffers) {
      pointersInPrefix.push({ at: slot, target: () => buffersVector });
    } else if (id === MODEL.metadata) {
      pointersInPrefix.push({ at: slot, target: () => metadataVector });
    } else if (oldField) {
      pointersToOld.push({ at: slot, oldPosition: reader.deref(oldField) });
    }
  }

  buffersVector = out.u32(oldBuffers.length + 1);
  for (const buffer of oldBuffers) pointersToOld.push({ at: out.u32(0), oldPosition: buffer });
  const newBufferSlot = out.u32(0);
  pointersInPrefix.push({ at: newBufferSlot, target: () => newBufferTable });

  // Buffer table { data: [ubyte] } with its own vtable.
  const bufferVtable = out.u16(6);
  out.u16(8);
  out.u16(4);
  out.align(4);
  newBufferTable = out.u32(0);
  out.patchI32(newBufferTable, newBufferTable - bufferVtable);
  pointersInPrefix.push({ at: out.u32(0), target: () => dataVector });

  metadataVector = out.u32(oldMetadata.length + 1);
  for (const entry of oldMetadata) pointersToOld.push({ at: out.u32(0), oldPosition: entry });
  pointersInPrefix.push({ at: out.u32(0), target: () => newMetadataTable });

  // Metadata table { name: string, buffer: uint } with its own vtable.
  const metadataVtable = out.u16(8);
  out.u16(12);
  out.u16(4);
  out.u16(8);
  out.align(4);
  newMetadataTable = out.u32(0);
  out.patchI32(newMetadataTable, newMetadataTable - metadataVtable);
  pointersInPrefix.push({ at: out.u32(0), target: () => nameString });
  out.u32(oldBuffers.length);

  const name = new TextEncoder().encode(METADATA_NAME);
  nameString = out.u32(name.length);
  out.raw(name);
  out.u8(0);

  out.align(16, 4); // the data itself starts 16-aligned, as the schema asks for buffer data
  dataVector = out.u32(metadata.data.length);
  out.raw(metadata.data);
  out.align(16);

  const shift = out.length;
  for (const { at, target: to } of pointersInPrefix) out.patchU32(at, to() - at);
  for (const { at, oldPosition } of pointersToOld) out.patchU32(at, shift + oldPosition - at);

  const model = new Uint8Array(shift + target.length);
  model.set(out.result());
  model.set(target, shift);
  return model;
}
