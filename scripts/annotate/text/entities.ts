/**
 * Typed entities of one paper (method | algorithm | model | dataset), each with
 * its role (introduced | used) and every span where the abstract mentions it.
 *
 * The rules of `entity-rules.ts` find the names, strongest first: names the paper
 * introduces, the curated lexicons (content/lexicons/), then pattern rules for unseen
 * names (model versions and sizes, "X benchmark", "X, a … method", CamelCase names).
 * Where two candidates claim the same characters, the longer mention wins, then the
 * stronger rule.
 */
import type { Acronym, Entity, Span } from '../../../src/shared/paper-schema.ts';
import { ENTITY_RULES, NAME_FILTERS } from '../entity-rules.ts';
import type { EntityContext, EntityRule, FoundName } from '../entity-rules/entity-rule.ts';
import { entityId } from '../entity-rules/entity-ids.ts';
import { lexiconIndex } from '../entity-rules/lexicon-names.ts';
import { isMetricUse } from '../entity-rules/metric-use.ts';
import { foldAcronymPairs } from '../entity-rules/acronym-pairs.ts';
import { foldPluralNames } from '../entity-rules/plural-names.ts';
import { foldRetypedNames } from '../entity-rules/retyped-names.ts';
import { foldResolutionVariants } from '../entity-rules/resolution-variants.ts';
import { foldFamilySizes } from '../entity-rules/family-sizes.ts';
import { foldInitialismPairs } from '../entity-rules/initialism-pairs.ts';
import { foldInitialAcronyms } from '../entity-rules/initial-acronyms.ts';
import { markOwnSizedVariants } from '../entity-rules/sized-variants.ts';
import { markOwnParts } from '../entity-rules/own-part-roles.ts';
import { foldStatedSizes } from '../entity-rules/stated-sizes.ts';
import { typeReleaseSiblings } from '../entity-rules/release-siblings.ts';
import { typePriorVersions } from '../entity-rules/prior-versions.ts';
import { typeNumberedSuccessors } from '../entity-rules/numbered-successors.ts';
import { typeTierVariants } from '../entity-rules/introduced/tier-variants.ts';
import { resolveMentions, type Candidate } from '../entity-rules/resolve-mentions.ts';
import { typeFromEvidence, type TypeEvidence } from '../entity-rules/type-evidence.ts';
import type { Lexicons } from '../lexicons.ts';
import { splitSentences } from '../sentences.ts';
import { extractAcronyms } from './acronyms.ts';
import type { TextRule } from './text-rule.ts';
import { allMatches } from '../all-matches.ts';

/** The `entities` text rule: typed entities, which the acronyms found help name. */
export const entitiesRule: TextRule<'entities', 'acronyms'> = {
	field: 'entities',
	needs: ['acronyms'],
	annotate: ({ title, abstract, lexicons, sentences }, { acronyms }) => extractEntities(title, abstract, lexicons, acronyms, sentences),
	// Each entity rule over every paper of the group in turn, as `annotateTexts` runs the text rules.
	annotateAll: (inputs, earlier) => {
		const lexicons = inputs[0]?.lexicons;
		if (inputs.some((input) => input.lexicons !== lexicons)) return inputs.map((input, i) => entitiesRule.annotate(input, earlier[i]!));
		return extractEntitiesOfPapers(inputs.map((input, i) => ({ ...input, acronyms: earlier[i]!.acronyms })), lexicons!);
	},
};

/** Extracts the typed entities of a paper from its title and abstract. */
export function extractEntities(
	title: string,
	abstract: string,
	lexicons: Lexicons,
	acronyms: Acronym[] = extractAcronyms(abstract),
	sentences: Span[] = splitSentences(abstract),
	rules: readonly EntityRule[] = ENTITY_RULES,
): Entity[] {
	return extractEntitiesOfPapers([{ title, abstract, acronyms, sentences }], lexicons, rules)[0]!;
}

/** What `extractEntitiesOfPapers` reads of one paper. */
export interface EntityInput {
	title: string;
	abstract: string;
	acronyms: Acronym[];
	sentences: Span[];
}

/**
 * `extractEntities` of each paper, in order, with the same entities: every rule runs over all the
 * papers before the next rule, so that its patterns and code run many times in a row.
 */
export function extractEntitiesOfPapers(papers: readonly EntityInput[], lexicons: Lexicons, rules: readonly EntityRule[] = ENTITY_RULES): Entity[][] {
	const found = papers.map((paper) => namesOf(paper, lexicons));
	for (const rule of rules) {
		const all = rule.findAll?.(found.map(({ context }) => context));
		found.forEach((names, i) => names.take(rule, all?.[i]));
	}
	return found.map((names) => names.resolve());
}

/**
 * One paper's candidate names as the rules find them (`take`, in rule order; a rule's names for it
 * when they are found already), then its entities (`resolve`).
 */
function namesOf(
	{ title, abstract, acronyms, sentences }: EntityInput,
	lexicons: Lexicons,
): { context: EntityContext; take(rule: EntityRule, names?: FoundName[]): void; resolve(): Entity[] } {
	const { generic, lookup } = lexiconIndex(lexicons);
	// URLs and e-mail addresses name no entity, nor does a sentence glued to one ("…@anu.edu.auSupplementary data").
	// Every such match says "http" or "@": most abstracts say neither and are not scanned.
	const linked = abstract.includes('http') || abstract.includes('@');
	const urls = [...(linked ? allMatches(abstract, /https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) : [])].map((m) => [m.index, m.index + m[0].length] as const);
	const listed = (name: string) => lookup.has(name) || lookup.has(name.toLowerCase());
	// An acronym the abstract defines for a listed name ("standard quantile mapping (QM)") is that
	// name: known work, which no rule should take for the paper's own ("QM can inflate …").
	const listedShort = new Set(acronyms.filter((a) => listed(a.long)).map((a) => a.short));
	// The rules and name filters ask of a paper's few names some fifty times; each answer is two lookups in the
	// lexicons' large map, one of a lower-cased copy, so it is kept for the paper.
	const known = new Map<string, boolean>();
	const isKnown = (name: string) => {
		let answer = known.get(name);
		if (answer === undefined) known.set(name, (answer = listed(name) || listedShort.has(name)));
		return answer;
	};
	const context: EntityContext = {
		title,
		abstract,
		sentences,
		acronyms,
		lexicons,
		isGeneric: (name) => generic.has(name),
		isKnown,
		inUrl: (at) => urls.some(([s, e]) => at >= s && at < e),
		inAcronym: (at) => acronyms.some((a) => at >= a.span.start && at < a.span.end),
	};
	// One candidate per type and name, spaces and hyphens aside ("Llama3.1 70B" and "Llama 3.1 70B"
	// are one model): the first rule to find it names it, the strongest gives its role.
	// Rules find the same names again and again (each name is slugged for its key and for each merge).
	const ids = new Map<string, string>();
	const idOf = (name: string) => {
		let found = ids.get(name);
		if (found === undefined) ids.set(name, (found = entityId(name)));
		return found;
	};
	const keyOf = (type: string, name: string) => `${type}/${idOf(name).replaceAll('-', '')}`;
	const candidates = new Map<string, Candidate>();
	const take = (rule: EntityRule, names: FoundName[] = rule.find(context)) => {
		for (const { type, name, role, forms, statedType, titleOnly } of names) {
			if (idOf(name) === '') continue; // a name of punctuation only has no page
			const key = keyOf(type, name);
			const existing = candidates.get(key);
			if (!existing) candidates.set(key, { type, name, role, forms: new Set([name, ...forms]), priority: rule.priority, statedType, titleOnly });
			else {
				for (const f of forms) existing.forms.add(f);
				// Another spelling of the name is a form of it; a name of the same slug ("I2S+" of "I2S") is not.
				if (idOf(name) !== idOf(existing.name)) existing.forms.add(name);
				existing.statedType ||= statedType;
				if (rule.priority > existing.priority) Object.assign(existing, { role, priority: rule.priority });
			}
		}
	};
	const resolve = () => {
		// Who did the work and where are not what it used: an organisation or a place is no entity.
		for (const [key, candidate] of candidates) if (NAME_FILTERS.some((filter) => filter.rejects(candidate, context))) candidates.delete(key);
		foldPluralNames(candidates, keyOf);
		foldAcronymPairs(candidates, acronyms, keyOf);
		foldResolutionVariants(candidates, keyOf);
		foldFamilySizes(candidates, keyOf);
		foldInitialismPairs(candidates, abstract, acronyms);
		// "(NB, RF, SVM)" beside "a random forest classifier": an undefined acronym of a name written in full is that name.
		foldInitialAcronyms(candidates, acronyms);
		// A lexicon's type is knowledge; a pattern rule's guess yields to the evidence of the text.
		const evidence: TypeEvidence = { title, abstract, isKnownDataset: (name) => lookup.get(name)?.type === 'dataset', knownType: (name) => lookup.get(name)?.type };
		const guessed = [...candidates.values()].filter((candidate) => !context.isKnown(candidate.name) && !candidate.statedType);
		for (const candidate of guessed) candidate.type = typeFromEvidence(candidate.name, candidate.type, { ...evidence, forms: [...candidate.forms] });
		// A dataset the text itself shows as one types its list-mates too ("compared to CCI3.0, SkyPile,
		// and WanjuanV1", where the long form of CCI3.0 says "Corpora").
		const shown = new Set(guessed.filter((c) => c.type === 'dataset').map((c) => c.name));
		if (shown.size) {
			const listed: TypeEvidence = { ...evidence, isKnownDataset: (name) => shown.has(name) || evidence.isKnownDataset(name) };
			for (const candidate of guessed) candidate.type = typeFromEvidence(candidate.name, candidate.type, { ...listed, forms: [...candidate.forms] });
		}
		// A release of a family the text shows to be a model makes its introduced siblings models ("MiroThinker-H1").
		typeReleaseSiblings(guessed);
		// An earlier version or a tier of the paper's versioned system is of its kind ("Kestrel 2.1", "Kestrel 3.0 Lite"
		// beside the model "Kestrel 3.0").
		typePriorVersions(guessed);
		typeTierVariants(guessed);
		// A successor named with a number glued on is of its predecessor's kind ("BioCLIP2" after the model "BioCLIP").
		typeNumberedSuccessors([...candidates.values()], guessed);
		// A publisher's copyright line, which names the indexing database, is no part of the abstract (`ingest/copyright-lines.ts`).
		const excluded = (start: number, end: number) => context.inUrl(start) || isMetricUse(abstract, start, end);
		const retyped = foldRetypedNames([...candidates.values()], keyOf);
		markOwnSizedVariants(retyped);
		// A part named in passing that the authors define in their own sentence, or their title names, is theirs.
		markOwnParts(retyped, context);
		// "DR-Venus, a frontier 4B … agent" and "DR-Venus-4B": one model.
		const resolved = foldStatedSizes(retyped, abstract);
		return resolveMentions(abstract, resolved, excluded, title);
	};
	return { context, take, resolve };
}
