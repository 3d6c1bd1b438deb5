/**
 * A laboratory assay the paper develops, named by its technique in lower case and capitals: "DNA
 * from 165 specimens was used to develop a multiplex PCR assay", "A multiplex PCR assay was
 * developed to identify …", "we established a real-time RT-PCR test". Diagnostics, parasitology
 * and vector biology introduce their work so, as a kind of assay built on a named technique; the
 * technique's capitals ("PCR", "ELISA", "LAMP") make the phrase a name, and "develop", active or
 * passive, makes it the paper's. A bare or described kind ("a rapid and accurate method", "a new
 * test") names nothing.
 */
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** An assay's noun phrase: lower-case words and a technique in capitals, then "assay", "test" or "kit". */
const ASSAY = String.raw`((?:[a-z][\w-]*\s+){0,3}[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*(?:\s+[a-z][\w-]*){0,1}\s+(?:assay|test|kit))`;
/** "to develop a …", "we designed an …", "establishing a …". */
const ACTIVE = new RegExp(String.raw`\b(?:develop|developed|developing|design|designed|establish|established)\s+(?:a|an)\s+${ASSAY}\b`, 'g');
/** "A … assay was developed", "An … test has been established". */
const PASSIVE = new RegExp(String.raw`\b(?:A|An|a|an)\s+${ASSAY}\s+(?:was|is|has\s+been)\s+(?:developed|designed|established)\b(?!\s+(?:by|in)\b)`, 'g');

/** Words that describe an assay rather than name it. */
const DESCRIBED = /\b(?:new|novel|rapid|simple|accurate|sensitive|reliable|efficient|improved|cheap|robust)\b/;

/** Assays the paper develops, as introduced methods. */
export const developedAssays: NameRule = {
	name: 'developed assays',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		if (!/\b(?:assay|test|kit)\b/.test(abstract)) return hits;
		for (const m of [...allMatches(abstract, ACTIVE), ...allMatches(abstract, PASSIVE)]) {
			const name = m[1]!;
			if (DESCRIBED.test(name) || isKnown(name) || isGeneric(name) || hits.some((h) => h.name === name)) continue;
			hits.push({ name, forms: [name], type: 'method' });
		}
		return hits;
	},
};
