/**
 * How the related papers of a collection read, with no gold neighbours to score them against: a
 * proxy for an unrelated neighbour, and the reasons a page shows. Every gold paper carries the field
 * it was labelled with (oncology, civil engineering, NLP …); a link between papers of two fields is
 * most often a weak or unrelated neighbour, though neighbouring fields share real subjects (NLP and
 * vision, oceanography and marine biology), so the share is an upper bound on unrelated links. Pure.
 */

/** The fields of an annotated record this scorer reads. */
export interface RelatedRecord {
	id: string;
	related?: readonly { id: string; shared: readonly string[] }[];
}

/** A link between two papers of different fields, as the report's details list it. */
export interface CrossFieldLink {
	from: string;
	to: string;
	fields: [string, string];
	shared: readonly string[];
}

/** What the related papers of a collection add up to. */
export interface RelatedScore {
	papers: number;
	links: number;
	/** Papers with no related paper. */
	withNone: number;
	/** Links between two papers whose fields are known. */
	betweenLabelled: number;
	/** Of those, the links that join two fields. */
	acrossFields: CrossFieldLink[];
	/** The reasons of links that give one lower-case word and nothing else: a term ("hypoxia") or a common word ("power"). */
	loneWordReasons: string[];
}

/**
 * Counts links, papers without one, links that join two fields, and reasons that are one lower-case word.
 *
 * @example scoreRelated([], new Map()).links // 0
 */
export function scoreRelated(records: readonly RelatedRecord[], fieldOf: ReadonlyMap<string, string>): RelatedScore {
	const score: RelatedScore = { papers: records.length, links: 0, withNone: 0, betweenLabelled: 0, acrossFields: [], loneWordReasons: [] };
	for (const record of records) {
		const related = record.related ?? [];
		if (related.length === 0) score.withNone++;
		for (const link of related) {
			score.links++;
			if (link.shared.length === 1 && /^\p{Ll}[\p{Ll}-]*$/u.test(link.shared[0]!)) score.loneWordReasons.push(link.shared[0]!);
			const [from, to] = [fieldOf.get(record.id), fieldOf.get(link.id)];
			if (!from || !to) continue;
			score.betweenLabelled++;
			if (from !== to) score.acrossFields.push({ from: record.id, to: link.id, fields: [from, to], shared: link.shared });
		}
	}
	return score;
}

const share = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : 'n/a');

/** One line for the evaluation's report. */
export function formatRelated(score: RelatedScore): string {
	return (
		`Related papers: ${score.links} links of ${score.papers} papers (${score.withNone} with none); ` +
		`${share(score.acrossFields.length, score.betweenLabelled)} of ${score.betweenLabelled} links between gold papers join two fields ` +
		`(an upper bound on unrelated neighbours); ${share(score.loneWordReasons.length, score.links)} give one lower-case word as their only reason.`
	);
}

/** The links that join two fields, by pair of fields, for `--details`. */
export function formatRelatedDetails(score: RelatedScore): string {
	const lines = score.acrossFields.map((l) => `- ${l.fields[0]} → ${l.fields[1]}: ${l.from} → ${l.to} (${l.shared.join(', ')})`);
	const words = new Map<string, number>();
	for (const word of score.loneWordReasons) words.set(word, (words.get(word) ?? 0) + 1);
	const lone = [...words].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word, n]) => `${word} (${n})`);
	return [`Related links that join two fields (${lines.length}):`, ...lines.sort(), '', `Lone lower-case words given as a link's only reason: ${lone.join(', ') || 'none'}`].join('\n');
}
