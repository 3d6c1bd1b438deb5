/**
 * The evaluation report as Markdown: the table of rates per field and overall, the claim
 * measures, the derived topic names, and (with `details`) every miss and false positive per paper.
 */
import type { KeywordSource, PaperResult, SummaryRow } from './evaluate.ts';
import { SUMMARY_PARTS } from './gold.ts';
import type { AiKeywordResult, AiKeywordRow } from './score-ai-keywords.ts';

const rate = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));

/** The table of rates, one Markdown row per field and one for all papers. */
export function formatTable(rows: readonly SummaryRow[], keywords: KeywordSource | 'n/a'): string {
	const kw = keywords === 'keyphrases' ? 'kw' : 'kw*';
	const head = [
		'field', 'papers', 'entity P', 'entity R', 'type+role', 'claims found', 'claim subject', 'claim P',
		`${kw} recall`, `${kw} noise`, 'TL;DR ok', 'TL;DR connector',
	];
	const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '-:')).join(' | ')} |`];
	for (const r of rows) {
		const cells = [
			r.field, String(r.papers), rate(r.entityPrecision), rate(r.entityRecall), rate(r.typeRoleAccuracy),
			rate(r.claimsFound), rate(r.claimSubject), rate(r.claimPrecision), rate(r.keywordRecall), rate(r.keywordNoise),
			rate(r.tldrAcceptable), rate(r.tldrConnector),
		];
		lines.push(`| ${r.field === 'overall' ? cells.map((c) => `**${c}**`).join(' | ') : cells.join(' | ')} |`);
	}
	if (keywords !== 'keyphrases') {
		lines.push('', 'kw*: records carry no `keyphrases` field yet (keyphrase recall n/a); entity and acronym names are scored against the reference keyphrases instead.');
	}
	return lines.join('\n');
}

/** The derived topic names and whether each reads as a noun phrase. */
export function formatTopics(topics: readonly { title: string; nounPhrase: boolean; papers?: number }[]): string {
	if (topics.length === 0) return 'Derived topics: none.';
	const good = topics.filter((t) => t.nounPhrase).length;
	// The paper count shows a catch-all "Other papers" grown large, or a name only two papers carry.
	const names = topics.map((t) => `${t.title}${t.papers === undefined ? '' : ` (${t.papers})`}${t.nounPhrase ? '' : ' (not a noun phrase)'}`);
	return `Derived topics: ${good}/${topics.length} noun phrases — ${names.join('; ')}.`;
}

/** How many found claims state what they measure, and how many agree with the gold measure. */
export function formatClaimMeasures(overall: SummaryRow): string {
	return `Claim measures: ${rate(overall.claimMeasureStated)} of found claims state one; ${rate(overall.claimMeasureRight)} agree with the gold measure (a shared content word).`;
}

/**
 * The stricter subject figure beside the table's: a claim about a gold subject counts there even
 * when it also names the sentence's other systems, here only when it names no system besides.
 */
export function formatClaimSubjects(overall: SummaryRow): string {
	return `Claim subjects: ${rate(overall.claimSubject)} of claims with a gold subject name one; ${rate(overall.claimSubjectAlone)} name no other method or model besides.`;
}

/** How many gold-labelled sentences the summary puts in their gold part, overall and per part. */
export function formatSummaryRoles(overall: SummaryRow): string {
	if (overall.summarySentences === 0) return 'Sentence roles: no gold paper here labels them.';
	const parts = SUMMARY_PARTS.map((part) => `${part} ${rate(overall.summaryRolesByPart[part])}`);
	return `Sentence roles (summary): ${rate(overall.summaryRoles)} of ${overall.summarySentences} sentences of ${overall.summaryPapers} papers in their gold part (${parts.join(', ')}).`;
}

/** Per paper: missed and spurious entities and claims, mislabelled entities, TL;DR verdicts. */
export function formatDetails(results: readonly PaperResult[]): string {
	const out: string[] = [];
	for (const r of results) {
		const notes = [
			r.entities.missed.length ? `  entities missed: ${r.entities.missed.join('; ')}` : '',
			r.entities.falsePositives.length ? `  entities not in gold: ${r.entities.falsePositives.join('; ')}` : '',
			r.entities.mislabelled.length ? `  entities mislabelled: ${r.entities.mislabelled.join('; ')}` : '',
			r.claims.missed.length ? `  claims missed: ${r.claims.missed.join('; ')}` : '',
			r.claims.falsePositives.length ? `  claims not results: ${r.claims.falsePositives.join('; ')}` : '',
			r.claims.wrongSubject.length ? `  claim subjects wrong: ${r.claims.wrongSubject.join('; ')}` : '',
			r.claims.extraSubjects.length ? `  claim subjects with other systems besides: ${r.claims.extraSubjects.join('; ')}` : '',
			r.claims.wrongMeasure.length ? `  claim measures not the gold one: ${r.claims.wrongMeasure.join('; ')}` : '',
			r.keywords.missed.length ? `  keyphrases missed: ${r.keywords.missed.join('; ')}` : '',
			r.keywords.noisy.length ? `  keyphrases noise: ${r.keywords.noisy.join('; ')}` : '',
			r.summary?.wrong.length ? `  sentence roles wrong: ${r.summary.wrong.join('; ')}` : '',
			!r.tldrAcceptable || r.tldrConnector ? `  TL;DR${r.tldrAcceptable ? '' : ' not acceptable'}${r.tldrConnector ? ' opens with a connector' : ''}: ${r.tldr}` : '',
		].filter(Boolean);
		if (notes.length) out.push(`${r.key} [${r.field}]`, ...notes);
	}
	return out.join('\n');
}

/**
 * The keyphrase figures against Hugging Face's `ai_keywords`, a table apart from the one above,
 * with the ceiling: the share of entries verbatim in the title or abstract, and the share a
 * keyphrase candidate of the abstract recalls.
 */
export function formatAiKeywordsTable(rows: readonly AiKeywordRow[]): string {
	const head = ['field', 'papers', 'ai_keywords', 'kw recall (ai_keywords)', 'kw noise (ai_keywords)', 'verbatim in text', 'among candidates'];
	const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '-:')).join(' | ')} |`];
	for (const r of rows) {
		const cells = [r.field, String(r.papers), String(r.entries), rate(r.recall), rate(r.noise), rate(r.verbatim), rate(r.candidates)];
		lines.push(`| ${r.field === 'overall' ? cells.map((c) => `**${c}**`).join(' | ') : cells.join(' | ')} |`);
	}
	return lines.join('\n');
}

/** Per paper: the `ai_keywords` missed, each with its reason, and the keyphrases that are noise. */
export function formatAiKeywordDetails(results: readonly AiKeywordResult[]): string {
	const out: string[] = [];
	for (const r of results) {
		const notes = [
			r.misses.length ? `  ai_keywords missed: ${r.misses.map((m) => `${m.keyword} (${m.reason})`).join('; ')}` : '',
			r.keywords.noisy.length ? `  keyphrases noise: ${r.keywords.noisy.join('; ')}` : '',
		].filter(Boolean);
		if (notes.length) out.push(`${r.key} [${r.field}, ai_keywords]`, ...notes);
	}
	return out.join('\n');
}
