/**
 * The reader's library, kept in localStorage: reading marks and the current selection. The
 * key is namespaced by where the site lives (its base path over http(s); its folder on disk
 * from `file://`, where Chromium gives every file one shared origin), so two paperfold sites
 * on one host, or two downloaded copies, keep separate libraries.
 */
import type { Mark, Marks } from './marks-file.ts';

/** What is stored under the site's key. */
interface Stored {
	marks: Marks;
	selection: string[];
}

/** The storage key of the site whose root is `siteRoot` (an absolute URL). */
export const libraryKey = (siteRoot: string): string => `paperfold-library:${new URL(siteRoot).pathname}`;

/** The library of one site, written through to localStorage on every change. */
export class LibraryStore {
	#key: string;
	#data: Stored;
	#listeners = new Set<() => void>();
	#storage: Storage;

	constructor(siteRoot: string, storage: Storage = localStorage) {
		this.#key = libraryKey(siteRoot);
		this.#storage = storage;
		this.#data = this.#read();
		// Another tab of the same site changed the library: show it here too.
		addEventListener('storage', (event) => {
			if (event.key !== this.#key) return;
			this.#data = this.#read();
			this.#notify();
		});
	}

	get marks(): Readonly<Marks> {
		return this.#data.marks;
	}

	markOf(id: string): Mark | undefined {
		return this.#data.marks[id];
	}

	setMark(id: string, mark: Mark | undefined): void {
		const marks = { ...this.#data.marks };
		if (mark) marks[id] = mark;
		else delete marks[id];
		this.#write({ ...this.#data, marks });
	}

	replaceMarks(marks: Marks): void {
		this.#write({ ...this.#data, marks });
	}

	get selection(): readonly string[] {
		return this.#data.selection;
	}

	isSelected(id: string): boolean {
		return this.#data.selection.includes(id);
	}

	setSelected(ids: readonly string[], selected: boolean): void {
		const current = new Set(this.#data.selection);
		for (const id of ids) {
			if (selected) current.add(id);
			else current.delete(id);
		}
		this.#write({ ...this.#data, selection: [...current] });
	}

	clearSelection(): void {
		this.#write({ ...this.#data, selection: [] });
	}

	/** Calls `listener` after every change, from this page or another tab. */
	subscribe(listener: () => void): void {
		this.#listeners.add(listener);
	}

	#read(): Stored {
		try {
			const stored = JSON.parse(this.#storage.getItem(this.#key) ?? 'null') as Partial<Stored> | null;
			return { marks: stored?.marks ?? {}, selection: Array.isArray(stored?.selection) ? stored.selection : [] };
		} catch {
			// A damaged entry is not the reader's fault: start afresh rather than break the page.
			return { marks: {}, selection: [] };
		}
	}

	#write(next: Stored): void {
		this.#data = next;
		try {
			this.#storage.setItem(this.#key, JSON.stringify(next));
		} catch {
			// Storage full or disabled (private mode): the library still works for this page.
		}
		this.#notify();
	}

	#notify(): void {
		for (const listener of this.#listeners) listener();
	}
}
