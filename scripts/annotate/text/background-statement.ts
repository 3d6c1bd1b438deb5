/**
 * A sentence that only sets the scene is no TL;DR: it defines a theory or a thing ("The maximum
 * entropy theory of ecology (METE) is a unified theory of biodiversity that predicts …",
 * "Geukensia demissa (Ribbed Mussel) is an important foundation species …"), reports what a
 * theory claims ("The environmental texture hypothesis (ETH) proposes that …"), or reports
 * earlier work ("While the majority of studies … have examined …, it has been proposed that …"), or states
 * the gap the paper fills ("… measurements are scarce", "the mechanisms … remain unclear").
 * None of these says what the paper itself does or finds: the authors are not its subject, and
 * its verb is a copula, a verb of claiming, or an impersonal passive. A sentence that speaks of
 * the paper ("we", "our", "this study") is never background, whatever else it holds. So is a
 * sentence of the field's established practice or of the gap in earlier work ("X has become
 * widely used in schools, no studies have examined …"), and so is one of the burden of the thing studied ("X has
 * devastating consequences for …", "X is a leading cause of death"), and so is the dated first record of the thing studied
 * ("The pest was first detected in the valley in 1982").
 */
import { OUR, WE } from './first-person.ts';
import { gateCues } from './cue-gate.ts';

/** The paper speaking of itself: "we", "our", "I", "my", "the author(s)", "this study", "here", "in this paper". */
// "our understanding of deep convection", "our knowledge of …": the field's, not the paper's.
const SHARED_KNOWLEDGE = String.raw`(?!\s(?:current\s|present\s|limited\s)?(?:understanding|knowledge)\b)`;
const OWN_WORK = new RegExp(
	String.raw`\b(?:${WE}|${OUR}\b${SHARED_KNOWLEDGE}|the authors?(?! of\b)|this (?:paper|work|study|thesis|article|review|research|report|letter)|here|herein|in the present (?:paper|work|study))\b`,
	'i',
);

// "X is a …", "X (Y) is an important …", "X are the …": a definition opening the sentence. The
// subject is a short noun phrase (no verb before the copula), optionally with a bracketed alias.
const DEFINITION = /^(?:the |a |an )?[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,7}(?: \([^)]{1,60}\))? (?:is|are|was|were) (?:a|an|the|one of|among)\b/iu;

// "The ETH proposes that …", "This theory predicts that …": a theory, hypothesis or model stating
// a claim. The verbs of claiming take a that-clause; the subject is not the authors (checked apart).
const CLAIMING = /^(?:the |this |that |a |an )?[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,7}(?: \([^)]{1,60}\))? (?:proposes|posits|postulates|predicts|holds|states|asserts|assumes|hypothesi[sz]es|suggests|argues|claims) that\b/iu;

// "it has been proposed that", "it is widely believed that": an impersonal report of what others hold.
const IMPERSONAL = /\bit (?:has|had) (?:long |often |recently |previously |also )?been (?:proposed|suggested|argued|hypothesi[sz]ed|shown|demonstrated|assumed|claimed|postulated|recognized|recognised|observed|reported)\b|\bit is (?:widely |generally |commonly |often )?(?:believed|thought|assumed|accepted|known)\b/i;

// "the majority of studies … have examined", "previous studies have shown", "most studies examine".
const EARLIER_WORK =
	/\b(?:(?:the )?(?:majority|most|many|several|some|few) of (?:the )?(?:studies|research|work)|(?:previous|prior|past|earlier|existing|recent|many|most|several|numerous) (?:studies|works|research|authors|investigations|approaches))\b[^.;]{0,120}?\b(?:have|has|had|examine|examined|show|showed|shown|focus|focused|use|used|rely|relied|assume|assumed|report|reported)\b/i;

// "X has become widely used in US schools", "X is commonly applied": the field's established
// practice; "no studies have systematically examined …": the gap in earlier work.
const FIELD_PRACTICE =
	/\b(?:has|have) (?:become|been) (?:widely|increasingly|commonly|routinely|extensively) (?:used|adopted|applied|implemented)\b|\b(?:is|are) (?:widely|commonly|routinely|extensively|increasingly) (?:used|adopted|applied|implemented)\b|\bno (?:previous |prior |published )?(?:studies|study|research) (?:has|have)\b/i;
// "Turbulent vertical velocity measurements are scarce …", "the mechanisms … remain unclear", "little is
// known about …", "the accuracy … as a function of pulse width needs to be defined": the gap the paper
// fills, stated before it speaks of itself.
const GAP = /\b(?:(?:is|are|remains?|was|were) (?:still |largely |often |very |relatively )?(?:scarce|lacking|sparse|unclear|unknown|poorly (?:understood|constrained|known)|incomplete|limited|missing)\b|little is known\b|hinders? (?:our |the )?understanding\b|\b(?:needs?|remains?) to be (?:defined|determined|established|clarified|quantified|investigated|examined|explored|understood|elucidated|characteri[sz]ed|assessed|evaluated|addressed)\b)/i;

// "Acute kidney injury has devastating consequences for …", "Sepsis is a leading cause of death …": the burden of
// the thing studied, the reason it matters, stated before anything is said of it.
const BURDEN =
	/\b(?:has|have) (?:devastating|serious|severe|profound|debilitating|dramatic|detrimental|far-reaching) (?:consequences|effects|impacts?)\b|\b(?:is|are|remains?) (?:a|the) (?:leading|major|main|common) causes? of (?:death|disability|mortality|morbidity)\b/i;

// "The moth was first recorded in the valley in 1982", "… first reported in Europe in 1921": the dated first record of the
// thing studied, its history, told before what the paper did about it.
const FIRST_RECORD = /\b(?:was|were) first (?:found|reported|detected|recorded|observed|described|introduced|identified|isolated|discovered)\b[^.;]{0,80}?\bin (?:1[5-9]\d\d|20\d\d)\b/i;

/**
 * Whether a sentence speaks of the paper's own work: "we", "our", "this study", "here".
 *
 * @example speaksOfOwnWork('Here, I propose a method to select scales.') // true
 */
export function speaksOfOwnWork(sentence: string): boolean {
	// "us" only in lower case: "US schools" is a country's.
	return CUE.OWN_WORK.test(sentence) || /\bus\b/.test(sentence);
}

/**
 * Whether a sentence only sets the scene: a definition, a theory's claim or a report of earlier
 * work, with no word of the paper's own work.
 *
 * @example statesBackground('The environmental texture hypothesis (ETH) proposes that texture matters.') // true
 * @example statesBackground('We test the environmental texture hypothesis on two habitats.') // false
 */
export function statesBackground(sentence: string): boolean {
	if (speaksOfOwnWork(sentence)) return false;
	return DEFINITION.test(sentence) || CLAIMING.test(sentence) || CUE.IMPERSONAL.test(sentence) || CUE.EARLIER_WORK.test(sentence) || CUE.FIELD_PRACTICE.test(sentence) || CUE.GAP.test(sentence) || CUE.BURDEN.test(sentence) || CUE.FIRST_RECORD.test(sentence);
}

/**
 * Whether a sentence states the gap in earlier work or reports what others hold, with no word of the paper's own work:
 * the part of `statesBackground` a conclusion can open on ("Little is known about …", "No studies have examined …"),
 * where a definition ("X is a prominent feature of …") may state a finding.
 *
 * @example statesGap('Little is known about why insulin raises the risk of falls.') // true
 * @example statesGap('Wasting of muscle is a prominent feature of lung cancer.') // false
 */
export function statesGap(sentence: string): boolean {
	if (speaksOfOwnWork(sentence)) return false;
	return CUE.IMPERSONAL.test(sentence) || CUE.EARLIER_WORK.test(sentence) || CUE.FIELD_PRACTICE.test(sentence) || CUE.GAP.test(sentence);
}

// The cue patterns above as they are run: each behind the text rules' shared gate (`cue-gate.ts`), so a
// sentence without any word a pattern requires (read off the pattern) is not scanned by it.
const CUE = gateCues({ BURDEN, EARLIER_WORK, FIELD_PRACTICE, FIRST_RECORD, GAP, IMPERSONAL, OWN_WORK });
