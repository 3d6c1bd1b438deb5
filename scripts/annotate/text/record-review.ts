/**
 * A search or review of records as the study's design: "A retrospective search of our archives for … (2007-2014) was
 * performed", "Retrospective review of the files of the network identified 68 tumors", "A review of the medical records of
 * all patients was conducted". Pathology and clinical abstracts open their methods so, in the impersonal voice and with
 * no "we": the records searched are the study's sample, and the sentence is its approach, whatever it found. A review of
 * the literature ("a review of published studies") is not one: the evidence is the records, archives, files, charts,
 * registry or database searched.
 */

// "a retrospective search of our archives", "Retrospective review of the files of University Health Network": the search or
// review, what it was of within a few words, and the record kind.
const RECORD_REVIEW =
	/^(?:an?\s+|the\s+)?(?:retrospective\s+|systematic\s+|computerized\s+|electronic\s+)?(?:search|review)\s+of\s+(?:our\s+|the\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:archives?|files?|records?|charts?|registry|registries|databases?)\b/i;

/**
 * Whether a sentence opens on a search or review of records as the study's design.
 *
 * @example reviewsRecords('A retrospective search of our archives for such cases was performed.') // true
 * @example reviewsRecords('A review of published studies suggests a link.') // false
 */
export function reviewsRecords(sentence: string): boolean {
	return RECORD_REVIEW.test(sentence);
}
