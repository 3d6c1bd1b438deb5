import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { eponymousTerm, titleProperNames } from './title-proper-names.ts';

const contextOf = (title: string, abstract: string, known: string[] = []) => ({
	title,
	abstract,
	sentences: splitSentences(abstract),
	acronyms: [],
	lexicons: undefined as never,
	isGeneric: () => false,
	isKnown: (n: string) => known.includes(n),
	inUrl: () => false,
	inAcronym: () => false,
});
const names = (title: string, abstract: string, known: string[] = []) => titleProperNames.find(contextOf(title, abstract, known)).map((f) => `${f.name}:${f.role}`);

// The Jev paper (scripts/eval/listings/hf-papers-2026-10-03.json, 2609.22753).
const JEV_TITLE = 'Replacing Large Language Models with Jev Decision Models for Low-Latency Edge Service Orchestration';
const JEV =
	"We integrate Jev's decision-oriented application programming interface into edge service orchestration. " +
	'We compare Jev, two self-hosted decision models, and three hosted large language models. ' +
	'Across 33 test conditions, Jev reduces median decision latency by 22.7-64.5% relative to the fastest LLM.';

describe('titleProperNames', () => {
	it('takes a title word the abstract uses as a proper noun, as a used method', () => {
		expect(names(JEV_TITLE, JEV)).toEqual(['Jev:used']);
	});

	it('leaves words the abstract also writes in lower case, or uses only as modifiers', () => {
		expect(names('Bayesian Optimization of Reward Models', 'We apply Bayesian optimization to rewards. With Bayesian priors, reward models improve.')).toEqual([]);
		expect(names('A Large Chinese Dataset', 'We filter Chinese web data. The Chinese subset is large.')).toEqual([]);
		expect(names('Edge Orchestration with Jev', 'Jev helps. Edge nodes run Jev, and Jev. Orchestration at the edge is hard.')).toEqual(['Jev:used']);
	});

	// unseen-round5-vector-borne-disease.bib: two Zika papers whose abstracts write "Zika," and "Zika virus".
	it('leaves an eponym written each time in the possessive before the same noun (one term, "Barrett’s esophagus")', () => {
		const abstract = 'We image Barrett’s esophagus with a catheter. Patients with Barrett’s esophagus were scanned, and Barrett’s esophagus was graded.';
		expect(eponymousTerm('Barrett', abstract)).toBe(true);
		expect(names('Imaging of Barrett’s Esophagus', abstract)).toEqual([]);
		expect(eponymousTerm('Jev', JEV)).toBe(false);
		expect(eponymousTerm('Jev', "Jev's fees fall. Jev's fees rise. Jev's latency falls.")).toBe(false);
	});

	// unseen-round30 drug repurposing: "… for Alzheimer's disease (AD) drug repurposing …" and "… effect in Alzheimer's disease."
	it("leaves an eponym written in the possessive before a word of disease", () => {
		expect(names("Sildenafil for Parkinson's disease", "We study Parkinson's disease (PD) drugs, and its effect in Parkinson's disease.")).toEqual([]);
	});

	it('leaves a pathogen the abstract names before a word of disease', () => {
		expect(names('Zika emergence in Colombia', 'We model dengue, Zika, and chikungunya. Zika cases rose, and the Zika virus spread.')).toEqual([]);
	});

	it('leaves a word written only where sentences begin, once, or known to a lexicon', () => {
		expect(names('Taming Agents', 'Taming agents is hard. Taming, as we show, helps.')).toEqual([]);
		expect(names('Fooling Jev', 'We fool Jev, a model.')).toEqual([]);
		expect(names(JEV_TITLE, JEV, ['Jev'])).toEqual([]);
	});
});

describe('titleProperNames on eponyms made adjectives', () => {
	// Mathematics predicates an eponym of its objects: "these metrics are never Einstein".
	it('leaves a title word the abstract writes as a noun only where a copula or an adverb predicates it', () => {
		const abstract = 'We build Cartan structures on spheres. These Cartan metrics are never Moser, but they are locally Moser. Moser spaces abound.';
		expect(names('On Moser spaces', abstract)).toEqual([]);
		expect(names('On Moser spaces', `${abstract} We compare it with Moser.`)).toEqual(['Moser:used']);
	});
});

describe('titleProperNames on places', () => {
	// Invented: a province no list of countries holds, written as a noun only after "in".
	it('leaves a title word the abstract writes as a noun only after "in"', () => {
		const abstract = 'We study land trusts in Varnholt. The Varnholt Land Office granted four leases. Trusts in Varnholt earned rents.';
		expect(names('Land trusts in Varnholt', abstract)).toEqual([]);
		expect(names('Land trusts with Varnholt', 'We study Varnholt, a ledger. Trusts use Varnholt.')).toEqual(['Varnholt:used']);
		expect(names('Provenance in the Varnholt Workflow System', 'We add provenance to the Varnholt Workflow System. Capture is built in Varnholt’s actor environment and in Varnholt’s scheduler.')).toEqual(['Varnholt:used']);
	});
});
