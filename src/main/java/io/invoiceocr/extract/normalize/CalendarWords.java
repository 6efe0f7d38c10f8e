package io.invoiceocr.extract.normalize;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Month and weekday names in the languages of the invoices read: English, German, French, Dutch,
 * Spanish, Italian, Portuguese, Polish (nominative and genitive) and Malay, full and abbreviated.
 * Names are compared folded: lower case, without diacritics, so that {@code MÄRZ}, {@code marz}
 * and an OCR reading that lost its accents all count.
 */
final class CalendarWords {

	private static final String[] MONTHS = {
			"january jan januar janner jaenner janvier janv januari enero ene stycznia styczen sty gennaio gen janeiro",
			"february feb febr februar feber fevrier fevr fev februari febrero lutego luty lut febbraio fevereiro",
			"march mar marz maerz mrz mars maart mrt marzo marca marzec mac marco",
			"april apr avril avr abril abr kwietnia kwiecien kwi aprile",
			"may mai mei mayo maja maj maggio mag maio",
			"june jun juni juin junio czerwca czerwiec cze giugno giu junho",
			"july jul juli juillet juil julio lipca lipiec lip julai luglio lug julho",
			"august aug aout augustus agosto ago sierpnia sierpien sie ogos ogo",
			"september sep sept septembre septiembre setiembre set wrzesnia wrzesien wrz settembre setembro",
			"october oct oktober okt octobre octubre pazdziernika pazdziernik paz ottobre ott outubro out",
			"november nov novembre noviembre listopada listopad lis novembro",
			"december dec dezember dez decembre diciembre dic grudnia grudzien gru disember dis dicembre dezembro" };

	private static final Set<String> WEEKDAYS = Set.of("monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed",
			"thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun", "montag",
			"dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "mo", "di", "mi", "do",
			"fr", "sa", "so", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "maandag",
			"dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "lunes", "martes", "miercoles",
			"jueves", "viernes", "sabado", "domingo", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi",
			"poniedzialek", "wtorek", "sroda", "czwartek", "piatek", "sobota", "niedziela", "isnin", "selasa", "rabu",
			"khamis", "jumaat", "sabtu", "ahad");

	private static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

	private static final Map<String, Integer> ROMAN_MONTHS = Map.ofEntries(Map.entry("I", 1), Map.entry("II", 2),
			Map.entry("III", 3), Map.entry("IV", 4), Map.entry("V", 5), Map.entry("VI", 6), Map.entry("VII", 7),
			Map.entry("VIII", 8), Map.entry("IX", 9), Map.entry("X", 10), Map.entry("XI", 11), Map.entry("XII", 12));

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private CalendarWords() {
	}

	/** The month (1-12) a name or abbreviation stands for, with or without its point; 0 if none. */
	static int month(String word) {
		return MONTH_NUMBERS.getOrDefault(fold(word), 0);
	}

	/** The month (1-12) an upper-case roman numeral stands for, as Polish dates write it; 0 if none. */
	static int romanMonth(String numeral) {
		return ROMAN_MONTHS.getOrDefault(numeral, 0);
	}

	/** Whether the word names a day of the week, which a date may be printed after. */
	static boolean isWeekday(String word) {
		return WEEKDAYS.contains(fold(word));
	}

	/** The word in lower case without diacritics or a trailing point: {@code Mär.} is {@code mar}. */
	static String fold(String word) {
		String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
		String decomposed = Normalizer.normalize(bare.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		// the Polish ł has no decomposition of its own
		return MARKS.matcher(decomposed).replaceAll("").replace('ł', 'l');
	}

	private static Map<String, Integer> monthNumbers() {
		Map<String, Integer> numbers = new HashMap<>();
		for (int i = 0; i < MONTHS.length; i++) {
			for (String name : MONTHS[i].split(" ")) {
				Integer previous = numbers.put(name, i + 1);
				if (previous != null && previous != i + 1) {
					throw new IllegalStateException(name + " names two months");
				}
			}
		}
		return Map.copyOf(numbers);
	}

}
