/**
 * Typed entities of one paper (method | algorithm | model | dataset), each with
 * its role (introduced | used) and every span where the abstract mentions it.
 *
 * Sources, strongest first: names the paper introduces (entity-rules.ts), the curated
 * lexicons (content/lexicons/), then pattern rules for unseen names (model versions
 * and sizes, "X benchmark", "X, a … method", CamelCase names). Where two candidates
 * claim the same characters, the longer mention wins, then the stronger source.
 */
import { slug } from 'github-slugger';
import type { Acronym, Entity, Span } from '../../../src/schemas/paper.ts';
import { extractAcronyms } from './acronyms.ts';
import { DATASET_CONTEXT, findIntroducedNames, isCoinedName, METHOD_APPOSITION, modelPattern } from '../entity-rules/introduced-names.ts';
import type { EntityType, LexiconEntry, Lexicons } from '../lexicons.ts';
import { splitSentences } from '../sentences.ts';
import type { TextRule } from './text-rule.ts';

/** The `entities` text rule: typed entities, which the acronyms found help name. */
export const entitiesRule: TextRule<'entities', 'acronyms'> = {
	field: 'entities',
	needs: ['acronyms'],
	annotate: ({ title, abstract, lexicons, sentences }, { acronyms }) => extractEntities(title, abstract, lexicons, acronyms, sentences),
};

interface Candidate {
	type: EntityType;
	name: string;
	role: Entity['role'];
	forms: Set<string>;
	/** 3 introduced, 2 lexicon, 1 pattern, 0 CamelCase guess. */
	priority: number;
}

interface CompiledLexicons {
	generic: Set<string>;
	/** Form as written (single words) or lower-cased (several words) → entry. */
	lookup: Map<string, { type: EntityType; entry: LexiconEntry }>;
	matcher: RegExp;
	models: RegExp;
}

// Lexicons are compiled once per Lexicons object, not once per abstract.
const compiled = new WeakMap<Lexicons, CompiledLexicons>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isMultiWord = (form: string) => /\s/.test(form);
const BEFORE = /[A-Za-z0-9-]/;
const AFTER = /[A-Za-z0-9]/;

function compile(lexicons: Lexicons): CompiledLexicons {
	const cached = compiled.get(lexicons);
	if (cached) return cached;
	const lookup = new Map<string, { type: EntityType; entry: LexiconEntry }>();
	const types: EntityType[] = ['method', 'algorithm', 'model', 'dataset'];
	for (const type of types) {
		for (const entry of lexicons[type]) {
			for (const form of [entry.name, ...entry.aliases]) {
				const key = isMultiWord(form) ? form.toLowerCase() : form;
				if (!lookup.has(key)) lookup.set(key, { type, entry });
			}
		}
	}
	const forms = [...lookup.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
	// Multi-word forms match in any case ("proximal policy optimization"); single words exactly ("MATH").
	const alternatives = forms.map((f) => (isMultiWord(f) ? escape(f).replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/\s+/g, '\\s+') : escape(f)));
	const matcher = new RegExp(`(?<![A-Za-z0-9-])(?:${alternatives.join('|') || '(?!)'})(?![A-Za-z0-9])`, 'g');
	const families = lexicons.model.flatMap((e) => [e.name, ...e.aliases]);
	const result = { generic: new Set(lexicons.generic), lookup, matcher, models: modelPattern(families) };
	compiled.set(lexicons, result);
	return result;
}

/** Extracts the typed entities of a paper from its title and abstract. */
export function extractEntities(title: string, abstract: string, lexicons: Lexicons, acronyms: Acronym[] = extractAcronyms(abstract), sentences: Span[] = splitSentences(abstract)): Entity[] {
	const lex = compile(lexicons);
	const urls = [...abstract.matchAll(/https?:\/\/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
	const inUrl = (at: number) => urls.some(([s, e]) => at >= s && at < e);
	const isGeneric = (name: string) => lex.generic.has(name);
	const known = (name: string) => lex.lookup.has(name) || lex.lookup.has(name.toLowerCase());
	const inAcronym = (at: number) => acronyms.some((a) => at >= a.span.start && at < a.span.end);
	const candidates = new Map<string, Candidate>();

	const add = (type: EntityType, name: string, role: Entity['role'], forms: string[], priority: number) => {
		if (slug(name) === '') return; // a name of punctuation only has no page
		const key = `${type}/${slug(name)}`;
		const existing = candidates.get(key);
		if (existing) {
			for (const f of forms) existing.forms.add(f);
			if (priority > existing.priority) Object.assign(existing, { role, priority });
		} else {
			candidates.set(key, { type, name, role, forms: new Set([name, ...forms]), priority });
		}
	};

	for (const hit of findIntroducedNames(title, abstract, sentences, acronyms, isGeneric, known)) {
		// "the Few-Shot Bot (FSB)": a long form found on its own joins its short form.
		const byLong = acronyms.find((a) => a.long === hit.name);
		const byShort = acronyms.find((a) => a.short === hit.name);
		const name = byLong && !isGeneric(byLong.short) ? byLong.short : hit.name;
		const forms = [...hit.forms, ...(byLong ? [byLong.long] : []), ...(byShort ? [byShort.long] : [])];
		add(hit.type, name, 'introduced', forms, 3);
	}
	for (const m of abstract.matchAll(lex.matcher)) {
		if (inUrl(m.index)) continue;
		const found = lex.lookup.get(m[0]) ?? lex.lookup.get(m[0].toLowerCase().replace(/\s+/g, ' '));
		if (found) add(found.type, found.entry.name, 'used', [found.entry.name, ...found.entry.aliases], 2);
	}
	for (const m of abstract.matchAll(lex.models)) {
		if (inUrl(m.index) || isGeneric(m[0]) || known(m[0])) continue;
		add('model', m[0], 'used', [], 1);
	}
	for (const m of abstract.matchAll(DATASET_CONTEXT)) {
		const name = m[1]!;
		if (isCoinedName(name) && !isGeneric(name) && !known(name) && !inAcronym(m.index)) add('dataset', name, 'used', [], 1);
	}
	for (const m of abstract.matchAll(METHOD_APPOSITION)) {
		const name = m[1]!;
		if (isCoinedName(name) && !isGeneric(name) && !known(name) && !inUrl(m.index)) add('method', name, 'used', [], 1);
	}
	for (const m of abstract.matchAll(/(?<![A-Za-z0-9-])[A-Za-z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g)) {
		const name = m[0];
		if (!isCoinedName(name) || isGeneric(name) || known(name) || inUrl(m.index) || inAcronym(m.index)) continue;
		add('method', name, 'used', [], 0);
	}
	return resolveSpans(abstract, [...candidates.values()], inUrl);
}

/** Finds every mention of every candidate and gives each character to one entity. */
function resolveSpans(abstract: string, candidates: Candidate[], inUrl: (at: number) => boolean): Entity[] {
	const lower = abstract.toLowerCase();
	const sameLength = lower.length === abstract.length;
	const mentions: { candidate: number; start: number; end: number }[] = [];
	candidates.forEach((candidate, index) => {
		for (const form of candidate.forms) {
			const caseless = isMultiWord(form) && sameLength;
			const haystack = caseless ? lower : abstract;
			const needle = caseless ? form.toLowerCase() : form;
			for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
				const end = at + needle.length;
				if (BEFORE.test(abstract[at - 1] ?? '') || AFTER.test(abstract[end] ?? '') || inUrl(at)) continue;
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
		if (taken.subarray(mention.start, mention.end).some((t) => t === 1)) continue;
		taken.fill(1, mention.start, mention.end);
		spans[mention.candidate]!.push({ start: mention.start, end: mention.end, text: abstract.slice(mention.start, mention.end) });
	}
	const entities: Entity[] = [];
	candidates.forEach((candidate, index) => {
		const found = spans[index]!.sort((a, b) => a.start - b.start);
		if (found.length === 0) return;
		entities.push({ id: slug(candidate.name), name: candidate.name, type: candidate.type, role: candidate.role, spans: found });
	});
	return entities.sort(
		(a, b) => Number(b.role === 'introduced') - Number(a.role === 'introduced') || a.spans[0]!.start - b.spans[0]!.start,
	);
}
