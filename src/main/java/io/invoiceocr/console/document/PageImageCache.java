package io.invoiceocr.console.document;

import java.util.LinkedHashMap;
import java.util.Map;

/** The last drawn pages, at most {@code capacity}, the least recently used dropped first. */
final class PageImageCache {

	private final Map<String, byte[]> pages;

	PageImageCache(int capacity) {
		this.pages = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
				return size() > capacity;
			}
		};
	}

	synchronized byte[] get(String key) {
		return pages.get(key);
	}

	synchronized void put(String key, byte[] png) {
		pages.put(key, png);
	}

}
