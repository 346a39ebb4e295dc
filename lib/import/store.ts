import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { importChunks, imports } from "@/db/schema";
import { detectEncoding, SAMPLE_BYTES } from "./encoding";
import { formatOf, previewRows, type ByteSource } from "./parse";

/** The largest file an import takes (a 100k-row customer CSV is ~25 MB). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Stored in pieces of this size. */
const CHUNK_BYTES = 1024 * 1024;

export class ImportTooLargeError extends Error {
  constructor() {
    super("tooLarge");
  }
}

/**
 * Stores an upload in PostgreSQL as it arrives (1 MB rows of `import_chunks`), so any
 * instance's worker can read it, and records the import with the detected encoding
 * and the header row. In the caller's transaction: a file over the limit, empty or
 * unreadable leaves nothing behind.
 */
export async function storeUpload(
  tx: Tx,
  upload: {
    createdById: string;
    ownerId: string | null;
    fileName: string;
    body: AsyncIterable<Uint8Array>;
    maxBytes?: number;
  },
) {
  const [record] = await tx
    .insert(imports)
    .values({
      createdById: upload.createdById,
      ownerId: upload.ownerId,
      fileName: upload.fileName.slice(0, 200),
      format: "csv",
      size: 0,
      detectedEncoding: "utf-8",
      encoding: "utf-8",
    })
    .returning({ id: imports.id });
  const id = record!.id;
  const max = upload.maxBytes ?? MAX_IMPORT_BYTES;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let size = 0;
  let seq = 0;
  let sample: Buffer | null = null;
  const flush = async () => {
    if (!pendingBytes) return;
    const data = Buffer.concat(pending);
    sample ??= data.subarray(0, SAMPLE_BYTES);
    await tx.insert(importChunks).values({ importId: id, seq: seq++, data });
    pending = [];
    pendingBytes = 0;
  };
  for await (const piece of upload.body) {
    size += piece.length;
    if (size > max) throw new ImportTooLargeError();
    pending.push(Buffer.from(piece));
    pendingBytes += piece.length;
    if (pendingBytes >= CHUNK_BYTES) await flush();
  }
  await flush();
  const first = sample ?? Buffer.alloc(0);
  const format = formatOf(upload.fileName, first);
  const encoding = detectEncoding(first);
  const { header } = await previewRows(storedBytes(id, tx), { format, encoding }, 0);
  await tx
    .update(imports)
    .set({ format, size, detectedEncoding: encoding, encoding, header })
    .where(eq(imports.id, id));
  return { id, format, encoding, size, header };
}

/** An import's stored bytes in order, a few chunks per query (memory stays flat). */
export async function* storedBytes(importId: string, client: Tx | typeof db = db): ByteSource {
  let seq = -1;
  for (;;) {
    const rows = await client
      .select({ seq: importChunks.seq, data: importChunks.data })
      .from(importChunks)
      .where(and(eq(importChunks.importId, importId), gt(importChunks.seq, seq)))
      .orderBy(asc(importChunks.seq))
      .limit(4);
    if (!rows.length) return;
    for (const row of rows) yield row.data;
    seq = rows.at(-1)!.seq;
  }
}
