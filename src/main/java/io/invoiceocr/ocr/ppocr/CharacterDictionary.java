package io.invoiceocr.ocr.ppocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recogniser's classes: 0 is the CTC blank, then one per dictionary line, then the space
 * (PaddleOCR's {@code use_space_char}). For {@code ppocr_keys_v1.txt} that is 1 + 6623 + 1 = 6625.
 */
final class CharacterDictionary {

	private final String[] characters;

	private CharacterDictionary(String[] characters) {
		this.characters = characters;
	}

	static CharacterDictionary load(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> classes = new ArrayList<>(lines.size() + 2);
		classes.add("");
		for (String line : lines) {
			// a line is one character; strip only the line ending, a space could be a character
			classes.add(line.replace("\r", ""));
		}
		classes.add(" ");
		return new CharacterDictionary(classes.toArray(String[]::new));
	}

	/** The class of the space, the last one. */
	int spaceIndex() {
		return characters.length - 1;
	}

	/**
	 * Which classes may be decoded for an alphabet: {@code all}, or {@code latin} (Latin script,
	 * digits and the usual punctuation and currency signs; no CJK, no full-width forms).
	 */
	boolean[] allowed(String alphabet) {
		boolean[] allowed = new boolean[characters.length];
		for (int i = 0; i < characters.length; i++) {
			allowed[i] = i == 0 || i == spaceIndex() || "all".equals(alphabet) || latin(characters[i]);
		}
		return allowed;
	}

	private static boolean latin(String character) {
		return !character.isEmpty() && character.codePoints().allMatch(cp -> {
			if (cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x3000 && cp <= 0x303F) {
				return false; // full-width forms and CJK punctuation
			}
			Character.UnicodeScript script = Character.UnicodeScript.of(cp);
			return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
					|| script == Character.UnicodeScript.INHERITED;
		});
	}

	String character(int index) {
		return characters[index];
	}

	int size() {
		return characters.length;
	}

}
