// @vitest-environment node
import JSZip from 'jszip';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rewriteStoreZip, zipContents, zipEntries, type ZipEntry } from '../../scripts/store-zip';
import { PROJECT_ROOT } from '../support/shared';

const text = (s: string) => new TextEncoder().encode(s);
const source = readFileSync(join(PROJECT_ROOT, 'core', 'letter', 'render.ts'));
// Few iterations: the format is what is tested here; the release zip uses zopfli's default.
const FAST = { iterations: 1 };

async function read(zip: Buffer): Promise<Map<string, { data: Uint8Array; dir: boolean }>> {
  const archive = await JSZip.loadAsync(zip, { checkCRC32: true });
  const out = new Map<string, { data: Uint8Array; dir: boolean }>();
  for (const [name, file] of Object.entries(archive.files)) out.set(name, { data: await file.async('uint8array'), dir: file.dir });
  return out;
}

/** Each entry's compression method (0 stored, 8 deflated), read from the central directory the end record points to. */
function centralDirectory(zip: Buffer): Map<string, number> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const methods = new Map<string, number>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    methods.set(zip.toString('utf8', at + 46, at + 46 + nameLength), zip.readUInt16LE(at + 10));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return methods;
}

describe('zipEntries', () => {
  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: text('{"manifest_version":3}') },
    { name: 'chunks/thread.js', data: source },
    { name: 'icon/128.png', data: randomBytes(2048) },
    { name: 'empty.txt', data: new Uint8Array() },
    { name: '_locales/fr/messages.json', data: text('{"a":{"message":"Décliner poliment"}}') },
    { name: 'Übersicht.txt', data: text('ä') },
  ];

  it('writes a zip any reader opens, with every file byte for byte, its CRC checked, and no folder entries', async () => {
    const files = await read(await zipEntries(entries, FAST));
    expect([...files.keys()].sort()).toEqual(entries.map((e) => e.name).sort());
    for (const e of entries) {
      expect(files.get(e.name)!.dir).toBe(false);
      expect(Buffer.from(files.get(e.name)!.data).equals(Buffer.from(e.data))).toBe(true);
    }
  });

  it('stores what deflate cannot shrink and deflates the rest', async () => {
    const methods = centralDirectory(await zipEntries(entries, FAST));
    expect(methods.get('icon/128.png')).toBe(0);
    expect(methods.get('chunks/thread.js')).toBe(8);
    // 22 bytes of JSON deflate to no fewer bytes: stored too.
    expect(methods.get('manifest.json')).toBe(0);
  });

  it('gives the same bytes for the same files (fixed dates), and is smaller than JSZip at level 9', async () => {
    const a = await zipEntries(entries, FAST);
    expect(a.equals(await zipEntries(entries, FAST))).toBe(true);
    const jszip = new JSZip();
    for (const e of entries) jszip.file(e.name, e.data);
    const level9 = await jszip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(a.length).toBeLessThan(level9.length);
  });

  it('refuses paths that would escape the archive, and the same path twice', async () => {
    for (const name of ['../x.js', '/abs.js', 'a\\b.js', '', 'a/../../b']) {
      await expect(zipEntries([{ name, data: text('x') }], FAST)).rejects.toThrow(/safe path/);
    }
    await expect(zipEntries([{ name: 'a.js', data: text('1') }, { name: 'a.js', data: text('2') }], FAST)).rejects.toThrow(/twice/);
  });

  it('writes an empty archive as just the end record', async () => {
    const zip = await zipEntries([], FAST);
    expect(zip.length).toBe(22);
    expect((await read(zip)).size).toBe(0);
  });
});

describe('rewriteStoreZip', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps exactly the files of the zip it rewrites, byte for byte, and drops its folder entries', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dp-zip-'));
    const original = new JSZip();
    original.file('manifest.json', '{"manifest_version":3}');
    original.file('chunks/thread.js', source);
    original.file('_locales/en/messages.json', '{"extName":{"message":"Decline Politely"}}');
    original.folder('empty-folder');
    const path = join(dir, 'extension.zip');
    writeFileSync(path, await original.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
    const before = readFileSync(path);

    await rewriteStoreZip(path, FAST);

    const files = await read(readFileSync(path));
    expect([...files.keys()]).toEqual(['_locales/en/messages.json', 'chunks/thread.js', 'manifest.json']);
    for (const e of await zipContents(before)) expect(Buffer.from(files.get(e.name)!.data).equals(Buffer.from(e.data))).toBe(true);
    expect(readFileSync(path).length).toBeLessThan(before.length);
  });
});
