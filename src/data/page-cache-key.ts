/**
 * The `cacheKey` every `getStaticPaths()` gives its pages, so an incremental `astro build`
 * (`experimental.incrementalBuild`) renders again exactly the pages whose content changed.
 *
 * A page is a function of its template code (Astro hashes that itself), of its props and of
 * what is read while rendering outside Vite's module graph: the paper body store (keyed by
 * the entry digest, which is in the props), the browser bundles made from `src/client/` at
 * render time, and the list limits read from the environment. So the key is
 * `digest(salt, props)`, where the salt digests all of `src/`, the locked package versions and
 * the list limits: a code change renders every page again, a content change only the pages
 * whose props hold a changed record. A stale page is worse than a slow build, so the key
 * covers everything in the props, not a chosen part of them.
 *
 * Props share records (a paper is listed by its topic, its entities and its neighbours), so
 * each object is hashed once per build and a record the loader already digested (a paper)
 * stands for its digest: hashing the props of every page stays linear in the collection.
 */
import { hash } from 'node:crypto';

/** Hex SHA-256 of `text`. */
const sha = (text: string) => hash('sha256', text);

/** Texts longer than this stand in their parent as their hash; shorter ones as themselves (hashing costs more). */
const INLINE_LIMIT = 256;

/** Computes page keys; one per build, so shared records are hashed once. */
export interface PageCacheKeys {
	/** The key of a page whose props are `props`. */
	(props: unknown): string;
}

/**
 * A key function over `salt` (what every page depends on besides its props) and `known`
 * (objects whose digest is already known, e.g. a paper record → its content digest).
 *
 * Each value is written out canonically (object keys sorted; maps, sets and dates by their
 * contents), every kind with its own prefix and brackets, so two different values never
 * write the same text; a long text is replaced by `#` and its hash.
 *
 * @example
 * const key = createPageCacheKeys('code-digest', new Map([[paper, 'abc']]));
 * key({ paper, title: 'T' }) === key({ title: 'T', paper }) // key order does not matter
 */
export function createPageCacheKeys(salt: string, known: ReadonlyMap<object, string> = new Map()): PageCacheKeys {
	const memo = new WeakMap<object, string>();
	// Props of thousands of pages repeat a few dozen keys: each is written as JSON once.
	const keyTexts = new Map<string, string>();
	const keyText = (key: string) => {
		let text = keyTexts.get(key);
		if (text === undefined) keyTexts.set(key, (text = JSON.stringify(key)));
		return text;
	};
	const textOf = (value: unknown): string => {
		if (value === null || typeof value !== 'object') {
			// `undefined` and functions are not shown; they still differ from `null` and from a missing key.
			return typeof value === 'undefined' || typeof value === 'function' ? `~${typeof value}` : JSON.stringify(value);
		}
		const cached = memo.get(value);
		if (cached !== undefined) return cached;
		const digest = known.get(value);
		let text: string;
		if (digest !== undefined) text = `K${JSON.stringify(digest)}`;
		else if (value instanceof Date) text = `D${value.toISOString()}`;
		else if (Array.isArray(value)) {
			text = 'A[';
			for (let i = 0; i < value.length; i++) text += i ? `,${textOf(value[i])}` : textOf(value[i]);
			text += ']';
		} else if (value instanceof Map) {
			text = 'M[';
			let first = true;
			for (const [k, v] of value) {
				text += `${first ? '' : ','}${textOf(k)}:${textOf(v)}`;
				first = false;
			}
			text += ']';
		} else if (value instanceof Set) {
			text = 'S[';
			let first = true;
			for (const item of value) {
				text += first ? textOf(item) : `,${textOf(item)}`;
				first = false;
			}
			text += ']';
		} else {
			const keys = Object.keys(value).sort();
			text = 'O{';
			for (let i = 0; i < keys.length; i++) text += `${i ? ',' : ''}${keyText(keys[i]!)}:${textOf((value as Record<string, unknown>)[keys[i]!])}`;
			text += '}';
		}
		// Only long texts are kept: writing a small object again is cheaper than remembering it.
		if (text.length > INLINE_LIMIT) memo.set(value, (text = `#${sha(text)}`));
		return text;
	};
	return (props) => sha(`${salt}\0${textOf(props)}`);
}

/** A `getStaticPaths()` entry with its `cacheKey`: `withCacheKey(cacheKey, { params, props })`. */
export function withCacheKey<P extends { props: unknown }>(keys: PageCacheKeys, path: P): P & { cacheKey: string } {
	return { ...path, cacheKey: keys(path.props) };
}
