/**
 * A page file's stamp — inode, size and mtime — as the generator (which stamps the pages it wrote)
 * and the paper loader (which stamps the pages it read) both keep it. The generator hard-links an
 * unchanged page from the previous folder (same inode, same mtime) and writes a changed one as a
 * new file, so an unchanged stamp means unchanged bytes.
 */
import type { BigIntStats } from 'node:fs';

/** A page file's stamp: inode, size and mtime in nanoseconds. */
export const stampOf = (stats: BigIntStats): string => `${stats.ino}:${stats.size}:${stats.mtimeNs}`;

/**
 * A file written this recently before it was looked at may be written again within the same tick
 * of the file system's clock, keeping its stamp: such a file is not stamped (it is read next time).
 */
const SETTLE_NS = 200_000_000n;

/** Whether a file of `stats`, looked at `atNs` (nanoseconds since the epoch), is old enough to stamp. */
export const settledAt = (stats: BigIntStats, atNs: bigint): boolean => atNs - stats.mtimeNs >= SETTLE_NS;
