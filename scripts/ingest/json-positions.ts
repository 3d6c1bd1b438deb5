/**
 * What `JSON.parse` does not tell: where each top-level record starts, and, for a broken file,
 * where the syntax error is and which bracket is still open.
 */

/** Offsets where the elements of a top-level array begin (or the offset of a lone top-level value). */
export function topLevelElementOffsets(text: string): number[] {
	const offsets: number[] = [];
	let depth = 0;
	let inString = false;
	let expectingValue = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (inString) {
			if (char === '\\') i++;
			else if (char === '"') inString = false;
			continue;
		}
		if (/\s/.test(char)) continue;
		if (depth === 0 && char !== '[') {
			offsets.push(i);
			break;
		}
		if (depth === 1 && expectingValue && char !== ']') offsets.push(i);
		expectingValue = depth === 1 && char === ',';
		if (char === '"') inString = true;
		else if (char === '[' || char === '{') {
			depth++;
			if (depth === 1) expectingValue = true;
		} else if (char === ']' || char === '}') depth--;
	}
	return offsets;
}

/** What is left open at the end of `text`: a string, or else the innermost bracket; null if nothing. */
export function innermostOpen(text: string): { char: '{' | '[' | '"'; offset: number } | null {
	const stack: { char: '{' | '['; offset: number }[] = [];
	let stringStart = -1;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (stringStart !== -1) {
			if (char === '\\') i++;
			else if (char === '"') stringStart = -1;
		} else if (char === '"') stringStart = i;
		else if (char === '{' || char === '[') stack.push({ char, offset: i });
		else if (char === '}' || char === ']') stack.pop();
	}
	if (stringStart !== -1) return { char: '"', offset: stringStart };
	return stack.at(-1) ?? null;
}

/**
 * Where and why `JSON.parse` fails on `text`, or null when it parses. V8 reports "… at position N"
 * for most errors, but not for some ("Unexpected token", "Unexpected end"); then the offset is
 * found by bisecting for the shortest prefix that is already wrong, not merely unfinished.
 */
export function jsonSyntaxError(text: string): { offset: number; reason: string } | null {
	const full = parseError(text);
	if (!full) return null;
	if (full.position !== null && full.position < text.trimEnd().length) return { offset: full.position, reason: full.reason };
	let low = 1;
	let high = text.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (isWrongAlready(text.slice(0, mid))) high = mid;
		else low = mid + 1;
	}
	const prefix = parseError(text.slice(0, low));
	if (prefix && isWrongAlready(text.slice(0, low))) return { offset: prefix.position ?? low - 1, reason: prefix.reason };
	return { offset: text.trimEnd().length, reason: 'Unexpected end of JSON input' };
}

function isWrongAlready(prefix: string): boolean {
	const error = parseError(prefix);
	if (!error) return false;
	if (error.position !== null) return error.position < prefix.trimEnd().length;
	return !/^Unexpected end/.test(error.reason);
}

function parseError(text: string): { position: number | null; reason: string } | null {
	try {
		JSON.parse(text);
		return null;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /at position (\d+)/.exec(message);
		const reason = message
			.replace(/\s*in JSON at position \d+.*$/s, '')
			.replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
			.trim();
		return { position: position ? Number(position[1]) : null, reason };
	}
}
