/**
 * Writes the store zip (the file uploaded to the Chrome Web Store and addons.mozilla.org) with zopfli's deflate.
 *
 * WXT zips the build with JSZip at deflate level 9. Zopfli writes standard deflate streams, readable by every
 * unzip and by both stores, about 4 % smaller, at the cost of a few seconds per build. The archive also leaves out
 * the folder entries JSZip adds (a zip needs none: each file's path names its folders), and gives every entry the
 * same fixed date, so one build always gives the same bytes. wxt.config.ts calls `rewriteStoreZip` on the zip
 * `wxt zip` has written, which keeps exactly the files WXT chose (its include and exclude settings apply).
 */
import { deflateAsync } from '@gfx/zopfli';
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export interface ZipEntry {
  /** The path inside the archive, with forward slashes. */
  name: string;
  data: Uint8Array;
}

export interface ZipOptions {
  /** Zopfli's iterations per file: more is smaller and slower (15, its default, for a release). */
  iterations?: number;
}

const STORED = 0;
const DEFLATED = 8;
/** 1980-01-01 00:00, the earliest date a zip can hold, in MS-DOS date and time fields. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Made by: Unix (3), zip 2.0; a regular file readable by all (0644) in the upper half of the external attributes. */
const MADE_BY = (3 << 8) | 20;
const FILE_MODE = 0o100644 << 16;
const NEEDED = 20;

/** What a file's local header and its central directory entry both record, in the same order. */
interface EntryFields {
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  nameLength: number;
}

/** Writes the 26 bytes the two headers share (version needed … file name length), starting at `at`. */
function writeEntryFields(buffer: Buffer, at: number, f: EntryFields): void {
  buffer.writeUInt16LE(NEEDED, at);
  buffer.writeUInt16LE(f.flags, at + 2);
  buffer.writeUInt16LE(f.method, at + 4);
  buffer.writeUInt16LE(DOS_TIME, at + 6);
  buffer.writeUInt16LE(DOS_DATE, at + 8);
  buffer.writeUInt32LE(f.crc, at + 10);
  buffer.writeUInt32LE(f.compressed, at + 14);
  buffer.writeUInt32LE(f.size, at + 18);
  buffer.writeUInt16LE(f.nameLength, at + 22);
}

/** The files in a zip (folder entries left out), sorted by path. */
export async function zipContents(zip: Uint8Array): Promise<ZipEntry[]> {
  const archive = await JSZip.loadAsync(zip, { checkCRC32: true });
  const files = Object.values(archive.files).filter((file) => !file.dir);
  const entries = await Promise.all(files.map(async (file) => ({ name: file.name, data: await file.async('uint8array') })));
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A zip archive of `entries`, each deflated with zopfli, or stored when deflating would not make it smaller. */
export async function zipEntries(entries: readonly ZipEntry[], options: ZipOptions = {}): Promise<Buffer> {
  const iterations = options.iterations ?? 15;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const seen = new Set<string>();
  for (const { name, data } of entries) {
    if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) throw new Error(`Not a safe path inside a zip: "${name}"`);
    if (seen.has(name)) throw new Error(`The zip would hold "${name}" twice`);
    seen.add(name);
    const deflated = data.length > 0 ? await deflateAsync(data, { numiterations: iterations }) : new Uint8Array();
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const fileName = Buffer.from(name, 'utf8');
    // Bit 11 says the name is UTF-8 (without it, unzip reads a name as code page 437); sizes are known up front.
    const flags = fileName.length === name.length ? 0 : 0x0800;
    const header: EntryFields = { flags, method: stored ? STORED : DEFLATED, crc: crc32(data), compressed: body.length, size: data.length, nameLength: fileName.length };
    if (offset + body.length > 0xffffffff || data.length > 0xffffffff) throw new Error('The zip would need Zip64, which this writer does not write');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, header);
    // Extra field length: zero.
    locals.push(local, fileName, Buffer.from(body.buffer, body.byteOffset, body.byteLength));

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY, 4);
    writeEntryFields(central, 6, header);
    // Extra field, comment, disk number and internal attributes: all zero.
    central.writeUInt32LE(FILE_MODE >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);

    offset += local.length + fileName.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  if (entries.length > 0xffff) throw new Error('The zip would need Zip64, which this writer does not write');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Writes the zip at `zipPath` again, with the same files: deflated with zopfli, without folder entries. */
export async function rewriteStoreZip(zipPath: string, options: ZipOptions = {}): Promise<void> {
  writeFileSync(zipPath, await zipEntries(await zipContents(readFileSync(zipPath)), options));
}
