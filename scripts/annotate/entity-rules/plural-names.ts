/**
 * A name and its plural are one entity: "Task-specific LoRAs also improve MuSiQue" speaks of
 * LoRA, and a second "LoRAs" entity (its own page, its own chip) would split the paper's
 * mentions of one method in two. The plural becomes a form of the singular, so its mentions
 * link to it. A plural acronym the abstract defines by the plural of a name found ("Latent Replays
 * (LRs)" beside the algorithm "Latent Replay") is that name too, whatever type its acronym rule guessed, and
 * so is a coined plural beside its singular typed otherwise ("VideoLLMs" and "VideoLLM").
 */
import type { Candidate } from './resolve-mentions.ts';

/** An English plural of a name: one final lower-case "s" after a letter or digit that is not itself "s" ("LoRAs", "GPTs", "ViTs"). */
const PLURAL = /(?<=[^\Ws])s$/;

/** The candidate whose name's plural is a form of a plural acronym ("Latent Replay" of "LRs" defined as "Latent Replays"). */
function spelledSingular(candidates: Map<string, Candidate>, plural: Candidate): Candidate | undefined {
	if (!/^[A-Z]{2,}s$/.test(plural.name)) return undefined;
	return [...candidates.values()].find((c) => c !== plural && /\s/.test(c.name) && plural.forms.has(`${c.name}s`));
}

/**
 * The candidate of another type named by a coined plural's singular as written: "a unified VideoLLM"
 * beside "Video Large Language Models (VideoLLMs)", one rule typing the acronym, another the CamelCase
 * singular. A name with capitals inside is one thing whatever its number; a plain word ("Models" of
 * "Model") is left to its type.
 */
function otherTypedSingular(candidates: Map<string, Candidate>, plural: Candidate): Candidate | undefined {
	const name = plural.name.slice(0, -1);
	if (!/^[A-Za-z][a-z]*[A-Z]/.test(name)) return undefined;
	return [...candidates.values()].find((c) => c !== plural && c.name === name);
}

/**
 * Folds each candidate whose name is the plural of another candidate of the same type (or a coined
 * name's of any type) into it (forms joined, the stronger rule's role kept), in place; `key` is the
 * candidates' map key.
 */
export function foldPluralNames(candidates: Map<string, Candidate>, key: (type: string, name: string) => string): void {
	for (const [pluralKey, plural] of candidates) {
		if (!PLURAL.test(plural.name)) continue;
		const singular = candidates.get(key(plural.type, plural.name.slice(0, -1))) ?? spelledSingular(candidates, plural) ?? otherTypedSingular(candidates, plural);
		if (!singular || singular === plural) continue;
		for (const form of plural.forms) singular.forms.add(form);
		if (plural.priority > singular.priority) Object.assign(singular, { role: plural.role, priority: plural.priority });
		candidates.delete(pluralKey);
	}
}
