/**
 * A speed-up for mdast-util-to-markdown's escaping that leaves its output unchanged.
 *
 * `state.safe` runs every "unsafe" pattern (some 70 with the MDX and GFM extensions) as a
 * regex over each text it escapes, and a page holds hundreds of small texts: at 10,000
 * pages that was a third of the render time. Each pattern's regex requires its own
 * `character` literally, so a pattern whose character does not occur in the text (with the
 * characters around it that `safe` looks at) can never match. This wrapper hands `safe`
 * only the patterns that can, for the duration of one call; the library still decides every
 * escape.
 */
import type { Handle, Options, State, Unsafe } from 'mdast-util-to-markdown';
import { defaultHandlers } from 'mdast-util-to-markdown';

type SafeConfig = Parameters<State['safe']>[1];

/** Per pattern list: its distinct characters, and the sublists already made, by which occur. */
const sublists = new WeakMap<Unsafe[], { characters: string[]; byPresent: Map<string, Unsafe[]> }>();

/** Patterns of `all` whose character occurs in `text`, in their original order. */
function patternsFor(all: Unsafe[], text: string): Unsafe[] {
	let entry = sublists.get(all);
	if (!entry) {
		entry = { characters: [...new Set(all.map((pattern) => pattern.character))], byPresent: new Map() };
		sublists.set(all, entry);
	}
	let present = '';
	for (const character of entry.characters) if (text.includes(character)) present += character;
	let found = entry.byPresent.get(present);
	if (!found) {
		found = all.filter((pattern) => present.includes(pattern.character));
		entry.byPresent.set(present, found);
	}
	return found;
}

/** Replaces `state.safe` with one that only runs the patterns a text can match. */
function prefilterUnsafe(state: State): void {
	const safe = state.safe;
	state.safe = function prefilteredSafe(value: string | null | undefined, config: SafeConfig): string {
		const all = state.unsafe;
		state.unsafe = patternsFor(all, (config.before ?? '') + (value ?? '') + (config.after ?? ''));
		try {
			return safe.call(state, value, config);
		} finally {
			state.unsafe = all;
		}
	};
}

const root: Handle = (node, parent, state, info) => {
	prefilterUnsafe(state);
	return defaultHandlers.root(node, parent, state, info);
};

/** A to-markdown extension: serialising a `root` installs the prefilter for the whole tree. */
export const unsafePrefilter: Options = { handlers: { root } };
