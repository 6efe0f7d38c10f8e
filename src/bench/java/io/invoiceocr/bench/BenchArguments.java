package io.invoiceocr.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark's command line split into its positional arguments and its options, each option
 * given as {@code --name value} or {@code --name=value}.
 *
 * @param positional the arguments that are not options, in order
 * @param options    option values by name (with the dashes), the last one given winning
 */
record BenchArguments(List<String> positional, Map<String, String> options) {

	/**
	 * @throws IllegalArgumentException for an unknown option or one without a value; the message
	 *                                  ends with the usage
	 */
	static BenchArguments parse(String[] args, Set<String> known, String usage) {
		List<String> positional = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.isBlank()) {
				continue; // the shell wrappers pass empty words through
			}
			if (!arg.startsWith("--")) {
				positional.add(arg);
				continue;
			}
			String[] pair = arg.split("=", 2);
			if (!known.contains(pair[0])) {
				throw new IllegalArgumentException("unknown option " + pair[0] + "\n" + usage);
			}
			if (pair.length == 2) {
				options.put(pair[0], pair[1]);
			}
			else if (i + 1 < args.length) {
				options.put(pair[0], args[++i]);
			}
			else {
				throw new IllegalArgumentException(arg + " needs a value\n" + usage);
			}
		}
		return new BenchArguments(List.copyOf(positional), Map.copyOf(options));
	}

	/** A whole number of at least {@code min}, or the message says what the option takes. */
	static int number(String option, String value, int min) {
		try {
			int number = Integer.parseInt(value);
			if (number >= min) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(option + " must be a number of at least " + min + ", not " + value);
	}

}
