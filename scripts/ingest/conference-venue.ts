/**
 * What kind of work a venue's name says it is, when the record's type does not: exports type a
 * conference paper as a journal article often enough (Web of Science's `PT J` for a volume of a
 * conference series, a Zotero item imported as "Journal Article" from a proceedings page, an
 * abridged Web of Science export with no `DT` line), and the name says what it is.
 *
 * Only a name that says "conference" (or a symposium, workshop, congress, colloquium) is a
 * conference's proceedings: "Proceedings" alone is also the title of journals ("Proceedings of the
 * IEEE", "Proceedings of the National Academy of Sciences", "Proceedings of the Royal Society B").
 */
import type { Venue } from '../../src/shared/paper-schema.ts';

/** A meeting's name: "2016 International Conference on …", "Proceedings of the 12th Symposium …". */
const MEETING = /\b(?:conferences?|symposium|symposia|workshops?|congress|colloquium)\b/i;
/** Journals that name a meeting ("History Workshop Journal"); a "Conference Series" is a proceedings series. */
const JOURNAL = /\b(?:journal|review|transactions|letters|bulletin|magazine)\b/i;
const CONFERENCE_SERIES = /\bconference series\b/i;
/** A series of proceedings named by its publisher's word ("Proceedings of SPIE", "Procedia Computer Science"). */
const PROCEEDINGS_SERIES = /^(?:proceedings of spie\b|proc\.? spie\b|procedia\b|ceur workshop)/i;
/**
 * A meeting's edition: the year it met, then which one it was ("2020 IEEE 3rd 5G World Forum",
 * "2022 IEEE 24th Int Conf on …"). IEEE Xplore names its proceedings so, also when the meeting is a
 * forum or a convention or its name is abbreviated; a journal's name neither opens with a year nor
 * counts its editions ("Computer Graphics Forum").
 */
const EDITION = /^(?:19|20)\d\d\b.*\b\d+(?:st|nd|rd|th)\b/i;
/** A book series of volumes ("Lecture Notes in Computer Science", "Lecture Notes in Networks and Systems"). */
const BOOK_SERIES = /^lecture notes in\b/i;

/**
 * The kind `name` says a venue is, or null when it says none (a journal's name, most names).
 *
 * @example kindNamed('2016 INTERNATIONAL CONFERENCE ON COMPUTATIONAL MODELING') // 'proceedings'
 * @example kindNamed('2018 IEEE 4th World Forum on Internet of Things (WF-IoT)') // 'proceedings'
 * @example kindNamed('Lecture Notes in Computer Science') // 'book'
 * @example kindNamed('Proceedings of the IEEE') // null
 * @example kindNamed('History Workshop Journal') // null
 */
export function kindNamed(name: string): Venue['kind'] | null {
	if (PROCEEDINGS_SERIES.test(name) || EDITION.test(name)) return 'proceedings';
	if (BOOK_SERIES.test(name)) return 'book';
	if (!MEETING.test(name)) return null;
	return !JOURNAL.test(name) || CONFERENCE_SERIES.test(name) ? 'proceedings' : null;
}
