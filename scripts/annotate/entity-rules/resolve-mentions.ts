/**
 * From candidate entities to entities with spans: every mention of every candidate form in
 * the abstract, each character given to one entity — the longer mention first, then the
 * candidate of higher priority, then the earlier one.
 */
import { inTitle, type Entity, type EntitySpan, type Span } from '../../../src/shared/paper-schema.ts';
import type { EntityType } from '../lexicons.ts';
import { gluedSectionNumbers } from './contents-headings.ts';
import { entityId } from './entity-ids.ts';

/** One entity the rules found, with all its forms and the priority of its strongest rule. */
export interface Candidate {
	type: EntityType;
	name: string;
	role: Entity['role'];
	forms: Set<string>;
	priority: number;
	/** Some rule read its type from the words around it: no evidence corrects it. */
	statedType?: boolean;
	/** Named by the title alone: when no mention in the abstract is left to it, its mention in the title is its span. */
	titleOnly?: boolean;
}

/** Several words, or lower-case words joined by hyphens ("expectation-maximization"), which a long form capitalises. */
const isCaseFree = (form: string) => /\s/.test(form) || /^[a-z]+(?:[-–][a-z]+)+$/.test(form);
const BEFORE = /[A-Za-z0-9-]/;
const AFTER = /[A-Za-z0-9]/;

/**
 * Entities with every span where the abstract mentions them (outside the `excluded` places:
 * URLs, a name used as a metric), introduced ones first, then by first mention; a candidate
 * no mention is left to is dropped, but for one named by the `title` alone, whose span is then
 * its first place there (`field: 'title'`).
 */
export function resolveMentions(abstract: string, candidates: readonly Candidate[], excluded: (start: number, end: number) => boolean, title = ''): Entity[] {
	const lower = abstract.toLowerCase();
	const sameLength = lower.length === abstract.length;
	// A run-in table of contents glues its section numbers to the names before them ("NOTEARS4."): a mention may end there.
	const glued = new Set(gluedSectionNumbers(abstract));
	const mentions: { candidate: number; start: number; end: number }[] = [];
	candidates.forEach((candidate, index) => {
		for (const form of candidate.forms) {
			// Several-word forms and lower-case compounds match in any case, when lower-casing keeps offsets.
			const caseless = isCaseFree(form) && sameLength;
			const haystack = caseless ? lower : abstract;
			const needle = caseless ? form.toLowerCase() : form;
			for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
				const end = at + needle.length;
				if (BEFORE.test(abstract[at - 1] ?? '') || (AFTER.test(abstract[end] ?? '') && !glued.has(end)) || excluded(at, end)) continue;
				mentions.push({ candidate: index, start: at, end });
			}
		}
	});
	mentions.sort(
		(a, b) =>
			b.end - b.start - (a.end - a.start) ||
			candidates[b.candidate]!.priority - candidates[a.candidate]!.priority ||
			a.start - b.start,
	);
	const taken = new Uint8Array(abstract.length);
	const spans = candidates.map(() => [] as Span[]);
	for (const mention of mentions) {
		if (anyTaken(taken, mention.start, mention.end)) continue;
		taken.fill(1, mention.start, mention.end);
		spans[mention.candidate]!.push({ start: mention.start, end: mention.end, text: abstract.slice(mention.start, mention.end) });
	}
	const entities: Entity[] = [];
	candidates.forEach((candidate, index) => {
		const found: EntitySpan[] = spans[index]!.sort((a, b) => a.start - b.start);
		if (found.length === 0 && candidate.titleOnly) found.push(...titleSpan(title, candidate.name));
		if (found.length === 0) return;
		entities.push({ id: entityId(candidate.name), name: candidate.name, type: candidate.type, role: candidate.role, spans: found });
	});
	// The title is read before the abstract: a name only it gives comes first of its role.
	const firstAt = (entity: Entity) => (inTitle(entity.spans[0]!) ? -1 : entity.spans[0]!.start);
	return entities.sort((a, b) => Number(b.role === 'introduced') - Number(a.role === 'introduced') || firstAt(a) - firstAt(b));
}

/** Whether a character in [start, end) is taken: a loop, as a view made per mention costs more than the test. */
function anyTaken(taken: Uint8Array, start: number, end: number): boolean {
	for (let at = start; at < end; at++) if (taken[at] === 1) return true;
	return false;
}

/** The first place `name` stands whole in `title`, as a title span; none when it does not. */
function titleSpan(title: string, name: string): EntitySpan[] {
	for (let at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1)) {
		const end = at + name.length;
		if (!BEFORE.test(title[at - 1] ?? '') && !AFTER.test(title[end] ?? '')) return [{ start: at, end, text: name, field: 'title' }];
	}
	return [];
}
