package io.invoiceocr.ocr.decode;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;

/**
 * Checks that a PDF's page tree is a tree. A damaged or hostile file can list a node among its own
 * descendants; PDFBox then gives up on finding a page with "possible recursion", which tells the
 * sender nothing. Only the tree's dictionaries are read, never a page's content.
 */
final class PageTree {

	private PageTree() {
	}

	static void check(PDDocument document) throws DocumentDecodeException {
		Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSDictionary> pending = new ArrayDeque<>();
		pending.push(document.getPages().getCOSObject());
		while (!pending.isEmpty()) {
			COSDictionary node = pending.pop();
			if (!seen.add(node)) {
				throw new DocumentDecodeException(Reason.CORRUPT, "the PDF is damaged: its page tree lists a node "
						+ "inside itself, so its pages cannot be found; re-save or re-export it from the program "
						+ "that made it");
			}
			if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
				for (COSBase kid : kids) {
					COSBase resolved = kid instanceof COSObject indirect ? indirect.getObject() : kid;
					if (resolved instanceof COSDictionary child) {
						pending.push(child);
					}
				}
			}
		}
	}

}
