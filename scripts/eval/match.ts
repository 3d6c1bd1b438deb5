/**
 * How a predicted string is compared with a gold one. Every scorer uses these rules so the
 * figures mean the same thing: case-insensitive, whitespace-normalised, exact after that.
 * A name cut short ("Qwen2" for "Qwen2-Math") or run long ("ReachQA dataset") does not match:
 * a reader would see a wrong name, so the scorer does too.
 */

/**
 * The comparable form of a name or phrase: Unicode NFKC, lower case, curly quotes and dashes
 * made plain, LaTeX ties and runs of whitespace made one space, surrounding punctuation dropped.
 *
 * @example normalise('  Llama 3.1\n70B ') // 'llama 3.1 70b'
 * @example normalise('“GZ:3D”') // 'gz:3d'
 */
export function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[‐‑‒–—−]/g, '-')
		// A LaTeX tie ("Difference~(TD)") is a space that a listing forgot to render.
		.replace(/~/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[\s"'(\[{.,;:]+|[\s"')\]}.,;:]+$/g, '');
}

/**
 * True when `candidate` is the same name as one of `names` under `normalise`.
 *
 * @example sameName('Waffle', ['WAFFLE']) // true
 * @example sameName('Qwen2', ['Qwen2-Math']) // false: cut short
 */
export function sameName(candidate: string, names: readonly string[]): boolean {
	const form = normalise(candidate);
	return form !== '' && names.some((name) => normalise(name) === form);
}

/**
 * A phrase with each word's plural ending folded, so "hallucination" meets "hallucinations"
 * and "masks" meets "mask" (a keyphrase list may pick either number).
 *
 * @example foldPlural('Diffusion Models') // 'diffusion model'
 * @example foldPlural('analysis') // 'analysis'
 */
export function foldPlural(text: string): string {
	return normalise(text)
		.split(' ')
		.map((word) => (word.length > 3 && /[^s]s$/.test(word) && !/(?:ss|us|is)$/.test(word) ? word.slice(0, -1) : word))
		.join(' ');
}

/** True when two spans `[start, end)` share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}

/** `part / whole`, or null when there is nothing to divide (reported as "n/a", not as 0). */
export function ratio(part: number, whole: number): number | null {
	return whole === 0 ? null : part / whole;
}
