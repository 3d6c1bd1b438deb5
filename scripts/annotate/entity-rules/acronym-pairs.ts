/**
 * An acronym and the long form the abstract defines it by are one entity: "the Continuous Ranked
 * Probability Score (CRPS) … scores such as the CRPS" speaks of one score, which one rule may
 * find by its long form ("… Score", a cue noun) and another by its short form (a list of
 * scores). Two entities would split its mentions and count one thing twice. The long form
 * becomes a form of the acronym, which is how the introduced-name rules name such a pair.
 *
 * A compound acronym ("PCA-KNN") defined by its parts' long forms joined ("principal component
 * analysis-K-nearest neighbor (PCA-KNN)") takes its long form as a form even where no rule found it:
 * a known name inside it ("principal component analysis") is a part of the compound there, not a
 * second technique the paper uses.
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import type { Candidate } from './resolve-mentions.ts';

/**
 * Folds each candidate named by a defined long form into the candidate of the same type named
 * by its acronym (forms joined, the stronger rule's role kept, "introduced" at equal strength), in place; `key` is the
 * candidates' map key.
 */
export function foldAcronymPairs(candidates: Map<string, Candidate>, acronyms: readonly Acronym[], key: (type: string, name: string) => string): void {
	for (const { short, long } of acronyms) {
		for (const type of ['method', 'algorithm', 'model', 'dataset']) {
			const longKey = key(type, long);
			const spelled = candidates.get(longKey);
			const abbreviated = candidates.get(key(type, short));
			if (!spelled || !abbreviated || spelled === abbreviated) continue;
			for (const form of [spelled.name, ...spelled.forms]) abbreviated.forms.add(form);
			abbreviated.statedType ||= spelled.statedType;
			// The stronger rule's role; at equal strength, the one that read the authors making it.
			if (spelled.priority > abbreviated.priority || (spelled.priority === abbreviated.priority && spelled.role === 'introduced')) Object.assign(abbreviated, { role: spelled.role, priority: spelled.priority });
			candidates.delete(longKey);
		}
		if (!/[A-Za-z]-[A-Za-z]/.test(short) || !long.includes('-')) continue;
		for (const type of ['method', 'algorithm', 'model', 'dataset']) candidates.get(key(type, short))?.forms.add(long);
	}
}
