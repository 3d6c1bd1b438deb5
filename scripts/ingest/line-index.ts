/**
 * Turning character offsets into 1-based line and column numbers for diagnostics.
 */

export interface Position {
	/** 1-based line. */
	line: number;
	/** 1-based column (UTF-16 code units, as editors count them in most cases). */
	column: number;
}

/**
 * Builds a lookup from offsets in `text` to positions.
 *
 * @example createLineIndex('a\nbc').position(3) // { line: 2, column: 2 }
 */
export function createLineIndex(text: string): { position(offset: number): Position; lineOf(offset: number): number } {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	const position = (offset: number): Position => {
		const clamped = Math.max(0, Math.min(offset, text.length));
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid] <= clamped) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: clamped - starts[low] + 1 };
	};
	return { position, lineOf: (offset) => position(offset).line };
}

/** The lines of `text`, without their `\n` or `\r\n` endings. */
export function splitLines(text: string): string[] {
	return text.split(/\r?\n/);
}
