// The run state's packed cells (engine/changes/statePacked.ts) on their way from the aside thread
// to the main thread (jsonWorker.ts) as one buffer of bytes, transferred, not as strings, which
// postMessage copies: at 100k customers the cells are ~12 MB of text, and the one string they
// were sent as was joined on the aside thread, copied into the message, then copied again into a
// fresh large string on the main thread — each a 12 MB page-faulted anew (perf, page faults of a
// 100k run: ~3,000 each in ArrayPrototypeJoin on the aside thread and in ValueDeserializer on the
// main thread). Here each cell is written once into the buffer and read back as the state tab
// writes it, a cell (~32 KB) at a time.
import type { PackedCells } from "../engine/changes/statePacked";

/** The cells as sent: their text end to end in `bytes`, one byte a character or two (`wide`). */
export interface PackedWire {
  starts: Int32Array;
  /** Where cell k ends, in characters (it starts where cell k − 1 ends). */
  ends: Int32Array;
  bytes: Uint8Array;
  /** UTF-16LE code units (a cell has a character past U+00FF); else Latin-1, a byte each. */
  wide: boolean;
}

/** A character that Latin-1 cannot hold. */
const PAST_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * The cells as bytes, and the buffers to transfer with them. Lossless: Latin-1 holds every
 * character up to U+00FF as is; UTF-16LE holds every code unit, lone surrogates too.
 *
 * @example const { wire, transfer } = toWire(packCells(s)); port.postMessage({ statePacked: wire }, transfer);
 */
export function toWire(packed: PackedCells): { wire: PackedWire; transfer: ArrayBuffer[] } {
  if (packed.units && LITTLE_ENDIAN) return unitsToWire(packed, packed.units);
  const ends = new Int32Array(packed.count);
  let wide = false;
  let at = 0;
  for (let k = 0; k < packed.count; k++) {
    const cell = packed.cell(k);
    if (!wide && PAST_LATIN1.test(cell)) wide = true;
    ends[k] = at += cell.length;
  }
  const encoding = wide ? "utf16le" : "latin1";
  // Its own ArrayBuffer (not Node's shared pool): transferable.
  const bytes = Buffer.allocUnsafeSlow(wide ? 2 * at : at);
  for (let k = 0, from = 0; k < packed.count; k++) {
    bytes.write(packed.cell(k), wide ? 2 * from : from, encoding);
    from = ends[k];
  }
  const { starts } = packed;
  return {
    wire: { starts, ends, bytes, wide },
    transfer: [starts.buffer as ArrayBuffer, ends.buffer, bytes.buffer as ArrayBuffer],
  };
}

/** UTF-16LE is this machine's order of a Uint16Array's bytes. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * The wire of cells packCells wrote as code units (PackedCells.units): their bytes copied as they
 * are (UTF-16LE), or a byte each when every unit fits one (Latin-1), with no text made or scanned.
 */
function unitsToWire(
  packed: PackedCells,
  { units, ends, wide }: NonNullable<PackedCells["units"]>,
): { wire: PackedWire; transfer: ArrayBuffer[] } {
  // Its own ArrayBuffer (not Node's shared pool): transferable.
  const bytes = Buffer.allocUnsafeSlow(wide ? 2 * units.length : units.length);
  if (wide) bytes.set(new Uint8Array(units.buffer, units.byteOffset, 2 * units.length));
  else bytes.set(units); // each unit below 0x100: its byte
  const { starts } = packed;
  const sent = Int32Array.from(ends);
  return {
    wire: { starts, ends: sent, bytes, wide },
    transfer: [starts.buffer as ArrayBuffer, sent.buffer, bytes.buffer as ArrayBuffer],
  };
}

/**
 * The cells packCells wrote as code units, each decoded when asked by Node's UTF-16LE decoder (the
 * engine's own decoding, 8,192 units at a time, costs ~30–60 ms at 100,000 customers); as given
 * when not written so.
 *
 * @example unitCells(packCells(s)).cell(k) === packCells(s).cell(k)
 */
export function unitCells(packed: PackedCells): PackedCells {
  const given = packed.units;
  if (!given || !LITTLE_ENDIAN) return packed;
  const { units, ends } = given;
  const bytes = Buffer.from(units.buffer, units.byteOffset, 2 * units.length);
  return {
    starts: packed.starts,
    count: packed.count,
    cell: (k) => bytes.toString("utf16le", k > 0 ? 2 * ends[k - 1] : 0, 2 * ends[k]),
    units: given,
  };
}

/**
 * The cells of a wire, each decoded when asked.
 *
 * @example fromWire(toWire(p).wire).cell(k) === p.cell(k)
 */
export function fromWire(wire: PackedWire): PackedCells {
  const { starts, ends, wide } = wire;
  const bytes = Buffer.from(wire.bytes.buffer, wire.bytes.byteOffset, wire.bytes.byteLength);
  const width = wide ? 2 : 1;
  return {
    starts,
    count: ends.length,
    cell: (k) =>
      bytes.toString(
        wide ? "utf16le" : "latin1",
        (k > 0 ? ends[k - 1] : 0) * width,
        ends[k] * width,
      ),
  };
}
